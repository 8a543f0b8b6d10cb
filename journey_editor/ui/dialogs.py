"""Small modal questions and messages; tests replace these functions instead of clicking."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

SaveAnswer = Literal["save", "discard", "cancel"]


def ask_save_changes(parent: QWidget, name: str) -> SaveAnswer:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"Save the changes to «{name}» before closing it?")
    box.setInformativeText("Your changes are lost if you don't save them.")
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def show_error(parent: QWidget, title: str, message: str, advice: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    if advice:
        box.setInformativeText(advice)
    box.exec()
