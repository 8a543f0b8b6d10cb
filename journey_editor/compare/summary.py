"""The summary of a diff: figures per persona, per stage and for the whole map, in A and in B.

Definitions (the means and switches are `model.metrics`' own, so the diff, `journey-editor
info` and the PDF summary page agree):
- **Mean effort / mean emotion**: `compute_metrics`' mean over the cards (all lanes) that have
  the score; None when no card has it.
- **Channel switches**: `compute_metrics`' switches along each persona's touchpoints (a stage
  counts the switches *to* its cards).
- **Pain points**: the cards on lanes of kind ``pain_points`` (the irritants a workshop writes
  down). This is not `metrics`' "pain hot spots", which are the touchpoints at the lowest
  negative emotion: those are a reading of the scores, pain points are cards someone wrote.
- **Exit points**: the cards flagged ``exit_point``, whatever their lane.
A persona or stage on one side only has counts of 0 and means of None on the other.
"""

from __future__ import annotations

from journey_editor.compare.ordering import merged_order
from journey_editor.compare.records import DiffSummary, Figure, Kind, Ref, SummaryRow
from journey_editor.model.metrics import MapMetrics, compute_metrics
from journey_editor.model.project import Project

PAIN_POINT_KIND = "pain_points"


class _Counts:
    """Pain points and exit points per persona, per stage and for the map (resolved cards)."""

    def __init__(self, project: Project) -> None:
        lane_kind = {lane.id: lane.kind for persona in project.personas for lane in persona.lanes}
        self.pain: dict[tuple[str, str], int] = {}
        self.exits: dict[tuple[str, str], int] = {}
        self.total_pain = self.total_exits = 0
        for card in project.cards:
            is_pain = lane_kind.get(card.lane) == PAIN_POINT_KIND
            for key in (("persona", card.persona), ("stage", card.stage)):
                self.pain[key] = self.pain.get(key, 0) + is_pain
                self.exits[key] = self.exits.get(key, 0) + card.exit_point
            self.total_pain += is_pain
            self.total_exits += card.exit_point


def summarise(a: Project, b: Project) -> DiffSummary:
    metrics_a, metrics_b = compute_metrics(a), compute_metrics(b)
    counts_a, counts_b = _Counts(a), _Counts(b)
    names_b = {p.id: p.name for p in b.personas} | {s.id: s.name for s in b.stages}
    names_a = {p.id: p.name for p in a.personas} | {s.id: s.name for s in a.stages}

    def row(kind: Kind, object_id: str, figures_of) -> SummaryRow:
        before, after = figures_of(metrics_a, object_id), figures_of(metrics_b, object_id)
        counts = (counts_a, counts_b)
        pain = [c.pain.get((kind, object_id), 0) for c in counts]
        exits = [c.exits.get((kind, object_id), 0) for c in counts]
        return SummaryRow(
            ref=Ref(kind, object_id, names_b.get(object_id, names_a.get(object_id, ""))),
            in_a=before is not None,
            in_b=after is not None,
            mean_effort=_figure(before, after, "mean_effort"),
            mean_emotion=_figure(before, after, "mean_emotion"),
            pain_points=Figure(pain[0], pain[1]),
            exit_points=Figure(exits[0], exits[1]),
            channel_switches=_figure(before, after, "channel_switches", absent=0),
        )

    personas = merged_order([p.id for p in a.personas], [p.id for p in b.personas])
    stages = merged_order([s.id for s in a.stages], [s.id for s in b.stages])
    return DiffSummary(
        personas=tuple(row("persona", pid, _persona_figures) for pid in personas),
        stages=tuple(row("stage", sid, _stage_figures) for sid in stages),
        whole_map=SummaryRow(
            ref=Ref("project", b.id, b.title),
            in_a=True,
            in_b=True,
            mean_effort=Figure(metrics_a.mean_effort, metrics_b.mean_effort),
            mean_emotion=Figure(metrics_a.mean_emotion, metrics_b.mean_emotion),
            pain_points=Figure(counts_a.total_pain, counts_b.total_pain),
            exit_points=Figure(counts_a.total_exits, counts_b.total_exits),
            channel_switches=Figure(metrics_a.channel_switches, metrics_b.channel_switches),
        ),
    )


def _persona_figures(metrics: MapMetrics, persona_id: str):
    try:
        return metrics.persona(persona_id)
    except KeyError:
        return None


def _stage_figures(metrics: MapMetrics, stage_id: str):
    try:
        return metrics.stage(stage_id)
    except KeyError:
        return None


def _figure(before, after, name: str, absent: int | None = None) -> Figure:
    return Figure(
        getattr(before, name) if before is not None else absent,
        getattr(after, name) if after is not None else absent,
    )
