"""Keeping the open map and its file in step: changes made underneath, reload, revert to backup.

News about the file goes to the message bar above the canvas, never a modal: in a workshop a
sync tool bringing in a colleague's copy must not freeze the screen everyone is looking at.
Reload and revert replace the map as one undo step (MapDocument.swap_project), so Undo brings
back the version the user had. A file changed on disk can also be merged into the map (the
version on disk as theirs, the map in the window as mine, the version this computer last had
as the base: merging.py), one undo step too; the map then stays unsaved, and Save writes the
merged map without asking about the newer file (it is in the merge).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from journey_editor.model.project import Project
from journey_editor.persistence import ProjectFileError, backup_path, load_project
from journey_editor.persistence.atomic import backup_exists
from journey_editor.persistence.disk_state import DiskStamp
from journey_editor.persistence.recovery import Counts
from journey_editor.ui import dialogs
from journey_editor.ui.files.load_errors import explain_load_error
from journey_editor.ui.files.merging import MapMerger, conflicts_text
from journey_editor.ui.files.session import FileSession
from journey_editor.ui.host import WindowHost
from journey_editor.ui.message_bar import MessageBar


class FileVerbs(Protocol):
    """What the disk watch needs of the file operations that own it (operations.py), named
    here so that operations.py can import this module without a circle back."""

    host: WindowHost
    session: FileSession
    merger: MapMerger

    def read_map(self, path: Path) -> tuple[Project, DiskStamp] | None: ...
    def read_map_bytes(self, path: Path) -> tuple[Project, bytes, DiskStamp] | None: ...
    def save(self) -> bool: ...
    def save_as(self) -> bool: ...


TOPIC = "disk"


class DiskSync:
    def __init__(self, files: FileVerbs) -> None:
        self.files = files
        self.host = files.host
        session = files.session
        session.changed_on_disk.connect(self._on_changed)
        session.deleted_on_disk.connect(self._on_deleted)
        session.back_in_sync.connect(self._on_back_in_sync)
        self.host.document.path_changed.connect(self._on_path_changed)

    @property
    def bar(self) -> MessageBar:
        return self.host.message_bar

    def refresh_actions(self) -> None:
        """Reload needs a file; Revert to backup needs its .bak beside it."""
        path = self.host.document.path
        self.host.enable_action("reload", path is not None and path.is_file())
        self.host.enable_action("revert_backup", path is not None and backup_exists(path))

    def _on_path_changed(self, _path) -> None:
        self.bar.clear(TOPIC)
        self.refresh_actions()

    # --- news from the disk ------------------------------------------------------------------

    def _on_changed(self) -> None:
        self.refresh_actions()
        path = self.files.session.path
        if path is None:
            return
        if self.host.document.is_modified():
            text = QCoreApplication.translate(
                "DiskSync",
                "«{name}» was changed on disk (a synced or colleague's copy), and you have "
                "unsaved changes here.",
            ).format(name=path.name)
            reload_label = QCoreApplication.translate("DiskSync", "Reload (set mine aside)")
        else:
            text = QCoreApplication.translate(
                "DiskSync",
                "«{name}» was changed on disk (a synced or colleague's copy). Reload to see it.",
            ).format(name=path.name)
            reload_label = QCoreApplication.translate("DiskSync", "Reload")
        self.bar.show_message(
            TOPIC,
            text,
            [
                ("merge", QCoreApplication.translate("DiskSync", "Merge"), self.merge_from_disk),
                ("reload", reload_label, self.reload_from_disk),
                ("keep", QCoreApplication.translate("DiskSync", "Keep mine"), lambda: None),
            ],
        )
        self.bar.button("merge").setToolTip(
            QCoreApplication.translate(
                "DiskSync",
                "Both versions' changes in one map: yours and the ones on disk since you opened "
                "or saved it. Edit → Undo takes the merge back.",
            )
        )
        self.bar.button("reload").setToolTip(
            QCoreApplication.translate(
                "DiskSync", "Show the version on disk; Edit → Undo brings yours back."
            )
        )
        self.bar.button("keep").setToolTip(
            QCoreApplication.translate(
                "DiskSync",
                "Leave the map as it is; Save will ask before overwriting the newer file.",
            )
        )

    def _on_deleted(self) -> None:
        self.refresh_actions()
        path = self.files.session.path
        if path is None:
            return
        self.bar.show_message(
            TOPIC,
            QCoreApplication.translate(
                "DiskSync",
                "«{name}» was deleted or moved away on disk. The map is still here: Save "
                "writes it back.",
            ).format(name=path.name),
            [
                ("save", QCoreApplication.translate("DiskSync", "Save"), self.files.save),
                ("save_as", QCoreApplication.translate("DiskSync", "Save As…"), self.files.save_as),
            ],
        )

    def _on_back_in_sync(self) -> None:
        self.refresh_actions()
        self.bar.clear(TOPIC)

    # --- merge, reload and revert --------------------------------------------------------------

    def merge_from_disk(self) -> bool:
        """Merge the version on disk into the map, as one undo step; the map stays unsaved."""
        path = self.host.document.path
        if path is None:
            return False
        loaded = self.files.read_map_bytes(path)
        if loaded is None:
            return False
        theirs, data, stamp = loaded
        merger = self.files.merger
        merged = merger.merge(self.host.document.project, theirs, path)
        if merged is None:
            return False
        changed = merger.swap(
            merged.result.project,
            QCoreApplication.translate("DiskSync", "Merge the version on disk"),
        )
        # The version on disk is in the map now: Save writes over it without asking, and a
        # later merge may start from it.
        merger.remember(path, data, "merged")
        self.files.session.saved(stamp)
        self.bar.clear(TOPIC)
        if changed:
            text = QCoreApplication.translate(
                "DiskSync",
                "Merged the version of {name} on disk into your map: {conflicts}. Save to keep "
                "the merged map; Edit → Undo takes the merge back.",
            )
        else:
            text = QCoreApplication.translate(
                "DiskSync", "The version of {name} on disk held nothing new: {conflicts}."
            )
        self.host.show_status(text.format(name=path.name, conflicts=conflicts_text(merged)), 20000)
        return True

    def reload_from_disk(self) -> bool:
        """File → Reload from disk: the file's content replaces the map, as one undo step."""
        path = self.host.document.path
        if path is None:
            return False
        loaded = self.files.read_map_bytes(path)
        if loaded is None:
            return False
        project, data, stamp = loaded
        document = self.host.document
        document.swap_project(project, QCoreApplication.translate("DiskSync", "Reload from disk"))
        self.files.merger.remember(path, data, "reloaded")
        document.undo_stack.setClean()  # the map now is what the file holds
        self.files.session.saved(stamp)
        self.bar.clear(TOPIC)
        self.host.show_status(
            QCoreApplication.translate(
                "DiskSync",
                "Reloaded {name} from disk; Edit → Undo brings back the version you had.",
            ).format(name=path.name),
            10000,
        )
        return True

    def revert_to_backup(self) -> bool:
        """File → Revert to backup…: the version before the last save, after a confirmation."""
        path = self.host.document.path
        if path is None:
            return False
        backup = backup_path(path)
        if not backup_exists(path):
            self.refresh_actions()
            self.host.show_status(
                QCoreApplication.translate(
                    "DiskSync", "There is no backup of {name} yet: it is made by the next save."
                ).format(name=path.name),
                8000,
            )
            return False
        try:
            project = load_project(backup)
        except ProjectFileError as error:
            explain_load_error(
                self.host.dialog_parent,
                backup,
                error,
                QCoreApplication.translate("DiskSync", "Cannot revert to backup"),
            )
            return False
        when = dialogs.when(datetime.fromtimestamp(backup.stat().st_mtime, UTC))
        described = QCoreApplication.translate(
            "DiskSync", "{counts}, kept as the backup on {when}"
        ).format(counts=counts(project), when=when)
        if not dialogs.confirm_revert(
            self.host.dialog_parent, path.name, described, counts(self.host.document.project)
        ):
            return False
        self.host.document.swap_project(
            project, QCoreApplication.translate("DiskSync", "Revert to backup")
        )
        return True


def counts(project: Project) -> str:
    from journey_editor.ui.files.recovery_dialog import counts_text  # loads when used

    return counts_text(Counts.of(project))
