"""Accessible names and keyboard routes: a screen-reader user hears what every control is, and
a keyboard user reaches every command.

A control is named when it has an accessibleName, or when a QLabel with text is its buddy
(Qt reads the label as its name), or when it is a button showing text (Qt reads the text).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QMenu,
    QWidget,
)

from journey_editor.settings import Settings
from journey_editor.ui.handout.pdf_dialog import PdfExportDialog
from journey_editor.ui.shell.actions import help_lines
from journey_editor.ui.shell.help_dialogs import ShortcutsDialog
from tests.ui.windows import shown_window


@pytest.fixture
def window(qapp, qtbot, small_project, private_window_state):
    yield from shown_window(qtbot, small_project)


def _buddied(root: QWidget) -> set[int]:
    return {
        id(label.buddy())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.text().strip()
    }


def _is_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a compound control, named through their owner."""
    owner = widget.parentWidget()
    while owner is not None:
        # A combo box's line edit and popup list, a spin box's line edit.
        if owner.inherits("QComboBox") or owner.inherits("QAbstractSpinBox"):
            return True
        owner = owner.parentWidget()
    if isinstance(parent := widget.parentWidget(), QAbstractScrollArea) and (
        widget is parent.viewport()
    ):
        return True  # the scroll area itself carries the name
    return (
        widget.objectName().startswith("qt_")  # scroll-area viewports, dock title buttons
        or widget.inherits("QScrollBar")
        or widget.inherits("QDockWidgetTitleButton")
        or widget.inherits("QToolBarExtension")
    )


def unnamed_controls(root: QWidget) -> list[str]:
    """Every widget under `root` that takes the keyboard focus and has no name to read."""
    buddies = _buddied(root)
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        tab_focus = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if not tab_focus or _is_internal(widget):
            continue  # the keyboard never lands there
        if isinstance(widget, QMenu | QLabel):
            continue  # menus are named by their title, labels by their text
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {_path(widget)}")
    return missing


def _path(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return " < ".join(names)


def test_every_control_of_the_main_window_has_an_accessible_name(window):
    # Each inspector page once, so the hidden pages' fields are checked too.
    for kind, ids in (("card", ("c-blog",)), ("stage", ("s-buy",)), ("persona", ("p-lea",))):
        window.selection.set(kind, ids)
    window.selection.set("lane", ("l-lea-touch",))
    window.history.show()
    missing = unnamed_controls(window)
    assert not missing, "\n".join(missing)


def test_every_control_of_the_export_dialog_has_an_accessible_name(qtbot, small_project):
    dialog = PdfExportDialog(small_project, Settings(), Path("/tmp/map.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    missing = unnamed_controls(dialog)
    assert not missing, "\n".join(missing)


def test_every_control_of_the_shortcuts_dialog_has_an_accessible_name(qtbot):
    dialog = ShortcutsDialog(help_lines())
    qtbot.addWidget(dialog)
    missing = unnamed_controls(dialog)
    assert not missing, "\n".join(missing)


def test_the_check_catches_an_unnamed_control(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    field = QLineEdit(box)
    layout.addWidget(field)
    assert len(unnamed_controls(box)) == 1
    label = QLabel("Title", box)
    label.setBuddy(field)
    assert unnamed_controls(box) == []


# --- keyboard routes to every command ------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    sequence = QKeySequence.mnemonic(text)
    return sequence.toString() if not sequence.isEmpty() else None


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))
    return found


def test_every_menu_opens_with_alt_and_a_unique_letter(window):
    titles = [a for a in window.menuBar().actions() if a.menu() is not None]
    letters = [_mnemonic(a.text()) for a in titles]
    assert None not in letters, [a.text() for a in titles]
    assert len(set(letters)) == len(letters), letters
    for action in titles:
        window.view.setFocus()
        letter = _mnemonic(action.text()).split("+")[-1]
        QTest.keyClick(window.view, letter.lower(), Qt.KeyboardModifier.AltModifier)
        popup = QApplication.activePopupWidget()
        assert popup is action.menu(), action.text()
        popup.close()


def test_no_two_items_of_one_menu_share_a_letter(window):
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop()
        letters = [
            _mnemonic(a.text()) for a in menu.actions() if not a.isSeparator() and a.isVisible()
        ]
        letters = [letter for letter in letters if letter is not None]
        assert len(set(letters)) == len(letters), (menu.title(), letters)
        menus.extend(a.menu() for a in menu.actions() if a.menu() is not None)


def test_every_command_is_in_a_menu_or_has_a_shortcut(window):
    in_menus = {
        id(action)
        for top in window.menuBar().actions()
        if top.menu() is not None
        for action in _menu_actions(top.menu())
    }
    commands = window.actions() + window.view.actions()
    assert len(commands) > 30
    unreachable = [
        action.objectName() or action.text()
        for action in commands
        if id(action) not in in_menus and not action.shortcuts()
    ]
    assert unreachable == []


def test_f10_opens_the_menu_bar_and_f6_walks_the_panes(window):
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F10)
    popup = QApplication.activePopupWidget()
    assert popup is window.menuBar().actions()[0].menu()
    popup.close()
    window.menuBar().setActiveAction(None)

    window.view.setFocus()
    visited = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        focused = QApplication.focusWidget()
        visited.append(
            "inspector"
            if window.inspector.isAncestorOf(focused)
            else "palette"
            if window.palette_dock.isAncestorOf(focused)
            else "canvas"
            if focused is window.view
            else type(focused).__name__
        )
    assert visited == ["inspector", "palette", "canvas"]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.palette_dock.isAncestorOf(QApplication.focusWidget())
    # A hidden dock is skipped.
    window.inspector.hide()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F6)
    assert window.palette_dock.isAncestorOf(QApplication.focusWidget())


def test_every_control_of_the_preferences_dialog_has_an_accessible_name(qtbot):
    from journey_editor.ui.shell.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    missing = unnamed_controls(dialog)
    assert not missing, "\n".join(missing)
