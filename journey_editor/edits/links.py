"""Edits of the links that join cards where the customer switches channel."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from journey_editor.edits.base import Change
from journey_editor.edits.labels import named, update_label
from journey_editor.edits.lookup import find_link
from journey_editor.edits.namespace import Namespace
from journey_editor.edits.positions import check_index, insertion_index
from journey_editor.edits.validation import ID_IS_FIXED, read_only, validated_new, validated_update
from journey_editor.model import Link, Project


@dataclass(frozen=True)
class AddLink:
    """A new link at `index` in the links list (None: last) between two existing cards."""

    link: Link
    index: int | None = None

    def apply(self, project: Project) -> Change:
        link = validated_new(Link, self.link, "link")
        check_index(self.index, "link", link.id)
        Namespace.of(project).add_link(link)
        project.links.insert(insertion_index(self.index, len(project.links)), link)
        return Change(
            RemoveLink(link.id), frozenset({link.id}), False, f"Add {named('link', link)}"
        )


@dataclass(frozen=True)
class RemoveLink:
    link_id: str

    def apply(self, project: Project) -> Change:
        index, link = find_link(project, self.link_id)
        del project.links[index]
        return Change(
            AddLink(link, index), frozenset({link.id}), False, f"Delete {named('link', link)}"
        )


@dataclass(frozen=True)
class UpdateLink:
    """Change a link's label or ends (which must stay two different existing cards); not its id."""

    link_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", read_only(self.changes))

    def apply(self, project: Project) -> Change:
        index, old = find_link(project, self.link_id)
        new, former = validated_update(Link, old, self.changes, "link", {"id": ID_IS_FIXED})
        Namespace.of(project).check_link(new)
        project.links[index] = new
        return Change(
            UpdateLink(old.id, former),
            frozenset({old.id}),
            False,
            update_label("link", old, self.changes),
        )
