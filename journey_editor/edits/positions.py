"""Where an index lands in a list.

The rule, the same for every edit: an index is a whole number or None. None means "at the end".
Out-of-range numbers are clamped, never rejected: a negative index means the first position and
an index past the end means the last, so a drop beyond the last card or stage simply lands last.
Python's negative indexing (counting from the end) is deliberately not supported.

Internal restore edits (the inverses of removals) are the exception: they put objects back at
recorded positions and refuse a position that does not fit, since clamping would not be exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journey_editor.edits.base import EditError
from journey_editor.model import Card
from journey_editor.model.card_list import CardList


def check_index(index: Any, kind: str, object_id: str | None) -> None:
    # bool is an int subclass; True as a position is always a caller's mistake.
    if index is not None and (isinstance(index, bool) or not isinstance(index, int)):
        raise EditError(kind, object_id, "index", f"must be a whole number or None (got {index!r})")


def insertion_index(index: int | None, length: int) -> int:
    """Position for inserting into a list of `length` items: 0 … length."""
    if index is None:
        return length
    return max(0, min(index, length))


def move_index(index: int | None, length: int) -> int:
    """Final position of an item moved within a list of `length` items: 0 … length - 1."""
    return insertion_index(index, length - 1)


def move_item(items: list[Any], source: int, target: int) -> None:
    items.insert(target, items.pop(source))


def cell_positions(project, cell: tuple[str, str, str]) -> list[int]:
    """The flat-list positions of a cell's cards, in order."""
    return project.card_list().cell_positions(cell)


def card_position(project, card: Card) -> int:
    """Where this very card is in the map's list."""
    return _position(project.card_list(), card)


def cell_insertion_point(
    cards: Sequence[Card], cell: tuple[str, str, str], index: int | None
) -> int:
    """Flat-list position that makes a new card the `index`-th card of its cell.

    Before the cell's index-th card; past the cell's end, right after its last card, so the
    cell's cards stay together where they were; in an empty cell, at the end of the list.
    """
    if isinstance(cards, CardList):
        # The cell's cards are indexed: only the card it lands next to needs its position.
        in_cell = cards.cell_cards(cell)
        rank = insertion_index(index, len(in_cell))
        if rank < len(in_cell):
            return _position(cards, in_cell[rank])
        if in_cell:
            return _position(cards, in_cell[-1]) + 1
        return len(cards)
    else:
        persona, lane, stage = cell
        # Plain attribute tests: building a cell tuple per card costs a frame on 5,000 cards.
        positions = [
            position
            for position, card in enumerate(cards)
            if card.stage == stage and card.lane == lane and card.persona == persona
        ]
    rank = insertion_index(index, len(positions))
    if rank < len(positions):
        return positions[rank]
    if positions:
        return positions[-1] + 1
    return len(cards)


def check_restore_index(index: int, length: int, kind: str, object_id: str) -> None:
    if not 0 <= index <= length:
        raise EditError(
            kind, object_id, "index", f"cannot be put back at position {index} of {length}"
        )


def _position(cards: CardList, card: Card) -> int:
    position = cards.position_of(card)
    if position is None:  # the indexes say it is there: cannot happen
        raise EditError("card", card.id, None, "is not in the map")
    return position
