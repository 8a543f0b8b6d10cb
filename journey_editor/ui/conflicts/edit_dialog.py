"""Edit… for one conflict: type the value of a text field (the editor starts from mine, the
other two shown above it), or pick one of the three values of any other field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journey_editor.edits.conflicts import current_value
from journey_editor.model.entities import Conflict
from journey_editor.model.project import Project
from journey_editor.ui.conflicts import words


class ValueDialog(QDialog):
    def __init__(self, project: Project, conflict: Conflict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflict-value")
        self.setWindowTitle(self.tr("Resolve the conflict"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(self)
        heading.setText(_heading(project, conflict))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        mine = current_value(project, conflict)
        self.text: QPlainTextEdit | None = None
        self.choice: QComboBox | None = None
        if conflict.field in words.TEXT_FIELDS and all(
            isinstance(v, str | None) for v in (mine, conflict.theirs, conflict.base)
        ):
            others = QLabel(self)
            others.setWordWrap(True)
            others.setText(
                "\n".join(
                    line
                    for side, _short, line in words.side_lines(project, conflict)
                    if side != "mine"
                )
            )
            layout.addWidget(others)
            self.text = QPlainTextEdit(mine or "", self)
            self.text.setAccessibleName(self.tr("Value"))
            self.text.setTabChangesFocus(True)
            layout.addWidget(self.text, 1)
        else:
            self.choice = QComboBox(self)
            self.choice.setAccessibleName(self.tr("Value"))
            seen: list[Any] = []
            for side, short, _full in words.side_lines(project, conflict):
                value = {"mine": mine, "theirs": conflict.theirs, "base": conflict.base}[side]
                if value in seen:
                    continue
                seen.append(value)
                self.choice.addItem(short, side)
            self._values = seen
            layout.addWidget(self.choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> Any:
        if self.text is not None:
            return self.text.toPlainText()
        assert self.choice is not None
        return self._values[self.choice.currentIndex()]


def ask_value(parent: QWidget, project: Project, conflict: Conflict) -> tuple[bool, Any]:
    """(True, the value chosen) or (False, None) when cancelled. Tests replace this."""
    dialog = ValueDialog(project, conflict, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.value()
    finally:
        dialog.deleteLater()


def _heading(project: Project, conflict: Conflict) -> str:
    """The object in bold, what differs under it (rich text: the names are escaped)."""
    name = _escape(words.object_line(project, conflict))
    return f"<b>{name}</b><br>{_escape(words.field_line(conflict))}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["ValueDialog", "ask_value"]
