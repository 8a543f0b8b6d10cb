"""The map's frame: header (corner, phases, stages), persona bands, lane rows, heat strips.

Painted as the canvas paints them (`ui/canvas/items/headers.py`, `rows.py`): same fills,
tints and lines, so the handout and the screen look alike.
"""

from __future__ import annotations

from journey_editor.export import palette
from journey_editor.export.fonts import text_width
from journey_editor.export.surface import Surface
from journey_editor.layout import MapLayout, PersonaBand, Rect
from journey_editor.layout.text import ASCENT, DESCENT

PERSONA_BAR = 4.0  # the persona colour along the header's left edge
HEAT_NUMBER_MIN_WIDTH = 28.0  # a heat cell narrower than this shows the colour only


def lane_tint(shade: int, label: bool = False) -> float:
    """How much persona colour a lane's background takes: the labels a little more than the
    rows, every other lane a little more, so rows and bands read apart."""
    return (0.11 if label else 0.035) + (0.045 if shade else 0.0)


def paint_header(surface: Surface, layout: MapLayout) -> None:
    header = layout.header
    if header.height <= 0:
        return
    surface.fill_colour(palette.MAP)
    surface.rect(header)
    surface.fill_colour(palette.CORNER_BG)
    surface.rect(layout.corner)
    for phase in layout.phases:
        surface.fill_colour(palette.PHASE_BG)
        surface.rect(phase.rect)
        surface.line_width(2.0)
        surface.stroke_colour(palette.PHASE_LINE)
        right = phase.rect.right
        surface.line((right, phase.rect.y), (right, phase.rect.bottom))
        surface.text(phase.label, palette.PHASE_TEXT)
    surface.line_width(1.0)
    surface.stroke_colour(palette.HEADER_LINE)
    for stage in layout.stages:
        surface.fill_colour(palette.HEADER_BG)
        surface.rect(stage.rect)
        surface.line((stage.right, stage.rect.y), (stage.right, stage.rect.bottom))
        surface.text(stage.name, palette.HEADER_TEXT)


def paint_bands(surface: Surface, layout: MapLayout) -> None:
    """Every band: the gaps between bands in the map's grey, then each band's rows, labels,
    header and heat strip."""
    if layout.personas:
        top = layout.body_top
        surface.fill_colour(palette.MAP)
        surface.rect(Rect(0.0, top, layout.width, layout.height - top))
    edges = tuple(box.rect.x for box in layout.stages)
    if layout.stages:
        edges += (layout.stages[-1].right,)
    heat_of: dict[str, list] = {}
    for cell in layout.heat:
        heat_of.setdefault(cell.persona_id, []).append(cell)
    for band in layout.personas:
        _paint_band(surface, band, edges)
        _paint_heat(surface, band, heat_of.get(band.persona_id, ()))


def _paint_band(surface: Surface, band: PersonaBand, edges: tuple[float, ...]) -> None:
    colour = band.colour
    surface.fill_colour(palette.tint(colour, lane_tint(0)))
    surface.rect(band.rect)
    for number, row in enumerate(band.lanes):
        shade = number % 2
        surface.fill_colour(palette.tint(colour, lane_tint(shade)))
        surface.rect(row.rect)
        surface.fill_colour(palette.tint(colour, lane_tint(shade, True)))
        surface.rect(row.label_rect)
        top, bottom = row.rect.y, row.rect.bottom
        surface.line_width(0.8)
        surface.stroke_colour(palette.GRID)
        surface.lines(((x, top), (x, bottom)) for x in edges[1:-1])
        surface.stroke_colour(palette.ROW_LINE)
        label = row.label_rect
        surface.lines(
            (
                ((label.x, bottom), (row.rect.right, bottom)),
                ((label.right, top), (label.right, bottom)),
            )
        )
        surface.text(row.label, palette.MUTED)
    _paint_persona(surface, band)


def _paint_persona(surface: Surface, band: PersonaBand) -> None:
    header, colour = band.header, band.colour
    rect = header.rect
    base = palette.hex_rgb(colour)
    surface.fill_colour(palette.tint(colour, 0.16))
    surface.rect(rect)
    surface.fill_colour(base)
    surface.rect(Rect(rect.x, rect.y, PERSONA_BAR, rect.height))
    surface.line_width(1.0)
    surface.stroke_colour(palette.GRID)
    surface.line((rect.right, rect.y), (rect.right, rect.bottom))

    avatar = header.avatar
    surface.line_width(0.8)
    surface.stroke_colour(palette.darker(palette.tint(colour, 0.5), 1.4))
    surface.fill_colour(base)
    surface.ellipse(avatar, "B")
    letters = header.initials
    size = avatar.height * (0.42 if len(letters) > 1 else 0.5)
    width = text_width(letters, size, bold=True)
    x = avatar.x + (avatar.width - width) / 2
    baseline = avatar.y + avatar.height / 2 + (ASCENT - DESCENT) * size / 2
    surface.string(letters, x, baseline, size, palette.readable_on(base), bold=True)

    surface.text(header.name, palette.INK)
    surface.text(header.role, palette.MUTED)
    surface.text(header.quote, palette.MUTED)
    surface.text(band.summary, palette.MUTED)


def _paint_heat(surface: Surface, band: PersonaBand, cells) -> None:
    """Per stage, the mean effort as a colour and (when the strip is wide enough) a number;
    light grey where nothing is scored."""
    strip = band.heat_strip
    if strip.height <= 0 or strip.width <= 0:
        return
    surface.fill_colour(palette.tint(palette.HEAT_EMPTY, 0.18))
    surface.rect(strip)
    size = strip.height * 0.95
    for cell in cells:
        if cell.mean_effort is None:
            continue
        rect = Rect(
            cell.rect.x + 0.5, cell.rect.y, max(0.0, cell.rect.width - 1.0), cell.rect.height
        )
        fill = palette.effort_colour(cell.mean_effort)
        surface.fill_colour(fill)
        surface.rect(rect)
        if rect.width >= HEAT_NUMBER_MIN_WIDTH:
            baseline = rect.bottom - strip.height * 0.14
            surface.string(
                cell.figure, rect.x + 3.0, baseline, size, palette.readable_on(fill), True
            )
