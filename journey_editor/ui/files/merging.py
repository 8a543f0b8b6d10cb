"""Merging another copy of the open map into it: a sync service's conflict copy, or the file
changed on disk underneath. Shared by sync_copies.py and disk_sync.py.

Mine is the map in the window (saved or not), theirs the other copy, and the base the version
both descend from: the newest of the versions this computer had of the map (the record in the
recovery folder, persistence/map_versions.py) that theirs also holds (compare/base_choice.py);
with no record of this map (a map last opened before this feature, a record cleared), the
`.bak` beside it when it is a version of the same map; with neither, a two-way merge where
every difference is a conflict (compare/two_way.py).

The merged map replaces the one in the window as ONE undo step (MapDocument.swap_project, like
Reload and Revert to backup), stays unsaved, and keeps the conflicts recorded in it for the
conflicts panel; the status line says how many are left.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.problems import IntegrityError
from journey_editor.model.project import Project
from journey_editor.persistence import ProjectFileError, backup_path, load_project
from journey_editor.persistence.atomic import backup_exists
from journey_editor.persistence.map_versions import Event, MapVersions
from journey_editor.persistence.native import project_from_bytes, project_to_bytes
from journey_editor.settings import recovery_folder
from journey_editor.ui import dialogs
from journey_editor.ui.host import WindowHost
from journey_editor.ui.plurals import translate_count

if TYPE_CHECKING:
    from journey_editor.compare import MergeResult

log = logging.getLogger(__name__)

CONFLICTS_LEFT = (
    QT_TRANSLATE_NOOP("Merging", "%n conflict to resolve"),
    QT_TRANSLATE_NOOP("Merging", "%n conflicts to resolve"),
)


# What a merge of two valid maps can still raise (merge.py, apply.py, the save check): said in a
# dialog, never a traceback. DiffApplyError is added when the merge engine loads.
_MERGE_ERRORS = (IntegrityError, ProjectFileError, ValueError, RuntimeError)


@dataclass(frozen=True)
class Merged:
    """What a merge did: its result, the base it used, and whether the map changed."""

    result: MergeResult  # compare.merge's (imported for type checkers only)
    base: str  # "recorded", "backup" or "none"
    changed: bool

    @property
    def conflicts_left(self) -> int:
        return len(self.result.project.conflicts)


class MapMerger:
    def __init__(self, host: WindowHost) -> None:
        self.host = host

    @property
    def versions(self) -> MapVersions:
        # The folder is looked up when used: tests and the packaged app point it elsewhere.
        return MapVersions(recovery_folder())

    def remember(self, path: Path | None, data: bytes | None, event: Event) -> None:
        """This computer had `data` in the map file `path` (opened, saved, reloaded, merged)."""
        if path is not None and data is not None:
            self.versions.remember(path, data, event)

    def is_own_map(self, path: Path) -> bool:
        return self.versions.knows(path)

    # --- merging -------------------------------------------------------------------------------

    def merge(self, mine: Project, theirs: Project, source: Path) -> Merged | None:
        """`theirs` (read from `source`) merged into `mine`, a version of the open map; None
        (after a dialog naming the file) when it cannot be merged. Nothing is changed: the
        caller puts the result in the window (`swap`)."""
        if theirs.id != mine.id:
            self._cannot(
                source,
                QCoreApplication.translate(
                    "Merging",
                    "It is another map (its id is «{theirs}», the open map's «{mine}»): only "
                    "two copies of one map can be merged.",
                ).format(theirs=theirs.id, mine=mine.id),
            )
            return None
        # A 5,000-card map takes about a second and a half (reading the recorded versions,
        # choosing the base, merging): show that the editor is working.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            merged = self._merge(mine, theirs, source)
        finally:
            QApplication.restoreOverrideCursor()
        if isinstance(merged, str):
            self._cannot(source, merged)
            return None
        return merged

    def _merge(self, mine: Project, theirs: Project, source: Path) -> Merged | str:
        """The merge, or why it failed."""
        # The merge engine loads when a merge is first asked for, not before the first frame.
        from journey_editor.compare import DiffApplyError, merge_projects
        from journey_editor.compare.base_choice import fork_version
        from journey_editor.compare.two_way import merge_without_base

        line, base_kind = self._line(self.host.document.path, mine.id)
        try:
            if line:
                result = merge_projects(line[fork_version(line, theirs, mine) or 0], mine, theirs)
            else:
                result = merge_without_base(mine, theirs)
            # Never put in the window a map that could not be saved and reopened.
            project_from_bytes(project_to_bytes(result.project), source.name)
        except (DiffApplyError, *_MERGE_ERRORS) as error:
            log.exception("merge of %s failed", source)
            return str(error)
        return Merged(result, base_kind, result.project != mine)

    def swap(self, project: Project, label: str) -> bool:
        """Put the merged map in the window as one undo step; False when it is the map there."""
        document = self.host.document
        if project == document.project:
            return False
        document.swap_project(project, label)
        return True

    def _line(self, path: Path | None, project_id: str) -> tuple[list[Project], str]:
        """The versions this computer had of the map, oldest first, and where they came from."""
        if path is None:
            return [], "none"
        recorded = [project for _version, project in self.versions.projects(path, project_id)]
        if recorded:
            return list(reversed(recorded)), "recorded"
        if backup_exists(path):
            try:
                backup = load_project(backup_path(path))
            except ProjectFileError:
                return [], "none"
            if backup.id == project_id:
                return [backup], "backup"
        return [], "none"

    def _cannot(self, source: Path, reason: str) -> None:
        dialogs.show_error(
            self.host.dialog_parent,
            QCoreApplication.translate("Merging", "Cannot merge"),
            QCoreApplication.translate(
                "Merging", "«{name}» could not be merged into the open map."
            ).format(name=source.name),
            reason
            + "\n"
            + QCoreApplication.translate("Merging", "The map you had open is unchanged."),
        )


def conflicts_text(merged: Merged) -> str:
    """`2 conflicts to resolve` / `no conflict`, and where the base came from when it is not
    this computer's record."""
    count = merged.conflicts_left
    if count:
        text = translate_count("Merging", *CONFLICTS_LEFT, count)
    else:
        text = QCoreApplication.translate("Merging", "no conflict")
    if merged.base == "backup":
        text += QCoreApplication.translate("Merging", " (merged from the backup beside the map)")
    elif merged.base == "none":
        text += QCoreApplication.translate(
            "Merging", " (no common version found: every difference is a conflict)"
        )
    return text
