"""Painting a channel path (`layout.channel_path`) with a QPainter: the same records, colours
and strokes as the PDF page (export/paint_channel_path.py)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from journey_editor.layout.channel_path import EXIT_COLOUR, ChannelPath
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.text import draw_block, ensure_fonts

STRIPE = QColor("#eef2f6")  # as the summary's and the comparison's stripes
FILLS = {"header": theme.HEADER_BG, "stripe": STRIPE}
TEXT = {"ink": theme.INK, "muted": theme.MUTED, "header": theme.HEADER_TEXT}
RULES = {"grid": (theme.GRID, 0.7), "row": (theme.ROW_LINE, 0.5)}  # colour, width × scale
DOT_EDGE = 0.8
EXIT_RING = 2.0


def paint_channel_path(painter: QPainter, path: ChannelPath) -> None:
    ensure_fonts()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    k = path.scale
    painter.setPen(Qt.PenStyle.NoPen)
    for fill in path.fills:
        painter.setBrush(FILLS.get(fill.role, STRIPE))
        painter.drawRect(QRectF(*fill.rect))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rule in path.rules:
        colour, width = RULES.get(rule.role, RULES["row"])
        pen = QPen(colour, width * k)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(*rule.start), QPointF(*rule.end))
    painter.setPen(Qt.PenStyle.NoPen)
    for row in path.rows:
        painter.setBrush(theme.colour(row.colour))
        painter.drawRect(QRectF(*row.swatch))
    if len(path.dots) > 1:
        pen = QPen(theme.INK, path.line_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([QPointF(*dot.centre) for dot in path.dots]))
    radius = path.dot_radius
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(theme.colour(EXIT_COLOUR), 1.6 * k))
    for dot in path.dots:
        if dot.exit_point:
            painter.drawEllipse(QPointF(*dot.centre), radius * EXIT_RING, radius * EXIT_RING)
    painter.setPen(QPen(theme.INK, DOT_EDGE * k))
    for dot in path.dots:
        painter.setBrush(theme.colour(dot.colour))
        painter.drawEllipse(QPointF(*dot.centre), radius, radius)
    for label in path.labels:
        draw_block(painter, label.block, TEXT.get(label.role, theme.INK))
