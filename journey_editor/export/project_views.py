"""Read-only views of a project for printing: one persona only, or some lanes left out.

Shallow copies (`model_copy`): the user's project is never changed, and nothing is
re-validated, as a subset of a valid map is valid (links whose ends left are dropped too).
"""

from __future__ import annotations

from collections.abc import Iterable

from journey_editor.model.project import Project


def persona_only(project: Project, persona_id: str) -> Project:
    """The map with just this persona's band: its cards and the links between them."""
    persona = project.persona(persona_id)
    cards = [card for card in project.cards if card.persona == persona_id]
    return _with(project, [persona], cards)


def without_lane_kinds(project: Project, kinds: Iterable[str]) -> Project:
    """The map without the lanes of these kinds (and their cards and links): what a print
    that hides them shows, so the summary's figures match the printed map."""
    hidden = frozenset(kinds)
    if not hidden:
        return project
    personas = []
    kept_lanes: set[str] = set()
    for persona in project.personas:
        lanes = [lane for lane in persona.lanes if lane.kind not in hidden]
        kept_lanes.update(lane.id for lane in lanes)
        personas.append(persona.model_copy(update={"lanes": lanes}))
    cards = [card for card in project.cards if card.lane in kept_lanes]
    return _with(project, personas, cards)


def _with(project: Project, personas, cards) -> Project:
    ids = {card.id for card in cards}
    links = [link for link in project.links if link.from_card in ids and link.to_card in ids]
    return project.model_copy(update={"personas": personas, "cards": cards, "links": links})
