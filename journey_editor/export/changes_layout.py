"""The change pages of a change handout, laid out: what changed between A and B.

Pure (no reportlab), like `summary_layout`: text measured with the layout's DejaVu Sans
metrics, everything placed in page points (origin top-left, y down), pages broken between
rows; a table continued on the next page repeats its title, its header row and the headings
of the persona and stage it was in. A 5,000-card diff makes as many pages as it needs.

    Changes — «B's title»                                   (bookmark "Changes")
    Compared with as-is.journey.json «A's title» · 12 changes (added: 4, …)
    On the map: [+ new] added  [~ effort 3 → 2] changed  [↳ from «…»] moved  [− 1 …] removed
    Summary of changes          persona / stage / whole map × the five figures, before → after (Δ)
    Every change                grouped as `journey-editor diff` groups them: the map, stages,
                                personas, channels, then persona by persona, stage by stage
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from journey_editor.compare import (
    Difference,
    ProjectDiff,
    SummaryRow,
)
from journey_editor.compare.grouping import group_changes
from journey_editor.export.change_marks import (
    HEIGHT,
    SIZE,
    STYLES,
    Badge,
    BadgeKind,
    make_badge,
)
from journey_editor.export.change_words import SIGNS, ChangeWords, file_name
from journey_editor.export.outline import Anchor
from journey_editor.export.summary_layout import PlacedFill, PlacedText, lane_kind_name
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.layout import DEFAULT_MEASURE, Rect, TextWrapper
from journey_editor.layout.geometry import page_scale as scale_for_width
from journey_editor.layout.text import baseline_offset

SPACING = 1.25
BADGE_ROLE = "badge:"  # the text of a sample badge: "badge:added" …


@dataclass(frozen=True)
class ChangesPage:
    """One page: text, fills ("header", "stripe", "group", "subgroup"), horizontal rules
    (x1, x2, y), the key's sample badges, and the bookmarks that point here."""

    texts: tuple[PlacedText, ...]
    fills: tuple[PlacedFill, ...]
    rules: tuple[tuple[float, float, float], ...]
    badges: tuple[Badge, ...]
    anchors: tuple[Anchor, ...]


@dataclass(frozen=True)
class Row:
    """A table row: "row" (cells), or a "group" / "subgroup" heading (one text across)."""

    kind: str
    cells: tuple[str, ...]
    anchor: str = ""  # a bookmark at this heading (level 2)


# --- grouping, as `journey-editor diff` groups its lines ------------------------------------


def change_rows(diff: ProjectDiff, words: ChangeWords) -> list[Row]:
    """The changes in the groups of compare/grouping.py (as `journey-editor diff` prints
    them), a heading row for each group."""
    titles = {
        "map": QT_TRANSLATE_NOOP("PdfChanges", "Map"),
        "stages": QT_TRANSLATE_NOOP("PdfChanges", "Stages"),
        "personas": QT_TRANSLATE_NOOP("PdfChanges", "Personas"),
        "channels": QT_TRANSLATE_NOOP("PdfChanges", "Channels"),
        "file_order": QT_TRANSLATE_NOOP(
            "PdfChanges", "Order in the file only (nothing changes on the map)"
        ),
    }
    persona_word, stage_word = words.kind("persona"), words.kind("stage")
    rows: list[Row] = []
    for group in group_changes(diff):
        if group.persona is None:
            title = words(titles[group.section])
        else:
            title = f"{persona_word.capitalize()} {words.quoted(group.persona.name)}"
        rows.append(Row("group", (title,), title))
        rows.extend(_row(change, words) for change in group.changes)
        for stage in group.stages:
            heading = f"{stage_word.capitalize()} {words.quoted(stage.stage.name)}"
            rows.append(Row("subgroup", (heading,)))
            rows.extend(_row(change, words) for change in stage.changes)
    return rows


def _row(change: Difference, words: ChangeWords) -> Row:
    return Row(
        "row", (words.sign(change), words.subject(change), words.where(change), words.what(change))
    )


# --- the summary rows -----------------------------------------------------------------------

FIGURE_HEADERS = (
    QT_TRANSLATE_NOOP("PdfChanges", "Mean effort"),
    QT_TRANSLATE_NOOP("PdfChanges", "Mean emotion"),
    QT_TRANSLATE_NOOP("PdfChanges", "Pain points"),
    QT_TRANSLATE_NOOP("PdfChanges", "Exit points"),
    QT_TRANSLATE_NOOP("PdfChanges", "Channel switches"),
)
_INTEGER = {"pain_points", "exit_points", "channel_switches"}


def summary_rows(diff: ProjectDiff, words: ChangeWords) -> list[Row]:
    rows = []
    summary = diff.summary
    for row in (*summary.personas, *summary.stages):
        label = f"{words.kind(row.ref.kind).capitalize()} {words.quoted(row.ref.name)}"
        if not row.in_a:
            label += " " + words(QT_TRANSLATE_NOOP("PdfChanges", "(new)"))
        elif not row.in_b:
            label += " " + words(QT_TRANSLATE_NOOP("PdfChanges", "(gone)"))
        rows.append(Row("row", (label, *_figures(row, words))))
    whole = words(QT_TRANSLATE_NOOP("PdfChanges", "Whole map"))
    rows.append(Row("row", (whole, *_figures(summary.whole_map, words))))
    return rows


def _figures(row: SummaryRow, words: ChangeWords) -> tuple[str, ...]:
    return tuple(
        words.figure(getattr(row, name), name == "mean_emotion", name in _INTEGER)
        for name in SummaryRow.FIGURES
    )


# --- placing --------------------------------------------------------------------------------


class _Flow:
    """Places blocks down the printable area, starting a new page when one does not fit."""

    def __init__(self, printable: Rect, scale: float) -> None:
        self.area = printable
        self.k = scale
        self.wrapper = TextWrapper(DEFAULT_MEASURE)
        self.pages: list[ChangesPage] = []
        self._clear()

    def _clear(self) -> None:
        self.texts: list[PlacedText] = []
        self.fills: list[PlacedFill] = []
        self.rules: list[tuple[float, float, float]] = []
        self.badges: list[Badge] = []
        self.anchors: list[Anchor] = []
        self.y = self.area.y

    def new_page(self) -> None:
        self.pages.append(
            ChangesPage(
                tuple(self.texts),
                tuple(self.fills),
                tuple(self.rules),
                tuple(self.badges),
                tuple(self.anchors),
            )
        )
        self._clear()

    def finish(self) -> list[ChangesPage]:
        self.new_page()
        return self.pages

    @property
    def room(self) -> float:
        return self.area.bottom - self.y

    @property
    def at_top(self) -> bool:
        return self.y <= self.area.y

    def paragraph(self, text: str, size: float, bold=False, role="ink", gap=0.0) -> None:
        lines = self.wrapper.wrap(text, self.area.width, size, bold)
        step = size * SPACING
        if self.room < step * len(lines) and not self.at_top:
            self.new_page()
        first = self.y + baseline_offset(size, SPACING)
        for index, line in enumerate(lines):
            self.texts.append(PlacedText(line, self.area.x, first + index * step, size, bold, role))
        self.y += step * len(lines) + gap

    def anchor(self, title: str, level: int) -> None:
        self.anchors.append(Anchor(title, level, self.y))


class _Table:
    """A table of `widths`; `numeric` columns are right-aligned."""

    def __init__(
        self, flow: _Flow, widths: Sequence[float], numeric: Sequence[bool], size: float
    ) -> None:
        self.flow = flow
        self.widths = list(widths)
        self.numeric = list(numeric)
        self.size = size
        self.header_size = size * 0.95
        self.pad = 3.0 * flow.k
        self.lefts = [flow.area.x]
        for width in self.widths[:-1]:
            self.lefts.append(self.lefts[-1] + width)
        self.total = sum(self.widths)

    def cells(self, values: Sequence[str], size: float, bold: bool) -> list[tuple[str, ...]]:
        wrapper = self.flow.wrapper
        return [
            wrapper.wrap(value, max(1.0, width - 2 * self.pad), size, bold) or ("",)
            for value, width in zip(values, self.widths, strict=True)
        ]

    def heading(self, text: str, size: float, bold: bool) -> list[tuple[str, ...]]:
        lines = self.flow.wrapper.wrap(text, max(1.0, self.total - 2 * self.pad), size, bold)
        return [lines or ("",)]

    def height(self, cells: list[tuple[str, ...]], size: float) -> float:
        return max(len(lines) for lines in cells) * size * SPACING + 2 * self.pad

    def place_row(self, cells, size: float, bold: bool, role: str, fill: str | None) -> None:
        flow = self.flow
        height = self.height(cells, size)
        area = flow.area
        if fill is not None:
            flow.fills.append(PlacedFill(Rect(area.x, flow.y, self.total, height), fill))
        first = flow.y + self.pad + baseline_offset(size, SPACING)
        step = size * SPACING
        spans = len(cells) == 1 and len(self.widths) > 1
        for column, lines in enumerate(cells):
            left = self.lefts[column]
            width = self.total if spans else self.widths[column]
            for index, line in enumerate(lines):
                x = left + self.pad
                if not spans and self.numeric[column]:
                    x = left + width - self.pad - flow.wrapper.width(line, size, bold)
                flow.texts.append(PlacedText(line, x, first + index * step, size, bold, role))
        flow.y += height
        flow.rules.append((area.x, area.x + self.total, flow.y))

    def place(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[Row],
        words: ChangeWords,
        note: str = "",
    ) -> None:
        """The title (bookmarked), the note, the header row, the rows; continued on the next
        page with the title, the header and the open group headings repeated."""
        flow = self.flow
        k = flow.k
        title_size = 11.0 * k
        header_cells = self.cells(headers, self.header_size, True)
        note_size = 8.0 * k
        note_lines = flow.wrapper.wrap(note, flow.area.width, note_size) if note else ()
        title_height = title_size * SPACING + 4 * k + len(note_lines) * note_size * SPACING
        header_height = self.height(header_cells, self.header_size)
        continued = words(QT_TRANSLATE_NOOP("PdfChanges", "{title} (continued)"))

        def measured(row: Row) -> tuple[list[tuple[str, ...]], float]:
            if row.kind == "row":
                cells = self.cells(row.cells, self.size, False)
                return cells, self.height(cells, self.size)
            cells = self.heading(row.cells[0], self.size, True)
            return cells, self.height(cells, self.size)

        def start(again: bool, first_height: float) -> None:
            if flow.room < title_height + header_height + first_height and not flow.at_top:
                flow.new_page()
            if not again:
                flow.anchor(title, 1)
            text = continued.format(title=title) if again else title
            flow.paragraph(text, title_size, bold=True, gap=0 if note and not again else 4 * k)
            if note and not again:
                flow.paragraph(note, note_size, role="muted", gap=4 * k)
            self.place_row(header_cells, self.header_size, True, "header", "header")

        open_group: Row | None = None
        open_subgroup: Row | None = None
        stripe = 0
        first = measured(rows[0])[1] if rows else 0.0
        start(False, first)
        for index, row in enumerate(rows):
            cells, height = measured(row)
            # A heading stays with the rows up to the first one it heads.
            needed = height
            following = index + 1
            while row.kind != "row" and following < len(rows):
                needed += measured(rows[following])[1]
                if rows[following].kind == "row":
                    break
                following += 1
            if flow.room < needed:
                flow.new_page()
                start(True, needed)
                repeated = {"row": (open_group, open_subgroup), "subgroup": (open_group,)}
                for heading in repeated.get(row.kind, ()):
                    if heading is not None:
                        self._heading(heading, continued)
            if row.kind == "group":
                open_group, open_subgroup = row, None
                if row.anchor:
                    flow.anchor(row.anchor, 2)
                self.place_row(cells, self.size, True, "ink", "group")
                stripe = 0
            elif row.kind == "subgroup":
                open_subgroup = row
                self.place_row(cells, self.size, True, "ink", "subgroup")
                stripe = 0
            else:
                self.place_row(cells, self.size, False, "ink", "stripe" if stripe % 2 else None)
                stripe += 1
        flow.y += 14 * k

    def _heading(self, row: Row, continued: str) -> None:
        text = continued.format(title=row.cells[0])
        cells = self.heading(text, self.size, True)
        self.place_row(cells, self.size, True, "ink", row.kind)


def page_scale(printable: Rect) -> float:
    """Text grows a little on big paper: `layout.geometry.page_scale` of the printable width."""
    return scale_for_width(printable.width)


def layout_changes(
    title: str,
    base_title: str,
    base_label: str,
    diff: ProjectDiff,
    printable: Rect,
    words: ChangeWords,
    hidden_lane_kinds: frozenset[str] = frozenset(),
) -> list[ChangesPage]:
    """The change pages: heading, the key to the marks, the summary table, every change."""
    k = page_scale(printable)
    flow = _Flow(printable, k)
    flow.anchor(words(QT_TRANSLATE_NOOP("PdfChanges", "Changes")), 0)
    heading = words(QT_TRANSLATE_NOOP("PdfChanges", "Changes — {title}"))
    shown_title = title.strip() or words(QT_TRANSLATE_NOOP("PdfChanges", "Customer-journey map"))
    flow.paragraph(heading.format(title=shown_title), 16.0 * k, bold=True, gap=3 * k)
    against = words(QT_TRANSLATE_NOOP("PdfChanges", "Compared with {file} {title}"))
    shown_file = file_name(base_label)
    against_text = against.format(file=shown_file, title=words.quoted(base_title, 60)).strip()
    flow.paragraph(" ".join(against_text.split()), 9.0 * k, role="muted", gap=1 * k)
    if diff.is_empty:
        flow.paragraph(
            words(QT_TRANSLATE_NOOP("PdfChanges", "No differences: the two maps are the same.")),
            11.0 * k,
            bold=True,
        )
        return flow.finish()
    flow.paragraph(words.counts(diff.counts()), 9.0 * k, role="muted", gap=2 * k)
    if hidden_lane_kinds:
        kinds = ", ".join(
            lane_kind_name(kind, words.language) for kind in sorted(hidden_lane_kinds)
        )
        left_out = words(
            QT_TRANSLATE_NOOP("PdfChanges", "Changes on the lanes printed (left out: {kinds}).")
        )
        flow.paragraph(left_out.format(kinds=kinds), 8.0 * k, role="muted")
    _key(flow, words)

    size = 8.5 * k
    summary_title = words(QT_TRANSLATE_NOOP("PdfChanges", "Summary of changes"))
    name_header = words(QT_TRANSLATE_NOOP("PdfChanges", "Persona or stage"))
    headers = (name_header, *(words(text) for text in FIGURE_HEADERS))
    widths = _summary_widths(flow, size, words)
    table = _Table(flow, widths, (False, *(True,) * len(FIGURE_HEADERS)), size)
    note = words(
        QT_TRANSLATE_NOOP(
            "PdfChanges",
            "Before → after (difference). A mean is over the cards that have the score; "
            "pain points are the cards on pain-point lanes.",
        )
    )
    table.place(summary_title, headers, summary_rows(diff, words), words, note)

    list_title = words(QT_TRANSLATE_NOOP("PdfChanges", "Every change"))
    headers = (
        words(QT_TRANSLATE_NOOP("PdfChanges", "Change")),
        words(QT_TRANSLATE_NOOP("PdfChanges", "Object")),
        words(QT_TRANSLATE_NOOP("PdfChanges", "Where")),
        words(QT_TRANSLATE_NOOP("PdfChanges", "What changed")),
    )
    table = _Table(flow, _list_widths(flow, size, words), (False,) * 4, size)
    table.place(list_title, headers, change_rows(diff, words), words)
    return flow.finish()


def _summary_widths(flow: _Flow, size: float, words: ChangeWords) -> list[float]:
    width = flow.area.width
    pad = 3.0 * flow.k
    sample = "−0.00 → −0.00 (−0.00)"
    numeric = []
    for header in FIGURE_HEADERS:
        text = words(header)
        widest = max(flow.wrapper.width(word, size * 0.95, True) for word in text.split())
        numeric.append(max(widest, flow.wrapper.width(sample, size)) + 2 * pad + 1.0)
    total = sum(numeric)
    name = max(width - total, width * 0.2)
    if name + total > width:  # narrow paper: the figures share what the names leave
        factor = (width - name) / total
        numeric = [value * factor for value in numeric]
    return [name, *numeric]


def _list_widths(flow: _Flow, size: float, words: ChangeWords) -> list[float]:
    width = flow.area.width
    pad = 3.0 * flow.k
    signs = [f"{SIGNS[kind]} {words(word)}" for kind, word in _SIGN_WORDS]
    change = max(flow.wrapper.width(sign, size) for sign in signs) + 2 * pad + 1.0
    change = min(change, width * 0.2)
    rest = width - change
    return [change, rest * 0.3, rest * 0.25, rest * 0.45]


_SIGN_WORDS = (
    ("added", QT_TRANSLATE_NOOP("PdfChanges", "added")),
    ("removed", QT_TRANSLATE_NOOP("PdfChanges", "removed")),
    ("changed", QT_TRANSLATE_NOOP("PdfChanges", "changed")),
    ("moved", QT_TRANSLATE_NOOP("PdfChanges", "moved")),
    ("reordered", QT_TRANSLATE_NOOP("PdfChanges", "reordered")),
)


def _key(flow: _Flow, words: ChangeWords) -> None:
    """ "On the map:" and a sample of each badge with what it means, wrapped like words."""
    k = flow.k
    size = SIZE * 1.25 * k
    height = HEIGHT * 1.25 * k
    text_size = 8.0 * k
    samples: list[tuple[BadgeKind, str, str]] = [
        ("added", words.badge_new(), words(QT_TRANSLATE_NOOP("PdfChanges", "added"))),
        (
            "changed",
            "~ " + words(QT_TRANSLATE_NOOP("PdfChanges", "effort 3 → 2")),
            words(
                QT_TRANSLATE_NOOP("PdfChanges", "what changed (shortened to fit: all of it below)")
            ),
        ),
        (
            "moved",
            f"{SIGNS['moved']} " + words(QT_TRANSLATE_NOOP("PdfChanges", "from «stage»")),
            words(QT_TRANSLATE_NOOP("PdfChanges", "moved, and from where")),
        ),
        (
            "removed",
            words.badge_removed(1),
            words(QT_TRANSLATE_NOOP("PdfChanges", "cards removed from this cell (listed below)")),
        ),
    ]
    lead = words(QT_TRANSLATE_NOOP("PdfChanges", "On the map:"))
    line_height = max(height, text_size * SPACING) + 5 * k
    if flow.room < line_height:
        flow.new_page()
    x = flow.area.x
    top = flow.y

    def text_baseline(row_top: float) -> float:
        return row_top + (height - text_size) / 2 + 0.76 * text_size

    flow.texts.append(PlacedText(lead, x, text_baseline(top), text_size, True, "ink"))
    x += flow.wrapper.width(lead, text_size, True) + 6 * k
    for kind, sample, meaning in samples:
        probe = make_badge(kind, sample, 0.0, 0.0, flow.area.width, "top", "", size, height)
        if probe is None:
            continue
        width = probe.rect.width + 3 * k + flow.wrapper.width(meaning, text_size) + 10 * k
        if x + width > flow.area.right and x > flow.area.x:
            x = flow.area.x
            top += line_height
        badge = make_badge(kind, sample, x, top, flow.area.width, "top", "", size, height)
        if badge is None:
            continue
        flow.badges.append(badge)
        role = BADGE_ROLE + kind
        bold = STYLES[kind].bold
        flow.texts.append(PlacedText(badge.text, badge.x, badge.baseline, size, bold, role))
        text_x = badge.rect.right + 3 * k
        baseline = text_baseline(top)
        flow.texts.append(PlacedText(meaning, text_x, baseline, text_size, False, "muted"))
        x = text_x + flow.wrapper.width(meaning, text_size) + 10 * k
    flow.y = top + line_height + 10 * k
