"""MapLayout: the whole map as geometry, the single source both painters draw from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

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
)
from journey_editor.layout.geometry import Rect
from journey_editor.layout.options import LayoutOptions


@dataclass(frozen=True, eq=False)
class MapLayout:
    """Regions, top to bottom: the title block (may be absent), the header (phase band and
    stage row: keep it visible while scrolling down), then the persona bands from `body_top`.
    Left to right: the persona column and the lane-label column (`left_width` wide: keep them
    visible while scrolling sideways), then the stage columns.

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
    personas: tuple[PersonaBand, ...]
    cells: dict[CellKey, CellBox]
    cards: dict[str, CardBox]
    links: tuple[LinkPath, ...]
    emotion_curves: tuple[EmotionCurve, ...]
    heat: tuple[HeatCell, ...]
    options: LayoutOptions  # what the layout was computed with (sizes for painters, hit tests)
    # Sorted edges, for bisection (hit testing): the x of each stage column, the y of each band.
    stage_lefts: tuple[float, ...] = field(default=(), repr=False)
    band_tops: tuple[float, ...] = field(default=(), repr=False)

    @property
    def header_height(self) -> float:
        """Where the persona bands start: everything above is title block and header."""
        return self.body_top

    @cached_property
    def _stage_at(self) -> dict[str, StageBox]:
        return {box.stage_id: box for box in self.stages}

    @cached_property
    def _band_at(self) -> dict[str, PersonaBand]:
        return {band.persona_id: band for band in self.personas}

    def stage(self, stage_id: str) -> StageBox:
        return self._stage_at[stage_id]

    def persona(self, persona_id: str) -> PersonaBand:
        return self._band_at[persona_id]

    def cell_cards(self, key: CellKey) -> list[CardBox]:
        cell = self.cells.get(key)
        if cell is None:
            return []
        return [self.cards[card_id] for card_id in cell.card_ids]
