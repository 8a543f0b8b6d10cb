"""Edits of the map's columns: add, delete (with their cards), change and reorder stages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from journey_editor.edits.base import Change
from journey_editor.edits.labels import named, update_label
from journey_editor.edits.lookup import find_stage
from journey_editor.edits.namespace import Namespace
from journey_editor.edits.positions import (
    check_index,
    check_restore_index,
    insertion_index,
    move_index,
    move_item,
)
from journey_editor.edits.removal import Removed, check_put_back, put_back, take_cards
from journey_editor.edits.validation import ID_IS_FIXED, read_only, validated_new, validated_update
from journey_editor.model import Project, Stage


@dataclass(frozen=True)
class AddStage:
    """A new stage at `index` (None: last), its id unused anywhere in the map."""

    stage: Stage
    index: int | None = None

    def apply(self, project: Project) -> Change:
        stage = validated_new(Stage, self.stage, "stage")
        check_index(self.index, "stage", stage.id)
        Namespace.of(project).add_stage(stage)
        project.stages.insert(insertion_index(self.index, len(project.stages)), stage)
        return Change(
            RemoveStage(stage.id), frozenset({stage.id}), True, f"Add {named('stage', stage)}"
        )


@dataclass(frozen=True)
class RemoveStage:
    """Delete a stage with the cards in its column and every link touching those cards."""

    stage_id: str

    def apply(self, project: Project) -> Change:
        index, stage = find_stage(project, self.stage_id)
        removed = take_cards(project, {card.id for card in project.cards if card.stage == stage.id})
        del project.stages[index]
        return Change(
            RestoreStage(index, stage, removed),
            frozenset({stage.id}) | removed.ids,
            True,
            f"Delete {named('stage', stage)}",
        )


@dataclass(frozen=True)
class RestoreStage:
    """The inverse of RemoveStage: the stage, its cards and their links at their former places."""

    index: int
    stage: Stage
    removed: Removed = field(default_factory=Removed)

    def apply(self, project: Project) -> Change:
        stage = validated_new(Stage, self.stage, "stage")
        check_restore_index(self.index, len(project.stages), "stage", stage.id)
        names = Namespace.of(project)
        names.add_stage(stage)
        check_put_back(names, project, self.removed)
        project.stages.insert(self.index, stage)
        put_back(project, self.removed)
        return Change(
            RemoveStage(stage.id),
            frozenset({stage.id}) | self.removed.ids,
            True,
            f"Restore {named('stage', stage)}",
        )


@dataclass(frozen=True)
class UpdateStage:
    """Change some fields of a stage (name, description, phase); never its id."""

    stage_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", read_only(self.changes))

    def apply(self, project: Project) -> Change:
        index, old = find_stage(project, self.stage_id)
        new, former = validated_update(Stage, old, self.changes, "stage", {"id": ID_IS_FIXED})
        project.stages[index] = new
        return Change(
            UpdateStage(old.id, former),
            frozenset({old.id}),
            True,
            update_label("stage", old, self.changes),
        )


@dataclass(frozen=True)
class MoveStage:
    """Reorder: the stage ends at `index` among the stages (clamped; None: last)."""

    stage_id: str
    index: int | None

    def apply(self, project: Project) -> Change:
        source, stage = find_stage(project, self.stage_id)
        check_index(self.index, "stage", stage.id)
        move_item(project.stages, source, move_index(self.index, len(project.stages)))
        return Change(
            MoveStage(stage.id, source),
            frozenset({stage.id}),
            True,
            f"Move {named('stage', stage)}",
        )
