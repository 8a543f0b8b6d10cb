"""One line style and marker per persona, so a grey print tells the curves apart."""

from __future__ import annotations

import math
from dataclasses import dataclass

from journey_editor.layout.geometry import Point

MAX_READABLE = 6  # personas one chart holds readably: one line style and marker each


@dataclass(frozen=True)
class LineStyle:
    """How one persona's curve is stroked: `dash` is on/off lengths in line widths (() solid;
    `round` caps make the dotted style's dots), and the shape of its markers; `hollow` markers
    are white inside (personas past the sixth)."""

    name: str
    dash: tuple[float, ...]
    marker: str  # "circle", "square", "triangle", "diamond", "triangle_down", "plus"
    round: bool = False
    hollow: bool = False


BASE_STYLES = (
    LineStyle("solid", (), "circle"),
    LineStyle("dashed", (4.0, 2.0), "square"),
    LineStyle("dotted", (0.01, 2.2), "triangle", round=True),
    LineStyle("dash-dot", (4.0, 2.5, 0.01, 2.5), "diamond", round=True),
    LineStyle("long dash", (9.0, 2.5), "triangle_down"),
    LineStyle("dash-dot-dot", (4.0, 2.5, 0.01, 2.2, 0.01, 2.5), "plus", round=True),
)
LINE_STYLES = BASE_STYLES + tuple(
    LineStyle(f"{style.name}, hollow", style.dash, style.marker, style.round, hollow=True)
    for style in BASE_STYLES
)


def line_style(index: int) -> LineStyle:
    """The style of the persona at `index` in the map (cycling after twelve)."""
    return LINE_STYLES[index % len(LINE_STYLES)]


def marker_outline(marker: str, centre: Point, radius: float) -> tuple[Point, ...]:
    """The marker's polygon around `centre`; () for a circle (of `radius`). The shapes are
    sized to look about as heavy as the circle."""
    x, y = centre

    def regular(sides: int, r: float, start: float) -> tuple[Point, ...]:
        return tuple(
            Point(
                x + r * math.cos(start + 2 * math.pi * i / sides),
                y + r * math.sin(start + 2 * math.pi * i / sides),
            )
            for i in range(sides)
        )

    if marker == "square":
        return regular(4, radius * 1.2, math.pi / 4)
    if marker == "triangle":
        return regular(3, radius * 1.35, -math.pi / 2)
    if marker == "triangle_down":
        return regular(3, radius * 1.35, math.pi / 2)
    if marker == "diamond":
        return regular(4, radius * 1.3, -math.pi / 2)
    if marker == "plus":
        arm, half = radius * 1.3, radius * 0.5
        corners = (
            (half, arm),
            (half, half),
            (arm, half),
            (arm, -half),
            (half, -half),
            (half, -arm),
        )
        right = [Point(x + a, y - b) for a, b in corners]  # top arm's right edge … bottom arm
        return (*right, *(Point(2 * x - p.x, 2 * y - p.y) for p in right))
    return ()
