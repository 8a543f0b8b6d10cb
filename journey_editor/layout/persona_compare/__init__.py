"""Personas compared: their emotion curves in one chart over the map's stages, their mean
effort per stage, and the stages where they differ most. Pure numbers and geometry in points
(no Qt, no reportlab), painted alike by the comparison window (ui/persona_compare) and the PDF's
comparison page (export/paint_compare.py).

Curves. A persona's points are the points of its curve on the map (`compute_layout`'s
`emotion_curves`, see layout/curves.py): the same cards, in the same order, each keeping its
card id. In the chart a point's y is its emotion's level (`emotion_levels` of the plot) and its
x keeps its place inside its stage column (as a fraction of the column's width), the chart's
columns being the map's stage columns scaled to the chart's width. Personas with one scored
card in a stage would all sit on the column's centre, hiding each other at equal emotion: each
persona shown is nudged sideways by its rank among them (centred, at most `NUDGE` of the column
each way, the points squeezed so no nudge leaves the column). The segments are `catmull_rom`'s
through the moved points, with the map's tension and monotone rule. Each persona keeps one
colour (its own) and one line style and marker (by its place in the map, `LINE_STYLES`), so a
persona looks the same whichever others are shown, and a grey print tells the curves apart.

Figures. The mean emotion of a persona at a stage is the mean over its curve's points in that
stage (the cards its curve goes through: the table reads off the chart); none without a point.
Its mean effort is `model.metrics`' cell mean (every lane's cards with an effort, as the map's
heat strip and the summary page). Both are kept as exact fractions.

Gaps. At each stage, the emotion spread is the largest minus the smallest mean emotion of the
personas shown that have one there, when at least two have one (else none); the effort spread
likewise. Stages are ranked by emotion spread, largest first; equal spreads (exactly equal: the
means are fractions, no rounding decides) by effort spread, largest first; then by stage order,
left to right. A stage without an emotion spread comes after every stage with one, ranked by
its effort spread; a stage with neither is not ranked. The persona named highest (lowest) at a
stage is the first in the map's order with the largest (smallest) mean.
"""

from journey_editor.layout.persona_compare.chart import (
    GAP_ROWS,
    NUDGE,
    compare_personas,
    page_scale,
    points_near,
)
from journey_editor.layout.persona_compare.figures import (
    CURVE_OPTIONS,
    CompareFigures,
    MapPoint,
    StageGap,
    chosen_personas,
    compare_figures,
    map_points,
    rank_gaps,
)
from journey_editor.layout.persona_compare.records import (
    ComparedCurve,
    ComparedPoint,
    CompareLabels,
    Fill,
    Label,
    PersonaComparison,
    Rule,
    Sample,
    StageColumn,
)
from journey_editor.layout.persona_compare.styles import (
    LINE_STYLES,
    MAX_READABLE,
    LineStyle,
    line_style,
    marker_outline,
)

__all__ = [
    "CURVE_OPTIONS",
    "GAP_ROWS",
    "LINE_STYLES",
    "MAX_READABLE",
    "NUDGE",
    "CompareFigures",
    "CompareLabels",
    "ComparedCurve",
    "ComparedPoint",
    "Fill",
    "Label",
    "LineStyle",
    "MapPoint",
    "PersonaComparison",
    "Rule",
    "Sample",
    "StageColumn",
    "StageGap",
    "chosen_personas",
    "compare_figures",
    "compare_personas",
    "line_style",
    "map_points",
    "marker_outline",
    "page_scale",
    "points_near",
    "rank_gaps",
]
