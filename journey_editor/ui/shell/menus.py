"""Menus, toolbar and keyboard actions of the main window.

Card keys (1–5, −/+, Del, F2 …) are bound to the canvas only (WidgetWithChildrenShortcut), so
typing a "3" or a "-" in the inspector types it instead of changing a score.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from journey_editor.edits import EditError
from journey_editor.templates import list_templates
from journey_editor.ui import dialogs
from journey_editor.ui.editing import clipboard, verbs
from journey_editor.ui.handout.image_dialog import export_image_dialog
from journey_editor.ui.handout.pdf_dialog import export_pdf_dialog
from journey_editor.ui.labels import lane_kind_label
from journey_editor.ui.shell import keyboard_access
from journey_editor.ui.shell.help_dialogs import show_about, show_shortcuts
from journey_editor.ui.shell.preferences_dialog import edit_preferences, preferences_keys

if TYPE_CHECKING:
    from journey_editor.ui.shell.main_window import MainWindow


class RecentMenu(QMenu):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("MainMenu", "Open &recent"), window)
        self._window = window
        self.refresh()

    def refresh(self) -> None:
        from pathlib import Path

        self.clear()
        for text in self._window.settings.recent_files:
            action = self.addAction(Path(text).name)
            action.setToolTip(text)
            action.triggered.connect(lambda _=False, p=text: self._window.files.open_path(Path(p)))
        self.setEnabled(bool(self._window.settings.recent_files))


def build_menus(window: MainWindow) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    view = window.view
    document = window.document
    selection = window.selection

    def action(
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence | str | list | None = None,
        canvas_only: bool = False,
    ) -> QAction:
        act = QAction(text, window)
        act.setObjectName(name)
        if keys is not None:
            sequences = keys if isinstance(keys, list) else [keys]
            act.setShortcuts([QKeySequence(k) for k in sequences])
        act.triggered.connect(lambda _=False: _guarded(window, slot))
        if canvas_only:
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(act)
        else:
            window.addAction(act)
        actions[name] = act
        return act

    cards = selection.card_ids

    # --- File ---------------------------------------------------------------------------------
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainMenu", "&File"))
    file_menu.addAction(
        action(
            "new",
            QCoreApplication.translate("MainMenu", "&New map"),
            window.files.new_blank,
            QKeySequence.New,
        )
    )
    templates_menu = file_menu.addMenu(QCoreApplication.translate("MainMenu", "New from &template"))
    window.templates_menu = templates_menu
    for template in list_templates():
        entry = action(
            f"template:{template.name}",
            template.display_name(),
            lambda name=template.name: window.files.new_from_template(name),
        )
        entry.setStatusTip(template.description())
        entry.setToolTip(template.description())
        templates_menu.addAction(entry)
    templates_menu.setToolTipsVisible(True)
    file_menu.addAction(
        action(
            "open",
            QCoreApplication.translate("MainMenu", "&Open…"),
            window.files.open_dialog,
            QKeySequence.Open,
        )
    )
    window.recent_menu = RecentMenu(window)
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(
        action(
            "save",
            QCoreApplication.translate("MainMenu", "&Save"),
            window.files.save,
            QKeySequence.Save,
        )
    )
    file_menu.addAction(
        action(
            "save_as",
            QCoreApplication.translate("MainMenu", "Save &as…"),
            window.files.save_as,
            "Ctrl+Shift+S",
        )
    )
    file_menu.addAction(
        action(
            "reload",
            QCoreApplication.translate("MainMenu", "Re&load from disk"),
            window.files.disk.reload_from_disk,
        )
    )
    file_menu.addAction(
        action(
            "revert_backup",
            QCoreApplication.translate("MainMenu", "Re&vert to backup…"),
            window.files.disk.revert_to_backup,
        )
    )
    # Whether a .bak exists changes behind our back: look again each time the menu opens.
    file_menu.aboutToShow.connect(window.files.disk.refresh_actions)
    file_menu.addSeparator()
    file_menu.addAction(
        action(
            "import", QCoreApplication.translate("MainMenu", "&Import…"), window.files.import_dialog
        )
    )
    export_menu = file_menu.addMenu(QCoreApplication.translate("MainMenu", "&Export"))
    window.export_menu = export_menu
    export_menu.addAction(
        action(
            "export_pdf",
            QCoreApplication.translate("MainMenu", "PDF handout…"),
            lambda: export_pdf_dialog(window),
            "Ctrl+Shift+P",
        )
    )
    export_menu.addAction(
        action(
            "export_image",
            QCoreApplication.translate("MainMenu", "Image (.png, .svg)…"),
            lambda: export_image_dialog(window),
        )
    )
    export_menu.addSeparator()
    export_menu.addAction(
        action(
            "export_ojf",
            QCoreApplication.translate("MainMenu", "OpenJourney (.ojf)…"),
            lambda: window.files.export_dialog("ojf"),
        )
    )
    export_menu.addAction(
        action(
            "export_mmd",
            QCoreApplication.translate("MainMenu", "Mermaid journey (.mmd)…"),
            lambda: window.files.export_dialog("mermaid"),
        )
    )
    export_menu.addAction(
        action(
            "export_csv",
            QCoreApplication.translate("MainMenu", "CSV of cards (.csv)…"),
            lambda: window.files.export_dialog("csv"),
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(
        action(
            "preferences",
            QCoreApplication.translate("MainMenu", "Pre&ferences…"),
            lambda: edit_preferences(window),
            preferences_keys(),
        )
    )
    file_menu.addAction(
        action(
            "quit", QCoreApplication.translate("MainMenu", "&Quit"), window.close, QKeySequence.Quit
        )
    )

    # --- Edit ---------------------------------------------------------------------------------
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainMenu", "&Edit"))
    undo = document.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainMenu", "&Undo")
    )
    undo.setShortcuts(QKeySequence.Undo)
    redo = document.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainMenu", "&Redo")
    )
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    actions["undo"], actions["redo"] = undo, redo
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addAction(window.history.toggleViewAction())
    window.history.toggleViewAction().setText(
        QCoreApplication.translate("MainMenu", "Undo &history")
    )
    edit_menu.addSeparator()
    edit_menu.addAction(
        action(
            "cut",
            QCoreApplication.translate("MainMenu", "Cu&t"),
            lambda: clipboard.cut_cards(document, selection),
            QKeySequence.Cut,
            True,
        )
    )
    edit_menu.addAction(
        action(
            "copy",
            QCoreApplication.translate("MainMenu", "&Copy"),
            lambda: clipboard.copy_cards(document, cards()),
            QKeySequence.Copy,
            True,
        )
    )
    edit_menu.addAction(
        action(
            "paste",
            QCoreApplication.translate("MainMenu", "&Paste"),
            lambda: _paste(window),
            QKeySequence.Paste,
            True,
        )
    )
    edit_menu.addAction(
        action(
            "duplicate",
            QCoreApplication.translate("MainMenu", "&Duplicate"),
            lambda: _select_cards(window, verbs.duplicate_cards(document, cards())),
            "Ctrl+D",
            True,
        )
    )
    edit_menu.addAction(
        action(
            "delete",
            QCoreApplication.translate("MainMenu", "De&lete"),
            lambda: verbs.delete_selection(document, selection),
            [QKeySequence.Delete, "Backspace"],
            True,
        )
    )
    edit_menu.addAction(
        action(
            "rename",
            QCoreApplication.translate("MainMenu", "Re&name"),
            view.rename_selected,
            "F2",
            True,
        )
    )
    edit_menu.addAction(
        action(
            "select_all",
            QCoreApplication.translate("MainMenu", "Select &all cards"),
            lambda: selection.set("card", [c.id for c in document.project.cards]),
            QKeySequence.SelectAll,
            True,
        )
    )

    # --- Card ---------------------------------------------------------------------------------
    card_menu = window.menuBar().addMenu(QCoreApplication.translate("MainMenu", "&Card"))
    card_menu.addAction(
        action(
            "new_card",
            QCoreApplication.translate("MainMenu", "&New card in the cell"),
            lambda: _new_card(window),
            "Ins",
            True,
        )
    )
    channel_menu = card_menu.addMenu(QCoreApplication.translate("MainMenu", "C&hannel"))
    channel_menu.aboutToShow.connect(
        lambda: keyboard_access.fill_channel_menu(window, channel_menu)
    )
    window.channel_menu = channel_menu
    effort_menu = card_menu.addMenu(QCoreApplication.translate("MainMenu", "&Effort"))
    for value in range(1, 6):
        effort_menu.addAction(
            action(
                f"effort_{value}",
                f"&{value}",
                lambda v=value: verbs.set_effort(document, cards(), v),
                str(value),
                True,
            )
        )
    effort_menu.addAction(
        action(
            "effort_none",
            QCoreApplication.translate("MainMenu", "&None"),
            lambda: verbs.set_effort(document, cards(), None),
            "0",
            True,
        )
    )
    card_menu.addAction(
        action(
            "emotion_down",
            QCoreApplication.translate("MainMenu", "&Lower emotion"),
            lambda: verbs.bump_emotion(document, cards(), -1),
            ["-"],
            True,
        )
    )
    card_menu.addAction(
        action(
            "emotion_up",
            QCoreApplication.translate("MainMenu", "&Raise emotion"),
            lambda: verbs.bump_emotion(document, cards(), 1),
            ["+", "="],
            True,
        )
    )

    # --- Map ----------------------------------------------------------------------------------
    map_menu = window.menuBar().addMenu(QCoreApplication.translate("MainMenu", "&Map"))
    map_menu.addAction(
        action(
            "add_stage",
            QCoreApplication.translate("MainMenu", "Add &stage"),
            lambda: keyboard_access.add_stage_and_name(window),
        )
    )
    map_menu.addAction(
        action(
            "add_persona",
            QCoreApplication.translate("MainMenu", "Add &persona"),
            lambda: keyboard_access.add_persona_and_name(window),
        )
    )
    lane_menu = map_menu.addMenu(
        QCoreApplication.translate("MainMenu", "Add &lane to the selected persona")
    )
    for kind in verbs.LANE_NAMES:
        lane_menu.addAction(
            action(f"add_lane_{kind}", lane_kind_label(kind), lambda k=kind: _add_lane(window, k))
        )

    # --- View ---------------------------------------------------------------------------------
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainMenu", "&View"))
    view_menu.addAction(
        action(
            "zoom_in",
            QCoreApplication.translate("MainMenu", "Zoom &in"),
            view.zoom_in,
            [QKeySequence.ZoomIn, "Ctrl+="],
        )
    )
    view_menu.addAction(
        action(
            "zoom_out",
            QCoreApplication.translate("MainMenu", "Zoom &out"),
            view.zoom_out,
            QKeySequence.ZoomOut,
        )
    )
    view_menu.addAction(
        action(
            "zoom_fit",
            QCoreApplication.translate("MainMenu", "&Fit to window"),
            view.fit_to_window,
            "Ctrl+0",
        )
    )
    view_menu.addAction(
        action(
            "zoom_100",
            QCoreApplication.translate("MainMenu", "&Actual size"),
            view.reset_zoom,
            "Ctrl+1",
        )
    )
    view_menu.addSeparator()
    view_menu.addAction(window.palette_dock.toggleViewAction())
    view_menu.addAction(window.inspector.toggleViewAction())
    view_menu.addSeparator()
    # Keyboard users move between the canvas and the docks, and reach the menu bar, with F6 / F10.
    view_menu.addAction(
        action(
            "next_pane",
            QCoreApplication.translate("MainMenu", "&Next pane"),
            lambda: keyboard_access.cycle_panes(window),
            "F6",
        )
    )
    view_menu.addAction(
        action(
            "previous_pane",
            QCoreApplication.translate("MainMenu", "Pre&vious pane"),
            lambda: keyboard_access.cycle_panes(window, forward=False),
            "Shift+F6",
        )
    )
    view_menu.addAction(
        action(
            "menu_bar",
            QCoreApplication.translate("MainMenu", "&Menu bar"),
            lambda: keyboard_access.open_menu_bar(window),
            "F10",
        )
    )

    # --- Help ---------------------------------------------------------------------------------
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainMenu", "&Help"))
    help_menu.addAction(
        action(
            "shortcuts",
            QCoreApplication.translate("MainMenu", "&Keyboard shortcuts"),
            lambda: show_shortcuts(window),
            "F1",
        )
    )
    help_menu.addAction(
        action(
            "about",
            QCoreApplication.translate("MainMenu", "&About journey-editor"),
            lambda: show_about(window),
        )
    )

    # --- Toolbar ------------------------------------------------------------------------------
    toolbar = QToolBar(QCoreApplication.translate("MainMenu", "Main"), window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(actions["new"])
    _menu_button(
        toolbar, QCoreApplication.translate("MainMenu", "From template"), window.templates_menu
    )
    toolbar.addAction(actions["open"])
    _menu_button(toolbar, QCoreApplication.translate("MainMenu", "Recent"), window.recent_menu)
    toolbar.addAction(actions["save"])
    toolbar.addAction(actions["save_as"])
    _menu_button(toolbar, QCoreApplication.translate("MainMenu", "Export"), window.export_menu)
    toolbar.addSeparator()
    for name in ("undo", "redo"):
        toolbar.addAction(actions[name])
    toolbar.addSeparator()
    for name in ("zoom_out", "zoom_in", "zoom_fit"):
        toolbar.addAction(actions[name])
    window.addToolBar(toolbar)

    selection.changed.connect(lambda: _enable_for_selection(actions, selection))
    _enable_for_selection(actions, selection)
    # The clipboard outlives every window: connect through a child of the action, so the
    # connection goes away with the window instead of calling into a deleted action.
    follower = _PasteFollower(actions["paste"])
    QGuiApplication.clipboard().dataChanged.connect(follower.refresh)
    follower.refresh()
    return actions


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


def _enable_for_selection(actions: dict[str, QAction], selection) -> None:
    has_cards = bool(selection.card_ids())
    for name in ("cut", "copy", "duplicate", "emotion_down", "emotion_up", "effort_none"):
        actions[name].setEnabled(has_cards)
    for value in range(1, 6):
        actions[f"effort_{value}"].setEnabled(has_cards)
    actions["delete"].setEnabled(bool(selection.ids))


def _guarded(window: MainWindow, slot: Callable[[], object]) -> None:
    try:
        slot()
    except EditError as error:
        message = QCoreApplication.translate("MainMenu", "Not done: {error}")
        window.statusBar().showMessage(message.format(error=error), 8000)


def _select_cards(window: MainWindow, ids: tuple[str, ...]) -> None:
    if ids:
        window.selection.set("card", ids)


def _paste(window: MainWindow) -> None:
    _select_cards(window, clipboard.paste_cards(window.document, window.view.selected_cell()))


def _new_card(window: MainWindow) -> None:
    cell = window.view.selected_cell()
    if cell is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainMenu", "Select a card or a cell first"), 5000
        )
        return
    card_id = verbs.add_card(window.document, *cell)
    window.selection.set("card", (card_id,))
    window.view.edit_card_title(card_id)


def _add_lane(window: MainWindow, kind: str) -> None:
    selection, project = window.selection, window.document.project
    persona_id = None
    if selection.kind == "persona":
        persona_id = selection.ids[0]
    elif selection.kind == "card":
        persona_id = project.card(selection.ids[0]).persona
    elif selection.kind == "lane":
        persona_id = project.lane_owner(selection.ids[0])[0].id
    if persona_id is None:
        if not project.personas:
            dialogs.show_error(
                window,
                QCoreApplication.translate("MainMenu", "No persona"),
                QCoreApplication.translate("MainMenu", "Add a persona first."),
            )
            return
        persona_id = project.personas[0].id
    verbs.add_lane(window.document, persona_id, kind)
