"""Persona bands: the persona header, the lane rows, their cells and cards, the heat strip.

A band, top to bottom: the effort heat strip (`heat_strip_height`) across the stage columns,
then the visible lanes, stacked without gaps. Each lane row is as tall as its fullest cell
needs (at least one empty card slot, so every cell stays a drop target, and at least its
label). The lane hosting the persona's emotion curve adds a curve zone: at the top of an
emotions lane, or under the cards of a touchpoints lane (see `curve_host`). If the persona
header needs more height than the lanes, the last lane row takes the difference.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field

from journey_editor.layout.boxes import (
    CardBox,
    CellBox,
    CellKey,
    HeatCell,
    LaneRow,
    PersonaBand,
    StageBox,
)
from journey_editor.layout.buckets import CardBuckets
from journey_editor.layout.cards import CardStyle, CellPack, card_box, empty_pack, pack_cell
from journey_editor.layout.cell_memo import CellMemo
from journey_editor.layout.figures import decimal_mark, effort_figure
from journey_editor.layout.geometry import Rect
from journey_editor.layout.layered import Layered, derived
from journey_editor.layout.options import LayoutOptions
from journey_editor.layout.persona_header import layout_header, with_height
from journey_editor.layout.text import TextWrapper, place_lines
from journey_editor.model.entities import Card, Channel, Lane, Persona

EMOTIONS = "emotions"
TOUCHPOINTS = "touchpoints"


@dataclass
class Body:
    bands: list[PersonaBand]  # each in its own coordinates: its top at y = 0
    tops: list[float]  # where each band's top is on the map
    cells: MutableMapping[CellKey, CellBox]  # each in its lane row's coordinates
    cards: MutableMapping[str, CardBox]  # each in its lane row's coordinates
    heat: list[HeatCell]
    bottom: float
    reused: set[str] = field(default_factory=set)  # personas whose band was taken over


@dataclass(frozen=True)
class BodyInput:
    """What every band needs, gathered once by `compute_layout`."""

    stages: tuple[StageBox, ...]
    buckets: CardBuckets  # the cards of each cell, in cell order; counts; effort sums
    channel_of: dict[str, Channel]
    locale: str
    right: float  # the map's right edge
    style: CardStyle
    memo: CellMemo
    # The cells an edit may have changed (their cards, or cards that left them), when the
    # caller knows them: the others' packs are taken from the memo without comparing cards.
    changed_cells: frozenset[CellKey] | None = None


def curve_host(lanes: list[Lane], has_scores: bool, options: LayoutOptions) -> Lane | None:
    """The lane that draws the persona's emotion curve: its first visible emotions lane (which
    keeps room for the curve even with no score yet, so the lane looks the same as it fills);
    failing that, and only when there is a score to draw (on a lane that feeds the curve), under
    its first visible touchpoints lane, or else under its last visible lane."""
    if not options.show_emotion_curves or not lanes:
        return None
    for lane in lanes:
        if lane.kind == EMOTIONS:
            return lane
    if not has_scores:
        return None
    for lane in lanes:
        if lane.kind == TOUCHPOINTS:
            return lane
    return lanes[-1]


@dataclass(frozen=True)
class Earlier:
    """The cells and cards of the previous layout, which the new one starts from (a copy of
    each dict: one C-level copy instead of one Python-level insertion per card), and the
    previous band of each persona, whose entries go when the band is laid out again."""

    cells: Mapping[CellKey, CellBox]
    cards: Mapping[str, CardBox]
    bands: dict[str, PersonaBand]
    stage_ids: tuple[str, ...]
    heat: tuple[HeatCell, ...] = ()  # every band's heat cells, a stage each, band by band


def layout_bands(
    personas: list[Persona],
    data: BodyInput,
    options: LayoutOptions,
    wrapper: TextWrapper,
    top: float,
    reusable: dict[str, PersonaBand] | None = None,
    earlier: Earlier | None = None,
) -> Body:
    """Every band, each in its own coordinates (its top at y = 0), stacked from `top` down
    (`Body.tops`). A band in `reusable` is taken over as is (its cells, cards and heat too)
    instead of being laid out again, however far the bands above it grew or shrank; with
    `earlier`, only the bands laid out again touch the cell and card dicts."""
    if reusable and earlier is None:
        raise ValueError("bands are taken over only with the earlier layout's cells and cards")
    body = Body([], [], {}, {}, [], top)
    if earlier is not None:
        body.cells, body.cards = derived(earlier.cells), derived(earlier.cards)
    y = top
    for index, persona in enumerate(personas):
        if index:
            y += options.band_gap
        prior = reusable.get(persona.id) if reusable else None
        if prior is not None and prior.index == index and earlier is not None:
            band = prior  # its cells and cards came with the copies of `earlier`
            per_band = len(data.stages)
            body.heat.extend(earlier.heat[index * per_band : (index + 1) * per_band])
            body.reused.add(persona.id)
        else:
            before = earlier.bands.get(persona.id) if earlier is not None else None
            if persona.id in options.collapsed_personas or before is None or before.collapsed:
                if earlier is not None:
                    _forget(earlier, persona.id, body)
                before = None
            if persona.id in options.collapsed_personas:
                band = _collapsed_band(index, persona, data, options, wrapper, 0.0)
            else:
                band = _open_band(
                    index, persona, data, options, wrapper, 0.0, body, earlier, before
                )
            body.heat.extend(_heat_cells(persona.id, band.heat_strip.y, data, options))
        body.bands.append(band)
        body.tops.append(y)
        y += band.rect.height
    body.bottom = y
    return body


def band_cells(band: PersonaBand, stage_ids: Sequence[str], cells: Mapping[CellKey, CellBox]):
    """The cells of `band` in `cells` (lane by lane, stage by stage)."""
    persona = band.persona_id
    if isinstance(cells, Layered):
        # A big map's cells: the layered lookup inlined (each edit reads a band's cells in a
        # few scans: hundreds of method calls saved per scan).
        over, gone, base = cells.layers()
        for row in band.lanes:
            for stage_id in stage_ids:
                key = (persona, row.lane_id, stage_id)
                cell = over.get(key)
                if cell is None and key not in gone:
                    cell = base.get(key)
                if cell is not None:
                    yield cell
        return
    for row in band.lanes:
        for stage_id in stage_ids:
            cell = cells.get((persona, row.lane_id, stage_id))
            if cell is not None:
                yield cell


def _forget(earlier: Earlier, persona_id: str, body: Body) -> None:
    """Take the entries of a band laid out again out of the dicts copied from `earlier`. Only
    the very objects of the earlier layout go: a card that moved into a band laid out before
    this one already has its new box, which stays."""
    band = earlier.bands.get(persona_id)
    if band is None:
        return
    for row in band.lanes:
        _forget_row(earlier, persona_id, row.lane_id, body)


def _forget_row(earlier: Earlier, persona_id: str, lane_id: str, body: Body) -> None:
    """The same, for one lane row of the band."""
    for stage_id in earlier.stage_ids:
        _forget_cell(earlier, (persona_id, lane_id, stage_id), body)


def _forget_cell(earlier: Earlier, key: CellKey, body: Body) -> None:
    """The same, for one cell."""
    cell = earlier.cells.get(key)
    if cell is None:
        return
    cells, cards, earlier_cards = body.cells, body.cards, earlier.cards
    if cells.get(key) is cell:
        del cells[key]
    for card_id in cell.card_ids:
        box = earlier_cards.get(card_id)
        if box is not None and cards.get(card_id) is box:
            del cards[card_id]


# --- bands ---------------------------------------------------------------------------------------


def _collapsed_band(
    index: int,
    persona: Persona,
    data: BodyInput,
    options: LayoutOptions,
    wrapper: TextWrapper,
    top: float,
) -> PersonaBand:
    header, height = layout_header(persona, top, options, wrapper, data.locale, collapsed=True)
    pad = options.persona_padding
    label_width = options.lane_label_width - 2 * pad
    cards = data.buckets.count(persona.id)
    text = options.labels.collapsed_summary.format(lanes=len(persona.lanes), cards=cards)
    size = options.body_font_size
    line = size * options.line_spacing
    row_top = top + options.heat_strip_height
    row_height = height - options.heat_strip_height
    summary = place_lines(
        (wrapper.fit_line(text, label_width, size, False),),
        options.persona_width + pad,
        row_top + (row_height - line) / 2,
        label_width,
        size,
        options.line_spacing,
    )
    return PersonaBand(
        persona_id=persona.id,
        index=index,
        rect=Rect(0.0, top, data.right, height),
        header=header,
        colour=persona.colour,
        collapsed=True,
        lanes=(),
        heat_strip=_heat_strip(top, data, options),
        summary=summary,
    )


def _heat_strip(top: float, data: BodyInput, options: LayoutOptions) -> Rect:
    left = options.left_width
    return Rect(left, top, data.right - left, options.heat_strip_height)


def _open_band(
    index: int,
    persona: Persona,
    data: BodyInput,
    options: LayoutOptions,
    wrapper: TextWrapper,
    top: float,
    body: Body,
    earlier: Earlier | None = None,
    before: PersonaBand | None = None,
) -> PersonaBand:
    """The band laid out again. With `earlier` and the band as it was (`before`): in a lane
    row that lands where it was, the same height, the cells that are not among the edit's
    (`data.changed_cells`) keep their cells and cards as they are in the mappings taken over
    from `earlier` (a one-card edit places a cell or two, not the band's); every other row of
    `before` has its entries taken out and placed again."""
    hidden = options.hidden_lane_kinds
    lanes = [lane for lane in persona.lanes if lane.kind not in hidden]
    stages = data.stages

    # 1. Pack every cell, and see whether any visible card of the curve has an emotion score.
    # An empty cell's pack is the memo's too, so its placement is remembered like any other.
    empties = [
        data.memo.pack(
            ("", "", stage.stage_id),
            (),
            (),
            stage.rect.width,
            options,
            lambda width=stage.rect.width: empty_pack(width, options),
        )
        for stage in stages
    ]
    persona_cells = data.buckets.cells_of(persona.id)
    edited_cells = data.changed_cells  # None: any cell may have changed
    packs: list[list[CellPack]] = []
    in_cells: list[list[Sequence[Card]]] = []  # each cell's cards, for placing them
    has_scores = False
    for lane in lanes:
        row = []
        row_cards: list[Sequence[Card]] = []
        in_cells.append(row_cards)
        on_curve = lane.on_curve
        for stage, empty_cell in zip(stages, empties, strict=True):
            key = (persona.id, lane.id, stage.stage_id)
            cards = persona_cells.get(key)
            row_cards.append(cards or ())
            if cards is None:
                row.append(empty_cell)
                continue
            if on_curve and not has_scores:
                has_scores = any(card.emotion is not None for card in cards)
            width = stage.rect.width
            if edited_cells is not None and key not in edited_cells:
                # The edit says this cell's cards did not change: its last pack holds.
                kept = data.memo.last_pack(key, width, options)
                if kept is not None:
                    row.append(kept)
                    continue
            row.append(
                data.memo.pack(
                    key,
                    cards,
                    _channels_of(cards, data.channel_of),
                    width,
                    options,
                    lambda cards=cards, width=width: pack_cell(
                        cards, width, data.channel_of, options, data.style, wrapper
                    ),
                )
            )
        packs.append(row)
    host = curve_host(lanes, has_scores, options)

    # 2. Row heights.
    pad = options.cell_padding
    label_size = options.body_font_size
    label_line = label_size * options.line_spacing
    label_width = options.lane_label_width - 2 * pad
    labels = [
        wrapper.wrap(lane.name, label_width, label_size, True, options.lane_label_max_lines)
        for lane in lanes
    ]
    room = options.room_by_cell  # compare mode: room for another version's cards
    heights = []
    for lane, row, label in zip(lanes, packs, labels, strict=True):
        extra = [room.get((persona.id, lane.id, s.stage_id), 0.0) for s in stages] if room else ()
        content = max(
            (pack.height + (extra[i] if extra else 0.0) for i, pack in enumerate(row)),
            default=options.empty_row_height,
        )
        if lane is host:
            if lane.kind == EMOTIONS and not any(pack.offsets for pack in row) and not any(extra):
                content = 0.0  # an emotions lane without cards is all curve
            content += options.emotion_curve_height
        heights.append(max(content, 2 * pad + len(label) * label_line))

    header, header_height = layout_header(
        persona, top, options, wrapper, data.locale, collapsed=False
    )
    lanes_height = sum(heights) if heights else options.empty_row_height
    shortfall = header_height - (options.heat_strip_height + lanes_height)
    if shortfall > 0:
        if heights:
            heights[-1] += shortfall
        lanes_height += shortfall
    band_height = options.heat_strip_height + lanes_height

    # 3. Place rows, cells and cards.
    earlier_rows = {row.lane_id: row for row in before.lanes} if before is not None else {}
    changed = data.changed_cells if before is not None else None
    left = options.left_width
    area_width = data.right - left
    rows = []
    y = top + options.heat_strip_height
    for lane, row, label, height, row_cards in zip(
        lanes, packs, labels, heights, in_cells, strict=True
    ):
        zone = None
        content_top, content_height = y, height
        if lane is host:
            curve = options.emotion_curve_height
            content_height = height - curve
            if lane.kind == EMOTIONS:
                zone = Rect(left, y, area_width, curve)
                content_top = y + curve
            else:
                zone = Rect(left, y + height - curve, area_width, curve)
        label_block = place_lines(
            label,
            options.persona_width + pad,
            y + pad,
            label_width,
            label_size,
            options.line_spacing,
            bold=True,
        )
        rows.append(
            LaneRow(
                lane_id=lane.id,
                kind=lane.kind,
                label_rect=Rect(options.persona_width, y, options.lane_label_width, height),
                label=label_block,
                rect=Rect(left, y, area_width, height),
                curve_zone=zone,
                feeds_curve=lane.on_curve,
            )
        )
        kept = earlier_rows.pop(lane.id, None)
        # Cells and cards are in their row's coordinates (y from the row's top): a row that
        # only moves (a row above grew) keeps its very cells and cards.
        content_dy = content_top - y
        as_before = (
            kept is not None
            and changed is not None
            and kept.rect.height == height
            and _zone_in_row(kept) == _zone_in_row(rows[-1])
        )
        if not as_before and kept is not None and earlier is not None:
            _forget_row(earlier, persona.id, lane.id, body)
        for stage, pack, cards in zip(stages, row, row_cards, strict=True):
            key = (persona.id, lane.id, stage.stage_id)
            if as_before:
                # The row is as tall as it was: a cell the edit did not touch keeps its cell
                # and cards in the mappings, as they were; the others are placed again.
                if key not in changed:
                    continue
                _forget_cell(earlier, key, body)
            x, width = stage.rect.x, stage.rect.width
            cell_rect = Rect(x, 0.0, width, height)
            _place_cell(
                key,
                cell_rect,
                cell_rect if zone is None else Rect(x, content_dy, width, content_height),
                pack,
                cards,
                data,
                body,
            )
        y += height
    if earlier is not None:
        for gone in earlier_rows:  # lanes shown before and not now
            _forget_row(earlier, persona.id, gone, body)

    return PersonaBand(
        persona_id=persona.id,
        index=index,
        rect=Rect(0.0, top, data.right, band_height),
        header=with_height(header, band_height),
        colour=persona.colour,
        collapsed=False,
        lanes=tuple(rows),
        heat_strip=_heat_strip(top, data, options),
    )


def _zone_in_row(row: LaneRow) -> tuple[float, float] | None:
    """Where the row's curve zone is in the row: its top from the row's and its height."""
    zone = row.curve_zone
    return None if zone is None else (zone.y - row.rect.y, zone.height)


def _place_cell(
    key: CellKey,
    rect: Rect,
    content: Rect,
    pack: CellPack,
    cards: Sequence[Card],
    data: BodyInput,
    body: Body,
) -> None:
    """The cell's box and its cards' boxes, into `body`."""
    cell, boxes = data.memo.place(
        key,
        (rect, content, data.style),
        pack,
        lambda: _cell_boxes(key, rect, content, pack, cards, data),
    )
    if boxes:
        body.cards.update((box.card_id, box) for box in boxes)
    body.cells[key] = cell


def _cell_boxes(
    key: CellKey,
    rect: Rect,
    content: Rect,
    pack: CellPack,
    cards: Sequence[Card],
    data: BodyInput,
) -> tuple[CellBox, list[CardBox]]:
    width = pack.card_width
    left, top = content.x, content.y
    channel_of = data.channel_of
    style = data.style
    boxes = []
    measured = zip(cards, pack.offsets, pack.contents, strict=True)
    for index, (card, (dx, dy), size) in enumerate(measured):
        channel = channel_of.get(card.channel) if card.channel is not None else None
        boxes.append(card_box(card, left + dx, top + dy, width, size, channel, key, index, style))
    cell = CellBox(key, rect, content, tuple(box.card_id for box in boxes), pack.columns)
    return cell, boxes


def _channels_of(cards: Sequence[Card], channel_of: dict[str, Channel]) -> tuple:
    return tuple(channel_of.get(c.channel) if c.channel is not None else None for c in cards)


def _heat_cells(
    persona_id: str, top: float, data: BodyInput, options: LayoutOptions
) -> list[HeatCell]:
    mark = options.labels.decimal_mark or decimal_mark(data.locale)
    cells = []
    for stage in data.stages:
        total, scored = data.buckets.effort(persona_id, stage.stage_id)
        cells.append(
            HeatCell(
                persona_id=persona_id,
                stage_id=stage.stage_id,
                rect=Rect(stage.rect.x, top, stage.rect.width, options.heat_strip_height),
                mean_effort=total / scored if scored else None,
                scored=scored,
                figure=effort_figure(total / scored, mark) if scored else "",
            )
        )
    return cells
