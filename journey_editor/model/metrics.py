"""Figures that summarise a journey map: per persona, per stage, per persona × stage cell.

Pure functions of a `Project` (no Qt, no I/O), computed in one pass over the cards, so a
5,000-card map is summarised in a few milliseconds. `compute_metrics(project)` is the one entry
point; the summary page of the PDF, the effort heat strip and the README quote the definitions
below.

Definitions
-----------
- **Card count**: every card of the persona (resp. stage, cell, map), whatever its lane.
- **Touchpoint**: a card in a lane of kind ``touchpoints``, with or without a channel.
- **Mean effort / mean emotion**: the arithmetic mean over the cards (all lanes) that have an
  effort (resp. an emotion) score; cards without that score are left out, not counted as zero.
  ``None`` when no card has the score. ``effort_scored`` / ``emotion_scored`` say how many
  cards the mean is taken over.
- **Sequence order** of a persona's cards: by stage (left → right), then by lane (top → bottom
  within the persona's band, which matters when a persona has several touchpoints lanes), then
  by order within the cell (= order in ``project.cards``).
  Inside a stage, cards are read persona by persona (top → bottom), each in sequence order.
  Map-wide, cards are read persona by persona, each in its own sequence order.
- **Lowest emotion**: the minimum emotion over the *touchpoints* that have an emotion score
  (``None`` when none has one).
- **Pain hot spots**: the touchpoints whose emotion equals the lowest emotion, and only when
  that lowest emotion is negative (≤ −1); a list of card ids in sequence order. Every tie is a
  hot spot; a persona (resp. stage, map) whose touchpoints are all neutral or better has none.
- **Channels used**: the distinct channel ids of the touchpoints, in order of first use along
  the sequence. Touchpoints without a channel are skipped; channels on cards of other lanes do
  not count (a touchpoint is where the customer meets a channel).
- **Channel switches**: along each persona's touchpoint sequence, skipping touchpoints without
  a channel, the number of consecutive pairs whose channels differ (website → website → store
  → website is 2 switches). Sequences never join across personas. A switch is attributed to
  the stage (and persona × stage cell) of the card *switched to*, so the switches of the
  stages, of the cells of a persona, and of the personas all add up to the map's total. A
  switch that crosses a stage boundary therefore counts for the later stage.
- **Steps**: the consecutive pairs of touchpoints with a channel along a persona's sequence
  (touchpoints with a channel − 1 per persona), attributed like switches to the later card.
- **Switch frequency**: channel switches ÷ steps (website → app → store → website: 3 ÷ 3 =
  1.0); ``None`` when there is no step.
- **Round trips**: the switches back to a channel that the persona used earlier and left
  (website → app → store → website: 1); attributed like switches.
- **Digital share**: the touchpoints on a digital channel ÷ the touchpoints with a channel;
  ``None`` when no touchpoint has a channel.
- **Exit points**: the cards marked as an exit point, in any lane.

Cards whose persona, lane or stage does not resolve (possible only half-way through an edit,
never in a validated project) are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journey_editor.model.entities import Card
from journey_editor.model.project import Project

TOUCHPOINT_KIND = "touchpoints"
#: A touchpoint is a pain hot spot only if the lowest emotion is at or below this score.
HOT_SPOT_MAX_EMOTION = -1


@dataclass(frozen=True)
class CellMetrics:
    """One persona × stage cell, all of that persona's lanes together."""

    persona_id: str
    stage_id: str
    card_count: int
    touchpoint_count: int
    effort_scored: int
    emotion_scored: int
    mean_effort: float | None
    mean_emotion: float | None
    channel_switches: int
    steps: int = 0
    switch_frequency: float | None = None
    round_trips: int = 0
    digital_share: float | None = None
    exit_points: int = 0


@dataclass(frozen=True)
class PersonaMetrics:
    persona_id: str
    card_count: int
    touchpoint_count: int
    effort_scored: int
    emotion_scored: int
    mean_effort: float | None
    mean_emotion: float | None
    lowest_emotion: int | None
    pain_hot_spots: list[str]
    channels_used: list[str]
    channel_switches: int
    steps: int = 0
    switch_frequency: float | None = None
    round_trips: int = 0
    digital_share: float | None = None
    exit_points: int = 0


@dataclass(frozen=True)
class StageMetrics:
    stage_id: str
    card_count: int
    touchpoint_count: int
    effort_scored: int
    emotion_scored: int
    mean_effort: float | None
    mean_emotion: float | None
    lowest_emotion: int | None
    pain_hot_spots: list[str]
    channels_used: list[str]
    channel_switches: int
    steps: int = 0
    switch_frequency: float | None = None
    round_trips: int = 0
    digital_share: float | None = None
    exit_points: int = 0


@dataclass(frozen=True)
class MapMetrics:
    """`personas` and `stages` follow the project's order; `grid[p][s]` is the cell of
    ``project.personas[p]`` × ``project.stages[s]``. The remaining fields are map-wide totals."""

    personas: list[PersonaMetrics]
    stages: list[StageMetrics]
    grid: list[list[CellMetrics]]
    card_count: int
    touchpoint_count: int
    link_count: int
    effort_scored: int
    emotion_scored: int
    mean_effort: float | None
    mean_emotion: float | None
    lowest_emotion: int | None
    pain_hot_spots: list[str]
    channels_used: list[str]
    channel_switches: int
    steps: int = 0
    switch_frequency: float | None = None
    round_trips: int = 0
    digital_share: float | None = None
    exit_points: int = 0

    def persona(self, persona_id: str) -> PersonaMetrics:
        for metrics in self.personas:
            if metrics.persona_id == persona_id:
                return metrics
        raise KeyError(f'no persona "{persona_id}"')

    def stage(self, stage_id: str) -> StageMetrics:
        for metrics in self.stages:
            if metrics.stage_id == stage_id:
                return metrics
        raise KeyError(f'no stage "{stage_id}"')

    def cell(self, persona_id: str, stage_id: str) -> CellMetrics:
        for row in self.grid:
            if row and row[0].persona_id == persona_id:
                for metrics in row:
                    if metrics.stage_id == stage_id:
                        return metrics
                break
        raise KeyError(f'no cell for persona "{persona_id}" and stage "{stage_id}"')


# --- accumulation ------------------------------------------------------------------------------


@dataclass
class _Tally:
    """Running sums for one group of cards (a cell, a persona, a stage or the map)."""

    cards: int = 0
    touchpoints: int = 0
    effort_sum: int = 0
    effort_n: int = 0
    emotion_sum: int = 0
    emotion_n: int = 0
    switches: int = 0
    steps: int = 0
    round_trips: int = 0
    channelled: int = 0  # touchpoints with a channel
    digital: int = 0  # of those, on a digital channel
    exits: int = 0
    # Only for personas, stages and the map: touchpoints in sequence order, and channels.
    lowest: int | None = None
    hot_candidates: list = field(default_factory=list)
    channels: dict[str, None] = field(default_factory=dict)

    def merge(self, other: _Tally) -> None:
        """Add the counts and sums of `other` (not its sequence fields)."""
        self.cards += other.cards
        self.touchpoints += other.touchpoints
        self.effort_sum += other.effort_sum
        self.effort_n += other.effort_n
        self.emotion_sum += other.emotion_sum
        self.emotion_n += other.emotion_n
        self.switches += other.switches
        self.steps += other.steps
        self.round_trips += other.round_trips
        self.channelled += other.channelled
        self.digital += other.digital
        self.exits += other.exits

    def add_card(self, effort: int | None, emotion: int | None, touchpoint: bool) -> None:
        self.cards += 1
        if touchpoint:
            self.touchpoints += 1
        if effort is not None:
            self.effort_sum += effort
            self.effort_n += 1
        if emotion is not None:
            self.emotion_sum += emotion
            self.emotion_n += 1

    def add_touchpoint_in_sequence(self, card_id: str, channel: str | None, emotion: int | None):
        if channel is not None:
            self.channels.setdefault(channel, None)
        if emotion is None:
            return
        if self.lowest is None or emotion < self.lowest:
            self.lowest = emotion
            self.hot_candidates = [card_id]
        elif emotion == self.lowest:
            self.hot_candidates.append(card_id)

    @property
    def mean_effort(self) -> float | None:
        return self.effort_sum / self.effort_n if self.effort_n else None

    @property
    def mean_emotion(self) -> float | None:
        return self.emotion_sum / self.emotion_n if self.emotion_n else None

    @property
    def hot_spots(self) -> list[str]:
        if self.lowest is None or self.lowest > HOT_SPOT_MAX_EMOTION:
            return []
        return list(self.hot_candidates)

    def common(self) -> dict:
        return {
            "card_count": self.cards,
            "touchpoint_count": self.touchpoints,
            "effort_scored": self.effort_n,
            "emotion_scored": self.emotion_n,
            "mean_effort": self.mean_effort,
            "mean_emotion": self.mean_emotion,
            "channel_switches": self.switches,
            "steps": self.steps,
            "switch_frequency": self.switches / self.steps if self.steps else None,
            "round_trips": self.round_trips,
            "digital_share": self.digital / self.channelled if self.channelled else None,
            "exit_points": self.exits,
        }

    def sequence_fields(self) -> dict:
        return {
            "lowest_emotion": self.lowest,
            "pain_hot_spots": self.hot_spots,
            "channels_used": list(self.channels),
        }


def touchpoint_sequence(project: Project, persona_id: str) -> list[Card]:
    """The persona's touchpoints in sequence order (module docstring): by stage, then by
    touchpoints lane top to bottom, then by card order; with and without a channel."""
    persona = next((p for p in project.personas if p.id == persona_id), None)
    if persona is None:
        return []
    lane_rank = {
        lane.id: index for index, lane in enumerate(persona.lanes) if lane.kind == TOUCHPOINT_KIND
    }
    stage_rank = {stage.id: index for index, stage in enumerate(project.stages)}
    cards = [
        (stage_rank[card.stage], lane_rank[card.lane], order, card)
        for order, card in enumerate(project.cards)
        if card.persona == persona_id and card.lane in lane_rank and card.stage in stage_rank
    ]
    return [card for *_, card in sorted(cards, key=lambda entry: entry[:3])]


def compute_metrics(project: Project) -> MapMetrics:
    """Every figure of the module docstring, in O(cards + personas × stages × lanes)."""
    stage_at = {stage.id: index for index, stage in enumerate(project.stages)}
    persona_at = {persona.id: index for index, persona in enumerate(project.personas)}
    # lane id -> (persona index, lane index within the persona, is a touchpoints lane)
    lane_at: dict[str, tuple[int, int, bool]] = {}
    for p_index, persona in enumerate(project.personas):
        for l_index, lane in enumerate(persona.lanes):
            lane_at[lane.id] = (p_index, l_index, lane.kind == TOUCHPOINT_KIND)

    digital_channels = {channel.id for channel in project.channels if channel.kind == "digital"}
    n_stages = len(project.stages)
    cells = [[_Tally() for _ in range(n_stages)] for _ in project.personas]
    persona_tallies = [_Tally() for _ in project.personas]
    stage_tallies = [_Tally() for _ in project.stages]
    total = _Tally()
    # (persona, stage, lane) -> touchpoints of that cell, already in card order.
    touch_cells: dict[tuple[int, int, int], list] = {}

    # Pass 1, over the cards: counts and sums per cell, and touchpoints bucketed by cell.
    for card in project.cards:
        owner = lane_at.get(card.lane)
        s_index = stage_at.get(card.stage)
        if owner is None or s_index is None or persona_at.get(card.persona) != owner[0]:
            continue
        p_index, l_index, is_touchpoint = owner
        effort, emotion = card.effort, card.emotion
        cell = cells[p_index][s_index]
        cell.add_card(effort, emotion, is_touchpoint)
        if card.exit_point:
            cell.exits += 1
        if is_touchpoint and card.channel is not None:
            cell.channelled += 1
            if card.channel in digital_channels:
                cell.digital += 1
        if is_touchpoint:
            touch_cells.setdefault((p_index, s_index, l_index), []).append(card)

    # Pass 2, over the touchpoints in sequence order: hot spots, channels, switches. Walking
    # persona by persona puts each stage's touchpoints in persona order, as defined above.
    for p_index, persona in enumerate(project.personas):
        touch_lanes = [i for i, lane in enumerate(persona.lanes) if lane.kind == TOUCHPOINT_KIND]
        if not touch_lanes:
            continue
        previous_channel: str | None = None
        used: set[str] = set()
        for s_index in range(n_stages):
            cell = cells[p_index][s_index]
            for l_index in touch_lanes:
                for card in touch_cells.get((p_index, s_index, l_index), ()):
                    channel, emotion = card.channel, card.emotion
                    for tally in (persona_tallies[p_index], stage_tallies[s_index], total):
                        tally.add_touchpoint_in_sequence(card.id, channel, emotion)
                    if channel is None:
                        continue
                    if previous_channel is not None:
                        cell.steps += 1
                        if channel != previous_channel:
                            cell.switches += 1
                            if channel in used:
                                cell.round_trips += 1
                    previous_channel = channel
                    used.add(channel)

    # Counts, sums and switches of personas, stages and the map are sums of cells.
    for p_index, row in enumerate(cells):
        for s_index, cell in enumerate(row):
            persona_tallies[p_index].merge(cell)
            stage_tallies[s_index].merge(cell)
            total.merge(cell)

    grid = [
        [
            CellMetrics(persona_id=persona.id, stage_id=stage.id, **cells[p][s].common())
            for s, stage in enumerate(project.stages)
        ]
        for p, persona in enumerate(project.personas)
    ]
    return MapMetrics(
        personas=[
            PersonaMetrics(persona_id=persona.id, **tally.common(), **tally.sequence_fields())
            for persona, tally in zip(project.personas, persona_tallies, strict=True)
        ],
        stages=[
            StageMetrics(stage_id=stage.id, **tally.common(), **tally.sequence_fields())
            for stage, tally in zip(project.stages, stage_tallies, strict=True)
        ],
        grid=grid,
        link_count=len(project.links),
        **total.common(),
        **total.sequence_fields(),
    )
