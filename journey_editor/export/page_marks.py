"""What a sheet carries besides the map: page number, and on tiles the trim marks, the
overlap ticks, the "row / column" label and a miniature of the whole sheet grid.

All of it sits in the margins, never over the map, and is drawn with `Surface` in page
coordinates (origin top-left, y down, as `PagePlan`). Trim marks are drawn here rather than
with reportlab's `cropMarks`, which would enlarge the page: an A4 tile stays A4.

Assembling a wall poster: cut each sheet along its trim marks (the edges of the printed
area); the dotted ticks show where the neighbouring sheet's edge lies, so the overlap can be
glued with the two aligned.
"""

from __future__ import annotations

from journey_editor.export import palette
from journey_editor.export.fonts import text_width
from journey_editor.export.page_plan import PagePlan
from journey_editor.export.surface import Surface
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.layout import DEFAULT_MEASURE, Rect, TextWrapper

TRIM_GAP = 2.0  # between the printed area's corner and its trim marks
TRIM_WIDTH = 0.5
INDEX_MAX_WIDTH = 0.3  # of the page width
_WRAPPER = TextWrapper(DEFAULT_MEASURE)  # DejaVu Sans widths, to shorten a long title


def furniture_size(plan: PagePlan) -> float:
    """Font size of the margin texts: as large as the bottom margin comfortably takes."""
    margin = plan.page_size[1] - plan.printable.bottom
    return max(4.5, min(8.0, margin * 0.3))


def _baseline(plan: PagePlan, size: float) -> float:
    """Centred in the bottom margin."""
    bottom = plan.printable.bottom
    return bottom + (plan.page_size[1] - bottom) / 2 + size * 0.35


def _number_right(plan: PagePlan) -> float:
    # On tiles, keep clear of the trim mark at the printed area's bottom-right corner.
    return plan.printable.right - (TRIM_GAP + 4.0 if plan.kind == "tile" else 0.0)


def paint_page_number(surface: Surface, plan: PagePlan, total: int) -> None:
    size = furniture_size(plan)
    text = page_number_text(plan, total)
    x = _number_right(plan) - text_width(text, size)
    surface.string(text, x, _baseline(plan, size), size, palette.MUTED)


def page_number_text(plan: PagePlan, total: int) -> str:
    return f"{plan.number} / {total}"


def paint_tile_marks(
    surface: Surface, plan: PagePlan, overlap: float, title: str, total: int, language: str = "en"
) -> None:
    """Trim marks, overlap ticks and, in the bottom margin, left to right: "row R / column C",
    "sheet S of N · title", the sheet grid in miniature (this sheet filled), the page number
    (drawn by `paint_page_number`)."""
    area = plan.printable
    margin = min(area.x, area.y, plan.page_size[0] - area.right, plan.page_size[1] - area.bottom)
    length = max(3.0, min(14.0, margin * 0.6 - TRIM_GAP))
    _trim_marks(surface, area, length)
    _overlap_ticks(surface, plan, overlap, length)
    size = furniture_size(plan)
    baseline = _baseline(plan, size)
    label = translate(
        "PdfExport", QT_TRANSLATE_NOOP("PdfExport", "row {row} / column {column}"), language
    ).format(row=plan.row + 1, column=plan.column + 1)
    left = area.x + TRIM_GAP + 4.0
    surface.string(label, left, baseline, size, palette.INK, bold=True)
    x = left + text_width(label, size, True) + size

    number_left = _number_right(plan) - text_width(page_number_text(plan, total), size)
    index_right = number_left - size * 1.5
    index_width = _index_map(surface, plan, x, index_right)
    room = index_right - index_width - size * 1.5 - x
    sheet = translate(
        "PdfExport", QT_TRANSLATE_NOOP("PdfExport", "sheet {sheet} of {sheets}"), language
    ).format(sheet=plan.sheet, sheets=plan.sheets)
    detail = " · ".join(part for part in (sheet, title) if part)
    detail = _WRAPPER.fit_line(detail, max(0.0, room), size)
    surface.string(detail, x, baseline, size, palette.MUTED)


def _trim_marks(surface: Surface, area: Rect, length: float) -> None:
    surface.line_width(TRIM_WIDTH)
    surface.stroke_colour(palette.BLACK)
    pairs = []
    for x, dx in ((area.x, -1.0), (area.right, 1.0)):
        for y, dy in ((area.y, -1.0), (area.bottom, 1.0)):
            # Horizontal mark beside the corner, vertical mark above or below it: both in
            # the margin, on the lines the sheet is cut along.
            pairs.append(((x + dx * TRIM_GAP, y), (x + dx * (TRIM_GAP + length), y)))
            pairs.append(((x, y + dy * TRIM_GAP), (x, y + dy * (TRIM_GAP + length))))
    surface.lines(pairs)


def _overlap_ticks(surface: Surface, plan: PagePlan, overlap: float, length: float) -> None:
    """Dotted ticks where the neighbours' edges fall on this sheet."""
    if overlap <= 0:
        return
    area = plan.printable
    pairs = []
    tick = length * 0.7
    xs = []
    if plan.column > 0:
        xs.append(area.x + overlap)
    if plan.column < plan.columns - 1:
        xs.append(area.right - overlap)
    for x in xs:  # top margin only: the bottom one holds the labels
        pairs.append(((x, area.y - TRIM_GAP), (x, area.y - TRIM_GAP - tick)))
    ys = []
    if plan.row > 0:
        ys.append(area.y + overlap)
    if plan.row < plan.rows - 1:
        ys.append(area.bottom - overlap)
    for y in ys:
        pairs.append(((area.x - TRIM_GAP, y), (area.x - TRIM_GAP - tick, y)))
        pairs.append(((area.right + TRIM_GAP, y), (area.right + TRIM_GAP + tick, y)))
    if pairs:
        surface.line_width(0.6)
        surface.dash((1.0, 1.2))
        surface.stroke_colour(palette.FAINT)
        surface.lines(pairs)
        surface.dash()


def _index_map(surface: Surface, plan: PagePlan, left_limit: float, right: float) -> float:
    """The whole grid of sheets in miniature, this one filled, in the bottom margin, ending
    at `right`; returns its width (0 when there is no room)."""
    rows, columns = plan.rows or 1, plan.columns or 1
    page_w, page_h = plan.page_size
    margin = page_h - plan.printable.bottom
    height = max(4.0, margin * 0.55)
    sheet_w, sheet_h = plan.printable.width, plan.printable.height
    width = height * (columns * sheet_w) / (rows * sheet_h)
    limit = min(page_w * INDEX_MAX_WIDTH, (right - left_limit) / 2)
    if width > limit:
        height *= limit / width
        width = limit
    if width <= 0 or height <= 0.5:
        return 0.0
    left = right - width
    top = plan.printable.bottom + (margin - height) / 2
    cell_w, cell_h = width / columns, height / rows
    surface.fill_colour(palette.WHITE)
    surface.line_width(0.3)
    surface.stroke_colour(palette.FAINT)
    surface.rect(Rect(left, top, width, height), "B")
    if min(cell_w, cell_h) >= 1.5:  # inner lines only while they stay apart
        lines = [
            ((left + c * cell_w, top), (left + c * cell_w, top + height)) for c in range(1, columns)
        ]
        lines += [
            ((left, top + r * cell_h), (left + width, top + r * cell_h)) for r in range(1, rows)
        ]
        surface.lines(lines)
    surface.fill_colour(palette.INK)
    surface.rect(Rect(left + plan.column * cell_w, top + plan.row * cell_h, cell_w, cell_h))
    return width
