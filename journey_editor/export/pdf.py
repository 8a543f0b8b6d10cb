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

from journey_editor.export.font_fallback import missing_groups
from journey_editor.export.page_plan import (
    HINT_GAIN,
    PagePlan,
    Plan,
    fit_scale,
    make_plan,
    orientations_used,
    plan_pages,
)
from journey_editor.export.pdf_options import CUSTOM, DEFAULT_OPTIONS, PdfOptions
from journey_editor.export.pdf_render import ExportCancelled, render_pdf
from journey_editor.export.text_size import smallest_text_size
from journey_editor.export.tile_grid import ScaleProposal, propose_scale
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.layout.figures import decimal, decimal_mark
from journey_editor.model.project import Project
from journey_editor.persistence.atomic import atomic_write_bytes

__all__ = ["ExportCancelled", "PagePlan", "PdfReport", "export_pdf", "plan_pages"]


@dataclass(frozen=True)
class PdfReport:
    pages: int
    warnings: tuple[str, ...]  # for a person: what might disappoint on paper, and what to do
    smallest_text_pt: float  # the smallest map text as printed (0 when the map has no text)
    paper: str = ""  # the paper as used: "A3 landscape", "A4 portrait (auto)" …
    # tile: a scale that drops a nearly empty last row or column of sheets (see warnings)
    proposal: ScaleProposal | None = None


def export_pdf(
    project: Project,
    output: Path | str | BinaryIO,
    options: PdfOptions = DEFAULT_OPTIONS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    report_language: str = "en",
    base: Project | None = None,
) -> PdfReport:
    """Write the handout (the report's warnings in `report_language`, the reader's).
    `progress(done, total)` is called after each page; `cancelled()`
    is asked between pages and raises `ExportCancelled` when it answers True. Raises OSError
    when the file cannot be written (the previous file, if any, is then untouched), and its
    ComparisonFileError when the map to compare with cannot be read (nothing is written). A
    change handout compares with `base` when given (A already read), else with the file
    `options.compare_with`."""
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    plan = make_plan(project, options, base)
    missing: set[str] = set()
    data = render_pdf(project, plan, options, progress, cancelled, missing)
    if isinstance(output, str | Path):
        atomic_write_bytes(Path(output), data, keep_backup=False)
    else:
        output.write(data)
    return make_report(plan, options, report_language, missing)


def printed_text_size(plan: Plan) -> float:
    """The smallest map text as printed, over every map page (inf without any)."""
    smallest = math.inf
    sizes: dict = {}  # per map: the hundreds of tiles of one map look at its texts once
    for page in plan.pages:
        if page.kind in ("map", "tile"):
            size = sizes.get(page.map_key)
            if size is None:
                size = sizes[page.map_key] = smallest_text_size(plan.maps[page.map_key].layout)
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
_SLIVER = {
    "column": QT_TRANSLATE_NOOP(
        "PdfExport",
        "tile: the last column of sheets holds only {share} % of a sheet; at {scale} % the "
        "map prints on {sheets} instead of {current} sheets",
    ),
    "row": QT_TRANSLATE_NOOP(
        "PdfExport",
        "tile: the last row of sheets holds only {share} % of a sheet; at {scale} % the "
        "map prints on {sheets} instead of {current} sheets",
    ),
    "both": QT_TRANSLATE_NOOP(
        "PdfExport",
        "tile: the last row and the last column of sheets hold less than a fifth of a sheet "
        "each; at {scale} % the map prints on {sheets} instead of {current} sheets",
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
    if options.mode != "fit" or options.paper == CUSTOM or options.landscape is None:
        return []  # "auto" has turned the paper already where it is worth it
    turned = replace(options, landscape=not options.landscape)
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
    return [hint.format(gain=decimal(gain, decimal_mark(language)))]


def scale_proposal(plan: Plan, options: PdfOptions) -> ScaleProposal | None:
    """Tile: the scale that saves a nearly empty last row or column (see `tile_grid`)."""
    if options.mode != "tile":
        return None
    sizes = {
        page.map_key: (page.map_bounds.width, page.map_bounds.height)
        for page in plan.pages
        if page.kind == "tile" and page.map_bounds is not None
    }
    return propose_scale(sizes.values(), options)


def proposal_text(proposal: ScaleProposal, language: str = "en") -> str:
    text = translate("PdfExport", _SLIVER[proposal.side], language)
    return text.format(
        share=max(1, math.floor(proposal.share * 100)),  # "19 %", never a rounded-up 20
        scale=f"{proposal.scale * 100:.0f}",
        sheets=proposal.sheets,
        current=proposal.current,
    )


# Characters that print as empty boxes: no font on this computer has them (font_fallback).
_MISSING_WITH_PACKAGE = QT_TRANSLATE_NOOP(
    "PdfExport",
    "no font on this computer has {characters}: they print as empty boxes; "
    "the package {package} (Debian, Ubuntu) adds a font for them",
)
_MISSING = QT_TRANSLATE_NOOP(
    "PdfExport", "no font on this computer has {characters}: they print as empty boxes"
)
SHOWN_MISSING = 12  # characters named in the warning, then "…"


def missing_font_notes(missing: set[str], language: str = "en") -> list[str]:
    """One warning per font package that would add the missing characters."""
    notes = []
    for characters, package in missing_groups(missing):
        shown = " ".join(characters[:SHOWN_MISSING]) + (
            " …" if len(characters) > SHOWN_MISSING else ""
        )
        codes = ", ".join(f"U+{ord(char):04X}" for char in characters[:3])
        named = f"«{shown}» ({codes}{', …' if len(characters) > 3 else ''})"
        if package is None:
            notes.append(translate("PdfExport", _MISSING, language).format(characters=named))
        else:
            text = translate("PdfExport", _MISSING_WITH_PACKAGE, language)
            notes.append(text.format(characters=named, package=package))
    return notes


def make_report(
    plan: Plan, options: PdfOptions, language: str = "en", missing: set[str] | None = None
) -> PdfReport:
    """What the export says: small text, a better paper or scale, and (after rendering, when
    `missing` is given) the characters no font has."""
    smallest = printed_text_size(plan)
    warnings = []
    if math.isfinite(smallest) and smallest < options.min_font_pt:
        text = translate("PdfExport", _SMALL_TEXT[options.mode], language)
        mark = decimal_mark(language)
        minimum = f"{options.min_font_pt:g}".replace(".", mark)
        warnings.append(text.format(size=decimal(smallest, mark), minimum=minimum))
    warnings.extend(orientation_hints(plan, options, language))
    proposal = scale_proposal(plan, options)
    if proposal is not None:
        warnings.append(proposal_text(proposal, language))
    warnings.extend(missing_font_notes(missing or set(), language))
    return PdfReport(
        pages=len(plan.pages),
        warnings=tuple(warnings),
        smallest_text_pt=round(smallest, 2) if math.isfinite(smallest) else 0.0,
        paper=options.describe_paper(orientations_used(plan.pages)),
        proposal=proposal,
    )
