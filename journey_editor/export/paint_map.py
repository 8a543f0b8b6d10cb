"""A whole MapLayout as one form XObject: drawn once, placed on every page and tile.

Inside the form, (0, 0) is the map's bottom-left and one unit is one layout point; pages
scale, move and clip it. Layers go bottom to top as on the canvas: frame (header, bands, rows,
heat), emotion curves, cards, links, then the title block and legend. Each layer's text is
drawn right after its shapes, so later layers cover earlier text where they overlap, exactly
as the canvas stacks its items.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from journey_editor.export.bounds import STROKE_ROOM, ink_bounds
from journey_editor.export.change_marks import Badge
from journey_editor.export.glyph_forms import GlyphForms
from journey_editor.export.paint_cards import paint_cards
from journey_editor.export.paint_curves import paint_curves, paint_links
from journey_editor.export.paint_grid import paint_bands, paint_header
from journey_editor.export.paint_legend import paint_legend, paint_title_block
from journey_editor.export.paint_marks import paint_badges
from journey_editor.export.surface import Surface
from journey_editor.layout import MapLayout


def define_map_form(
    canvas: Canvas, layout: MapLayout, name: str, forms: GlyphForms, marks: tuple[Badge, ...] = ()
) -> None:
    """Define form `name` holding `layout` (its glyph forms are defined first), with the
    change `marks` of a change handout on top."""
    forms.prepare(layout)
    # The form's box clips: make it hold every stroke, including links past the map's edge
    # (form y is up: the layout's top is at `height`).
    box = ink_bounds(layout)
    height = layout.height
    low, high = height - box.bottom - STROKE_ROOM, height - box.y + STROKE_ROOM
    canvas.beginForm(name, box.x - STROKE_ROOM, low, box.right + STROKE_ROOM, high)
    surface = Surface(canvas, layout.height)
    paint_layout(surface, layout)
    if marks:
        paint_badges(surface, marks)
        surface.flush_text()
    canvas.endForm()


def paint_layout(surface: Surface, layout: MapLayout) -> None:
    paint_header(surface, layout)
    paint_bands(surface, layout)
    surface.flush_text()
    paint_curves(surface, layout.emotion_curves)
    paint_cards(surface, layout.cards.values())
    surface.flush_text()
    paint_links(surface, layout)
    surface.flush_text()
    paint_title_block(surface, layout.title_block)
    paint_legend(surface, layout.legend)
    surface.flush_text()
