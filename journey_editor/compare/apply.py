"""`apply_diff(a, diff)`: the map that the diff leads to, built from A without touching it.

The rule, in four steps over A's file value (JSON), then one validation of the whole map:
1. `Changed`: the field takes its new value (the object must be there with the old value).
2. `Removed`: the object leaves its list (it must be there).
3. `Reordered`: the listed objects still there take the places they hold in the list, in the
   new order; objects not listed keep theirs.
4. `Added` and `Moved` (cards): in order of their position in B, each goes right after its
   `after` object (first when None); a moved card takes its new cell. When `after` is not in the
   list (only possible when diffs are combined) the object goes to its `index`, clamped.
Because step 4 runs in B's order and every object before it in B is then in place, the result
of `apply_diff(a, diff_projects(a, b))` is B exactly, every list in B's order.

A diff that does not fit the map (an object missing or already there, a field whose value is
not the diff's old value, a result that is not a valid map) raises DiffApplyError, naming the
object; the map given is never modified.
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import ValidationError

from journey_editor.compare.records import (
    Added,
    Changed,
    Difference,
    Moved,
    ProjectDiff,
    Ref,
    Removed,
    Reordered,
)
from journey_editor.model.problems import IntegrityError
from journey_editor.model.project import Project

LIST_KEYS = {
    "stage": "stages",
    "persona": "personas",
    "channel": "channels",
    "card": "cards",
    "link": "links",
}


class DiffApplyError(Exception):
    """The diff does not fit the map it is applied to; the message names the object."""


def apply_diff(project: Project, diff: ProjectDiff | tuple[Difference, ...]) -> Project:
    """A new project: `project` with every change of `diff` made (see the module's rule)."""
    changes = diff.changes if isinstance(diff, ProjectDiff) else tuple(diff)
    data = project.model_dump(mode="json")
    target = _Target(data)
    for change in changes:
        if isinstance(change, Changed):
            target.set_field(change)
    for change in changes:
        if isinstance(change, Removed):
            target.remove(change.ref, change.parent)
    for change in changes:
        if isinstance(change, Reordered):
            target.reorder(change)
    for change in changes:
        if isinstance(change, Moved):
            target.take_out(change)
    placed = [change for change in changes if isinstance(change, Added | Moved)]
    for change in sorted(placed, key=lambda change: change.index):
        target.place(change)
    try:
        return Project.model_validate(data)
    except (ValidationError, IntegrityError) as error:
        raise DiffApplyError(f"the changed map is not valid: {error}") from error


class _Target:
    """A's file value being changed, with the lists found by kind and parent."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.moving: dict[str, dict[str, Any]] = {}  # cards taken out, by id

    def items(self, kind: str, parent: Ref | None) -> list[dict[str, Any]]:
        if kind == "lane":
            if parent is None:
                raise DiffApplyError("a lane change names no persona")
            return self.find(Ref("persona", parent.id, parent.name), None)["lanes"]
        return self.data[LIST_KEYS[kind]]

    def find(self, ref: Ref, parent: Ref | None) -> dict[str, Any]:
        if ref.kind == "project":
            return self.data
        for item in self.items(ref.kind, parent):
            if item["id"] == ref.id:
                return item
        raise DiffApplyError(f'{_name(ref)}: not in the map (id "{ref.id}")')

    def set_field(self, change: Changed) -> None:
        item = self.find(change.ref, change.parent)
        current = item.get(change.field, {} if change.field == "attributes" else None)
        if current != change.old:
            raise DiffApplyError(
                f"{_name(change.ref)}, field '{change.field}': is {current!r}, "
                f"not {change.old!r} as the diff expects"
            )
        item[change.field] = change.new

    def remove(self, ref: Ref, parent: Ref | None) -> None:
        items = self.items(ref.kind, parent)
        items.remove(self.find(ref, parent))

    def reorder(self, change: Reordered) -> None:
        items = self.items(change.kind, change.parent)
        listed = {ref.id for ref in change.new}
        slots = [index for index, item in enumerate(items) if item["id"] in listed]
        by_id = {item["id"]: item for item in items}
        ordered = [by_id[ref.id] for ref in change.new if ref.id in by_id]
        for slot, item in zip(slots, ordered, strict=True):
            items[slot] = item

    def take_out(self, change: Moved) -> None:
        item = self.find(change.ref, None)
        if (item["persona"], item["lane"], item["stage"]) != change.old.cell:
            raise DiffApplyError(f"{_name(change.ref)}: is not in the cell the diff expects")
        self.data["cards"].remove(item)
        persona, lane, stage = change.new.cell
        item.update(persona=persona, lane=lane, stage=stage)
        self.moving[change.ref.id] = item

    def place(self, change: Added | Moved) -> None:
        if isinstance(change, Moved):
            items, item = self.data["cards"], self.moving.pop(change.ref.id)
        else:
            items = self.items(change.ref.kind, change.parent)
            if any(other["id"] == change.ref.id for other in items):
                raise DiffApplyError(
                    f'{_name(change.ref)}: already in the map (id "{change.ref.id}")'
                )
            item = copy.deepcopy(change.value)
        items.insert(_insertion_point(items, change.after, change.index), item)


def _insertion_point(items: list[dict[str, Any]], after: str | None, index: int) -> int:
    if after is None:
        return 0
    for position, item in enumerate(items):
        if item["id"] == after:
            return position + 1
    return max(0, min(index, len(items)))


def _name(ref: Ref) -> str:
    return f"{ref.kind} «{ref.name}»" if ref.name else f'{ref.kind} "{ref.id}"'
