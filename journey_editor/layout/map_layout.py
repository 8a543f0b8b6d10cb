"""MapLayout: the whole map as geometry, the single source both painters draw from."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from journey_editor.layout import shift
from journey_editor.layout.boxes import (
    CardBox,
    CellBox,
    CellKey,
    EmotionCurve,
    HeatCell,
    Legend,
    LinkPath,
    PersonaBand,
    PhaseBox,
    StageBox,
    TitleBlock,
    lane_tops,
)
from journey_editor.layout.geometry import Rect
from journey_editor.layout.options import LayoutOptions

K = TypeVar("K")
V = TypeVar("V")


class ShiftedBoxes(Mapping[K, V]):
    """A read-only mapping of records kept in their lane rows' own coordinates, seen in the
    map's: each record is moved down by its row's top on the map when it is first read (then
    remembered). A layout serves thousands of cards but an edit, a hover or a click reads a
    handful."""

    __slots__ = ("_done", "_local", "_row_of", "_shift", "_top_of")

    def __init__(
        self,
        local: Mapping[K, V],
        top_of: dict[tuple[str, str], float],
        row_of: Callable[[V], tuple[str, str]],
        shift: Callable[[V, float], V],
    ) -> None:
        self._local = local
        self._top_of = top_of
        self._row_of = row_of
        self._shift = shift
        self._done: dict[K, V] = {}

    def __getitem__(self, key: K) -> V:
        done = self._done.get(key)
        if done is None:
            box = self._local[key]
            top = self._top_of[self._row_of(box)]
            done = self._done[key] = self._shift(box, top)
        return done

    def __contains__(self, key: object) -> bool:
        return key in self._local

    def __iter__(self) -> Iterator[K]:
        return iter(self._local)

    def __len__(self) -> int:
        return len(self._local)


@dataclass(frozen=True, eq=False)
class MapLayout:
    """Regions, top to bottom: the title block (may be absent), the header (phase band and
    stage row: keep it visible while scrolling down), then the persona bands from `body_top`.
    Left to right: the persona column and the lane-label column (`left_width` wide: keep them
    visible while scrolling sideways), then the stage columns.

    Each persona band is laid out in its own coordinates, its top at y = 0 (`bands` and their
    lane rows, `local_heat`, `local_curves`, the links in `local_links` whose two cards are in
    one band), and placed at `band_tops`: a band that only moves down stays the very same
    objects, and a canvas moves it as one item. Cells and cards are in their lane row's own
    coordinates (x as on the map, y from the row's top: `local_cells`, `local_cards`), so a
    row pushed down by a taller row above keeps its very cells and cards too (`row_top` says
    where a row is in its band). Readers that want the map's coordinates use `personas`,
    `cells`, `cards`, `heat`, `emotion_curves` and `links`, made from those when first read.

    Not hashable and compared by identity (it holds dicts); its parts compare by value.
    """

    width: float
    height: float
    title_block: TitleBlock | None
    legend: Legend | None
    header: Rect  # phase band + stage row, full width
    corner: Rect  # the header's part above the left columns
    left_width: float
    body_top: float
    phases: tuple[PhaseBox, ...]
    stages: tuple[StageBox, ...]
    bands: tuple[PersonaBand, ...]  # each with its top at 0
    band_tops: tuple[float, ...]  # where each band's top is on the map (sorted: bisect)
    local_cells: Mapping[CellKey, CellBox]  # in their lane row's coordinates
    local_cards: Mapping[str, CardBox]  # in their lane row's coordinates
    local_heat: tuple[HeatCell, ...]  # band by band, in their band's coordinates
    local_curves: tuple[EmotionCurve, ...]  # in their band's coordinates
    # Band by band, then under None those between two bands: (the persona whose band's
    # coordinates the path is in — None: the map's —, the path); a band whose links did not
    # change keeps its very tuple.
    links_by_band: Mapping[str | None, tuple[tuple[str | None, LinkPath], ...]]
    options: LayoutOptions  # what the layout was computed with (sizes for painters, hit tests)
    # Sorted edges, for bisection (hit testing): the x of each stage column.
    stage_lefts: tuple[float, ...] = field(default=(), repr=False)

    @property
    def header_height(self) -> float:
        """Where the persona bands start: everything above is title block and header."""
        return self.body_top

    @cached_property
    def top_of(self) -> dict[str, float]:
        """Each persona's band top on the map."""
        return {band.persona_id: top for band, top in zip(self.bands, self.band_tops, strict=True)}

    @cached_property
    def row_tops(self) -> dict[tuple[str, str], float]:
        """Each lane row's top on the map, by (persona id, lane id): worked out a band at a
        time, when first asked (a click or an edit reads a row or two of thousands)."""
        return _RowTops(self.bands, self.band_tops, self._band_index)

    def row_top(self, persona_id: str, lane_id: str) -> float:
        """Where a lane row's top is in its band (the y its cells and cards are from)."""
        band = self.bands[self._band_index[persona_id]]
        return lane_tops(band)[lane_id]

    @cached_property
    def personas(self) -> tuple[PersonaBand, ...]:
        return tuple(
            shift.band(band, top) for band, top in zip(self.bands, self.band_tops, strict=True)
        )

    @cached_property
    def cells(self) -> Mapping[CellKey, CellBox]:
        return ShiftedBoxes(self.local_cells, self.row_tops, _cell_row, shift.cell)

    @cached_property
    def cards(self) -> Mapping[str, CardBox]:
        return ShiftedBoxes(self.local_cards, self.row_tops, _card_row, shift.card)

    @cached_property
    def heat(self) -> tuple[HeatCell, ...]:
        top_of = self.top_of
        return tuple(shift.heat(cell, top_of[cell.persona_id]) for cell in self.local_heat)

    @cached_property
    def emotion_curves(self) -> tuple[EmotionCurve, ...]:
        top_of = self.top_of
        return tuple(shift.curve(curve, top_of[curve.persona_id]) for curve in self.local_curves)

    @cached_property
    def local_links(self) -> tuple[tuple[str | None, LinkPath], ...]:
        """Every link, band by band, then those between bands (see `links_by_band`)."""
        return tuple(pair for pairs in self.links_by_band.values() for pair in pairs)

    @cached_property
    def links(self) -> tuple[LinkPath, ...]:
        top_of = self.top_of
        return tuple(
            path if frame is None else shift.link(path, top_of[frame])
            for frame, path in self.local_links
        )

    @cached_property
    def _stage_at(self) -> dict[str, StageBox]:
        return {box.stage_id: box for box in self.stages}

    @cached_property
    def _band_index(self) -> dict[str, int]:
        return {band.persona_id: index for index, band in enumerate(self.bands)}

    def stage(self, stage_id: str) -> StageBox:
        return self._stage_at[stage_id]

    def persona(self, persona_id: str) -> PersonaBand:
        index = self._band_index[persona_id]
        if "personas" in self.__dict__:
            return self.personas[index]
        return shift.band(self.bands[index], self.band_tops[index])

    def cell_cards(self, key: CellKey) -> list[CardBox]:
        cell = self.local_cells.get(key)
        if cell is None:
            return []
        cards = self.cards
        return [cards[card_id] for card_id in cell.card_ids]


class _RowTops(dict):
    """A dict of row tops that fills in a band's rows when one of them is first asked for.
    It holds the layout's parts, not the layout: no reference cycle keeps a layout alive."""

    __slots__ = ("_bands", "_index", "_tops")

    def __init__(
        self,
        bands: tuple[PersonaBand, ...],
        tops: tuple[float, ...],
        index: dict[str, int],
    ) -> None:
        super().__init__()
        self._bands, self._tops, self._index = bands, tops, index

    def __missing__(self, key: tuple[str, str]) -> float:
        persona = key[0]
        at = self._index[persona]  # KeyError: not a persona of the map
        top = self._tops[at]
        for row in self._bands[at].lanes:
            self[(persona, row.lane_id)] = top + row.rect.y
        return dict.__getitem__(self, key)  # KeyError: not a lane shown in the band


def _card_row(box: CardBox) -> tuple[str, str]:
    return box.cell[0], box.cell[1]


def _cell_row(box: CellBox) -> tuple[str, str]:
    return box.key[0], box.key[1]
