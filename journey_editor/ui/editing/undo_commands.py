"""QUndoCommands wrapping the Qt-free edits: one user gesture, one command, one undo step."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from journey_editor.edits import Change, Edit, UpdateCard, UpdateLane, UpdatePersona, UpdateStage
from journey_editor.model.project import Project
from journey_editor.ui.editing.undo_labels import translate_label


class MapDocument(Protocol):
    """What a command needs of the document that pushes it (ui/editing/document.py), named
    here so that the document can import its commands without a circle back."""

    project: Project
    merge_session: int

    def notify(self, change: Change) -> None: ...
    def set_project_contents(self, other: Project) -> None: ...


# Typing in one inspector field is one undo step, not one per keystroke.
_MERGE_ID = 0x4A45  # any constant; QUndoStack merges only commands with equal ids
_MERGEABLE = (UpdateCard, UpdateStage, UpdatePersona, UpdateLane)


class EditCommand(QUndoCommand):
    """Holds an edit already applied once; redo/undo swap between it and its inverse."""

    def __init__(self, document: MapDocument, edit: Edit, change: Change, mergeable: bool) -> None:
        super().__init__(translate_label(change.label))  # edits/ word it in English
        self._document = document
        self._edit = edit
        self._inverse = change.inverse
        self._applied = True  # the document applied it before pushing, to catch EditError
        self._mergeable = mergeable and isinstance(edit, _MERGEABLE)
        self._session = document.merge_session

    def redo(self) -> None:
        if self._applied:
            return
        change = self._edit.apply(self._document.project)
        self._inverse = change.inverse
        self._applied = True
        self._document.notify(change)

    def undo(self) -> None:
        change = self._inverse.apply(self._document.project)
        self._applied = False
        self._document.notify(change)

    def id(self) -> int:
        return _MERGE_ID if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or not other._mergeable:
            return False
        if other._session != self._session:
            return False  # the user left the field in between: a new typing session
        mine, theirs = self._edit, other._edit
        if type(mine) is not type(theirs) or _target(mine) != _target(theirs):
            return False
        if set(mine.changes) != set(theirs.changes):
            return False
        # Keep our inverse (the state before the first keystroke), take their latest values.
        self._edit = theirs
        self.setText(other.text())
        return True


class ReplaceProjectCommand(QUndoCommand):
    """The whole map swapped for another version (recovery copy, backup) as one undo step."""

    def __init__(self, document: MapDocument, project: Project, label: str) -> None:
        super().__init__(label)
        self._document = document
        self._other = project

    def redo(self) -> None:
        self._swap()

    def undo(self) -> None:
        self._swap()

    def _swap(self) -> None:
        current = self._document.project
        self._document.set_project_contents(self._other)
        self._other = current


def _target(edit: Edit) -> str:
    for name in ("card_id", "stage_id", "persona_id", "lane_id"):
        if hasattr(edit, name):
            return getattr(edit, name)
    return ""
