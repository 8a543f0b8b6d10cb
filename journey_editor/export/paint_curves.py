"""Emotion curves and links, as the canvas draws them (`items/curve.py`, `items/link.py`).

A curve: dashed guide lines at the −2…+2 levels, the neutral baseline, the smooth line, a face
on every point and a red ring round the hot spots. In grey the face's mouth and its height on
the guides still tell the score, and the ring still marks the lowest points.
"""

from __future__ import annotations

from collections.abc import Iterable

from journey_editor.export import palette
from journey_editor.export.glyph_forms import place_face
from journey_editor.export.surface import Surface
from journey_editor.layout import EmotionCurve, MapLayout, Rect, TextBlock
from journey_editor.layout.links import label_area, marker_area

FACE = 13.0  # a curve face is a little larger than a card's: it is read from afar
RING = 2.6  # hot-spot ring, beyond the face


def paint_curves(surface: Surface, curves: Iterable[EmotionCurve]) -> None:
    for curve in curves:
        _paint_curve(surface, curve)


def _paint_curve(surface: Surface, curve: EmotionCurve) -> None:
    left, right = curve.x_range
    surface.line_width(0.7)
    surface.dash((1.4, 2.1))
    surface.stroke_colour(palette.GRID)
    surface.lines(((left, y), (right, y)) for y in curve.levels if y != curve.baseline_y)
    surface.dash()
    surface.line_width(1.0)
    surface.stroke_colour(palette.FAINT)
    surface.line((left, curve.baseline_y), (right, curve.baseline_y))
    if curve.segments:
        surface.line_width(2.4)
        surface.round_caps()
        surface.stroke_colour(palette.CURVE)
        surface.curve(curve.segments)
        surface.round_caps(False)
    hot = {point.card_id for point in curve.hot_spots}
    for point in curve.points:
        if point.card_id in hot:
            ring = FACE / 2 + RING
            surface.line_width(1.8)
            surface.stroke_colour(palette.HOT_SPOT)
            surface.fill_colour(palette.tint("#d32f2f", 0.18))
            surface.ellipse(Rect(point.x - ring, point.y - ring, 2 * ring, 2 * ring), "B")
        place_face(surface, Rect(point.x - FACE / 2, point.y - FACE / 2, FACE, FACE), point.emotion)


def paint_links(surface: Surface, layout: MapLayout) -> None:
    """Bézier, arrowhead, and the label as the layout decided (`layout/links.py`): beside the
    connector on a light background, or a numbered marker that the links table explains."""
    if not layout.links:
        return
    surface.line_width(1.3)
    surface.round_caps()
    surface.stroke_colour(palette.LINK)
    for link in layout.links:
        surface.curve(link.segments)
    surface.round_caps(False)
    surface.fill_colour(palette.LINK)
    for link in layout.links:
        surface.polygon(link.arrow, "f")
    for link in layout.links:
        if link.label is not None:
            surface.line_width(0.6)
            surface.stroke_colour(palette.GRID)
            surface.fill_colour(palette.CARD_BG)
            surface.round_rect(label_area(link.label), 3.0, "B")
            surface.text(link.label, palette.MUTED)
        elif link.marker is not None:
            paint_marker(surface, link.marker)


def paint_marker(surface: Surface, marker: TextBlock) -> None:
    """A link's number in a white circle ringed in the link's colour."""
    surface.line_width(0.9)
    surface.stroke_colour(palette.LINK)
    surface.fill_colour(palette.CARD_BG)
    surface.ellipse(marker_area(marker.rect.center), "B")
    surface.text(marker, palette.LINK)
