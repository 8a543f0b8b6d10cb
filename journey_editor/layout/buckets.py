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
    __slots__ = ("cells", "count", "effort", "frame")

    def __init__(self, frame: tuple = ()) -> None:
        self.cells: dict[CellKey, list[Card]] = {}
        self.count = 0
        # stage id -> (sum, count) of the efforts of the persona's cards, every lane: the heat
        # strip shows their mean, as `model.metrics` defines it (unscored cards left out).
        self.effort: dict[str, tuple[int, int]] = {}
        self.frame = frame  # the lane ids and stage ids the cells were gathered over


class CardBuckets:
    """Cards whose persona, lane or stage does not resolve (mid-edit) are left out.

    With `earlier` (the buckets of the last layout, made with the same options) and the cells
    an edit changed, a persona's cells are those of `earlier` with the changed cells gathered
    again: a one-card edit looks at two cells, not at every cell of the band."""

    def __init__(
        self,
        project: Project,
        options: LayoutOptions,
        earlier: CardBuckets | None = None,
        changed: frozenset[CellKey] | None = None,
    ) -> None:
        self._options = options
        self._project = project
        self._cards = project.card_list()  # its cell index answers each cell in a lookup
        self._done: dict[str, _PersonaCards] = {}
        self._stage_ids = tuple(stage.id for stage in project.stages)
        usable = earlier is not None and changed is not None and earlier._options is options
        self._earlier = earlier._done if usable and earlier is not None else {}
        self._changed = changed or frozenset()
        if self._earlier:
            # The personas the edit did not touch keep their cells as gathered (so the next
            # edit finds them too); the others are patched from `earlier` when asked.
            touched = {key[0] for key in self._changed}
            self._done = {
                persona: cards for persona, cards in self._earlier.items() if persona not in touched
            }

    def _of(self, persona_id: str) -> _PersonaCards:
        found = self._done.get(persona_id)
        if found is not None:
            return found
        persona = next((p for p in self._project.personas if p.id == persona_id), None)
        if persona is None:
            found = self._done[persona_id] = _PersonaCards()
            return found
        frame = (tuple(lane.id for lane in persona.lanes), self._stage_ids)
        before = self._earlier.get(persona_id)
        if before is not None and before.frame == frame:
            found = self._done[persona_id] = self._patched(before, persona_id)
            return found
        found = self._done[persona_id] = _PersonaCards(frame)
        cells, effort = found.cells, found.effort
        for lane_id in frame[0]:
            for stage_id in frame[1]:
                cards = self._gather((persona_id, lane_id, stage_id))
                if cards is None:
                    continue
                cells[(persona_id, lane_id, stage_id)] = cards
                found.count += len(cards)
                total, scored = effort.get(stage_id, (0, 0))
                for card in cards:
                    if card.effort is not None:
                        total += card.effort
                        scored += 1
                if scored:
                    effort[stage_id] = (total, scored)
        return found

    def _gather(self, key: CellKey) -> list[Card] | None:
        """The cell's cards the options show, None when there is none."""
        cards = self._cards.cell_index().get(key)
        if not cards:
            return None
        shown = self._options.card_filter
        if shown is not None:
            cards = [card for card in cards if shown.shows(card)]
            if not cards:
                return None
        return list(cards)

    def _patched(self, before: _PersonaCards, persona_id: str) -> _PersonaCards:
        """`before` with the changed cells of the persona gathered again, and the effort of
        their stages summed again."""
        found = _PersonaCards(before.frame)
        found.cells = cells = before.cells.copy()
        found.effort = effort = before.effort.copy()
        found.count = before.count
        stages = set()
        for key in self._changed:
            if key[0] != persona_id:
                continue
            stages.add(key[2])
            found.count -= len(cells.pop(key, ()))
            lanes, stage_ids = before.frame
            cards = self._gather(key) if key[1] in lanes and key[2] in stage_ids else None
            if cards is not None:
                cells[key] = cards
                found.count += len(cards)
        for stage_id in stages:
            total = scored = 0
            for lane_id in before.frame[0]:
                for card in cells.get((persona_id, lane_id, stage_id), ()):
                    if card.effort is not None:
                        total += card.effort
                        scored += 1
            if scored:
                effort[stage_id] = (total, scored)
            else:
                effort.pop(stage_id, None)
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
