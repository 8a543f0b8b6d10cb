"""Painting a persona comparison (`layout.persona_compare`) with a QPainter: the same records
the PDF page paints (export/paint_compare.py), in the same colours, strokes and fonts."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from journey_editor.layout import colours as c
from journey_editor.layout.geometry import CubicSegment, Point
from journey_editor.layout.persona_compare import LineStyle, PersonaComparison, marker_outline
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.text import draw_block, ensure_fonts

STRIPE = QColor("#eef2f6")
PLOT = QColor("#fbfcfd")
FILLS = {"header": theme.HEADER_BG, "stripe": STRIPE, "plot": PLOT}
TEXT = {"ink": theme.INK, "muted": theme.MUTED, "header": theme.HEADER_TEXT}
# (colour, width as a share of the comparison's scale, dashes in points × scale): as the PDF
RULES = {
    "grid": (theme.GRID, 0.7, ()),
    "level": (theme.ROW_LINE, 0.5, (2.0, 2.0)),
    "baseline": (theme.FAINT, 1.0, ()),
    "row": (theme.ROW_LINE, 0.5, ()),
}
EFFORT_TINT = 0.55
MARKER_EDGE = 0.8


def effort_fill(value: float) -> QColor:
    base = theme.effort_colour(value)
    channels = c.tint((base.red(), base.green(), base.blue()), EFFORT_TINT, 255)
    return QColor(*(round(v) for v in channels))


def paint_comparison(painter: QPainter, comparison: PersonaComparison) -> None:
    ensure_fonts()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    k = comparison.scale
    painter.setPen(Qt.PenStyle.NoPen)
    for fill in comparison.fills:
        if fill.role == "effort" and fill.value is not None:
            painter.setBrush(effort_fill(fill.value))
        else:
            painter.setBrush(FILLS.get(fill.role, STRIPE))
        painter.drawRect(QRectF(*fill.rect))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rule in comparison.rules:
        colour, width, dashes = RULES.get(rule.role, RULES["row"])
        pen = QPen(colour, width * k)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if dashes:
            pen.setDashPattern([d / width for d in dashes])  # Qt counts in pen widths
        painter.setPen(pen)
        painter.drawLine(QPointF(*rule.start), QPointF(*rule.end))
    width, radius = comparison.line_width, comparison.marker_radius
    for curve in comparison.curves:
        painter.setPen(curve_pen(curve.colour, curve.style, width))
        painter.drawPath(segments_path(curve.segments))
    for sample in comparison.samples:
        painter.setPen(curve_pen(sample.colour, sample.style, width))
        painter.drawLine(QPointF(*sample.line[0]), QPointF(*sample.line[1]))
    for curve in comparison.curves:
        for point in curve.points:
            paint_marker(painter, curve.colour, curve.style, Point(point.x, point.y), radius, k)
    for sample in comparison.samples:
        paint_marker(painter, sample.colour, sample.style, sample.marker, radius, k)
    for label in comparison.labels:
        draw_block(painter, label.block, TEXT.get(label.role, theme.INK))


def curve_pen(colour: str, style: LineStyle, width: float) -> QPen:
    pen = QPen(theme.colour(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if style.round else Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if style.dash:
        pen.setDashPattern(list(style.dash))  # already in line widths, as Qt counts
    return pen


def segments_path(segments: tuple[CubicSegment, ...]) -> QPainterPath:
    path = QPainterPath()
    for index, (start, c1, c2, end) in enumerate(segments):
        if index == 0:
            path.moveTo(QPointF(*start))
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


def paint_marker(
    painter: QPainter, colour: str, style: LineStyle, centre: Point, radius: float, k: float
) -> None:
    """As the PDF: filled in the persona's colour with a dark edge, or hollow (white inside,
    edged in the colour)."""
    if style.hollow:
        painter.setBrush(QColor(c.WHITE))
        pen = QPen(theme.colour(colour), 1.6 * k)
    else:
        painter.setBrush(theme.colour(colour))
        pen = QPen(theme.INK, MARKER_EDGE * k)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    outline = marker_outline(style.marker, centre, radius)
    if outline:
        painter.drawPolygon(QPolygonF([QPointF(*point) for point in outline]))
    else:
        painter.drawEllipse(QPointF(*centre), radius, radius)
