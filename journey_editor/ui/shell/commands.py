"""Window commands that are more than one call: what some rows of the action table run
(paste at the selected cell, a new card there, a lane for the selected persona), and the
Open recent menu."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from journey_editor.ui import dialogs
from journey_editor.ui.editing import clipboard, verbs

if TYPE_CHECKING:
    from journey_editor.ui.shell.editor_window import EditorWindow


class RecentMenu(QMenu):
    """File ▸ Open recent (its title comes from the action table): the settings' recent
    files, refreshed after each open and save."""

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self._window = window
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        for text in self._window.settings.recent_files:
            action = self.addAction(Path(text).name)
            action.setToolTip(text)
            action.triggered.connect(lambda _=False, p=text: self._window.files.open_path(Path(p)))
        self.setEnabled(bool(self._window.settings.recent_files))


def select_cards(window: EditorWindow, ids: tuple[str, ...]) -> None:
    if ids:
        window.selection.set("card", ids)


def duplicate(window: EditorWindow) -> None:
    select_cards(window, verbs.duplicate_cards(window.document, window.selection.card_ids()))


def paste(window: EditorWindow) -> None:
    select_cards(window, clipboard.paste_cards(window.document, window.view.selected_cell()))


def new_card(window: EditorWindow) -> None:
    cell = window.view.selected_cell()
    if cell is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainMenu", "Select a card or a cell first"), 5000
        )
        return
    card_id = verbs.add_card(window.document, *cell)
    window.selection.set("card", (card_id,))
    window.view.edit_card_title(card_id)


def select_all_cards(window: EditorWindow) -> None:
    """Ctrl+A: every card on screen; none that a filter hides or the spotlight dims."""
    shows = window.view.shows_card
    window.selection.set(
        "card", [card.id for card in window.document.project.cards if shows(card.id)]
    )


def add_lane(window: EditorWindow, kind: str) -> None:
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
