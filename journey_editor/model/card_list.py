"""The project's cards: a list that knows where each card is, so finding one costs a lookup.

`Project.cards` stays a list (the file's order, the order of a cell's cards), but every change
to it — through any list method, by any module — is seen. The id → card map is kept up to
date by each one-card change (a move, an edit, an add: no pass over the map). Positions shift
with every insertion, so they are found, just after a change, by a C-level scan for the very
card (no Python code per card: about 1 ms at 50,000 cards), and indexed whole only when many
are asked for (a paste, an import). Cards themselves are never changed in place (edits
replace them: see `edits/`), so an index of the list is an index of the cards.

The index lives on the list, not on the Project: a pydantic private attribute would take part
in `Project ==` and would have to be kept in step through `model_copy`; a list that carries
its own index is copied, pickled and compared as a list.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, count, repeat
from operator import attrgetter, is_
from typing import Any, SupportsIndex

from journey_editor.model.entities import Card

Cell = tuple[str, str, str]
QUICK_LOOKUPS = 8  # positions found by a scan after a change before every one is indexed
_card_id = attrgetter("id")
_card_stage = attrgetter("stage")


class CardList(list):
    __slots__ = ("_asked", "_by_id", "_cells", "_ids", "_indexed", "_looked", "_version")

    def __init__(self, cards: Iterable[Card] = ()) -> None:
        super().__init__(cards)
        self._version = 0
        self._indexed = -1
        self._ids: dict[str, int] = {}
        self._cells: dict[Cell, list[int]] | None = None
        self._asked = 0  # cells asked for since the last change
        self._looked = 0  # positions asked for since the last change
        # id → card, kept up to date by every one-card change (None: made again when asked)
        self._by_id: dict[str, Card] | None = None

    def __reduce_ex__(self, protocol: SupportsIndex):
        # Copies and pickles are made from the cards alone, through __init__.
        return (CardList, (list(self),))

    # --- the index -------------------------------------------------------------------------

    def _fresh(self) -> None:
        if self._indexed != self._version:
            # C-level: no Python code per card.
            self._ids = dict(zip(map(_card_id, self), range(len(self)), strict=True))
            self._cells = None
            self._asked = 0
            self._indexed = self._version

    def card(self, card_id: str) -> Card | None:
        """The card with this id, or None: a lookup, whatever changed since (ids are unique
        in a map: the model's checks and every edit see to it)."""
        by_id = self._by_id
        if by_id is None:
            by_id = self._by_id = dict(zip(map(_card_id, self), self, strict=True))
        return by_id.get(card_id)

    def position(self, card_id: str) -> int | None:
        """Where the card with this id is in the list, or None. Just after a change, a few
        lookups each find their card by identity in one C-level pass (no Python code per card:
        an edit that moves one card of 50,000 does not pay for indexing them all); more
        lookups build the index of every position."""
        if self._indexed == self._version:
            return self._ids.get(card_id)
        card = self.card(card_id)
        if card is None:
            return None
        self._looked += 1
        if self._looked <= QUICK_LOOKUPS:
            return next(compress(count(), map(is_, self, repeat(card))), None)
        self._fresh()
        return self._ids.get(card_id)

    def positions(self) -> dict[str, int]:
        """Every card id and its position (read it, do not change it)."""
        self._fresh()
        return self._ids

    def cell_positions(self, cell: Cell) -> list[int]:
        """The positions of a cell's cards, in order (read it, do not change it). The first
        cell asked for after a change costs one scan for that cell (C-level on the stage, then
        the few cards of that stage); the second builds the index of every cell (a paste or an
        import asks for many)."""
        if self._indexed == self._version and self._cells is not None:
            return self._cells.get(cell, [])
        self._asked += 1
        if self._asked == 1:
            persona, lane, stage = cell
            same_stage = compress(count(), map(stage.__eq__, map(_card_stage, self)))
            return [
                position
                for position in same_stage
                if self[position].lane == lane and self[position].persona == persona
            ]
        self._fresh()
        self._asked = 2
        if self._cells is None:
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
        self._looked = 0
        self._asked = 0

    def _gone(self, card: Card) -> None:
        by_id = self._by_id
        if by_id is not None and by_id.get(card.id) is card:
            del by_id[card.id]

    def _came(self, card: Card) -> None:
        if self._by_id is not None:
            self._by_id[card.id] = card

    def __setitem__(self, index: Any, value: Any) -> None:
        if not isinstance(index, int):
            self._changed()
            self._by_id = None
            super().__setitem__(index, value)
            return
        old = self[index]
        super().__setitem__(index, value)
        self._gone(old)
        self._came(value)
        if self._indexed == self._version:
            # One card replaced by its new version (an edit of its fields, a keystroke in the
            # inspector): the positions hold; the cells only if it stayed in its cell.
            if getattr(value, "id", None) != old.id:
                self._changed()
            elif (value.persona, value.lane, value.stage) != (old.persona, old.lane, old.stage):
                self._cells = None
            return
        self._changed()

    def __delitem__(self, index: Any) -> None:
        self._changed()
        if isinstance(index, int):
            self._gone(self[index])
        else:
            self._by_id = None
        super().__delitem__(index)

    def __iadd__(self, other: Iterable[Card]):  # type: ignore[override]
        self._changed()
        self._by_id = None
        return super().__iadd__(other)

    def __imul__(self, times: SupportsIndex):  # type: ignore[override]
        self._changed()
        self._by_id = None
        return super().__imul__(times)

    def append(self, card: Card) -> None:
        self._changed()
        super().append(card)
        self._came(card)

    def extend(self, cards: Iterable[Card]) -> None:
        self._changed()
        self._by_id = None
        super().extend(cards)

    def insert(self, index: SupportsIndex, card: Card) -> None:
        self._changed()
        super().insert(index, card)
        self._came(card)

    def pop(self, index: SupportsIndex = -1) -> Card:
        self._changed()
        card = super().pop(index)
        self._gone(card)
        return card

    def remove(self, card: Card) -> None:
        self._changed()
        self._by_id = None  # removes the first equal card, not necessarily this very one
        super().remove(card)

    def clear(self) -> None:
        self._changed()
        self._by_id = None
        super().clear()

    def sort(self, *args: Any, **kwargs: Any) -> None:
        self._changed()
        super().sort(*args, **kwargs)

    def reverse(self) -> None:
        self._changed()
        super().reverse()
