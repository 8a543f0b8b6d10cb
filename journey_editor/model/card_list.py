"""The project's cards: a list that knows where each card is, so finding one costs a lookup.

`Project.cards` stays a list (the file's order, the order of a cell's cards), but every change
to it — through any list method, by any module — is counted, and the indexes are built again
the first time they are asked for after a change: one pass over the cards per edit instead of
one pass per lookup (`Project.card()` was a linear search, called several times per edit and
per painted frame). Cards themselves are never changed in place (edits replace them: see
`edits/`), so an index of the list is an index of the cards.

The index lives on the list, not on the Project: a pydantic private attribute would take part
in `Project ==` and would have to be kept in step through `model_copy`; a list that carries
its own index is copied, pickled and compared as a list.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter
from typing import Any, SupportsIndex

from journey_editor.model.entities import Card

Cell = tuple[str, str, str]
_card_id = attrgetter("id")


class CardList(list):
    __slots__ = ("_asked", "_cells", "_ids", "_indexed", "_version")

    def __init__(self, cards: Iterable[Card] = ()) -> None:
        super().__init__(cards)
        self._version = 0
        self._indexed = -1
        self._ids: dict[str, int] = {}
        self._cells: dict[Cell, list[int]] | None = None
        self._asked = 0  # cells asked for since the last change

    def __reduce_ex__(self, protocol: SupportsIndex):
        # Copies and pickles are made from the cards alone, through __init__.
        return (CardList, (list(self),))

    # --- the index -------------------------------------------------------------------------

    def _fresh(self) -> None:
        if self._indexed != self._version:
            # C-level: no Python code per card (this runs once per edit on the whole map).
            self._ids = dict(zip(map(_card_id, self), range(len(self)), strict=True))
            self._cells = None
            self._asked = 0
            self._indexed = self._version

    def position(self, card_id: str) -> int | None:
        """Where the card with this id is in the list, or None."""
        self._fresh()
        return self._ids.get(card_id)

    def positions(self) -> dict[str, int]:
        """Every card id and its position (read it, do not change it)."""
        self._fresh()
        return self._ids

    def cell_positions(self, cell: Cell) -> list[int]:
        """The positions of a cell's cards, in order (read it, do not change it). The first
        cell asked for after a change costs one scan for that cell; the second builds the
        index of every cell (a paste or an import asks for many)."""
        self._fresh()
        if self._cells is None:
            self._asked += 1
            if self._asked == 1:
                persona, lane, stage = cell
                # Plain attribute tests: building a tuple per card costs more than the scan.
                return [
                    position
                    for position, card in enumerate(self)
                    if card.stage == stage and card.lane == lane and card.persona == persona
                ]
            cells: dict[Cell, list[int]] = {}
            for position, card in enumerate(self):
                key = (card.persona, card.lane, card.stage)
                found = cells.get(key)
                if found is None:
                    cells[key] = [position]
                else:
                    found.append(position)
            self._cells = cells
        return self._cells.get(cell, [])

    # --- every way a list changes ------------------------------------------------------------

    def _changed(self) -> None:
        self._version += 1

    def __setitem__(self, index: Any, value: Any) -> None:
        if isinstance(index, int) and self._indexed == self._version:
            # One card replaced by its new version (an edit of its fields, a keystroke in the
            # inspector): the positions hold; the cells only if it stayed in its cell.
            old = self[index]
            super().__setitem__(index, value)
            if getattr(value, "id", None) != old.id:
                self._changed()
            elif (value.persona, value.lane, value.stage) != (old.persona, old.lane, old.stage):
                self._cells = None
            return
        self._changed()
        super().__setitem__(index, value)

    def __delitem__(self, index: Any) -> None:
        self._changed()
        super().__delitem__(index)

    def __iadd__(self, other: Iterable[Card]):  # type: ignore[override]
        self._changed()
        return super().__iadd__(other)

    def __imul__(self, times: SupportsIndex):  # type: ignore[override]
        self._changed()
        return super().__imul__(times)

    def append(self, card: Card) -> None:
        self._changed()
        super().append(card)

    def extend(self, cards: Iterable[Card]) -> None:
        self._changed()
        super().extend(cards)

    def insert(self, index: SupportsIndex, card: Card) -> None:
        self._changed()
        super().insert(index, card)

    def pop(self, index: SupportsIndex = -1) -> Card:
        self._changed()
        return super().pop(index)

    def remove(self, card: Card) -> None:
        self._changed()
        super().remove(card)

    def clear(self) -> None:
        self._changed()
        super().clear()

    def sort(self, *args: Any, **kwargs: Any) -> None:
        self._changed()
        super().sort(*args, **kwargs)

    def reverse(self) -> None:
        self._changed()
        super().reverse()
