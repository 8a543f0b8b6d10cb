"""The project's cards: a list that knows where each card is, so finding one costs a lookup.

`Project.cards` stays a list (the file's order, the order of a cell's cards), but every change
to it — through any list method, by any module — is seen. Two indexes are kept up to date by
each change of one card or of one block of cards bound for one cell (a move, an edit, an add,
their undos), so an edit costs what it touches, not the size of the map:

- id → card;
- cell → its cards, in order (a card inserted next to a card of its cell, or into an empty
  cell, knows its rank there).

Positions shift with every insertion, so they are not kept: just after a change, a position is
found by a C-level scan for the very card (no Python code per card: about a millisecond at
50,000 cards), and all of them are indexed at once only when many are asked for (a paste, an
import). A change the indexes cannot follow cheaply (a sort, a slice replaced) drops them:
they are made again, in one pass, when next asked for.

Cards themselves are never changed in place (edits replace them: see `edits/`), so an index of
the list is an index of the cards; ids are unique in a map (the model's checks and every edit
see to it).

The index lives on the list, not on the Project: a pydantic private attribute would take part
in `Project ==` and would have to be kept in step through `model_copy`; a list that carries
its own index is copied, pickled and compared as a list.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, count, islice, repeat
from operator import attrgetter, is_
from typing import Any, SupportsIndex

from journey_editor.model.entities import Card

Cell = tuple[str, str, str]
QUICK_LOOKUPS = 8  # positions found by a scan after a change before every one is indexed
STALE_CELLS = 16  # cells made again one by one before the whole cell index is
_card_id = attrgetter("id")
_card_stage = attrgetter("stage")


def _rank(cards: list[Card], card: Card) -> int | None:
    """Where this very card is in `cards` (by identity: equal cards may be several)."""
    return next(compress(count(), map(is_, cards, repeat(card))), None)


class CardList(list):
    __slots__ = ("_by_cell", "_by_id", "_ids", "_indexed", "_looked", "_stale", "_version")

    def __init__(self, cards: Iterable[Card] = ()) -> None:
        super().__init__(cards)
        self._version = 0
        self._indexed = -1
        self._ids: dict[str, int] = {}
        self._looked = 0  # positions asked for since the last change
        # Kept up to date by the changes they can follow; None: made again when asked for.
        self._by_id: dict[str, Card] | None = None
        self._by_cell: dict[Cell, list[Card]] | None = None
        # Cells whose list a change could not follow (a card put back where no neighbour was
        # of its cell): each made again on its own, by a scan, when next asked for.
        self._stale: set[Cell] = set()

    def __reduce_ex__(self, protocol: SupportsIndex):
        # Copies and pickles are made from the cards alone, through __init__.
        return (CardList, (list(self),))

    # --- answers -------------------------------------------------------------------------------

    def card(self, card_id: str) -> Card | None:
        """The card with this id, or None."""
        by_id = self._by_id
        if by_id is None:
            by_id = self._by_id = dict(zip(map(_card_id, self), self, strict=True))
        return by_id.get(card_id)

    def cell_cards(self, cell: Cell) -> list[Card]:
        """A cell's cards, in order (read it, do not change it)."""
        by_cell = self._cells()
        if cell in self._stale:
            self._stale.discard(cell)
            persona, lane, stage = cell
            # C-level on the stage, then the few cards of that stage.
            cards = [
                card
                for card in compress(self, map(stage.__eq__, map(_card_stage, self)))
                if card.lane == lane and card.persona == persona
            ]
            if cards:
                by_cell[cell] = cards
            else:
                by_cell.pop(cell, None)
        return by_cell.get(cell, [])

    def cell_index(self) -> dict[Cell, list[Card]]:
        """Every non-empty cell and its cards, in order (read it, do not change it): for
        looking up many cells without a call for each."""
        for cell in list(self._stale):
            self.cell_cards(cell)
        return self._cells()

    def _cells(self) -> dict[Cell, list[Card]]:
        by_cell = self._by_cell
        if by_cell is None:
            by_cell = self._by_cell = {}
            for card in self:
                key = (card.persona, card.lane, card.stage)
                found = by_cell.get(key)
                if found is None:
                    by_cell[key] = [card]
                else:
                    found.append(card)
        return by_cell

    def position(self, card_id: str) -> int | None:
        """Where the card with this id is in the list, or None. Just after a change, a few
        lookups each find their card by identity in one C-level pass; more build the index of
        every position."""
        if self._indexed == self._version:
            return self._ids.get(card_id)
        card = self.card(card_id)
        if card is None:
            return None
        self._looked += 1
        if self._looked <= QUICK_LOOKUPS:
            return _rank(self, card)
        return self.positions().get(card_id)

    def position_of(self, card: Card, start: int = 0) -> int | None:
        """Where this very card is, looking from `start` on."""
        if self._indexed == self._version:
            found = self._ids.get(card.id)
            return found if found is not None and found >= start and self[found] is card else None
        found = next(
            compress(count(start), map(is_, islice(self, start, None), repeat(card))), None
        )
        return found

    def positions(self) -> dict[str, int]:
        """Every card id and its position (read it, do not change it)."""
        if self._indexed != self._version:
            # C-level: no Python code per card.
            self._ids = dict(zip(map(_card_id, self), range(len(self)), strict=True))
            self._indexed = self._version
        return self._ids

    def cell_positions(self, cell: Cell) -> list[int]:
        """The positions of a cell's cards, in order: with the index of every position when it
        is up to date, else by scanning on from each card to the next (one pass at most)."""
        cards = self.cell_cards(cell)
        if self._indexed == self._version:
            ids = self._ids
            return [ids[card.id] for card in cards]
        found: list[int] = []
        start = 0
        for card in cards:
            position = self.position_of(card, start)
            if position is None:  # cannot happen while the indexes are right: be safe
                self._drop()
                return [i for i, other in enumerate(self) if other.cell == cell]
            found.append(position)
            start = position + 1
        return found

    # --- following one change ------------------------------------------------------------------

    def _changed(self) -> None:
        self._version += 1
        self._looked = 0

    def _drop(self) -> None:
        """A change the indexes do not follow: made again when next asked for."""
        self._changed()
        self._by_id = None
        self._by_cell = None
        self._stale.clear()

    def _lost(self, key: Cell) -> None:
        """One cell's list no longer follows: made again on its own when asked for."""
        if self._by_cell is not None:
            self._by_cell.pop(key, None)
            self._stale.add(key)
            if len(self._stale) > STALE_CELLS:
                self._by_cell = None
                self._stale.clear()

    def _gone(self, card: Card) -> None:
        by_id = self._by_id
        if by_id is not None and by_id.get(card.id) is card:
            del by_id[card.id]
        by_cell = self._by_cell
        key = card.cell
        if by_cell is None or key in self._stale:
            return
        cards = by_cell.get(key)
        rank = _rank(cards, card) if cards is not None else None
        if rank is None:
            self._lost(key)
        else:
            del cards[rank]
            if not cards:
                del by_cell[key]

    def _came(self, index: int, cards: list[Card]) -> None:
        """`cards` now sit at `index`… of the list: into the id map, and into their cell's list
        when they share a cell and a neighbour in the list says where in the cell they go."""
        by_id = self._by_id
        if by_id is not None:
            for card in cards:
                by_id[card.id] = card
        by_cell = self._by_cell
        if by_cell is None or not cards:
            return
        key = cards[0].cell
        if any(card.cell != key for card in cards[1:]):
            for other in {card.cell for card in cards}:
                self._lost(other)
            return
        if key in self._stale:
            return
        in_cell = by_cell.get(key)
        if in_cell is None:
            by_cell[key] = list(cards)
            return
        before = self[index - 1] if index > 0 else None
        end = index + len(cards)
        after = self[end] if end < len(self) else None
        rank = None
        if before is not None and before.cell == key:
            found = _rank(in_cell, before)
            rank = None if found is None else found + 1
        elif after is not None and after.cell == key:
            rank = _rank(in_cell, after)
        elif after is None:
            rank = len(in_cell)  # at the very end of the list: last of its cell
        if rank is None:
            self._lost(key)  # its cell's cards are elsewhere: no neighbour says where
        else:
            in_cell[rank:rank] = cards

    def __setitem__(self, index: Any, value: Any) -> None:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step == 1 and start == stop:  # an insertion: cards[i:i] = [...]
                cards = list(value)
                self._changed()
                super().__setitem__(index, cards)
                self._came(start, cards)
                return
            self._drop()
            super().__setitem__(index, value)
            return
        old = self[index]
        position = int(index) % len(self)
        same_place = self._indexed == self._version and getattr(value, "id", None) == old.id
        super().__setitem__(index, value)
        self._changed()
        if same_place:
            # One card replaced by its new version (an edit of its fields, a keystroke in the
            # inspector): the positions hold.
            self._indexed = self._version
        by_cell, key = self._by_cell, old.cell
        in_cell = by_cell.get(key) if by_cell is not None and key not in self._stale else None
        rank = _rank(in_cell, old) if in_cell is not None and value.cell == key else None
        if rank is not None:  # the same cell: the same rank in it
            in_cell[rank] = value
            if self._by_id is not None:
                if self._by_id.get(old.id) is old:
                    del self._by_id[old.id]
                self._by_id[value.id] = value
            return
        self._gone(old)
        self._came(position, [value])

    def __delitem__(self, index: Any) -> None:
        if isinstance(index, slice):
            self._drop()
            super().__delitem__(index)
            return
        card = self[index]
        self._changed()
        super().__delitem__(index)
        self._gone(card)

    def __iadd__(self, other: Iterable[Card]):  # type: ignore[override]
        self.extend(other)
        return self

    def __imul__(self, times: SupportsIndex):  # type: ignore[override]
        self._drop()
        return super().__imul__(times)

    def append(self, card: Card) -> None:
        self._changed()
        super().append(card)
        self._came(len(self) - 1, [card])

    def extend(self, cards: Iterable[Card]) -> None:
        cards = list(cards)
        self._changed()
        super().extend(cards)
        if self._by_id is not None:
            for card in cards:
                self._by_id[card.id] = card
        if self._by_cell is not None:
            for card in cards:  # at the end of the list: each the last of its cell
                key = card.cell
                if key not in self._stale:
                    self._by_cell.setdefault(key, []).append(card)

    def insert(self, index: SupportsIndex, card: Card) -> None:
        at = int(index)
        position = max(0, min(len(self), at if at >= 0 else len(self) + at))
        self._changed()
        super().insert(index, card)
        self._came(position, [card])

    def pop(self, index: SupportsIndex = -1) -> Card:
        self._changed()
        card = super().pop(index)
        self._gone(card)
        return card

    def remove(self, card: Card) -> None:
        self._drop()  # removes the first equal card, not necessarily this very one
        super().remove(card)

    def clear(self) -> None:
        self._drop()
        super().clear()

    def sort(self, *args: Any, **kwargs: Any) -> None:
        self._drop()
        super().sort(*args, **kwargs)

    def reverse(self) -> None:
        self._drop()
        super().reverse()
