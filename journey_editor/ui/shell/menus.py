"""The menus, toolbar and keyboard actions of the main window, built from the action table
(ui/shell/actions.py); `build_menus` hands them back as one `WindowMenus` value.

Card keys (1–5, −/+, Del, F2 …) are bound to the canvas only (WidgetWithChildrenShortcut), so
typing a "3" or a "-" in the inspector types it instead of changing a score.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from journey_editor.edits import EditError
from journey_editor.ui.editing import clipboard
from journey_editor.ui.shell.action_rows import Command, Menu, Separator, key_sequences
from journey_editor.ui.shell.actions import ACTIONS, TOOLBAR, menu_rows
from journey_editor.ui.shell.commands import RecentMenu

if TYPE_CHECKING:
    from journey_editor.ui.editing.selection import Selection
    from journey_editor.ui.shell.editor_window import EditorWindow


@dataclass(frozen=True)
class WindowMenus:
    """What `build_menus` made: menus by path ("file", "file/export", "card/channel" …),
    actions by name (the action table's names, "template:<name>", "add_lane_<kind>"), the
    toolbar."""

    menus: dict[str, QMenu]
    actions: dict[str, QAction]
    toolbar: QToolBar

    def menu(self, path: str) -> QMenu:
        return self.menus[path]

    @property
    def recent(self) -> RecentMenu:
        menu = self.menus["file/recent"]
        assert isinstance(menu, RecentMenu)
        return menu


def build_menus(window: EditorWindow) -> WindowMenus:
    menus: dict[str, QMenu] = {}
    actions: dict[str, QAction] = {}
    for row in ACTIONS:
        if isinstance(row, Menu):
            menu = _menu(window, row, menus)
            menus[row.path] = menu
            for made in row.rows() if row.rows is not None else ():
                menu.addAction(_action(window, made, actions))
        elif isinstance(row, Separator):
            menus[row.menu].addSeparator()
        else:
            action = _action(window, row, actions)
            if row.menu is not None:
                menus[row.menu].addAction(action)
    toolbar = _toolbar(window, menus, actions)

    needs = {row.name: row.needs for row in ACTIONS if isinstance(row, Command) and row.needs}
    selection = window.selection
    selection.changed.connect(lambda: _enable_for_selection(actions, needs, selection))
    _enable_for_selection(actions, needs, selection)
    # The clipboard outlives every window: connect through a child of the action, so the
    # connection goes away with the window instead of calling into a deleted action.
    for name, need in needs.items():
        if need == "clipboard":
            follower = _PasteFollower(actions[name])
            QGuiApplication.clipboard().dataChanged.connect(follower.refresh)
            follower.refresh()
    return WindowMenus(menus, actions, toolbar)


def _menu(window: EditorWindow, row: Menu, menus: dict[str, QMenu]) -> QMenu:
    title = QCoreApplication.translate("MainMenu", row.text)
    parent, _, _ = row.path.rpartition("/")
    holder = menus[parent] if parent else window.menuBar()
    if row.make is not None:
        menu = row.make(window)
        menu.setTitle(title)
        holder.addMenu(menu)
    else:
        menu = holder.addMenu(title)
    if row.on_show is not None:
        on_show = row.on_show
        menu.aboutToShow.connect(lambda: on_show(window, menu))
    menu.setToolTipsVisible(row.tips)
    return menu


def _action(window: EditorWindow, row: Command, actions: dict[str, QAction]) -> QAction:
    text = row.text
    if text is not None and row.translate:
        text = QCoreApplication.translate("MainMenu", text)
    if row.make is not None:
        action = row.make(window, text)
    else:
        action = QAction(text or "", window)
        run = row.run
        assert run is not None, f"{row.name}: a row runs something or makes its action"
        action.triggered.connect(lambda _=False: _guarded(window, lambda: run(window)))
    action.setObjectName(row.name)
    if row.keys:
        action.setShortcuts(key_sequences(row.keys))
    if row.tip:
        action.setStatusTip(row.tip)
        action.setToolTip(row.tip)
    if row.canvas:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(action)
    elif row.keys or row.make is None:
        window.addAction(action)
    actions[row.name] = action
    return action


def _toolbar(
    window: EditorWindow, menus: dict[str, QMenu], actions: dict[str, QAction]
) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("MainMenu", "Main"), window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    buttons = menu_rows()
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
        elif name in actions:
            toolbar.addAction(actions[name])
        else:
            text = buttons[name].button or buttons[name].text
            _menu_button(toolbar, QCoreApplication.translate("MainMenu", text), menus[name])
    window.addToolBar(toolbar)
    return toolbar


class _PasteFollower(QObject):
    """Enables Paste while the clipboard holds cards."""

    def __init__(self, paste: QAction) -> None:
        super().__init__(paste)
        self._paste = paste

    def refresh(self) -> None:
        self._paste.setEnabled(clipboard.clipboard_has_cards())


def _menu_button(toolbar: QToolBar, text: str, menu: QMenu) -> None:
    button = QToolButton(toolbar)
    button.setText(text)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setAccessibleName(text)
    toolbar.addWidget(button)


def _enable_for_selection(
    actions: dict[str, QAction], needs: dict[str, str], selection: Selection
) -> None:
    has_cards, has_any = bool(selection.card_ids()), bool(selection.ids)
    for name, need in needs.items():
        if need == "cards":
            actions[name].setEnabled(has_cards)
        elif need == "selection":
            actions[name].setEnabled(has_any)


def _guarded(window: EditorWindow, slot: Callable[[], object]) -> None:
    try:
        slot()
    except EditError as error:
        message = QCoreApplication.translate("MainMenu", "Not done: {error}")
        window.statusBar().showMessage(message.format(error=error), 8000)
