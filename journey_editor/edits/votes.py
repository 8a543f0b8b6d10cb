"""Dot voting: a vote more or less on some cards, every vote cleared, and the exact way back.

`AddVotes` is what a key press does (V: +1 on each selected card, Shift+V: −1), clamped to
the votes a card may hold (0 … MAX_VOTES): a card already at the bound is left as it is, and
the edit refuses only when no card would change, so a press that changes nothing is no undo
step. `ClearVotes` takes every vote off the map (Map → Clear votes). Both are undone by
`SetVotes`, which puts back each card's former count, so undo is exact however the clamping
went.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from journey_editor.edits.base import Change, EditError
from journey_editor.edits.cards import card_ids_tuple, existing_cards
from journey_editor.edits.labels import counted
from journey_editor.model import Project
from journey_editor.model.types import VOTES_RANGE

LOWEST, HIGHEST = VOTES_RANGE


def _set(project: Project, counts: dict[str, int]) -> None:
    """Give each card of `counts` its count (ids checked by the caller); cards are frozen in
    spirit: a changed card is a new object, as every other edit does it."""
    for index, card in enumerate(project.cards):
        count = counts.get(card.id)
        if count is not None and count != card.votes:
            project.cards[index] = card.model_copy(update={"votes": count})


@dataclass(frozen=True)
class SetVotes:
    """Each named card gets exactly its count: the inverse of the other vote edits."""

    counts: tuple[tuple[str, int], ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", tuple((str(i), n) for i, n in self.counts))

    def apply(self, project: Project) -> Change:
        ids = tuple(card_id for card_id, _ in self.counts)
        cards = existing_cards(project, ids, "set the votes of")
        for card_id, count in self.counts:
            if isinstance(count, bool) or not isinstance(count, int):
                raise EditError("card", card_id, "votes", f"must be a whole number (got {count!r})")
            if not LOWEST <= count <= HIGHEST:
                raise EditError(
                    "card",
                    card_id,
                    "votes",
                    f"must be between {LOWEST} and {HIGHEST} (got {count})",
                )
        former = tuple((card.id, card.votes) for card in cards)
        _set(project, dict(self.counts))
        return Change(
            SetVotes(former), frozenset(ids), False, f"Set votes of {counted('card', cards)}"
        )


@dataclass(frozen=True)
class AddVotes:
    """`delta` votes more (or fewer, when negative) on each card, kept within 0 … MAX_VOTES."""

    card_ids: tuple[str, ...]
    delta: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "card_ids", card_ids_tuple(self.card_ids))

    def apply(self, project: Project) -> Change:
        verb = "vote on" if self.delta >= 0 else "take a vote from"
        cards = existing_cards(project, self.card_ids, verb)
        if isinstance(self.delta, bool) or not isinstance(self.delta, int) or self.delta == 0:
            raise EditError(
                "card",
                None,
                "votes",
                f"the change must be a whole number other than 0 (got {self.delta!r})",
            )
        counts = {card.id: max(LOWEST, min(HIGHEST, card.votes + self.delta)) for card in cards}
        changed = [card for card in cards if counts[card.id] != card.votes]
        if not changed:
            bound = "no votes" if self.delta < 0 else f"{HIGHEST} votes, the most a card holds"
            which = "the card has" if len(cards) == 1 else "every card has"
            raise EditError(
                "card", cards[0].id if len(cards) == 1 else None, "votes", f"{which} {bound}"
            )
        former = tuple((card.id, card.votes) for card in changed)
        _set(project, counts)
        ids = frozenset(card.id for card in changed)
        if self.delta > 0:
            label = (
                f"Add a vote to {counted('card', changed)}"
                if self.delta == 1
                else f"Add {self.delta} votes to {counted('card', changed)}"
            )
        else:
            label = (
                f"Remove a vote from {counted('card', changed)}"
                if self.delta == -1
                else f"Remove {-self.delta} votes from {counted('card', changed)}"
            )
        return Change(SetVotes(former), ids, False, label)


@dataclass(frozen=True)
class ClearVotes:
    """Every vote off the map (or off `card_ids` only). Refused when there is none to clear."""

    card_ids: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.card_ids is not None:
            object.__setattr__(self, "card_ids", card_ids_tuple(self.card_ids))

    def apply(self, project: Project) -> Change:
        if self.card_ids is None:
            cards = list(project.cards)
        else:
            cards = existing_cards(project, self.card_ids, "clear the votes of")
        voted = [card for card in cards if card.votes]
        if not voted:
            raise EditError("card", None, "votes", "there are no votes to clear")
        former = tuple((card.id, card.votes) for card in voted)
        _set(project, {card.id: 0 for card in voted})
        return Change(
            SetVotes(former),
            frozenset(card.id for card in voted),
            False,
            f"Clear the votes of {counted('card', voted)}",
        )


def total_votes(project: Project, card_ids: Iterable[str] | None = None) -> int:
    """How many votes the map (or those cards) holds in all."""
    if card_ids is None:
        return sum(card.votes for card in project.cards)
    wanted = set(card_ids)
    return sum(card.votes for card in project.cards if card.id in wanted)
