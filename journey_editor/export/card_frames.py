"""A card's frame: its soft shadow, white rounded body and evidence border, as a form.

A big map has thousands of cards but only a few dozen frame shapes (cards share a width and
their height follows their number of title lines), so each shape is drawn once per document
and placed with `Do`: a fraction of the bytes and of the time of drawing every outline.
The border style carries the evidence level, so it reads in black and white too.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfgen.canvas import Canvas

from journey_editor.export import palette
from journey_editor.export.surface import Surface
from journey_editor.layout import CardBox, Rect

RADIUS = 4.0
SHADOW_WIDTH = 1.6
SHADOW_DROP = 0.9  # below the bottom edge

# evidence -> (line width, dash pattern, colour); dashes in points, as the canvas's pen-width
# multiples: dashed 3 on 2, dotted 1 on 1.5.
BORDERS: dict[str | None, tuple[float, tuple[float, ...], palette.RGB]] = {
    "observed": (1.2, (), palette.CARD_BORDER_STRONG),
    "assumed": (1.2, (3.6, 2.4), palette.CARD_BORDER_STRONG),
    "proposed": (1.3, (1.3, 1.95), palette.CARD_BORDER_STRONG),
    None: (0.8, (), palette.CARD_BORDER),
}

FrameKey = tuple[float, float, str | None]


def border_style(evidence: str | None) -> tuple[float, tuple[float, ...], palette.RGB]:
    return BORDERS.get(evidence, BORDERS[None])


def set_border(surface: Surface, evidence: str | None) -> None:
    width, dash, colour = border_style(evidence)
    surface.line_width(width)
    surface.dash(dash)
    surface.stroke_colour(colour)


def frame_key(box: CardBox) -> FrameKey:
    evidence = box.evidence if box.evidence in BORDERS else None
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
        canvas.beginForm(name, -2.0, -SHADOW_DROP - SHADOW_WIDTH, width + 2.0, height + 2.0)
        surface = Surface(canvas, height)
        paint_frame(surface, Rect(0.0, 0.0, width, height), evidence)
        surface.flush()
        canvas.endForm()
        defined.add(name)


def paint_frame(surface: Surface, rect: Rect, evidence: str | None) -> None:
    x, y, w, h = rect
    surface.line_width(SHADOW_WIDTH)
    surface.stroke_colour(palette.SHADOW)
    surface.line((x + RADIUS, y + h + SHADOW_DROP), (x + w - RADIUS, y + h + SHADOW_DROP))
    surface.fill_colour(palette.CARD_BG)
    set_border(surface, evidence)
    surface.round_rect(rect, RADIUS, "B")
    surface.dash()


def place_frame(surface: Surface, box: CardBox) -> None:
    rect = box.rect
    surface.form(frame_name(frame_key(box)), rect.x, rect.bottom)
