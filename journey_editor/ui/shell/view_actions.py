"""The View menu's entries for the canvas's room: Canvas only (F11, checkable) and the
persona column's three widths (checkable, one of a group). Rows of the action table make them
through these makers; the state they switch lives in chrome.py and the canvas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.layout.persona_header import PERSONA_COLUMNS
from journey_editor.ui.shell.chrome import store_persona_column

if TYPE_CHECKING:
    from journey_editor.ui.shell.editor_window import EditorWindow

PERSONA_COLUMN_TEXTS = {
    "full": QT_TRANSLATE_NOOP("MainMenu", "&Full: name, role and quote"),
    "narrow": QT_TRANSLATE_NOOP("MainMenu", "&Narrow: name and role"),
    "initials": QT_TRANSLATE_NOOP("MainMenu", "&Initials only"),
}
assert set(PERSONA_COLUMN_TEXTS) == set(PERSONA_COLUMNS)


def canvas_only_action(window: EditorWindow, text: str | None) -> QAction:
    action = QAction(text or "", window.dialog_parent)
    action.setCheckable(True)
    action.toggled.connect(window.canvas_only.set_active)
    return action


def persona_column_action(column: str):
    """The maker of View ▸ Persona column's entry for `column`: checkable, one of a group."""

    def make(window: EditorWindow, text: str | None) -> QAction:
        parent = window.dialog_parent
        group = parent.findChild(QActionGroup, "persona-column")
        if group is None:
            group = QActionGroup(parent)
            group.setObjectName("persona-column")
        action = QAction(text or "", parent)
        action.setCheckable(True)
        action.setActionGroup(group)
        action.setChecked(window.view.persona_column() == column)
        action.triggered.connect(lambda _=False: set_persona_column(window, column))
        return action

    return make


def set_persona_column(window: EditorWindow, column: str) -> None:
    window.view.set_persona_column(column)
    store_persona_column(column)
