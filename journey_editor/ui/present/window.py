"""The presentation window: the room view full screen, no chrome, and two places where other
features put their widgets (`add_overlay_widget`): a bar along the bottom (a capture line)
and the top-right corner, over the map (a timer)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from journey_editor.ui.appearance import canvas_background
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.present.room_view import RoomView

CORNER_MARGIN = 16  # pixels between the corner's widgets and the screen's edges


class PresentationWindow(QWidget):
    """Made once per main window and kept (hidden) between presentations, so the widgets put
    in its places stay; its room view exists only while presenting (`attach_view`), so a map
    is not laid out twice after every edit the rest of the time.

    `on_key(event) -> bool` handles the keys of presentation mode; `on_close()` runs when the
    window is closed other than by leaving (the window manager, Alt+F4)."""

    def __init__(self, on_key: Callable[[QKeyEvent], bool], on_close: Callable[[], None]) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentation-window")
        self.setWindowTitle(self.tr("Presentation"))
        self._on_key = on_key
        self._on_close = on_close
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setBrush(self.backgroundRole(), canvas_background(palette))
        self.setPalette(palette)

        self.view: RoomView | None = None
        # The bottom bar: empty (and so taking no room) until a widget is put in it.
        self.bottom = QWidget(self)
        self.bottom.setObjectName("presentation-bottom")
        self.bottom_layout = QVBoxLayout(self.bottom)
        self.bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.bottom.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bottom)
        self._layout = layout
        # The corner floats over the map's top-right corner (the stage row's end).
        self.corner = QWidget(self)
        self.corner.setObjectName("presentation-corner")
        self.corner_layout = QHBoxLayout(self.corner)
        self.corner_layout.setContentsMargins(0, 0, 0, 0)
        self.corner.hide()

    def attach_view(self, document: MapDocument) -> RoomView:
        self.detach_view()
        self.view = RoomView(document, self)
        self.view.setAccessibleName(self.tr("Presentation of the journey map"))
        self._layout.insertWidget(0, self.view, 1)
        self.corner.raise_()
        return self.view

    def detach_view(self) -> None:
        if self.view is not None:
            self._layout.removeWidget(self.view)
            self.view.hide()
            self.view.deleteLater()  # its scene stops following the document with it
            self.view = None

    def add_widget(self, widget: QWidget, place: str) -> None:
        """Put `widget` in the "bottom" bar or the top-right "corner"."""
        if place == "bottom":
            self.bottom_layout.addWidget(widget)
            self.bottom.show()
        elif place == "corner":
            self.corner_layout.addWidget(widget)
            # A widget that shows itself later (a timer that starts) re-sizes the corner.
            widget.installEventFilter(self)
            self.corner.show()
            self._place_corner()
        else:
            raise ValueError(f"unknown place {place!r}: 'bottom' or 'corner'")
        widget.show()

    def _place_corner(self) -> None:
        self.corner.adjustSize()
        hint = self.corner.sizeHint()
        self.corner.setGeometry(
            self.width() - hint.width() - CORNER_MARGIN, CORNER_MARGIN, hint.width(), hint.height()
        )
        self.corner.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize):
            self._place_corner()
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_corner()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._on_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.view is not None:
            self._on_close()
        super().closeEvent(event)
