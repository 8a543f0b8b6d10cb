"""The cards of each cell, gathered per persona only when that persona's band is laid out.

The per-cell grouping, the card counts and the effort sums of a persona are computed the
first time its band asks. After a one-card edit `update_layout` lays out one or two bands:
each picks its persona's cards out of the list in one C-level pass (no Python code per card);
past a few bands, one pass groups every card by persona instead.
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter

from journey_editor.layout.options import LayoutOptions
from journey_editor.model.entities import Card
from journey_editor.model.project import Project

CellKey = tuple[str, str, str]
SINGLE_PICKS = 3  # bands served by a pass of their own before every card is grouped at once
_persona = attrgetter("persona")


class _PersonaCards:
    __slots__ = ("cells", "count", "effort")

    def __init__(self) -> None:
        self.cells: dict[CellKey, list[Card]] = {}
        self.count = 0
        # stage id -> (sum, count) of the efforts of the persona's cards, every lane: the heat
        # strip shows their mean, as `model.metrics` defines it (unscored cards left out).
        self.effort: dict[str, tuple[int, int]] = {}


class CardBuckets:
    """Cards whose persona, lane or stage does not resolve (mid-edit) are left out."""

    def __init__(self, project: Project, options: LayoutOptions) -> None:
        self._options = options
        self._project = project
        self._lane_owner = {
            lane.id: persona.id for persona in project.personas for lane in persona.lanes
        }
        self._stage_ids = {stage.id for stage in project.stages}
        self._raw: dict[str, list[Card]] | None = None
        self._picked = 0
        self._done: dict[str, _PersonaCards] = {}

    def _cards_of(self, persona_id: str) -> list[Card]:
        cards = self._project.cards
        if self._raw is None and self._picked < SINGLE_PICKS:
            self._picked += 1
            return list(compress(cards, map(persona_id.__eq__, map(_persona, cards))))
        if self._raw is None:
            self._raw = {}
            for card in cards:
                group = self._raw.get(card.persona)
                if group is None:
                    self._raw[card.persona] = [card]
                else:
                    group.append(card)
        return self._raw.get(persona_id, [])

    def _of(self, persona_id: str) -> _PersonaCards:
        found = self._done.get(persona_id)
        if found is not None:
            return found
        found = _PersonaCards()
        owner, stages = self._lane_owner, self._stage_ids
        cells, effort = found.cells, found.effort
        shown = self._options.card_filter
        for card in self._cards_of(persona_id):
            if owner.get(card.lane) != persona_id or card.stage not in stages:
                continue
            if shown is not None and not shown.shows(card):
                continue
            key = (persona_id, card.lane, card.stage)
            bucket = cells.get(key)
            if bucket is None:
                cells[key] = [card]
            else:
                bucket.append(card)
            found.count += 1
            if card.effort is not None:
                total, scored = effort.get(card.stage, (0, 0))
                effort[card.stage] = (total + card.effort, scored + 1)
        self._done[persona_id] = found
        return found

    def cell(self, key: CellKey) -> list[Card] | None:
        return self._of(key[0]).cells.get(key)

    def count(self, persona_id: str) -> int:
        return self._of(persona_id).count

    def effort(self, persona_id: str, stage_id: str) -> tuple[int, int]:
        return self._of(persona_id).effort.get(stage_id, (0, 0))

    def drawn_channels(self) -> set[str]:
        """Channels of the cards that will be drawn (for the legend): the whole map."""
        hidden, collapsed = self._options.hidden_lane_kinds, self._options.collapsed_personas
        channels: set[str] = set()
        for persona in self._project.personas:
            if persona.id in collapsed:
                continue
            shown = {lane.id for lane in persona.lanes if lane.kind not in hidden}
            for key, cards in self._of(persona.id).cells.items():
                if key[1] in shown:
                    channels.update(c.channel for c in cards if c.channel is not None)
        return channels
