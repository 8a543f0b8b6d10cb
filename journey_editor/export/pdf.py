"""The PDF handout: `export_pdf(project, output, options)`.

    report = export_pdf(project, Path("map.pdf"), PdfOptions(paper="A3", mode="fit"))
    report.pages, report.warnings, report.smallest_text_pt

Vector, drawn from the same `MapLayout` as the canvas (`compute_layout` with the title block
and legend), text in the embedded DejaVu Sans (selectable and searchable), one bookmark per
persona, reproducible bytes. The file is written atomically: the PDF is built in memory and
only then replaces `output` (temporary file in the same folder, fsync, rename), so a failed
or cancelled export never leaves half a PDF, nor touches an existing file.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from journey_editor.export.page_plan import (
    PagePlan,
    Plan,
    make_plan,
    plan_pages,
    printable_area,
)
from journey_editor.export.pdf_options import CUSTOM, DEFAULT_OPTIONS, PdfOptions
from journey_editor.export.pdf_render import ExportCancelled, render_pdf
from journey_editor.export.text_size import smallest_text_size
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.model.project import Project
from journey_editor.persistence.atomic import atomic_write_bytes

HINT_GAIN = 1.2  # below this, turning the paper is not worth a warning

__all__ = ["ExportCancelled", "PagePlan", "PdfReport", "export_pdf", "plan_pages"]


@dataclass(frozen=True)
class PdfReport:
    pages: int
    warnings: tuple[str, ...]  # for a person: what might disappoint on paper, and what to do
    smallest_text_pt: float  # the smallest map text as printed (0 when the map has no text)


def export_pdf(
    project: Project,
    output: Path | str | BinaryIO,
    options: PdfOptions = DEFAULT_OPTIONS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    report_language: str = "en",
) -> PdfReport:
    """Write the handout (the report's warnings in `report_language`, the reader's).
    `progress(done, total)` is called after each page; `cancelled()`
    is asked between pages and raises `ExportCancelled` when it answers True. Raises OSError
    when the file cannot be written (the previous file, if any, is then untouched)."""
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    plan = make_plan(project, options)
    data = render_pdf(project, plan, options, progress, cancelled)
    if isinstance(output, str | Path):
        atomic_write_bytes(Path(output), data, keep_backup=False)
    else:
        output.write(data)
    return make_report(plan, options, report_language)


def printed_text_size(plan: Plan) -> float:
    """The smallest map text as printed, over every map page (inf without any)."""
    smallest = math.inf
    for page in plan.pages:
        if page.kind in ("map", "tile"):
            size = smallest_text_size(plan.maps[page.map_key].layout)
            smallest = min(smallest, size * page.scale)
    return smallest


# Warnings for the person exporting (the CLI's stderr, the dialog), in their language.
_SMALL_TEXT = {
    "fit": QT_TRANSLATE_NOOP(
        "PdfExport",
        "fit: the smallest text prints at {size} pt (below {minimum} pt); "
        "use a larger paper or tile",
    ),
    "tile": QT_TRANSLATE_NOOP(
        "PdfExport",
        "tile: the smallest text prints at {size} pt (below {minimum} pt); use a larger scale",
    ),
}
_TURN_PAPER = {
    "portrait": QT_TRANSLATE_NOOP(
        "PdfExport", "fit: portrait paper would print the map {gain}× larger"
    ),
    "landscape": QT_TRANSLATE_NOOP(
        "PdfExport", "fit: landscape paper would print the map {gain}× larger"
    ),
}


def orientation_hints(plan: Plan, options: PdfOptions, language: str = "en") -> list[str]:
    """Fit on a named paper: say so when turning the paper would print the map much larger
    (a tall map fitted on landscape paper comes out small)."""
    if options.mode != "fit" or options.paper == CUSTOM:
        return []
    turned = replace(options, landscape=not options.landscape)

    def fit_scale(opts: PdfOptions, width: float, height: float) -> float:
        area = printable_area(opts)
        return min(area.width / width, area.height / height)

    gains = [
        fit_scale(turned, w, h) / fit_scale(options, w, h)
        for w, h in (
            (max(job.layout.width, 1.0), max(job.layout.height, 1.0)) for job in plan.maps.values()
        )
    ]
    gain = min(gains, default=1.0)
    if gain < HINT_GAIN:
        return []
    other = "portrait" if options.landscape else "landscape"
    hint = translate("PdfExport", _TURN_PAPER[other], language)
    return [hint.format(gain=f"{gain:.1f}")]


def make_report(plan: Plan, options: PdfOptions, language: str = "en") -> PdfReport:
    smallest = printed_text_size(plan)
    warnings = []
    if math.isfinite(smallest) and smallest < options.min_font_pt:
        text = translate("PdfExport", _SMALL_TEXT[options.mode], language)
        warnings.append(text.format(size=f"{smallest:.1f}", minimum=f"{options.min_font_pt:g}"))
    warnings.extend(orientation_hints(plan, options, language))
    return PdfReport(
        pages=len(plan.pages),
        warnings=tuple(warnings),
        smallest_text_pt=round(smallest, 2) if math.isfinite(smallest) else 0.0,
    )
