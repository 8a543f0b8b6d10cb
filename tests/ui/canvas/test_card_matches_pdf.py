"""One card, drawn by the canvas and by the PDF, has the same frame: rectangle, corner radius,
channel strip, shadow, chip, and border width, dash pattern and colour per evidence level.

Each side is measured from what it really draws: the canvas's `paint_card` paints into an
image through a painter that notes the shapes it is asked for; the PDF's `paint_cards` writes
a real page (frames and chips as forms, as in an export), which pypdf reads back and a small
interpreter of the path operators turns into shapes in layout coordinates (y down).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from reportlab.pdfgen.canvas import Canvas

from journey_editor.export.fonts import register_fonts
from journey_editor.export.glyph_forms import GlyphForms
from journey_editor.export.paint_cards import paint_cards
from journey_editor.export.surface import Surface
from journey_editor.layout import CardBox, LayoutOptions, Rect, compute_layout
from journey_editor.ui.canvas.card_painter import paint_card

EVIDENCE = ("observed", "assumed", "proposed", None)
TOLERANCE = 0.011  # the PDF writes coordinates with two decimals


@dataclass
class CardDrawing:
    """What one painter drew for a card, in layout points."""

    frame: Rect
    radius: float
    border_width: float
    border_dash: tuple[float, ...]  # in points; () when solid
    border_colour: str
    shadow: tuple[tuple[float, float], tuple[float, float], float]  # start, end, width
    strip: Rect | None
    chip: tuple[Rect, float] | None  # rectangle, corner radius


# --- the canvas ------------------------------------------------------------------------------


class NotingPainter:
    """A real QPainter that also notes the shapes `paint_card` asks for, with the pen and
    brush of the moment (everything else passes straight through)."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self.shapes: list[tuple] = []

    def __getattr__(self, name):
        return getattr(self._painter, name)

    def _note(self, kind: str, *geometry) -> None:
        pen, brush = QPen(self._painter.pen()), self._painter.brush()
        self.shapes.append((kind, geometry, pen, brush.color().name(), brush.style()))

    def drawRoundedRect(self, rect, rx, ry, *rest):
        self._note("round_rect", QRectF(rect), rx, ry)
        self._painter.drawRoundedRect(rect, rx, ry, *rest)

    def drawLine(self, start, end):
        self._note("line", QPointF(start), QPointF(end))
        self._painter.drawLine(start, end)

    def fillRect(self, rect, colour):
        self._note("fill_rect", QRectF(rect), QColor(colour).name())
        self._painter.fillRect(rect, colour)


def _rect(rect: QRectF) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def canvas_drawing(box: CardBox) -> CardDrawing:
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("#e4e9ef"))
    painter = QPainter(image)
    painter.translate(10 - box.rect.x, 10 - box.rect.y)
    noting = NotingPainter(painter)
    paint_card(noting, box, lod=1.0)
    painter.end()

    shapes = noting.shapes
    white = QColor("#ffffff").name()
    frame_at = next(i for i, s in enumerate(shapes) if s[0] == "round_rect" and s[3] == white)
    _, (rect, rx, ry), pen, _, _ = shapes[frame_at]
    assert rx == ry
    if pen.style() == pen.style().NoPen:  # dashed or dotted: the four edges drawn after
        pen = next(s[2] for s in shapes[frame_at + 1 :] if s[0] == "line")
    width = pen.widthF()
    shadow = next(s for s in shapes[:frame_at] if s[0] == "line")
    (start, end), shadow_pen = shadow[1], shadow[2]
    channel = QColor(box.colour).name() if box.colour else None
    strips = [_rect(s[1][0]) for s in shapes if s[0] == "fill_rect" and s[1][1] == channel]
    chips = [
        (_rect(s[1][0]), s[1][1])
        for s in shapes[frame_at + 1 :]
        if s[0] == "round_rect" and s[3] == channel
    ]
    return CardDrawing(
        frame=_rect(rect),
        radius=rx,
        border_width=width,
        border_dash=tuple(width * dash for dash in pen.dashPattern()),
        border_colour=pen.color().name(),
        shadow=((start.x(), start.y()), (end.x(), end.y()), shadow_pen.widthF()),
        strip=strips[0] if strips else None,
        chip=chips[0] if chips else None,
    )


# --- the PDF ---------------------------------------------------------------------------------


@dataclass
class PdfShape:
    paint: str  # S, f, B …
    points: list[tuple[float, float]]  # on the path (no control points), layout coordinates
    curved: bool
    width: float
    dash: tuple[float, ...]
    stroke: str
    fill: str


def _hex(operands) -> str:
    return "#" + "".join(f"{round(float(v) * 255):02x}" for v in operands)


def _concat(m, n):
    """The matrix applying `m`, then `n` (PDF's `cm`: CTM' = m × CTM)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def pdf_shapes(reader: PdfReader, page_height: float) -> list[PdfShape]:
    """The painted paths of page 1, forms followed, in layout coordinates (y down)."""
    shapes: list[PdfShape] = []
    page = reader.pages[0]

    def run(stream, resources, ctm) -> None:
        state = {"ctm": ctm, "w": 1.0, "d": (), "RG": "#000000", "rg": "#000000"}
        stack: list[dict] = []
        path: list[tuple[float, float]] = []
        curved = False

        def point(x, y) -> tuple[float, float]:
            a, b, c, d, e, f = state["ctm"]
            x, y = float(x), float(y)
            return (a * x + c * y + e, page_height - (b * x + d * y + f))

        for operands, operator in ContentStream(stream, reader).operations:
            op = operator.decode()
            scale = abs(state["ctm"][0])
            if op == "q":
                stack.append(dict(state))
            elif op == "Q":
                state = stack.pop()
            elif op == "cm":
                state["ctm"] = _concat(tuple(float(v) for v in operands), state["ctm"])
            elif op == "w":
                state["w"] = float(operands[0])
            elif op == "d":
                state["d"] = tuple(float(v) for v in operands[0])
            elif op in ("RG", "rg"):
                state[op] = _hex(operands)
            elif op in ("m", "l"):
                path.append(point(*operands))
            elif op == "c":
                path.append(point(*operands[4:6]))
                curved = True
            elif op == "re":
                x, y, w, h = (float(v) for v in operands)
                path += [point(x, y), point(x + w, y), point(x + w, y + h), point(x, y + h)]
            elif op in ("S", "s", "f", "f*", "B", "B*", "b", "n"):
                if op != "n":
                    shapes.append(
                        PdfShape(
                            op,
                            path,
                            curved,
                            state["w"] * scale,
                            tuple(d * scale for d in state["d"]),
                            state["RG"],
                            state["rg"],
                        )
                    )
                path, curved = [], False
            elif op == "Do":
                form = resources["/XObject"][operands[0]].get_object()
                matrix = tuple(float(v) for v in form.get("/Matrix", (1, 0, 0, 1, 0, 0)))
                run(form, form.get("/Resources", resources), _concat(matrix, state["ctm"]))

    run(page.get_contents(), page["/Resources"], (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    return shapes


def _bounds(points) -> Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _corner_radius(points) -> float:
    """A rounded rectangle's radius: how far in from the left its bottom edge starts."""
    box = _bounds(points)
    on_bottom = [x for x, y in points if abs(y - box.bottom) < 0.005]
    return min(on_bottom) - box.x


def pdf_drawing(layout, box: CardBox) -> CardDrawing:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(layout.width, layout.height), invariant=1)
    GlyphForms(canvas).prepare(layout)
    surface = Surface(canvas, layout.height)
    paint_cards(surface, [box])
    surface.flush_text()
    canvas.showPage()
    canvas.save()
    shapes = pdf_shapes(PdfReader(buffer), layout.height)

    frames = [s for s in shapes if s.paint == "B" and s.curved and s.fill == "#ffffff"]
    frame = max(frames, key=lambda s: _bounds(s.points).width)
    shadow = next(s for s in shapes if s.paint == "S" and len(s.points) == 2)
    channel = QColor(box.colour).name() if box.colour else None
    strips = [s for s in shapes if s.paint == "f" and not s.curved and s.fill == channel]
    chips = [s for s in shapes if s.paint == "f" and s.curved and s.fill == channel]
    return CardDrawing(
        frame=_bounds(frame.points),
        radius=_corner_radius(frame.points),
        border_width=frame.width,
        border_dash=frame.dash,
        border_colour=frame.stroke,
        shadow=(shadow.points[0], shadow.points[1], shadow.width),
        strip=_bounds(strips[0].points) if strips else None,
        chip=(_bounds(chips[0].points), _corner_radius(chips[0].points)) if chips else None,
    )


# --- comparing -------------------------------------------------------------------------------


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    if isinstance(a, str | bool) or isinstance(b, str | bool):
        return a == b
    if isinstance(a, int | float):
        return abs(a - b) <= TOLERANCE
    return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))


def differences(screen: CardDrawing, paper: CardDrawing) -> list[str]:
    return [
        f"{name}: canvas {getattr(screen, name)!r} ≠ PDF {getattr(paper, name)!r}"
        for name in CardDrawing.__dataclass_fields__
        if not _close(getattr(screen, name), getattr(paper, name))
    ]


def layout_with_evidence(project, evidence):
    for card in project.cards:
        card.evidence = evidence
    return compute_layout(project, LayoutOptions(title_block=False))


@pytest.mark.parametrize("evidence", EVIDENCE, ids=lambda e: e or "none")
def test_canvas_and_pdf_draw_the_same_card_frame(qapp, small_project, evidence):
    layout = layout_with_evidence(small_project, evidence)
    boxes = [box for box in layout.cards.values() if box.colour is not None]
    boxes.append(next(box for box in layout.cards.values() if box.colour is None))
    for box in boxes:
        screen, paper = canvas_drawing(box), pdf_drawing(layout, box)
        assert screen.frame == pytest.approx(box.rect, abs=TOLERANCE)
        assert (screen.strip is None) == (box.colour is None)
        assert (screen.chip is None) == (box.chip is None)
        assert differences(screen, paper) == [], box.card_id


def test_the_evidence_levels_are_told_apart_so_a_difference_would_show(qapp, small_project):
    """The comparison is not blind: two evidence levels differ in the very fields a drift
    between the painters would change (the test above then fails, as it did when one side's
    radius or dashes were changed by hand)."""
    drawn = {}
    for evidence in EVIDENCE:
        layout = layout_with_evidence(small_project.model_copy(deep=True), evidence)
        box = layout.cards["c-blog"]
        drawn[evidence] = canvas_drawing(box), pdf_drawing(layout, box)
    dashes = {evidence: pdf.border_dash for evidence, (_, pdf) in drawn.items()}
    assert dashes["observed"] == () and dashes[None] == ()
    assert dashes["assumed"] and dashes["proposed"] and dashes["assumed"] != dashes["proposed"]
    screen_observed, _ = drawn["observed"]
    _, paper_assumed = drawn["assumed"]
    found = differences(screen_observed, paper_assumed)
    assert [line.split(":")[0] for line in found] == ["border_dash"]
    _, paper_plain = drawn[None]
    found = {line.split(":")[0] for line in differences(screen_observed, paper_plain)}
    assert found == {"border_width", "border_colour"}
