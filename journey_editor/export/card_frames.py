"""A card's frame: its soft shadow, white rounded body and evidence border, as a form.

A big map has thousands of cards but only a few dozen frame shapes (cards share a width and
their height follows their number of title lines), so each shape is drawn once per document
and placed with `Do`: a fraction of the bytes and of the time of drawing every outline.
How the frame looks (radius, shadow, border per evidence level) is `layout/card_style.py`,
which the canvas reads too.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfgen.canvas import Canvas

from journey_editor.export import palette
from journey_editor.export.surface import Surface
from journey_editor.layout import CardBox, Rect
from journey_editor.layout import card_style as style

FrameKey = tuple[float, float, str | None]


def set_border(surface: Surface, evidence: str | None) -> None:
    border = style.border(evidence)
    surface.line_width(border.width)
    surface.dash(border.dash_points)
    surface.stroke_colour(palette.hex_rgb(border.colour))


def frame_key(box: CardBox) -> FrameKey:
    evidence = box.evidence if box.evidence in style.BORDERS else None
    return (round(box.rect.width, 2), round(box.rect.height, 2), evidence)


def frame_name(key: FrameKey) -> str:
    width, height, evidence = key
    size = f"{width:.2f}x{height:.2f}".replace(".", "_")
    return f"card_{size}_{evidence or 'plain'}"


def define_frames(canvas: Canvas, cards: Iterable[CardBox], defined: set[str]) -> None:
    """Define the frame form of every shape among `cards` not in `defined` (updated)."""
    for key in sorted({frame_key(box) for box in cards}, key=frame_name):
        name = frame_name(key)
        if name in defined:
            continue
        width, height, evidence = key
        bottom = -style.SHADOW_DROP - style.SHADOW_WIDTH
        canvas.beginForm(name, -2.0, bottom, width + 2.0, height + 2.0)
        surface = Surface(canvas, height)
        paint_frame(surface, Rect(0.0, 0.0, width, height), evidence)
        surface.flush()
        canvas.endForm()
        defined.add(name)


def paint_frame(surface: Surface, rect: Rect, evidence: str | None) -> None:
    surface.line_width(style.SHADOW_WIDTH)
    surface.stroke_colour(palette.SHADOW)
    surface.line(*style.shadow_line(rect))
    surface.fill_colour(palette.CARD_BG)
    set_border(surface, evidence)
    surface.round_rect(rect, style.RADIUS, "B")
    surface.dash()


def place_frame(surface: Surface, box: CardBox) -> None:
    rect = box.rect
    surface.form(frame_name(frame_key(box)), rect.x, rect.bottom)
