"""Taking cards (and the links that touch them) out of a project, and putting them back exactly."""

from __future__ import annotations

from dataclasses import dataclass

from journey_editor.edits.namespace import Namespace
from journey_editor.edits.positions import check_restore_index
from journey_editor.model import Card, Link, Project


@dataclass(frozen=True)
class Removed:
    """Cards and links taken out of a project, each with its former position in its list."""

    cards: tuple[tuple[int, Card], ...] = ()
    links: tuple[tuple[int, Link], ...] = ()

    @property
    def card_ids(self) -> tuple[str, ...]:
        return tuple(card.id for _, card in self.cards)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(self.card_ids) | {link.id for _, link in self.links}


def take_cards(project: Project, card_ids: set[str]) -> Removed:
    """Remove the cards and every link touching them; a link to nowhere would be dangling."""
    cards = tuple((i, card) for i, card in enumerate(project.cards) if card.id in card_ids)
    links = tuple(
        (i, link)
        for i, link in enumerate(project.links)
        if link.from_card in card_ids or link.to_card in card_ids
    )
    _delete_positions(project.links, [i for i, _ in links])
    _delete_positions(project.cards, [i for i, _ in cards])
    return Removed(cards, links)


def check_put_back(names: Namespace, project: Project, removed: Removed) -> None:
    """Refuse a restore that would not land exactly, or would break the project's integrity.

    `names` must already hold whatever the same edit restores around the cards (their stage,
    persona or lane); it is extended with the cards and links.
    """
    for rank, (index, card) in enumerate(removed.cards):
        check_restore_index(index, len(project.cards) + rank, "card", card.id)
        names.add_card(card)
    for rank, (index, link) in enumerate(removed.links):
        check_restore_index(index, len(project.links) + rank, "link", link.id)
        names.add_link(link)


def put_back(project: Project, removed: Removed) -> None:
    # Positions were recorded in ascending order; inserting in that order makes every earlier
    # neighbour already present, so each object lands at exactly its former index.
    for index, card in removed.cards:
        project.cards.insert(index, card.model_copy(deep=True))
    for index, link in removed.links:
        project.links.insert(index, link.model_copy(deep=True))


def _delete_positions(items: list, positions: list[int]) -> None:
    for position in reversed(positions):
        del items[position]
