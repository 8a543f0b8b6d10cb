"""One side of a comparison: a map's objects by id, named as the user knows them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from journey_editor.compare.records import Place, Ref
from journey_editor.model.entities import Card, Channel, Lane, Link, Persona, Stage
from journey_editor.model.project import Project


def file_value(obj: BaseModel) -> dict[str, Any]:
    """The object as its map file holds it (JSON values; an empty `attributes` left out)."""
    return obj.model_dump(mode="json")


def field_values(obj: BaseModel, skipped: tuple[str, ...] = ()) -> dict[str, Any]:
    """The fields of the object but `skipped`, as JSON values in the model's field order
    (defaults that the file leaves out included, so two objects compare field by field)."""
    data = obj.model_dump(mode="json", exclude=set(skipped))
    return {
        name: data[name] if name in data else to_jsonable_python(getattr(obj, name))
        for name in type(obj).model_fields
        if name not in skipped
    }


class Side:
    """A map's lookups for the diff: objects by id, refs, and the place of every card."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.stages: dict[str, Stage] = {stage.id: stage for stage in project.stages}
        self.personas: dict[str, Persona] = {persona.id: persona for persona in project.personas}
        self.lanes: dict[str, Lane] = {
            lane.id: lane for persona in project.personas for lane in persona.lanes
        }
        self.cards: dict[str, Card] = {card.id: card for card in project.cards}
        self.links: dict[str, Link] = {link.id: link for link in project.links}
        self.channels: dict[str, Channel] = {channel.id: channel for channel in project.channels}
        self.card_at: dict[str, int] = {card.id: index for index, card in enumerate(project.cards)}
        self._cell_index: dict[str, int] = {}
        counts: dict[tuple[str, str, str], int] = {}
        for card in project.cards:
            self._cell_index[card.id] = counts.get(card.cell, 0)
            counts[card.cell] = counts.get(card.cell, 0) + 1

    # --- refs ---------------------------------------------------------------------------------

    def project_ref(self) -> Ref:
        return Ref("project", self.project.id, self.project.title)

    def stage_ref(self, stage_id: str) -> Ref:
        stage = self.stages.get(stage_id)
        return Ref("stage", stage_id, stage.name if stage else "")

    def persona_ref(self, persona_id: str) -> Ref:
        persona = self.personas.get(persona_id)
        return Ref("persona", persona_id, persona.name if persona else "")

    def lane_ref(self, lane_id: str) -> Ref:
        lane = self.lanes.get(lane_id)
        return Ref("lane", lane_id, lane.name if lane else "")

    def card_ref(self, card_id: str) -> Ref:
        card = self.cards.get(card_id)
        return Ref("card", card_id, card.title if card else "")

    def link_ref(self, link_id: str) -> Ref:
        link = self.links.get(link_id)
        return Ref("link", link_id, link.label if link else "")

    def channel_ref(self, channel_id: str) -> Ref:
        channel = self.channels.get(channel_id)
        return Ref("channel", channel_id, channel.label if channel else "")

    def ref(self, kind: str, object_id: str) -> Ref:
        return getattr(self, f"{kind}_ref")(object_id)

    # --- places -------------------------------------------------------------------------------

    def place(self, card_id: str) -> Place:
        card = self.cards[card_id]
        return Place(
            self.persona_ref(card.persona),
            self.lane_ref(card.lane),
            self.stage_ref(card.stage),
            self._cell_index[card_id],
        )

    def link_place(self, link_id: str) -> Place | None:
        link = self.links[link_id]
        return self.place(link.from_card) if link.from_card in self.cards else None

    def link_ends(self, link_id: str) -> tuple[Ref, Ref]:
        link = self.links[link_id]
        return (self.card_ref(link.from_card), self.card_ref(link.to_card))
