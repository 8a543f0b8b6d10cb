"""What every edit shares: the Edit protocol, the Change it reports, its error, and Batch."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from journey_editor.model import Project


class EditError(Exception):
    """An edit refused before it touched the project, worded for a person.

    The message names the kind of object, its id and the field, e.g.
    'card "c-1": field "effort": must be between 1 and 5 (got 7)'.
    """

    def __init__(self, kind: str, object_id: str | None, field: str | None, message: str) -> None:
        self.kind = kind
        self.object_id = object_id
        self.field = field
        self.message = message
        where = kind if object_id is None else f'{kind} "{object_id}"'
        if field is not None:
            where += f': field "{field}"'
        super().__init__(f"{where}: {message}")


@runtime_checkable
class Edit(Protocol):
    """One undoable change of a Project, applied in place."""

    def apply(self, project: Project) -> Change: ...


@dataclass(frozen=True)
class Change:
    """What an applied edit did, and the edit that undoes it exactly."""

    inverse: Edit
    touched: frozenset[str]
    structural: bool
    label: str


@dataclass(frozen=True)
class Batch:
    """Several edits as one step: all of them apply, or none does.

    `label` names the step in an undo menu; by default it is derived from the edits' labels.
    """

    edits: tuple[Edit, ...]
    label: str | None = field(default=None, compare=False)

    def apply(self, project: Project) -> Change:
        changes: list[Change] = []
        try:
            for edit in self.edits:
                changes.append(edit.apply(project))
        except BaseException:
            # Each edit left the project valid after itself, so the earlier inverses still apply.
            for change in reversed(changes):
                change.inverse.apply(project)
            raise
        label = self.label or _batch_label([c.label for c in changes])
        return Change(
            inverse=Batch(tuple(c.inverse for c in reversed(changes))),
            touched=frozenset().union(*(c.touched for c in changes)),
            structural=any(c.structural for c in changes),
            label=label,
        )


def _batch_label(labels: list[str]) -> str:
    if not labels:
        return "No change"
    if len(labels) == 1:
        return labels[0]
    return f"{labels[0]} (and {len(labels) - 1} more)"
