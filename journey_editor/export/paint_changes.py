"""Painting a change page laid out by `changes_layout` (page coordinates, y down)."""

from __future__ import annotations

from journey_editor.export import palette
from journey_editor.export.change_marks import STYLES
from journey_editor.export.changes_layout import BADGE_ROLE, ChangesPage
from journey_editor.export.paint_marks import paint_badges
from journey_editor.export.surface import Surface

STRIPE = palette.hex_rgb("#eef2f6")
GROUP = palette.hex_rgb("#d6dee8")  # a persona (or the map's own changes): as the phase band
SUBGROUP = palette.hex_rgb("#e8edf3")
FILLS = {"header": palette.HEADER_BG, "stripe": STRIPE, "group": GROUP, "subgroup": SUBGROUP}
ROLES = {"ink": palette.INK, "muted": palette.MUTED, "header": palette.HEADER_TEXT}


def paint_changes(surface: Surface, page: ChangesPage) -> None:
    for fill in page.fills:
        surface.fill_colour(FILLS.get(fill.role, STRIPE))
        surface.rect(fill.rect)
    if page.rules:
        surface.line_width(0.5)
        surface.stroke_colour(palette.ROW_LINE)
        surface.lines(((x1, y), (x2, y)) for x1, x2, y in page.rules)
    paint_badges(surface, page.badges, texts=False)  # their texts are among the page's
    # In reading order (a text object per run of one style), so that copying the table or
    # reading it aloud goes row by row, not all bold text first.
    style = None
    for text in page.texts:
        if style is not None and style != (text.size, text.bold, text.role):
            surface.flush_text()
        style = (text.size, text.bold, text.role)
        surface.string(text.text, text.x, text.baseline, text.size, _colour(text.role), text.bold)
    surface.flush_text()


def _colour(role: str) -> palette.RGB:
    if role.startswith(BADGE_ROLE):
        return palette.hex_rgb(STYLES[role.removeprefix(BADGE_ROLE)].text)
    return ROLES.get(role, palette.INK)
