"""`merge_without_base(mine, theirs)`: two copies of one map merged when no version they both
started from can be found (a conflict copy of a map this computer never opened before).

Without a base nothing tells a deletion from an addition, nor whose change a difference is, so:
- an object that only one copy has is kept (nothing either side holds is lost; delete it again
  if it was meant to go);
- every field the two copies hold differently is a conflict, MINE's value in the map, the base
  of the conflict left empty; so is the place of an object both copies list in another order;
- the map's `modified` date is the later of the two, as in a three-way merge.
It is the three-way merge (merge.py) from an empty map of the same id, where both copies
"added" everything, plus what an empty base lets through: a field of the map itself that one
copy left at its default, and the order of lists.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from typing import Any

from pydantic_core import to_jsonable_python

from journey_editor.compare.merge import MergeResult, merge_projects
from journey_editor.model.entities import Conflict, conflict_fields
from journey_editor.model.project import Project

NO_BASE = "different in the two copies (no common version found)"
# The map's fields a two-way merge settles without asking: the id is the match, the date is
# the later one (merge.py), the conflicts are merged as a set.
_SETTLED = ("id", "modified")


def merge_without_base(mine: Project, theirs: Project) -> MergeResult:
    """Mine with what theirs holds differently recorded as conflicts (see the module's notes);
    ValueError when the two are not copies of one map (different ids)."""
    if mine.id != theirs.id:
        raise ValueError(f"not two copies of one map: «{mine.id}» and «{theirs.id}»")
    result = merge_projects(Project(id=mine.id, channels=[]), mine, theirs)
    data = result.project.model_dump(mode="json")
    new = [
        conflict.model_copy(update={"base": None, "reason": NO_BASE})
        for conflict in result.conflicts
    ]
    seen = {(c.kind, c.id, c.field) for c in new}
    new += _map_fields(data, mine, theirs, seen)
    new += _orders(data, mine, theirs, seen)
    this_merge = {_identity(c) for c in result.conflicts}
    replaced = {(c.kind, c.id, c.field) for c in new}
    earlier = [
        c
        for c in result.project.conflicts
        if _identity(c) not in this_merge and (c.kind, c.id, c.field) not in replaced
    ]
    recorded = [*earlier, *new]
    if recorded:
        data["conflicts"] = [conflict.model_dump(mode="json") for conflict in recorded]
    else:
        data.pop("conflicts", None)
    return MergeResult(Project.model_validate(data), tuple(new), result.dropped, result.renamed)


def _map_fields(data: dict[str, Any], mine: Project, theirs: Project, seen: set) -> list[Conflict]:
    """The map's own fields the two hold differently and the merge took silently (mine had the
    empty base's value): mine's value back, and a conflict."""
    conflicts = []
    for field in conflict_fields("project"):
        if field in _SETTLED or ("project", mine.id, field) in seen:
            continue
        mine_value = to_jsonable_python(getattr(mine, field))
        theirs_value = to_jsonable_python(getattr(theirs, field))
        if mine_value == theirs_value:
            continue
        if mine_value is None and field == "based_on":
            data.pop(field, None)  # left out of the file when there is none
        else:
            data[field] = mine_value
        conflicts.append(
            Conflict(
                kind="project",
                id=mine.id,
                name=mine.title,
                field=field,
                mine=mine_value,
                theirs=theirs_value,
                reason=NO_BASE,
            )
        )
    return conflicts


def _orders(data: dict[str, Any], mine: Project, theirs: Project, seen: set) -> list[Conflict]:
    """Every list the user sees in mine's order for the objects both copies list; a position
    conflict for each object theirs has elsewhere (the fewest: those outside the longest run
    the two orders share)."""
    conflicts: list[Conflict] = []

    def settle(kind: str, items: list[dict[str, Any]], mine_ids, theirs_ids, names) -> None:
        common = set(mine_ids) & set(theirs_ids)
        mine_order = [i for i in mine_ids if i in common]
        theirs_order = [i for i in theirs_ids if i in common]
        slots = [index for index, item in enumerate(items) if item["id"] in common]
        by_id = {item["id"]: item for item in items}
        if [items[index]["id"] for index in slots] != mine_order and len(slots) == len(mine_order):
            for index, object_id in zip(slots, mine_order, strict=True):
                items[index] = by_id[object_id]
        for object_id in _moved(mine_order, theirs_order):
            if (kind, object_id, "position") in seen:
                continue
            conflicts.append(
                Conflict(
                    kind=kind,  # type: ignore[arg-type]
                    id=object_id,
                    name=names.get(object_id, ""),
                    field="position",
                    mine=list(mine_ids).index(object_id),
                    theirs=list(theirs_ids).index(object_id),
                    reason=NO_BASE,
                )
            )

    for kind, key, attribute in (
        ("stage", "stages", "name"),
        ("persona", "personas", "name"),
        ("channel", "channels", "label"),
    ):
        names = {item.id: getattr(item, attribute) for item in getattr(mine, key)}
        settle(kind, data[key], _ids(getattr(mine, key)), _ids(getattr(theirs, key)), names)
    theirs_personas = {persona.id: persona for persona in theirs.personas}
    for persona in mine.personas:
        other = theirs_personas.get(persona.id)
        merged = next((p for p in data["personas"] if p["id"] == persona.id), None)
        if other is None or merged is None:
            continue
        names = {lane.id: lane.name for lane in persona.lanes}
        settle("lane", merged["lanes"], _ids(persona.lanes), _ids(other.lanes), names)
    mine_cells, theirs_cells = _cells(mine), _cells(theirs)
    titles = {card.id: card.title for card in mine.cards}
    positions: dict[tuple[str, str, str], list[int]] = {}
    for position, card in enumerate(data["cards"]):
        positions.setdefault((card["persona"], card["lane"], card["stage"]), []).append(position)
    for cell, mine_ids in mine_cells.items():
        theirs_ids = theirs_cells.get(cell, [])
        places = positions.get(cell, [])
        cards = [data["cards"][position] for position in places]
        settle("card", cards, mine_ids, theirs_ids, titles)
        for position, card in zip(places, cards, strict=True):
            data["cards"][position] = card
    return conflicts


def _moved(mine_order: list[str], theirs_order: list[str]) -> list[str]:
    """The ids outside the blocks the two orders share, in mine's order."""
    matcher = difflib.SequenceMatcher(a=mine_order, b=theirs_order, autojunk=False)
    kept = {
        mine_order[block.a + offset]
        for block in matcher.get_matching_blocks()
        for offset in range(block.size)
    }
    return [object_id for object_id in mine_order if object_id not in kept]


def _ids(items: Iterable[Any]) -> list[str]:
    return [item.id for item in items]


def _cells(project: Project) -> dict[tuple[str, str, str], list[str]]:
    cells: dict[tuple[str, str, str], list[str]] = {}
    for card in project.cards:
        cells.setdefault(card.cell, []).append(card.id)
    return cells


def _identity(conflict: Conflict) -> str:
    return json.dumps(conflict.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


__all__ = ["NO_BASE", "merge_without_base"]
