"""Placing a comparison in an area, top to bottom: title, legend, chart, tables."""

from __future__ import annotations

import math
from fractions import Fraction

from journey_editor.layout.compute import LayoutCache, compute_layout
from journey_editor.layout.curves import catmull_rom, emotion_levels
from journey_editor.layout.figures import decimal
from journey_editor.layout.geometry import Point, Rect, page_scale
from journey_editor.layout.map_layout import MapLayout
from journey_editor.layout.persona_compare.figures import (
    CURVE_OPTIONS,
    compare_figures,
)
from journey_editor.layout.persona_compare.records import (
    ComparedCurve,
    ComparedPoint,
    CompareLabels,
    Fill,
    Label,
    PersonaComparison,
    Rule,
    Sample,
    StageColumn,
)
from journey_editor.layout.persona_compare.styles import line_style
from journey_editor.layout.text import DEFAULT_MEASURE, TextBlock, TextWrapper, place_lines
from journey_editor.model.project import Project
from journey_editor.model.types import EMOTION_RANGE

LOWEST, HIGHEST = EMOTION_RANGE
NUDGE = 0.12  # the personas' sideways nudges span at most this share of a column, each way
GAP_ROWS = 5  # the gap table lists the stages where the personas differ most, this many at most
SPACING = 1.25
PLOT_SHARE = 0.35
# The gap table's columns: rank, stage, emotion spread, extremes, effort spread, extremes.
GAP_SHARES = (0.04, 0.18, 0.11, 0.28, 0.11, 0.28)


def compare_personas(
    project: Project,
    area: Rect,
    persona_ids=None,
    labels: CompareLabels | None = None,
    layout: MapLayout | None = None,
    cache: LayoutCache | None = None,
    min_scale: float = 0.6,
) -> PersonaComparison:
    """The comparison of `persona_ids` (None: all) laid out in `area`. Text is as large as
    the width allows (`page_scale`), smaller (down to `min_scale`) when it would not fit the
    height; the chart takes the height left over."""
    labels = labels or CompareLabels()
    if layout is None:
        layout = compute_layout(project, CURVE_OPTIONS, cache)
    figures = compare_figures(project, persona_ids, layout)
    scale = page_scale(area.width)
    for _ in range(4):
        natural = _Placer(project, layout, figures, area, labels, scale).natural_height()
        if natural <= area.height or scale <= min_scale:
            break
        scale = max(min_scale, scale * max(0.5, area.height / natural) * 0.98)
    return _Placer(project, layout, figures, area, labels, scale).place()


def points_near(
    comparison: PersonaComparison, x: float, y: float, radius: float | None = None
) -> list[ComparedPoint]:
    """The points whose marker is within `radius` (default: a little more than a marker) of
    (x, y), nearest first; equally near ones in the order of the curves."""
    reach = comparison.marker_radius * 1.6 if radius is None else radius
    found = []
    for order, curve in enumerate(comparison.curves):
        for point in curve.points:
            distance = math.hypot(point.x - x, point.y - y)
            if distance <= reach:
                found.append((distance, order, point))
    found.sort(key=lambda item: (item[0], item[1]))
    return [point for _, _, point in found]


class _Placer:
    """Places the comparison top to bottom in `area`, at text scale `k`."""

    def __init__(self, project, layout, figures, area: Rect, labels, k: float) -> None:
        self.project = project
        self.map = layout
        self.figures = figures
        self.area = area
        self.words = labels
        self.k = k
        self.wrapper = TextWrapper(DEFAULT_MEASURE)
        self.personas = {p.id: (i, p) for i, p in enumerate(project.personas)}
        self.stage_names = {stage.id: stage.name for stage in project.stages}
        self.labels: list[Label] = []
        self.fills: list[Fill] = []
        self.rules: list[Rule] = []
        self.samples: list[Sample] = []
        self.notes: list[str] = []
        self.body = 9.0 * k
        self.row_height = self.body * SPACING + 6.0 * k
        self.line_width = 2.0 * k
        self.marker_radius = 4.2 * k
        names = [self._name(p) for p in figures.persona_ids]
        widest = max((self.wrapper.width(n, self.body, True) for n in names), default=0.0)
        axis = max(widest + 36.0 * k, self.wrapper.width(labels.emotion, self.body, True) + 12 * k)
        self.axis = min(max(axis, 64.0 * k), 0.16 * area.width)

    # --- helpers ----------------------------------------------------------------------------

    def _name(self, persona_id: str) -> str:
        return self.personas[persona_id][1].name

    def _text(self, text, x, top, width, size, bold=False, role="ink", align="left", lines=1):
        wrapped = self.wrapper.wrap(text, max(1.0, width), size, bold, max_lines=lines)
        block = place_lines(wrapped, x, top, width, size, SPACING, bold=bold)
        if align != "left" and wrapped:
            xs = []
            for line in wrapped:
                room = max(0.0, width - self.wrapper.width(line, size, bold))
                xs.append(x + (room if align == "right" else room / 2))
            block = TextBlock(
                block.texts,
                block.rect,
                size,
                bold,
                False,
                block.line_height,
                block.first_baseline,
                tuple(xs),
            )
        if wrapped:
            self.labels.append(Label(block, role))
        return len(wrapped) * size * SPACING

    def _number(self, value: Fraction | None, signed: bool = False) -> str:
        if value is None:
            return "—"
        return decimal(float(value), self.words.decimal_mark, signed=signed)

    # --- the parts, top to bottom -----------------------------------------------------------

    def natural_height(self) -> float:
        return self._place(dry=True) - self.area.y

    def place(self) -> PersonaComparison:
        self.heading_y = self.area.y
        bottom = self._place(dry=False)
        return PersonaComparison(
            area=self.area,
            bottom=bottom,
            scale=self.k,
            line_width=self.line_width,
            marker_radius=self.marker_radius,
            plot=self.plot,
            levels=self.levels,
            columns=self.columns,
            curves=self.curves,
            samples=tuple(self.samples),
            labels=tuple(self.labels),
            fills=tuple(self.fills),
            rules=tuple(self.rules),
            figures=self.figures,
            heading_y=self.heading_y,
            notes=tuple(self.notes),
        )

    def _reset(self) -> None:
        self.labels, self.fills, self.rules, self.samples, self.notes = [], [], [], [], []

    def _place(self, dry: bool) -> float:
        self._reset()
        tables_height = self._tables(0.0)  # measured where it would be placed, then undone
        self._reset()
        k, area, words = self.k, self.area, self.words
        y = area.y
        title = words.title.format(title=self.project.title.strip() or words.untitled)
        y += self._text(title, area.x, y, area.width, 15.0 * k, bold=True, lines=2) + 2 * k
        y += self._text(words.note, area.x, y, area.width, 8.0 * k, role="muted", lines=3)
        y = self._legend(y + 7 * k) + 8 * k
        header_height = self._header_height()
        # The chart is the point: at least PLOT_SHARE of the height (the text shrinks first).
        plot_min = max(110.0 * k, PLOT_SHARE * area.height)
        plot_height = max(plot_min, area.bottom - y - header_height - tables_height)
        if dry:
            return y + header_height + plot_min + tables_height
        y = self._chart(y, header_height, plot_height)
        return y + self._tables(y)

    def _legend(self, top: float) -> float:
        k, area = self.k, self.area
        x, y = area.x, top
        step = self.body * SPACING + 3 * k
        sample_width = 46.0 * k
        for persona_id in self.figures.persona_ids:
            name = self._name(persona_id)
            if not self.figures.points.get(persona_id):
                name = self.words.no_curve.format(name=name)
            name = self.wrapper.fit_line(name, area.width * 0.45, self.body, True)
            width = sample_width + 6 * k + self.wrapper.width(name, self.body, True)
            if x > area.x and x + width > area.right:
                x, y = area.x, y + step
            middle = y + step / 2
            self._sample(persona_id, x, x + sample_width, middle)
            self._text(
                name,
                x + sample_width + 6 * k,
                middle - self.body * SPACING / 2,
                width,
                self.body,
                bold=True,
            )
            x += width + 18 * k
        return y + step if self.figures.persona_ids else y

    def _sample(self, persona_id: str, left: float, right: float, y: float) -> None:
        index, persona = self.personas[persona_id]
        self.samples.append(
            Sample(
                persona_id,
                persona.colour,
                line_style(index),
                (Point(left, y), Point(right, y)),
                Point((left + right) / 2, y),
            )
        )

    def _header_size(self) -> float:
        """The stage names' size: 9.5 × scale, smaller (down to 7) so words stay whole;
        a word too long even then is hyphenated (`_hyphenated`)."""
        size = 9.5 * self.k
        for stage, width in zip(self.project.stages, self._column_widths(), strict=True):
            room = max(1.0, width - 8 * self.k)
            for word in stage.name.split():
                wide = self.wrapper.width(word, size, True)
                if wide > room:
                    size = max(7.0 * self.k, size * room / wide)
        return size

    def _hyphenated(self, text: str, width: float, size: float, bold: bool) -> str:
        """`text` with each word wider than `width` cut into pieces that fit, all but the last
        ending in a hyphen, so a line breaks there rather than at any letter."""
        words = []
        for word in text.split():
            while len(word) > 5 and self.wrapper.width(word, size, bold) > width:
                cut = len(word) - 3  # three letters at least go to the next line
                while cut > 2 and self.wrapper.width(word[:cut] + "-", size, bold) > width:
                    cut -= 1
                words.append(word[:cut] + "-")
                word = word[cut:]
            words.append(word)
        return " ".join(words)

    def _stage_name(self, name: str, width: float, size: float) -> str:
        return self._hyphenated(name, max(1.0, width - 8 * self.k), size, True)

    def _header_height(self) -> float:
        size = self._header_size()
        lines = 1
        for stage, w in zip(self.project.stages, self._column_widths(), strict=True):
            name = self._stage_name(stage.name, w, size)
            wrapped = self.wrapper.wrap(name, max(1.0, w - 8 * self.k), size, True, 3)
            lines = max(lines, len(wrapped))
        return lines * size * SPACING + 8 * self.k

    def _column_widths(self) -> list[float]:
        inner = self.area.width - self.axis
        widths = [box.rect.width for box in self.map.stages]
        total = sum(widths)
        if not widths or total <= 0:
            return [inner / len(widths)] * len(widths) if widths else []
        return [inner * w / total for w in widths]

    def _chart(self, top: float, header_height: float, plot_height: float) -> float:
        k, area = self.k, self.area
        left = area.x + self.axis
        plot = Rect(left, top + header_height, area.right - left, plot_height)
        self.plot = plot
        self.fills.append(Fill(Rect(area.x, top, area.width, header_height), "header"))
        self._text(
            self.words.emotion,
            area.x + 6 * k,
            top + 4 * k,
            self.axis - 8 * k,
            9.5 * k,
            bold=True,
            role="header",
        )
        self.fills.append(Fill(plot, "plot"))
        columns = []
        x = left
        size = self._header_size()
        for stage, width in zip(self.project.stages, self._column_widths(), strict=True):
            header = Rect(x, top, width, header_height)
            columns.append(StageColumn(stage.id, header, Rect(x, plot.y, width, plot_height)))
            self._text(
                self._stage_name(stage.name, width, size),
                x + 4 * k,
                top + 4 * k,
                width - 8 * k,
                size,
                bold=True,
                role="header",
                align="centre",
                lines=3,
            )
            if x > left:
                self.rules.append(Rule(Point(x, top), Point(x, plot.bottom), "grid"))
            x += width
        self.columns = tuple(columns)
        pad = max(self.marker_radius * 2.2, 10 * k)
        self.levels = emotion_levels(plot, pad)
        for emotion, (y, text) in enumerate(
            zip(self.levels, self.words.emotion_values, strict=True)
        ):
            role = "baseline" if emotion + LOWEST == 0 else "level"
            self.rules.append(Rule(Point(left, y), Point(plot.right, y), role))
            size = 8.5 * k
            self._text(
                text,
                area.x,
                y - size * SPACING / 2,
                self.axis - 8 * k,
                size,
                role="muted",
                align="right",
            )
        self.curves = self._curves()
        if not self.figures.persona_ids:
            self.notes.append(self.words.no_personas)
            size = 11 * k
            self._text(
                self.words.no_personas,
                plot.x,
                plot.y + plot.height / 2 - size,
                plot.width,
                size,
                role="muted",
                align="centre",
            )
        return plot.bottom

    def _curves(self) -> tuple[ComparedCurve, ...]:
        options = self.map.options
        chosen = self.figures.persona_ids
        columns = {column.stage_id: column.rect for column in self.columns}
        curves = []
        others = len(chosen) - 1
        for rank, persona_id in enumerate(chosen):
            found = self.figures.points.get(persona_id, ())
            if not found:
                continue
            points = []
            for point in found:
                column = columns[point.stage_id]
                # Nudged sideways by rank, the points squeezed so the nudge stays inside.
                step = 0.0
                if others:
                    step = min(2.4 * self.marker_radius, 2 * NUDGE * column.width / others)
                half = step * others / 2
                offset = rank * step - half
                x = column.x + half + (column.width - 2 * half) * point.fraction + offset
                points.append(
                    ComparedPoint(
                        x,
                        self.levels[point.emotion - LOWEST],
                        point.card_id,
                        point.emotion,
                        persona_id,
                        point.stage_id,
                    )
                )
            segments = catmull_rom(
                [Point(p.x, p.y) for p in points],
                tension=options.curve_tension,
                monotone=options.curve_monotone,
                y_limits=(self.levels[-1], self.levels[0]),
            )
            index, persona = self.personas[persona_id]
            style = line_style(index)
            curves.append(ComparedCurve(persona_id, persona.colour, style, tuple(points), segments))
        return tuple(curves)

    def _tables(self, top: float) -> float:
        """The effort and gap tables below the chart; their height, the gap above included."""
        k, area, words = self.k, self.area, self.words
        heading = 10.0 * k
        y = top + 12 * k
        y += self._text(words.effort_heading, area.x, y, area.width, heading, bold=True) + 4 * k
        y = self._effort_rows(y) + 14 * k
        y += self._text(words.gap_heading, area.x, y, area.width, heading, bold=True) + 2 * k
        y += self._text(words.gap_rule, area.x, y, area.width, 8 * k, role="muted", lines=3)
        y = self._gap_rows(y + 4 * k)
        return y - top

    def _effort_rows(self, top: float) -> float:
        k, area = self.k, self.area
        y = top
        widths = self._column_widths()
        for row, persona_id in enumerate(self.figures.persona_ids):
            name_width = self.axis - 36 * k
            name = self.wrapper.wrap(self._name(persona_id), name_width, self.body, True, 2)
            height = self.row_height + (len(name) - 1) * self.body * SPACING
            if row % 2:
                self.fills.append(Fill(Rect(area.x, y, area.width, height), "stripe"))
            middle = y + height / 2
            self._sample(persona_id, area.x + 2 * k, area.x + 26 * k, middle)
            self._text(
                "\n".join(name),
                area.x + 32 * k,
                middle - len(name) * self.body * SPACING / 2,
                name_width,
                self.body,
                bold=True,
                lines=2,
            )
            name_top = middle - self.body * SPACING / 2
            x = area.x + self.axis
            for stage_id, width in zip(self.figures.stage_ids, widths, strict=True):
                mean = self.figures.mean_effort.get((persona_id, stage_id))
                cell = Rect(x + 2 * k, y + 2 * k, width - 4 * k, height - 4 * k)
                if mean is not None:
                    self.fills.append(Fill(cell, "effort", float(mean)))
                self._text(
                    self._number(mean),
                    x,
                    name_top,
                    width,
                    self.body,
                    align="centre",
                    role="ink" if mean is not None else "muted",
                )
                x += width
            y += height
            self.rules.append(Rule(Point(area.x, y), Point(area.right, y), "row"))
        return y

    def _gap_rows(self, top: float) -> float:
        k, area, words = self.k, self.area, self.words
        if len(self.figures.persona_ids) < 2 or not self.figures.gaps:
            note = words.one_persona if len(self.figures.persona_ids) < 2 else words.no_gap
            self.notes.append(note)
            return top + self._text(note, area.x, top, area.width, self.body, role="muted")
        widths = [area.width * share for share in GAP_SHARES]
        lefts = [area.x + sum(widths[:i]) for i in range(len(widths))]
        numeric = (False, False, True, False, True, False)
        pad = 4 * k
        header = (
            words.rank,
            words.stage,
            words.emotion_spread,
            words.emotion_extremes,
            words.effort_spread,
            words.effort_extremes,
        )
        header_lines = max(
            len(self.wrapper.wrap(text, max(1.0, w - 2 * pad), self.body, True, 2))
            for text, w in zip(header, widths, strict=True)
        )
        header_height = header_lines * self.body * SPACING + 6 * k
        self.fills.append(Fill(Rect(area.x, top, area.width, header_height), "header"))
        for text, left, width, right in zip(header, lefts, widths, numeric, strict=True):
            self._text(
                text,
                left + pad,
                top + 3 * k,
                width - 2 * pad,
                self.body,
                bold=True,
                role="header",
                align="right" if right else "left",
                lines=2,
            )
        y = top + header_height
        for rank, gap in enumerate(self.figures.gaps[:GAP_ROWS], start=1):
            cells = (
                (str(rank),),
                (self.stage_names[gap.stage_id],),
                (self._number(gap.emotion_spread),),
                self._extremes(gap.emotion_high, gap.emotion_low, "emotion", gap.stage_id),
                (self._number(gap.effort_spread),),
                self._extremes(gap.effort_high, gap.effort_low, "effort", gap.stage_id),
            )
            fitted = [
                tuple(
                    self.wrapper.fit_line(line, max(1.0, w - 2 * pad), self.body, bold)
                    for line in lines
                )
                for lines, w, bold in zip(cells, widths, numeric, strict=True)
            ]
            height = max(map(len, fitted)) * self.body * SPACING + 6 * k
            if rank % 2 == 0:
                self.fills.append(Fill(Rect(area.x, y, area.width, height), "stripe"))
            for lines, left, width, right in zip(fitted, lefts, widths, numeric, strict=True):
                text_top = y + (height - len(lines) * self.body * SPACING) / 2
                self._text(
                    "\n".join(lines),
                    left + pad,
                    text_top,
                    width - 2 * pad,
                    self.body,
                    bold=right,
                    align="right" if right else "left",
                    lines=2,
                )
            y += height
            self.rules.append(Rule(Point(area.x, y), Point(area.right, y), "row"))
        return y

    def _extremes(self, high, low, what: str, stage_id: str) -> tuple[str, ...]:
        """ "Léa +1.5 → Marc −1.0" on one line, or two (broken after the arrow) when the
        names are long; "all at 1.0" when every persona has the same mean."""
        if high is None or low is None:
            return ("—",)
        emotion = what == "emotion"
        means = self.figures.mean_emotion if emotion else self.figures.mean_effort
        top, bottom = means[(high, stage_id)], means[(low, stage_id)]
        if top == bottom:
            return (self.words.equal.format(value=self._number(top, emotion)),)
        first = f"{self._name(high)} {self._number(top, emotion)} →"
        second = f"{self._name(low)} {self._number(bottom, emotion)}"
        one = f"{first} {second}"
        column = self.area.width * GAP_SHARES[3] - 8 * self.k
        if self.wrapper.width(one, self.body) <= column:
            return (one,)
        return (first, second)
