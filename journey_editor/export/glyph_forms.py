"""The small pictures every card repeats, each drawn once per document as a form XObject.

A 5,000-card map shows a few dozen distinct pictures thousands of times: five faces, five
effort badges, one icon per channel. Drawing each once and placing it with `Do` keeps the file
small and the export fast. Shapes come from `journey_editor.layout.glyphs` (and `icons`), so
the PDF draws exactly what the canvas draws; colour never carries meaning alone (the badge
has filled dots and a digit, the face a mouth that bends with the score).

Forms must be defined outside the map's own form (reportlab forms do not nest well), so
`GlyphForms.prepare(layout)` defines, up front, every picture that layout will place.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from journey_editor.export import palette
from journey_editor.export.card_frames import define_frames
from journey_editor.export.surface import Surface
from journey_editor.layout import MapLayout, Rect, effort_glyph, face_glyph
from journey_editor.layout import card_style as style
from journey_editor.layout.icons import GRID, STROKE, icon_key, icon_operators

FACE_UNIT = 12.0  # a face form is drawn this size and scaled to each face rectangle
FACE_LINE = 0.85  # line width at FACE_UNIT: the canvas's 0.8 at 11 pt, 0.9 at 13 pt


class GlyphForms:
    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._defined: set[str] = set()

    # --- names ---------------------------------------------------------------------------------

    @staticmethod
    def face_name(emotion: int) -> str:
        return f"face{max(-2, min(2, emotion)) + 2}"

    @staticmethod
    def badge_name(effort: int, width: float, height: float, digit: bool = True) -> str:
        name = f"effort{effort}_{width:.1f}x{height:.1f}".replace(".", "_")
        return name if digit else name + "_dots"

    @staticmethod
    def icon_name(icon: str | None, ink: palette.RGB) -> str:
        shade = "w" if ink == palette.WHITE else "k"
        safe = "".join(c if c.isalnum() else "_" for c in icon_key(icon))
        return f"icon_{safe}_{shade}"

    # --- definitions ---------------------------------------------------------------------------

    def prepare(self, layout: MapLayout) -> None:
        """Define every face, badge, icon and card frame `layout` uses (cards, curves and
        legend)."""
        for emotion in range(-2, 3):
            self.face(emotion)
        icons: set[tuple[str | None, palette.RGB]] = set()
        for box in layout.cards.values():
            if box.effort is not None and box.effort_badge is not None:
                self.badge(box.effort, box.effort_badge.width, box.effort_badge.height)
            if box.chip is not None and box.colour is not None:
                icons.add((box.icon, palette.readable_on(palette.hex_rgb(box.colour))))
        if layout.legend is not None:
            for section in layout.legend.sections:
                for entry in section.entries:
                    if section.kind == "effort":
                        swatch = entry.swatch
                        self.badge(int(entry.key), swatch.width, swatch.height, digit=False)
                    elif section.kind == "channels" and entry.colour is not None:
                        ink = palette.readable_on(palette.hex_rgb(entry.colour))
                        icons.add((entry.icon, ink))
        for icon, ink in sorted(icons, key=lambda item: (icon_key(item[0]), item[1])):
            self.icon(icon, ink)
        define_frames(self.canvas, layout.cards.values(), self._defined)

    def face(self, emotion: int) -> str:
        name = self.face_name(emotion)
        if name in self._defined:
            return name
        pad = FACE_LINE
        self.canvas.beginForm(name, -pad, -pad, FACE_UNIT + pad, FACE_UNIT + pad)
        surface = Surface(self.canvas, FACE_UNIT)
        glyph = face_glyph(Rect(0.0, 0.0, FACE_UNIT, FACE_UNIT), emotion)
        surface.line_width(FACE_LINE)
        surface.stroke_colour(palette.INK)
        surface.fill_colour(palette.emotion_fill(emotion))
        surface.ellipse(glyph.circle, "B")
        surface.fill_colour(palette.INK)
        surface.ellipse(glyph.left_eye, "f")
        surface.ellipse(glyph.right_eye, "f")
        surface.round_caps()
        surface.curve((glyph.mouth,), "S")
        surface.flush()
        self.canvas.endForm()
        self._defined.add(name)
        return name

    def badge(self, effort: int, width: float, height: float, digit: bool = True) -> str:
        """Five dots, the first `effort` filled, and the digit (left out in the legend, whose
        labels already start with it)."""
        effort = max(1, min(5, effort))
        name = self.badge_name(effort, width, height, digit)
        if name in self._defined:
            return name
        self.canvas.beginForm(name, -1.0, -1.0, width + 1.0, height + 1.0)
        surface = Surface(self.canvas, height)
        glyph = effort_glyph(Rect(0.0, 0.0, width, height), effort)
        surface.line_width(style.BADGE_LINE)
        surface.stroke_colour(palette.hex_rgb(style.BADGE_OUTLINE))
        surface.fill_colour(palette.effort_colour(effort))
        for index, dot in enumerate(glyph.dots):
            surface.ellipse(dot, "B" if index < glyph.filled else "S")
        if digit:
            number = glyph.number
            size = glyph.number_size
            surface.string(number.text, number.x, number.baseline, size, palette.INK, True)
        surface.flush_text()
        self.canvas.endForm()
        self._defined.add(name)
        return name

    def icon(self, icon: str | None, ink: palette.RGB) -> str:
        name = self.icon_name(icon, ink)
        if name in self._defined:
            return name
        stroke_ops, fill_ops = icon_operators(icon)
        pad = STROKE
        self.canvas.beginForm(name, -pad, -pad, GRID + pad, GRID + pad)
        parts = [palette.stroke(ink), f"{STROKE:.1f} w 1 J 1 j", f"{stroke_ops} S"]
        if fill_ops:
            parts += [palette.fill(ink), f"{fill_ops} f"]
        self.canvas.addLiteral("\n".join(parts))
        self.canvas.endForm()
        self._defined.add(name)
        return name


# --- placing them -------------------------------------------------------------------------------


def place_face(surface: Surface, rect: Rect, emotion: int) -> None:
    side = min(rect.width, rect.height)
    x = rect.x + (rect.width - side) / 2
    y = rect.y + (rect.height - side) / 2
    surface.form(GlyphForms.face_name(emotion), x, y + side, side / FACE_UNIT)


def place_badge(surface: Surface, rect: Rect, effort: int, digit: bool = True) -> None:
    name = GlyphForms.badge_name(max(1, min(5, effort)), rect.width, rect.height, digit)
    surface.form(name, rect.x, rect.bottom)


def place_chip(surface: Surface, rect: Rect, hex_colour: str, icon: str | None) -> None:
    """The channel chip: a rounded square in the channel's colour with its icon on top, in
    white or ink, whichever contrasts better with that colour."""
    colour = palette.hex_rgb(hex_colour)
    surface.fill_colour(colour)
    surface.round_rect(rect, rect.width * style.CHIP_RADIUS, "f")
    inset = rect.width * style.CHIP_INSET
    side = min(rect.width, rect.height) - 2 * inset
    if side <= 0:
        return
    ink = palette.readable_on(colour)
    x = rect.x + (rect.width - side) / 2
    y = rect.y + (rect.height - side) / 2
    surface.form(GlyphForms.icon_name(icon, ink), x, y + side, side / GRID)
