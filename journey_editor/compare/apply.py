"""`apply_diff(a, diff)`: the map that the diff leads to, built from A without touching it.

The rule, in four steps over A's file value (JSON), then one validation of the whole map:
1. `Changed`: the field takes its new value (the object must be there with the old value).
2. `Removed`: the object leaves its list (it must be there).
3. `Reordered`: the listed objects still there take the places they hold in the list, in the
   new order; objects not listed keep theirs.
4. `Added` and `Moved` (cards; a moved card takes its new cell): each goes right after its
   `after` object (first when None), objects placed after the same object in the order of
   their `index`. When `after` is in none of the list's objects (possible only when diffs are
   combined) the object goes to its `index`, clamped.
Every object before an added or moved one in B is either in place or placed itself, so the
result of `apply_diff(a, diff_projects(a, b))` is B exactly, every list in B's order.

A diff that does not fit the map (an object missing or already there, a field whose value is
not the diff's old value, a result that is not a valid map) raises DiffApplyError, naming the
object; the map given is never modified.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
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


# Fields that the file leaves out while empty: their value when the key is not there.
ABSENT_VALUES: dict[str, Any] = {"attributes": {}, "conflicts": []}


class DiffApplyError(Exception):
    """The diff does not fit the map it is applied to; the message names the object."""


def apply_diff(project: Project, diff: ProjectDiff | Iterable[Difference]) -> Project:
    """A new project: `project` with every change of `diff` made (see the module's rule)."""
    changes = diff.changes if isinstance(diff, ProjectDiff) else tuple(diff)
    target = _Target(project.model_dump(mode="json"))
    for change in changes:
        if isinstance(change, Changed):
            target.set_field(change)
    target.remove([change for change in changes if isinstance(change, Removed)])
    for change in changes:
        if isinstance(change, Reordered):
            target.reorder(change)
    target.take_out([change for change in changes if isinstance(change, Moved)])
    target.place([change for change in changes if isinstance(change, Added | Moved)])
    try:
        return Project.model_validate(target.data)
    except (ValidationError, IntegrityError) as error:
        raise DiffApplyError(f"the changed map is not valid: {error}") from error


ListKey = tuple[str, str | None]  # (kind, the persona's id for lanes)


class _Target:
    """A's file value being changed, its lists found by kind (and persona, for lanes)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.moving: dict[str, dict[str, Any]] = {}  # cards taken out, by id
        self._by_id: dict[ListKey, dict[str, dict[str, Any]]] = {}  # for step 1 only

    def items(self, kind: str, parent: Ref | None) -> list[dict[str, Any]]:
        if kind != "lane":
            return self.data[LIST_KEYS[kind]]
        if parent is None:
            raise DiffApplyError("a lane change names no persona")
        for persona in self.data["personas"]:
            if persona["id"] == parent.id:
                return persona["lanes"]
        raise DiffApplyError(f'{_name(parent)}: not in the map (id "{parent.id}")')

    def by_id(self, kind: str, parent: Ref | None) -> dict[str, dict[str, Any]]:
        """Objects by id, kept while step 1 runs (fields change, lists do not)."""
        key = (kind, parent.id if parent is not None and kind == "lane" else None)
        if key not in self._by_id:
            self._by_id[key] = {item["id"]: item for item in self.items(kind, parent)}
        return self._by_id[key]

    def set_field(self, change: Changed) -> None:
        if change.ref.kind == "project":
            item = self.data
        else:
            item = self.by_id(change.ref.kind, change.parent).get(change.ref.id)
            if item is None:
                raise DiffApplyError(f'{_name(change.ref)}: not in the map (id "{change.ref.id}")')
        current = item.get(change.field, ABSENT_VALUES.get(change.field))
        if current != change.old:
            raise DiffApplyError(
                f"{_name(change.ref)}, field '{change.field}': is {current!r}, "
                f"not {change.old!r} as the diff expects"
            )
        item[change.field] = change.new

    def remove(self, removals: list[Removed]) -> None:
        for (kind, _), group in _grouped(removals).items():
            items = self.items(kind, group[0].parent)
            present = {item["id"] for item in items}
            for change in group:
                if change.ref.id not in present:
                    raise DiffApplyError(
                        f'{_name(change.ref)}: not in the map (id "{change.ref.id}")'
                    )
            gone = {change.ref.id for change in group}
            items[:] = [item for item in items if item["id"] not in gone]

    def reorder(self, change: Reordered) -> None:
        items = self.items(change.kind, change.parent)
        listed = {ref.id for ref in change.new}
        slots = [index for index, item in enumerate(items) if item["id"] in listed]
        by_id = {item["id"]: item for item in items}
        ordered = [by_id[ref.id] for ref in change.new if ref.id in by_id]
        for slot, item in zip(slots, ordered, strict=True):
            items[slot] = item

    def take_out(self, moves: list[Moved]) -> None:
        cards = self.data["cards"]
        by_id = {card["id"]: card for card in cards}
        for change in moves:
            card = by_id.get(change.ref.id)
            if card is None:
                raise DiffApplyError(f'{_name(change.ref)}: not in the map (id "{change.ref.id}")')
            if (card["persona"], card["lane"], card["stage"]) != change.old.cell:
                raise DiffApplyError(f"{_name(change.ref)}: is not in the cell the diff expects")
            persona, lane, stage = change.new.cell
            card.update(persona=persona, lane=lane, stage=stage)
            self.moving[change.ref.id] = card
        cards[:] = [card for card in cards if card["id"] not in self.moving]

    def place(self, placements: list[Added | Moved]) -> None:
        for (kind, _), group in _grouped(placements).items():
            parent = group[0].parent if isinstance(group[0], Added) else None
            items = self.items(kind, parent)
            present = {item["id"] for item in items}
            new_items = []
            for change in sorted(group, key=lambda change: change.index):
                if isinstance(change, Moved):
                    new_items.append((change, self.moving.pop(change.ref.id)))
                    continue
                if change.ref.id in present:
                    raise DiffApplyError(
                        f'{_name(change.ref)}: already in the map (id "{change.ref.id}")'
                    )
                new_items.append((change, copy.deepcopy(change.value)))
            items[:] = _placed(items, new_items)


def _grouped(changes: list) -> dict[ListKey, list]:
    groups: dict[ListKey, list] = {}
    for change in changes:
        parent = getattr(change, "parent", None)
        key = (change.ref.kind, parent.id if parent is not None else None)
        groups.setdefault(key, []).append(change)
    return groups


def _placed(
    items: list[dict[str, Any]], new_items: list[tuple[Added | Moved, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """`items` with each new item right after its `after` (step 4 of the module's rule), in
    one pass: every item is followed by the items placed after it, depth first."""
    known = {item["id"] for item in items} | {change.ref.id for change, _ in new_items}
    followers: dict[str | None, list[dict[str, Any]]] = {}
    astray: list[tuple[int, dict[str, Any]]] = []
    for change, item in new_items:
        if change.after is None or change.after in known:
            followers.setdefault(change.after, []).append(item)
        else:
            astray.append((change.index, item))
    emitted: set[int] = set()

    def run_from(roots: list[dict[str, Any]]) -> list[dict[str, Any]]:
        run: list[dict[str, Any]] = []
        stack = list(reversed(roots))
        while stack:
            item = stack.pop()
            if id(item) in emitted:
                continue
            emitted.add(id(item))
            run.append(item)
            stack.extend(reversed(followers.get(item["id"], [])))
        return run

    result = run_from([*followers.get(None, []), *items])
    for index, item in astray:
        point = max(0, min(index, len(result)))
        result[point:point] = run_from([item])
    # Items placed after one another in a circle (a malformed combination): at the end.
    result += run_from([item for _, item in new_items if id(item) not in emitted])
    return result


def _name(ref: Ref) -> str:
    return f"{ref.kind} «{ref.name}»" if ref.name else f'{ref.kind} "{ref.id}"'
