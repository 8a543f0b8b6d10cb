"""New, open, save, import and export for the main window, with the questions they need.

Every failure becomes a dialog naming the file and what to do; the open document is never
touched by a failed open, and stays modified after a failed save. An open map is locked against
other instances (file_lock), and its file is watched for changes made underneath (disk_sync)
and its folder for sync services' conflict copies (sync_copies). Each version opened or saved
is recorded (merging.MapMerger.remember): the base of a later merge.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from journey_editor.model.problems import IntegrityError
from journey_editor.persistence import (
    FILE_SUFFIX,
    ProjectFileError,
    ProjectSaveError,
    file_lock,
    project_from_bytes,
)
from journey_editor.persistence.atomic import atomic_write_bytes, hard_link_count, is_read_only
from journey_editor.persistence.disk_state import DiskStamp, stamp_bytes, take_stamp
from journey_editor.persistence.file_lock import FileLock, FileLockedError
from journey_editor.persistence.file_names import suggested_stem
from journey_editor.persistence.map_versions import MAX_VERSION_BYTES, Event
from journey_editor.persistence.native import read_file_bytes, save_project
from journey_editor.persistence.to_be import file_sha256, make_to_be, to_be_title
from journey_editor.templates import project_from_template, starter_project
from journey_editor.ui import dialogs
from journey_editor.ui.files.disk_sync import DiskSync
from journey_editor.ui.files.load_errors import explain_load_error
from journey_editor.ui.files.merging import MapMerger
from journey_editor.ui.files.session import FileSession
from journey_editor.ui.files.sync_copies import SyncCopies
from journey_editor.ui.host import WindowHost

if TYPE_CHECKING:
    from journey_editor.model.project import Project


class FileOperations:
    # True while the editor starts (ui/shell/app.py): the version of a map handed in is then
    # recorded by record_start_version after the first frame (a hash and a write of the
    # whole file, with fsync), not before it. Its stamp is taken at once all the same.
    defer_start_records = False

    def __init__(self, host: WindowHost) -> None:
        self.host = host
        self.session = FileSession(host.dialog_parent)
        self.merger = MapMerger(host)
        self._start_version: tuple[Path, bytes] | None = None
        path = host.document.path
        if path is not None:
            # A map handed in already loaded (tests, recovery): watch it; the lock is claimed
            # by claim_start_file when the window is shown at start.
            self.session.begin(path, None, self._record_opened(path))
        host.document.path_changed.connect(self._on_path_changed)
        self.disk = DiskSync(self)
        self.sync_copies = SyncCopies(host, self.session, self.merger)
        if path is not None:
            self.sync_copies.look_soon()  # copies left while the editor was closed

    @property
    def document(self):
        return self.host.document

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def _on_path_changed(self, path: Path | None) -> None:
        # Whoever replaced the map (new, import, recovery), the old file's lock goes with it.
        if path != self.session.path:
            self.session.end()

    def close_session(self) -> None:
        """The window closes: let other instances open the map freely again."""
        self.session.end()

    # --- leaving the current document ---------------------------------------------------------

    def may_discard_current(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.document.is_modified():
            return True
        answer = dialogs.ask_save_changes(self.host.dialog_parent, self.document.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    # --- new and open -------------------------------------------------------------------------

    def new_blank(self) -> None:
        if self.may_discard_current():
            self.document.replace_project(starter_project(self.host.settings.author), None)

    def new_from_template(self, name: str) -> None:
        if self.may_discard_current():
            project = project_from_template(name, author=self.host.settings.author)
            self.document.replace_project(project, None)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.host.dialog_parent,
            QCoreApplication.translate("FileOperations", "Open journey map"),
            self._folder(),
            QCoreApplication.translate(
                "FileOperations", "Journey maps (*{suffix});;All files (*)"
            ).format(suffix=FILE_SUFFIX),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a map file (File → Open, recent files): check it, lock it, show it."""
        path = Path(path)
        if not self.may_discard_current():
            return False
        loaded = self.read_map_bytes(path)
        if loaded is None:
            return False
        project, data, stamp = loaded
        if self.session.owns_lock_for(path):
            lock: FileLock | None = self.session.lock  # opening our own file again: keep it
            read_only = False
        else:
            claimed = self._claim(path)
            if claimed is None:
                return False
            if claimed == "copy":
                self._show_copy(project, path)
                return True
            lock, read_only = claimed
        self.document.replace_project(project, path)
        self.merger.remember(path, data, "opened")
        self.session.begin(path, lock, stamp, read_only)
        self.host.remember_recent(path)
        self._tell_about_lock(path, lock, read_only)
        return True

    def claim_start_file(self) -> None:
        """The map given on the command line was loaded before the window existed: lock it
        now, asking what to do when another instance has it open."""
        path = self.document.path
        if path is None or self.session.owns_lock_for(path):
            return
        claimed = self._claim(path)
        if claimed is None and not self.document.is_modified():
            # Cancelled: nothing of that map may be saved over it; start on a blank map.
            self.document.replace_project(starter_project(self.host.settings.author), None)
            return
        if claimed is None or claimed == "copy":
            # A recovered copy's changes must survive even a Cancel: keep them (and their
            # undo history and modified state), untitled.
            self.document.path = None
            self.document.path_changed.emit(None)
            self._status(
                QCoreApplication.translate(
                    "FileOperations", "Opened a copy of {name}: it is saved only under a new name."
                ).format(name=path.name)
            )
            return
        lock, read_only = claimed
        self.session.begin(path, lock, self.session.stamp or take_stamp(path), read_only)
        self._tell_about_lock(path, lock, read_only)

    def read_map(self, path: Path) -> tuple[Project, DiskStamp] | None:
        """Load a map file, or explain in a dialog why not (None)."""
        loaded = self.read_map_bytes(path)
        return (loaded[0], loaded[2]) if loaded is not None else None

    def read_map_bytes(self, path: Path) -> tuple[Project, bytes, DiskStamp] | None:
        """Load a map file (its map, bytes and stamp), or explain in a dialog why not (None)."""
        try:
            data = read_file_bytes(path)
            project = project_from_bytes(data, str(path))
        except ProjectFileError as error:
            explain_load_error(self.host.dialog_parent, path, error)
            return None
        return project, data, stamp_bytes(path, data)

    def _claim(self, path: Path):
        """(lock or None, read_only), "copy", or None when the user cancelled."""
        try:
            return file_lock.acquire(path), False
        except FileLockedError as locked:
            answer = dialogs.ask_locked(
                self.host.dialog_parent, path.name, locked.owner, locked.alive
            )
        if answer == "read_only":
            return None, True
        if answer == "copy":
            return "copy"
        return None

    def _show_copy(self, project: Project, path: Path) -> None:
        self.document.replace_project(project, None)
        self._status(
            QCoreApplication.translate(
                "FileOperations", "Opened a copy of {name}: it is saved only under a new name."
            ).format(name=path.name)
        )

    def _tell_about_lock(self, path: Path, lock: FileLock | None, read_only: bool) -> None:
        if read_only:
            self._status(
                QCoreApplication.translate(
                    "FileOperations", "{name} is open read-only: another instance has it open."
                ).format(name=path.name)
            )
        elif lock is None and file_lock.lock_name_too_long(path):
            self._status(
                QCoreApplication.translate(
                    "FileOperations",
                    "The name of {name} is too long for a lock file beside it: other "
                    "instances will not know it is open here.",
                ).format(name=path.name)
            )
        elif lock is None:
            self._status(
                QCoreApplication.translate(
                    "FileOperations",
                    "No lock file could be written beside {name} (read-only folder?): "
                    "other instances will not know it is open here.",
                ).format(name=path.name)
            )

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.host.dialog_parent,
            QCoreApplication.translate("FileOperations", "Import a map"),
            self._folder(),
            QCoreApplication.translate(
                "FileOperations",
                "Other tools' maps (*.ojf *.mmd *.mermaid *.md *.csv);;All files (*)",
            ),
        )
        if path and self.may_discard_current():
            try:
                from journey_editor.persistence.formats import format_for, read_any

                project = read_any(path, format_for(path))
            except ProjectFileError as error:
                explain_load_error(
                    self.host.dialog_parent,
                    Path(path),
                    error,
                    QCoreApplication.translate("FileOperations", "Cannot import"),
                )
                return
            except ValueError as error:
                dialogs.show_error(
                    self.host.dialog_parent,
                    QCoreApplication.translate("FileOperations", "Cannot import"),
                    QCoreApplication.translate(
                        "FileOperations", "«{name}» could not be imported."
                    ).format(name=Path(path).name),
                    str(error),
                )
                return
            self.document.replace_project(project, None)

    # --- save ---------------------------------------------------------------------------------

    def save(self) -> bool:
        if not self._conflicts_may_stay():
            return False
        path = self.document.path
        if path is None:
            return self.save_as(asked=True)
        if self.read_only:
            self._status(
                QCoreApplication.translate(
                    "FileOperations",
                    "{name} is open read-only (another instance has it): save it under a new name.",
                ).format(name=path.name)
            )
            return self.save_as(asked=True)
        if self._newer_on_disk(path):
            answer = dialogs.ask_overwrite_newer(self.host.dialog_parent, path.name)
            if answer == "save_as":
                return self.save_as(asked=True)
            if answer != "overwrite":
                return False
        return self._save_to(path)

    def _conflicts_may_stay(self) -> bool:
        """With merge conflicts left, ask first: keep them listed in the file (True), or
        resolve them first (False: the conflicts panel shows)."""
        count = len(self.document.project.conflicts)
        if not count:
            return True
        if dialogs.ask_save_with_conflicts(self.host.dialog_parent, count) == "keep":
            return True
        self.host.show_conflicts()
        return False

    def save_as(self, asked: bool = False) -> bool:
        """Save under a name the user chooses (`asked`: the conflicts question was answered)."""
        if not asked and not self._conflicts_may_stay():
            return False
        suggested = self.document.path or Path(self._folder()) / (
            suggested_stem(self.document.project.title) + FILE_SUFFIX
        )
        path, _ = QFileDialog.getSaveFileName(
            self.host.dialog_parent,
            QCoreApplication.translate("FileOperations", "Save journey map as"),
            str(suggested),
            QCoreApplication.translate("FileOperations", "Journey maps (*{suffix})").format(
                suffix=FILE_SUFFIX
            ),
        )
        if not path:
            return False
        if not path.endswith(FILE_SUFFIX):
            path += FILE_SUFFIX
        return self._save_to(Path(path))

    def _newer_on_disk(self, path: Path) -> bool:
        """The file holds content we neither loaded nor wrote (a deleted file is simply
        written again)."""
        if self.session.path != path or self.session.stamp is None:
            return False
        now = take_stamp(path)
        return now is not None and now.sha256 != self.session.stamp.sha256

    def _save_to(self, path: Path) -> bool:
        if is_read_only(path):
            # Someone made the file read-only on purpose: replacing it needs a yes.
            answer = dialogs.ask_overwrite_read_only(self.host.dialog_parent, path.name)
            if answer == "save_as":
                return self.save_as(asked=True)
            if answer != "overwrite":
                return False
        names = hard_link_count(path)
        same_file = path == self.session.path and not self.read_only
        new_lock: FileLock | None = None
        if not same_file:
            claimed, new_lock = self._claim_for_saving(path)
            if not claimed:
                return False
        try:
            self.document.save(path)
        except ProjectSaveError as error:
            if new_lock is not None:
                new_lock.release()
            return self._save_failed(path, error)
        stamp = self._record_saved(path)
        if same_file:
            self.session.saved(stamp)
        else:
            self.session.begin(path, new_lock, stamp)
        self.host.remember_recent(path)
        self.disk.refresh_actions()
        if names > 1:
            # The atomic save gave this name a new file; the other names keep the old one.
            self._status(
                QCoreApplication.translate(
                    "FileOperations",
                    "{name} had other names (hard links): they keep the previous version.",
                ).format(name=path.name),
                15000,
            )
        return True

    def _record_saved(self, path: Path) -> DiskStamp | None:
        """The stamp of the file just written, whose bytes are recorded as a version of it."""
        return self._record(path, "saved")

    def _record_opened(self, path: Path) -> DiskStamp | None:
        return self._record(path, "opened", later=self.defer_start_records)

    def _record(self, path: Path, event: Event, later: bool = False) -> DiskStamp | None:
        try:
            data = read_file_bytes(path)
        except ProjectFileError:
            return take_stamp(path)
        if later:
            # The bytes read now are recorded after the frame; too big a map is never recorded
            # (map_versions), so its bytes are not kept waiting for nothing.
            if len(data) <= MAX_VERSION_BYTES:
                self._start_version = (path, data)
        else:
            self.merger.remember(path, data, event)
        return stamp_bytes(path, data)

    def record_start_version(self) -> None:
        """Record the version of the map handed in at start, put off until the window showed
        (defer_start_records); nothing when there is none or it is done."""
        pending, self._start_version = self._start_version, None
        if pending is not None:
            self.merger.remember(pending[0], pending[1], "opened")

    def _claim_for_saving(self, path: Path) -> tuple[bool, FileLock | None]:
        """Lock a file we are about to write under a new name: (True, the lock or None when no
        lock file can be written there), or (False, None) when another instance has it open
        (said in a dialog)."""
        try:
            return True, file_lock.acquire(path)
        except FileLockedError as locked:
            dialogs.show_error(
                self.host.dialog_parent,
                QCoreApplication.translate("FileOperations", "Cannot save map"),
                dialogs.locked_message(path.name, locked.owner, locked.alive),
                QCoreApplication.translate(
                    "FileOperations",
                    "Saving over it would destroy the other instance's version. Choose "
                    "another name with File → Save As….",
                ),
            )
            return False, None

    def _save_failed(self, path: Path, error: ProjectSaveError) -> bool:
        message = QCoreApplication.translate(
            "FileOperations", "«{name}» could not be saved: {reason}."
        ).format(name=path.name, reason=error.reason)
        advice = QCoreApplication.translate(
            "FileOperations",
            "Your changes are still here and the file on disk is unchanged. "
            "Save As… saves them somewhere else (another folder or disk).",
        )
        if dialogs.ask_after_save_failure(self.host.dialog_parent, message, advice) == "save_as":
            return self.save_as(asked=True)
        return False

    # --- as-is and to-be -----------------------------------------------------------------------

    def save_as_to_be(self) -> bool:
        """File → Save as to-be…: write a copy of this map that keeps every id and names this
        map's file, as saved on disk, as its as-is (persistence/to_be.py); the window then
        edits the to-be. Unsaved changes are saved first, or nothing happens."""
        if self.document.path is None or self.document.is_modified():
            answer = dialogs.ask_save_before_to_be(
                self.host.dialog_parent, self.document.display_name(), self.document.path is None
            )
            if answer != "save" or not self.save():
                return False
        as_is = self.document.path
        assert as_is is not None
        try:
            data = read_file_bytes(as_is)
        except ProjectFileError as error:
            explain_load_error(self.host.dialog_parent, as_is, error, self._to_be_title())
            return False
        stamp = self.session.stamp if self.session.path == as_is else None
        if stamp is not None and file_sha256(data) != stamp.sha256:
            # The file is no longer the map shown here: the to-be would name another as-is.
            dialogs.show_error(
                self.host.dialog_parent,
                self._to_be_title(),
                QCoreApplication.translate(
                    "FileOperations", "«{name}» was changed on disk since you opened or saved it."
                ).format(name=as_is.name),
                QCoreApplication.translate(
                    "FileOperations",
                    "The to-be must name the as-is you see. Reload it from disk, or save "
                    "yours over it, then save as to-be again.",
                ),
            )
            return False
        to_be = make_to_be(self.document.project, as_is.name, data)
        target = self._ask_to_be_path(as_is, to_be)
        if target is None:
            return False
        return self._write_to_be(to_be, target, as_is)

    def _ask_to_be_path(self, as_is: Path, to_be: Project) -> Path | None:
        stem = as_is.name.removesuffix(FILE_SUFFIX)
        suggested = as_is.parent / (suggested_stem(to_be_title(stem, to_be.locale)) + FILE_SUFFIX)
        while True:
            target = self._ask_to_be_name(as_is, suggested)
            if target is None or not is_read_only(target):
                return target
            # As Save does: a file someone made read-only is replaced only with a yes.
            answer = dialogs.ask_overwrite_read_only(self.host.dialog_parent, target.name)
            if answer == "overwrite":
                return target
            if answer != "save_as":
                return None
            suggested = target

    def _ask_to_be_name(self, as_is: Path, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.host.dialog_parent,
            QCoreApplication.translate("FileOperations", "Save the to-be as"),
            str(suggested),
            QCoreApplication.translate("FileOperations", "Journey maps (*{suffix})").format(
                suffix=FILE_SUFFIX
            ),
        )
        if not path:
            return None
        if not path.endswith(FILE_SUFFIX):
            path += FILE_SUFFIX
        target = Path(path)
        if target.resolve() == as_is.resolve():
            dialogs.show_error(
                self.host.dialog_parent,
                self._to_be_title(),
                QCoreApplication.translate(
                    "FileOperations", "The to-be cannot be saved over its as-is «{name}»."
                ).format(name=as_is.name),
                QCoreApplication.translate(
                    "FileOperations", "Choose another name: both maps are kept, side by side."
                ),
            )
            return None
        return target

    def _write_to_be(self, to_be: Project, target: Path, as_is: Path) -> bool:
        """Write the to-be, then make it the window's map (the as-is stays as saved)."""
        claimed, lock = self._claim_for_saving(target)
        if not claimed:
            return False
        try:
            save_project(to_be, target)
        except ProjectSaveError as error:
            if lock is not None:
                lock.release()
            dialogs.show_error(
                self.host.dialog_parent,
                self._to_be_title(),
                QCoreApplication.translate(
                    "FileOperations", "«{name}» could not be saved: {reason}."
                ).format(name=target.name, reason=error.reason),
                QCoreApplication.translate(
                    "FileOperations", "«{name}» is still open, as saved."
                ).format(name=as_is.name),
            )
            return False
        self.document.replace_project(to_be, target)
        self.session.begin(target, lock, take_stamp(target))
        self.host.remember_recent(target)
        self.disk.refresh_actions()
        self._status(
            QCoreApplication.translate(
                "FileOperations", "Saved {name}, the to-be of {as_is}: you are now editing it."
            ).format(name=target.name, as_is=as_is.name)
        )
        return True

    @staticmethod
    def _to_be_title() -> str:
        return QCoreApplication.translate("FileOperations", "Cannot save as to-be")

    # --- export to other formats --------------------------------------------------------------

    def export_dialog(self, format_name: str) -> None:
        from journey_editor.persistence.formats import FORMATS  # the converters, when used

        fmt = FORMATS[format_name]
        stem = suggested_stem(self.document.project.title)
        suggested = str(Path(self._folder()) / (stem + fmt.suffixes[0]))
        filters = {
            "ojf": QCoreApplication.translate("FileOperations", "OpenJourney (*.ojf)"),
            "mermaid": QCoreApplication.translate("FileOperations", "Mermaid journey (*.mmd)"),
            "csv": QCoreApplication.translate("FileOperations", "CSV of cards (*.csv)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self.host.dialog_parent,
            QCoreApplication.translate("FileOperations", "Export map"),
            suggested,
            filters[format_name],
        )
        if path:
            self.export_to(Path(path), format_name)

    def export_to(self, path: Path, format_name: str) -> list[str]:
        from journey_editor.persistence.formats import FORMATS, ExportOptions

        try:
            data, warnings = FORMATS[format_name].write(self.document.project, ExportOptions())
            atomic_write_bytes(path, data, keep_backup=False)
        except (ValueError, IntegrityError, OSError) as error:
            dialogs.show_error(
                self.host.dialog_parent,
                QCoreApplication.translate("FileOperations", "Cannot export"),
                QCoreApplication.translate(
                    "FileOperations", "«{name}» could not be written."
                ).format(name=path.name),
                str(error),
            )
            return []
        if warnings:
            self._status(
                QCoreApplication.translate(
                    "FileOperations", "Exported {name}; not exported: {what}"
                ).format(name=path.name, what="; ".join(warnings)),
                15000,
            )
        return warnings

    # --- helpers ------------------------------------------------------------------------------

    def _status(self, text: str, msecs: int = 10000) -> None:
        self.host.show_status(text, msecs)

    def _folder(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        return str(Path.home())
