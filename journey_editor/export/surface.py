"""A drawing surface in the layout's coordinates (y down), writing PDF operators.

The layout speaks y-down points; PDF is y-up. `Surface` flips every y once (`H - y`) and
writes path operators as text through reportlab's public `Canvas.addLiteral`, because the
canvas's own shape calls cost several times more per shape and a 5,000-card map draws tens of
thousands of them. Text still goes through reportlab's text objects (they subset and encode
the TrueType font), batched per font, size and colour so a map needs a few dozen text
objects instead of one per line; within a batch lines keep their drawing order, so text
extraction reads a card's title lines together.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import xObjectName
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from journey_editor.export import font_fallback, palette
from journey_editor.export.fonts import font_name
from journey_editor.layout import CubicSegment, Point, Rect, TextBlock

KAPPA = 0.5522847498  # control-point distance of a quarter circle, as a fraction of the radius
_Lines = tuple[float, float, tuple[str, ...], float]


class Surface:
    def __init__(self, canvas: Canvas, height: float) -> None:
        self.canvas = canvas
        self.height = height
        self._ops: list[str] = []
        self._forms_listed: set[str] = set()
        self._form_ops: dict[str, str] = {}
        # (font, size, colour) -> [(x, y in PDF, lines, line step)]
        self._texts: dict[tuple[str, float, palette.RGB], list[_Lines]] = {}

    # --- raw operators ---------------------------------------------------------------------------

    def op(self, operator: str) -> None:
        self._ops.append(operator)

    def flush(self) -> None:
        """Hand the operators written so far to the canvas (before anything the canvas draws
        itself, so the stacking order is the drawing order)."""
        if self._ops:
            self.canvas.addLiteral("\n".join(self._ops))
            self._ops.clear()

    # --- state ----------------------------------------------------------------------------------

    def fill_colour(self, colour: palette.RGB) -> None:
        self._ops.append(palette.fill(colour))

    def stroke_colour(self, colour: palette.RGB) -> None:
        self._ops.append(palette.stroke(colour))

    def line_width(self, width: float) -> None:
        self._ops.append(f"{width:.2f} w")

    def dash(self, pattern: tuple[float, ...] = ()) -> None:
        self._ops.append(f"[{' '.join(f'{d:.2f}' for d in pattern)}] 0 d")

    def round_caps(self, on: bool = True) -> None:
        self._ops.append("1 J 1 j" if on else "0 J 0 j")

    def save(self) -> None:
        self._ops.append("q")

    def restore(self) -> None:
        self._ops.append("Q")

    # --- paths (layout coordinates) --------------------------------------------------------------

    def rect_path(self, x: float, y: float, width: float, height: float) -> str:
        return f"{x:.2f} {self.height - y - height:.2f} {width:.2f} {height:.2f} re"

    def rect(self, rect: Rect, paint: str = "f") -> None:
        x, y, width, height = rect
        self._ops.append(
            f"{x:.2f} {self.height - y - height:.2f} {width:.2f} {height:.2f} re {paint}"
        )

    def round_rect(self, rect: Rect, radius: float, paint: str = "B") -> None:
        x, y, w, h = rect
        r = max(0.0, min(radius, w / 2, h / 2))
        k = r * (1 - KAPPA)
        bottom = self.height - y - h
        # Six distinct x and six distinct y values: format each once (cards draw thousands).
        a, b, c, d, e, f = (f"{v:.2f}" for v in (x, x + k, x + r, x + w - r, x + w - k, x + w))
        top = bottom + h
        u, v, s, t, o, p = (
            f"{n:.2f}" for n in (bottom, bottom + k, bottom + r, top - r, top - k, top)
        )
        self._ops.append(
            f"{c} {u} m {d} {u} l {e} {u} {f} {v} {f} {s} c {f} {t} l {f} {o} {e} {p} {d} {p} c "
            f"{c} {p} l {b} {p} {a} {o} {a} {t} c {a} {s} l {a} {v} {b} {u} {c} {u} c h {paint}"
        )

    def ellipse(self, rect: Rect, paint: str = "f") -> None:
        self._ops.append(ellipse_path(rect, self.height) + " " + paint)

    def line(self, start: Point, end: Point) -> None:
        h = self.height
        self._ops.append(f"{start[0]:.2f} {h - start[1]:.2f} m {end[0]:.2f} {h - end[1]:.2f} l S")

    def lines(self, pairs: Iterable[tuple[Point, Point]]) -> None:
        """Several strokes in one path (one painting operator)."""
        h = self.height
        parts = [f"{a[0]:.2f} {h - a[1]:.2f} m {b[0]:.2f} {h - b[1]:.2f} l" for a, b in pairs]
        if parts:
            self._ops.append(" ".join(parts) + " S")

    def polyline(self, points: Iterable[Point]) -> None:
        """One open stroke through `points`, with round joins (a zig-zag keeps its corners
        smooth)."""
        h = self.height
        coords = [f"{x:.2f} {h - y:.2f}" for x, y in points]
        if len(coords) > 1:
            self._ops.append(
                f"1 j {coords[0]} m " + " ".join(f"{c} l" for c in coords[1:]) + " S 0 j"
            )

    def polygon(self, points: Iterable[Point], paint: str = "f") -> None:
        h = self.height
        coords = [f"{x:.2f} {h - y:.2f}" for x, y in points]
        if coords:
            self._ops.append(
                f"{coords[0]} m " + " ".join(f"{c} l" for c in coords[1:]) + f" h {paint}"
            )

    def curve(self, segments: Iterable[CubicSegment], paint: str = "S") -> None:
        h = self.height
        parts: list[str] = []
        for segment in segments:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = segment
            if not parts:
                parts.append(f"{x0:.2f} {h - y0:.2f} m")
            parts.append(f"{x1:.2f} {h - y1:.2f} {x2:.2f} {h - y2:.2f} {x3:.2f} {h - y3:.2f} c")
        if parts:
            self._ops.append(" ".join(parts) + " " + paint)

    def form(self, name: str, x: float, bottom: float, scale: float = 1.0) -> None:
        """Place form `name`, scaled, with its origin (0, 0) at layout point (x, bottom): a
        form's own y axis points up, so its origin is its bottom-left corner."""
        self._ops.append(f"q {scale:.4f} 0 0 {scale:.4f} {x:.2f} {self.height - bottom:.2f} cm")
        self.use_form(name)
        self._ops.append("Q")

    def use_form(self, name: str) -> None:
        """`Do` form `name` here. The canvas's `doForm` also lists the form in the resources
        of the page or form being drawn, which is needed once per container: later uses
        write the operator directly (thousands of glyphs, no flush each)."""
        if name in self._forms_listed:
            self._ops.append(self._form_ops[name])
            return
        self.flush()
        self.canvas.doForm(name)
        self._forms_listed.add(name)
        self._form_ops[name] = f"/{xObjectName(name)} Do"

    # --- text ------------------------------------------------------------------------------------

    def text(self, block: TextBlock | None, colour: palette.RGB) -> None:
        """Queue `block`'s lines at their baselines; drawn by `flush_text`."""
        if block is None or not block.texts:
            return
        batch = self._batch(font_name(block.bold, block.italic), block.size, colour)
        h = self.height
        step, first = block.line_height, block.first_baseline
        if block.xs is None:
            # Left-aligned: one origin, the following lines by the leading (fewer operators).
            batch.append((block.rect.x, h - first, block.texts, step))
            return
        for i, (text, x) in enumerate(zip(block.texts, block.xs, strict=True)):
            batch.append((x, h - (first + i * step), (text,), step))

    def string(
        self, text: str, x: float, baseline: float, size: float, colour: palette.RGB, bold=False
    ) -> None:
        """One line at layout point (x, baseline)."""
        if not text:
            return
        self._batch(font_name(bold), size, colour).append((x, self.height - baseline, (text,), 0.0))

    def _batch(self, font: str, size: float, colour: palette.RGB) -> list:
        key = (font, size, colour)
        batch = self._texts.get(key)
        if batch is None:
            batch = self._texts[key] = []
        return batch

    def flush_text(self) -> None:
        """Draw the queued text above everything written so far. A line with characters the
        font lacks is drawn in runs, each in a font that has them (`font_fallback`).

        A batch whose every line is in its own font is written as operators directly, the
        way reportlab documents for its TrueType fonts (`splitString`, then a `Tf` for each
        subset and a `Tj` for each piece): a map's ten thousand title lines and a poster's
        hundreds of sheets cost a third of the time reportlab's text objects take."""
        self.flush()
        fallback = font_fallback.fallback_fonts()
        doc = self.canvas._doc
        for (font, size, colour), lines in self._texts.items():
            face = pdfmetrics.getFont(font)
            if getattr(face, "_dynamicFont", False) and all(
                len(parts) == 1 and parts[0][0] == font
                for _, _, texts, _ in lines
                for parts in (fallback.runs(line, font) for line in texts)
            ):
                self._text_operators(face, size, colour, lines, doc)
                continue
            text = self.canvas.beginText()
            text.setFont(font, size)
            text.setFillColorRGB(*colour)
            leading = None
            for x, y, texts, step in lines:
                runs = [fallback.runs(line, font) for line in texts]
                if any(len(parts) > 1 or parts[0][0] != font for parts in runs):
                    for i, parts in enumerate(runs):
                        text.setTextOrigin(x, y - i * step)
                        draw_runs(text, parts, font, size)
                    leading = None
                    continue
                text.setTextOrigin(x, y)
                if len(texts) > 1 and step != leading:
                    text.setLeading(step)
                    leading = step
                for line in texts:
                    text.textLine(line)
            self.canvas.drawText(text)
        self._texts.clear()

    def _text_operators(self, face, size: float, colour: palette.RGB, lines, doc) -> None:
        """One text object of `lines` in `face` (a TrueType font), as operators."""
        # As reportlab's text object: the leading starts at 1.2 × the size (readers take a T*
        # for the end of a line only when it moves).
        leading = size * 1.2
        ops = ["BT", palette.fill(colour), f"{leading:.3f} TL"]
        subset_ops: dict[int, str] = {}
        current = None
        for x, y, texts, step in lines:
            ops.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm")
            if len(texts) > 1 and step != leading:
                ops.append(f"{step:.3f} TL")
                leading = step
            for line in texts:
                for subset, piece in face.splitString(line, doc):
                    if subset != current:
                        chosen = subset_ops.get(subset)
                        if chosen is None:
                            name = face.getSubsetInternalName(subset, doc)
                            chosen = subset_ops[subset] = f"{name} {size:.3f} Tf"
                        ops.append(chosen)
                        current = subset
                    ops.append(f"({piece.decode('latin-1').translate(_ESCAPES)}) Tj")
                ops.append("T*")  # as reportlab's textLine: readers see where a line ends
        ops.append("ET")
        self.canvas.addLiteral("\n".join(ops))


# A PDF string's special characters, and the bytes outside printable ASCII, escaped.
_ESCAPES = {code: f"\\{code:03o}" for code in (*range(32), *range(127, 256))}
_ESCAPES.update({ord("("): "\\(", ord(")"): "\\)", ord("\\"): "\\\\"})


def draw_runs(text: PDFTextObject, runs: list[tuple[str, str]], font: str, size: float) -> None:
    """Each run in its font from the text object's cursor on, then `font` again."""
    leading = text._leading  # setFont would otherwise reset the leading to 1.2 × size
    for run_font, piece in runs:
        text.setFont(run_font, size, leading)
        text.textOut(piece)
    text.setFont(font, size, leading)


def ellipse_path(rect: Rect, height: float) -> str:
    """A closed ellipse inscribed in `rect` (layout coordinates), as four cubic arcs."""
    x, y, w, h = rect
    rx, ry = w / 2, h / 2
    cx, cy = x + rx, height - y - ry
    kx, ky = rx * KAPPA, ry * KAPPA
    return (
        f"{cx + rx:.2f} {cy:.2f} m "
        f"{cx + rx:.2f} {cy + ky:.2f} {cx + kx:.2f} {cy + ry:.2f} {cx:.2f} {cy + ry:.2f} c "
        f"{cx - kx:.2f} {cy + ry:.2f} {cx - rx:.2f} {cy + ky:.2f} {cx - rx:.2f} {cy:.2f} c "
        f"{cx - rx:.2f} {cy - ky:.2f} {cx - kx:.2f} {cy - ry:.2f} {cx:.2f} {cy - ry:.2f} c "
        f"{cx + kx:.2f} {cy - ry:.2f} {cx + rx:.2f} {cy - ky:.2f} {cx + rx:.2f} {cy:.2f} c h"
    )
