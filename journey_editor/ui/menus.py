"""Menus, toolbar and keyboard actions of the main window.

Card keys (1–5, −/+, Del, F2 …) are bound to the canvas only (WidgetWithChildrenShortcut), so
typing a "3" or a "-" in the inspector types it instead of changing a score.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from journey_editor.edits import EditError
from journey_editor.templates import list_templates
from journey_editor.ui import clipboard, dialogs, map_actions
from journey_editor.ui.export_dialog import export_pdf_dialog
from journey_editor.ui.help_dialogs import show_about, show_shortcuts
from journey_editor.ui.image_export import export_image_dialog

if TYPE_CHECKING:
    from journey_editor.ui.main_window import MainWindow


class RecentMenu(QMenu):
    def __init__(self, window: MainWindow) -> None:
        super().__init__("Open &recent", window)
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
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction(action("new", "&New map", window.files.new_blank, QKeySequence.New))
    templates_menu = file_menu.addMenu("New from &template")
    window.templates_menu = templates_menu
    for template in list_templates():
        templates_menu.addAction(
            action(
                f"template:{template.name}",
                template.load().title,
                lambda name=template.name: window.files.new_from_template(name),
            )
        )
    file_menu.addAction(action("open", "&Open…", window.files.open_dialog, QKeySequence.Open))
    window.recent_menu = RecentMenu(window)
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(action("save", "&Save", window.files.save, QKeySequence.Save))
    file_menu.addAction(action("save_as", "Save &as…", window.files.save_as, "Ctrl+Shift+S"))
    file_menu.addSeparator()
    file_menu.addAction(action("import", "&Import…", window.files.import_dialog))
    export_menu = file_menu.addMenu("&Export")
    window.export_menu = export_menu
    export_menu.addAction(
        action("export_pdf", "PDF handout…", lambda: export_pdf_dialog(window), "Ctrl+Shift+P")
    )
    export_menu.addAction(
        action("export_image", "Image (.png, .svg)…", lambda: export_image_dialog(window))
    )
    export_menu.addSeparator()
    export_menu.addAction(
        action("export_ojf", "OpenJourney (.ojf)…", lambda: window.files.export_dialog("ojf"))
    )
    export_menu.addAction(
        action(
            "export_mmd", "Mermaid journey (.mmd)…", lambda: window.files.export_dialog("mermaid")
        )
    )
    export_menu.addAction(
        action("export_csv", "CSV of cards (.csv)…", lambda: window.files.export_dialog("csv"))
    )
    file_menu.addSeparator()
    file_menu.addAction(action("quit", "&Quit", window.close, QKeySequence.Quit))

    # --- Edit ---------------------------------------------------------------------------------
    edit_menu = window.menuBar().addMenu("&Edit")
    undo = document.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcuts(QKeySequence.Undo)
    redo = document.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    actions["undo"], actions["redo"] = undo, redo
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addAction(window.history.toggleViewAction())
    window.history.toggleViewAction().setText("Undo &history")
    edit_menu.addSeparator()
    edit_menu.addAction(
        action(
            "cut", "Cu&t", lambda: clipboard.cut_cards(document, selection), QKeySequence.Cut, True
        )
    )
    edit_menu.addAction(
        action(
            "copy",
            "&Copy",
            lambda: clipboard.copy_cards(document, cards()),
            QKeySequence.Copy,
            True,
        )
    )
    edit_menu.addAction(action("paste", "&Paste", lambda: _paste(window), QKeySequence.Paste, True))
    edit_menu.addAction(
        action(
            "duplicate",
            "&Duplicate",
            lambda: _select_cards(window, map_actions.duplicate_cards(document, cards())),
            "Ctrl+D",
            True,
        )
    )
    edit_menu.addAction(
        action(
            "delete",
            "De&lete",
            lambda: map_actions.delete_selection(document, selection),
            [QKeySequence.Delete, "Backspace"],
            True,
        )
    )
    edit_menu.addAction(action("rename", "Re&name", view.rename_selected, "F2", True))
    edit_menu.addAction(
        action(
            "select_all",
            "Select &all cards",
            lambda: selection.set("card", [c.id for c in document.project.cards]),
            QKeySequence.SelectAll,
            True,
        )
    )

    # --- Card ---------------------------------------------------------------------------------
    card_menu = window.menuBar().addMenu("&Card")
    card_menu.addAction(
        action("new_card", "&New card in the cell", lambda: _new_card(window), "Ins", True)
    )
    effort_menu = card_menu.addMenu("&Effort")
    for value in range(1, 6):
        effort_menu.addAction(
            action(
                f"effort_{value}",
                f"&{value}",
                lambda v=value: map_actions.set_effort(document, cards(), v),
                str(value),
                True,
            )
        )
    effort_menu.addAction(
        action(
            "effort_none",
            "&None",
            lambda: map_actions.set_effort(document, cards(), None),
            "0",
            True,
        )
    )
    card_menu.addAction(
        action(
            "emotion_down",
            "Lower emotion",
            lambda: map_actions.bump_emotion(document, cards(), -1),
            ["-"],
            True,
        )
    )
    card_menu.addAction(
        action(
            "emotion_up",
            "Raise emotion",
            lambda: map_actions.bump_emotion(document, cards(), 1),
            ["+", "="],
            True,
        )
    )

    # --- Map ----------------------------------------------------------------------------------
    map_menu = window.menuBar().addMenu("&Map")
    map_menu.addAction(action("add_stage", "Add &stage", lambda: map_actions.add_stage(document)))
    map_menu.addAction(
        action("add_persona", "Add &persona", lambda: map_actions.add_persona(document))
    )
    lane_menu = map_menu.addMenu("Add &lane to the selected persona")
    for kind, name in map_actions.LANE_NAMES.items():
        lane_menu.addAction(action(f"add_lane_{kind}", name, lambda k=kind: _add_lane(window, k)))

    # --- View ---------------------------------------------------------------------------------
    view_menu = window.menuBar().addMenu("&View")
    view_menu.addAction(
        action("zoom_in", "Zoom &in", view.zoom_in, [QKeySequence.ZoomIn, "Ctrl+="])
    )
    view_menu.addAction(action("zoom_out", "Zoom &out", view.zoom_out, QKeySequence.ZoomOut))
    view_menu.addAction(action("zoom_fit", "&Fit to window", view.fit_to_window, "Ctrl+0"))
    view_menu.addAction(action("zoom_100", "&Actual size", view.reset_zoom, "Ctrl+1"))
    view_menu.addSeparator()
    view_menu.addAction(window.palette.toggleViewAction())
    view_menu.addAction(window.inspector.toggleViewAction())

    # --- Help ---------------------------------------------------------------------------------
    help_menu = window.menuBar().addMenu("&Help")
    help_menu.addAction(
        action("shortcuts", "&Keyboard shortcuts", lambda: show_shortcuts(window), "F1")
    )
    help_menu.addAction(action("about", "&About journey-editor", lambda: show_about(window)))

    # --- Toolbar ------------------------------------------------------------------------------
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(actions["new"])
    _menu_button(toolbar, "From template", window.templates_menu)
    toolbar.addAction(actions["open"])
    _menu_button(toolbar, "Recent", window.recent_menu)
    toolbar.addAction(actions["save"])
    toolbar.addAction(actions["save_as"])
    _menu_button(toolbar, "Export", window.export_menu)
    toolbar.addSeparator()
    for name in ("undo", "redo"):
        toolbar.addAction(actions[name])
    toolbar.addSeparator()
    for name in ("zoom_out", "zoom_in", "zoom_fit"):
        toolbar.addAction(actions[name])
    window.addToolBar(toolbar)

    selection.changed.connect(lambda: _enable_for_selection(actions, selection))
    _enable_for_selection(actions, selection)
    QGuiApplication.clipboard().dataChanged.connect(
        lambda: actions["paste"].setEnabled(clipboard.clipboard_has_cards())
    )
    actions["paste"].setEnabled(clipboard.clipboard_has_cards())
    return actions


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
        window.statusBar().showMessage(f"Not done: {error}", 8000)


def _select_cards(window: MainWindow, ids: tuple[str, ...]) -> None:
    if ids:
        window.selection.set("card", ids)


def _paste(window: MainWindow) -> None:
    _select_cards(window, clipboard.paste_cards(window.document, window.view.selected_cell()))


def _new_card(window: MainWindow) -> None:
    cell = window.view.selected_cell()
    if cell is None:
        window.statusBar().showMessage("Select a card or a cell first", 5000)
        return
    card_id = map_actions.add_card(window.document, *cell)
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
            dialogs.show_error(window, "No persona", "Add a persona first.")
            return
        persona_id = project.personas[0].id
    map_actions.add_lane(window.document, persona_id, kind)
