"""The Project: a whole journey map, and the lookups everything else uses."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field, model_validator

from journey_editor.model.card_list import CardList
from journey_editor.model.channels import default_channels
from journey_editor.model.entities import (
    Card,
    Channel,
    Conflict,
    Lane,
    Link,
    Persona,
    ProjectFields,
    Stage,
)
from journey_editor.model.integrity import find_integrity_problems
from journey_editor.model.problems import IntegrityError


class Project(ProjectFields):
    stages: list[Stage] = Field(default_factory=list)
    personas: list[Persona] = Field(default_factory=list)
    # One flat list; the order of the cards of one cell (persona, lane, stage) is their order here.
    cards: list[Card] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    channels: list[Channel] = Field(default_factory=default_channels)
    # What a merge of two copies could not settle (compare/merge.py), until someone decides.
    # Left out of the file while empty, so maps that never had a conflict keep their bytes.
    conflicts: list[Conflict] = Field(default_factory=list, exclude_if=lambda value: not value)

    @model_validator(mode="after")
    def _check_integrity(self) -> Project:
        problems = find_integrity_problems(self)
        if problems:
            raise IntegrityError(problems)
        # The cards as a list that indexes itself (card_list.py); set directly, so the field
        # does not count as "set by the caller".
        self.__dict__["cards"] = CardList(self.cards)
        return self

    def integrity_problems(self):
        """Re-check cross-object rules after in-place edits."""
        return find_integrity_problems(self)

    # --- lookups: cards through their index, the short lists by a scan ---------------------

    def card_list(self) -> CardList:
        """The cards with their index. A plain list put in `cards` by hand (model_copy's
        update, model_construct) gets a fresh index each time: correct, only slower."""
        cards = self.cards
        return cards if isinstance(cards, CardList) else CardList(cards)

    def stage(self, stage_id: str) -> Stage:
        return self.stages[self.stage_index(stage_id)]

    def stage_index(self, stage_id: str) -> int:
        return _index_of(self.stages, stage_id, "stage")

    def persona(self, persona_id: str) -> Persona:
        return self.personas[self.persona_index(persona_id)]

    def persona_index(self, persona_id: str) -> int:
        return _index_of(self.personas, persona_id, "persona")

    def lane_owner(self, lane_id: str) -> tuple[Persona, int]:
        """The persona that owns a lane, and the lane's index in that persona."""
        for persona in self.personas:
            for index, lane in enumerate(persona.lanes):
                if lane.id == lane_id:
                    return persona, index
        raise KeyError(f'no lane "{lane_id}"')

    def lane(self, lane_id: str) -> Lane:
        persona, index = self.lane_owner(lane_id)
        return persona.lanes[index]

    def card(self, card_id: str) -> Card:
        card = self.card_list().card(card_id)
        if card is None:
            raise KeyError(f'no card "{card_id}"')
        return card

    def card_index(self, card_id: str) -> int:
        position = self.card_list().position(card_id)
        if position is None:
            raise KeyError(f'no card "{card_id}"')
        return position

    def has_card(self, card_id: str) -> bool:
        return self.card_list().card(card_id) is not None

    def link(self, link_id: str) -> Link:
        return self.links[self.link_index(link_id)]

    def link_index(self, link_id: str) -> int:
        return _index_of(self.links, link_id, "link")

    def channel(self, channel_id: str) -> Channel:
        return self.channels[self.channel_index(channel_id)]

    def channel_index(self, channel_id: str) -> int:
        return _index_of(self.channels, channel_id, "channel")

    def cell_cards(self, persona_id: str, lane_id: str, stage_id: str) -> list[Card]:
        return list(self.card_list().cell_cards((persona_id, lane_id, stage_id)))

    def links_of(self, card_ids: set[str]) -> Iterator[Link]:
        return (
            link for link in self.links if link.from_card in card_ids or link.to_card in card_ids
        )

    def all_ids(self) -> set[str]:
        ids = {s.id for s in self.stages}
        for persona in self.personas:
            ids.add(persona.id)
            ids.update(lane.id for lane in persona.lanes)
        ids.update(c.id for c in self.cards)
        ids.update(link.id for link in self.links)
        return ids


def _index_of(items, object_id: str, kind: str) -> int:
    for index, item in enumerate(items):
        if item.id == object_id:
            return index
    raise KeyError(f'no {kind} "{object_id}"')
