"""Help → Keyboard shortcuts and About."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor import __version__
from journey_editor.ui.shortcuts import SHORTCUTS


def shortcuts_table(parent: QWidget | None = None) -> QTableWidget:
    rows = []
    for group, items in groupby(SHORTCUTS, key=lambda s: s.group):
        rows.append((group, "", True))
        rows.extend((s.keys, s.what, False) for s in items)
    table = QTableWidget(len(rows), 2, parent)
    table.setHorizontalHeaderLabels(["Keys", "What it does"])
    table.verticalHeader().hide()
    for row, (keys, what, is_group) in enumerate(rows):
        key_item, what_item = QTableWidgetItem(keys), QTableWidgetItem(what)
        if is_group:
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
        table.setItem(row, 0, key_item)
        table.setItem(row, 1, what_item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAccessibleName("Keyboard shortcuts")
    return table


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(self)
        self.table = shortcuts_table(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 720)


def show_shortcuts(parent: QWidget) -> None:
    ShortcutsDialog(parent).exec()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About journey-editor",
        f"<b>journey-editor {__version__}</b><p>An offline editor for customer-journey maps."
        "<p>Fonts: DejaVu Sans (Bitstream Vera licence).",
    )
