"""The numbers of a comparison: curve points by stage, means, and the ranked gaps."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from journey_editor.layout.boxes import StageBox
from journey_editor.layout.compute import compute_layout
from journey_editor.layout.map_layout import MapLayout
from journey_editor.layout.options import LayoutOptions
from journey_editor.model.metrics import compute_metrics
from journey_editor.model.project import Project

# The map's curves, without what the chart does not need.
CURVE_OPTIONS = LayoutOptions(title_block=False, legend=False, show_links=False)


# --- the figures ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapPoint:
    """A point of a persona's curve on the map: its card, score, stage and where in the stage
    column it lies (0 left edge … 1 right edge)."""

    card_id: str
    emotion: int
    stage_id: str
    fraction: float


@dataclass(frozen=True)
class StageGap:
    stage_id: str
    index: int  # the stage's position in the map
    emotion_spread: Fraction | None
    effort_spread: Fraction | None
    emotion_high: str | None = None  # persona ids
    emotion_low: str | None = None
    effort_high: str | None = None
    effort_low: str | None = None


Means = dict[tuple[str, str], Fraction]  # (persona id, stage id) -> mean, only where defined


@dataclass(frozen=True)
class CompareFigures:
    persona_ids: tuple[str, ...]  # the personas compared, in map order
    stage_ids: tuple[str, ...]
    points: dict[str, tuple[MapPoint, ...]]  # per persona, in its curve's order
    mean_emotion: Means
    mean_effort: Means
    gaps: tuple[StageGap, ...]  # ranked, see the module docstring


def chosen_personas(project: Project, persona_ids=None) -> tuple[str, ...]:
    """`persona_ids` that the map has, in the map's order (None: every persona)."""
    wanted = None if persona_ids is None else set(persona_ids)
    return tuple(p.id for p in project.personas if wanted is None or p.id in wanted)


def map_points(layout: MapLayout) -> dict[str, tuple[MapPoint, ...]]:
    """Every curve's points with their stage and place in the stage column."""
    stages: dict[str, StageBox] = {box.stage_id: box for box in layout.stages}
    result = {}
    for curve in layout.emotion_curves:
        points = []
        for point in curve.points:
            stage_id = layout.cards[point.card_id].cell[2]
            column = stages[stage_id].rect
            fraction = (point.x - column.x) / column.width if column.width > 0 else 0.5
            points.append(MapPoint(point.card_id, point.emotion, stage_id, fraction))
        result[curve.persona_id] = tuple(points)
    return result


def compare_figures(
    project: Project,
    persona_ids=None,
    layout: MapLayout | None = None,
) -> CompareFigures:
    """The numbers of the comparison; `layout` is the map's (laid out with `CURVE_OPTIONS`
    when not given)."""
    layout = layout or compute_layout(project, CURVE_OPTIONS)
    chosen = chosen_personas(project, persona_ids)
    stage_ids = tuple(stage.id for stage in project.stages)
    every = map_points(layout)
    points = {persona_id: every.get(persona_id, ()) for persona_id in chosen}
    mean_emotion: Means = {}
    for persona_id, found in points.items():
        sums: dict[str, list[int]] = {}
        for point in found:
            sums.setdefault(point.stage_id, []).append(point.emotion)
        for stage_id, scores in sums.items():
            mean_emotion[(persona_id, stage_id)] = Fraction(sum(scores), len(scores))
    mean_effort: Means = {}
    metrics = compute_metrics(project)
    for row in metrics.grid:
        for cell in row:
            if cell.persona_id in points and cell.mean_effort is not None:
                total = round(cell.mean_effort * cell.effort_scored)  # a sum of whole scores
                mean_effort[(cell.persona_id, cell.stage_id)] = Fraction(total, cell.effort_scored)
    gaps = rank_gaps(stage_ids, chosen, mean_emotion, mean_effort)
    return CompareFigures(chosen, stage_ids, points, mean_emotion, mean_effort, gaps)


def _extremes(persona_ids, stage_id: str, means: Means):
    """(spread, highest persona, lowest persona) at the stage, or (None, None, None)."""
    scored = [(p, means[(p, stage_id)]) for p in persona_ids if (p, stage_id) in means]
    if len(scored) < 2:
        return None, None, None
    high = max(scored, key=lambda item: item[1])  # max and min keep the first of equals
    low = min(scored, key=lambda item: item[1])
    return high[1] - low[1], high[0], low[0]


def rank_gaps(
    stage_ids: tuple[str, ...],
    persona_ids: tuple[str, ...],
    mean_emotion: Means,
    mean_effort: Means,
) -> tuple[StageGap, ...]:
    """The stages with a spread, ranked as the module docstring says."""
    gaps = []
    for index, stage_id in enumerate(stage_ids):
        emotion, e_high, e_low = _extremes(persona_ids, stage_id, mean_emotion)
        effort, f_high, f_low = _extremes(persona_ids, stage_id, mean_effort)
        if emotion is None and effort is None:
            continue
        gaps.append(StageGap(stage_id, index, emotion, effort, e_high, e_low, f_high, f_low))

    def key(gap: StageGap):
        return (
            gap.emotion_spread is None,
            -(gap.emotion_spread or 0),
            gap.effort_spread is None,
            -(gap.effort_spread or 0),
            gap.index,
        )

    return tuple(sorted(gaps, key=key))
