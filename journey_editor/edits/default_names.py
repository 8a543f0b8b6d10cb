"""Default names follow a map's language: which lanes and channels still carry the name a new
map gets in one language, what they are called in another, and the one step that changes the
map's language together with them.

The rule for "still carries its default name" (exact text, nothing else):
- a lane when its name is the default name of its *kind* in that language
  (model/factory.py, DEFAULT_LANE_NAMES);
- a channel when it is one of the default catalogue's (model/channels.py, by id) and its label
  is that channel's label in that language (the translation catalogue, context "Channels", as
  templates.py gives it to a new map);
- any other channel when its label is the name the channel editor gives a new channel in that
  language: "New channel", "New channel 2" … (context "MapActions", marked in
  ui/editing/channel_verbs.py).
Any other name was chosen by someone and is never touched. A name that is the same in both
languages ("Actions", "SMS") is not a rename.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from journey_editor import i18n
from journey_editor.default_words import default_channels_in
from journey_editor.edits.base import Batch, Edit
from journey_editor.edits.channels import UpdateChannel
from journey_editor.edits.lanes import UpdateLane
from journey_editor.edits.project_fields import UpdateProject
from journey_editor.edits.validation import validated_update
from journey_editor.model import Project
from journey_editor.model.entities import ProjectFields
from journey_editor.model.factory import default_lane_name
from journey_editor.model.types import LANE_KINDS


def default_lane_names(locale: str) -> dict[str, str]:
    """Lane kind → the name a new lane of that kind gets in a map of `locale`."""
    language = i18n.language_of(locale)
    return {kind: default_lane_name(kind, language) for kind in LANE_KINDS}


def new_channel_names(locale: str) -> tuple[str, str]:
    """The name of a new channel in a map of `locale`, and its numbered form ("… {number}")."""
    language = i18n.language_of(locale)
    return (
        i18n.translate("MapActions", "New channel", language),
        i18n.translate("MapActions", "New channel {number}", language),
    )


def _new_channel_renamed(label: str, old_locale: str, new_locale: str) -> str | None:
    """A new channel's name in `old_locale` ("Nouveau canal 2") in `new_locale` ("New channel
    2"); None for any other name."""
    old_plain, old_numbered = new_channel_names(old_locale)
    new_plain, new_numbered = new_channel_names(new_locale)
    if label == old_plain:
        return new_plain
    before, _, after = old_numbered.partition("{number}")
    number = label[len(before) : len(label) - len(after)] if after else label[len(before) :]
    if label.startswith(before) and label.endswith(after) and number.isdigit():
        return new_numbered.format(number=number)
    return None


def default_channel_labels(locale: str) -> dict[str, str]:
    """Default channel id → its label in a new map of `locale`."""
    return {channel.id: channel.label for channel in default_channels_in(i18n.language_of(locale))}


@dataclass(frozen=True)
class Rename:
    """One lane or channel whose default name in one language becomes another's."""

    kind: Literal["lane", "channel"]
    object_id: str
    old: str
    new: str

    def edit(self) -> Edit:
        if self.kind == "lane":
            return UpdateLane(self.object_id, {"name": self.new})
        return UpdateChannel(self.object_id, {"label": self.new})


@dataclass(frozen=True)
class DefaultRenames:
    """The lanes and channels, in map order, that carry their default name in the old language
    and get the default name of the new one."""

    lanes: tuple[Rename, ...] = ()
    channels: tuple[Rename, ...] = ()
    language: str = i18n.SOURCE_LANGUAGE  # the new language ("en", "fr")

    def __bool__(self) -> bool:
        return bool(self.lanes or self.channels)

    def __iter__(self) -> Iterator[Rename]:
        yield from self.lanes
        yield from self.channels

    def edits(self) -> tuple[Edit, ...]:
        return tuple(rename.edit() for rename in self)


def default_renames(project: Project, old_locale: str, new_locale: str) -> DefaultRenames:
    """What changing `project`'s language from `old_locale` to `new_locale` would rename.

    Locales are read as the catalogue reads them ("fr-BE" is French, a language without a
    catalogue is English): two locales of one language rename nothing."""
    new_language = i18n.language_of(new_locale)
    if i18n.language_of(old_locale) == new_language:
        return DefaultRenames(language=new_language)
    old_lanes, new_lanes = default_lane_names(old_locale), default_lane_names(new_locale)
    lanes = tuple(
        Rename("lane", lane.id, lane.name, new_lanes[lane.kind])
        for persona in project.personas
        for lane in persona.lanes
        if lane.name == old_lanes[lane.kind] and lane.name != new_lanes[lane.kind]
    )
    old_labels, new_labels = default_channel_labels(old_locale), default_channel_labels(new_locale)
    channels = []
    for channel in project.channels:
        if channel.id in old_labels:
            new = new_labels[channel.id] if channel.label == old_labels[channel.id] else None
        else:
            new = _new_channel_renamed(channel.label, old_locale, new_locale)
        if new is not None and new != channel.label:
            channels.append(Rename("channel", channel.id, channel.label, new))
    return DefaultRenames(lanes, tuple(channels), new_language)


def check_locale(project: Project, locale: str) -> None:
    """Raise the EditError that setting the map's locale to `locale` would, changing nothing:
    a caller can refuse a malformed locale before asking anything about its names."""
    validated_update(ProjectFields, project, {"locale": locale}, "project", {})


def change_language(
    project: Project, locale: str, rename_defaults: bool, label: str | None = None
) -> Edit:
    """One step that sets the map's locale and, when asked, renames what still carries its
    default name in the map's current language to the default of the new one."""
    language = UpdateProject({"locale": locale})
    if not rename_defaults:
        return language
    renames = default_renames(project, project.locale, locale)
    return Batch((language, *renames.edits()), label=label)
