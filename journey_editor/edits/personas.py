"""Edits of the map's row bands: add (with lanes), delete (with cards), change, reorder personas."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from journey_editor.edits.base import Change
from journey_editor.edits.labels import named, update_label
from journey_editor.edits.lookup import find_persona
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
from journey_editor.model import Persona, Project

_FIXED = {
    "id": ID_IS_FIXED,
    "lanes": "lanes are changed with the lane edits (add, delete, change, move a lane)",
}


def _persona_ids(persona: Persona) -> frozenset[str]:
    return frozenset({persona.id, *(lane.id for lane in persona.lanes)})


@dataclass(frozen=True)
class AddPersona:
    """A new persona with its lanes at `index` (None: last); all its ids unused in the map."""

    persona: Persona
    index: int | None = None

    def apply(self, project: Project) -> Change:
        persona = validated_new(Persona, self.persona, "persona")
        check_index(self.index, "persona", persona.id)
        Namespace.of(project).add_persona(persona)
        project.personas.insert(insertion_index(self.index, len(project.personas)), persona)
        return Change(
            RemovePersona(persona.id),
            _persona_ids(persona),
            True,
            f"Add {named('persona', persona)}",
        )


@dataclass(frozen=True)
class RemovePersona:
    """Delete a persona, its lanes, its cards and every link touching those cards."""

    persona_id: str

    def apply(self, project: Project) -> Change:
        index, persona = find_persona(project, self.persona_id)
        removed = take_cards(
            project, {card.id for card in project.cards if card.persona == persona.id}
        )
        del project.personas[index]
        return Change(
            RestorePersona(index, persona, removed),
            _persona_ids(persona) | removed.ids,
            True,
            f"Delete {named('persona', persona)}",
        )


@dataclass(frozen=True)
class RestorePersona:
    """The inverse of RemovePersona: persona, lanes, cards and links at their former places."""

    index: int
    persona: Persona
    removed: Removed = field(default_factory=Removed)

    def apply(self, project: Project) -> Change:
        persona = validated_new(Persona, self.persona, "persona")
        check_restore_index(self.index, len(project.personas), "persona", persona.id)
        names = Namespace.of(project)
        names.add_persona(persona)
        check_put_back(names, project, self.removed)
        project.personas.insert(self.index, persona)
        put_back(project, self.removed)
        return Change(
            RemovePersona(persona.id),
            _persona_ids(persona) | self.removed.ids,
            True,
            f"Restore {named('persona', persona)}",
        )


@dataclass(frozen=True)
class UpdatePersona:
    """Change some fields of a persona (name, role, quote, goals …); not its id nor its lanes."""

    persona_id: str
    changes: Mapping[str, Any]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", read_only(self.changes))

    def apply(self, project: Project) -> Change:
        index, old = find_persona(project, self.persona_id)
        new, former = validated_update(Persona, old, self.changes, "persona", _FIXED)
        # Keep the very lane list: the update cannot change it, and lane edits work in place.
        new.lanes = old.lanes
        project.personas[index] = new
        return Change(
            UpdatePersona(old.id, former),
            frozenset({old.id}),
            True,
            update_label("persona", old, self.changes),
        )


@dataclass(frozen=True)
class MovePersona:
    """Reorder: the persona's band ends at `index` among the personas (clamped; None: last)."""

    persona_id: str
    index: int | None

    def apply(self, project: Project) -> Change:
        source, persona = find_persona(project, self.persona_id)
        check_index(self.index, "persona", persona.id)
        move_item(project.personas, source, move_index(self.index, len(project.personas)))
        return Change(
            MovePersona(persona.id, source),
            frozenset({persona.id}),
            True,
            f"Move {named('persona', persona)}",
        )
