"""Edits of the map's own details: title, description, client, author, locale and dates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from journey_editor.edits.base import Change, EditError
from journey_editor.edits.validation import read_only, validated_update
from journey_editor.model import Project
from journey_editor.model.entities import ProjectFields

EDITABLE_FIELDS = ("title", "description", "client", "author", "locale", "created", "modified")

_FIXED = {
    "id": "the map's id cannot be changed",
    "schema_version": "the schema version is set when the file is saved, not edited",
    "stages": "stages are changed with the stage edits",
    "personas": "personas are changed with the persona edits",
    "cards": "cards are changed with the card edits",
    "links": "links are changed with the link edits",
    "channels": "channels are changed with the channel edits",
}


@dataclass(frozen=True)
class UpdateProject:
    """Change some of the map's details; see EDITABLE_FIELDS."""

    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", read_only(self.changes))

    def apply(self, project: Project) -> Change:
        new, former = validated_update(ProjectFields, project, self.changes, "project", _FIXED)
        unexpected = set(self.changes) - set(EDITABLE_FIELDS)
        if unexpected:
            raise EditError("project", project.id, min(unexpected), "cannot be edited")
        for name in self.changes:
            # Take the validated value: dates given as ISO text become datetimes.
            setattr(project, name, getattr(new, name))
        return Change(UpdateProject(former), frozenset({project.id}), False, _label(self.changes))


def _label(changes: Mapping[str, Any]) -> str:
    if len(changes) == 1:
        return f"Change {next(iter(changes))} of the map"
    return "Edit the map's details"
