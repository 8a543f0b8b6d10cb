"""The open map's hold on its file: our lock, read-only mode, and a watch on the disk.

The watch covers the file and its folder: sync tools replace a file atomically (write a temp
file, rename it over), which drops the watched inode, so the folder's change is what tells us.
Events are gathered for a moment and the content is then compared with the stamp taken at
load / save, so our own saves, backups, lock files and mere touches raise nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from journey_editor.persistence.disk_state import DiskStamp, take_stamp
from journey_editor.persistence.file_lock import FileLock

SETTLE_MS = 300  # a sync tool writes, renames and touches in bursts: look once it is quiet


class FileSession(QObject):
    changed_on_disk = Signal()  # new content, different from what we loaded/saved
    deleted_on_disk = Signal()  # the file is gone (moved, deleted, stick pulled)
    back_in_sync = Signal()  # the disk again holds what we loaded/saved
    state_changed = Signal()  # another file, or read-only mode changed (the title says so)
    looked = Signal()  # the file and its folder were looked at after a change (sync_copies.py)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.lock: FileLock | None = None
        self.read_only = False
        self.stamp: DiskStamp | None = None
        self._told: str | None = None  # the disk state the user was last told about
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._soon)
        self._watcher.directoryChanged.connect(self._soon)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check_disk)

    # --- holding a file --------------------------------------------------------------------

    def begin(
        self, path: Path | None, lock: FileLock | None, stamp: DiskStamp | None, read_only=False
    ) -> None:
        """Hold `path` (None for an untitled map), releasing the previous file's lock unless
        it is the same lock carried over."""
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.path, self.lock, self.stamp, self.read_only = path, lock, stamp, read_only
        self._told = None
        self._watch()
        self.state_changed.emit()

    def end(self) -> None:
        self.begin(None, None, None)

    def saved(self, stamp: DiskStamp | None) -> None:
        """We wrote the file: it now holds our version, and whatever we warned about is gone."""
        self.stamp = stamp
        self._told = None
        self._watch()

    def owns_lock_for(self, path: Path) -> bool:
        return self.lock is not None and not self.lock.released and self.lock.path == path

    # --- watching ----------------------------------------------------------------------------

    def _watch(self) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if self.path is None:
            self._settle.stop()
            return
        targets = [str(self.path.parent)]
        if self.path.exists():
            targets.append(str(self.path))
        self._watcher.addPaths(targets)

    def _soon(self, *_args) -> None:
        self._settle.start()

    def check_disk(self) -> None:
        """Compare the disk with our stamp and tell the user once per new state."""
        if self.path is None:
            return
        try:
            self._check_file()
        finally:
            self.looked.emit()  # the folder changed: a sync service's copy may have come

    def _check_file(self) -> None:
        assert self.path is not None
        if str(self.path) not in self._watcher.files() and self.path.exists():
            self._watcher.addPath(str(self.path))  # re-watch after an atomic replacement
        now = take_stamp(self.path)
        state = "deleted" if now is None else now.sha256
        if self.stamp is not None and now is not None and now.sha256 == self.stamp.sha256:
            if self._told is not None:
                self._told = None
                self.back_in_sync.emit()
            return
        if self.stamp is None and now is None:
            return  # never saved and still not there: nothing happened
        if state == self._told:
            return
        self._told = state
        if now is None:
            self.deleted_on_disk.emit()
        else:
            self.changed_on_disk.emit()
