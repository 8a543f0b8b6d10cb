"""Edits of the cards themselves: add one in a cell, delete some (with links), change one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from journey_editor.edits.base import Change, EditError
from journey_editor.edits.labels import counted, named, update_label
from journey_editor.edits.lookup import find_card
from journey_editor.edits.namespace import Namespace
from journey_editor.edits.positions import cell_insertion_point, check_index
from journey_editor.edits.removal import Removed, check_put_back, put_back, take_cards
from journey_editor.edits.validation import ID_IS_FIXED, read_only, validated_new, validated_update
from journey_editor.model import Card, Project


def card_ids_tuple(card_ids: Iterable[str]) -> tuple[str, ...]:
    # A list or a set from the selection would make the edit mutable or unordered.
    return (card_ids,) if isinstance(card_ids, str) else tuple(card_ids)


def existing_cards(project: Project, card_ids: tuple[str, ...], verb: str) -> list[Card]:
    """The named cards in their order in the map; refuses none, unknown or repeated ids."""
    if not card_ids:
        raise EditError("card", None, None, f"no card given to {verb}")
    if len(set(card_ids)) != len(card_ids):
        repeated = next(i for i in card_ids if card_ids.count(i) > 1)
        raise EditError("card", repeated, None, f"named twice in the cards to {verb}")
    return [project.cards[position] for position in existing_positions(project, card_ids)]


def existing_positions(project: Project, card_ids: tuple[str, ...]) -> list[int]:
    """The positions of the named cards in the map, ascending; refuses an unknown id."""
    index = project.card_list().positions()
    positions = []
    for card_id in card_ids:
        position = index.get(card_id)
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
