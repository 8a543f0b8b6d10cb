"""Channel icons as vector line drawings, so they stay crisp at any zoom and on any screen.

The shapes live once, Qt-free, in `journey_editor.layout.icons` (24 × 24 grid, round 2-unit
strokes, the convention of the Lucide / Feather sets the catalogue names its icons after); the
PDF writes them as path operators, this module replays the same segments into QPainterPaths.
`paint_channel_icon` draws one with a QPainter (canvas, PNG/SVG export); `channel_icon`
renders a QIcon for widgets (the palette dock). Unknown names get a generic dot-in-a-circle.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen

from journey_editor.layout.icons import GRID, KNOWN_ICONS, STROKE, IconPath, icon_segments
from journey_editor.ui.vector_icon import painted_icon

__all__ = ["KNOWN_ICONS", "channel_icon", "paint_channel_icon"]

# An icon: the path to stroke and, optionally, a path to fill (small dots).
Drawing = tuple[QPainterPath, QPainterPath | None]


def _qt_path(recorded: IconPath) -> QPainterPath:
    path = QPainterPath()
    for op, *coords in recorded.segments:
        if op == "m":
            path.moveTo(*coords)
        elif op == "l":
            path.lineTo(*coords)
        elif op == "c":
            path.cubicTo(*coords)
        else:
            path.closeSubpath()
    return path


@lru_cache(maxsize=128)
def _drawing(icon_name: str) -> Drawing:
    stroke, fill = icon_segments(icon_name)
    return _qt_path(stroke), _qt_path(fill) if fill is not None else None


def paint_channel_icon(painter: QPainter, rect: QRectF, icon_name: str, colour: QColor) -> None:
    """Draw the icon centred in `rect`, as large as its shorter side, in `colour`."""
    side = min(rect.width(), rect.height())
    if side <= 0:
        return
    stroke, fill = _drawing(icon_name or "")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(rect.center())
    painter.scale(side / GRID, side / GRID)
    painter.translate(-GRID / 2, -GRID / 2)
    pen = QPen(colour, STROKE)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(stroke)
    if fill is not None:
        painter.fillPath(fill, colour)
    painter.restore()


def channel_icon(
    icon_name: str,
    colour: QColor | str,
    size: int = 24,
    background: QColor | str | None = None,
) -> QIcon:
    """A QIcon of the line icon in `colour` (on a rounded `background` square if given),
    `size` pixels, drawn from the vectors at every common device pixel ratio (1× … 3×), so
    it stays sharp on high-DPI screens."""
    ink = QColor(colour)
    fill = QColor(background) if background is not None else None

    def paint(painter: QPainter, area: QRectF) -> None:
        side = min(area.width(), area.height())
        area = QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)
        if fill is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(area, side * 0.2, side * 0.2)
            area = area.adjusted(side * 0.18, side * 0.18, -side * 0.18, -side * 0.18)
        else:
            area = area.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06)
        paint_channel_icon(painter, area, icon_name, ink)

    return painted_icon(paint, size)
