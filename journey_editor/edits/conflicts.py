"""Settling the conflicts a three-way merge left in the map (`Project.conflicts`).

A conflict names an object, a field (or the whole object: deleted on one side, changed on
the other) and three values, as the map file holds them. Settling one gives the field the
chosen value — or, for a whole object, keeps it (as the value has it) or removes it — and
takes the record off the list, in one step whose inverse puts back both exactly:

    ResolveConflicts(((conflict, conflict.theirs),))        # "Take theirs"
    ResolveConflicts(((c, current_value(project, c)) for c in project.conflicts))  # "All mine"

`current_value` reads what the map holds now at a conflict's place, in the same terms: what
"Keep mine" keeps. Besides the fields of its kind, a conflict may be about a card's "cell"
(persona, lane and stage at once), an object's "position" (its index in its list; a card's in
its cell) or a lane's "persona". A null value is the field's default (nothing chosen, no
channel …) or, for a whole object, its absence.

The map is rewritten through its file form (one validation of the whole map: a value that no
longer fits — a channel deleted since, a stage that is gone — is refused before anything
changes, naming the object and field), and only the lists that differ are swapped in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import JsonValue, ValidationError
from pydantic_core import to_jsonable_python

from journey_editor.edits.base import Change, EditError
from journey_editor.edits.validation import edit_error_from
from journey_editor.model.entities import (
    CONFLICT_PLACE_FIELDS,
    Card,
    Channel,
    Conflict,
    Lane,
    Link,
    Persona,
    Stage,
)
from journey_editor.model.problems import IntegrityError
from journey_editor.model.project import Project
from journey_editor.model.short_text import shorten

Data = dict[str, Any]
# The lists of the file that hold each kind of object (lanes are inside their persona).
_LISTS = {
    "stage": "stages",
    "persona": "personas",
    "card": "cards",
    "link": "links",
    "channel": "channels",
}
_MODELS = {"stage": Stage, "persona": Persona, "lane": Lane, "card": Card, "link": Link}
_MODELS["channel"] = Channel


@dataclass(frozen=True)
class Resolution:
    """One conflict and the value chosen for it (JSON, as the conflict's values are)."""

    conflict: Conflict
    value: JsonValue


@dataclass(frozen=True)
class ResolveConflicts:
    """Settle some of the map's conflicts at once (one, or "all mine" / "all theirs"): each
    field set to its chosen value (objects kept or removed), each record off the list."""

    resolutions: tuple[Resolution, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "resolutions", tuple(self.resolutions))

    def apply(self, project: Project) -> Change:
        if not self.resolutions:
            raise EditError("conflict", None, None, "no conflict given to resolve")
        positions = _record_positions(project, [r.conflict for r in self.resolutions])
        data = project.model_dump(mode="json")
        mapped = _MapData(data)
        for resolution in sorted(self.resolutions, key=_order):
            mapped.settle(resolution.conflict, resolution.value)
        records = data.get("conflicts", [])
        for position in sorted(positions, reverse=True):
            del records[position]
        if not records:
            data.pop("conflicts", None)
        new = _validated(data)
        _check_answers_hold(new, self.resolutions)
        former = _swap(project, new)
        touched = _touched(former, project, self.resolutions)
        structural = any(
            r.conflict.kind not in ("card", "link") or r.conflict.field is None
            for r in self.resolutions
        )
        return Change(RestoreFields(former), touched, structural, _label(self.resolutions))


@dataclass(frozen=True)
class RestoreFields:
    """The inverse of ResolveConflicts: the map's fields (whole lists) as they were. Its own
    inverse puts back what it replaced, so undo and redo swap the same objects back and forth."""

    values: tuple[tuple[str, Any], ...]

    def apply(self, project: Project) -> Change:
        former = tuple((name, getattr(project, name)) for name, _ in self.values)
        for name, value in self.values:
            setattr(project, name, value)
        touched = _touched(former, project, ())
        return Change(RestoreFields(former), touched, True, "Restore the conflicts")


def _check_answers_hold(new: Project, resolutions: tuple[Resolution, ...]) -> None:
    """Answers given together must not undo each other (a card kept on a channel that another
    answer deletes): then the step is refused, naming the answer that would not hold."""
    for resolution in resolutions:
        conflict = resolution.conflict
        plain = conflict.field not in (None, "position") and conflict.kind != "project"
        if (
            plain
            and resolution.value is not None
            and current_value(new, conflict) != resolution.value
        ):
            raise EditError(
                conflict.kind,
                conflict.id,
                conflict.field,
                "another answer given with this one takes this value away; resolve them one at "
                "a time",
            )


def current_value(project: Project, conflict: Conflict) -> JsonValue:
    """What the map holds now where `conflict` is (the value "Keep mine" keeps), in the terms
    of the conflict's values; None when the object is not in the map (or the field is empty)."""
    data_kind, object_id, field = conflict.kind, conflict.id, conflict.field
    if data_kind == "project":
        if field is None:
            return None
        return to_jsonable_python(getattr(project, field, None))
    found = _find_object(project, data_kind, object_id)
    if found is None:
        return None
    obj, siblings = found
    if field is None:
        return obj.model_dump(mode="json")
    if field in _place_fields(data_kind):
        if field == "position":
            return [item.id for item in siblings].index(object_id)
        if field == "cell":
            return {"persona": obj.persona, "lane": obj.lane, "stage": obj.stage}
        return project.lane_owner(object_id)[0].id  # a lane's persona
    return to_jsonable_python(getattr(obj, field, None))


def conflict_ids(project: Project) -> dict[str, list[Conflict]]:
    """The map's conflicts by the id of the object each is about (the map's own under its id)."""
    found: dict[str, list[Conflict]] = {}
    for conflict in project.conflicts:
        found.setdefault(conflict.id, []).append(conflict)
    return found


# --- the map's file form, changed in place -------------------------------------------------------


class _MapData:
    """The map as its file holds it (`model_dump(mode="json")`), with the moves a resolution
    makes on it; validated as a whole afterwards."""

    def __init__(self, data: Data) -> None:
        self.data = data

    def settle(self, conflict: Conflict, value: JsonValue) -> None:
        kind, field = conflict.kind, conflict.field
        if kind == "project":
            if field is None:
                raise EditError("project", conflict.id, None, "the map itself cannot be removed")
            _set(self.data, field, value)
            return
        if field is None:
            if value is None:
                self.remove(kind, conflict.id)
            elif isinstance(value, dict):
                self.keep(kind, conflict.id, value)
            else:
                raise EditError(kind, conflict.id, None, f"not an object: {value!r}")
            return
        where = self.find(kind, conflict.id)
        if where is None:
            raise EditError(kind, conflict.id, field, "is not in the map any more")
        siblings, index = where
        place_field = field in _place_fields(kind)
        if place_field and field == "position":
            self.move(kind, siblings, index, value, conflict)
        elif place_field and field == "cell":
            self.move_to_cell(siblings[index], value, conflict)
        elif place_field and field == "persona":
            self.hand_lane(conflict.id, value, conflict)
        else:
            _set(siblings[index], field, value)

    # --- finding -------------------------------------------------------------------------------

    def find(self, kind: str, object_id: str) -> tuple[list[Data], int] | None:
        """The list that holds the object and its index there (a lane: its persona's lanes)."""
        lists = (
            [persona["lanes"] for persona in self.data["personas"]]
            if kind == "lane"
            else [self.data[_LISTS[kind]]]
        )
        for items in lists:
            for index, item in enumerate(items):
                if item["id"] == object_id:
                    return items, index
        return None

    def _persona(self, persona_id: Any, conflict: Conflict) -> Data:
        for persona in self.data["personas"]:
            if persona["id"] == persona_id:
                return persona
        raise EditError(
            conflict.kind, conflict.id, conflict.field, f"no persona {persona_id!r} in the map"
        )

    # --- whole objects -------------------------------------------------------------------------

    def remove(self, kind: str, object_id: str) -> None:
        """Take the object out with what cannot stay without it (a stage's, persona's or lane's
        cards, a card's links; a channel's cards lose their channel). Absent: nothing to do."""
        where = self.find(kind, object_id)
        if where is None:
            return
        siblings, index = where
        removed = siblings.pop(index)
        cards = self.data["cards"]
        if kind == "channel":
            for card in cards:
                if card.get("channel") == object_id:
                    card.pop("channel", None)
            return
        gone: set[str] = set()
        if kind in ("stage", "persona", "lane"):
            gone = {card["id"] for card in cards if card.get(kind) == object_id}
            if kind == "persona":
                lanes = {lane["id"] for lane in removed.get("lanes", [])}
                gone |= {card["id"] for card in cards if card.get("lane") in lanes}
            cards[:] = [card for card in cards if card["id"] not in gone]
        elif kind == "card":
            gone = {object_id}
        if gone:
            self.data["links"] = [
                link
                for link in self.data["links"]
                if link["from_card"] not in gone and link["to_card"] not in gone
            ]

    def keep(self, kind: str, object_id: str, value: Data) -> None:
        """The object in the map as `value` has it: its fields set when it is there (a persona
        keeps the lanes it has: they are objects of their own), else put back at the end of its
        list (a card: last in its cell; a lane: in the persona the conflicts say it is in)."""
        if value.get("id", object_id) != object_id:
            raise EditError(kind, object_id, None, f"the value is another object's ({value!r})")
        where = self.find(kind, object_id)
        if where is not None:
            siblings, index = where
            current = siblings[index]
            kept = {"id"} | ({"lanes"} if kind == "persona" else set())
            updated = {name: current[name] for name in kept if name in current}
            updated.update({n: v for n, v in value.items() if n not in kept})
            siblings[index] = updated
            return
        restored = dict(value, id=object_id)
        if kind == "lane":
            owner = self._lane_owner(object_id)
            self._persona(owner, _whole(kind, object_id))["lanes"].append(restored)
        else:
            self.data[_LISTS[kind]].append(restored)

    def _lane_owner(self, lane_id: str) -> str:
        """The persona a lane put back belongs to: a lane's value does not say, the cards and
        persona conflicts that name it do."""
        for record in self.data.get("conflicts", []):
            for side in ("theirs", "mine", "base"):
                value = record.get(side)
                card = record["kind"] == "card" and isinstance(value, dict)
                if card and value.get("lane") == lane_id and value.get("persona"):
                    return value["persona"]
                lane = record["kind"] == "lane" and record["id"] == lane_id
                if lane and record.get("field") == "persona" and isinstance(value, str):
                    return value
        raise EditError(
            "lane",
            lane_id,
            None,
            "cannot be put back: the merge did not record which persona it belongs to "
            "(add the lane again by hand)",
        )

    # --- places --------------------------------------------------------------------------------

    def move(
        self, kind: str, siblings: list[Data], index: int, value: Any, conflict: Conflict
    ) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise EditError(kind, conflict.id, "position", f"not a position: {value!r}")
        if kind != "card":
            item = siblings.pop(index)
            siblings.insert(max(0, min(value, len(siblings))), item)
            return
        card = siblings.pop(index)
        cell = _cell(card)
        others = [i for i, other in enumerate(siblings) if _cell(other) == cell]
        if not others:
            siblings.insert(index, card)
        elif value < len(others):
            siblings.insert(others[max(0, value)], card)
        else:
            siblings.insert(others[-1] + 1, card)

    def move_to_cell(self, card: Data, value: Any, conflict: Conflict) -> None:
        if not isinstance(value, dict) or set(value) != {"persona", "lane", "stage"}:
            raise EditError("card", conflict.id, "cell", f"not a cell: {value!r}")
        card.update(value)

    def hand_lane(self, lane_id: str, value: Any, conflict: Conflict) -> None:
        target = self._persona(value, conflict)
        where = self.find("lane", lane_id)
        assert where is not None  # found by the caller
        siblings, index = where
        if siblings is target["lanes"]:
            return
        target["lanes"].append(siblings.pop(index))
        for card in self.data["cards"]:
            if card.get("lane") == lane_id:
                card["persona"] = target["id"]


def _place_fields(kind: str) -> tuple[str, ...]:
    """The names a conflict about a `kind` may give that are no field of its own: "position",
    a card's "cell", a lane's "persona"."""
    fields = _MODELS[kind].model_fields
    return tuple(name for name in CONFLICT_PLACE_FIELDS[kind] if name not in fields)


def _whole(kind: str, object_id: str) -> Conflict:
    return Conflict(kind=kind, id=object_id)  # type: ignore[arg-type]


def _set(item: Data, field: str, value: JsonValue) -> None:
    # Null is the field's default: the file leaves such a field out (no channel, no effort,
    # no curve setting, empty attributes), and the model fills it in.
    if value is None:
        item.pop(field, None)
    else:
        item[field] = value


def _cell(card: Data) -> tuple[Any, Any, Any]:
    return (card.get("persona"), card.get("lane"), card.get("stage"))


# --- around the rewrite --------------------------------------------------------------------------


def _record_positions(project: Project, conflicts: Iterable[Conflict]) -> list[int]:
    """Where each conflict's record is in the map's list (each once), or refuse the edit."""
    positions: list[int] = []
    for conflict in conflicts:
        position = next(
            (
                i
                for i, record in enumerate(project.conflicts)
                if record == conflict and i not in positions
            ),
            None,
        )
        if position is None:
            raise EditError(
                conflict.kind, conflict.id, conflict.field, "no such conflict in the map"
            )
        positions.append(position)
    return positions


def _order(resolution: Resolution) -> int:
    """Objects put back first (fields may then be set on them), objects removed last."""
    conflict = resolution.conflict
    if conflict.field is not None:
        return 1
    return 0 if resolution.value is not None else 2


def _validated(data: Data) -> Project:
    try:
        return Project.model_validate(data)
    except ValidationError as error:
        raise edit_error_from(error, data, "project") from None
    except IntegrityError as error:
        problem = error.problems[0]
        raise EditError(problem.kind, problem.object_id, problem.field, problem.message) from None


def _swap(project: Project, new: Project) -> tuple[tuple[str, Any], ...]:
    """Put `new`'s fields that differ into `project`; the former values of those fields."""
    former = []
    for name in type(project).model_fields:
        old, value = getattr(project, name), getattr(new, name)
        if old != value:
            former.append((name, old))
            setattr(project, name, value)
    return tuple(former)


def _touched(
    former: tuple[tuple[str, Any], ...], project: Project, resolutions: Iterable[Resolution]
) -> frozenset[str]:
    """The ids of the objects that differ between `former` lists and the map's, the objects
    the resolutions name, and the map's own id (its fields and conflict list)."""
    touched = {project.id} | {r.conflict.id for r in resolutions}
    for name, old in former:
        new = getattr(project, name)
        if not isinstance(old, list) or name == "conflicts":
            continue
        before = {getattr(item, "id", None): item for item in old}
        after = {getattr(item, "id", None): item for item in new}
        touched |= {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}
        if name == "personas":
            lanes_before = {lane.id: lane for persona in old for lane in persona.lanes}
            lanes_after = {lane.id: lane for persona in new for lane in persona.lanes}
            keys = lanes_before.keys() | lanes_after.keys()
            touched |= {i for i in keys if lanes_before.get(i) != lanes_after.get(i)}
    touched.discard(None)  # type: ignore[arg-type]
    return frozenset(touched)


def _find_object(project: Project, kind: str, object_id: str):
    """The object and the list it sits in (a card: the cards of its cell), or None."""
    if kind == "lane":
        for persona in project.personas:
            for lane in persona.lanes:
                if lane.id == object_id:
                    return lane, persona.lanes
        return None
    items = getattr(project, _LISTS[kind])
    for item in items:
        if item.id == object_id:
            if kind == "card":
                return item, project.cell_cards(*item.cell)
            return item, items
    return None


def _label(resolutions: tuple[Resolution, ...]) -> str:
    """'Resolve conflict on effort of card «Blog»', '… on card «Blog»' (the whole card),
    '… on title of the map', or 'Resolve 3 conflicts'."""
    if len(resolutions) > 1:
        return f"Resolve {len(resolutions)} conflicts"
    conflict = resolutions[0].conflict
    field = conflict.field.replace("_", " ") if conflict.field is not None else None
    if conflict.kind == "project":
        return f"Resolve conflict on {field} of the map"
    title = conflict.name.strip()
    named = f"{conflict.kind} «{shorten(title)}»" if title else f'{conflict.kind} ""'
    if field is None:
        return f"Resolve conflict on {named}"
    return f"Resolve conflict on {field} of {named}"


__all__ = [
    "Resolution",
    "ResolveConflicts",
    "RestoreFields",
    "conflict_ids",
    "current_value",
]
