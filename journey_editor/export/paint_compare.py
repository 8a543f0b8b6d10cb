"""Painting the persona comparison laid out by `layout.persona_compare` (page coordinates,
y down): fills, rules, each persona's curve in its colour and line style, its markers, the
legend samples and the text. The comparison window paints the same records with Qt."""

from __future__ import annotations

from journey_editor.export import palette
from journey_editor.export.surface import Surface
from journey_editor.layout import colours as c
from journey_editor.layout.geometry import Point, Rect
from journey_editor.layout.persona_compare import (
    LineStyle,
    PersonaComparison,
    marker_outline,
)

STRIPE = palette.hex_rgb("#eef2f6")
PLOT = palette.hex_rgb("#fbfcfd")
FILLS = {"header": palette.HEADER_BG, "stripe": STRIPE, "plot": PLOT}
TEXT = {"ink": palette.INK, "muted": palette.MUTED, "header": palette.HEADER_TEXT}
# (colour, width as a share of the comparison's scale, dashes in points × scale)
RULES = {
    "grid": (palette.GRID, 0.7, ()),
    "level": (palette.ROW_LINE, 0.5, (2.0, 2.0)),
    "baseline": (palette.FAINT, 1.0, ()),
    "row": (palette.ROW_LINE, 0.5, ()),
}
EFFORT_TINT = 0.55  # the heat ramp lightened, so the figure on it reads
MARKER_EDGE = 0.8  # the outline of a filled marker, × scale


def effort_fill(value: float) -> palette.RGB:
    return c.tint(palette.effort_colour(value), EFFORT_TINT)


def paint_comparison(surface: Surface, comparison: PersonaComparison) -> None:
    k = comparison.scale
    for fill in comparison.fills:
        if fill.role == "effort" and fill.value is not None:
            surface.fill_colour(effort_fill(fill.value))
        else:
            surface.fill_colour(FILLS.get(fill.role, STRIPE))
        surface.rect(fill.rect)
    for role, (colour, width, dashes) in RULES.items():
        pairs = [(rule.start, rule.end) for rule in comparison.rules if rule.role == role]
        if pairs:
            surface.stroke_colour(colour)
            surface.line_width(width * k)
            surface.dash(tuple(d * k for d in dashes))
            surface.lines(pairs)
    surface.dash()
    width, radius = comparison.line_width, comparison.marker_radius
    for curve in comparison.curves:
        _stroke_style(surface, curve.colour, curve.style, width)
        surface.curve(curve.segments)
    for sample in comparison.samples:
        _stroke_style(surface, sample.colour, sample.style, width)
        surface.line(*sample.line)
    surface.dash()
    surface.round_caps(False)
    for curve in comparison.curves:
        for point in curve.points:
            paint_marker(surface, curve.colour, curve.style, Point(point.x, point.y), radius, k)
    for sample in comparison.samples:
        paint_marker(surface, sample.colour, sample.style, sample.marker, radius, k)
    for label in comparison.labels:
        surface.text(label.block, TEXT.get(label.role, palette.INK))
    surface.flush_text()


def _stroke_style(surface: Surface, colour: str, style: LineStyle, width: float) -> None:
    surface.stroke_colour(palette.hex_rgb(colour))
    surface.line_width(width)
    surface.round_caps(style.round)
    surface.dash(tuple(d * width for d in style.dash))


def paint_marker(
    surface: Surface, colour: str, style: LineStyle, centre: Point, radius: float, k: float
) -> None:
    """A filled marker in the persona's colour with a dark edge (its shape reads in grey), or
    a hollow one: white inside, edged in the colour."""
    if style.hollow:
        surface.fill_colour(palette.WHITE)
        surface.stroke_colour(palette.hex_rgb(colour))
        surface.line_width(1.6 * k)
    else:
        surface.fill_colour(palette.hex_rgb(colour))
        surface.stroke_colour(palette.INK)
        surface.line_width(MARKER_EDGE * k)
    outline = marker_outline(style.marker, centre, radius)
    if outline:
        surface.polygon(outline, "B")
    else:
        x, y = centre
        surface.ellipse(Rect(x - radius, y - radius, 2 * radius, 2 * radius), "B")
