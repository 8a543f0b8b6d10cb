"""A window of its own beside the map (another screen, the projector) that draws something
about the open map: View → Compare personas, View → Channel path.

It follows every edit of the map (a burst of edits — typing, a drag's steps — lays it out
once, FOLLOW_DELAY_MS after the last), closes with the main window, and shows a card on the
map when asked. Subclasses build their content, then call `start_following(refresh)` with
the method that draws the map as it is now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection

FOLLOW_DELAY_MS = 150


class MapReveal(Protocol):
    def reveal(self, object_id: str) -> None: ...


class MapSideHost(Protocol):
    """What the window needs of the main window: the map, and a way to show a card on it."""

    document: MapDocument
    selection: Selection
    view: MapReveal


class MapSideWindow(QWidget):
    def __init__(self, host: MapSideHost, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.host = host
        self.document = host.document
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_DELAY_MS)

    def start_following(self, refresh: Callable[[], None]) -> None:
        """Call `refresh` now and after every burst of edits of the map."""
        self._timer.timeout.connect(refresh)
        self.document.changed.connect(self._schedule)
        self.document.replaced.connect(self._schedule)
        self.document.path_changed.connect(self._schedule)
        if isinstance(self.host, QObject):
            self.host.installEventFilter(self)  # closes with the main window (see eventFilter)
        refresh()

    def stop_pending(self) -> None:
        """A refresh is being done now: the one scheduled is not needed."""
        self._timer.stop()

    def _schedule(self, *_args) -> None:
        self._timer.start()

    def show_card(self, card_id: str) -> None:
        """Select the card on the map and scroll it into view."""
        self.host.selection.set("card", (card_id,))
        self.host.view.reveal(card_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The main window hidden by its own close (not minimised: that hide is spontaneous):
        # a window of its own would otherwise stay open, and keep the application running.
        if watched is self.host and event.type() == QEvent.Type.Hide and not event.spontaneous():
            self.close()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)
