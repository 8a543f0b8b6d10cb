"""Before a merge: objects that theirs added under an id that mine gives to another object get a
new id in theirs, so that both can be in the merged map.

Objects are matched by id (as in the diff), so an id that both copies added for objects of one
kind is one object, merged field by field. An id is renamed only where that cannot hold:
- both added it, for objects of different kinds (stages, personas, lanes, cards and links share
  one namespace; channels have their own);
- both added a lane under it, in different personas;
- `forced`: the merge found that it would hold the id twice (theirs deleted an object and
  reused its id for another kind, and mine keeps the object: merge.py asks again).
The new id is the old one with "-theirs" (then "-theirs-2" …), and every reference follows it
(a card's persona, lane and stage, a link's cards).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journey_editor.model.project import Project


@dataclass(frozen=True)
class Renamed:
    """An object of theirs that has a new id in the merged map."""

    kind: str
    old: str
    new: str
    name: str


def rename_clashes(
    base: Project, mine: Project, theirs: Project, forced: frozenset[str] = frozenset()
) -> tuple[Project, list[Renamed]]:
    """`theirs`, with its clashing additions renamed (see the module's rule), and the renames."""
    base_kinds, mine_kinds, theirs_kinds = _kinds(base), _kinds(mine), _kinds(theirs)
    mine_owners, theirs_owners = _lane_owners(mine), _lane_owners(theirs)
    clashes: list[tuple[str, str]] = []
    for object_id, kind in theirs_kinds.items():
        if base_kinds.get(object_id) == kind:
            continue  # the base's object, not one theirs added
        mine_kind = mine_kinds.get(object_id)
        added_by_mine = mine_kind is not None and mine_kind != base_kinds.get(object_id)
        other_kind = added_by_mine and mine_kind != kind
        other_lane = (
            added_by_mine
            and kind == "lane" == mine_kind
            and mine_owners.get(object_id) != theirs_owners.get(object_id)
        )
        if other_kind or other_lane or object_id in forced:
            clashes.append((kind, object_id))
    if not clashes:
        return theirs, []
    taken = set(base_kinds) | set(mine_kinds) | set(theirs_kinds)
    new_ids: dict[str, str] = {}
    for _kind, object_id in clashes:
        new_ids[object_id] = _fresh(object_id, taken)
        taken.add(new_ids[object_id])
    names = _names(theirs)
    data = _renamed(theirs.model_dump(mode="json"), new_ids)
    renames = [Renamed(kind, old, new_ids[old], names.get(old, "")) for kind, old in clashes]
    return Project.model_validate(data), renames


def _kinds(project: Project) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for stage in project.stages:
        kinds[stage.id] = "stage"
    for persona in project.personas:
        kinds[persona.id] = "persona"
        for lane in persona.lanes:
            kinds[lane.id] = "lane"
    for card in project.cards:
        kinds[card.id] = "card"
    for link in project.links:
        kinds[link.id] = "link"
    return kinds


def _lane_owners(project: Project) -> dict[str, str]:
    return {lane.id: persona.id for persona in project.personas for lane in persona.lanes}


def _names(project: Project) -> dict[str, str]:
    names = {stage.id: stage.name for stage in project.stages}
    for persona in project.personas:
        names[persona.id] = persona.name
        names.update((lane.id, lane.name) for lane in persona.lanes)
    names.update((card.id, card.title) for card in project.cards)
    names.update((link.id, link.label) for link in project.links)
    return names


def _fresh(object_id: str, taken: set[str]) -> str:
    candidate = f"{object_id}-theirs"
    number = 2
    while candidate in taken:
        candidate = f"{object_id}-theirs-{number}"
        number += 1
    return candidate


def _renamed(data: dict[str, Any], new_ids: dict[str, str]) -> dict[str, Any]:
    """The map's file value with every object of `new_ids` and every reference to it renamed
    (ids are unique within a map, so an id names one object)."""

    def new(object_id: str) -> str:
        return new_ids.get(object_id, object_id)

    for stage in data["stages"]:
        stage["id"] = new(stage["id"])
    for persona in data["personas"]:
        persona["id"] = new(persona["id"])
        for lane in persona["lanes"]:
            lane["id"] = new(lane["id"])
    for card in data["cards"]:
        for field in ("id", "persona", "lane", "stage"):
            card[field] = new(card[field])
    for link in data["links"]:
        for field in ("id", "from_card", "to_card"):
            link[field] = new(link[field])
    return data
