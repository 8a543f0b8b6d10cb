"""View → Channel path: a window of its own beside the map (another screen, the projector)
drawing one persona's channel path big; a list chooses the persona; it follows every edit of
the map; clicking a dot selects its card on the map."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journey_editor.export.channel_path_words import channel_path_labels
from journey_editor.i18n import ui_language
from journey_editor.layout.figures import decimal_mark
from journey_editor.ui.channel_path.view import ChannelPathView
from journey_editor.ui.map_side_window import MapSideHost, MapSideWindow


class ChannelPathWindow(MapSideWindow):
    def __init__(self, host: MapSideHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("channel-path")
        self.setMinimumSize(720, 480)
        self.resize(1280, 800)
        self.view = ChannelPathView(self)
        self.view.setAccessibleName(self.tr("Chart of the persona's channel path"))
        self.view.card_clicked.connect(self.show_card)
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

        self.start_following(self.refresh)

    def refresh(self) -> None:
        """The persona list and the path from the map as it is now (the persona kept)."""
        self.stop_pending()
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
