"""Painting a channel path laid out by `layout.channel_path` (page coordinates, y down): the
header and stripes, the grid, the channel swatches, the line through the touchpoints, the dots
in their channel's colour, the exit rings and the text. The window paints the same records."""

from __future__ import annotations

from journey_editor.export import palette
from journey_editor.export.paint_compare import FILLS, RULES, TEXT
from journey_editor.export.surface import Surface
from journey_editor.layout.channel_path import EXIT_COLOUR, ChannelPath
from journey_editor.layout.geometry import Rect

DOT_EDGE = 0.8  # × scale
EXIT_RING = 2.0  # the ring's radius, × the dot's


def paint_channel_path(surface: Surface, path: ChannelPath) -> None:
    k = path.scale
    for fill in path.fills:
        surface.fill_colour(FILLS.get(fill.role, FILLS["stripe"]))
        surface.rect(fill.rect)
    for role, (colour, width, dashes) in RULES.items():
        pairs = [(rule.start, rule.end) for rule in path.rules if rule.role == role]
        if pairs:
            surface.stroke_colour(colour)
            surface.line_width(width * k)
            surface.dash(tuple(d * k for d in dashes))
            surface.lines(pairs)
    surface.dash()
    for row in path.rows:
        surface.fill_colour(palette.hex_rgb(row.colour))
        surface.rect(row.swatch)
    if len(path.dots) > 1:
        surface.stroke_colour(palette.INK)
        surface.line_width(path.line_width)
        surface.round_caps(True)
        surface.polyline([dot.centre for dot in path.dots])
        surface.round_caps(False)
    radius = path.dot_radius
    surface.stroke_colour(palette.hex_rgb(EXIT_COLOUR))
    surface.line_width(1.6 * k)
    for dot in path.dots:
        if dot.exit_point:
            ring = radius * EXIT_RING
            surface.ellipse(Rect(dot.centre.x - ring, dot.centre.y - ring, 2 * ring, 2 * ring), "S")
    surface.stroke_colour(palette.INK)
    surface.line_width(DOT_EDGE * k)
    for dot in path.dots:
        surface.fill_colour(palette.hex_rgb(dot.colour))
        box = Rect(dot.centre.x - radius, dot.centre.y - radius, 2 * radius, 2 * radius)
        surface.ellipse(box, "B")
    for label in path.labels:
        surface.text(label.block, TEXT.get(label.role, palette.INK))
    surface.flush_text()
