"""The changes of a diff grouped the way a reader walks a map: the map's own fields, stages,
the personas' order, channels, then persona by persona (the persona and its lanes, then stage
by stage its cards and the links from them), and last the changes of order only the file
shows. `journey-editor diff` prints these groups and the change handout tabulates them."""

from __future__ import annotations

from dataclasses import dataclass, field

from journey_editor.compare.records import Difference, Moved, ProjectDiff, Ref, Reordered

HEAD_SECTIONS = ("map", "stages", "personas", "channels")


@dataclass
class StageGroup:
    stage: Ref
    changes: list[Difference] = field(default_factory=list)


@dataclass
class PersonaGroup:
    persona: Ref
    own: list[Difference] = field(default_factory=list)  # the persona itself and its lanes
    stages: dict[str, StageGroup] = field(default_factory=dict)  # by stage id, first seen first


@dataclass
class ChangeGroups:
    head: dict[str, list[Difference]]  # HEAD_SECTIONS → changes
    personas: dict[str, PersonaGroup]  # by persona id, in the diff's (map) order
    file_order: list[Difference]  # nothing changes on the map


def group_changes(diff: ProjectDiff) -> ChangeGroups:
    groups = ChangeGroups({section: [] for section in HEAD_SECTIONS}, {}, [])
    for change in diff.changes:
        section = _section(change)
        if section is not None:
            groups.head[section].append(change)
        elif file_order_only(change):
            groups.file_order.append(change)
        else:
            persona, stage = _persona_and_stage(change)
            group = groups.personas.setdefault(persona.id, PersonaGroup(persona))
            if stage is None:
                group.own.append(change)
            else:
                group.stages.setdefault(stage.id, StageGroup(stage)).changes.append(change)
    return groups


def file_order_only(change: Difference) -> bool:
    """The flat order of cards across cells and the order of links: only the file shows it."""
    if isinstance(change, Reordered):
        return change.kind == "link"
    return isinstance(change, Moved) and change.how == "order"


def _section(change: Difference) -> str | None:
    if isinstance(change, Reordered):
        return {"stage": "stages", "persona": "personas", "channel": "channels"}.get(change.kind)
    return {"project": "map", "stage": "stages", "channel": "channels"}.get(change.ref.kind)


def _persona_and_stage(change: Difference) -> tuple[Ref, Ref | None]:
    if isinstance(change, Reordered):  # lanes of one persona
        assert change.parent is not None
        return change.parent, None
    if change.ref.kind == "persona":
        return change.ref, None
    if change.ref.kind == "lane":
        assert change.parent is not None
        return change.parent, None
    place = change.new if isinstance(change, Moved) else change.place
    assert place is not None
    return place.persona, place.stage
