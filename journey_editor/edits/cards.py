"""Edits of the cards themselves: add one in a cell, delete some (with links), change one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from journey_editor.edits.base import Change, EditError
from journey_editor.edits.labels import counted, named, update_label
from journey_editor.edits.lookup import find_card
from journey_editor.edits.namespace import Namespace
from journey_editor.edits.positions import cell_insertion_point, check_index, insertion_index
from journey_editor.edits.removal import Removed, check_put_back, put_back, take_cards
from journey_editor.edits.validation import ID_IS_FIXED, read_only, validated_new, validated_update
from journey_editor.model import Card, Project
from journey_editor.model.card_list import QUICK_LOOKUPS


def card_ids_tuple(card_ids: Iterable[str]) -> tuple[str, ...]:
    # A list or a set from the selection would make the edit mutable or unordered.
    return (card_ids,) if isinstance(card_ids, str) else tuple(card_ids)


def existing_cards(project: Project, card_ids: tuple[str, ...], verb: str) -> list[Card]:
    """The named cards in their order in the map; refuses none, unknown or repeated ids."""
    return [project.cards[position] for position in existing_positions(project, card_ids, verb)]


def existing_positions(project: Project, card_ids: tuple[str, ...], verb: str) -> list[int]:
    """The positions of the named cards in the map, ascending; refuses none, unknown or
    repeated ids."""
    if not card_ids:
        raise EditError("card", None, None, f"no card given to {verb}")
    if len(set(card_ids)) != len(card_ids):
        repeated = next(i for i in card_ids if card_ids.count(i) > 1)
        raise EditError("card", repeated, None, f"named twice in the cards to {verb}")
    cards = project.card_list()
    # A few cards (a drag, an edit): each found on its own; many: the whole index at once.
    index = cards.positions() if len(card_ids) > QUICK_LOOKUPS else None
    positions = []
    for card_id in card_ids:
        position = index.get(card_id) if index is not None else cards.position(card_id)
        if position is None:
            raise EditError("card", card_id, None, "does not exist")
        positions.append(position)
    positions.sort()
    return positions


@dataclass(frozen=True)
class AddCard:
    """A new card, `index`-th among the cards of its cell (0: first; None or past the end: last)."""

    card: Card
    index: int | None = None

    def apply(self, project: Project) -> Change:
        card = validated_new(Card, self.card, "card")
        check_index(self.index, "card", card.id)
        Namespace.of(project).add_card(card)
        project.cards.insert(cell_insertion_point(project.cards, card.cell, self.index), card)
        return Change(
            RemoveCards((card.id,)), frozenset({card.id}), False, f"Add {named('card', card)}"
        )


@dataclass(frozen=True)
class RemoveCards:
    """Delete cards and every link touching them."""

    card_ids: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "card_ids", card_ids_tuple(self.card_ids))

    def apply(self, project: Project) -> Change:
        cards = existing_cards(project, self.card_ids, "delete")
        removed = take_cards(project, set(self.card_ids))
        return Change(RestoreCards(removed), removed.ids, False, f"Delete {counted('card', cards)}")


@dataclass(frozen=True)
class RestoreCards:
    """The inverse of RemoveCards: the cards and their links back at their former positions."""

    removed: Removed

    def apply(self, project: Project) -> Change:
        check_put_back(Namespace.of(project), project, self.removed)
        put_back(project, self.removed)
        return Change(
            RemoveCards(self.removed.card_ids),
            self.removed.ids,
            False,
            f"Restore {counted('card', [card for _, card in self.removed.cards])}",
        )


@dataclass(frozen=True)
class UpdateCard:
    """Change some fields of a card; never its id.

    Changing persona, lane or stage here keeps the card's place in the flat list; use
    MoveCards to choose its position in the new cell.
    """

    card_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", read_only(self.changes))

    def apply(self, project: Project) -> Change:
        index, old = find_card(project, self.card_id)
        new, former = validated_update(Card, old, self.changes, "card", {"id": ID_IS_FIXED})
        Namespace.references_of(project).check_card(new)
        project.cards[index] = new
        return Change(
            UpdateCard(old.id, former),
            frozenset({old.id}),
            False,
            update_label("card", old, self.changes),
        )


@dataclass(frozen=True)
class AddCards:
    """Several new cards as one edit, in one pass over the map (a paste, an import into an
    open map): the cards of each cell land together, in their order here, `index`-th among
    that cell's cards (None or past the end: after its last card; an empty cell: at the end
    of the map, cells in the order they first appear here). The same as one AddCard per card
    in turn at `index`, `index + 1` …, without the cost of one pass over the map per card."""

    cards: tuple[Card, ...]
    index: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "cards", tuple(self.cards))

    def apply(self, project: Project) -> Change:
        if not self.cards:
            raise EditError("card", None, None, "no card given to add")
        check_index(self.index, "card", self.cards[0].id)
        cards = [validated_new(Card, card, "card") for card in self.cards]
        names = Namespace.of(project)
        for card in cards:
            names.add_card(card)
        groups: dict[tuple[str, str, str], list[Card]] = {}
        for card in cards:
            groups.setdefault(card.cell, []).append(card)
        existing = project.card_list()
        count = len(existing)
        if len(groups) > 1:
            existing.positions()  # many cells: index every position once, then each is quick
        # (flat point, rule, order of appearance) → the cards there. At one point, the cards
        # after a cell's last card come first, then those before a cell's first card, then
        # those of empty cells (at the map's end), as one AddCard after another would have it.
        landing: list[tuple[int, int, int, list[Card]]] = []
        for order, (cell, group) in enumerate(groups.items()):
            positions = existing.cell_positions(cell)
            rank = insertion_index(self.index, len(positions))
            if rank < len(positions):
                landing.append((positions[rank], 1, order, group))
            elif positions:
                landing.append((positions[-1] + 1, 0, order, group))
            else:
                landing.append((count, 2, order, group))
        landing.sort(key=lambda entry: entry[:3])
        merged: list[Card] = []
        start = 0
        for point, _, _, group in landing:
            merged.extend(existing[start:point])
            merged.extend(group)
            start = point
        merged.extend(existing[start:])
        project.cards[:] = merged
        return Change(
            RemoveCards(tuple(card.id for card in cards)),
            frozenset(card.id for card in cards),
            False,
            f"Add {counted('card', cards)}",
        )
