"""Rules that span objects: unique ids and references that resolve."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from journey_editor.model.entities import Card, Channel, Link, Persona, Stage
from journey_editor.model.problems import Problem


class MapParts(Protocol):
    """What the rules read of a map: a Project, described here so that this module does not
    import project.py, which imports it (no import circle, not even for type hints)."""

    @property
    def stages(self) -> Sequence[Stage]: ...
    @property
    def personas(self) -> Sequence[Persona]: ...
    @property
    def channels(self) -> Sequence[Channel]: ...
    @property
    def cards(self) -> Sequence[Card]: ...
    @property
    def links(self) -> Sequence[Link]: ...


def find_integrity_problems(project: MapParts) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}

    def claim(kind: str, object_id: str, title: str) -> None:
        if object_id in seen:
            problems.append(
                Problem(
                    kind,
                    object_id,
                    title,
                    "id",
                    f"duplicate id, already used by a {seen[object_id]}",
                )
            )
        else:
            seen[object_id] = kind

    stage_ids = set()
    for stage in project.stages:
        claim("stage", stage.id, stage.name)
        stage_ids.add(stage.id)
    lanes_of: dict[str, set[str]] = {}
    for persona in project.personas:
        claim("persona", persona.id, persona.name)
        lane_ids = lanes_of.setdefault(persona.id, set())
        for lane in persona.lanes:
            claim("lane", lane.id, lane.name)
            lane_ids.add(lane.id)

    channel_ids: set[str] = set()
    for channel in project.channels:
        if channel.id in channel_ids:
            problems.append(
                Problem("channel", channel.id, channel.label, "id", "duplicate channel id")
            )
        channel_ids.add(channel.id)

    card_ids = set()
    for card in project.cards:
        # claim() inlined: this loop runs once per card of a 50,000-card map at each load.
        if card.id in seen:
            claim("card", card.id, card.title)
        else:
            seen[card.id] = "card"
        card_ids.add(card.id)
        lane_ids = lanes_of.get(card.persona)
        if lane_ids is None:
            problems.append(_dangling(card, "persona", card.persona, "persona"))
        elif card.lane not in lane_ids:
            problems.append(
                Problem(
                    "card",
                    card.id,
                    card.title,
                    "lane",
                    f'refers to lane "{card.lane}", '
                    f'which is not a lane of persona "{card.persona}"',
                )
            )
        if card.stage not in stage_ids:
            problems.append(_dangling(card, "stage", card.stage, "stage"))
        if card.channel is not None and card.channel not in channel_ids:
            problems.append(_dangling(card, "channel", card.channel, "channel"))

    for link in project.links:
        claim("link", link.id, link.label)
        for field in ("from_card", "to_card"):
            target = getattr(link, field)
            if target not in card_ids:
                problems.append(
                    Problem(
                        "link",
                        link.id,
                        link.label,
                        field,
                        f'refers to card "{target}", which does not exist',
                    )
                )
        if link.from_card == link.to_card:
            problems.append(
                Problem(
                    "link", link.id, link.label, "to_card", "a link cannot join a card to itself"
                )
            )
    return problems


def _dangling(card, field: str, target: str, target_kind: str) -> Problem:
    return Problem(
        "card",
        card.id,
        card.title,
        field,
        f'refers to {target_kind} "{target}", which does not exist',
    )
