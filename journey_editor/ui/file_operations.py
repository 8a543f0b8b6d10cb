"""New, open, save, import and export for the main window, with the questions they need.

Every failure becomes a dialog naming the file and what to do; the open document is never
touched by a failed open, and stays modified after a failed save.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from journey_editor.model.problems import IntegrityError
from journey_editor.persistence import (
    FILE_SUFFIX,
    ProjectFileError,
    ProjectSaveError,
    load_project,
)
from journey_editor.persistence.atomic import atomic_write_bytes
from journey_editor.persistence.formats import FORMATS, ExportOptions, format_for, read_any
from journey_editor.templates import project_from_template, starter_project
from journey_editor.ui import dialogs

if TYPE_CHECKING:
    from journey_editor.ui.main_window import MainWindow

MAP_FILTER = f"Journey maps (*{FILE_SUFFIX})"
IMPORT_FILTER = "Other tools' maps (*.ojf *.mmd *.mermaid *.md *.csv)"
EXPORT_FILTERS = {
    "ojf": "OpenJourney (*.ojf)",
    "mermaid": "Mermaid journey (*.mmd)",
    "csv": "CSV of cards (*.csv)",
}


class FileOperations:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    @property
    def document(self):
        return self.window.document

    # --- leaving the current document ---------------------------------------------------------

    def may_discard_current(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.document.is_modified():
            return True
        answer = dialogs.ask_save_changes(self.window, self.document.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    # --- new and open -------------------------------------------------------------------------

    def new_blank(self) -> None:
        if self.may_discard_current():
            self.document.replace_project(starter_project(self.window.settings.author), None)

    def new_from_template(self, name: str) -> None:
        if self.may_discard_current():
            project = project_from_template(name, author=self.window.settings.author)
            self.document.replace_project(project, None)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open journey map", self._folder(), f"{MAP_FILTER};;All files (*)"
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        if not self.may_discard_current():
            return False
        try:
            project = load_project(path)
        except ProjectFileError as error:
            dialogs.show_error(
                self.window,
                "Cannot open map",
                f"«{Path(path).name}» could not be opened.",
                _explain(error)
                + "\n\nThe map you had open is unchanged. Fix the file in a text editor, "
                "or restore its .bak copy.",
            )
            return False
        self.document.replace_project(project, Path(path))
        self.window.remember_recent(Path(path))
        return True

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Import a map", self._folder(), f"{IMPORT_FILTER};;All files (*)"
        )
        if path and self.may_discard_current():
            try:
                project = read_any(path, format_for(path))
            except (ProjectFileError, ValueError) as error:
                dialogs.show_error(
                    self.window,
                    "Cannot import",
                    f"«{Path(path).name}» could not be imported.",
                    _explain(error),
                )
                return
            self.document.replace_project(project, None)

    # --- save ---------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = self.document.path or Path(self._folder()) / (
            _safe_name(self.document.project.title) + FILE_SUFFIX
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Save journey map as", str(suggested), MAP_FILTER
        )
        if not path:
            return False
        if not path.endswith(FILE_SUFFIX):
            path += FILE_SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except ProjectSaveError as error:
            dialogs.show_error(
                self.window,
                "Cannot save map",
                f"«{path.name}» could not be saved: {error.reason}.",
                "Your changes are still here and the file on disk is unchanged. "
                "Use File → Save As… to save somewhere else.",
            )
            return False
        self.window.remember_recent(path)
        return True

    # --- export to other formats --------------------------------------------------------------

    def export_dialog(self, format_name: str) -> None:
        fmt = FORMATS[format_name]
        stem = _safe_name(self.document.project.title)
        suggested = str(Path(self._folder()) / (stem + fmt.suffixes[0]))
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export map", suggested, EXPORT_FILTERS[format_name]
        )
        if path:
            self.export_to(Path(path), format_name)

    def export_to(self, path: Path, format_name: str) -> list[str]:
        try:
            data, warnings = FORMATS[format_name].write(self.document.project, ExportOptions())
            atomic_write_bytes(path, data, keep_backup=False)
        except (ValueError, IntegrityError, OSError) as error:
            dialogs.show_error(self.window, "Cannot export", f"{path.name}: {error}")
            return []
        if warnings:
            self.window.statusBar().showMessage(
                f"Exported {path.name}; not exported: " + "; ".join(warnings), 15000
            )
        return warnings

    def _folder(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        return str(Path.home())


def _explain(error: Exception) -> str:
    if isinstance(error, ProjectFileError):
        lines = [str(p) for p in error.problems[:8]]
        more = len(error.problems) - len(lines)
        if more > 0:
            lines.append(f"… and {more} more")
        return "\n".join(lines)
    return str(error)


def _safe_name(title: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return "-".join(cleaned.split())[:60] or "journey-map"
