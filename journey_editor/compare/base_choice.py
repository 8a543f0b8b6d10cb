"""Which recorded version to merge from: the newest one both copies descend from, as far as the
content tells.

The candidates are the versions this computer opened, saved, reloaded or merged
(persistence/map_versions.py), oldest to newest: our line, which MINE descends from (a step
mine does not hold, after a Reload, ends it too). THEIRS left our line at one of them,
the fork, and changed things since. Walking our line from its start, each step (what changed
from one recorded version to the next) is either in theirs too (for what the step changed,
theirs holds its values or those of our later versions, and nothing is still as it was before
the step) or not; the fork is the last version reached before the first step theirs lacks.

Why this care: a base NEWER than the fork makes theirs look as if it undid our changes since
the fork, and the merge would silently undo them. A base OLDER than the fork is harmless: the
steps both have merge as one change (at worst a field we changed again later is reported as a
conflict). So on a doubt (one fact of the step as it was before it) the older version is chosen.
Counting the diff's records instead fails: removing a persona is one record or thirty, moves
count in two lists; here every field, object and order counts once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journey_editor.model.project import Project

_ABSENT = "\0absent"  # a fact a version does not have (the object is not in it)
_NOT_COMPARED = ("modified", "conflicts", "stages", "personas", "cards", "links", "channels")

Facts = dict[tuple, Any]


def facts(project: Project) -> Facts:
    """Every field of every object, and the order of every list the user sees, as one flat
    mapping (JSON values), so that two versions compare fact by fact."""
    data = project.model_dump(mode="json")
    found: Facts = {
        ("project", name): _frozen(value)
        for name, value in data.items()
        if name not in _NOT_COMPARED
    }
    for kind, key in (("stage", "stages"), ("channel", "channels"), ("link", "links")):
        _add_objects(found, kind, data[key])
        found["order", key] = tuple(item["id"] for item in data[key])
    _add_objects(found, "persona", [_without(p, "lanes") for p in data["personas"]])
    found["order", "personas"] = tuple(p["id"] for p in data["personas"])
    for persona in data["personas"]:
        _add_objects(
            found, "lane", [{**lane, "persona": persona["id"]} for lane in persona["lanes"]]
        )
        found["order", "lanes", persona["id"]] = tuple(lane["id"] for lane in persona["lanes"])
    _add_objects(found, "card", data["cards"])
    cells: dict[tuple[str, str, str], list[str]] = {}
    for card in data["cards"]:
        cells.setdefault((card["persona"], card["lane"], card["stage"]), []).append(card["id"])
    for cell, ids in cells.items():
        found["order", "cell", cell] = tuple(ids)
    return found


def _add_objects(found: Facts, kind: str, items: list[dict[str, Any]]) -> None:
    for item in items:
        found[kind, item["id"]] = True
        for name, value in item.items():
            if name != "id":
                found[kind, item["id"], name] = _frozen(value)


def _without(item: dict[str, Any], name: str) -> dict[str, Any]:
    return {key: value for key, value in item.items() if key != name}


def _frozen(value: Any) -> Any:
    """A hashable, comparable form of a JSON value."""
    if isinstance(value, dict):
        return tuple(sorted((key, _frozen(inner)) for key, inner in value.items()))
    if isinstance(value, list):
        return tuple(_frozen(inner) for inner in value)
    return value


def has_step(before: Facts, after: Sequence[Facts], theirs: Facts) -> bool:
    """Whether theirs holds the step from `before` to `after[0]` (`after` being that version
    and the later ones of our line): some fact the step changed has in theirs the value of that
    version or of a later one, and none still has the value from before the step (theirs may
    have changed it again since: that fact tells nothing)."""
    newer = older = 0
    step = after[0]
    for key in before.keys() | step.keys():
        old, new = before.get(key, _ABSENT), step.get(key, _ABSENT)
        if old == new:
            continue
        value = theirs.get(key, _ABSENT)
        if value == old:
            older += 1
        elif any(value == version.get(key, _ABSENT) for version in after):
            newer += 1
    return newer > 0 and older == 0


def fork_version(
    line: Sequence[Project], theirs: Project, mine: Project | None = None
) -> int | None:
    """The index in `line` (our versions, OLDEST first) of the newest version that `theirs`
    and `mine` both hold (None: `line` is empty). Each recorded version is usually an ancestor
    of the next, but not always (Reload puts another line's version in the window): so mine is
    asked too, and a step mine does not hold ends the walk like one theirs does not hold."""
    if not line:
        return None
    sides = [facts(theirs)] + ([facts(mine)] if mine is not None else [])
    versions = [facts(project) for project in line]
    chosen = 0
    for index in range(1, len(versions)):
        if not all(has_step(versions[index - 1], versions[index:], side) for side in sides):
            break
        chosen = index
    return chosen


__all__ = ["facts", "fork_version", "has_step"]
