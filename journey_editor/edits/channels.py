"""Edits of the channel catalogue (website, store, email …) that cards refer to.

Channel ids live in their own namespace, apart from stages, personas, lanes, cards and links.
A Change's `touched` also lists the cards whose channel is affected, since their look changes.
Reordering (`MoveChannel`) and merging one channel into another (`MergeChannels`, undone by
`UnmergeChannels`) serve the channel catalogue editor.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from journey_editor.edits.base import Change, EditError
from journey_editor.edits.labels import named, update_label
from journey_editor.edits.lookup import find_card, find_channel
from journey_editor.edits.positions import (
    check_index,
    check_restore_index,
    insertion_index,
    move_index,
    move_item,
)
from journey_editor.edits.validation import ID_IS_FIXED, read_only, validated_new, validated_update
from journey_editor.model import Channel, Project


def _cards_using(project: Project, channel_id: str) -> tuple[str, ...]:
    return tuple(card.id for card in project.cards if card.channel == channel_id)


def _claim_channel_id(project: Project, channel: Channel) -> None:
    if any(existing.id == channel.id for existing in project.channels):
        raise EditError("channel", channel.id, "id", "this id is already used by a channel")


@dataclass(frozen=True)
class AddChannel:
    """A new channel at `index` in the catalogue (None: last)."""

    channel: Channel
    index: int | None = None

    def apply(self, project: Project) -> Change:
        channel = validated_new(Channel, self.channel, "channel")
        check_index(self.index, "channel", channel.id)
        _claim_channel_id(project, channel)
        project.channels.insert(insertion_index(self.index, len(project.channels)), channel)
        return Change(
            RemoveChannel(channel.id),
            frozenset({channel.id}),
            False,
            f"Add {named('channel', channel)}",
        )


@dataclass(frozen=True)
class RemoveChannel:
    """Delete a channel from the catalogue; the cards on it keep their place, without channel."""

    channel_id: str

    def apply(self, project: Project) -> Change:
        index, channel = find_channel(project, self.channel_id)
        users = _cards_using(project, channel.id)
        for position, card in enumerate(project.cards):
            if card.channel == channel.id:
                project.cards[position] = card.model_copy(update={"channel": None})
        del project.channels[index]
        return Change(
            RestoreChannel(index, channel, users),
            frozenset({channel.id, *users}),
            False,
            f"Delete {named('channel', channel)}",
        )


@dataclass(frozen=True)
class RestoreChannel:
    """The inverse of RemoveChannel: the channel at its place, and back on the cards it was on."""

    index: int
    channel: Channel
    card_ids: tuple[str, ...] = ()

    def apply(self, project: Project) -> Change:
        channel = validated_new(Channel, self.channel, "channel")
        check_restore_index(self.index, len(project.channels), "channel", channel.id)
        _claim_channel_id(project, channel)
        positions = [find_card(project, card_id)[0] for card_id in self.card_ids]
        for position in positions:
            card = project.cards[position]
            if card.channel is not None:
                # Overwriting it would make the inverse clear a channel it did not set.
                raise EditError("card", card.id, "channel", f'already on "{card.channel}"')
        project.channels.insert(self.index, channel)
        for position in positions:
            project.cards[position] = project.cards[position].model_copy(
                update={"channel": channel.id}
            )
        return Change(
            RemoveChannel(channel.id),
            frozenset({channel.id, *self.card_ids}),
            False,
            f"Restore {named('channel', channel)}",
        )


@dataclass(frozen=True)
class UpdateChannel:
    """Change a channel's label, colour, icon or kind; never its id (cards refer to it)."""

    channel_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", read_only(self.changes))

    def apply(self, project: Project) -> Change:
        index, old = find_channel(project, self.channel_id)
        new, former = validated_update(Channel, old, self.changes, "channel", {"id": ID_IS_FIXED})
        project.channels[index] = new
        return Change(
            UpdateChannel(old.id, former),
            frozenset({old.id, *_cards_using(project, old.id)}),
            False,
            update_label("channel", old, self.changes),
        )


@dataclass(frozen=True)
class MoveChannel:
    """Reorder: the channel ends at `index` in the catalogue (clamped; None: last). The palette
    lists each kind's channels in catalogue order."""

    channel_id: str
    index: int | None

    def apply(self, project: Project) -> Change:
        source, channel = find_channel(project, self.channel_id)
        check_index(self.index, "channel", channel.id)
        move_item(project.channels, source, move_index(self.index, len(project.channels)))
        return Change(
            MoveChannel(channel.id, source),
            frozenset({channel.id}),
            False,
            f"Move {named('channel', channel)}",
        )


@dataclass(frozen=True)
class MergeChannels:
    """Every card on `source_id` moves to `target_id`, and `source_id` leaves the catalogue:
    one step. Links are untouched (they join cards, not channels)."""

    source_id: str
    target_id: str

    def apply(self, project: Project) -> Change:
        index, source = find_channel(project, self.source_id)
        _, target = find_channel(project, self.target_id)
        if source.id == target.id:
            raise EditError("channel", source.id, None, "cannot be merged into itself")
        moved = _cards_using(project, source.id)
        for position, card in enumerate(project.cards):
            if card.channel == source.id:
                project.cards[position] = card.model_copy(update={"channel": target.id})
        del project.channels[index]
        return Change(
            UnmergeChannels(index, source, target.id, moved),
            frozenset({source.id, target.id, *moved}),
            False,
            f"Merge {named('channel', source)} into {named('channel', target)}",
        )


@dataclass(frozen=True)
class UnmergeChannels:
    """The inverse of MergeChannels: `channel` back at `index`, and `card_ids` from
    `target_id` back onto it."""

    index: int
    channel: Channel
    target_id: str
    card_ids: tuple[str, ...] = ()

    def apply(self, project: Project) -> Change:
        channel = validated_new(Channel, self.channel, "channel")
        check_restore_index(self.index, len(project.channels), "channel", channel.id)
        _claim_channel_id(project, channel)
        _, target = find_channel(project, self.target_id)
        positions = [find_card(project, card_id)[0] for card_id in self.card_ids]
        for position in positions:
            card = project.cards[position]
            if card.channel != target.id:
                # Only the cards the merge moved, still where it put them, go back.
                raise EditError("card", card.id, "channel", f'is not on "{target.id}"')
        project.channels.insert(self.index, channel)
        for position in positions:
            project.cards[position] = project.cards[position].model_copy(
                update={"channel": channel.id}
            )
        return Change(
            MergeChannels(channel.id, target.id),
            frozenset({channel.id, target.id, *self.card_ids}),
            False,
            f"Split {named('channel', channel)} from {named('channel', target)}",
        )
