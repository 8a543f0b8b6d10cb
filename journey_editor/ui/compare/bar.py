"""The bar above the canvas while comparing: «Comparing with «file» — N changes» and a Leave
button (Esc on the map, and the View menu's command again, leave too)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class CompareBar(QFrame):
    leave_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Cool and quiet (the message bar above it is warm): a mode, not news.
        self.setStyleSheet(
            "#compare-bar { background: #E8E4F6; border: 1px solid #9A8FCB; }"
            "#compare-bar QLabel { color: #2A2250; }"
        )
        self.setAccessibleName(self.tr("Compare mode"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.leave_button = QPushButton(self.tr("Leave"), self)
        self.leave_button.setObjectName("compare-leave")
        self.leave_button.setToolTip(self.tr("Leave compare mode (Esc on the map)"))
        self.leave_button.clicked.connect(self.leave_clicked)
        layout.addWidget(self.leave_button)
        self.hide()

    def show_state(self, other: str, count: str) -> None:
        self.label.setText(
            self.tr("Comparing with {other} — {count}").format(other=other, count=count)
        )
        self.show()
