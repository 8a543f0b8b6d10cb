"""Keyboard navigation on the map, as pure functions of the layout (no Qt).

A position is a cell and, when the cell holds cards, one of them. Arrow keys move to the
neighbouring card inside a cell (row-major, so up / down jump a grid row) and, at a cell's
edge, to the adjacent cell: left / right to the neighbouring stage of the same lane, up /
down to the lane above / below (across personas). Tab and Shift+Tab jump to the next /
previous stage of the same lane. Landing in a cell prefers the card nearest to where the
movement came from; an empty cell is a position of its own (the cursor can rest there, and
Insert adds a card there). Past the top and left edges lie the headers (see `from_header`).
"""

from __future__ import annotations

from typing import NamedTuple

from journey_editor.layout import CardBox, CellKey, MapLayout

Position = tuple[CellKey, str | None]  # (cell, card id or None for the cell itself)

DIRECTIONS = ("up", "down", "left", "right", "next_stage", "previous_stage")


def lane_rows(layout: MapLayout) -> list[tuple[str, str]]:
    """(persona, lane) of every lane row, top to bottom."""
    # Ids only: the bands in their own coordinates serve (no band moved onto the map).
    return [(band.persona_id, row.lane_id) for band in layout.bands for row in band.lanes]


def first_position(layout: MapLayout) -> Position | None:
    rows = lane_rows(layout)
    if not rows or not layout.stages:
        return None
    return enter_cell(layout, (*rows[0], layout.stages[0].stage_id), None, "first")


def enter_cell(
    layout: MapLayout, cell: CellKey, reference: tuple[float, float] | None, side: str
) -> Position:
    """The position reached when arriving in `cell`: from above `side` is "first" (top grid
    row), from below "last"; sideways "nearest" to `reference`."""
    cards = layout.cell_cards(cell)
    if not cards:
        return (cell, None)
    columns = max(1, layout.cells[cell].columns)
    if side == "first":
        candidates = cards[:columns]
    elif side == "last":
        candidates = cards[(len(cards) - 1) // columns * columns :]
    else:
        candidates = cards
    if reference is None:
        return (cell, candidates[0].card_id)
    return (cell, min(candidates, key=lambda box: _distance(box, reference, side)).card_id)


def _distance(box: CardBox, reference: tuple[float, float], side: str) -> float:
    cx, cy = box.rect.center
    if side in ("first", "last"):
        return abs(cx - reference[0])
    return abs(cy - reference[1]) * 4 + abs(cx - reference[0])


def neighbour(layout: MapLayout, position: Position, direction: str) -> Position | None:
    """Where `direction` leads from `position`; None at the map's edge."""
    cell, card_id = position
    if cell not in layout.cells:
        return first_position(layout)
    persona, lane, stage = cell
    order = layout.cells[cell].card_ids
    columns = max(1, layout.cells[cell].columns)
    index = order.index(card_id) if card_id in order else None
    if index is not None:
        box = layout.cards[order[index]]
        reference = box.rect.center
    else:
        rect = layout.cells[cell].rect
        reference = (rect.x + rect.width / 2, rect.y + rect.height / 2)

    if direction in ("up", "down"):
        step = -columns if direction == "up" else columns
        if index is not None and 0 <= index + step < len(order):
            return (cell, order[index + step])
        rows = lane_rows(layout)
        row = rows.index((persona, lane))
        target = row - 1 if direction == "up" else row + 1
        if not 0 <= target < len(rows):
            return None
        side = "last" if direction == "up" else "first"
        return enter_cell(layout, (*rows[target], stage), tuple(reference), side)

    if direction in ("left", "right") and index is not None and columns > 1:
        step = -1 if direction == "left" else 1
        same_row = index // columns == (index + step) // columns
        if same_row and 0 <= index + step < len(order):
            return (cell, order[index + step])

    stages = [box.stage_id for box in layout.stages]
    column = stages.index(stage)
    target = column - 1 if direction in ("left", "previous_stage") else column + 1
    if not 0 <= target < len(stages):
        return None
    next_cell = (persona, lane, stages[target])
    if direction in ("next_stage", "previous_stage"):
        return enter_cell(layout, next_cell, None, "first")
    return enter_cell(layout, next_cell, tuple(reference), "nearest")


# --- headers: the keyboard's way to a stage, persona or lane ----------------------------------
#
# Up from the top lane row reaches the stage header above; Left from the first stage reaches
# the lane header, and Left again the persona header. Along the header row or column the
# arrows walk the headers of that kind; towards the map (Down from a stage, Right from a lane
# or persona) they go back into it. This is how a keyboard user selects a header to rename
# (F2) or delete (Del) it.


class Header(NamedTuple):
    kind: str  # "stage", "persona" or "lane"
    object_id: str


Target = Position | Header


def header_beyond(layout: MapLayout, position: Position, direction: str) -> Header | None:
    """The header reached by leaving the map's body at its top or left edge, else None."""
    (persona, lane, stage), _card = position
    rows = lane_rows(layout)
    if direction == "up" and rows and rows[0] == (persona, lane):
        return Header("stage", stage)
    stages = [box.stage_id for box in layout.stages]
    if direction == "left" and stages and stages[0] == stage:
        return Header("lane", lane)
    return None


def from_header(layout: MapLayout, header: Header, direction: str) -> Target | None:
    """Where `direction` leads from a selected header; None: stay (the map's edge)."""
    stages = [box.stage_id for box in layout.stages]
    rows = lane_rows(layout)
    if header.kind == "stage":
        if header.object_id not in stages:
            return None
        if direction == "down" and rows:
            return enter_cell(layout, (*rows[0], header.object_id), None, "first")
        step = {"left": -1, "previous_stage": -1, "right": 1, "next_stage": 1}.get(direction)
        return _step(stages, header.object_id, step, "stage")
    if header.kind == "lane":
        owners = {lane: persona for persona, lane in rows}
        if header.object_id not in owners:
            return None
        if direction in ("right", "next_stage") and stages:
            cell = (owners[header.object_id], header.object_id, stages[0])
            return enter_cell(layout, cell, None, "first")
        if direction == "left":
            return Header("persona", owners[header.object_id])
        step = {"up": -1, "down": 1}.get(direction)
        return _step([lane for _, lane in rows], header.object_id, step, "lane")
    if header.kind == "persona":
        personas = [band.persona_id for band in layout.bands]
        if header.object_id not in personas:
            return None
        if direction in ("right", "next_stage"):
            lanes = [lane for persona, lane in rows if persona == header.object_id]
            if not lanes or not stages:
                return None
            return enter_cell(layout, (header.object_id, lanes[0], stages[0]), None, "first")
        step = {"up": -1, "down": 1}.get(direction)
        return _step(personas, header.object_id, step, "persona")
    return None


def _step(order: list[str], current: str, step: int | None, kind: str) -> Header | None:
    if step is None:
        return None
    index = order.index(current) + step
    return Header(kind, order[index]) if 0 <= index < len(order) else None
