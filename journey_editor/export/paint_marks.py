"""Painting change badges (`change_marks`) with a Surface: on the map's form, above the cards
and links, and as samples in the change table's key."""

from __future__ import annotations

from collections.abc import Iterable

from journey_editor.export import palette
from journey_editor.export.change_marks import STYLES, Badge
from journey_editor.export.page_marks import furniture_size
from journey_editor.export.page_plan import PagePlan
from journey_editor.export.surface import Surface
from journey_editor.layout import DEFAULT_MEASURE, TextWrapper

_WRAPPER = TextWrapper(DEFAULT_MEASURE)


def paint_badges(surface: Surface, badges: Iterable[Badge], texts: bool = True) -> None:
    """Shapes now, text queued (the caller's `flush_text` draws it above the shapes); without
    `texts`, the shapes only (the caller writes the texts in its own order)."""
    for badge in badges:
        style = STYLES[badge.kind]
        surface.fill_colour(palette.hex_rgb(style.fill))
        surface.stroke_colour(palette.hex_rgb(style.line))
        surface.line_width(style.line_width * badge.size / 6.0)
        dots = bool(style.dash) and style.dash[0] == 0
        if style.dash:
            scale = badge.size / 6.0
            surface.round_caps(dots)
            surface.dash(tuple(step * scale for step in style.dash))
        surface.round_rect(badge.rect, badge.rect.height / 2, "B")
        if style.dash:
            surface.dash()
            surface.round_caps(False)
        if texts:
            colour = palette.hex_rgb(style.text)
            surface.string(badge.text, badge.x, badge.baseline, badge.size, colour, style.bold)


def paint_note(surface: Surface, page: PagePlan, note: str) -> None:
    """`note` in the bottom margin of a fit page, left of the page number (left out when the
    margin is too narrow for it)."""
    size = furniture_size(page)
    bottom = page.printable.bottom
    margin = page.page_size[1] - bottom
    if margin < size * 1.5:
        return
    baseline = bottom + margin / 2 + size * 0.35
    room = page.printable.width * 0.85
    text = _WRAPPER.fit_line(note, room, size)
    surface.string(text, page.printable.x, baseline, size, palette.MUTED)
