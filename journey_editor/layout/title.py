"""The title block above the map: title, "client · author · date", on a to-be map the line
"To-be, based on «as-is title» (as-is.journey.json)", and the legend.

The title text takes the left part (at least the left columns and one stage wide, at most
520 pt); the legend fills the rest of the map's width to its right, or goes under the title
when the map is too narrow for both side by side. The legend has one row per section (its
heading, then its samples flowing left to right and wrapping): the channels used by the laid
out cards (in catalogue order), effort 1…5, emotion −2…+2 and which lanes the emotion curves
go through (see curve_legend.py), evidence levels, and the marks.
"""

from __future__ import annotations

from journey_editor.layout import card_style
from journey_editor.layout.boxes import (
    Legend,
    LegendEntry,
    LegendSection,
    TitleBlock,
)
from journey_editor.layout.curve_legend import curve_legend_text
from journey_editor.layout.geometry import Rect
from journey_editor.layout.links import MARKER_RADIUS
from journey_editor.layout.options import LayoutLabels, LayoutOptions
from journey_editor.layout.text import TextWrapper, place_lines
from journey_editor.model.entities import Channel
from journey_editor.model.project import Project

TITLE_MAX_WIDTH = 520.0
LEGEND_MIN_WIDTH = 280.0
LEGEND_GAP = 24.0  # between the title text and the legend
HEADING_WIDTH = 64.0
ENTRY_GAP = 10.0  # between two samples of a section
SWATCH_GAP = 3.0  # between a sample and its label
ROW_GAP = 4.0
EVIDENCE_SWATCH = (16.0, 10.0)
CURVE_SAMPLE_WIDTH = 22.0  # the emotion row's last sample: a bit of curve (glyphs.curve_sample)
CURVE_LABEL_LINES = 3  # which lanes the curves go through: lane names may make it long


def subtitle_text(project: Project) -> str:
    date = project.modified or project.created
    parts = [project.client.strip(), project.author.strip()]
    if date is not None:
        parts.append(date.date().isoformat())
    return " · ".join(part for part in parts if part)


def based_on_text(project: Project, labels: LayoutLabels) -> str:
    """The line saying which as-is a to-be map was made from ("" for any other map)."""
    based_on = project.based_on
    if based_on is None:
        return ""
    title = " ".join(based_on.title.split())
    if title:
        return labels.based_on.format(title=title, file=based_on.file)
    return labels.based_on_file.format(file=based_on.file)


def layout_title_block(
    project: Project,
    used: set[str],
    width: float,
    options: LayoutOptions,
    wrapper: TextWrapper,
) -> tuple[TitleBlock, Legend | None]:
    pad = options.title_block_padding
    spacing = options.line_spacing
    text_width = min(
        TITLE_MAX_WIDTH,
        max(options.left_width + options.stage_min_width, 0.45 * width) - 2 * pad,
        width - 2 * pad,
    )
    title_size = options.map_title_font_size
    lines = wrapper.wrap(project.title.strip(), text_width, title_size, True, 2)
    title = place_lines(lines, pad, pad, text_width, title_size, spacing, bold=True)
    bottom = title.rect.bottom
    subtitle = None
    size = options.body_font_size + 1
    # Client · author · date, then what a to-be is based on: each on at most two lines.
    sub_lines = tuple(
        line
        for text in (subtitle_text(project), based_on_text(project, options.labels))
        for line in wrapper.wrap(text, text_width, size, False, 2)
    )
    if sub_lines:
        subtitle = place_lines(sub_lines, pad, bottom + 2, text_width, size, spacing)
        bottom = subtitle.rect.bottom

    legend = None
    if options.legend:
        side_left = pad + text_width + LEGEND_GAP
        if width - pad - side_left >= LEGEND_MIN_WIDTH:
            legend = layout_legend(project, used, side_left, pad, width - pad, options, wrapper)
        else:
            top = bottom + pad
            legend = layout_legend(project, used, pad, top, width - pad, options, wrapper)
        bottom = max(bottom, legend.rect.bottom)
    block = TitleBlock(Rect(0.0, 0.0, width, bottom + pad), title, subtitle)
    return block, legend


def used_channels(project: Project, used: set[str]) -> list[Channel]:
    return [channel for channel in project.channels if channel.id in used]


def layout_legend(
    project: Project,
    used: set[str],
    left: float,
    top: float,
    right: float,
    options: LayoutOptions,
    wrapper: TextWrapper,
) -> Legend:
    labels = options.labels
    chip = (options.chip_size, options.chip_size)
    badge = (options.badge_width, options.badge_height)
    face = (options.face_size, options.face_size)
    mark = (options.mark_size, options.mark_size)
    curve_entry = []
    if options.show_emotion_curves:
        sample = (CURVE_SAMPLE_WIDTH, options.face_size)
        curve_entry.append(("curve", curve_legend_text(project, options), sample, None, None))
    # Dot votes are explained only where there are some: most maps never get any.
    votes_entry = []
    if any(card.votes for card in project.cards):
        votes_entry.append(("votes", labels.votes, card_style.VOTE_SAMPLE, None, None))
    # kind, heading, [(key, label, swatch size, colour, icon)]
    sections = [
        (
            "channels",
            labels.channels,
            [(c.id, c.label, chip, c.colour, c.icon) for c in used_channels(project, used)],
        ),
        (
            "effort",
            labels.effort,
            [(str(v), t, badge, None, None) for v, t in enumerate(labels.effort_values, 1)],
        ),
        (
            "emotion",
            labels.emotion,
            [
                (str(v), t, face, None, None)
                for v, t in zip(range(-2, 3), labels.emotion_values, strict=True)
            ]
            + curve_entry,
        ),
        (
            "evidence",
            labels.evidence,
            [
                (key, text, EVIDENCE_SWATCH, None, None)
                for key, text in zip(
                    ("observed", "assumed", "proposed"), labels.evidence_values, strict=True
                )
            ],
        ),
        (
            "marks",
            labels.marks,
            [
                ("moment_of_truth", labels.moment_of_truth, mark, None, None),
                ("exit_point", labels.exit_point, mark, None, None),
                *votes_entry,
            ],
        ),
    ]
    if options.show_links and any(link.label.strip() for link in project.links):
        marker = (2 * MARKER_RADIUS, 2 * MARKER_RADIUS)
        sections.append(
            ("links", labels.links, [("marker", labels.link_marker, marker, None, None)])
        )
    size = options.body_font_size
    spacing = options.line_spacing
    line = size * spacing
    placed = []
    y = top
    entries_left = left + HEADING_WIDTH
    for kind, heading_text, items in sections:
        if not items:
            continue
        row_height = max([line] + [h for _, _, (_, h), _, _ in items])
        heading = place_lines(
            (wrapper.fit_line(heading_text, HEADING_WIDTH - 4, size, True),),
            left,
            y + (row_height - line) / 2,
            HEADING_WIDTH - 4,
            size,
            spacing,
            bold=True,
        )
        entries = []
        x = entries_left
        bottom = y + row_height  # of the row being filled: a wrapped label makes it taller
        for key, text, (swatch_w, swatch_h), colour, icon in items:
            room = max(0.0, right - entries_left - swatch_w - SWATCH_GAP)
            # A sample's word or name fits one line ("…" if not); the curve's sentence names
            # lanes, and wraps rather than lose one.
            max_lines = CURVE_LABEL_LINES if key == "curve" else 1
            lines = wrapper.wrap(text, room, size, False, max_lines) or ("",)
            text_w = max(wrapper.width(text_line, size, False) for text_line in lines)
            needed = swatch_w + SWATCH_GAP + text_w
            if x > entries_left and x + needed > right:
                x = entries_left
                y = bottom + ROW_GAP
                bottom = y + row_height
            swatch = Rect(x, y + (row_height - swatch_h) / 2, swatch_w, swatch_h)
            label_x = x + swatch_w + SWATCH_GAP
            label = place_lines(lines, label_x, y + (row_height - line) / 2, text_w, size, spacing)
            bottom = max(bottom, label.rect.bottom)
            entries.append(LegendEntry(key, swatch, label, colour, icon))
            x += needed + ENTRY_GAP
        placed.append(LegendSection(kind, heading, tuple(entries)))
        y = bottom + ROW_GAP
    return Legend(Rect(left, top, right - left, max(0.0, y - ROW_GAP - top)), tuple(placed))
