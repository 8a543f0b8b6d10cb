"""Emotion curves and links, as the canvas draws them (`items/curve.py`, `items/link.py`).

A curve: dashed guide lines at the −2…+2 levels, the neutral baseline, the smooth line, a face
on every point and a red ring round the hot spots. In grey the face's mouth and its height on
the guides still tell the score, and the ring still marks the lowest points.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from journey_editor.export import palette
from journey_editor.export.glyph_forms import place_face
from journey_editor.export.surface import Surface
from journey_editor.layout import EmotionCurve, LinkPath, MapLayout, Rect

FACE = 13.0  # a curve face is a little larger than a card's: it is read from afar
RING = 2.6  # hot-spot ring, beyond the face
LABEL_PAD = 2.5
DOT = 2.6  # the mark left where a link's label would hide a card's text


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


def label_rect(link: LinkPath) -> Rect:
    rect = link.label.rect if link.label is not None else Rect(0.0, 0.0, 0.0, 0.0)
    return Rect(
        rect.x - LABEL_PAD,
        rect.y - LABEL_PAD / 2,
        rect.width + 2 * LABEL_PAD,
        rect.height + LABEL_PAD,
    )


class CardFinder:
    """Which cards a rectangle overlaps, by stage column (a link label spans one or two)."""

    def __init__(self, layout: MapLayout) -> None:
        self.lefts = [stage.rect.x for stage in layout.stages]
        self.columns: list[list[Rect]] = [[] for _ in layout.stages]
        column_of = {stage.stage_id: index for index, stage in enumerate(layout.stages)}
        for box in layout.cards.values():
            index = column_of.get(box.cell[2])
            if index is not None:
                self.columns[index].append(box.rect)

    def overlaps(self, rect: Rect) -> bool:
        if not self.lefts:
            return False
        first = max(0, bisect.bisect_right(self.lefts, rect.x) - 1)
        last = max(0, bisect.bisect_right(self.lefts, rect.right) - 1)
        return any(
            card.intersects(rect) for column in self.columns[first : last + 1] for card in column
        )


def paint_links(surface: Surface, layout: MapLayout) -> None:
    """Bézier, arrowhead and label on a light background; a label that would cover a card's
    text becomes a small dot, as on the canvas."""
    if not layout.links:
        return
    finder = CardFinder(layout)
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
        if link.label is None or not link.label.texts:
            continue
        area = label_rect(link)
        if finder.overlaps(area):
            surface.line_width(0.8)
            surface.stroke_colour(palette.CARD_BG)
            surface.fill_colour(palette.LINK)
            centre = area.center
            surface.ellipse(Rect(centre.x - DOT, centre.y - DOT, 2 * DOT, 2 * DOT), "B")
            continue
        surface.line_width(0.6)
        surface.stroke_colour(palette.GRID)
        surface.fill_colour(palette.CARD_BG)
        surface.round_rect(area, 3.0, "B")
        surface.text(link.label, palette.MUTED)
