"""The channel catalogue editor's verbs (Map ▸ Channels…, the palette's "+"), each one undo
step, like the verbs of `verbs.py`: add, rename, recolour, icon, digital / physical,
reorder, delete an unused channel, merge one channel into another.

A new channel's name is part of the map, so it is in the map's language (as a new stage's
is). Its first colour is the palette swatch farthest from the colours already used
(`most_distinct`), its icon the first one no channel has yet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_editor import i18n
from journey_editor.edits import (
    AddChannel,
    EditError,
    MergeChannels,
    MoveChannel,
    RemoveChannel,
    UpdateChannel,
)
from journey_editor.layout.colour_distance import most_distinct
from journey_editor.layout.icons import CHOOSABLE_ICONS
from journey_editor.model.channels import CHANNEL_SWATCHES
from journey_editor.model.entities import Channel
from journey_editor.model.ids import new_id
from journey_editor.model.project import Project
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.plurals import translate_count

NEW_CHANNEL_NAME = i18n.QT_TRANSLATE_NOOP("MapActions", "New channel")
NEW_CHANNEL_NUMBERED = i18n.QT_TRANSLATE_NOOP("MapActions", "New channel {number}")
USED_BY_ONE = i18n.QT_TRANSLATE_NOOP(
    "MapActions", "«{name}» is used by %n card: merge it into another channel instead"
)
USED_BY_MANY = i18n.QT_TRANSLATE_NOOP(
    "MapActions", "«{name}» is used by %n cards: merge it into another channel instead"
)


def users(project: Project, channel_id: str) -> int:
    """How many cards are on the channel."""
    return sum(1 for card in project.cards if card.channel == channel_id)


def new_channel_label(project: Project) -> str:
    """ "New channel", or "New channel 2" … when taken, in the map's language."""
    taken = {channel.label for channel in project.channels}
    name = i18n.translate("MapActions", NEW_CHANNEL_NAME, project.locale)
    number = 2
    while name in taken:
        name = i18n.translate("MapActions", NEW_CHANNEL_NUMBERED, project.locale).format(
            number=number
        )
        number += 1
    return name


def fresh_colour(project: Project) -> str:
    return most_distinct(CHANNEL_SWATCHES, (channel.colour for channel in project.channels))


def fresh_icon(project: Project) -> str:
    used = {channel.icon for channel in project.channels}
    return next((icon for icon in CHOOSABLE_ICONS if icon not in used), CHOOSABLE_ICONS[0])


def add_channel(document: MapDocument, kind: str = "digital", label: str = "") -> str:
    """A new channel at the end of the catalogue (last of its palette group)."""
    project = document.project
    channel = Channel(
        id=new_id("channel", {channel.id for channel in project.channels}),
        label=label or new_channel_label(project),
        colour=fresh_colour(project),
        icon=fresh_icon(project),
        kind=kind,
    )
    document.apply(AddChannel(channel))
    return channel.id


def update_channel(document: MapDocument, channel_id: str, **changes: str) -> bool:
    """Rename, recolour, another icon or kind: one step, none when nothing changes."""
    channel = document.project.channel(channel_id)
    if "label" in changes:
        changes["label"] = changes["label"].strip()
    if "colour" in changes:
        changes["colour"] = changes["colour"].upper()
    differs = {name: value for name, value in changes.items() if getattr(channel, name) != value}
    if not differs:
        return False
    document.apply(UpdateChannel(channel_id, differs))
    return True


def move_channel(document: MapDocument, channel_id: str, index: int) -> bool:
    """To position `index` of the catalogue; False, and no step, when it is there already."""
    if document.project.channel_index(channel_id) == index:
        return False
    document.apply(MoveChannel(channel_id, index))
    return True


def step_channel(document: MapDocument, channel_id: str, step: int) -> bool:
    """Up (−1) or down (+1) among the channels of its own kind (its palette group): it takes
    the place of that neighbour. False at the group's end."""
    project = document.project
    channel = project.channel(channel_id)
    group = [c.id for c in project.channels if c.kind == channel.kind]
    position = group.index(channel_id) + step
    if not 0 <= position < len(group):
        return False
    return move_channel(document, channel_id, project.channel_index(group[position]))


def delete_refusal(project: Project, channel_id: str) -> str | None:
    """Why the channel cannot be deleted (cards use it: merge instead), or None."""
    count = users(project, channel_id)
    if not count:
        return None
    text = translate_count("MapActions", USED_BY_ONE, USED_BY_MANY, count)
    return text.format(name=project.channel(channel_id).label)


def delete_channel(document: MapDocument, channel_id: str) -> None:
    """Delete an unused channel; EditError naming the count of cards when it is used."""
    refusal = delete_refusal(document.project, channel_id)
    if refusal is not None:
        raise EditError("channel", channel_id, None, refusal)
    document.apply(RemoveChannel(channel_id))


def merge_channels(document: MapDocument, source_id: str, target_id: str) -> int:
    """Every card of `source_id` to `target_id`, `source_id` gone: one step. Returns how
    many cards moved."""
    moved = users(document.project, source_id)
    if source_id == target_id:
        raise EditError(
            "channel",
            source_id,
            None,
            QCoreApplication.translate("MapActions", "a channel cannot be merged into itself"),
        )
    document.apply(MergeChannels(source_id, target_id))
    return moved
