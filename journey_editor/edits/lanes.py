"""Edits of a persona's swimlanes: add, delete (with their cards), change, reorder."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from journey_editor.edits.base import Change
from journey_editor.edits.labels import named, update_label
from journey_editor.edits.lookup import find_lane, find_persona
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
from journey_editor.model import Lane, Project


@dataclass(frozen=True)
class AddLane:
    """A new lane in a persona's band at `index` (None: last), its id unused in the map."""

    persona_id: str
    lane: Lane
    index: int | None = None

    def apply(self, project: Project) -> Change:
        _, persona = find_persona(project, self.persona_id)
        lane = validated_new(Lane, self.lane, "lane")
        check_index(self.index, "lane", lane.id)
        Namespace.of(project).add_lane(persona.id, lane)
        persona.lanes.insert(insertion_index(self.index, len(persona.lanes)), lane)
        return Change(
            RemoveLane(lane.id),
            frozenset({lane.id, persona.id}),
            True,
            f"Add {named('lane', lane)} to {named('persona', persona)}",
        )


@dataclass(frozen=True)
class RemoveLane:
    """Delete a lane with the cards in its row and every link touching those cards."""

    lane_id: str

    def apply(self, project: Project) -> Change:
        persona, index, lane = find_lane(project, self.lane_id)
        removed = take_cards(project, {card.id for card in project.cards if card.lane == lane.id})
        del persona.lanes[index]
        return Change(
            RestoreLane(persona.id, index, lane, removed),
            frozenset({lane.id, persona.id}) | removed.ids,
            True,
            f"Delete {named('lane', lane)} of {named('persona', persona)}",
        )


@dataclass(frozen=True)
class RestoreLane:
    """The inverse of RemoveLane: the lane, its cards and their links at their former places."""

    persona_id: str
    index: int
    lane: Lane
    removed: Removed = field(default_factory=Removed)

    def apply(self, project: Project) -> Change:
        _, persona = find_persona(project, self.persona_id)
        lane = validated_new(Lane, self.lane, "lane")
        check_restore_index(self.index, len(persona.lanes), "lane", lane.id)
        names = Namespace.of(project)
        names.add_lane(persona.id, lane)
        check_put_back(names, project, self.removed)
        persona.lanes.insert(self.index, lane)
        put_back(project, self.removed)
        return Change(
            RemoveLane(lane.id),
            frozenset({lane.id, persona.id}) | self.removed.ids,
            True,
            f"Restore {named('lane', lane)} of {named('persona', persona)}",
        )


@dataclass(frozen=True)
class UpdateLane:
    """Change some fields of a lane (name, kind); never its id."""

    lane_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", read_only(self.changes))

    def apply(self, project: Project) -> Change:
        persona, index, old = find_lane(project, self.lane_id)
        new, former = validated_update(Lane, old, self.changes, "lane", {"id": ID_IS_FIXED})
        persona.lanes[index] = new
        return Change(
            UpdateLane(old.id, former),
            frozenset({old.id}),
            True,
            update_label("lane", old, self.changes),
        )


@dataclass(frozen=True)
class MoveLane:
    """Reorder within the lane's own persona: it ends at `index` (clamped; None: last)."""

    lane_id: str
    index: int | None

    def apply(self, project: Project) -> Change:
        persona, source, lane = find_lane(project, self.lane_id)
        check_index(self.index, "lane", lane.id)
        move_item(persona.lanes, source, move_index(self.index, len(persona.lanes)))
        return Change(
            MoveLane(lane.id, source), frozenset({lane.id}), True, f"Move {named('lane', lane)}"
        )
