"""Points, rectangles and cubic Bézier segments, in PDF points with y growing downwards.

These are NamedTuples rather than dataclasses: a 5,000-card map creates tens of thousands of
them per layout, and a tuple is built several times faster than a frozen dataclass. They are
immutable and hashable all the same.
"""

from __future__ import annotations

from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float


class Rect(NamedTuple):
    """An axis-aligned rectangle: top-left corner (x, y), width and height (never negative)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def left(self) -> float:
        return self.x

    @property
    def top(self) -> float:
        return self.y

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> Point:
        return Point(self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, x: float, y: float) -> bool:
        """Half-open on the right and bottom, so neighbouring rectangles never both claim a
        point on their shared edge."""
        return self.x <= x < self.x + self.width and self.y <= y < self.y + self.height

    def contains_rect(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.x + other.width <= self.x + self.width + tolerance
            and other.y + other.height <= self.y + self.height + tolerance
        )

    def intersects(self, other: Rect) -> bool:
        """True when the interiors overlap (touching edges do not count)."""
        return (
            self.x < other.x + other.width
            and other.x < self.x + self.width
            and self.y < other.y + other.height
            and other.y < self.y + self.height
        )

    def translated(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)

    def inset(self, margin: float) -> Rect:
        """Shrunk by `margin` on every side (never below zero size)."""
        width = max(0.0, self.width - 2 * margin)
        height = max(0.0, self.height - 2 * margin)
        return Rect(self.x + margin, self.y + margin, width, height)


class CubicSegment(NamedTuple):
    """One cubic Bézier: from `start` towards `c1`, `c2`, ending at `end`. Painters map it to
    QPainterPath.cubicTo or reportlab's path.curveTo as is."""

    start: Point
    c1: Point
    c2: Point
    end: Point

    def point_at(self, t: float) -> Point:
        u = 1.0 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        return Point(
            a * self.start.x + b * self.c1.x + c * self.c2.x + d * self.end.x,
            a * self.start.y + b * self.c1.y + c * self.c2.y + d * self.end.y,
        )

    def control_points(self) -> tuple[Point, Point, Point, Point]:
        return (self.start, self.c1, self.c2, self.end)


def union(rects: list[Rect]) -> Rect:
    """The smallest rectangle holding all `rects` (which must not be empty)."""
    left = min(r.x for r in rects)
    top = min(r.y for r in rects)
    right = max(r.x + r.width for r in rects)
    bottom = max(r.y + r.height for r in rects)
    return Rect(left, top, right - left, bottom - top)


A4_PRINTABLE_WIDTH = 780.0  # points inside an A4 landscape page's margins


def page_scale(width: float) -> float:
    """How much text and strokes grow on a page (or a window) `width` points wide: 1 on A4
    landscape, growing with the width up to 2 (an A0 table at 8 pt would look lost)."""
    return max(1.0, min(2.0, width / A4_PRINTABLE_WIDTH))
