"""Moving and copying cards to a position in a cell, as a drag and drop does."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from journey_editor.edits.base import Change, EditError
from journey_editor.edits.cards import (
    RemoveCards,
    card_ids_tuple,
    existing_cards,
    existing_positions,
)
from journey_editor.edits.labels import counted
from journey_editor.edits.namespace import Namespace
from journey_editor.edits.positions import (
    card_position,
    cell_insertion_point,
    check_index,
    check_restore_index,
    insertion_index,
)
from journey_editor.edits.validation import validated
from journey_editor.model import Card, Project

# (card id, persona, lane, stage)
CardCell = tuple[str, str, str, str]


@dataclass(frozen=True)
class MoveCards:
    """Move cards to (persona, lane, stage), landing together at `index` in that cell.

    The cards keep their relative order in the map. `index` counts the target cell's cards
    that are not being moved (0: first; None or past the end: last), so dropping a card just
    below itself is a no-op. The lane must belong to the persona.
    """

    card_ids: tuple[str, ...]
    persona: str
    lane: str
    stage: str
    index: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "card_ids", card_ids_tuple(self.card_ids))

    def apply(self, project: Project) -> Change:
        positions = existing_positions(project, self.card_ids, "move")
        cards = [project.cards[position] for position in positions]
        check_index(self.index, "card", cards[0].id)
        cell = {"persona": self.persona, "lane": self.lane, "stage": self.stage}
        moved = [card.model_copy(update=cell) for card in cards]
        names = Namespace.references_of(project)
        for card in moved:
            names.check_card(card)
        # Where the cards land, counted among the cards that stay, found before anything moves:
        # next to one card of the target cell, the only other position looked up.
        target = (self.persona, self.lane, self.stage)
        moving = set(self.card_ids)
        staying_in_cell = [
            card for card in project.card_list().cell_cards(target) if card.id not in moving
        ]
        rank = insertion_index(self.index, len(staying_in_cell))
        if rank < len(staying_in_cell):
            point = card_position(project, staying_in_cell[rank])
        elif staying_in_cell:
            point = card_position(project, staying_in_cell[-1]) + 1
        else:
            point = len(project.cards)
        point -= bisect_left(positions, point)  # the moved cards before it leave first
        inverse = PutCardsBack(
            tuple(
                (card.id, position, *card.cell)
                for card, position in zip(cards, positions, strict=True)
            ),
            len(project.cards),
        )
        for position in reversed(positions):
            del project.cards[position]
        project.cards[point:point] = moved
        return Change(inverse, frozenset(self.card_ids), False, f"Move {counted('card', cards)}")


@dataclass(frozen=True)
class PutCardsBack:
    """Put cards back where they were: each at its former position in the map and in its
    former cell. The inverse of MoveCards (and of itself).

    It records the moved cards only (id, position, cell), not the map's whole order: taking
    the moved cards out of the map leaves the others in their former order, and putting each
    back at its former position, lowest first, restores the order exactly.
    """

    places: tuple[tuple[str, int, str, str, str], ...]  # ascending positions
    total: int  # the map's number of cards: another count means another map

    def apply(self, project: Project) -> Change:
        if len(project.cards) != self.total:
            raise EditError("card", None, None, "the map's cards changed; cannot restore order")
        ids = tuple(card_id for card_id, *_ in self.places)
        now = existing_positions(project, ids, "move")
        total = len(project.cards)
        names = Namespace.references_of(project)
        back = []
        for card_id, position, persona, lane, stage in self.places:
            check_restore_index(position, total - len(ids) + len(back), "card", card_id)
            card = project.card(card_id)
            if card.cell != (persona, lane, stage):
                card = card.model_copy(update={"persona": persona, "lane": lane, "stage": stage})
                names.check_card(card)
            back.append((position, card))
        inverse = PutCardsBack(
            tuple(
                (card.id, position, *card.cell)
                for position, card in ((position, project.cards[position]) for position in now)
            ),
            total,
        )
        for position in reversed(now):
            del project.cards[position]
        for position, card in back:
            project.cards.insert(position, card)
        cards = [card for _, card in back]
        return Change(inverse, frozenset(ids), False, f"Move {counted('card', cards)}")


@dataclass(frozen=True)
class RestoreCardOrder:
    """Put the cards in `order` and give the listed cards back their cells.

    The inverse of MoveCards (and of itself): a move can reshuffle the flat list in ways no
    single re-insertion undoes, so the exact former order is recorded instead.
    """

    order: tuple[str, ...]
    cells: tuple[CardCell, ...]

    @classmethod
    def capture(cls, project: Project, card_ids: Iterable[str]) -> RestoreCardOrder:
        wanted = set(card_ids)
        return cls(
            tuple(card.id for card in project.cards),
            tuple((c.id, *c.cell) for c in project.cards if c.id in wanted),
        )

    def apply(self, project: Project) -> Change:
        by_id = {card.id: card for card in project.cards}
        if len(self.order) != len(project.cards) or set(self.order) != set(by_id):
            raise EditError("card", None, None, "the map's cards changed; cannot restore order")
        names = Namespace.references_of(project)
        placed = {}
        for card_id, persona, lane, stage in self.cells:
            if card_id not in by_id:
                raise EditError("card", card_id, None, "does not exist")
            card = by_id[card_id]
            if card.cell != (persona, lane, stage):
                card = card.model_copy(update={"persona": persona, "lane": lane, "stage": stage})
                names.check_card(card)
            placed[card_id] = card
        inverse = RestoreCardOrder.capture(project, placed)
        by_id.update(placed)
        project.cards[:] = [by_id[card_id] for card_id in self.order]
        cards = [by_id[card_id] for card_id, *_ in self.cells]
        return Change(inverse, frozenset(placed), False, f"Move {counted('card', cards)}")


@dataclass(frozen=True)
class CopyCards:
    """Copies of cards in (persona, lane, stage), together at `index` in that cell.

    `new_ids[i]` is the id of the copy of `card_ids[i]`; the caller picks them so a redo makes
    the very same objects. The copies keep the originals' relative order in the map; links are
    not copied.
    """

    card_ids: tuple[str, ...]
    persona: str
    lane: str
    stage: str
    index: int | None
    new_ids: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "card_ids", card_ids_tuple(self.card_ids))
        object.__setattr__(self, "new_ids", card_ids_tuple(self.new_ids))

    def apply(self, project: Project) -> Change:
        cards = existing_cards(project, self.card_ids, "copy")
        if len(self.new_ids) != len(self.card_ids):
            raise EditError(
                "card",
                None,
                "id",
                f"{len(self.card_ids)} cards to copy but {len(self.new_ids)} new ids",
            )
        check_index(self.index, "card", cards[0].id)
        new_id_of = dict(zip(self.card_ids, self.new_ids, strict=True))
        cell = {"persona": self.persona, "lane": self.lane, "stage": self.stage}
        copies = [
            validated(Card, card.model_dump() | cell | {"id": new_id_of[card.id]}, "card")
            for card in cards
        ]
        names = Namespace.of(project)
        for copy in copies:
            names.add_card(copy)
        point = cell_insertion_point(
            project.cards, (self.persona, self.lane, self.stage), self.index
        )
        project.cards[point:point] = copies
        return Change(
            RemoveCards(tuple(copy.id for copy in copies)),
            frozenset(copy.id for copy in copies),
            False,
            f"Copy {counted('card', cards)}",
        )
