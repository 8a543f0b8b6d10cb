"""Dot voting in the window: View → Top voted, a dock listing the cards by votes (a click
selects the card and scrolls it into view), and the way to a card that a filter hides.

The votes themselves are edits (V / Shift+V, Map → Clear votes: rows of the action table,
through `verbs.vote` and `verbs.clear_votes`); the dock only reads the map, and follows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.layout.view_filter import ViewFilter
from journey_editor.model.project import Project

if TYPE_CHECKING:
    from journey_editor.ui.shell.editor_window import EditorWindow

CARD_ROLE = Qt.ItemDataRole.UserRole


def ranked(project: Project) -> list[tuple[int, str, str]]:
    """(votes, card id, where) of every card with votes, most first; ties in map order."""
    personas = {persona.id: persona.name for persona in project.personas}
    stages = {stage.id: stage.name for stage in project.stages}
    voted = [card for card in project.cards if card.votes > 0]
    voted.sort(key=lambda card: -card.votes)
    return [
        (card.votes, card.id, f"{personas.get(card.persona, '')} · {stages.get(card.stage, '')}")
        for card in voted
    ]


class TopVotedDock(QDockWidget):
    """The cards with votes, most first: votes, title, persona · stage."""

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window.dialog_parent)
        self.window_ = window
        self._listed: set[str] | None = None  # the cards listed; None: not known
        self.setObjectName("top-voted")
        self.setWindowTitle(self.tr("Top voted"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.empty = QLabel(self.tr("No votes yet: select cards on the map and press V."), body)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.tree = QTreeWidget(body)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Votes"), self.tr("Card"), self.tr("Where")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # The title and where it is share the width: both shorten with "…", tooltips in full.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setAccessibleName(self.tr("Cards by votes"))
        # Sharing the right side with the inspector, it still shows the first ten or so.
        self.tree.setMinimumHeight(200)
        self.tree.itemClicked.connect(self._show_item)
        self.tree.itemActivated.connect(self._show_item)  # Enter on a row
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        document = window.document
        document.changed.connect(self._on_changed)
        document.replaced.connect(self.refresh)
        self.visibilityChanged.connect(lambda visible: visible and self.refresh())

    def _on_changed(self, change) -> None:
        """Look again only when the edit can change the list: a card listed, or a card that
        has votes now (a move of an unvoted card on a 50,000-card map costs nothing here)."""
        listed = self._listed
        if listed is not None and not change.structural and listed.isdisjoint(change.touched):
            cards = self.window_.document.project.card_list()
            if not any(
                card is not None and card.votes > 0
                for card in (cards.card(object_id) for object_id in change.touched)
            ):
                return
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._listed = None  # refreshed when shown (visibilityChanged): closed, costs nothing
            return
        project = self.window_.document.project
        rows = ranked(project)
        self._listed = {card_id for _, card_id, _ in rows}
        untitled = self.tr("(untitled)")
        self.tree.clear()
        for votes, card_id, where in rows:
            title = project.card(card_id).title.strip() or untitled
            item = QTreeWidgetItem([str(votes), title, where])
            item.setData(0, CARD_ROLE, card_id)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(1, f"{title}\n{where}")
            item.setToolTip(2, where)
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not rows)
        self.tree.setVisible(bool(rows))

    def card_ids(self) -> list[str]:
        """The listed cards, top to bottom."""
        return [
            self.tree.topLevelItem(row).data(0, CARD_ROLE)
            for row in range(self.tree.topLevelItemCount())
        ]

    def _show_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        reveal_card(self.window_, item.data(0, CARD_ROLE))


def reveal_card(window: EditorWindow, card_id: str) -> None:
    """Select a card and scroll it into view; a card the spotlight dims or a filter hides is
    shown first, by clearing them (the status bar says so)."""
    view = window.view
    if card_id not in {card.id for card in window.document.project.cards}:
        return
    if not view.shows_card(card_id):
        view.set_view_filter(ViewFilter())
        window.show_status(
            QCoreApplication.translate("Voting", "Spotlight and filters cleared to show the card")
        )
    window.selection.set("card", [card_id])
    view.reveal(card_id)
