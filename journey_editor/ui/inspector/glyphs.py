"""Small painted icons for the inspector: emotion faces and colour swatches.

Painted rather than taken from a font: emoji fonts are missing on many workshop laptops, and a
face drawn with lines still reads on a grey photocopy or a washed-out projector.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen

from journey_editor.ui.icons import channel_icon
from journey_editor.ui.vector_icon import painted_icon

# Okabe–Ito orange for the negative side, bluish green for the positive one: apart for
# colour-blind readers, and the mouth carries the meaning anyway.
_FACE_COLOURS = {-2: "#D55E00", -1: "#E69F00", 0: "#BBBBBB", 1: "#56B4E9", 2: "#009E73"}


def face_icon(emotion: int, size: int = 28) -> QIcon:
    """A round face whose mouth curves with the score: −2 deep frown … +2 broad smile, `size`
    pixels, drawn for every common device pixel ratio (sharp on high-DPI screens)."""

    def paint(painter: QPainter, rect: QRectF) -> None:
        side = min(rect.width(), rect.height())
        painter.translate(rect.center().x() - side / 2, rect.center().y() - side / 2)
        line = max(1.5, side / 14)
        pad = line
        face = QRectF(pad, pad, side - 2 * pad, side - 2 * pad)
        painter.setPen(QPen(QColor("#222222"), line))
        painter.setBrush(QColor(_FACE_COLOURS.get(emotion, "#BBBBBB")))
        painter.drawEllipse(face)
        painter.setBrush(QColor("#222222"))
        eye = side / 14
        for x in (0.36, 0.64):
            painter.drawEllipse(QPointF(side * x, side * 0.40), eye, eye)
        # Mouth: a quadratic curve whose control point moves down for a smile, up for a frown.
        left, right, y = side * 0.30, side * 0.70, side * 0.66
        bend = emotion * side * 0.11
        mouth = QPainterPath(QPointF(left, y - bend / 2))
        mouth.quadTo(QPointF(side / 2, y + bend), QPointF(right, y - bend / 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QPen(QColor("#222222"), line)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(mouth)

    return painted_icon(paint, size)


def swatch_icon(colour: str, size: int = 24) -> QIcon:
    """A rounded square of `colour` with a dark rim, so pale colours stay visible."""

    def paint(painter: QPainter, rect: QRectF) -> None:
        side = min(rect.width(), rect.height())
        painter.setPen(QPen(QColor("#333333"), max(1.0, side / 24)))
        painter.setBrush(QColor(colour))
        box = QRectF(
            rect.center().x() - side / 2 + 1.5,
            rect.center().y() - side / 2 + 1.5,
            side - 3,
            side - 3,
        )
        painter.drawRoundedRect(box, side / 6, side / 6)

    return painted_icon(paint, size)


def channel_icon_for(channel, size: int = 24) -> QIcon:
    """The channel's icon in its colour, as cards show it on the canvas."""
    return channel_icon(channel.icon, QColor(channel.colour), size)
