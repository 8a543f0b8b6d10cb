"""Channel icons as vector line drawings, so they stay crisp at any zoom and on any screen.

Each icon is drawn on a 24 × 24 grid (the convention of the Lucide / Feather icon sets the
channel catalogue names its icons after) with round 2-unit strokes, then scaled into the
target rectangle. `paint_channel_icon` draws one with a QPainter (canvas, PNG/SVG export);
`channel_icon` renders a QIcon for widgets (the palette dock). Unknown names get a generic
dot-in-a-circle, so a map from another tool still shows something.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QTransform

GRID = 24.0
STROKE = 2.0

# An icon: the path to stroke and, optionally, a path to fill (small dots).
Drawing = tuple[QPainterPath, QPainterPath | None]


# --- tiny drawing helpers (24 × 24 grid) --------------------------------------------------------


def _poly(path: QPainterPath, *points: tuple[float, float], close: bool = False) -> None:
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    if close:
        path.closeSubpath()


def _rrect(path: QPainterPath, x: float, y: float, w: float, h: float, r: float) -> None:
    path.addRoundedRect(QRectF(x, y, w, h), r, r)


def _circle(path: QPainterPath, cx: float, cy: float, r: float) -> None:
    path.addEllipse(QPointF(cx, cy), r, r)


def _arc(path: QPainterPath, cx: float, cy: float, r: float, start: float, sweep: float) -> None:
    """A circular arc as its own subpath; angles in degrees, Qt's convention (0° at three
    o'clock, counter-clockwise positive, on screen where y grows downwards)."""
    rect = QRectF(cx - r, cy - r, 2 * r, 2 * r)
    path.arcMoveTo(rect, start)
    path.arcTo(rect, start, sweep)


def _dot(fill: QPainterPath, cx: float, cy: float, r: float = 1.15) -> None:
    fill.addEllipse(QPointF(cx, cy), r, r)


# --- the icons ----------------------------------------------------------------------------------


def _globe() -> Drawing:
    p = QPainterPath()
    _circle(p, 12, 12, 10)
    p.addEllipse(QRectF(7.5, 2, 9, 20))
    _poly(p, (2, 12), (22, 12))
    return p, None


def _smartphone() -> Drawing:
    p, f = QPainterPath(), QPainterPath()
    _rrect(p, 5, 2, 14, 20, 2.5)
    _dot(f, 12, 18)
    return p, f


def _tablet() -> Drawing:
    p, f = QPainterPath(), QPainterPath()
    _rrect(p, 3.5, 2, 17, 20, 2.5)
    _dot(f, 12, 18)
    return p, f


def _laptop() -> Drawing:
    p = QPainterPath()
    _rrect(p, 4.5, 4.5, 15, 11, 1.8)
    _poly(p, (4, 16), (20, 16), (22, 19.5), (2, 19.5), close=True)
    return p, None


def _mail() -> Drawing:
    p = QPainterPath()
    _rrect(p, 2, 4.5, 20, 15, 2)
    _poly(p, (2.5, 6.5), (12, 13), (21.5, 6.5))
    return p, None


def _speech_square(p: QPainterPath, x: float, y: float, w: float, h: float) -> None:
    """A rounded square with a tail at its bottom-left corner."""
    r = 2.0
    p.moveTo(x + r, y)
    p.lineTo(x + w - r, y)
    p.quadTo(x + w, y, x + w, y + r)
    p.lineTo(x + w, y + h - r)
    p.quadTo(x + w, y + h, x + w - r, y + h)
    p.lineTo(x + 5, y + h)
    p.lineTo(x, y + h + 4.5)
    p.lineTo(x, y + r)
    p.quadTo(x, y, x + r, y)
    p.closeSubpath()


def _message_square() -> Drawing:
    p = QPainterPath()
    _speech_square(p, 3, 3, 18, 13.5)
    return p, None


def _messages_square() -> Drawing:
    p = QPainterPath()
    _speech_square(p, 2, 2, 12, 9)
    # The answer behind, its tail bottom-right.
    _poly(p, (17, 8), (20, 8), (22, 10), (22, 21.5), (18.5, 18), (12, 18), (10, 16), (10, 14.5))
    return p, None


def _message_circle() -> Drawing:
    p = QPainterPath()
    rect = QRectF(3, 2.5, 18, 18)
    p.arcMoveTo(rect, 245)
    p.arcTo(rect, 245, 320)
    p.lineTo(2.5, 21.5)
    p.closeSubpath()
    return p, None


def _share() -> Drawing:
    p = QPainterPath()
    _circle(p, 18, 5, 3)
    _circle(p, 6, 12, 3)
    _circle(p, 18, 19, 3)
    _poly(p, (8.6, 13.5), (15.4, 17.5))
    _poly(p, (15.4, 6.5), (8.6, 10.5))
    return p, None


def _megaphone() -> Drawing:
    p = QPainterPath()
    _poly(p, (3, 10), (20, 5), (20, 19), (3, 14), close=True)
    p.moveTo(11.5, 16.4)
    p.cubicTo(11.5, 21.5, 5.5, 21.5, 6.2, 15)
    return p, None


def _star() -> Drawing:
    p = QPainterPath()
    points = []
    for i in range(10):
        radius = 10.0 if i % 2 == 0 else 4.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((12 + radius * math.cos(angle), 12.8 + radius * math.sin(angle)))
    _poly(p, *points, close=True)
    return p, None


def _rss() -> Drawing:
    p, f = QPainterPath(), QPainterPath()
    _arc(p, 4, 20, 9, 90, -90)
    _arc(p, 4, 20, 16, 90, -90)
    _dot(f, 5, 19, 1.6)
    return p, f


def _phone() -> Drawing:
    p = QPainterPath()
    p.moveTo(5, 2.5)
    p.lineTo(8.5, 2.5)
    p.lineTo(10.5, 7.5)
    p.lineTo(8, 9.2)
    p.cubicTo(9.3, 11.8, 12.2, 14.7, 14.8, 16)
    p.lineTo(16.5, 13.5)
    p.lineTo(21.5, 15.5)
    p.lineTo(21.5, 19)
    p.quadTo(21.5, 21.5, 19, 21.5)
    p.cubicTo(10, 21, 3, 14, 2.5, 5)
    p.quadTo(2.5, 2.5, 5, 2.5)
    p.closeSubpath()
    return p, None


def _store() -> Drawing:
    p = QPainterPath()
    _poly(p, (2, 8), (4.5, 3), (19.5, 3), (22, 8))
    # The awning's scalloped edge: four half-discs hanging from the roof line.
    p.moveTo(2, 8)
    for i in range(4):
        left = 2 + i * 5
        p.arcTo(QRectF(left, 5.5, 5, 5), 180, 180)
    _poly(p, (4, 11), (4, 21), (20, 21), (20, 11))
    _poly(p, (9.5, 21), (9.5, 15.5), (14.5, 15.5), (14.5, 21))
    return p, None


def _shopping_bag() -> Drawing:
    p = QPainterPath()
    _poly(p, (6, 2.5), (3, 6.5), (3, 20), (4.5, 21.5), (19.5, 21.5), (21, 20), (21, 6.5))
    p.lineTo(18, 2.5)
    p.closeSubpath()
    _poly(p, (3, 6.5), (21, 6.5))
    _arc(p, 12, 10, 4, 180, 180)
    return p, None


def _headset() -> Drawing:
    p = QPainterPath()
    _arc(p, 12, 11, 9, 180, -180)
    _rrect(p, 3, 11, 5, 7, 1.8)
    _rrect(p, 16, 11, 5, 7, 1.8)
    p.moveTo(21, 17.5)
    p.cubicTo(21, 21, 19, 22, 16, 22)
    p.lineTo(12, 22)
    return p, None


def _users() -> Drawing:
    p = QPainterPath()
    _circle(p, 9, 7, 4)
    _arc(p, 9, 20, 7, 0, 180)
    _arc(p, 16, 7, 4, 90, -180)
    p.moveTo(18.5, 14.2)
    p.quadTo(22, 15.5, 22, 20)
    return p, None


def _user_round() -> Drawing:
    p = QPainterPath()
    _circle(p, 12, 8, 5)
    _arc(p, 12, 21, 8, 0, 180)
    return p, None


def _calendar() -> Drawing:
    p = QPainterPath()
    _rrect(p, 3, 4, 18, 18, 2)
    _poly(p, (3, 10), (21, 10))
    _poly(p, (8, 2), (8, 6))
    _poly(p, (16, 2), (16, 6))
    return p, None


def _newspaper() -> Drawing:
    p = QPainterPath()
    _rrect(p, 6, 2.5, 16, 19.5, 2)
    p.moveTo(6, 9)
    p.lineTo(4, 9)
    p.quadTo(2, 9, 2, 11)
    p.lineTo(2, 20)
    p.quadTo(2, 22, 4, 22)
    p.lineTo(8, 22)
    p.addRect(QRectF(10, 6, 8, 4))
    _poly(p, (10, 14), (18, 14))
    _poly(p, (10, 18), (15, 18))
    return p, None


def _file_text() -> Drawing:
    p = QPainterPath()
    _poly(p, (14, 2), (6, 2), (4, 4), (4, 20), (6, 22), (18, 22), (20, 20), (20, 8), close=True)
    _poly(p, (14, 2), (14, 8), (20, 8))
    _poly(p, (8, 13), (16, 13))
    _poly(p, (8, 17), (16, 17))
    _poly(p, (8, 9), (10, 9))
    return p, None


def _book_open() -> Drawing:
    p = QPainterPath()
    p.moveTo(12, 7)
    p.cubicTo(12, 4.5, 10, 3, 8, 3)
    p.lineTo(2, 3)
    p.lineTo(2, 18)
    p.lineTo(9, 18)
    p.cubicTo(10.8, 18, 12, 19.3, 12, 21)
    p.lineTo(12, 7)
    p.cubicTo(12, 4.5, 14, 3, 16, 3)
    p.lineTo(22, 3)
    p.lineTo(22, 18)
    p.lineTo(15, 18)
    p.cubicTo(13.2, 18, 12, 19.3, 12, 21)
    return p, None


def _package() -> Drawing:
    p = QPainterPath()
    _poly(p, (12, 2), (21, 7), (21, 17), (12, 22), (3, 17), (3, 7), close=True)
    _poly(p, (3, 7), (12, 12), (21, 7))
    _poly(p, (12, 12), (12, 22))
    _poly(p, (7.5, 4.5), (16.5, 9.5))
    return p, None


def _truck() -> Drawing:
    p = QPainterPath()
    _poly(p, (14, 17), (14, 5), (2, 5), (2, 17), (4.5, 17))
    _poly(p, (14, 9), (18, 9), (22, 13), (22, 17), (19.5, 17))
    _poly(p, (9.5, 17), (14.5, 17))
    _circle(p, 7, 18, 2.3)
    _circle(p, 17, 18, 2.3)
    return p, None


def _bar_chart() -> Drawing:
    p = QPainterPath()
    _poly(p, (3, 3), (3, 21), (21, 21))
    _poly(p, (8, 17), (8, 14))
    _poly(p, (13, 17), (13, 5))
    _poly(p, (18, 17), (18, 9))
    return p, None


def _presentation() -> Drawing:
    p = QPainterPath()
    _poly(p, (2, 3), (22, 3))
    _poly(p, (21, 3), (21, 14), (19, 16), (5, 16), (3, 14), (3, 3))
    _poly(p, (7, 21), (12, 16), (17, 21))
    return p, None


def _router() -> Drawing:
    p, f = QPainterPath(), QPainterPath()
    _rrect(p, 2, 14, 20, 8, 2)
    _dot(f, 6, 18)
    _dot(f, 10, 18)
    _poly(p, (15, 10), (15, 14))
    _arc(p, 15, 10, 4, 45, 90)
    _arc(p, 15, 10, 8, 45, 90)
    return p, f


def _scale() -> Drawing:
    p = QPainterPath()
    _poly(p, (12, 3), (12, 21))
    _poly(p, (7, 21), (17, 21))
    _poly(p, (3, 7), (5, 7))
    p.cubicTo(7, 7, 10, 6, 12, 5)
    p.cubicTo(14, 6, 17, 7, 19, 7)
    p.lineTo(21, 7)
    for centre in (5.0, 19.0):
        _poly(p, (centre - 3, 16), (centre, 8), (centre + 3, 16))
        p.moveTo(centre - 3, 16)
        p.quadTo(centre, 18.5, centre + 3, 16)
    return p, None


def _search() -> Drawing:
    p = QPainterPath()
    _circle(p, 11, 11, 7)
    _poly(p, (21, 21), (16.2, 16.2))
    return p, None


def _video() -> Drawing:
    p = QPainterPath()
    _rrect(p, 2, 6, 14, 12, 2)
    _poly(p, (16, 10.5), (22, 7), (22, 17), (16, 13.5))
    return p, None


def _wrench() -> Drawing:
    p = QPainterPath()
    # The head: a ring open towards the upper right (the jaw), around (15.5, 8.5).
    rect = QRectF(10, 3, 11, 11)
    p.arcMoveTo(rect, 70)
    p.arcTo(rect, 70, 310)
    p.lineTo(16.2, 7.8)
    p.closeSubpath()
    # The handle, at 45° down to the lower left, with a rounded end.
    handle = QPainterPath()
    handle.addRoundedRect(QRectF(-1.7, 0, 3.4, 12.5), 1.7, 1.7)
    p.addPath(_placed(handle, 11.4, 12.6, 45))
    return p, None


def _placed(path: QPainterPath, x: float, y: float, degrees: float) -> QPainterPath:
    return QTransform().translate(x, y).rotate(degrees).map(path)


def _generic() -> Drawing:
    p, f = QPainterPath(), QPainterPath()
    _circle(p, 12, 12, 8.5)
    _dot(f, 12, 12, 3)
    return p, f


_ICONS: dict[str, Callable[[], Drawing]] = {
    "globe": _globe,
    "smartphone": _smartphone,
    "tablet": _tablet,
    "laptop": _laptop,
    "mail": _mail,
    "message-square": _message_square,
    "messages-square": _messages_square,
    "message-circle": _message_circle,
    "share": _share,
    "share-2": _share,
    "megaphone": _megaphone,
    "star": _star,
    "rss": _rss,
    "phone": _phone,
    "store": _store,
    "shopping-bag": _shopping_bag,
    "headset": _headset,
    "users": _users,
    "user-round": _user_round,
    "user": _user_round,
    "calendar": _calendar,
    "newspaper": _newspaper,
    "file-text": _file_text,
    "book-open": _book_open,
    "package": _package,
    "truck": _truck,
    "bar-chart-3": _bar_chart,
    "bar-chart": _bar_chart,
    "presentation": _presentation,
    "router": _router,
    "scale": _scale,
    "search": _search,
    "video": _video,
    "wrench": _wrench,
}

KNOWN_ICONS: frozenset[str] = frozenset(_ICONS)


@lru_cache(maxsize=128)
def _drawing(icon_name: str) -> Drawing:
    return _ICONS.get(icon_name, _generic)()


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
    rendered at 1× and 2× so it stays sharp on high-DPI screens."""
    ink = QColor(colour)
    fill = QColor(background) if background is not None else None
    icon = QIcon()
    for ratio in (1.0, 2.0):
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        area = QRectF(0, 0, size, size)
        if fill is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(area, size * 0.2, size * 0.2)
            area = area.adjusted(size * 0.18, size * 0.18, -size * 0.18, -size * 0.18)
        else:
            area = area.adjusted(size * 0.06, size * 0.06, -size * 0.06, -size * 0.06)
        paint_channel_icon(painter, area, icon_name, ink)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
