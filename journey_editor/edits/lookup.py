"""Finding the object an edit names, or refusing the edit with a message that names it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from journey_editor.edits.base import EditError
from journey_editor.model import Card, Channel, Lane, Link, Persona, Project, Stage

Item = TypeVar("Item", Stage, Persona, Lane, Card, Link, Channel)


def find(items: Sequence[Item], object_id: str, kind: str) -> tuple[int, Item]:
    for index, item in enumerate(items):
        if item.id == object_id:
            return index, item
    raise EditError(kind, object_id, None, "does not exist")


def find_stage(project: Project, stage_id: str) -> tuple[int, Stage]:
    return find(project.stages, stage_id, "stage")


def find_persona(project: Project, persona_id: str) -> tuple[int, Persona]:
    return find(project.personas, persona_id, "persona")


def find_lane(project: Project, lane_id: str) -> tuple[Persona, int, Lane]:
    for persona in project.personas:
        for index, lane in enumerate(persona.lanes):
            if lane.id == lane_id:
                return persona, index, lane
    raise EditError("lane", lane_id, None, "does not exist")


def find_card(project: Project, card_id: str) -> tuple[int, Card]:
    position = project.card_list().position(card_id)
    if position is None:
        raise EditError("card", card_id, None, "does not exist")
    return position, project.cards[position]


def find_link(project: Project, link_id: str) -> tuple[int, Link]:
    return find(project.links, link_id, "link")


def find_channel(project: Project, channel_id: str) -> tuple[int, Channel]:
    return find(project.channels, channel_id, "channel")
