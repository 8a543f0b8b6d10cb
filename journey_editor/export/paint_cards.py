"""Cards, as the canvas's `card_painter` draws them at full detail.

    ┌▌─────────────────────────────┐   white rounded card, channel colour on the left edge
    │▌[icon] Title, wrapped as the │   chip: channel colour + icon
    │▌       layout wrapped it     │
    │▌●●●○○ 3           ★ ⇥ (☺)    │   effort, moment of truth, exit, emotion
    └──────────────────────────────┘   border: observed solid, assumed dashed, proposed dotted

How they look (strip, marks; the frame in `card_frames`) is `layout/card_style.py`, which
the canvas reads too.
"""

from __future__ import annotations

from collections.abc import Iterable

from journey_editor.export import palette
from journey_editor.export.card_frames import place_frame
from journey_editor.export.glyph_forms import place_badge, place_chip, place_face
from journey_editor.export.surface import Surface
from journey_editor.layout import CardBox, Rect, exit_lines, star_polygon
from journey_editor.layout import card_style as style


def paint_cards(surface: Surface, cards: Iterable[CardBox]) -> None:
    """All cards: frames (forms defined by `GlyphForms.prepare`), then what is on them;
    titles are queued as text, drawn by the caller's `flush_text` above the shapes."""
    for box in cards:
        place_frame(surface, box)
        _paint_details(surface, box)


def _paint_details(surface: Surface, box: CardBox) -> None:
    if box.colour is not None:
        surface.fill_colour(palette.hex_rgb(box.colour))
        surface.rect(style.strip_rect(box.rect))
        if box.chip is not None:
            place_chip(surface, box.chip, box.colour, box.icon)
    surface.text(box.title, palette.INK)
    if box.effort_badge is not None and box.effort is not None:
        place_badge(surface, box.effort_badge, box.effort)
    if box.moment_of_truth is not None:
        paint_star(surface, box.moment_of_truth)
    if box.exit_point is not None:
        paint_exit(surface, box.exit_point)
    if box.emotion_face is not None and box.emotion is not None:
        place_face(surface, box.emotion_face, box.emotion)
    if box.votes:
        paint_votes(surface, box.rect, box.votes)


def paint_votes(surface: Surface, card: Rect, votes: int) -> None:
    """Dot votes as `card_style.vote_marks` places them (the canvas draws the same)."""
    marks = style.vote_marks(card, votes)
    if marks is None:
        return
    surface.line_width(style.VOTE_RING_WIDTH)
    surface.stroke_colour(palette.hex_rgb(style.VOTE_RING))
    surface.fill_colour(palette.hex_rgb(style.VOTE_FILL))
    for dot in marks.dots:
        surface.ellipse(dot, "B")
    if marks.pill is not None and marks.number is not None:
        surface.round_rect(marks.pill, marks.pill.height / 2, "B")
        number = marks.number
        surface.string(
            number.text,
            number.x,
            number.baseline,
            style.VOTE_NUMBER_SIZE,
            palette.hex_rgb(style.VOTE_TEXT),
            True,
        )


def paint_star(surface: Surface, rect: Rect) -> None:
    surface.line_width(style.STAR_LINE)
    surface.op("1 j")
    surface.stroke_colour(palette.STAR_LINE)
    surface.fill_colour(palette.STAR_FILL)
    surface.polygon(star_polygon(rect), "B")
    surface.op("0 j")


def paint_exit(surface: Surface, rect: Rect) -> None:
    surface.line_width(style.EXIT_LINE)
    surface.round_caps()
    surface.stroke_colour(palette.EXIT_LINE)
    surface.lines(exit_lines(rect))
    surface.round_caps(False)
