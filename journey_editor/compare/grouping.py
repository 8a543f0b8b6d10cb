"""The records of a diff grouped as a person reads a map: the map's own fields, the stages, the
order of the personas, the channels, then persona by persona (the persona and its lanes, then
stage by stage its cards and the links from them), and last what only the file's order shows.

The same grouping as `journey-editor diff` prints (cli/diff_text.py), as data, for lists that
are not text: the changes panel of the editor's compare mode, a PDF's list of changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from journey_editor.compare.records import Difference, Moved, ProjectDiff, Ref, Reordered

Section = Literal["map", "stages", "personas", "channels", "persona", "file_order"]


@dataclass
class StageGroup:
    stage: Ref
    changes: list[Difference] = field(default_factory=list)


@dataclass
class Group:
    """One heading and its records. A "persona" group has its own records (the persona's
    fields, its lanes) in `changes` and the rest per stage in `stages`, in map order."""

    section: Section
    persona: Ref | None = None
    changes: list[Difference] = field(default_factory=list)
    stages: list[StageGroup] = field(default_factory=list)

    def count(self) -> int:
        return len(self.changes) + sum(len(group.changes) for group in self.stages)


HEAD_SECTIONS: tuple[Section, ...] = ("map", "stages", "personas", "channels")


def group_changes(diff: ProjectDiff) -> list[Group]:
    """The groups that have records, in reading order."""
    head = {section: Group(section) for section in HEAD_SECTIONS}
    personas: dict[str, Group] = {}
    tail = Group("file_order")
    for change in diff.changes:
        section = head_section(change)
        if section is not None:
            head[section].changes.append(change)
            continue
        if file_order_only(change):
            tail.changes.append(change)
            continue
        persona, stage = persona_and_stage(change)
        group = personas.setdefault(persona.id, Group("persona", persona))
        if stage is None:
            group.changes.append(change)
            continue
        stage_group = next((g for g in group.stages if g.stage.id == stage.id), None)
        if stage_group is None:
            stage_group = StageGroup(stage)
            group.stages.append(stage_group)
        stage_group.changes.append(change)
    groups = [group for group in head.values() if group.changes]
    groups += personas.values()
    if tail.changes:
        groups.append(tail)
    return groups


def file_order_only(change: Difference) -> bool:
    """The flat order of cards across cells and the order of links: only the file shows it."""
    if isinstance(change, Reordered):
        return change.kind == "link"
    return isinstance(change, Moved) and change.how == "order"


def head_section(change: Difference) -> Section | None:
    if isinstance(change, Reordered):
        found = {"stage": "stages", "persona": "personas", "channel": "channels"}.get(change.kind)
    else:
        found = {"project": "map", "stage": "stages", "channel": "channels"}.get(change.ref.kind)
    return found  # type: ignore[return-value]


def persona_and_stage(change: Difference) -> tuple[Ref, Ref | None]:
    """The persona a record belongs to, and its stage (None: the persona's own, or a lane's)."""
    if isinstance(change, Reordered):  # the lanes of one persona
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


__all__ = ["Group", "StageGroup", "file_order_only", "group_changes", "persona_and_stage"]
