"""The map a handout is compared with (`PdfOptions.compare_with`): read it, diff it.

    base = read_comparison("as-is.journey.json")      # ComparisonFileError names the file
    comparison = compare_printed(base, project, options)

A is read in any format the editor reads (as `journey-editor diff` does: the format's own
reader, so two imports of one file do not differ by their import dates), and kept while the
file is unchanged: the PDF dialog plans its preview on every option change.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from journey_editor.compare import ProjectDiff, diff_projects
from journey_editor.export.change_marks import Badge, change_marks
from journey_editor.export.change_words import ChangeWords, file_name
from journey_editor.export.changes_layout import ChangesPage, layout_changes
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.export.project_views import without_lane_kinds
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.layout import MapLayout, Rect
from journey_editor.model.project import Project
from journey_editor.persistence import ProjectFileError
from journey_editor.persistence.formats import format_for
from journey_editor.persistence.native import os_reason, read_file_bytes


class ComparisonFileError(OSError):
    """The map to compare with cannot be read. An OSError, like a file that cannot be written:
    nothing is written, and the message (`str(error)`) names the file and the reason."""

    def __init__(self, path: str, reasons: list[str]) -> None:
        self.path = path
        self.reasons = reasons
        super().__init__(f"the map to compare with, {path}: " + "; ".join(reasons))


@dataclass(frozen=True)
class Comparison:
    """B (the map printed) against A: the diff of the two maps as printed (the same lanes
    left out of both), and how to name A."""

    base: Project
    diff: ProjectDiff
    label: str  # A's file as given ("as-is.journey.json"), or "" when it has none


_cache: dict[tuple[str, int, int], Project] = {}
_cache_lock = threading.Lock()
CACHED_FILES = 2


def read_comparison(path: str | os.PathLike) -> Project:
    """The map at `path`, in any format the editor reads. Raises ComparisonFileError."""
    name = os.fspath(path)
    try:
        stat = Path(name).stat()
    except OSError as error:
        raise ComparisonFileError(name, [os_reason(error)]) from None
    key = (str(Path(name).resolve()), stat.st_mtime_ns, stat.st_size)
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    try:
        fmt = format_for(name)
        project = fmt.read(read_file_bytes(name), name)
    except ProjectFileError as error:
        raise ComparisonFileError(name, _reasons(error, name)) from None
    except ValueError as error:  # the format cannot be told from the name
        reason = str(error).removeprefix(f"{name}: ")
        raise ComparisonFileError(name, [reason]) from None
    with _cache_lock:
        while len(_cache) >= CACHED_FILES:
            _cache.pop(next(iter(_cache)))
        _cache[key] = project
    return project


def _reasons(error: ProjectFileError, name: str) -> list[str]:
    lines = error.describe().splitlines()
    return [line.removeprefix(f"{error.path}: ").removeprefix(f"{name}: ") for line in lines]


def compare_printed(base: Project, project: Project, options: PdfOptions) -> Comparison:
    """`project` against `base`, both as printed with `options` (hidden lanes left out)."""
    hidden = options.hidden_lane_kinds
    diff = diff_projects(without_lane_kinds(base, hidden), without_lane_kinds(project, hidden))
    return Comparison(base, diff, options.compare_with)


def comparison_for(
    project: Project, options: PdfOptions, base: Project | None = None
) -> Comparison | None:
    """The comparison `options` ask for (None without `compare_with` nor `base`); `base`,
    when given, is A already read (the `diff` command has both maps in hand)."""
    if base is None:
        if not options.compare_with:
            return None
        base = read_comparison(options.compare_with)
    return compare_printed(base, project, options)


def marks_for(layout: MapLayout, comparison: Comparison, language: str) -> tuple[Badge, ...]:
    """The change badges on one map of the handout (the whole map, or a persona's)."""
    return change_marks(layout, comparison.diff, ChangeWords(language)).badges


def change_pages(
    project: Project,
    comparison: Comparison,
    printable: Rect,
    options: PdfOptions,
    language: str,
) -> list[ChangesPage]:
    """The change table pages that follow the maps of a change handout."""
    return layout_changes(
        project.title,
        comparison.base.title,
        comparison.label,
        comparison.diff,
        printable,
        ChangeWords(language),
        options.hidden_lane_kinds,
    )


def changes_note(comparison: Comparison, first_page: int, language: str) -> str:
    """The line under a marked map: what the marks are, and where the list starts."""
    words = ChangeWords(language)
    if comparison.diff.is_empty:
        text = words(
            QT_TRANSLATE_NOOP("PdfChanges", "Compared with {file}: no differences (page {page}).")
        )
    else:
        text = words(
            QT_TRANSLATE_NOOP(
                "PdfChanges",
                "Marked: what changed since {file} (+ new, ~ changed, ↳ moved, − removed); "
                "every change from page {page}.",
            )
        )
    name = file_name(comparison.label) or words.quoted(comparison.base.title)
    return text.format(file=name, page=first_page)
