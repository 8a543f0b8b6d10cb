"""What a sheet carries besides the map: page number, and on tiles the trim marks, the
overlap ticks, the "row / column" label, a miniature of the whole sheet grid, and the names of
the stages (top edge) and personas (left edge) a sheet shows when it lacks the stage row or
the persona column.

All of it sits in the margins, never over the map, and is drawn with `Surface` in page
coordinates (origin top-left, y down, as `PagePlan`). Trim marks are drawn here rather than
with reportlab's `cropMarks`, which would enlarge the page: an A4 tile stays A4.

Assembling a wall poster: cut each sheet along its trim marks (the edges of the printed
area); the dotted ticks show where the neighbouring sheet's edge lies, so the overlap can be
glued with the two aligned.

Edge labels sit in the top and left margins, a hair outside the printed area, each centred on
its column (band) in the widest stretch no overlap tick crosses, rotated to read upwards on
the left; when a margin is too narrow for them they go inside the overlap strip on a white
ground (the map under it is printed on the neighbouring sheet too), and without either they
are left out rather than printed over the map.
"""

from __future__ import annotations

from journey_editor.export import palette
from journey_editor.export.edge_labels import EdgeLabel
from journey_editor.export.font_fallback import fallback_fonts
from journey_editor.export.fonts import REGULAR, register_fonts, text_width
from journey_editor.export.page_plan import PagePlan
from journey_editor.export.surface import Surface, draw_runs
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.layout import DEFAULT_MEASURE, Rect, TextWrapper

TRIM_GAP = 2.0  # between the printed area's corner and its trim marks
TRIM_WIDTH = 0.5
INDEX_MAX_WIDTH = 0.3  # of the page width
_WRAPPER = TextWrapper(DEFAULT_MEASURE)  # DejaVu Sans widths, to shorten a long title
LABEL_SIZE = 7.0  # edge labels: stage and persona names
LABEL_GAP = 2.5  # between the printed area's edge and the labels' nearest glyph
LABEL_PAD = 3.0  # between a label and the end of its stretch, a tick or a trim mark
ASCENT, DESCENT = 0.76, 0.24  # DejaVu Sans, as fractions of the size
LABEL_COLOUR = palette.MUTED


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


# --- edge labels --------------------------------------------------------------------------------


def label_room() -> float:
    """Depth of an edge label strip: gap, glyphs, and a little air towards the page edge."""
    return LABEL_GAP + (ASCENT + DESCENT) * LABEL_SIZE + 2.0


def label_place(margin: float, overlap: float, has_neighbour: bool) -> str | None:
    """Where an edge's labels go: "margin", "overlap" (inside the strip the neighbouring
    sheet prints too), or None (nowhere they would not hide the map)."""
    room = label_room()
    if margin >= room:
        return "margin"
    if has_neighbour and overlap >= room:
        return "overlap"
    return None


def free_stretch(
    start: float, end: float, cuts: list[float], pad: float = LABEL_PAD
) -> tuple[float, float]:
    """The widest part of [start, end] that stays `pad` away from its ends and from every
    cut (the first of equals); an empty stretch when nothing is left."""
    pieces = [(start + pad, end - pad)]
    for cut in cuts:
        kept: list[tuple[float, float]] = []
        for low, high in pieces:
            if cut + pad <= low or cut - pad >= high:
                kept.append((low, high))
                continue
            kept.extend(
                piece for piece in ((low, cut - pad), (cut + pad, high)) if piece[1] > piece[0]
            )
        pieces = kept
    pieces = [piece for piece in pieces if piece[1] > piece[0]]
    return max(pieces, key=lambda piece: (piece[1] - piece[0], -piece[0]), default=(start, start))


def paint_edge_labels(surface: Surface, plan: PagePlan, overlap: float) -> None:
    """The stage names along the top edge and the persona names along the left edge (see
    the module docstring)."""
    area = plan.printable
    place = label_place(area.y, overlap, (plan.row or 0) > 0)
    if plan.stage_labels and place is not None:
        cuts = []
        if place == "margin":
            # The column lines carried on into the margin: the names sit between them, and
            # keep clear of the overlap ticks there.
            bounds = _boundaries(plan.stage_labels, area.x, area.right)
            _rule_ticks(surface, [((x, area.y - 1.0), (x, area.y - label_room())) for x in bounds])
            cuts = _tick_positions(area.x, area.right, overlap, plan.column, plan.columns)
        for text, (start, end) in _fitted(plan.stage_labels, cuts):
            _stage_label(surface, text, start, end, area, place)
    place = label_place(area.x, overlap, (plan.column or 0) > 0)
    if plan.persona_labels and place is not None:
        cuts = []
        if place == "margin":
            bounds = _boundaries(plan.persona_labels, area.y, area.bottom)
            _rule_ticks(surface, [((area.x - 1.0, y), (area.x - label_room(), y)) for y in bounds])
            cuts = _tick_positions(area.y, area.bottom, overlap, plan.row, plan.rows)
        for text, (start, end) in _fitted(plan.persona_labels, cuts):
            _persona_label(surface, text, start, end, area, place)


def _boundaries(labels: tuple[EdgeLabel, ...], low: float, high: float) -> list[float]:
    """Where one label's stretch ends and the next begins, inside (low, high): one line per
    boundary, halfway across a gap narrower than a label's padding (bands are 4 pt apart)."""
    edges = sorted(
        edge
        for label in labels
        for edge in (label.start, label.end)
        if low + 1.0 < edge < high - 1.0
    )
    merged: list[list[float]] = []
    for edge in edges:
        if merged and edge - merged[-1][-1] <= 2 * LABEL_PAD:
            merged[-1].append(edge)
        else:
            merged.append([edge])
    return [(group[0] + group[-1]) / 2 for group in merged]


def _rule_ticks(
    surface: Surface, pairs: list[tuple[tuple[float, float], tuple[float, float]]]
) -> None:
    if pairs:
        surface.line_width(0.4)
        surface.stroke_colour(palette.FAINT)
        surface.lines(pairs)


def _tick_positions(
    low: float, high: float, overlap: float, index: int | None, count: int | None
) -> list[float]:
    """Where the overlap ticks cross an edge's margin (see `_overlap_ticks`)."""
    if overlap <= 0 or index is None or count is None:
        return []
    cuts = []
    if index > 0:
        cuts.append(low + overlap)
    if index < count - 1:
        cuts.append(high - overlap)
    return cuts


def _fitted(
    labels: tuple[EdgeLabel, ...], cuts: list[float]
) -> list[tuple[str, tuple[float, float]]]:
    """Each label's text shortened to its free stretch; labels with no room are dropped."""
    fitted = []
    for label in labels:
        start, end = free_stretch(label.start, label.end, cuts)
        text = _WRAPPER.fit_line(label.text.strip(), end - start, LABEL_SIZE)
        if text and text != "…":
            fitted.append((text, (start, end)))
    return fitted


def _stage_label(
    surface: Surface, text: str, start: float, end: float, area: Rect, place: str
) -> None:
    """`text` centred on [start, end] along the top edge."""
    width = text_width(text, LABEL_SIZE)
    x = (start + end - width) / 2
    if place == "margin":
        baseline = area.y - LABEL_GAP - DESCENT * LABEL_SIZE
    else:
        baseline = area.y + LABEL_GAP + ASCENT * LABEL_SIZE
        _ground(surface, Rect(x - 2.0, area.y, width + 4.0, label_room()))
    surface.string(text, x, baseline, LABEL_SIZE, LABEL_COLOUR)


def _persona_label(
    surface: Surface, text: str, start: float, end: float, area: Rect, place: str
) -> None:
    """`text` turned a quarter left (read from bottom to top), centred on [start, end]."""
    width = text_width(text, LABEL_SIZE)
    bottom = (start + end + width) / 2  # where the text begins, page y (down)
    if place == "margin":
        baseline_x = area.x - LABEL_GAP - DESCENT * LABEL_SIZE
    else:
        baseline_x = area.x + LABEL_GAP + ASCENT * LABEL_SIZE
        _ground(surface, Rect(area.x, bottom - width - 2.0, label_room(), width + 4.0))
    # Turned text goes straight to the canvas, after what the surface holds so far, in a
    # saved state so that its colour does not leak into the operators that follow.
    surface.flush()
    register_fonts()
    canvas = surface.canvas
    canvas.saveState()
    label = canvas.beginText()
    # Text space turned 90° anticlockwise: its x runs up the page, its y to the left.
    label.setTextTransform(0, 1, -1, 0, baseline_x, surface.height - bottom)
    label.setFont(REGULAR, LABEL_SIZE)
    label.setFillColorRGB(*LABEL_COLOUR)
    draw_runs(label, fallback_fonts().runs(text, REGULAR), REGULAR, LABEL_SIZE)
    canvas.drawText(label)
    canvas.restoreState()


def _ground(surface: Surface, rect: Rect) -> None:
    surface.fill_colour(palette.WHITE)
    surface.rect(rect)
