"""A bar above the canvas for news that must not interrupt a workshop (no modal dialog).

It holds one message at a time, with real buttons for what the user can do about it, and a
close button; showing a new message replaces the old one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class MessageBar(QFrame):
    cleared = Signal(str)  # the topic of a message that was just hidden (replaced or done)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A warm, light background and a dark text colour: readable in light and dark themes.
        self.setStyleSheet(
            "#message-bar { background: #FFF4CE; border: 1px solid #E0C060; }"
            "#message-bar QLabel { color: #3B2F00; }"
        )
        self.setAccessibleName(self.tr("File notice"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        # A lambda: clicked(bool) would hand `checked` to clear() as its topic.
        self.close_button.clicked.connect(lambda: self.clear())
        self._layout.addWidget(self.close_button)
        self.topic = ""  # what the message is about, so its owner can clear just its own
        self.hide()

    def show_message(
        self, topic: str, text: str, buttons: list[tuple[str, str, Callable[[], object]]]
    ) -> None:
        """Show `text` with buttons given as (object name, label, action); each button also
        hides the bar before running its action."""
        self.clear()
        self.topic = topic
        self.label.setText(text)
        for name, label, slot in buttons:
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, s=slot: self._run(s))
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.show()

    def button(self, name: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.objectName() == name), None)

    def clear(self, topic: str | None = None) -> None:
        """Hide the message (only when it is about `topic`, if given)."""
        if topic is not None and topic != self.topic:
            return
        shown = self.topic
        for button in self._buttons:
            button.hide()
            button.deleteLater()
        self._buttons.clear()
        self.topic = ""
        self.label.clear()
        self.hide()
        if shown:
            self.cleared.emit(shown)

    def _run(self, slot: Callable[[], object]) -> None:
        self.clear()
        slot()


def with_bar_above(bar: MessageBar, widget: QWidget, parent: QWidget) -> QWidget:
    """A container showing `bar` (when it has a message) above `widget`."""
    container = QWidget(parent)
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(bar)
    layout.addWidget(widget, 1)
    return container
