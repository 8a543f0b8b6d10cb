"""compute_layout: Project + LayoutOptions → MapLayout, the whole map in one pass per list.

Order of work: bucket the cards by cell (one pass over the cards), size the stage columns
(their names), lay out the title block (it needs the map's width), the header, the persona
bands (cells and cards), then the emotion curves and links from the placed cards.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from journey_editor.layout.bands import (
    Body,
    BodyInput,
    Earlier,
    band_cells,
    layout_bands,
)
from journey_editor.layout.boxes import (
    CardBox,
    CellBox,
    CellKey,
    EmotionCurve,
    PersonaBand,
    StageBox,
    lane_tops,
)
from journey_editor.layout.buckets import CardBuckets
from journey_editor.layout.cards import CardStyle
from journey_editor.layout.cell_memo import CellMemo
from journey_editor.layout.columns import Columns, layout_columns, stage_width
from journey_editor.layout.curves import persona_curve
from journey_editor.layout.geometry import Rect
from journey_editor.layout.links import LinkChange, LinkMemo, link_paths
from journey_editor.layout.map_layout import MapLayout
from journey_editor.layout.options import LayoutOptions
from journey_editor.layout.text import TextMeasure, TextWrapper
from journey_editor.layout.title import layout_title_block
from journey_editor.model.project import Project


class LayoutCache:
    """Text wrapping results kept from one layout to the next.

    A canvas that re-lays the map out after each edit keeps one of these: unchanged titles
    then cost a dictionary lookup instead of a measure-and-wrap. It follows the measure of the
    options it is used with, and starts afresh when that measure changes.
    """

    def __init__(self) -> None:
        self._wrapper: TextWrapper | None = None
        self.cells = CellMemo()
        self.links = LinkMemo()
        # The stage columns of the last layout, and what they were made from.
        self.columns: tuple[tuple, list[float], Columns] | None = None
        # Each persona's last emotion curve and the very cells it was drawn from.
        self.curves: dict[str, tuple[tuple, tuple, EmotionCurve | None]] = {}
        self.buckets: CardBuckets | None = None  # the cards of each cell, as last gathered

    def wrapper(self, measure: TextMeasure) -> TextWrapper:
        if self._wrapper is None or self._wrapper.measure is not measure:
            self._wrapper = TextWrapper(measure)
        return self._wrapper


def compute_layout(
    project: Project,
    options: LayoutOptions | None = None,
    cache: LayoutCache | None = None,
) -> MapLayout:
    """The map's geometry. Pure: the same project and options always give the same layout."""
    return _layout(
        project, options or LayoutOptions(), cache, previous=None, changed=None, cells=None
    )


def update_layout(
    previous: MapLayout,
    project: Project,
    changed_personas: Iterable[str],
    cache: LayoutCache | None = None,
    changed_cells: Iterable[CellKey] | None = None,
) -> MapLayout:
    """The layout of `project` after an edit, laying out again only what the edit can have
    moved: the bands of `changed_personas` (every persona whose cards, lanes, name, role,
    quote or colour changed: for a card moved between personas, both), and the bands below
    them if their height changed. Bands that stay in place are taken over from `previous`, with
    their cells, cards, heat and curves; links, title block, legend and header are redone.

    Equal to ``compute_layout(project, previous.options, cache)`` provided `changed_personas`
    is complete. Edits beyond personas' content (the channel catalogue, the options) need
    `compute_layout`; changes to the stages or to the list of personas are detected here and
    fall back to it.

    `changed_cells`, when the caller knows them (every cell a card of the edit was in or is
    in now), spares comparing the cards of the other cells of the bands laid out again with
    those of the last layout; the cache must then be the one `previous` was made with.
    """
    cells = frozenset(changed_cells) if changed_cells is not None else None
    return _layout(project, previous.options, cache, previous, frozenset(changed_personas), cells)


def _layout(
    project: Project,
    options: LayoutOptions,
    cache: LayoutCache | None,
    previous: MapLayout | None,
    changed: frozenset[str] | None,
    cells: frozenset[CellKey] | None,
) -> MapLayout:
    if cache is None:
        cache, cells = LayoutCache(), None  # a fresh memo knows no cell: check them all
    else:
        cells = cells if cache.links.layout is previous else None
    wrapper = cache.wrapper(options.measure)

    # After an edit whose cells are known, each band's cells are the last layout's with those
    # gathered again.
    found = CardBuckets(project, options, cache.buckets, cells if previous is not None else None)
    cache.buckets = found
    # Stage columns change with the stages (names, phases) and the options only: an edit of
    # cards takes them over from the last layout.
    stage_key = tuple((stage.id, stage.name, stage.phase) for stage in project.stages)
    kept = cache.columns
    if (
        kept is not None
        and kept[0][0] is options
        and kept[0][1] == stage_key
        and not options.title_block
    ):
        widths, columns = kept[1], kept[2]
    else:
        widths = [stage_width(stage.name, options, wrapper) for stage in project.stages]
        columns = None
    width = options.left_width + sum(widths)

    title_block = legend = None
    top = 0.0
    if options.title_block:
        title_block, legend = layout_title_block(
            project, found.drawn_channels(), width, options, wrapper
        )
        top = title_block.rect.bottom

    if columns is None:
        columns = layout_columns(project.stages, widths, options, wrapper, top)
        cache.columns = ((options, stage_key), widths, columns)
    body_top = columns.header.bottom
    data = BodyInput(
        stages=columns.stages,
        buckets=found,
        memo=cache.cells,
        channel_of={channel.id: channel for channel in project.channels},
        locale=project.locale,
        right=width,
        style=CardStyle.from_options(options),
        changed_cells=cells if previous is not None else None,
    )
    reusable = earlier = None
    if previous is not None and changed is not None:
        found_reusable = _reusable_bands(previous, project, columns.stages, changed)
        if found_reusable is not None:
            reusable, earlier = found_reusable
    body = layout_bands(project.personas, data, options, wrapper, body_top, reusable, earlier)

    previous_curves = {}
    if previous is not None and body.reused:
        previous_curves = {curve.persona_id: curve for curve in previous.local_curves}
    curves = []
    for band in body.bands:
        if band.persona_id in body.reused:
            curve = previous_curves.get(band.persona_id)
        else:
            curve = _curve(band, columns.stages, body, options, cache)
        if curve is not None:
            curves.append(curve)
    links = link_paths(
        project.links,
        body.cards,
        body.bands,
        body.tops,
        body.cells,
        tuple(box.stage_id for box in columns.stages),
        options,
        wrapper,
        previous,
        project,
        memo=cache.links,
        changes=_link_changes(body, earlier),
    )

    layout = MapLayout(
        width=width,
        height=body.bottom,
        title_block=title_block,
        legend=legend,
        header=Rect(0.0, top, width, columns.header.height),
        corner=Rect(0.0, top, options.left_width, columns.header.height),
        left_width=options.left_width,
        body_top=body_top,
        phases=columns.phases,
        stages=columns.stages,
        bands=tuple(body.bands),
        band_tops=tuple(body.tops),
        local_cells=body.cells,
        local_cards=body.cards,
        local_heat=tuple(body.heat),
        local_curves=tuple(curves),
        links_by_band=links,
        options=options,
        stage_lefts=tuple(box.rect.x for box in columns.stages),
    )
    cache.links.layout = layout
    return layout


def _curve(
    band: PersonaBand,
    stages: tuple[StageBox, ...],
    body: Body,
    options: LayoutOptions,
    cache: LayoutCache,
) -> EmotionCurve | None:
    """The band's emotion curve: the last one when it would be drawn from the very same cells
    (a cell whose cards changed is a new object: see CellMemo) in the same zone and columns."""
    host = next((row for row in band.lanes if row.curve_zone is not None), None)
    persona = band.persona_id
    if host is None:
        cache.curves.pop(persona, None)
        return None
    cells = body.cells
    feeding = tuple(
        cells.get((persona, row.lane_id, stage.stage_id))
        for row in band.lanes
        if row.feeds_curve
        for stage in stages
    )
    where = (host.lane_id, host.curve_zone, stages)
    kept = cache.curves.get(persona)
    if (
        kept is not None
        and kept[0][0] == where[0]
        and kept[0][1] == where[1]
        and kept[0][2] is stages
        and len(kept[1]) == len(feeding)
        and all(a is b for a, b in zip(kept[1], feeding, strict=True))
    ):
        return kept[2]
    curve = persona_curve(band, stages, cells, body.cards, options)
    cache.curves[persona] = (where, feeding, curve)
    return curve


def _link_changes(body: Body, earlier: Earlier | None) -> dict[str, LinkChange] | None:
    """For the links: in each band laid out again, the card boxes that changed, as they were
    and as they are (a cell the edit did not touch keeps its very boxes, see CellMemo), and
    the areas, in the band's coordinates, where something changed: those boxes, and the lane
    rows that moved (their cards moved with them); None after a full layout."""
    if earlier is None:
        return None
    stages = earlier.stage_ids
    old = (earlier.cells, earlier.cards)
    new = (body.cells, body.cards)
    changes = {}
    for band in body.bands:
        persona = band.persona_id
        if persona in body.reused:
            continue
        gone = earlier.bands.get(persona)
        old_boxes = _boxes_not_in(gone, stages, old, new) if gone is not None else []
        new_boxes = _boxes_not_in(band, stages, new, old)
        areas = _in_band(old_boxes, gone) + _in_band(new_boxes, band)
        if gone is not None:
            was = {row.lane_id: row.rect for row in gone.lanes}
            for row in band.lanes:
                before = was.get(row.lane_id)
                if before is not None and before.y != row.rect.y:
                    areas += (before, row.rect)
        changes[persona] = LinkChange(old_boxes, new_boxes, areas)
    return changes


def _in_band(boxes: list[CardBox], band: PersonaBand | None) -> list[Rect]:
    """The rectangles of `boxes` (in their rows' coordinates) in `band`'s."""
    if not boxes or band is None:
        return []
    tops = lane_tops(band)
    areas = []
    for box in boxes:
        r = box.rect
        areas.append(Rect(r.x, r.y + tops.get(box.cell[1], 0.0), r.width, r.height))
    return areas


def _boxes_not_in(
    band: PersonaBand,
    stages: tuple[str, ...],
    side: tuple[Mapping[CellKey, CellBox], Mapping[str, CardBox]],
    other: tuple[Mapping[CellKey, CellBox], Mapping[str, CardBox]],
) -> list[CardBox]:
    """The card boxes of `band` on one side (cells, cards) that are not the very boxes of the
    other side. A cell that is the very object on both sides holds the very boxes (CellMemo):
    only the others' cards are looked at (on a big map each look is a layered lookup)."""
    cells, cards = side
    other_cells, other_cards = other
    return [
        cards[card_id]
        for cell in band_cells(band, stages, cells)
        if other_cells.get(cell.key) is not cell
        for card_id in cell.card_ids
        if other_cards.get(card_id) is not cards[card_id]
    ]


def _reusable_bands(
    previous: MapLayout, project: Project, stages: tuple[StageBox, ...], changed: frozenset[str]
) -> tuple[dict[str, PersonaBand], Earlier] | None:
    """The previous bands of the personas the edit did not touch and what the new layout
    starts from, or None when the edit changed the stage columns or the list of personas
    (then everything moves sideways or reorders). Costs the number of bands, not of cards."""
    if stages != previous.stages:
        return None
    if [band.persona_id for band in previous.bands] != [p.id for p in project.personas]:
        return None
    bands = {band.persona_id: band for band in previous.bands}
    reusable = {persona: band for persona, band in bands.items() if persona not in changed}
    earlier = Earlier(
        cells=previous.local_cells,
        cards=previous.local_cards,
        bands=bands,
        stage_ids=tuple(box.stage_id for box in stages),
        heat=previous.local_heat,
    )
    return reusable, earlier
