"""Autosave: while a map has unsaved changes, keep a recovery copy of it in the recovery folder.

One controller per window. Every `interval` seconds, if the map changed since the last copy, the
project is serialised on the UI thread (copy_bytes: the model must not change while it is
read) and the bytes are written by one worker thread (fsync can take tens of milliseconds on a
slow disk, and the UI must not stutter). Big edits — deleting a persona, stage or lane, replacing
the whole map, or a change touching many cards — get a copy at once. When the map becomes clean
(saved, or undone back to the saved state) the copy is removed; a clean close removes it too.

The worker runs jobs in order, so a removal queued after a write is never overtaken by it.
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from journey_editor.edits import Batch, Change, RestoreLane, RestorePersona, RestoreStage
from journey_editor.persistence.native import copy_bytes, repaired_text
from journey_editor.persistence.recovery import Reason, RecoveryStore, new_key
from journey_editor.settings import Settings
from journey_editor.ui.editing.document import MapDocument

log = logging.getLogger(__name__)

# A change touching this many objects (cards moved, pasted, deleted together) is "big".
BIG_CHANGE_OBJECTS = 20
_REMOVAL_INVERSES = (RestorePersona, RestoreStage, RestoreLane)


def is_big_change(change: Change) -> bool:
    """Worth a copy right away: a removal of a band or column, or many objects at once."""
    return len(change.touched) >= BIG_CHANGE_OBJECTS or _undoes_a_removal(change.inverse)


def _undoes_a_removal(edit: object) -> bool:
    # The inverse of a deletion is its Restore*: that is how a removal shows in a Change.
    if isinstance(edit, Batch):
        return any(_undoes_a_removal(inner) for inner in edit.edits)
    return isinstance(edit, _REMOVAL_INVERSES)


class AutosaveController(QObject):
    written = Signal(object)  # Path of the recovery copy, once it is on disk
    failed = Signal(str)  # why a copy could not be written (shown in the status bar)

    def __init__(
        self,
        document: MapDocument,
        store: RecoveryStore,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.store = store
        self.key = new_key(document.display_name())
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending: Future | None = None
        # Every change, undo, redo or merge bumps the revision; a copy records the one it holds.
        self._revision = 0
        self._written_revision: int | None = None  # None: there is no copy on disk
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer)
        # Big edits are noticed inside the undo stack's push/undo; write once it has settled.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(lambda: self._write_if_modified("autosave"))
        self.set_interval_seconds(settings.autosave_seconds)

        document.modified_changed.connect(self._on_modified_changed)
        document.changed.connect(self._on_change)
        document.replaced.connect(self._on_replaced)
        document.undo_stack.indexChanged.connect(self._bump)
        self._on_modified_changed(document.is_modified())

    # --- settings ------------------------------------------------------------------------------

    def interval_seconds(self) -> int:
        return self._interval

    def set_interval_seconds(self, seconds: int) -> None:
        """Seconds between copies while modified; 0 turns autosave off (crash copies remain)."""
        self._interval = max(0, int(seconds))
        self._timer.setInterval(self._interval * 1000)
        self._sync_timer()

    # --- writing -------------------------------------------------------------------------------

    @property
    def copy_path(self) -> Path:
        return self.store.folder / (self.key + ".journey.json")

    def write_now(self, reason: Reason = "autosave", wait: bool = False) -> Path | None:
        """Queue a copy of the map as it is now; with `wait`, return once it is on disk.

        Returns the copy's path, or None when it could not be made (the map is inconsistent,
        or — with `wait` — the disk refused it).
        """
        try:
            # UI thread: a consistent snapshot. Never fails on what is inside the map (a lone
            # surrogate, an inconsistency): this copy must exist even when a save cannot.
            data = copy_bytes(self.document.project)
        except Exception as error:  # anything else must not take autosave down with it
            log.exception("autosave: cannot serialise the map")
            self.failed.emit(str(error))
            return None
        path = self.document.path
        title = repaired_text(self.document.project.title or self.document.display_name())
        self._written_revision = self._revision
        future = self._worker.submit(self._write_job, data, path, title, reason)
        self._pending = future
        if wait:
            return self.copy_path if future.result() else None
        return self.copy_path

    def remove_copy(self, wait: bool = False) -> None:
        self._written_revision = None
        future = self._worker.submit(self.store.remove, self.key)
        self._pending = future
        if wait:
            future.result()

    def flush(self) -> None:
        """Wait until every queued write or removal is done (tests, shutdown)."""
        pending = self._pending
        if pending is not None:
            pending.result()

    def stop(self, keep_copy: bool) -> None:
        """The window is going away: stop listening; remove the copy unless `keep_copy`."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        self._soon.stop()
        for signal, slot in (
            (self.document.modified_changed, self._on_modified_changed),
            (self.document.changed, self._on_change),
            (self.document.replaced, self._on_replaced),
            (self.document.undo_stack.indexChanged, self._bump),
        ):
            with contextlib.suppress(RuntimeError, TypeError):  # already gone with the document
                signal.disconnect(slot)
        if not keep_copy:
            self.remove_copy()
        self.flush()
        self._worker.shutdown(wait=True)

    def _write_job(self, data: bytes, path: Path | None, title: str, reason: Reason) -> bool:
        # Runs on the worker thread: no Qt objects touched except emitting (queued) signals.
        try:
            entry = self.store.write(self.key, data, path, title, reason)
        except OSError as error:
            log.warning("autosave: cannot write %s: %s", self.copy_path, error)
            self.failed.emit(error.strerror or str(error))
            return False
        self.written.emit(entry.data_path)
        return True

    # --- reacting to the document --------------------------------------------------------------

    def _on_modified_changed(self, modified: bool) -> None:
        if self._stopped:
            return
        if not modified and self._written_revision is not None:
            self.remove_copy()  # saved (or undone back to the file): the copy is not needed
        self._sync_timer()

    def _bump(self, *_args) -> None:
        self._revision += 1

    def _on_change(self, change: Change) -> None:
        self._revision += 1
        if not self._stopped and self._interval > 0 and is_big_change(change):
            self._soon.start()

    def _on_replaced(self) -> None:
        self._revision += 1
        # swap_project (restore, revert) or a new file; a restored map is worth a copy at once.
        if not self._stopped and self._interval > 0 and self.document.is_modified():
            self._soon.start()

    def _on_timer(self) -> None:
        self._write_if_modified("autosave")

    def _write_if_modified(self, reason: Reason) -> None:
        if self._stopped or not self.document.is_modified():
            return
        if self._written_revision == self._revision:
            return  # nothing new since the last copy
        self.write_now(reason)

    def _sync_timer(self) -> None:
        if self._stopped:
            return
        should_run = self._interval > 0 and self.document.is_modified()
        if should_run and not self._timer.isActive():
            self._timer.start()
        elif not should_run:
            self._timer.stop()
