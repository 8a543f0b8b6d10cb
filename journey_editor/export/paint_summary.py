"""Painting a summary page laid out by `summary_layout` (page coordinates, y down)."""

from __future__ import annotations

from journey_editor.export import palette
from journey_editor.export.summary_layout import SummaryPage
from journey_editor.export.surface import Surface

STRIPE = palette.hex_rgb("#eef2f6")
ROLES = {"ink": palette.INK, "muted": palette.MUTED, "header": palette.HEADER_TEXT}
FILLS = {"header": palette.HEADER_BG, "stripe": STRIPE}


def paint_summary(surface: Surface, page: SummaryPage) -> None:
    for fill in page.fills:
        surface.fill_colour(FILLS.get(fill.role, STRIPE))
        surface.rect(fill.rect)
    if page.rules:
        surface.line_width(0.5)
        surface.stroke_colour(palette.ROW_LINE)
        surface.lines(((x1, y), (x2, y)) for x1, x2, y in page.rules)
    for text in page.texts:
        colour = ROLES.get(text.role, palette.INK)
        surface.string(text.text, text.x, text.baseline, text.size, colour, text.bold)
    surface.flush_text()
