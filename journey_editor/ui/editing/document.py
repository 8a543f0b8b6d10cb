"""The open map: owns the Project and its undo stack; the only writer of the model.

The flow of a gesture: the canvas or a dock asks `document.apply(edit)`; the edit runs once
(so a refused edit raises EditError before anything is pushed), is wrapped in an EditCommand
and pushed; every apply, undo and redo emits `changed(Change)` so views refresh exactly what
the edit touched.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journey_editor.edits import Change, Edit
from journey_editor.model.project import Project
from journey_editor.persistence import FILE_SUFFIX, load_project, save_project
from journey_editor.ui.editing.freed_memory import give_back_freed_memory
from journey_editor.ui.editing.undo_commands import EditCommand, ReplaceProjectCommand

# Set by the editor's start-up (ui/shell/app.py): the running app freezes, code that makes
# windows of its own (tests, scripts) does not unless it asks, so a test run never freezes
# one test's garbage for another to collect.
FREEZING = {"on": False}


def freeze_loaded_objects() -> None:
    """Put every object alive now — the map just opened, its layout, its scene — out of the
    garbage collector's reach (`gc.freeze`): a full collection then scans only what edits
    made since, instead of the whole map in the middle of a drag (87 ms at 5,000 cards,
    275 ms at 20,000). Called once a map is open and laid out; `thaw_objects` before a map
    is replaced or closed, so that what it leaves behind can be collected.

    Garbage is collected first: frozen garbage would stay until the thaw, and collecting
    it then (Qt wrappers of windows long closed) is what a test run showed can crash."""
    if FREEZING["on"]:
        gc.collect()
        gc.freeze()
        give_back_freed_memory()  # what the opening made and dropped: back to the system


def thaw_objects() -> None:
    if FREEZING["on"]:
        gc.unfreeze()


class MapDocument(QObject):
    changed = Signal(object)  # Change
    replaced = Signal()  # a whole new project (open, new, reload)
    path_changed = Signal(object)  # Path | None
    modified_changed = Signal(bool)

    def __init__(self, project: Project, path: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.undo_stack = QUndoStack(self)
        # Mergeable edits (typing in one field) merge only within one session; leaving the
        # field starts a new one, so typing, clicking away and typing again is two steps.
        self.merge_session = 0
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    # --- editing -----------------------------------------------------------------------------

    def apply(self, edit: Edit, mergeable: bool = False) -> Change:
        """Apply one edit as one undo step. Raises EditError, leaving everything untouched."""
        change = edit.apply(self.project)
        self.undo_stack.push(EditCommand(self, edit, change, mergeable))
        self.notify(change)
        return change

    def end_merge(self) -> None:
        self.merge_session += 1

    def notify(self, change: Change) -> None:
        self.changed.emit(change)

    # --- state ---------------------------------------------------------------------------------

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path is None:
            return self.project.title or "Untitled"
        return self.path.name.removesuffix(FILE_SUFFIX)

    # --- files ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, parent=None) -> MapDocument:
        """Load a file; raises ProjectFileError with a message for the user."""
        return cls(load_project(path), Path(path), parent)

    def save(self, path: Path | None = None) -> None:
        """Save to `path` (or the current one); raises ProjectSaveError, staying modified."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no file name yet: use save(path)")
        save_project(self.project, target)
        if target != self.path:
            self.path = target
            self.path_changed.emit(target)
        self.undo_stack.setClean()

    def swap_project(self, project: Project, label: str) -> None:
        """Put a whole other version of the map in place as one undoable step (restore from
        recovery, revert to backup): undo brings back what was there, and the map is modified."""
        self.undo_stack.push(ReplaceProjectCommand(self, project, label))

    def set_project_contents(self, project: Project) -> None:
        """Used by ReplaceProjectCommand only: swap the model and tell every view."""
        thaw_objects()
        self.project = project
        self.replaced.emit()
        freeze_loaded_objects()  # the views have laid the new map out during the signal

    def replace_project(self, project: Project, path: Path | None) -> None:
        thaw_objects()
        self.project = project
        self.undo_stack.clear()
        self.path = path
        self.path_changed.emit(path)
        self.replaced.emit()
        freeze_loaded_objects()
