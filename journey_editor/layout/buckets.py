"""The cards of each cell, gathered per persona only when that persona's band is laid out.

The per-cell grouping, the card counts and the effort sums of a persona are computed the
first time its band asks, from the cell index the project's card list keeps up to date
(`model/card_list.py`): after a one-card edit, `update_layout` lays out one or two bands and
pays for their cells, not for the whole map's cards.
"""

from __future__ import annotations

from journey_editor.layout.options import LayoutOptions
from journey_editor.model.entities import Card
from journey_editor.model.project import Project

CellKey = tuple[str, str, str]


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
        self._cards = project.card_list()  # its cell index answers each cell in a lookup
        self._done: dict[str, _PersonaCards] = {}

    def _of(self, persona_id: str) -> _PersonaCards:
        found = self._done.get(persona_id)
        if found is not None:
            return found
        found = self._done[persona_id] = _PersonaCards()
        persona = next((p for p in self._project.personas if p.id == persona_id), None)
        if persona is None:
            return found
        cells, effort = found.cells, found.effort
        shown = self._options.card_filter
        in_cell = self._cards.cell_index().get
        stage_ids = [stage.id for stage in self._project.stages]
        for lane in persona.lanes:
            for stage_id in stage_ids:
                key = (persona_id, lane.id, stage_id)
                cards = in_cell(key)
                if not cards:
                    continue
                if shown is not None:
                    cards = [card for card in cards if shown.shows(card)]
                    if not cards:
                        continue
                cells[key] = list(cards)
                found.count += len(cards)
                total, scored = effort.get(stage_id, (0, 0))
                for card in cards:
                    if card.effort is not None:
                        total += card.effort
                        scored += 1
                if scored:
                    effort[stage_id] = (total, scored)
        return found

    def cells_of(self, persona_id: str) -> dict[CellKey, list[Card]]:
        """The persona's non-empty cells and their cards (read it, do not change it): a band
        looks up each of its cells in it, without a call per cell."""
        return self._of(persona_id).cells

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
