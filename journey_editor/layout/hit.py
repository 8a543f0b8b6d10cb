"""Hit testing on a MapLayout: which cell, card, stage or persona is under a point, and where
a drop lands. Pure and cheap: bisection over bands, lanes and stage columns, then a scan of the
few cards of one cell.

Points on a shared edge belong to the rectangle below or to the right (half-open rectangles).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from journey_editor.layout.boxes import (
    CardBox,
    CellBox,
    CellKey,
    CurvePoint,
    EmotionCurve,
    LaneRow,
    PersonaBand,
    StageBox,
)
from journey_editor.layout.map_layout import MapLayout

Line = tuple[float, float, float, float]


def stage_at(layout: MapLayout, x: float) -> StageBox | None:
    """The stage column holding x (anywhere from the header down)."""
    stages = layout.stages
    if not stages or x < stages[0].rect.x or x >= stages[-1].right:
        return None
    return stages[bisect_right(layout.stage_lefts, x) - 1]


def band_at(layout: MapLayout, y: float) -> PersonaBand | None:
    """The band under y, in the map's coordinates (only that one is moved there: a scroll on
    a big map asks for one band, not for all of them)."""
    if not layout.bands:
        return None
    index = bisect_right(layout.band_tops, y) - 1
    if index < 0:
        return None
    band = layout.bands[index]
    if y >= layout.band_tops[index] + band.rect.height:
        return None  # in the gap below the band: nothing
    return layout.persona(band.persona_id)


def lane_at(layout: MapLayout, y: float) -> tuple[PersonaBand, LaneRow] | None:
    band = band_at(layout, y)
    if band is None:
        return None
    for row in band.lanes:  # a handful per band
        if row.rect.y <= y < row.rect.bottom:
            return band, row
    return None


def cell_at(layout: MapLayout, x: float, y: float) -> CellKey | None:
    """The cell under (x, y), or None (headers, left columns, heat strip, gaps, collapsed)."""
    stage = stage_at(layout, x)
    if stage is None:
        return None
    found = lane_at(layout, y)
    if found is None:
        return None
    band, row = found
    return (band.persona_id, row.lane_id, stage.stage_id)


def card_at(layout: MapLayout, x: float, y: float) -> str | None:
    """The id of the card under (x, y), or None."""
    key = cell_at(layout, x, y)
    if key is None:
        return None
    for card_id in layout.cells[key].card_ids:
        if layout.cards[card_id].rect.contains(x, y):
            return card_id
    return None


def curve_point_at(curve: EmotionCurve, x: float, y: float, radius: float) -> CurvePoint | None:
    """The point of `curve` nearest to (x, y) within `radius` (its face and ring), or None.
    Points are in x order (strictly increasing), so only those within `radius` sideways are
    looked at; on a tie the earlier point wins."""
    points = curve.points
    first = bisect_left(points, x - radius, key=lambda point: point.x)
    best, best_distance = None, radius * radius
    for point in points[first:]:
        if point.x > x + radius:
            break
        distance = (point.x - x) ** 2 + (point.y - y) ** 2
        if distance <= best_distance and (best is None or distance < best_distance):
            best, best_distance = point, distance
    return best


def stage_header_at(layout: MapLayout, x: float, y: float) -> str | None:
    """The stage whose header cell is under (x, y): for dragging stages to reorder."""
    stage = stage_at(layout, x)
    return stage.stage_id if stage is not None and stage.rect.contains(x, y) else None


def persona_header_at(layout: MapLayout, x: float, y: float) -> str | None:
    band = band_at(layout, y)
    if band is None or not band.header.rect.contains(x, y):
        return None
    return band.persona_id


def lane_label_at(layout: MapLayout, x: float, y: float) -> str | None:
    found = lane_at(layout, y)
    if found is None or not found[1].label_rect.contains(x, y):
        return None
    return found[1].lane_id


# --- dropping ------------------------------------------------------------------------------------


def _rows(cell: CellBox, cards: list[CardBox]) -> list[list[CardBox]]:
    """The cell's cards by grid row (row-major, `cell.columns` per row)."""
    step = max(1, cell.columns)
    return [cards[i : i + step] for i in range(0, len(cards), step)]


def drop_index_at(layout: MapLayout, key: CellKey, x: float, y: float) -> int:
    """Where, among the cell's cards, a card dropped at (x, y) goes: 0 … len(cards).

    One column: before the first card whose middle is below y. Several columns: in the grid
    row that spans y (each row reaching down to halfway to the next), before the first card of
    that row whose middle is right of x; below the last row: at the end.
    """
    cell = layout.cells[key]
    cards = layout.cell_cards(key)
    if cell.columns <= 1:
        return sum(1 for card in cards if card.rect.y + card.rect.height / 2 < y)
    rows = _rows(cell, cards)
    half_gap = layout.options.card_gap / 2
    start = 0
    for number, row in enumerate(rows):
        bottom = max(card.rect.bottom for card in row)
        if number + 1 < len(rows):
            limit = (bottom + rows[number + 1][0].rect.y) / 2
        else:
            limit = bottom + half_gap
        if y < limit:
            return start + sum(1 for card in row if card.rect.x + card.rect.width / 2 < x)
        start += len(row)
    return len(cards)


def drop_indicator(layout: MapLayout, key: CellKey, index: int) -> Line:
    """The line (x1, y1, x2, y2) showing where a drop at `index` lands, inside the cell: across
    the column between two cards when the cell has one column, upright between two cards of a
    grid row when it has several. `drop_index_at` at the line's middle gives `index` back."""
    options = layout.options
    cell = layout.cells[key]
    cards = layout.cell_cards(key)
    index = max(0, min(index, len(cards)))
    pad = options.cell_padding
    half_gap = min(options.card_gap, pad) / 2
    if not cards:
        content = cell.content
        y = min(content.y + pad / 2, cell.rect.bottom - pad / 2)
        return (content.x + pad, y, content.right - pad, y)
    if cell.columns <= 1:
        left, right = cards[0].rect.x, cards[0].rect.right
        if index == 0:
            y = cards[0].rect.y - pad / 2
        elif index < len(cards):
            y = (cards[index - 1].rect.bottom + cards[index].rect.y) / 2
        else:
            y = min(cards[-1].rect.bottom + half_gap, cell.rect.bottom)
        return (left, y, right, y)
    if index < len(cards):
        card = cards[index]
        if index % cell.columns:  # after a card of the same grid row
            x = (cards[index - 1].rect.right + card.rect.x) / 2
        else:
            x = card.rect.x - half_gap
    else:
        card = cards[-1]
        x = card.rect.right + half_gap
    return (x, card.rect.y, x, card.rect.bottom)
