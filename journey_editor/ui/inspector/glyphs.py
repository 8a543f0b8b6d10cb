"""Small painted icons for the inspector: emotion faces and colour swatches.

Painted rather than taken from a font: emoji fonts are missing on many workshop laptops, and a
face drawn with lines still reads on a grey photocopy or a washed-out projector.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from journey_editor.ui.icons import channel_icon

# Okabe–Ito orange for the negative side, bluish green for the positive one: apart for
# colour-blind readers, and the mouth carries the meaning anyway.
_FACE_COLOURS = {-2: "#D55E00", -1: "#E69F00", 0: "#BBBBBB", 1: "#56B4E9", 2: "#009E73"}


def _pixmap(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def face_icon(emotion: int, size: int = 64) -> QIcon:
    """A round face whose mouth curves with the score: −2 deep frown … +2 broad smile."""
    pixmap, painter = _pixmap(size)
    line = max(1.5, size / 14)
    pad = line
    face = QRectF(pad, pad, size - 2 * pad, size - 2 * pad)
    painter.setPen(QPen(QColor("#222222"), line))
    painter.setBrush(QColor(_FACE_COLOURS.get(emotion, "#BBBBBB")))
    painter.drawEllipse(face)
    painter.setBrush(QColor("#222222"))
    eye = size / 14
    for x in (0.36, 0.64):
        painter.drawEllipse(QPointF(size * x, size * 0.40), eye, eye)
    # Mouth: a quadratic curve whose control point moves down for a smile, up for a frown.
    left, right, y = size * 0.30, size * 0.70, size * 0.66
    bend = emotion * size * 0.11
    mouth = QPainterPath(QPointF(left, y - bend / 2))
    mouth.quadTo(QPointF(size / 2, y + bend), QPointF(right, y - bend / 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(QColor("#222222"), line)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawPath(mouth)
    painter.end()
    return QIcon(pixmap)


def swatch_icon(colour: str, size: int = 24) -> QIcon:
    """A rounded square of `colour` with a dark rim, so pale colours stay visible."""
    pixmap, painter = _pixmap(size)
    painter.setPen(QPen(QColor("#333333"), 1))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), size / 6, size / 6)
    painter.end()
    return QIcon(pixmap)


def channel_icon_for(channel, size: int = 24) -> QIcon:
    """The channel's icon in its colour, as cards show it on the canvas."""
    return channel_icon(channel.icon, QColor(channel.colour), size)
