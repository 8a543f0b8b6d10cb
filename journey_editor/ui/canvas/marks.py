"""The small pictures of a card (and of a legend swatch), painted from the layout's glyph
geometry: effort dots and number, emotion face, moment-of-truth star, exit mark, channel chip,
dot votes.

Each function takes the rectangle the layout reserved, in scene units, and draws exactly the
shapes `journey_editor.layout.glyphs` describes, so the canvas and the PDF agree.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from journey_editor.layout import Rect, effort_glyph, exit_lines, face_glyph, star_polygon
from journey_editor.layout import card_style as style
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.text import map_font
from journey_editor.ui.icons import paint_channel_icon


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def _round_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_effort(painter: QPainter, badge: Rect, effort: int) -> None:
    """Five dots, the first `effort` filled in the heat colour, and the digit: readable in
    grey too (the count of filled dots and the number say the same)."""
    glyph = effort_glyph(badge, effort)
    fill = theme.effort_colour(effort)
    outline = QPen(theme.colour(style.BADGE_OUTLINE), style.BADGE_LINE)
    painter.setPen(outline)
    for i, dot in enumerate(glyph.dots):
        painter.setBrush(fill if i < glyph.filled else QBrush(Qt.BrushStyle.NoBrush))
        painter.drawEllipse(qrect(dot))
    painter.setFont(map_font(painter, glyph.number_size, True))
    painter.setPen(theme.INK)
    painter.drawText(QPointF(glyph.number.x, glyph.number.baseline), glyph.number.text)


def paint_face(painter: QPainter, rect: Rect, emotion: int, line_width: float = 0.8) -> None:
    glyph = face_glyph(rect, emotion)
    painter.setPen(QPen(theme.INK, line_width))
    painter.setBrush(theme.emotion_fill(emotion))
    painter.drawEllipse(qrect(glyph.circle))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.INK)
    painter.drawEllipse(qrect(glyph.left_eye))
    painter.drawEllipse(qrect(glyph.right_eye))
    mouth = QPainterPath(QPointF(*glyph.mouth.start))
    mouth.cubicTo(QPointF(*glyph.mouth.c1), QPointF(*glyph.mouth.c2), QPointF(*glyph.mouth.end))
    painter.setPen(_round_pen(theme.INK, line_width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)


def paint_star(painter: QPainter, rect: Rect) -> None:
    polygon = QPolygonF([QPointF(x, y) for x, y in star_polygon(rect)])
    pen = QPen(theme.STAR_LINE, style.STAR_LINE)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(theme.STAR_FILL)
    painter.drawPolygon(polygon)


def paint_exit(painter: QPainter, rect: Rect) -> None:
    painter.setPen(_round_pen(theme.EXIT_LINE, style.EXIT_LINE))
    for start, end in exit_lines(rect):
        painter.drawLine(QPointF(*start), QPointF(*end))


def paint_votes(painter: QPainter, card: Rect, votes: int) -> None:
    """The card's dot votes as `card_style.vote_marks` places them: sticker dots on the top
    edge, and past five the count in a pill."""
    marks = style.vote_marks(card, votes)
    if marks is None:
        return
    painter.setPen(QPen(theme.colour(style.VOTE_RING), style.VOTE_RING_WIDTH))
    painter.setBrush(theme.colour(style.VOTE_FILL))
    for dot in marks.dots:
        painter.drawEllipse(qrect(dot))
    if marks.pill is not None and marks.number is not None:
        radius = marks.pill.height / 2
        painter.drawRoundedRect(qrect(marks.pill), radius, radius)
        painter.setFont(map_font(painter, style.VOTE_NUMBER_SIZE, True))
        painter.setPen(theme.colour(style.VOTE_TEXT))
        painter.drawText(QPointF(marks.number.x, marks.number.baseline), marks.number.text)


def paint_chip(painter: QPainter, rect: Rect, hex_colour: str, icon: str | None) -> None:
    """The channel chip: a rounded square in the channel's colour with its icon on top, in
    white or ink, whichever contrasts better with that colour."""
    area = qrect(rect)
    radius = rect.width * style.CHIP_RADIUS
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.colour(hex_colour))
    painter.drawRoundedRect(area, radius, radius)
    inset = rect.width * style.CHIP_INSET
    paint_channel_icon(
        painter,
        area.adjusted(inset, inset, -inset, -inset),
        icon or "",
        theme.readable_on(hex_colour),
    )
