"""Help → Keyboard shortcuts and About.

The shortcuts dialog shows the lines it is given: `actions.help_lines()` makes them from the
action table, so what the dialog lists is what the menus bind.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor import __version__
from journey_editor.ui.shell.action_rows import HelpLine

KEYS_COLUMN_MAX = 260


def shortcuts_table(lines: Sequence[HelpLine], parent: QWidget | None = None) -> QTableWidget:
    rows = []
    for section, items in groupby(lines, key=lambda line: line.section):
        rows.append((section, "", True))
        rows.extend((line.keys, line.what, False) for line in items)
    table = QTableWidget(len(rows), 2, parent)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("ShortcutsDialog", "Keys"),
            QCoreApplication.translate("ShortcutsDialog", "What it does"),
        ]
    )
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
    # Long descriptions (French ones are longer) wrap inside their row, never scroll sideways.
    table.setColumnWidth(0, min(table.columnWidth(0), KEYS_COLUMN_MAX))
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
    return table


class ShortcutsDialog(QDialog):
    def __init__(self, lines: Sequence[HelpLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.table = shortcuts_table(lines, self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 720)


def show_shortcuts(parent: QWidget, lines: Sequence[HelpLine]) -> None:
    ShortcutsDialog(lines, parent).exec()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("AboutDialog", "About journey-editor"),
        QCoreApplication.translate(
            "AboutDialog",
            "<b>journey-editor {version}</b><p>An offline editor for customer-journey maps."
            "<p>Fonts: DejaVu Sans (Bitstream Vera licence).",
        ).format(version=__version__),
    )
