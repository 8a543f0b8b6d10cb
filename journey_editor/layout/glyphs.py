"""The small pictures on a card, as geometry, so the canvas and the PDF draw them alike.

Each function takes the rectangle the layout reserved (CardBox.effort_badge, .emotion_face,
.moment_of_truth, .exit_point, or a legend swatch) and returns shapes in the same coordinates.
None of them relies on colour: effort has filled dots and a number, emotion a face whose mouth
bends with the score, so a grey photocopy still reads.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from journey_editor.layout.geometry import CubicSegment, Point, Rect
from journey_editor.layout.text import ASCENT, DESCENT, TextLine

EFFORT_DOTS = 5


class EffortGlyph(NamedTuple):
    dots: tuple[Rect, ...]  # five circles' bounding boxes, left to right
    filled: int  # the first `filled` dots are filled, the others outlined
    number: TextLine  # the effort as a digit, right of the dots
    number_size: float


def effort_glyph(badge: Rect, effort: int) -> EffortGlyph:
    size = badge.height
    number_width = 0.7 * size  # a DejaVu digit is 0.636 em wide
    area = max(0.0, badge.width - number_width - 2.0)
    diameter = min(badge.height * 0.8, area / (EFFORT_DOTS + (EFFORT_DOTS - 1) * 0.3))
    step = diameter * 1.3
    top = badge.y + (badge.height - diameter) / 2
    dots = tuple(Rect(badge.x + i * step, top, diameter, diameter) for i in range(EFFORT_DOTS))
    # The digit's glyph box (ascent + descent) centred on the badge's middle.
    baseline = badge.y + badge.height / 2 + (ASCENT - DESCENT) * size / 2
    number = TextLine(str(effort), badge.right - number_width, baseline)
    return EffortGlyph(dots, max(0, min(EFFORT_DOTS, effort)), number, size)


class FaceGlyph(NamedTuple):
    circle: Rect
    left_eye: Rect
    right_eye: Rect
    mouth: CubicSegment  # stroked; bends up into a smile for +2, down for −2, flat for 0


def face_glyph(rect: Rect, emotion: int) -> FaceGlyph:
    side = min(rect.width, rect.height)
    x = rect.x + (rect.width - side) / 2
    y = rect.y + (rect.height - side) / 2
    eye = side * 0.13
    eye_y = y + side * 0.36 - eye / 2
    left_eye = Rect(x + side * 0.34 - eye / 2, eye_y, eye, eye)
    right_eye = Rect(x + side * 0.66 - eye / 2, eye_y, eye, eye)
    # y grows downwards: a smile's middle is lower (larger y) than its corners.
    bend = max(-2, min(2, emotion)) / 2 * side * 0.16
    mouth_y = y + side * 0.68 - bend / 2
    control_y = mouth_y + bend * 4 / 3  # puts the curve's middle `bend` below its corners
    mouth = CubicSegment(
        Point(x + side * 0.3, mouth_y),
        Point(x + side * 0.42, control_y),
        Point(x + side * 0.58, control_y),
        Point(x + side * 0.7, mouth_y),
    )
    return FaceGlyph(Rect(x, y, side, side), left_eye, right_eye, mouth)


def star_polygon(rect: Rect) -> tuple[Point, ...]:
    """A five-pointed star (moment of truth), ten points, the first at the top."""
    cx, cy = rect.x + rect.width / 2, rect.y + rect.height / 2
    outer = min(rect.width, rect.height) / 2
    inner = outer * 0.45
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(Point(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return tuple(points)


def exit_lines(rect: Rect) -> tuple[tuple[Point, Point], ...]:
    """An exit mark as strokes: an open door bracket on the left and an arrow leaving it."""
    x, y, w, h = rect
    mid = y + h / 2
    return (
        (Point(x + w * 0.45, y), Point(x, y)),
        (Point(x, y), Point(x, y + h)),
        (Point(x, y + h), Point(x + w * 0.45, y + h)),
        (Point(x + w * 0.3, mid), Point(x + w, mid)),
        (Point(x + w, mid), Point(x + w * 0.72, y + h * 0.22)),
        (Point(x + w, mid), Point(x + w * 0.72, y + h * 0.78)),
    )


def curve_sample(rect: Rect) -> CubicSegment:
    """The legend's sample of an emotion curve: a line that dips and recovers, inside `rect`
    (its control points are, so the Bézier is too)."""
    x, y, w, h = rect
    return CubicSegment(
        Point(x, y + h * 0.3),
        Point(x + w * 0.4, y + h),
        Point(x + w * 0.6, y),
        Point(x + w, y + h * 0.45),
    )
