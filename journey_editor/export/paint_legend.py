"""The title block and the legend above the map.

Each legend sample is drawn exactly as on a card (chip, effort badge, face, card border, mark),
or as the emotion curve (a bit of curve, beside the words saying which lanes it goes through),
from the swatch rectangle the layout reserved, so the key matches what it explains.
"""

from __future__ import annotations

from journey_editor.export import palette
from journey_editor.export.card_frames import set_border
from journey_editor.export.glyph_forms import place_badge, place_chip, place_face
from journey_editor.export.paint_cards import paint_exit, paint_star
from journey_editor.export.paint_curves import paint_marker
from journey_editor.export.surface import Surface
from journey_editor.layout import Legend, LegendEntry, TitleBlock, curve_sample
from journey_editor.layout import card_style as style
from journey_editor.layout.links import marker_sample


def paint_title_block(surface: Surface, block: TitleBlock | None) -> None:
    if block is None:
        return
    surface.text(block.title, palette.INK)
    surface.text(block.subtitle, palette.MUTED)


def paint_legend(surface: Surface, legend: Legend | None) -> None:
    if legend is None:
        return
    for section in legend.sections:
        surface.text(section.heading, palette.INK)
        for entry in section.entries:
            _paint_swatch(surface, section.kind, entry)
            surface.text(entry.label, palette.MUTED)


def _paint_swatch(surface: Surface, kind: str, entry: LegendEntry) -> None:
    swatch = entry.swatch
    if kind == "channels" and entry.colour is not None:
        place_chip(surface, swatch, entry.colour, entry.icon)
    elif kind == "effort":
        place_badge(surface, swatch, int(entry.key), digit=False)
    elif kind == "emotion" and entry.key == "curve":
        surface.line_width(1.6)
        surface.round_caps()
        surface.stroke_colour(palette.CURVE)
        surface.curve((curve_sample(swatch),))
        surface.round_caps(False)
    elif kind == "emotion":
        place_face(surface, swatch, int(entry.key))
    elif kind == "evidence":
        surface.fill_colour(palette.CARD_BG)
        set_border(surface, entry.key)
        surface.round_rect(swatch, style.LEGEND_SWATCH_RADIUS, "B")
        surface.dash()
    elif kind == "links":
        paint_marker(surface, marker_sample(swatch))
    elif kind == "marks":
        if entry.key == "moment_of_truth":
            paint_star(surface, swatch)
        elif entry.key == "exit_point":
            paint_exit(surface, swatch)
        elif entry.key == "votes":
            surface.line_width(style.VOTE_RING_WIDTH)
            surface.stroke_colour(palette.hex_rgb(style.VOTE_RING))
            surface.fill_colour(palette.hex_rgb(style.VOTE_FILL))
            for dot in style.vote_sample(swatch):
                surface.ellipse(dot, "B")
