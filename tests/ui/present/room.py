"""What the presentation tests measure: stage columns the camera shows, and the height of
rendered text in pixels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage

from journey_editor.layout import MapLayout
from journey_editor.layout.text import ASCENT, DESCENT

ASCENDERS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZbdfhklt")
DESCENDERS = set("gjpqy")


def shown_columns(layout: MapLayout, visible: QRectF) -> list[str]:
    """The stages whose whole column is in `visible`, clear of the frozen persona column."""
    left = visible.left() + layout.left_width - 0.5
    return [
        box.stage_id
        for box in layout.stages
        if box.rect.x >= left and box.rect.right <= visible.right() + 0.5
    ]


def ink_height(image: QImage, top: int, bottom: int, left: int, right: int) -> int:
    """Rows between `top` and `bottom` (pixels) holding dark text pixels between `left` and
    `right`: from the top of the highest glyph to the bottom of the lowest."""
    rows = [
        y
        for y in range(max(0, top), min(image.height(), bottom))
        if any(
            image.pixelColor(x, y).lightness() < 110
            for x in range(max(0, left), min(image.width(), right))
        )
    ]
    return rows[-1] - rows[0] + 1 if rows else 0


def card_title_ink(view, stage_id: str) -> tuple[str, int]:
    """A line of a card title in `stage_id`'s column (else in any column shown) with both a
    tall letter and a descender ("Compare coupes"), and its rendered height in pixels on
    `view`'s viewport: from the top of the tallest glyph to the bottom of the lowest."""
    layout = view.map_layout()
    image = view.viewport().grab().toImage()
    boxes = sorted(layout.cards.values(), key=lambda box: box.cell[2] != stage_id)
    for box in boxes:
        for line in box.title.lines:
            if not (ASCENDERS & set(line.text) and DESCENDERS & set(line.text)):
                continue
            size = box.title.size
            text = box.title.rect  # the text alone: not the channel chip beside it
            top_left = view.mapFromScene(QPointF(text.x, line.baseline - ASCENT * size))
            bottom_right = view.mapFromScene(QPointF(text.right, line.baseline + DESCENT * size))
            if not view.viewport().rect().contains(top_left):
                continue
            height = ink_height(
                image, top_left.y(), bottom_right.y() + 1, top_left.x() + 2, bottom_right.x() - 2
            )
            if height:
                return line.text, height
    raise AssertionError("no card title line with a tall letter and a descender in view")
