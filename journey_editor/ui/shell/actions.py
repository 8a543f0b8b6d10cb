"""The one table of the window's actions: every menu command and keyboard shortcut is a row.

A `Command` row gives the action's stable name (its objectName and its key in
`WindowMenus.actions`), its menu text, its keys (Qt standard keys or key strings), its place
(a menu path; `TOOLBAR` lists the toolbar), what it runs, whether its keys work only while the
map has the focus (`canvas`: typing a "3" in the inspector types it) and its line in the help.
`Menu` and `Separator` rows shape the menus: items go into their menu in the table's order.
From this table come:

- the menus, the toolbar and the QActions with their shortcuts (`menus.build_menus`);
- Help → Keyboard shortcuts (`help_lines`), in the platform's own key names and the
  interface language;
- the README's table of shortcuts: `python -m journey_editor.ui.shell.actions --readme` prints
  it, `--write-readme README.md` rewrites it between its markers.

Keys the canvas handles itself (arrows, Tab, Esc, the Menu key) and mouse gestures are no
actions: they are the rows of `GESTURES`, listed in the help beside the actions.
tests/ui/test_action_table.py holds all of it against the bindings of a real main window.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, SignalInstance, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from shiboken6 import isValid

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.templates import list_templates
from journey_editor.ui.compare import menu as compare_menu
from journey_editor.ui.editing import clipboard, verbs
from journey_editor.ui.labels import lane_kind_label
from journey_editor.ui.shell import action_rows, commands, filters, keyboard_access
from journey_editor.ui.shell.action_rows import Command, Gesture, HelpLine, Menu, Separator
from journey_editor.ui.shell.view_actions import (
    PERSONA_COLUMN_TEXTS,
    canvas_only_action,
    persona_column_action,
)

if TYPE_CHECKING:
    from journey_editor.ui.shell.editor_window import EditorWindow

StandardKey = QKeySequence.StandardKey


# The dialogs that pull reportlab, the exporters or the persona chart, and those only a later
# action opens (channels, help, preferences), load the first time they are used, not before
# the window shows (issue 14, item 5).
def export_pdf_dialog(*args, **kwargs):
    from journey_editor.ui.handout.pdf_dialog import export_pdf_dialog as run

    return run(*args, **kwargs)


def export_image_dialog(*args, **kwargs):
    from journey_editor.ui.handout.image_dialog import export_image_dialog as run

    return run(*args, **kwargs)


def show_channel_path_window(*args, **kwargs):
    from journey_editor.ui.channel_path import show_channel_path_window as run

    return run(*args, **kwargs)


def show_compare_window(*args, **kwargs):
    from journey_editor.ui.persona_compare import show_compare_window as run

    return run(*args, **kwargs)


def show_channel_editor(*args, **kwargs):
    from journey_editor.ui.channels.dialog import show_channel_editor as run

    return run(*args, **kwargs)


def show_shortcuts(*args, **kwargs):
    from journey_editor.ui.shell.help_dialogs import show_shortcuts as run

    return run(*args, **kwargs)


def show_about(*args, **kwargs):
    from journey_editor.ui.shell.help_dialogs import show_about as run

    return run(*args, **kwargs)


def edit_preferences(*args, **kwargs):
    from journey_editor.ui.shell.preferences_dialog import edit_preferences as run

    return run(*args, **kwargs)


FILE = QT_TRANSLATE_NOOP("Shortcuts", "File")
EDIT = QT_TRANSLATE_NOOP("Shortcuts", "Edit")
CARD = QT_TRANSLATE_NOOP("Shortcuts", "Card")
NAVIGATE = QT_TRANSLATE_NOOP("Shortcuts", "Navigate")
VIEW = QT_TRANSLATE_NOOP("Shortcuts", "View")
MOUSE = QT_TRANSLATE_NOOP("Shortcuts", "Mouse")
HELP = QT_TRANSLATE_NOOP("Shortcuts", "Help")
PRESENT = QT_TRANSLATE_NOOP("Shortcuts", "Presentation mode")
WORKSHOP = QT_TRANSLATE_NOOP("Shortcuts", "Workshop")
SECTIONS = (FILE, EDIT, CARD, NAVIGATE, VIEW, PRESENT, WORKSHOP, MOUSE, HELP)

CUT_COPY_PASTE = QT_TRANSLATE_NOOP("Shortcuts", "Cut, copy, paste cards (also between windows)")
SET_EFFORT = QT_TRANSLATE_NOOP("Shortcuts", "Set effort of the selected cards")
EMOTION = QT_TRANSLATE_NOOP("Shortcuts", "Lower / raise emotion")
ZOOM = QT_TRANSLATE_NOOP("Shortcuts", "Zoom in / out")
PANES = QT_TRANSLATE_NOOP("Shortcuts", "Next / previous pane: palette, map, inspector")
VOTES = QT_TRANSLATE_NOOP("Shortcuts", "Add / remove a dot vote on the selected cards")


def _undo(window: EditorWindow, text: str | None) -> QAction:
    stack = window.document.undo_stack
    return _steady_label(stack.createUndoAction(window, text), text, stack.undoTextChanged)


def _redo(window: EditorWindow, text: str | None) -> QAction:
    stack = window.document.undo_stack
    return _steady_label(stack.createRedoAction(window, text), text, stack.redoTextChanged)


def _steady_label(action: QAction, text: str | None, step_changed: SignalInstance) -> QAction:
    """The toolbar button says only "Undo" / "Redo", so it keeps its width at every edit (the
    toolbar would jump otherwise); the step itself is in the Edit menu and the tooltip."""
    action.setIconText((text or action.text()).replace("&", ""))
    step_changed.connect(_StepTooltip(action).show)
    return action


class _StepTooltip(QObject):
    """The action's tooltip follows its text ("Undo Add card «Blog»"). A child of the action,
    so the connection ends with it (a bare function would outlive the window's actions)."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self._action = action
        self.show("")

    @Slot(str)
    def show(self, _step: str) -> None:
        # The stack tells its last step while the window is being torn down, after the
        # action's C++ half is gone.
        if isValid(self._action):
            self._action.setToolTip(self._action.text().replace("&", ""))


def _dock_toggle(dock: str) -> Callable[[EditorWindow, str | None], QAction]:
    def make(window: EditorWindow, text: str | None) -> QAction:
        action = getattr(window, dock).toggleViewAction()
        if text is not None:
            action.setText(text)
        return action

    return make


def _template_rows() -> list[Command]:
    return [
        Command(
            f"template:{template.name}",
            template.display_name(),
            lambda window, name=template.name: window.files.new_from_template(name),
            translate=False,
            tip=template.description(),
        )
        for template in list_templates()
    ]


def _lane_rows() -> list[Command]:
    return [
        Command(
            f"add_lane_{kind}",
            lane_kind_label(kind),
            lambda window, kind=kind: commands.add_lane(window, kind),
            translate=False,
        )
        for kind in verbs.LANE_NAMES
    ]


def _compare_rows() -> list[Command]:
    return [
        Command(name, text, make=compare_menu.action_maker(kind))
        for name, text, kind in compare_menu.ENTRIES
    ]


def _persona_column_rows() -> list[Command]:
    return [
        Command(f"persona_column_{column}", text, make=persona_column_action(column))
        for column, text in PERSONA_COLUMN_TEXTS.items()
    ]


def _cards(window: EditorWindow) -> tuple[str, ...]:
    return window.selection.card_ids()


ACTIONS: tuple[Command | Menu | Separator, ...] = (
    # --- File --------------------------------------------------------------------------------
    Menu(
        "file",
        QT_TRANSLATE_NOOP("MainMenu", "&File"),
        # Whether a .bak exists changes behind our back: look again each time the menu opens.
        on_show=lambda window, _menu: window.files.disk.refresh_actions(),
    ),
    Command(
        "new",
        QT_TRANSLATE_NOOP("MainMenu", "&New map"),
        lambda window: window.files.new_blank(),
        (StandardKey.New,),
        "file",
        section=FILE,
        help=QT_TRANSLATE_NOOP("Shortcuts", "New map"),
    ),
    Menu(
        "file/template",
        QT_TRANSLATE_NOOP("MainMenu", "New from &template"),
        button=QT_TRANSLATE_NOOP("MainMenu", "From template"),
        rows=_template_rows,
        tips=True,
    ),
    Command(
        "open",
        QT_TRANSLATE_NOOP("MainMenu", "&Open…"),
        lambda window: window.files.open_dialog(),
        (StandardKey.Open,),
        "file",
        section=FILE,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Open a map"),
    ),
    Menu(
        "file/recent",
        QT_TRANSLATE_NOOP("MainMenu", "Open &recent"),
        button=QT_TRANSLATE_NOOP("MainMenu", "Recent"),
        make=commands.RecentMenu,
    ),
    Separator("file"),
    Command(
        "save",
        QT_TRANSLATE_NOOP("MainMenu", "&Save"),
        lambda window: window.files.save(),
        (StandardKey.Save,),
        "file",
        section=FILE,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Save"),
    ),
    Command(
        "save_as",
        QT_TRANSLATE_NOOP("MainMenu", "Save &as…"),
        lambda window: window.files.save_as(),
        ("Ctrl+Shift+S",),
        "file",
        section=FILE,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Save as"),
    ),
    Command(
        "save_as_to_be",
        QT_TRANSLATE_NOOP("MainMenu", "Save as to-&be…"),
        lambda window: window.files.save_as_to_be(),
        menu="file",
    ),
    Command(
        "reload",
        QT_TRANSLATE_NOOP("MainMenu", "Re&load from disk"),
        lambda window: window.files.disk.reload_from_disk(),
        menu="file",
    ),
    Command(
        "revert_backup",
        QT_TRANSLATE_NOOP("MainMenu", "Re&vert to backup…"),
        lambda window: window.files.disk.revert_to_backup(),
        menu="file",
    ),
    Separator("file"),
    Command(
        "import",
        QT_TRANSLATE_NOOP("MainMenu", "&Import…"),
        lambda window: window.files.import_dialog(),
        menu="file",
    ),
    Menu(
        "file/export",
        QT_TRANSLATE_NOOP("MainMenu", "&Export"),
        button=QT_TRANSLATE_NOOP("MainMenu", "Export"),
    ),
    Command(
        "export_pdf",
        QT_TRANSLATE_NOOP("MainMenu", "PDF handout…"),
        export_pdf_dialog,
        ("Ctrl+Shift+P",),
        "file/export",
        section=FILE,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Export the PDF handout"),
    ),
    Command(
        "export_image",
        QT_TRANSLATE_NOOP("MainMenu", "Image (.png, .svg)…"),
        export_image_dialog,
        menu="file/export",
    ),
    Separator("file/export"),
    Command(
        "export_ojf",
        QT_TRANSLATE_NOOP("MainMenu", "OpenJourney (.ojf)…"),
        lambda window: window.files.export_dialog("ojf"),
        menu="file/export",
    ),
    Command(
        "export_mmd",
        QT_TRANSLATE_NOOP("MainMenu", "Mermaid journey (.mmd)…"),
        lambda window: window.files.export_dialog("mermaid"),
        menu="file/export",
    ),
    Command(
        "export_csv",
        QT_TRANSLATE_NOOP("MainMenu", "CSV of cards (.csv)…"),
        lambda window: window.files.export_dialog("csv"),
        menu="file/export",
    ),
    Separator("file"),
    Command(
        "preferences",
        QT_TRANSLATE_NOOP("MainMenu", "Pre&ferences…"),
        edit_preferences,
        # The platform's key (⌘, on macOS, none on Windows), and Ctrl+, everywhere.
        (StandardKey.Preferences, "Ctrl+,"),
        "file",
        section=FILE,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Preferences"),
    ),
    Command(
        "quit",
        QT_TRANSLATE_NOOP("MainMenu", "&Quit"),
        lambda window: window.close(),
        (StandardKey.Quit, "Ctrl+Q"),  # Windows has no standard Quit key: Ctrl+Q there too
        "file",
        section=FILE,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Quit"),
    ),
    # --- Edit --------------------------------------------------------------------------------
    Menu("edit", QT_TRANSLATE_NOOP("MainMenu", "&Edit")),
    Command(
        "undo",
        QT_TRANSLATE_NOOP("MainMenu", "&Undo"),
        keys=(StandardKey.Undo,),
        menu="edit",
        make=_undo,
        section=EDIT,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Undo"),
    ),
    Command(
        "redo",
        QT_TRANSLATE_NOOP("MainMenu", "&Redo"),
        keys=("Ctrl+Shift+Z", "Ctrl+Y"),
        menu="edit",
        make=_redo,
        section=EDIT,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Redo"),
    ),
    Command(
        "history",
        QT_TRANSLATE_NOOP("MainMenu", "Undo &history"),
        menu="edit",
        make=_dock_toggle("history"),
    ),
    Separator("edit"),
    Command(
        "cut",
        QT_TRANSLATE_NOOP("MainMenu", "Cu&t"),
        lambda window: clipboard.cut_cards(window.document, window.selection),
        (StandardKey.Cut,),
        "edit",
        canvas=True,
        needs="cards",
        section=EDIT,
        help=CUT_COPY_PASTE,
    ),
    Command(
        "copy",
        QT_TRANSLATE_NOOP("MainMenu", "&Copy"),
        lambda window: clipboard.copy_cards(window.document, _cards(window)),
        (StandardKey.Copy,),
        "edit",
        canvas=True,
        needs="cards",
        section=EDIT,
        help=CUT_COPY_PASTE,
    ),
    Command(
        "paste",
        QT_TRANSLATE_NOOP("MainMenu", "&Paste"),
        commands.paste,
        (StandardKey.Paste,),
        "edit",
        canvas=True,
        needs="clipboard",
        section=EDIT,
        help=CUT_COPY_PASTE,
    ),
    Command(
        "duplicate",
        QT_TRANSLATE_NOOP("MainMenu", "&Duplicate"),
        commands.duplicate,
        ("Ctrl+D",),
        "edit",
        canvas=True,
        needs="cards",
        section=EDIT,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Duplicate the selected cards"),
    ),
    Command(
        "delete",
        QT_TRANSLATE_NOOP("MainMenu", "De&lete"),
        lambda window: verbs.delete_selection(window.document, window.selection),
        (StandardKey.Delete, "Backspace"),
        "edit",
        canvas=True,
        needs="selection",
        section=EDIT,
        help=QT_TRANSLATE_NOOP(
            "Shortcuts", "Delete the selection (cards, or a stage / persona / lane with its cards)"
        ),
    ),
    Command(
        "rename",
        QT_TRANSLATE_NOOP("MainMenu", "Re&name"),
        lambda window: window.view.rename_selected(),
        ("F2",),
        "edit",
        canvas=True,
        section=EDIT,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Rename in place (card title, stage, persona, lane)"),
        also=QT_TRANSLATE_NOOP("Shortcuts", "double-click"),
    ),
    Command(
        "select_all",
        QT_TRANSLATE_NOOP("MainMenu", "Select &all cards"),
        commands.select_all_cards,
        (StandardKey.SelectAll,),
        "edit",
        canvas=True,
        section=EDIT,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Select all cards"),
    ),
    # --- Card --------------------------------------------------------------------------------
    Menu("card", QT_TRANSLATE_NOOP("MainMenu", "&Card")),
    Command(
        "new_card",
        QT_TRANSLATE_NOOP("MainMenu", "&New card in the cell"),
        commands.new_card,
        ("Ins",),
        "card",
        canvas=True,
        section=CARD,
        help=QT_TRANSLATE_NOOP("Shortcuts", "New card in the selected cell"),
    ),
    Command(
        "link_to",
        QT_TRANSLATE_NOOP("MainMenu", "Lin&k to…"),
        lambda window: window.view.link_selected_card(),
        ("L",),
        "card",
        canvas=True,
        needs="cards",
        section=CARD,
        help=QT_TRANSLATE_NOOP(
            "Shortcuts", "Link the card to another: arrows / Tab pick it, Enter links, Esc leaves"
        ),
    ),
    Menu(
        "card/channel",
        QT_TRANSLATE_NOOP("MainMenu", "C&hannel"),
        # The map's channels, read again each time: the catalogue may have changed.
        on_show=keyboard_access.fill_channel_menu,
    ),
    Menu("card/effort", QT_TRANSLATE_NOOP("MainMenu", "&Effort")),
    *(
        Command(
            f"effort_{value}",
            f"&{value}",
            lambda window, value=value: verbs.set_effort(window.document, _cards(window), value),
            (str(value),),
            "card/effort",
            canvas=True,
            needs="cards",
            section=CARD,
            help=SET_EFFORT,
            translate=False,
        )
        for value in range(1, 6)
    ),
    Command(
        "effort_none",
        QT_TRANSLATE_NOOP("MainMenu", "&None"),
        lambda window: verbs.set_effort(window.document, _cards(window), None),
        ("0",),
        "card/effort",
        canvas=True,
        needs="cards",
        section=CARD,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Clear effort"),
    ),
    Command(
        "emotion_down",
        QT_TRANSLATE_NOOP("MainMenu", "&Lower emotion"),
        lambda window: verbs.bump_emotion(window.document, _cards(window), -1),
        ("-",),
        "card",
        canvas=True,
        needs="cards",
        section=CARD,
        help=EMOTION,
    ),
    Command(
        "emotion_up",
        QT_TRANSLATE_NOOP("MainMenu", "&Raise emotion"),
        lambda window: verbs.bump_emotion(window.document, _cards(window), 1),
        ("+", "="),
        "card",
        canvas=True,
        needs="cards",
        section=CARD,
        help=EMOTION,
    ),
    # --- dot voting (issue 12): each press one undo step ---
    Command(
        "vote_add",
        QT_TRANSLATE_NOOP("MainMenu", "Add a &vote"),
        lambda window: verbs.vote(window.document, _cards(window), 1),
        ("V",),
        "card",
        canvas=True,
        needs="cards",
        section=CARD,
        help=VOTES,
    ),
    Command(
        "vote_remove",
        QT_TRANSLATE_NOOP("MainMenu", "Remove a v&ote"),
        lambda window: verbs.vote(window.document, _cards(window), -1),
        ("Shift+V",),
        "card",
        canvas=True,
        needs="cards",
        section=CARD,
        help=VOTES,
    ),
    # --- Map ---------------------------------------------------------------------------------
    Menu("map", QT_TRANSLATE_NOOP("MainMenu", "&Map")),
    Command(
        "add_stage",
        QT_TRANSLATE_NOOP("MainMenu", "Add &stage"),
        keyboard_access.add_stage_and_name,
        menu="map",
    ),
    Command(
        "add_persona",
        QT_TRANSLATE_NOOP("MainMenu", "Add &persona"),
        keyboard_access.add_persona_and_name,
        menu="map",
    ),
    Menu(
        "map/lane",
        QT_TRANSLATE_NOOP("MainMenu", "Add &lane to the selected persona"),
        rows=_lane_rows,
    ),
    Separator("map"),
    Command(
        "channels",
        QT_TRANSLATE_NOOP("MainMenu", "&Channels…"),
        lambda window: show_channel_editor(window),
        menu="map",
    ),
    Separator("map"),
    Command(
        "clear_votes",
        QT_TRANSLATE_NOOP("MainMenu", "Clear &votes"),
        lambda window: verbs.clear_votes(window.document),
        menu="map",
    ),
    # --- View --------------------------------------------------------------------------------
    Menu("view", QT_TRANSLATE_NOOP("MainMenu", "&View")),
    Command(
        "zoom_in",
        QT_TRANSLATE_NOOP("MainMenu", "Zoom &in"),
        lambda window: window.view.zoom_in(),
        (StandardKey.ZoomIn, "Ctrl+="),
        "view",
        section=VIEW,
        help=ZOOM,
    ),
    Command(
        "zoom_out",
        QT_TRANSLATE_NOOP("MainMenu", "Zoom &out"),
        lambda window: window.view.zoom_out(),
        (StandardKey.ZoomOut,),
        "view",
        section=VIEW,
        help=ZOOM,
    ),
    Command(
        "zoom_fit",
        QT_TRANSLATE_NOOP("MainMenu", "&Fit to window"),
        lambda window: window.view.fit_to_window(),
        ("Ctrl+0",),
        "view",
        section=VIEW,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Fit the whole map in the window"),
    ),
    Command(
        "zoom_100",
        QT_TRANSLATE_NOOP("MainMenu", "&Actual size"),
        lambda window: window.view.reset_zoom(),
        ("Ctrl+1",),
        "view",
        section=VIEW,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Actual size (100 %)"),
    ),
    Separator("view"),
    Command(
        "compare_personas",
        QT_TRANSLATE_NOOP("MainMenu", "&Compare personas"),
        show_compare_window,
        menu="view",
    ),
    Command(
        "channel_path",
        QT_TRANSLATE_NOOP("MainMenu", "C&hannel path"),
        show_channel_path_window,
        menu="view",
    ),
    Menu(
        "view/compare",
        QT_TRANSLATE_NOOP("MainMenu", "Compare &with"),
        rows=_compare_rows,
        on_show=lambda window, _menu: compare_menu.refresh_actions(window),
    ),
    Command("top_voted", None, menu="view", make=_dock_toggle("top_voted")),
    Menu("view/filter", QT_TRANSLATE_NOOP("MainMenu", "Spotlight an&d filters")),
    Command(
        "spotlight_persona",
        QT_TRANSLATE_NOOP("MainMenu", "Spotlight the selected &persona"),
        filters.spotlight_persona,
        menu="view/filter",
    ),
    Command(
        "spotlight_stage",
        QT_TRANSLATE_NOOP("MainMenu", "Spotlight the selected &stage"),
        filters.spotlight_stage,
        menu="view/filter",
    ),
    Separator("view/filter"),
    Menu(
        "view/filter/evidence",
        QT_TRANSLATE_NOOP("MainMenu", "Only cards of &evidence"),
        on_show=filters.fill_evidence_menu,
    ),
    Menu(
        "view/filter/tag",
        QT_TRANSLATE_NOOP("MainMenu", "Only cards &tagged"),
        on_show=filters.fill_tag_menu,
    ),
    Menu(
        "view/filter/lanes",
        QT_TRANSLATE_NOOP("MainMenu", "&Hide lanes"),
        on_show=filters.fill_lane_menu,
    ),
    Separator("view/filter"),
    Command(
        "clear_filters",
        QT_TRANSLATE_NOOP("MainMenu", "&Clear spotlight and filters"),
        filters.clear_filters,
        menu="view/filter",
    ),
    Separator("view"),
    Command(
        "present",
        QT_TRANSLATE_NOOP("MainMenu", "&Present"),
        lambda window: window.presentation.toggle(),
        ("F5",),
        "view",
        section=PRESENT,
        help=QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Present: the map full screen for the room, one stage at a time (with a second "
            "screen, the presenter view on the laptop)",
        ),
    ),
    Command(
        "canvas_only",
        QT_TRANSLATE_NOOP("MainMenu", "Canva&s only"),
        keys=("F11",),
        menu="view",
        make=canvas_only_action,
        section=VIEW,
        help=QT_TRANSLATE_NOOP(
            "Shortcuts", "Canvas only: hide or bring back the docks, toolbar and status bar"
        ),
    ),
    Menu(
        "view/persona_column",
        QT_TRANSLATE_NOOP("MainMenu", "Persona co&lumn"),
        rows=_persona_column_rows,
    ),
    Separator("view"),
    Command("palette", None, menu="view", make=_dock_toggle("palette_dock")),
    Command("inspector", None, menu="view", make=_dock_toggle("inspector")),
    Command(
        "conflicts",
        QT_TRANSLATE_NOOP("MainMenu", "Mer&ge conflicts"),
        keys=("Ctrl+Shift+M",),
        menu="view",
        make=_dock_toggle("conflicts_dock"),
        section=VIEW,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the merge conflicts panel"),
    ),
    Separator("view"),
    # The workshop's tools (ui/workshop/, wired in shell/workshop_tools.py).
    Command(
        "capture",
        QT_TRANSLATE_NOOP("MainMenu", "Captu&re remarks"),
        lambda window: window.workshop.open_capture(),
        ("C",),
        "view",
        canvas=True,
        section=WORKSHOP,
        help=QT_TRANSLATE_NOOP(
            "Shortcuts", "Capture bar: type a remark, Enter adds it as a card where the focus is"
        ),
    ),
    Command(
        "timer",
        QT_TRANSLATE_NOOP("MainMenu", "&Timer…"),
        lambda window: window.workshop.open_timer_dialog(),
        ("T",),
        "view",
        canvas=True,
        section=WORKSHOP,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Timer: 5, 10, 15 minutes or your own"),
    ),
    Command(
        "timer_pause",
        QT_TRANSLATE_NOOP("MainMenu", "Pa&use / resume timer"),
        lambda window: window.workshop.pause_or_resume_timer(),
        ("Shift+T",),
        "view",
        canvas=True,
        section=WORKSHOP,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Pause / resume the timer"),
    ),
    Command(
        "timer_reset",
        QT_TRANSLATE_NOOP("MainMenu", "R&eset timer"),
        lambda window: window.workshop.reset_timer(),
        menu="view",
    ),
    Separator("view"),
    # Keyboard users move between the canvas and the docks, and reach the menu bar, with F6 / F10.
    Command(
        "next_pane",
        QT_TRANSLATE_NOOP("MainMenu", "&Next pane"),
        keyboard_access.cycle_panes,
        ("F6",),
        "view",
        section=NAVIGATE,
        help=PANES,
    ),
    Command(
        "previous_pane",
        QT_TRANSLATE_NOOP("MainMenu", "Pre&vious pane"),
        lambda window: keyboard_access.cycle_panes(window, forward=False),
        ("Shift+F6",),
        "view",
        section=NAVIGATE,
        help=PANES,
    ),
    Command(
        "menu_bar",
        QT_TRANSLATE_NOOP("MainMenu", "&Menu bar"),
        keyboard_access.open_menu_bar,
        ("F10",),
        "view",
        section=NAVIGATE,
        help=QT_TRANSLATE_NOOP("Shortcuts", "Open the menu bar / that menu (Card ▸ Channel …)"),
        also=QT_TRANSLATE_NOOP("Shortcuts", "Alt+underlined letter"),
    ),
    # --- Help --------------------------------------------------------------------------------
    Menu("help", QT_TRANSLATE_NOOP("MainMenu", "&Help")),
    Command(
        "shortcuts",
        QT_TRANSLATE_NOOP("MainMenu", "&Keyboard shortcuts"),
        lambda window: show_shortcuts(window, help_lines()),
        ("F1",),
        "help",
        section=HELP,
        help=QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts"),
    ),
    Command(
        "about",
        QT_TRANSLATE_NOOP("MainMenu", "&About journey-editor"),
        show_about,
        menu="help",
    ),
)

# The toolbar, left to right: action names and menu paths (a button opening that menu);
# None draws a separator.
TOOLBAR: tuple[str | None, ...] = (
    "new",
    "file/template",
    "open",
    "file/recent",
    "save",
    "save_as",
    "file/export",
    None,
    "undo",
    "redo",
    None,
    "zoom_out",
    "zoom_in",
    "zoom_fit",
)

GESTURES: tuple[Gesture, ...] = (
    Gesture(
        CARD,
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Set effort on any keyboard layout (AZERTY: & é \" ' ( without Shift)"
        ),
        words=QT_TRANSLATE_NOOP("Shortcuts", "the digit row's keys 1 to 5"),
    ),
    Gesture(
        NAVIGATE,
        QT_TRANSLATE_NOOP("Shortcuts", "Move the selection to the neighbouring card or cell"),
        keys=("Up", "Down", "Left", "Right"),
    ),
    Gesture(
        NAVIGATE,
        QT_TRANSLATE_NOOP("Shortcuts", "Next / previous stage"),
        keys=("Tab", "Shift+Tab"),
    ),
    Gesture(
        NAVIGATE,
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Select the stage, lane, then persona header (F2 renames, Del deletes)"
        ),
        words=QT_TRANSLATE_NOOP("Shortcuts", "↑ on the top row / ← on the first stage"),
    ),
    Gesture(
        NAVIGATE,
        QT_TRANSLATE_NOOP("Shortcuts", "Cancel a rename or a drag; clear the selection"),
        keys=("Esc",),
    ),
    Gesture(
        VIEW,
        QT_TRANSLATE_NOOP("Shortcuts", "Leave compare mode (View ▸ Compare with)"),
        keys=("Esc",),
    ),
    *(
        Gesture(PRESENT, what, keys=keys, target="presentation")
        for what, keys in (
            (
                QT_TRANSLATE_NOOP("Shortcuts", "Next stage (the camera moves to it)"),
                ("Right", "PgDown"),
            ),
            (QT_TRANSLATE_NOOP("Shortcuts", "Previous stage"), ("Left", "PgUp")),
            (QT_TRANSLATE_NOOP("Shortcuts", "First / last stage"), ("Home", "End")),
            (
                QT_TRANSLATE_NOOP(
                    "Shortcuts", "Persona in focus: next / previous (above the first: all)"
                ),
                ("Down", "Up"),
            ),
            (
                QT_TRANSLATE_NOOP(
                    "Shortcuts",
                    "Capture bar under the map: remarks go to the stage and persona in focus",
                ),
                ("C",),
            ),
            (QT_TRANSLATE_NOOP("Shortcuts", "Timer, shown in the top-right corner"), ("T",)),
            (
                QT_TRANSLATE_NOOP("Shortcuts", "Leave presentation mode: the window as it was"),
                ("Esc",),
            ),
        )
    ),
    Gesture(
        NAVIGATE,
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Add that touchpoint to the selected cell, or a stage, persona or lane"
        ),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Enter on a palette tile"),
    ),
    Gesture(
        NAVIGATE,
        QT_TRANSLATE_NOOP("Shortcuts", "The right-click menu of the current card, header or cell"),
        keys=("Menu", "Shift+F10"),
    ),
    # In the capture bar: what the line's first character and its marked words mean
    # (journey_editor/edits/capture_text.py), and its own keys.
    Gesture(
        WORKSHOP,
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Capture bar, first character: ! pain point, + opportunity, ? thought, > action, "
            "~ emotion; none: touchpoint",
        ),
        words=QT_TRANSLATE_NOOP("Shortcuts", "! + ? > ~"),
    ),
    Gesture(
        WORKSHOP,
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Capture bar: the channel whose label starts so (@bout → Boutique)"
        ),
        words=QT_TRANSLATE_NOOP("Shortcuts", "@name"),
    ),
    Gesture(
        WORKSHOP,
        QT_TRANSLATE_NOOP("Shortcuts", "Capture bar: add a tag"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "#word"),
    ),
    Gesture(
        WORKSHOP,
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Capture bar: add the card / take the last capture back / leave"
        ),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Enter / Ctrl+Z / Esc"),
    ),
    Gesture(
        MOUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom around the mouse"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+wheel"),
    ),
    Gesture(
        MOUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "Pan"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Space+drag / middle-drag"),
        uses=("Space",),
    ),
    Gesture(
        MOUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "Move it to another cell or position"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Drag a card"),
    ),
    Gesture(
        MOUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "Copy it"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+drag a card"),
    ),
    Gesture(
        MOUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "Link it to the card you release on"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Drag a card's link handle / Alt+drag a card"),
    ),
    Gesture(
        MOUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "Select a link (Del deletes it, F2 edits its label)"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Click a link"),
    ),
    Gesture(
        MOUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "Reconnect that end to the card you release on"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Drag an end of the selected link"),
    ),
    Gesture(
        MOUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "New touchpoint (channel), stage, persona or lane"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Drag a palette tile"),
    ),
    Gesture(
        MOUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "Reorder stages, personas or lanes"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Drag a header"),
    ),
    Gesture(
        MOUSE,
        QT_TRANSLATE_NOOP("Shortcuts", "Select several cards"),
        words=QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+click / rubber band"),
    ),
)


# --- what the table says in words -----------------------------------------------------------


def commands_of() -> list[Command]:
    """The Command rows of ACTIONS (not the ones a Menu makes when it is built)."""
    return [row for row in ACTIONS if isinstance(row, Command)]


def menu_rows() -> dict[str, Menu]:
    return {row.path: row for row in ACTIONS if isinstance(row, Menu)}


def help_lines(for_readme: bool = False) -> list[HelpLine]:
    """Help → Keyboard shortcuts; in English with Qt's portable key names `for_readme`."""
    return action_rows.help_lines(commands_of(), GESTURES, SECTIONS, for_readme)


def readme_table() -> str:
    """The README's table of shortcuts, in Markdown (needs a QGuiApplication)."""
    return action_rows.markdown_table(help_lines(for_readme=True))


def with_readme_table(readme: str) -> str:
    """`readme` with its table of shortcuts made anew from the action table."""
    return action_rows.with_table(readme, readme_table())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m journey_editor.ui.shell.actions",
        description="The README's table of keyboard shortcuts, made from the action table.",
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--readme", action="store_true", help="print the table")
    what.add_argument(
        "--write-readme",
        metavar="README",
        type=Path,
        help="rewrite the table between its markers in that file",
    )
    args = parser.parse_args(argv)
    # The standard keys' main bindings depend on the platform's keyboard scheme: the README
    # is made on the offscreen platform, as the tests check it, whatever the machine.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication.instance() or QGuiApplication([])
    if args.readme:
        sys.stdout.write(readme_table())
        return 0
    path: Path = args.write_readme
    text = path.read_text(encoding="utf-8")
    updated = with_readme_table(text)
    if updated != text:
        path.write_text(updated, encoding="utf-8")
        print(f"{path}: table of shortcuts rewritten")
    else:
        print(f"{path}: table of shortcuts already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
