"""A persona's channel path: the zig-zag of its touchpoints between channels, laid out.

One row per channel the persona's touchpoints use (in the catalogue's order, so digital and
physical channels stay grouped and a switch between them is a long jump), one column per stage
(the map's order). Each touchpoint with a channel is a dot in its channel's row and its stage's
column, the touchpoints of one stage spread evenly across the column in journey order
(`model.metrics.touchpoint_sequence`); a line joins the dots in that order, so every channel
switch reads as a zig-zag, and a ring marks each touchpoint that is an exit point. Above the
grid, the persona's switches, switches per step, round trips, digital share and exit points
(`model.metrics`).

Pure geometry in points, y down (no Qt, no reportlab): the View → Channel path window
(ui/channel_path) and the PDF's channel path pages (export/paint_channel_path.py) paint the
same records.
"""

from __future__ import annotations

from dataclasses import dataclass

from journey_editor.layout.figures import decimal, percent
from journey_editor.layout.geometry import Point, Rect, page_scale
from journey_editor.layout.persona_compare.records import Fill, Label, Rule
from journey_editor.layout.text import DEFAULT_MEASURE, TextWrapper, place_lines
from journey_editor.model.metrics import compute_metrics, touchpoint_sequence
from journey_editor.model.project import Project

SPACING = 1.25
NAME_SHARE = 0.24  # the channel names' column takes at most this share of the width
MIN_ROW, MAX_ROW = 18.0, 44.0  # a channel row's height, × scale
EXIT_COLOUR = "#D55E00"  # vermillion: the colour-blind-safe palette's alarm


@dataclass(frozen=True)
class ChannelPathLabels:
    """The words the channel path writes, in English; export/channel_path_words.py translates."""

    title: str = "Channel path — {persona}"
    figures: str = (
        "Channel switches: {switches} · per step: {frequency} · round trips: {round_trips} · "
        "digital: {digital} · exit points: {exits}"
    )
    note: str = (
        "Each dot is a touchpoint, left to right in journey order; the line follows the "
        "customer from channel to channel. A ring marks an exit point."
    )
    channel: str = "Channel"
    nothing: str = "{persona} has no touchpoint with a channel yet."
    decimal_mark: str = "."


@dataclass(frozen=True)
class PathRow:
    channel_id: str
    colour: str
    rect: Rect  # the row across the whole grid, name column included
    swatch: Rect


@dataclass(frozen=True)
class PathColumn:
    stage_id: str
    rect: Rect  # the column across the rows (header excluded)


@dataclass(frozen=True)
class PathDot:
    card_id: str
    channel_id: str
    stage_id: str
    colour: str
    centre: Point
    exit_point: bool


@dataclass(frozen=True)
class ChannelPath:
    persona_id: str
    area: Rect
    scale: float
    line_width: float
    dot_radius: float
    rows: tuple[PathRow, ...]
    columns: tuple[PathColumn, ...]
    dots: tuple[PathDot, ...]  # in journey order: the line goes through them in turn
    labels: tuple[Label, ...]
    fills: tuple[Fill, ...]
    rules: tuple[Rule, ...]
    heading_y: float  # the title's top, for a bookmark

    def dot_near(self, point: Point, slack: float = 4.0) -> PathDot | None:
        """The dot under `point` (within its radius + `slack`), the nearest if several."""
        best, best_distance = None, (self.dot_radius + slack) ** 2
        for dot in self.dots:
            distance = (dot.centre.x - point.x) ** 2 + (dot.centre.y - point.y) ** 2
            if distance <= best_distance:
                best, best_distance = dot, distance
        return best


def channel_path(
    project: Project,
    persona_id: str,
    area: Rect,
    labels: ChannelPathLabels | None = None,
) -> ChannelPath:
    return _Placer(project, persona_id, area, labels or ChannelPathLabels()).place()


class _Placer:
    def __init__(self, project: Project, persona_id: str, area: Rect, labels) -> None:
        self.project = project
        self.persona = next(p for p in project.personas if p.id == persona_id)
        self.area = area
        self.words = labels
        self.k = page_scale(area.width)
        self.wrapper = TextWrapper(DEFAULT_MEASURE)
        self.labels: list[Label] = []
        self.fills: list[Fill] = []
        self.rules: list[Rule] = []
        self.sequence = [
            card for card in touchpoint_sequence(project, persona_id) if card.channel is not None
        ]

    def _text(self, text, x, top, width, size, bold=False, role="ink", lines=1) -> float:
        wrapped = self.wrapper.wrap(text, max(1.0, width), size, bold, max_lines=lines)
        if wrapped:
            block = place_lines(wrapped, x, top, width, size, SPACING, bold=bold)
            self.labels.append(Label(block, role))
        return len(wrapped) * size * SPACING

    def place(self) -> ChannelPath:
        k, area, words = self.k, self.area, self.words
        top = area.y
        heading_y = top
        top += self._text(
            words.title.format(persona=self.persona.name), area.x, top, area.width, 16 * k, True
        )
        top += 3 * k
        top += self._text(self._figures(), area.x, top, area.width, 9 * k, role="muted", lines=2)
        top += 2 * k
        top += self._text(words.note, area.x, top, area.width, 8 * k, role="muted", lines=3)
        top += 10 * k
        rows, columns, dots = self._grid(top) if self.sequence else ((), (), ())
        if not self.sequence:
            self._text(
                words.nothing.format(persona=self.persona.name),
                area.x,
                top,
                area.width,
                11 * k,
                role="muted",
                lines=3,
            )
        return ChannelPath(
            persona_id=self.persona.id,
            area=area,
            scale=k,
            line_width=2.0 * k,
            dot_radius=4.5 * k,
            rows=rows,
            columns=columns,
            dots=dots,
            labels=tuple(self.labels),
            fills=tuple(self.fills),
            rules=tuple(self.rules),
            heading_y=heading_y,
        )

    def _figures(self) -> str:
        figures = compute_metrics(self.project).persona(self.persona.id)
        mark = self.words.decimal_mark
        language = "fr" if mark == "," else "en"
        frequency = figures.switch_frequency
        share = figures.digital_share
        return self.words.figures.format(
            switches=figures.channel_switches,
            frequency="—" if frequency is None else decimal(frequency, mark, digits=2),
            round_trips=figures.round_trips,
            digital="—" if share is None else percent(share, language),
            exits=figures.exit_points,
        )

    def _header_size(self, names: list[str], width: float, size: float) -> float:
        """`size`, or smaller so that the longest word of a stage name is not broken (down to
        two thirds of it; then a word may break)."""
        words = [word for name in names for word in name.split()]
        widest = max((self.wrapper.width(word, size, True) for word in words), default=0.0)
        if widest <= width:
            return size
        return max(size * 2 / 3, size * 0.98 * width / widest)  # 0.98: rounding

    def _grid(self, top: float):
        k, area = self.k, self.area
        pad, body = 4 * k, 8.5 * k
        used = {card.channel for card in self.sequence}
        channels = [channel for channel in self.project.channels if channel.id in used]
        swatch = 9 * k
        widest = max(self.wrapper.width(c.label, body) for c in channels)
        name_width = min(widest + swatch + 4 * pad, NAME_SHARE * area.width)
        name_width = max(name_width, self.wrapper.width(self.words.channel, body, True) + 2 * pad)
        grid_left = area.x + name_width
        stages = self.project.stages
        column_width = (area.right - grid_left) / max(1, len(stages))
        header_size = self._header_size([s.name for s in stages], column_width - 2 * pad, body)
        header_height = 2 * header_size * SPACING + 2 * pad
        self.fills.append(Fill(Rect(area.x, top, area.width, header_height), "header"))
        self._text(
            self.words.channel, area.x + pad, top + pad, name_width - 2 * pad, body, True, "header"
        )
        for index, stage in enumerate(stages):
            left = grid_left + index * column_width
            self._text(
                stage.name,
                left + pad,
                top + pad,
                column_width - 2 * pad,
                header_size,
                True,
                "header",
                lines=2,
            )
        rows_top = top + header_height
        room = area.bottom - rows_top
        row_height = max(MIN_ROW * k, min(MAX_ROW * k, room / len(channels)))
        rows = []
        row_of: dict[str, PathRow] = {}
        for index, channel in enumerate(channels):
            rect = Rect(area.x, rows_top + index * row_height, area.width, row_height)
            if index % 2:
                self.fills.append(Fill(rect, "stripe"))
            box = Rect(area.x + pad, rect.y + (row_height - swatch) / 2, swatch, swatch)
            row = PathRow(channel.id, channel.colour, rect, box)
            rows.append(row)
            row_of[channel.id] = row
            text_top = rect.y + (row_height - body * SPACING) / 2
            self._text(
                channel.label, box.right + pad, text_top, name_width - swatch - 3 * pad, body
            )
            self.rules.append(
                Rule(Point(area.x, rect.bottom), Point(area.right, rect.bottom), "row")
            )
        bottom = rows_top + row_height * len(channels)
        columns = []
        for index, stage in enumerate(stages):
            left = grid_left + index * column_width
            columns.append(
                PathColumn(stage.id, Rect(left, rows_top, column_width, bottom - rows_top))
            )
            self.rules.append(Rule(Point(left, top), Point(left, bottom), "grid"))
        by_stage: dict[str, list] = {}
        for card in self.sequence:
            by_stage.setdefault(card.stage, []).append(card)
        column_of = {column.stage_id: column for column in columns}
        placed: dict[str, int] = {}  # stage id -> dots already placed in its column
        dots = []
        for card in self.sequence:
            column = column_of[card.stage].rect
            rank = placed[card.stage] = placed.get(card.stage, 0) + 1
            share = rank / (len(by_stage[card.stage]) + 1)
            row = row_of[card.channel].rect
            centre = Point(column.x + share * column.width, row.y + row.height / 2)
            dots.append(
                PathDot(
                    card.id,
                    card.channel,
                    card.stage,
                    row_of[card.channel].colour,
                    centre,
                    card.exit_point,
                )
            )
        return tuple(rows), tuple(columns), tuple(dots)
