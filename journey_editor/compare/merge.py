"""`merge_projects(base, mine, theirs)`: the three-way merge of two copies of one map.

    result = merge_projects(base, mine, theirs)
    result.project          # a valid map: mine with theirs' changes; MINE's value where they clash
    result.conflicts        # what this merge could not settle (also in result.project.conflicts)
    result.dropped          # what had to go (a link whose card the other side deleted)

Built on the diff: diff(base, mine) and diff(base, theirs), compared record by record (see
merge_plan.py for the rules on fields, deletions, additions, cells and links, merge_ids.py for
ids both sides used, merge_order.py for the order of every list the user sees: stages,
personas, each persona's lanes, channels, the cards of each cell). Theirs' accepted records are
made on mine by `apply_diff`; then each of those lists takes its merged order.

The conflicts recorded in the map from earlier merges are merged as a set (one resolved on
either side stays resolved); this merge's conflicts are added, replacing an older record of the
same object and field. The merged map always validates; git writes it to the file it calls %A
(mine), conflicts or not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from journey_editor.compare.apply import apply_diff
from journey_editor.compare.engine import diff_projects
from journey_editor.compare.merge_ids import Renamed, rename_clashes
from journey_editor.compare.merge_order import merge_order
from journey_editor.compare.merge_plan import MergePlan
from journey_editor.compare.merge_state import Dropped
from journey_editor.compare.sides import Side
from journey_editor.model.entities import Conflict
from journey_editor.model.project import Project

Cell = tuple[str, str, str]


@dataclass(frozen=True)
class MergeResult:
    """The merged map, this merge's conflicts (mine's value is in the map), what was dropped, and
    the objects of theirs that got a new id because mine uses theirs' for something else."""

    project: Project
    conflicts: tuple[Conflict, ...]
    dropped: tuple[Dropped, ...]
    renamed: tuple[Renamed, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_projects(base: Project, mine: Project, theirs: Project) -> MergeResult:
    """Mine with theirs' changes since base (see the module's notes); none of the three changes."""
    mine_changes = diff_projects(base, mine).changes
    forced: frozenset[str] = frozenset()
    while True:  # again only when theirs' new ids must change (merge_ids.py), once at most
        renamed_theirs, renamed = rename_clashes(base, mine, theirs, forced)
        sides = Side(base), Side(mine), Side(renamed_theirs)
        plan = MergePlan(*sides, mine_changes, diff_projects(base, renamed_theirs).changes)
        plan.decide()
        plan.settle()
        clashes = plan.clashing_ids() - forced
        if not clashes:
            break
        forced |= clashes
    merged = apply_diff(mine, plan.records())
    data = merged.model_dump(mode="json")
    position_conflicts = _merge_orders(data, *sides)
    conflicts = (*plan.conflicts.values(), *position_conflicts)
    recorded = _recorded_conflicts(base, mine, theirs, conflicts)
    if recorded:
        data["conflicts"] = [conflict.model_dump(mode="json") for conflict in recorded]
    else:
        data.pop("conflicts", None)
    return MergeResult(
        Project.model_validate(data), tuple(conflicts), tuple(plan.dropped), tuple(renamed)
    )


# --- orders --------------------------------------------------------------------------------------


def _merge_orders(data: dict[str, Any], base: Side, mine: Side, theirs: Side) -> list[Conflict]:
    """Put every list of the merged map's file value `data` in its merged order; the conflicts
    of objects whose place theirs chose and did not get (in the lists the user sees)."""
    conflicts: list[Conflict] = []
    sides = (base, mine, theirs)

    def merge_list(kind: str, items: list[dict[str, Any]], orders, seen: bool = True) -> None:
        present = [item["id"] for item in items]
        order, lost = merge_order(*orders, present, quick=not seen)
        if order != present:
            by_id = {item["id"]: item for item in items}
            items[:] = [by_id[object_id] for object_id in order]
        for object_id in lost if seen else ():
            conflicts.append(
                _position_conflict(kind, object_id, mine.ref(kind, object_id).name, orders)
            )

    for kind, key in (("stage", "stages"), ("persona", "personas"), ("channel", "channels")):
        orders = [[item.id for item in getattr(side.project, key)] for side in sides]
        merge_list(kind, data[key], orders)
    for persona in data["personas"]:
        merge_list("lane", persona["lanes"], [_lane_ids(side, persona["id"]) for side in sides])
    # The file's lists of cards and links: their order is seen only inside a cell.
    for kind, key in (("link", "links"), ("card", "cards")):
        orders = [[item.id for item in getattr(side.project, key)] for side in sides]
        merge_list(kind, data[key], orders, seen=False)
    cells = [_cells(side.project) for side in sides]
    merged_cells: dict[Cell, list[int]] = {}
    for position, card in enumerate(data["cards"]):
        cell = (card["persona"], card["lane"], card["stage"])
        merged_cells.setdefault(cell, []).append(position)
    for cell, positions in merged_cells.items():
        if len(positions) < 2:
            continue
        cards = [data["cards"][position] for position in positions]
        merge_list("card", cards, [side_cells.get(cell, []) for side_cells in cells])
        for position, card in zip(positions, cards, strict=True):
            data["cards"][position] = card
    return conflicts


def _lane_ids(side: Side, persona_id: str) -> list[str]:
    persona = side.personas.get(persona_id)
    return [lane.id for lane in persona.lanes] if persona is not None else []


def _cells(project: Project) -> dict[Cell, list[str]]:
    cells: dict[Cell, list[str]] = {}
    for card in project.cards:
        cells.setdefault(card.cell, []).append(card.id)
    return cells


def _position_conflict(kind: str, object_id: str, name: str, orders) -> Conflict:
    base, mine, theirs = (order.index(object_id) for order in orders)
    return Conflict(
        kind=kind,  # type: ignore[arg-type]
        id=object_id,
        name=name,
        field="position",
        base=base,
        mine=mine,
        theirs=theirs,
        reason="moved on both sides" if base != mine else "the two orders cross",
    )


# --- the conflicts recorded in the map -----------------------------------------------------------


def _recorded_conflicts(
    base: Project, mine: Project, theirs: Project, new: tuple[Conflict, ...]
) -> list[Conflict]:
    """Earlier conflicts of either side (a record one side removed, i.e. resolved, stays
    removed), then this merge's, which replace an earlier record of the same object and field."""
    base_keys = {_identity(c) for c in base.conflicts}
    mine_keys = {_identity(c) for c in mine.conflicts}
    theirs_keys = {_identity(c) for c in theirs.conflicts}
    kept = [
        c for c in mine.conflicts if _identity(c) not in base_keys or _identity(c) in theirs_keys
    ]
    kept += [
        c
        for c in theirs.conflicts
        if _identity(c) not in base_keys and _identity(c) not in mine_keys
    ]
    replaced = {(c.kind, c.id, c.field) for c in new}
    kept = [c for c in kept if (c.kind, c.id, c.field) not in replaced]
    unique: dict[str, Conflict] = {}
    for conflict in (*kept, *new):
        unique.setdefault(_identity(conflict), conflict)
    return list(unique.values())


def _identity(conflict: Conflict) -> str:
    return json.dumps(conflict.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


__all__ = ["Dropped", "MergeResult", "Renamed", "merge_projects"]
