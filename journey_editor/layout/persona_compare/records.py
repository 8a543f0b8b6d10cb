"""What a laid-out comparison is made of, and its words."""

from __future__ import annotations

from dataclasses import dataclass, field

from journey_editor.layout.geometry import CubicSegment, Point, Rect
from journey_editor.layout.persona_compare.figures import CompareFigures
from journey_editor.layout.persona_compare.styles import LineStyle
from journey_editor.layout.text import TextBlock

# --- the words ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompareLabels:
    """The words the comparison writes, in English; export/compare_words.py translates them."""

    title: str = "Personas compared — {title}"
    untitled: str = "Customer-journey map"
    note: str = (
        "Each curve goes through one persona's emotion scores, stage by stage, as on the map; "
        "each marker is one card."
    )
    emotion: str = "Emotion"
    emotion_values: tuple[str, ...] = ("−2", "−1", "0", "+1", "+2")
    effort_heading: str = "Mean effort per stage (1 effortless … 5 very hard)"
    no_curve: str = "{name} (no emotion score)"
    gap_heading: str = "Where the personas differ most"
    gap_rule: str = (
        "Spread = highest − lowest mean of the personas at the stage. Ranked by emotion spread, "
        "then effort spread, then stage order."
    )
    rank: str = "#"
    stage: str = "Stage"
    emotion_spread: str = "Emotion spread"
    emotion_extremes: str = "Highest → lowest emotion"
    effort_spread: str = "Effort spread"
    effort_extremes: str = "Most → least effort"
    equal: str = "all at {value}"
    no_personas: str = "Choose the personas to compare."
    one_persona: str = "Choose at least two personas to see where they differ."
    no_gap: str = "No stage has scores from two of these personas yet."
    decimal_mark: str = "."


# --- the picture ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComparedPoint:
    x: float
    y: float
    card_id: str
    emotion: int
    persona_id: str
    stage_id: str


@dataclass(frozen=True)
class ComparedCurve:
    persona_id: str
    colour: str
    style: LineStyle
    points: tuple[ComparedPoint, ...]  # x strictly increasing
    segments: tuple[CubicSegment, ...]


@dataclass(frozen=True)
class StageColumn:
    stage_id: str
    header: Rect  # the stage's name, on the dark header row
    rect: Rect  # the column across the plot


@dataclass(frozen=True)
class Label:
    block: TextBlock
    role: str = "ink"  # "ink", "muted" or "header" (white on the header fill)


@dataclass(frozen=True)
class Fill:
    rect: Rect
    role: str  # "header", "stripe", "plot" or "effort" (the heat ramp at `value`)
    value: float | None = None


@dataclass(frozen=True)
class Rule:
    start: Point
    end: Point
    role: str  # "grid", "level", "baseline" or "row"


@dataclass(frozen=True)
class Sample:
    """A persona's line style and marker, drawn as in the chart: in the legend, and before its
    name in the effort table."""

    persona_id: str
    colour: str
    style: LineStyle
    line: tuple[Point, Point]
    marker: Point


@dataclass(frozen=True)
class PersonaComparison:
    area: Rect
    bottom: float  # where the content ends (past area.bottom when it could not fit)
    scale: float  # text and strokes, relative to an A4 landscape page
    line_width: float
    marker_radius: float
    plot: Rect  # the emotion area of the chart
    levels: tuple[float, ...]  # y of emotions −2 … +2 in the plot
    columns: tuple[StageColumn, ...]
    curves: tuple[ComparedCurve, ...]
    samples: tuple[Sample, ...]
    labels: tuple[Label, ...]
    fills: tuple[Fill, ...]
    rules: tuple[Rule, ...]
    figures: CompareFigures
    heading_y: float = 0.0  # the title's top, for a bookmark
    notes: tuple[str, ...] = field(default=())  # messages shown instead of a chart or table
