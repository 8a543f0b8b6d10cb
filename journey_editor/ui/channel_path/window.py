"""View → Channel path: a window of its own beside the map (another screen, the projector)
drawing one persona's channel path big; a list chooses the persona; it follows every edit of
the map; clicking a dot selects its card on the map."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journey_editor.export.channel_path_words import channel_path_labels
from journey_editor.i18n import ui_language
from journey_editor.layout.figures import decimal_mark
from journey_editor.ui.channel_path.view import ChannelPathView
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection

FOLLOW_DELAY_MS = 150  # edits in a burst (typing, a drag's steps) lay the path out once


class MapReveal(Protocol):
    def reveal(self, object_id: str) -> None: ...


class ChannelPathHost(Protocol):
    """What the window needs of the main window: the map, and a way to show a card on it."""

    document: MapDocument
    selection: Selection
    view: MapReveal


class ChannelPathWindow(QWidget):
    def __init__(self, host: ChannelPathHost, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("channel-path")
        self.host = host
        self.document = host.document
        self.setMinimumSize(720, 480)
        self.resize(1280, 800)
        self.view = ChannelPathView(self)
        self.view.setAccessibleName(self.tr("Chart of the persona's channel path"))
        self.view.card_clicked.connect(self._show_card)
        self.persona = QComboBox(self)
        self.persona.setAccessibleName(self.tr("Persona"))
        self.persona.currentIndexChanged.connect(lambda _index: self._draw())
        label = QLabel(self.tr("&Persona:"), self)
        label.setBuddy(self.persona)
        hint = QLabel(
            self.tr("Hover a dot to see its card; click it to select the card on the map."), self
        )
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 0)
        bar.addWidget(label)
        bar.addWidget(self.persona)
        bar.addSpacing(16)
        bar.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.document.changed.connect(self._schedule)
        self.document.replaced.connect(self._schedule)
        self.document.path_changed.connect(self._schedule)
        if isinstance(host, QObject):
            host.installEventFilter(self)  # closes with the main window (see eventFilter)
        self.refresh()

    def _schedule(self, *_args) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """The persona list and the path from the map as it is now (the persona kept)."""
        self._timer.stop()
        project = self.document.project
        self.setWindowTitle(
            self.tr("Channel path — {name}").format(name=self.document.display_name())
        )
        chosen = self.persona.currentData()
        self.persona.blockSignals(True)
        self.persona.clear()
        for persona in project.personas:
            self.persona.addItem(persona.name, persona.id)
        index = self.persona.findData(chosen)
        self.persona.setCurrentIndex(index if index >= 0 else 0)
        self.persona.blockSignals(False)
        self._draw()

    def show_persona(self, persona_id: str) -> None:
        index = self.persona.findData(persona_id)
        if index >= 0:
            self.persona.setCurrentIndex(index)

    def _draw(self) -> None:
        project = self.document.project
        labels = replace(
            channel_path_labels(ui_language()), decimal_mark=decimal_mark(project.locale)
        )
        self.view.set_content(project, self.persona.currentData() or "", labels)

    def _show_card(self, card_id: str) -> None:
        self.host.selection.set("card", (card_id,))
        self.host.view.reveal(card_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Closes with the main window (its own close, not a minimise), as Compare personas.
        if watched is self.host and event.type() == QEvent.Type.Hide and not event.spontaneous():
            self.close()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)


def show_channel_path_window(host) -> ChannelPathWindow:
    """View → Channel path: this main window's, made the first time, then shown and raised;
    it opens on the persona of the selected card, if any."""
    window = host.findChild(ChannelPathWindow, "channel-path")
    if window is None:
        window = ChannelPathWindow(host, host)
    ids = host.selection.card_ids()
    if ids:
        card = next((c for c in host.document.project.cards if c.id == ids[0]), None)
        if card is not None:
            window.show_persona(card.persona)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
