"""The ids a project holds and what they name, to check new ids and references before editing."""

from __future__ import annotations

from dataclasses import dataclass, field

from journey_editor.edits.base import EditError
from journey_editor.model import Card, Lane, Link, Persona, Project, Stage


@dataclass
class Namespace:
    """A snapshot of a project's ids; edits extend it with what they are about to add.

    Stages, personas, lanes, cards and links share one id namespace (references name an object
    by id alone); channels, a catalogue of their own, have theirs.
    """

    kinds: dict[str, str] = field(default_factory=dict)
    stages: set[str] = field(default_factory=set)
    lanes_of: dict[str, set[str]] = field(default_factory=dict)
    cards: set[str] = field(default_factory=set)
    channels: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, project: Project) -> Namespace:
        names = cls(channels={channel.id for channel in project.channels})
        for stage in project.stages:
            names.add_stage(stage)
        for persona in project.personas:
            names.add_persona(persona)
        for card in project.cards:
            names.claim("card", card.id)
            names.cards.add(card.id)
        for link in project.links:
            names.claim("link", link.id)
        return names

    @classmethod
    def references_of(cls, project: Project) -> Namespace:
        """Only what `check_card` needs (stages, lanes, channels), without the claims of
        every id: a drag of one card on a 50,000-card map pays for a few sets, not for a
        snapshot of the whole map."""
        return cls(
            stages={stage.id for stage in project.stages},
            lanes_of={p.id: {lane.id for lane in p.lanes} for p in project.personas},
            channels={channel.id for channel in project.channels},
        )

    def claim(self, kind: str, object_id: str) -> None:
        if object_id in self.kinds:
            raise EditError(
                kind, object_id, "id", f"this id is already used by a {self.kinds[object_id]}"
            )
        self.kinds[object_id] = kind

    def add_stage(self, stage: Stage) -> None:
        self.claim("stage", stage.id)
        self.stages.add(stage.id)

    def add_persona(self, persona: Persona) -> None:
        self.claim("persona", persona.id)
        self.lanes_of[persona.id] = set()
        for lane in persona.lanes:
            self.add_lane(persona.id, lane)

    def add_lane(self, persona_id: str, lane: Lane) -> None:
        self.claim("lane", lane.id)
        self.lanes_of[persona_id].add(lane.id)

    def add_card(self, card: Card) -> None:
        self.check_card(card)
        self.claim("card", card.id)
        self.cards.add(card.id)

    def add_link(self, link: Link) -> None:
        self.check_link(link)
        self.claim("link", link.id)

    def check_card(self, card: Card) -> None:
        lanes = self.lanes_of.get(card.persona)
        if lanes is None:
            raise _dangling("card", card.id, "persona", card.persona)
        if card.lane not in lanes:
            raise EditError(
                "card",
                card.id,
                "lane",
                f'refers to lane "{card.lane}", which is not a lane of persona "{card.persona}"',
            )
        if card.stage not in self.stages:
            raise _dangling("card", card.id, "stage", card.stage)
        if card.channel is not None and card.channel not in self.channels:
            raise _dangling("card", card.id, "channel", card.channel)

    def check_link(self, link: Link) -> None:
        for name in ("from_card", "to_card"):
            target = getattr(link, name)
            if target not in self.cards:
                raise EditError(
                    "link", link.id, name, f'refers to card "{target}", which does not exist'
                )
        if link.from_card == link.to_card:
            raise EditError("link", link.id, "to_card", "a link cannot join a card to itself")


def _dangling(kind: str, object_id: str, name: str, target: str) -> EditError:
    return EditError(kind, object_id, name, f'refers to {name} "{target}", which does not exist')
