"""Channel icons as line drawings, Qt-free: the one set of shapes the canvas and the PDF draw.

A 24 × 24 grid (y down, like the Lucide / Feather sets the catalogue names its icons after).
The canvas replays `icon_segments` into QPainterPaths (`ui/icons.py`); the PDF writes
`icon_operators` (path operators in a 24 × 24 box with y up), which `export/glyph_forms.py`
wraps in a form drawn once per document. So a chip on paper shows, point for point, the
icon the screen shows. Unknown names get a generic dot-in-a-circle.

Arc angles follow Qt: degrees, 0° at three o'clock, counter-clockwise as seen on the page.
"""

from __future__ import annotations

import math
from collections.abc import Callable

GRID = 24.0
STROKE = 2.0
KAPPA = 0.5522847498

Affine = Callable[[float, float], tuple[float, float]]


class IconPath:
    """A tiny QPainterPath look-alike: records move / line / cubic / close segments in grid
    coordinates (y down). `operators()` writes them as PDF path operators (y flipped into the
    box); the canvas replays the same segments into a QPainterPath (`ui/icons.py`)."""

    def __init__(self, affine: Affine | None = None) -> None:
        self.segments: list[tuple[str, ...]] = []
        self.current: tuple[float, float] = (0.0, 0.0)
        self.start: tuple[float, float] = (0.0, 0.0)
        self._affine = affine

    def _map(self, x: float, y: float) -> tuple[float, float]:
        return self._affine(x, y) if self._affine is not None else (x, y)

    def move_to(self, x: float, y: float) -> None:
        self.segments.append(("m", *self._map(x, y)))
        self.current = self.start = (x, y)

    def line_to(self, x: float, y: float) -> None:
        self.segments.append(("l", *self._map(x, y)))
        self.current = (x, y)

    def cubic_to(self, x1: float, y1: float, x2: float, y2: float, x: float, y: float) -> None:
        self.segments.append(("c", *self._map(x1, y1), *self._map(x2, y2), *self._map(x, y)))
        self.current = (x, y)

    def quad_to(self, qx: float, qy: float, x: float, y: float) -> None:
        # A quadratic Bézier is the cubic with controls 2/3 of the way to its control point.
        x0, y0 = self.current
        self.cubic_to(
            x0 + 2 / 3 * (qx - x0),
            y0 + 2 / 3 * (qy - y0),
            x + 2 / 3 * (qx - x),
            y + 2 / 3 * (qy - y),
            x,
            y,
        )

    def close(self) -> None:
        self.segments.append(("h",))
        self.current = self.start

    # --- Qt's arcs: ellipse in a rect, angles in degrees, counter-clockwise on screen ----------

    @staticmethod
    def _arc_point(rect, degrees: float) -> tuple[float, float]:
        x, y, w, h = rect
        angle = math.radians(degrees)
        return (x + w / 2 + w / 2 * math.cos(angle), y + h / 2 - h / 2 * math.sin(angle))

    def arc_move_to(self, rect, start: float) -> None:
        self.move_to(*self._arc_point(rect, start))

    def arc_to(self, rect, start: float, sweep: float) -> None:
        """Line to the arc's start, then the arc, in pieces of at most 90°."""
        self.line_to(*self._arc_point(rect, start))
        x, y, w, h = rect
        rx, ry, cx, cy = w / 2, h / 2, x + w / 2, y + h / 2
        pieces = max(1, math.ceil(abs(sweep) / 90.0 - 1e-9))
        step = math.radians(sweep / pieces)
        k = 4 / 3 * math.tan(step / 4)
        angle = math.radians(start)
        for _ in range(pieces):
            a0, a1 = angle, angle + step
            # On screen (y down) the point at angle a is (cx + rx cos a, cy − ry sin a).
            p0 = (cx + rx * math.cos(a0), cy - ry * math.sin(a0))
            p3 = (cx + rx * math.cos(a1), cy - ry * math.sin(a1))
            c1 = (p0[0] - k * rx * math.sin(a0), p0[1] - k * ry * math.cos(a0))
            c2 = (p3[0] + k * rx * math.sin(a1), p3[1] + k * ry * math.cos(a1))
            self.cubic_to(*c1, *c2, *p3)
            angle = a1

    # --- closed shapes -------------------------------------------------------------------------

    def ellipse(self, x: float, y: float, w: float, h: float) -> None:
        rx, ry = w / 2, h / 2
        cx, cy = x + rx, y + ry
        kx, ky = rx * KAPPA, ry * KAPPA
        self.move_to(cx + rx, cy)
        self.cubic_to(cx + rx, cy - ky, cx + kx, cy - ry, cx, cy - ry)
        self.cubic_to(cx - kx, cy - ry, cx - rx, cy - ky, cx - rx, cy)
        self.cubic_to(cx - rx, cy + ky, cx - kx, cy + ry, cx, cy + ry)
        self.cubic_to(cx + kx, cy + ry, cx + rx, cy + ky, cx + rx, cy)
        self.close()

    def circle(self, cx: float, cy: float, r: float) -> None:
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r)

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.move_to(x, y)
        self.line_to(x + w, y)
        self.line_to(x + w, y + h)
        self.line_to(x, y + h)
        self.close()

    def rounded_rect(self, x: float, y: float, w: float, h: float, r: float) -> None:
        r = min(r, w / 2, h / 2)
        k = r * (1 - KAPPA)
        self.move_to(x + r, y)
        self.line_to(x + w - r, y)
        self.cubic_to(x + w - k, y, x + w, y + k, x + w, y + r)
        self.line_to(x + w, y + h - r)
        self.cubic_to(x + w, y + h - k, x + w - k, y + h, x + w - r, y + h)
        self.line_to(x + r, y + h)
        self.cubic_to(x + k, y + h, x, y + h - k, x, y + h - r)
        self.line_to(x, y + r)
        self.cubic_to(x, y + k, x + k, y, x + r, y)
        self.close()

    def add(self, other: IconPath) -> None:
        self.segments.extend(other.segments)

    def operators(self) -> str:
        parts = []
        for op, *coords in self.segments:
            points = " ".join(
                f"{coords[i]:.3f} {GRID - coords[i + 1]:.3f}" for i in range(0, len(coords), 2)
            )
            parts.append(f"{points} {op}" if points else op)
        return " ".join(parts)


# An icon: the path to stroke and, optionally, a path to fill (small dots).
Drawing = tuple[IconPath, IconPath | None]


def _poly(p: IconPath, *points: tuple[float, float], close: bool = False) -> None:
    p.move_to(*points[0])
    for point in points[1:]:
        p.line_to(*point)
    if close:
        p.close()


def _arc(p: IconPath, cx: float, cy: float, r: float, start: float, sweep: float) -> None:
    rect = (cx - r, cy - r, 2 * r, 2 * r)
    p.arc_move_to(rect, start)
    p.arc_to(rect, start, sweep)


def _dot(f: IconPath, cx: float, cy: float, r: float = 1.15) -> None:
    f.circle(cx, cy, r)


# --- the icons ------------------------------------------------------------------------------------


def _globe() -> Drawing:
    p = IconPath()
    p.circle(12, 12, 10)
    p.ellipse(7.5, 2, 9, 20)
    _poly(p, (2, 12), (22, 12))
    return p, None


def _smartphone() -> Drawing:
    p, f = IconPath(), IconPath()
    p.rounded_rect(5, 2, 14, 20, 2.5)
    _dot(f, 12, 18)
    return p, f


def _tablet() -> Drawing:
    p, f = IconPath(), IconPath()
    p.rounded_rect(3.5, 2, 17, 20, 2.5)
    _dot(f, 12, 18)
    return p, f


def _laptop() -> Drawing:
    p = IconPath()
    p.rounded_rect(4.5, 4.5, 15, 11, 1.8)
    _poly(p, (4, 16), (20, 16), (22, 19.5), (2, 19.5), close=True)
    return p, None


def _mail() -> Drawing:
    p = IconPath()
    p.rounded_rect(2, 4.5, 20, 15, 2)
    _poly(p, (2.5, 6.5), (12, 13), (21.5, 6.5))
    return p, None


def _speech_square(p: IconPath, x: float, y: float, w: float, h: float) -> None:
    """A rounded square with a tail at its bottom-left corner."""
    r = 2.0
    p.move_to(x + r, y)
    p.line_to(x + w - r, y)
    p.quad_to(x + w, y, x + w, y + r)
    p.line_to(x + w, y + h - r)
    p.quad_to(x + w, y + h, x + w - r, y + h)
    p.line_to(x + 5, y + h)
    p.line_to(x, y + h + 4.5)
    p.line_to(x, y + r)
    p.quad_to(x, y, x + r, y)
    p.close()


def _message_square() -> Drawing:
    p = IconPath()
    _speech_square(p, 3, 3, 18, 13.5)
    return p, None


def _messages_square() -> Drawing:
    p = IconPath()
    _speech_square(p, 2, 2, 12, 9)
    _poly(p, (17, 8), (20, 8), (22, 10), (22, 21.5), (18.5, 18), (12, 18), (10, 16), (10, 14.5))
    return p, None


def _message_circle() -> Drawing:
    p = IconPath()
    rect = (3, 2.5, 18, 18)
    p.arc_move_to(rect, 245)
    p.arc_to(rect, 245, 320)
    p.line_to(2.5, 21.5)
    p.close()
    return p, None


def _share() -> Drawing:
    p = IconPath()
    p.circle(18, 5, 3)
    p.circle(6, 12, 3)
    p.circle(18, 19, 3)
    _poly(p, (8.6, 13.5), (15.4, 17.5))
    _poly(p, (15.4, 6.5), (8.6, 10.5))
    return p, None


def _megaphone() -> Drawing:
    p = IconPath()
    _poly(p, (3, 10), (20, 5), (20, 19), (3, 14), close=True)
    p.move_to(11.5, 16.4)
    p.cubic_to(11.5, 21.5, 5.5, 21.5, 6.2, 15)
    return p, None


def _star() -> Drawing:
    p = IconPath()
    points = []
    for i in range(10):
        radius = 10.0 if i % 2 == 0 else 4.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((12 + radius * math.cos(angle), 12.8 + radius * math.sin(angle)))
    _poly(p, *points, close=True)
    return p, None


def _rss() -> Drawing:
    p, f = IconPath(), IconPath()
    _arc(p, 4, 20, 9, 90, -90)
    _arc(p, 4, 20, 16, 90, -90)
    _dot(f, 5, 19, 1.6)
    return p, f


def _phone() -> Drawing:
    p = IconPath()
    p.move_to(5, 2.5)
    p.line_to(8.5, 2.5)
    p.line_to(10.5, 7.5)
    p.line_to(8, 9.2)
    p.cubic_to(9.3, 11.8, 12.2, 14.7, 14.8, 16)
    p.line_to(16.5, 13.5)
    p.line_to(21.5, 15.5)
    p.line_to(21.5, 19)
    p.quad_to(21.5, 21.5, 19, 21.5)
    p.cubic_to(10, 21, 3, 14, 2.5, 5)
    p.quad_to(2.5, 2.5, 5, 2.5)
    p.close()
    return p, None


def _store() -> Drawing:
    p = IconPath()
    _poly(p, (2, 8), (4.5, 3), (19.5, 3), (22, 8))
    # The awning's scalloped edge: four half-discs hanging from the roof line.
    p.move_to(2, 8)
    for i in range(4):
        p.arc_to((2 + i * 5, 5.5, 5, 5), 180, 180)
    _poly(p, (4, 11), (4, 21), (20, 21), (20, 11))
    _poly(p, (9.5, 21), (9.5, 15.5), (14.5, 15.5), (14.5, 21))
    return p, None


def _shopping_bag() -> Drawing:
    p = IconPath()
    _poly(p, (6, 2.5), (3, 6.5), (3, 20), (4.5, 21.5), (19.5, 21.5), (21, 20), (21, 6.5))
    p.line_to(18, 2.5)
    p.close()
    _poly(p, (3, 6.5), (21, 6.5))
    _arc(p, 12, 10, 4, 180, 180)
    return p, None


def _headset() -> Drawing:
    p = IconPath()
    _arc(p, 12, 11, 9, 180, -180)
    p.rounded_rect(3, 11, 5, 7, 1.8)
    p.rounded_rect(16, 11, 5, 7, 1.8)
    p.move_to(21, 17.5)
    p.cubic_to(21, 21, 19, 22, 16, 22)
    p.line_to(12, 22)
    return p, None


def _users() -> Drawing:
    p = IconPath()
    p.circle(9, 7, 4)
    _arc(p, 9, 20, 7, 0, 180)
    _arc(p, 16, 7, 4, 90, -180)
    p.move_to(18.5, 14.2)
    p.quad_to(22, 15.5, 22, 20)
    return p, None


def _user_round() -> Drawing:
    p = IconPath()
    p.circle(12, 8, 5)
    _arc(p, 12, 21, 8, 0, 180)
    return p, None


def _calendar() -> Drawing:
    p = IconPath()
    p.rounded_rect(3, 4, 18, 18, 2)
    _poly(p, (3, 10), (21, 10))
    _poly(p, (8, 2), (8, 6))
    _poly(p, (16, 2), (16, 6))
    return p, None


def _newspaper() -> Drawing:
    p = IconPath()
    p.rounded_rect(6, 2.5, 16, 19.5, 2)
    p.move_to(6, 9)
    p.line_to(4, 9)
    p.quad_to(2, 9, 2, 11)
    p.line_to(2, 20)
    p.quad_to(2, 22, 4, 22)
    p.line_to(8, 22)
    p.rect(10, 6, 8, 4)
    _poly(p, (10, 14), (18, 14))
    _poly(p, (10, 18), (15, 18))
    return p, None


def _file_text() -> Drawing:
    p = IconPath()
    _poly(p, (14, 2), (6, 2), (4, 4), (4, 20), (6, 22), (18, 22), (20, 20), (20, 8), close=True)
    _poly(p, (14, 2), (14, 8), (20, 8))
    _poly(p, (8, 13), (16, 13))
    _poly(p, (8, 17), (16, 17))
    _poly(p, (8, 9), (10, 9))
    return p, None


def _book_open() -> Drawing:
    p = IconPath()
    p.move_to(12, 7)
    p.cubic_to(12, 4.5, 10, 3, 8, 3)
    p.line_to(2, 3)
    p.line_to(2, 18)
    p.line_to(9, 18)
    p.cubic_to(10.8, 18, 12, 19.3, 12, 21)
    p.line_to(12, 7)
    p.cubic_to(12, 4.5, 14, 3, 16, 3)
    p.line_to(22, 3)
    p.line_to(22, 18)
    p.line_to(15, 18)
    p.cubic_to(13.2, 18, 12, 19.3, 12, 21)
    return p, None


def _package() -> Drawing:
    p = IconPath()
    _poly(p, (12, 2), (21, 7), (21, 17), (12, 22), (3, 17), (3, 7), close=True)
    _poly(p, (3, 7), (12, 12), (21, 7))
    _poly(p, (12, 12), (12, 22))
    _poly(p, (7.5, 4.5), (16.5, 9.5))
    return p, None


def _truck() -> Drawing:
    p = IconPath()
    _poly(p, (14, 17), (14, 5), (2, 5), (2, 17), (4.5, 17))
    _poly(p, (14, 9), (18, 9), (22, 13), (22, 17), (19.5, 17))
    _poly(p, (9.5, 17), (14.5, 17))
    p.circle(7, 18, 2.3)
    p.circle(17, 18, 2.3)
    return p, None


def _bar_chart() -> Drawing:
    p = IconPath()
    _poly(p, (3, 3), (3, 21), (21, 21))
    _poly(p, (8, 17), (8, 14))
    _poly(p, (13, 17), (13, 5))
    _poly(p, (18, 17), (18, 9))
    return p, None


def _presentation() -> Drawing:
    p = IconPath()
    _poly(p, (2, 3), (22, 3))
    _poly(p, (21, 3), (21, 14), (19, 16), (5, 16), (3, 14), (3, 3))
    _poly(p, (7, 21), (12, 16), (17, 21))
    return p, None


def _router() -> Drawing:
    p, f = IconPath(), IconPath()
    p.rounded_rect(2, 14, 20, 8, 2)
    _dot(f, 6, 18)
    _dot(f, 10, 18)
    _poly(p, (15, 10), (15, 14))
    _arc(p, 15, 10, 4, 45, 90)
    _arc(p, 15, 10, 8, 45, 90)
    return p, f


def _scale() -> Drawing:
    p = IconPath()
    _poly(p, (12, 3), (12, 21))
    _poly(p, (7, 21), (17, 21))
    _poly(p, (3, 7), (5, 7))
    p.cubic_to(7, 7, 10, 6, 12, 5)
    p.cubic_to(14, 6, 17, 7, 19, 7)
    p.line_to(21, 7)
    for centre in (5.0, 19.0):
        _poly(p, (centre - 3, 16), (centre, 8), (centre + 3, 16))
        p.move_to(centre - 3, 16)
        p.quad_to(centre, 18.5, centre + 3, 16)
    return p, None


def _search() -> Drawing:
    p = IconPath()
    p.circle(11, 11, 7)
    _poly(p, (21, 21), (16.2, 16.2))
    return p, None


def _video() -> Drawing:
    p = IconPath()
    p.rounded_rect(2, 6, 14, 12, 2)
    _poly(p, (16, 10.5), (22, 7), (22, 17), (16, 13.5))
    return p, None


def _rotated(x: float, y: float, degrees: float) -> Affine:
    """Qt's QTransform().translate(x, y).rotate(degrees): rotate (clockwise on screen, y being
    down), then move."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    return lambda u, v: (x + u * cos - v * sin, y + u * sin + v * cos)


def _wrench() -> Drawing:
    p = IconPath()
    # The head: a ring open towards the upper right (the jaw), around (15.5, 8.5).
    rect = (10, 3, 11, 11)
    p.arc_move_to(rect, 70)
    p.arc_to(rect, 70, 310)
    p.line_to(16.2, 7.8)
    p.close()
    # The handle, at 45° down to the lower left, with a rounded end.
    handle = IconPath(_rotated(11.4, 12.6, 45))
    handle.rounded_rect(-1.7, 0, 3.4, 12.5, 1.7)
    p.add(handle)
    return p, None


def _generic() -> Drawing:
    p, f = IconPath(), IconPath()
    p.circle(12, 12, 8.5)
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


def icon_key(icon_name: str | None) -> str:
    """The drawing an icon name gets: itself if known, else "generic"."""
    return icon_name if icon_name in _ICONS else "generic"


def icon_segments(icon_name: str | None) -> tuple[IconPath, IconPath | None]:
    """(stroke path, fill path or None) on the 24 × 24 grid, y down: for painters other than
    the PDF (the canvas), so both draw the very same shapes."""
    return _ICONS.get(icon_name or "", _generic)()


def icon_operators(icon_name: str | None) -> tuple[str, str | None]:
    """(stroke path, fill path or None) in a 24 × 24 box, y up, without painting operators."""
    stroke, filled = icon_segments(icon_name)
    return stroke.operators(), filled.operators() if filled is not None else None


# The icons a person picks from (the channel editor), in the order it shows them: screens and
# messages first, then places, people, paper and things; one name per drawing (no aliases).
CHOOSABLE_ICONS: tuple[str, ...] = (
    "globe",
    "smartphone",
    "tablet",
    "laptop",
    "mail",
    "message-square",
    "messages-square",
    "message-circle",
    "share",
    "megaphone",
    "star",
    "rss",
    "search",
    "video",
    "router",
    "phone",
    "headset",
    "store",
    "shopping-bag",
    "users",
    "user-round",
    "calendar",
    "presentation",
    "newspaper",
    "file-text",
    "book-open",
    "package",
    "truck",
    "bar-chart-3",
    "scale",
    "wrench",
)
