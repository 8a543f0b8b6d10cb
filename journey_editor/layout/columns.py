"""Stage columns, the stage row and the phase band above it."""

from __future__ import annotations

import math
from dataclasses import dataclass

from journey_editor.layout.boxes import PhaseBox, StageBox
from journey_editor.layout.geometry import Rect
from journey_editor.layout.options import LayoutOptions
from journey_editor.layout.text import TextWrapper, place_lines
from journey_editor.model.entities import Stage

STAGE_NAME_LINES = 2


@dataclass(frozen=True)
class Columns:
    stages: tuple[StageBox, ...]
    phases: tuple[PhaseBox, ...]
    header: Rect
    right: float  # the map's right edge


def stage_width(name: str, options: LayoutOptions, wrapper: TextWrapper) -> float:
    """The narrowest column, from `stage_min_width` up to `stage_max_width`, in which the name
    fits on two lines; long names first wrap, then widen their column, then get cut with "…"."""
    pad = options.header_padding
    size = options.title_font_size

    def fits(width: float) -> bool:
        return len(wrapper.wrap(name, width - 2 * pad, size, True)) <= STAGE_NAME_LINES

    if fits(options.stage_min_width):
        return options.stage_min_width
    if not fits(options.stage_max_width):
        return options.stage_max_width
    low, high = options.stage_min_width, options.stage_max_width
    while high - low > 1.0:  # to the point: a column a point too wide is invisible
        middle = (low + high) / 2
        if fits(middle):
            high = middle
        else:
            low = middle
    return min(options.stage_max_width, float(math.ceil(high)))  # whole points read better


def layout_columns(
    stages: list[Stage],
    widths: list[float],
    options: LayoutOptions,
    wrapper: TextWrapper,
    top: float,
) -> Columns:
    """Columns of `widths` (see `stage_width`) from x = `options.left_width`, and the header
    (phase band + stage row) from y = `top`."""
    pad = options.header_padding
    size = options.title_font_size
    spacing = options.line_spacing
    line = size * spacing
    names = [
        wrapper.wrap(stage.name, width - 2 * pad, size, True, STAGE_NAME_LINES)
        for stage, width in zip(stages, widths, strict=True)
    ]
    most_lines = max((len(lines) for lines in names), default=1)
    row_height = max(options.stage_row_min_height, 2 * pad + most_lines * line)
    phase_height = options.phase_height if any(stage.phase.strip() for stage in stages) else 0.0
    row_top = top + phase_height

    boxes = []
    x = options.left_width
    for index, (stage, width, lines) in enumerate(zip(stages, widths, names, strict=True)):
        rect = Rect(x, row_top, width, row_height)
        # Centred vertically too: a one-line name sits in the middle of a two-line row.
        text_top = row_top + (row_height - len(lines) * line) / 2
        label = place_lines(
            lines, x + pad, text_top, width - 2 * pad, size, spacing, bold=True, centre_with=wrapper
        )
        boxes.append(StageBox(stage.id, index, rect, label, stage.phase))
        x += width

    header = Rect(0.0, top, x, phase_height + row_height)
    phases = _phases(boxes, options, wrapper, top, phase_height) if phase_height else ()
    return Columns(tuple(boxes), phases, header, x)


def _phases(
    stages: list[StageBox], options: LayoutOptions, wrapper: TextWrapper, top: float, height: float
) -> tuple[PhaseBox, ...]:
    # Runs of consecutive stages with the same non-empty phase; a phase name that comes back
    # after another phase is a new box (the map reads left to right).
    runs: list[list[StageBox]] = []
    for box in stages:
        name = box.phase.strip()
        if runs and name and runs[-1][0].phase.strip() == name:
            runs[-1].append(box)
        else:
            runs.append([box])
    size = options.body_font_size
    pad = options.header_padding
    phases = []
    for run in runs:
        name = run[0].phase.strip()
        if not name:
            continue
        left, right = run[0].left, run[-1].right
        rect = Rect(left, top, right - left, height)
        text = wrapper.fit_line(name, rect.width - 2 * pad, size, True)
        line = size * options.line_spacing
        label = place_lines(
            (text,),
            left + pad,
            top + (height - line) / 2,
            rect.width - 2 * pad,
            size,
            options.line_spacing,
            bold=True,
            centre_with=wrapper,
        )
        phases.append(PhaseBox(name, rect, tuple(box.stage_id for box in run), label))
    return tuple(phases)
