"""The summary pages, laid out: metrics per persona, per stage, and per persona × stage.

Pure (no reportlab): text is measured with the layout's DejaVu Sans metrics, the font the PDF
draws with, and every line, fill and rule is placed in page points (origin top-left, y down),
so the PDF only has to paint it and a preview can count the pages. Tables are broken between
rows, never inside one; a table continued on the next page repeats its title and header row.

Figures come from `model.metrics.compute_metrics` on the map as printed (hidden lanes left out),
with its definitions (see that module): a mean is over the cards that have the score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from journey_editor.export.outline import Anchor
from journey_editor.i18n import QT_TRANSLATE_NOOP, plural_form, translate
from journey_editor.layout import DEFAULT_MEASURE, Rect, TextWrapper
from journey_editor.layout.figures import decimal, decimal_mark, percent
from journey_editor.layout.geometry import page_scale as scale_for_width
from journey_editor.layout.text import baseline_offset
from journey_editor.model.factory import DEFAULT_LANE_NAMES
from journey_editor.model.metrics import MapMetrics
from journey_editor.model.project import Project

MAX_HOT_SPOTS = 5  # titles listed in one table cell, then "+N more"
SPACING = 1.25
# The summary's words, in English; `_words` gives them in the PDF's language.
NUMERIC_HEADERS = (
    QT_TRANSLATE_NOOP("PdfSummary", "Cards"),
    QT_TRANSLATE_NOOP("PdfSummary", "Touchpoints"),
    QT_TRANSLATE_NOOP("PdfSummary", "Mean effort"),
    QT_TRANSLATE_NOOP("PdfSummary", "Mean emotion"),
    QT_TRANSLATE_NOOP("PdfSummary", "Channel switches"),
)
HOT_HEADER = QT_TRANSLATE_NOOP("PdfSummary", "Pain hot spots")
# The zig-zag tables' figures (definitions in model/metrics.py).
ZIGZAG_HEADERS = (
    QT_TRANSLATE_NOOP("PdfSummary", "Channel switches"),
    QT_TRANSLATE_NOOP("PdfSummary", "Switches per step"),
    QT_TRANSLATE_NOOP("PdfSummary", "Round trips"),
    QT_TRANSLATE_NOOP("PdfSummary", "Digital share"),
    QT_TRANSLATE_NOOP("PdfSummary", "Exit points"),
)
DASH = "—"
# The "Most voted" table (a map with dot votes): this many cards at most, most votes first.
MAX_VOTED = 15
VOTES_HEADERS = (
    QT_TRANSLATE_NOOP("PdfSummary", "Votes"),
    QT_TRANSLATE_NOOP("PdfSummary", "Card"),
    QT_TRANSLATE_NOOP("PdfSummary", "Persona"),
    QT_TRANSLATE_NOOP("PdfSummary", "Stage"),
    QT_TRANSLATE_NOOP("PdfSummary", "Lane"),
)


@dataclass(frozen=True)
class PlacedText:
    text: str
    x: float
    baseline: float
    size: float
    bold: bool = False
    role: str = "ink"  # "ink", "muted" or "header" (white on the header fill)


@dataclass(frozen=True)
class PlacedFill:
    rect: Rect
    role: str  # "header" (dark, as the map's stage row) or "stripe" (every other row)


@dataclass(frozen=True)
class SummaryPage:
    texts: tuple[PlacedText, ...]
    fills: tuple[PlacedFill, ...]
    rules: tuple[tuple[float, float, float], ...]  # horizontal lines: (x1, x2, y)
    anchors: tuple[Anchor, ...]


@dataclass(frozen=True)
class Table:
    title: str
    anchor: Anchor | None
    first_header: str  # "Persona" or "Stage"
    rows: tuple[tuple[str, ...], ...]  # name, the figures, then hot spots when `last_header`
    figure_headers: tuple[str, ...] = NUMERIC_HEADERS  # in English; placed translated
    last_header: str | None = HOT_HEADER  # a wide text column after the figures


# --- figures as text ----------------------------------------------------------------------------


def format_effort(value: float | None, language: str = "en") -> str:
    return DASH if value is None else decimal(value, decimal_mark(language))


def format_emotion(value: float | None, language: str = "en") -> str:
    return DASH if value is None else decimal(value, decimal_mark(language), signed=True)


def _words(text: str, language: str, n: int = -1) -> str:
    return translate("PdfSummary", text, language, None, n)


def _counted(singular: str, plural: str, language: str, n: int) -> str:
    return _words(plural_form(singular, plural, n, language), language, n)


def hot_spot_text(titles: Sequence[str], language: str = "en") -> str:
    if not titles:
        return DASH
    # One per line: titles often hold commas ("300 visits, 0 enquiries").
    lines = list(titles[:MAX_HOT_SPOTS])
    hidden = len(titles) - MAX_HOT_SPOTS
    if hidden > 0:
        lines.append(_words(QT_TRANSLATE_NOOP("PdfSummary", "+%n more"), language, hidden))
    return "\n".join(lines)


def build_tables(project: Project, metrics: MapMetrics, language: str = "en") -> list[Table]:
    cards = {card.id: card for card in project.cards}
    persona_name = {persona.id: persona.name for persona in project.personas}
    stage_name = {stage.id: stage.name for stage in project.stages}
    untitled = _words(QT_TRANSLATE_NOOP("PdfSummary", "(untitled)"), language)
    by_persona_title = _words(QT_TRANSLATE_NOOP("PdfSummary", "By persona"), language)
    by_stage_title = _words(QT_TRANSLATE_NOOP("PdfSummary", "By stage"), language)
    persona_header = _words(QT_TRANSLATE_NOOP("PdfSummary", "Persona"), language)
    stage_header = _words(QT_TRANSLATE_NOOP("PdfSummary", "Stage"), language)
    stage_by_stage = _words(QT_TRANSLATE_NOOP("PdfSummary", "{name} — stage by stage"), language)

    def title(card_id: str) -> str:
        return cards[card_id].title.strip() or untitled

    def figures(m) -> tuple[str, ...]:
        return (
            str(m.card_count),
            str(m.touchpoint_count),
            format_effort(m.mean_effort, language),
            format_emotion(m.mean_emotion, language),
            str(m.channel_switches),
        )

    by_persona = tuple(
        (
            persona_name[m.persona_id],
            *figures(m),
            hot_spot_text(
                [f"{title(i)} ({stage_name[cards[i].stage]})" for i in m.pain_hot_spots], language
            ),
        )
        for m in metrics.personas
    )
    by_stage = tuple(
        (
            stage_name[m.stage_id],
            *figures(m),
            hot_spot_text(
                [f"{title(i)} ({persona_name[cards[i].persona]})" for i in m.pain_hot_spots],
                language,
            ),
        )
        for m in metrics.stages
    )
    tables = [
        Table(by_persona_title, Anchor(by_persona_title, 1, 0.0), persona_header, by_persona),
        Table(by_stage_title, Anchor(by_stage_title, 1, 0.0), stage_header, by_stage),
        *zigzag_tables(project, metrics, language),
    ]
    for persona_metrics, row in zip(metrics.personas, metrics.grid, strict=True):
        hot_by_stage: dict[str, list[str]] = {}
        for card_id in persona_metrics.pain_hot_spots:
            hot_by_stage.setdefault(cards[card_id].stage, []).append(title(card_id))
        name = persona_name[persona_metrics.persona_id]
        rows = tuple(
            (
                stage_name[cell.stage_id],
                *figures(cell),
                hot_spot_text(hot_by_stage.get(cell.stage_id, []), language),
            )
            for cell in row
        )
        heading = stage_by_stage.format(name=name)
        tables.append(Table(heading, Anchor(heading, 1, 0.0), stage_header, rows))
    return tables


def zigzag_tables(project: Project, metrics: MapMetrics, language: str = "en") -> list[Table]:
    """Channel switches, switches per step, round trips, digital share and exit points, by
    persona (with the whole map) and by stage."""
    name = {persona.id: persona.name for persona in project.personas}
    name.update((stage.id, stage.name) for stage in project.stages)
    mark = decimal_mark(language)

    def figures(m) -> tuple[str, ...]:
        frequency = m.switch_frequency
        share = m.digital_share
        return (
            str(m.channel_switches),
            DASH if frequency is None else decimal(frequency, mark, digits=2),
            str(m.round_trips),
            DASH if share is None else percent(share, language),
            str(m.exit_points),
        )

    whole_map = _words(QT_TRANSLATE_NOOP("PdfSummary", "Whole map"), language)
    by_persona = (
        *((name[m.persona_id], *figures(m)) for m in metrics.personas),
        (whole_map, *figures(metrics)),
    )
    by_stage = tuple((name[m.stage_id], *figures(m)) for m in metrics.stages)
    persona_title = _words(
        QT_TRANSLATE_NOOP("PdfSummary", "Channels and exits by persona"), language
    )
    stage_title = _words(QT_TRANSLATE_NOOP("PdfSummary", "Channels and exits by stage"), language)
    persona_header = _words(QT_TRANSLATE_NOOP("PdfSummary", "Persona"), language)
    stage_header = _words(QT_TRANSLATE_NOOP("PdfSummary", "Stage"), language)
    return [
        Table(
            persona_title,
            Anchor(persona_title, 1, 0.0),
            persona_header,
            by_persona,
            ZIGZAG_HEADERS,
            None,
        ),
        Table(
            stage_title, Anchor(stage_title, 1, 0.0), stage_header, by_stage, ZIGZAG_HEADERS, None
        ),
    ]


def most_voted(project: Project, language: str = "en") -> tuple[tuple[str, ...], ...]:
    """The rows of the "Most voted" table: the cards with votes, most first (ties in map
    order), at most MAX_VOTED: votes, title, persona, stage, lane. Empty without votes."""
    voted = [card for card in project.cards if card.votes > 0]
    voted.sort(key=lambda card: -card.votes)  # stable: ties keep the map's order
    persona_name = {persona.id: persona.name for persona in project.personas}
    lane_name = {lane.id: lane.name for persona in project.personas for lane in persona.lanes}
    stage_name = {stage.id: stage.name for stage in project.stages}
    untitled = _words(QT_TRANSLATE_NOOP("PdfSummary", "(untitled)"), language)
    return tuple(
        (
            str(card.votes),
            card.title.strip() or untitled,
            persona_name.get(card.persona, DASH),
            stage_name.get(card.stage, DASH),
            lane_name.get(card.lane, DASH),
        )
        for card in voted[:MAX_VOTED]
    )


def totals_line(metrics: MapMetrics, language: str = "en") -> str:
    mean_effort = _words(QT_TRANSLATE_NOOP("PdfSummary", "mean effort {value}"), language)
    mean_emotion = _words(QT_TRANSLATE_NOOP("PdfSummary", "mean emotion {value}"), language)
    return " · ".join(
        (
            _counted(
                QT_TRANSLATE_NOOP("PdfSummary", "%n card"),
                QT_TRANSLATE_NOOP("PdfSummary", "%n cards"),
                language,
                metrics.card_count,
            ),
            _counted(
                QT_TRANSLATE_NOOP("PdfSummary", "%n touchpoint"),
                QT_TRANSLATE_NOOP("PdfSummary", "%n touchpoints"),
                language,
                metrics.touchpoint_count,
            ),
            _counted(
                QT_TRANSLATE_NOOP("PdfSummary", "%n link"),
                QT_TRANSLATE_NOOP("PdfSummary", "%n links"),
                language,
                metrics.link_count,
            ),
            mean_effort.format(value=format_effort(metrics.mean_effort, language)),
            mean_emotion.format(value=format_emotion(metrics.mean_emotion, language)),
            _counted(
                QT_TRANSLATE_NOOP("PdfSummary", "%n channel switch"),
                QT_TRANSLATE_NOOP("PdfSummary", "%n channel switches"),
                language,
                metrics.channel_switches,
            ),
        )
    )


NOTE = QT_TRANSLATE_NOOP(
    "PdfSummary",
    "Effort 1 (effortless) … 5 (very hard); emotion −2 (very negative) … +2 (very positive); "
    "a mean is over the cards that have the score. Pain hot spots: the touchpoints at the "
    "persona's (or stage's) lowest emotion, when it is −1 or below. Channel switches: changes "
    "of channel between consecutive touchpoints of a persona, counted at the later stage; "
    "switches per step: switches ÷ (touchpoints with a channel − 1); round trips: switches back "
    "to a channel the persona left earlier; digital share: touchpoints on a digital channel ÷ "
    "touchpoints with a channel.",
)


# --- placing ------------------------------------------------------------------------------------


class _Flow:
    """Places blocks down the printable area, starting a new page when one does not fit."""

    def __init__(self, printable: Rect, scale: float, language: str = "en") -> None:
        self.area = printable
        self.k = scale
        self.language = language
        self.wrapper = TextWrapper(DEFAULT_MEASURE)
        self.pages: list[SummaryPage] = []
        self._clear()

    def _clear(self) -> None:
        self.texts: list[PlacedText] = []
        self.fills: list[PlacedFill] = []
        self.rules: list[tuple[float, float, float]] = []
        self.anchors: list[Anchor] = []
        self.y = self.area.y

    def new_page(self) -> None:
        self.pages.append(
            SummaryPage(
                tuple(self.texts), tuple(self.fills), tuple(self.rules), tuple(self.anchors)
            )
        )
        self._clear()

    def finish(self) -> list[SummaryPage]:
        self.new_page()
        return self.pages

    @property
    def room(self) -> float:
        return self.area.bottom - self.y

    def paragraph(self, text: str, size: float, bold=False, role="ink", gap=0.0) -> None:
        lines = self.wrapper.wrap(text, self.area.width, size, bold)
        step = size * SPACING
        if self.room < step * len(lines) and self.y > self.area.y:
            self.new_page()
        first = self.y + baseline_offset(size, SPACING)
        for index, line in enumerate(lines):
            self.texts.append(PlacedText(line, self.area.x, first + index * step, size, bold, role))
        self.y += step * len(lines) + gap


def _column_widths(
    flow: _Flow, width: float, size: float, header_size: float, table: Table
) -> list[float]:
    """The name column, one narrow column per figure, and the wide last column if any."""
    pad = 3.0 * flow.k
    numeric = []
    for header in table.figure_headers:
        header = _words(header, flow.language)
        widest_word = max(flow.wrapper.width(word, header_size, True) for word in header.split())
        # + 1: a word exactly as wide as its column must not be broken by rounding.
        numeric.append(max(widest_word, flow.wrapper.width("−0.00", size)) + 2 * pad + 1.0)
    rest = max(width - sum(numeric), 4 * size)
    if table.last_header is None:
        # No text column: the names take what a name needs, the figures stay narrow.
        return [min(rest, max(rest * 0.34, 180.0 * flow.k)), *numeric]
    return [rest * 0.34, *numeric, rest * 0.66]


def _votes_widths(flow: _Flow, width: float, size: float, header_size: float) -> list[float]:
    """The "Most voted" table: the count as narrow as its header, then the card's title, its
    persona, stage and lane."""
    pad = 3.0 * flow.k
    header = _words(VOTES_HEADERS[0], flow.language)
    count = max(flow.wrapper.width(header, header_size, True), flow.wrapper.width("000", size))
    count += 2 * pad + 1.0
    rest = max(width - count, 4 * size)
    return [count, rest * 0.4, rest * 0.2, rest * 0.2, rest * 0.2]


class _TablePlacer:
    def __init__(self, flow: _Flow, size: float) -> None:
        self.flow = flow
        self.size = size
        self.header_size = size * 0.95
        self.pad = 3.0 * flow.k
        self.widths: list[float] = []
        self.lefts: list[float] = []
        self.votes = False
        self.last_is_text = True

    def _columns_for(self, table: Table) -> None:
        """The metrics tables: the name, the figures (right-aligned), the hot spots if any; the
        votes table: the count (right-aligned), then words."""
        area, flow = self.flow.area, self.flow
        self.votes = table.figure_headers == VOTES_HEADERS
        if self.votes:
            self.widths = _votes_widths(flow, area.width, self.size, self.header_size)
        else:
            self.widths = _column_widths(flow, area.width, self.size, self.header_size, table)
        self.lefts = [area.x]
        for width in self.widths[:-1]:
            self.lefts.append(self.lefts[-1] + width)
        self.last_is_text = table.last_header is not None

    def _numeric(self, column: int, count: int) -> bool:
        if self.votes:
            return column == 0
        return 0 < column < count - (1 if self.last_is_text else 0)

    def _cells(self, values: Sequence[str], size: float, bold: bool) -> list[tuple[str, ...]]:
        wrapper = self.flow.wrapper
        return [
            wrapper.wrap(value, max(1.0, width - 2 * self.pad), size, bold) or ("",)
            for value, width in zip(values, self.widths, strict=True)
        ]

    def _height(self, cells: list[tuple[str, ...]], size: float) -> float:
        return max(len(lines) for lines in cells) * size * SPACING + 2 * self.pad

    def _place_row(self, cells, size: float, bold: bool, role: str, fill: str | None) -> None:
        flow = self.flow
        height = self._height(cells, size)
        area = flow.area
        if fill is not None:
            flow.fills.append(PlacedFill(Rect(area.x, flow.y, sum(self.widths), height), fill))
        first = flow.y + self.pad + baseline_offset(size, SPACING)
        step = size * SPACING
        for column, lines in enumerate(cells):
            left, width = self.lefts[column], self.widths[column]
            numeric = self._numeric(column, len(cells))
            for index, line in enumerate(lines):
                x = left + self.pad
                if numeric:
                    x = left + width - self.pad - flow.wrapper.width(line, size, bold)
                flow.texts.append(PlacedText(line, x, first + index * step, size, bold, role))
        flow.y += height
        flow.rules.append((area.x, area.x + sum(self.widths), flow.y))

    def place(self, table: Table) -> None:
        flow = self.flow
        k = flow.k
        title_size = 11.0 * k
        language = flow.language
        self._columns_for(table)
        last = () if table.last_header is None else (_words(table.last_header, language),)
        first = () if self.votes else (table.first_header,)
        names = (*first, *(_words(header, language) for header in table.figure_headers), *last)
        headers = self._cells(names, self.header_size, True)
        continued_title = _words(QT_TRANSLATE_NOOP("PdfSummary", "{title} (continued)"), language)
        rows = [self._cells(row, self.size, False) for row in table.rows]
        title_height = title_size * SPACING + 4 * k
        header_height = self._height(headers, self.header_size)
        first_row = self._height(rows[0], self.size) if rows else 0.0

        def start(continued: bool) -> None:
            if flow.room < title_height + header_height + first_row and flow.y > flow.area.y:
                flow.new_page()
            if not continued and table.anchor is not None:
                flow.anchors.append(Anchor(table.anchor.title, table.anchor.level, flow.y))
            text = continued_title.format(title=table.title) if continued else table.title
            flow.paragraph(text, title_size, bold=True, gap=4 * k)
            self._place_row(headers, self.header_size, True, "header", "header")

        start(False)
        for index, cells in enumerate(rows):
            if flow.room < self._height(cells, self.size):
                flow.new_page()
                start(True)
            self._place_row(cells, self.size, False, "ink", "stripe" if index % 2 else None)
        flow.y += 14 * k


def page_scale(printable: Rect) -> float:
    """Text grows a little on big paper: `layout.geometry.page_scale` of the printable width."""
    return scale_for_width(printable.width)


def layout_summary(
    project: Project,
    metrics: MapMetrics,
    printable: Rect,
    hidden_lane_kinds: frozenset[str] = frozenset(),
    language: str = "en",
) -> list[SummaryPage]:
    """The summary as pages of placed text, fills and rules, with its bookmarks: "Summary"
    on the first page, then one child per table; its words in `language`."""
    k = page_scale(printable)
    flow = _Flow(printable, k, language)
    flow.anchors.append(
        Anchor(_words(QT_TRANSLATE_NOOP("PdfSummary", "Summary"), language), 0, flow.y)
    )
    title = project.title.strip() or _words(
        QT_TRANSLATE_NOOP("PdfSummary", "Customer-journey map"), language
    )
    heading = _words(QT_TRANSLATE_NOOP("PdfSummary", "Summary — {title}"), language)
    flow.paragraph(heading.format(title=title), 16.0 * k, bold=True, gap=3 * k)
    flow.paragraph(totals_line(metrics, language), 9.0 * k, role="muted", gap=2 * k)
    if hidden_lane_kinds:
        kinds = ", ".join(lane_kind_name(kind, language) for kind in sorted(hidden_lane_kinds))
        left_out = _words(
            QT_TRANSLATE_NOOP("PdfSummary", "Figures over the lanes printed (left out: {kinds})."),
            language,
        )
        flow.paragraph(left_out.format(kinds=kinds), 8.0 * k, role="muted")
    flow.paragraph(_words(NOTE, language), 8.0 * k, role="muted", gap=12 * k)
    voted = most_voted(project, language)
    if voted:
        # What the room voted for comes first: it is what a workshop's handout is about.
        title = _words(QT_TRANSLATE_NOOP("PdfSummary", "Most voted"), language)
        votes_table = Table(title, Anchor(title, 1, 0.0), "", voted, VOTES_HEADERS, None)
        _TablePlacer(flow, 8.5 * k).place(votes_table)
    placer = _TablePlacer(flow, 8.5 * k)
    for table in build_tables(project, metrics, language):
        placer.place(table)
    return flow.finish()


def lane_kind_name(kind: str, language: str) -> str:
    """A lane kind in words ("pain points", "irritants"), lower case as inside a sentence."""
    names = DEFAULT_LANE_NAMES.get(language, DEFAULT_LANE_NAMES["en"])
    return names.get(kind, kind.replace("_", " ")).lower()
