"""The layout engine: Project + LayoutOptions → MapLayout, pure geometry in PDF points.

The ONE place that decides where things go; the Qt canvas and the reportlab PDF both draw the
same MapLayout. No Qt, no reportlab here (an import-linter contract forbids them): text is
measured by a `TextMeasure` the caller supplies, or by the built-in DejaVu Sans metrics.

    layout = compute_layout(project, LayoutOptions(collapsed_personas=frozenset({"p-1"})))
    layout.cards["card-7"].rect, layout.emotion_curves[0].segments, cell_at(layout, x, y)
"""

from journey_editor.layout.boxes import (
    CardBox,
    CellBox,
    CellKey,
    CurvePoint,
    EmotionCurve,
    HeatCell,
    LaneRow,
    Legend,
    LegendEntry,
    LegendSection,
    LinkPath,
    PersonaBand,
    PersonaHeader,
    PhaseBox,
    StageBox,
    TitleBlock,
)
from journey_editor.layout.compute import LayoutCache, compute_layout, update_layout
from journey_editor.layout.curves import catmull_rom, emotion_levels
from journey_editor.layout.geometry import CubicSegment, Point, Rect
from journey_editor.layout.glyphs import (
    EffortGlyph,
    FaceGlyph,
    curve_sample,
    effort_glyph,
    exit_lines,
    face_glyph,
    star_polygon,
)
from journey_editor.layout.hit import (
    band_at,
    card_at,
    cell_at,
    curve_point_at,
    drop_index_at,
    drop_indicator,
    lane_at,
    lane_label_at,
    persona_header_at,
    stage_at,
    stage_header_at,
)
from journey_editor.layout.map_layout import MapLayout
from journey_editor.layout.options import LayoutLabels, LayoutOptions
from journey_editor.layout.text import (
    DEFAULT_MEASURE,
    SHOWN_TEXT_LIMIT,
    DejaVuMetrics,
    TextBlock,
    TextLine,
    TextMeasure,
    TextWrapper,
    shown_text,
)

__all__ = [
    "DEFAULT_MEASURE",
    "SHOWN_TEXT_LIMIT",
    "CardBox",
    "CellBox",
    "CellKey",
    "CubicSegment",
    "CurvePoint",
    "DejaVuMetrics",
    "EffortGlyph",
    "EmotionCurve",
    "FaceGlyph",
    "HeatCell",
    "LaneRow",
    "LayoutCache",
    "LayoutLabels",
    "LayoutOptions",
    "Legend",
    "LegendEntry",
    "LegendSection",
    "LinkPath",
    "MapLayout",
    "PersonaBand",
    "PersonaHeader",
    "PhaseBox",
    "Point",
    "Rect",
    "StageBox",
    "TextBlock",
    "TextLine",
    "TextMeasure",
    "TextWrapper",
    "TitleBlock",
    "band_at",
    "card_at",
    "catmull_rom",
    "cell_at",
    "compute_layout",
    "curve_point_at",
    "curve_sample",
    "drop_index_at",
    "drop_indicator",
    "effort_glyph",
    "emotion_levels",
    "exit_lines",
    "face_glyph",
    "lane_at",
    "lane_label_at",
    "persona_header_at",
    "shown_text",
    "stage_at",
    "stage_header_at",
    "star_polygon",
    "update_layout",
]
