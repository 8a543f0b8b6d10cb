"""The timer's dialog (T): presets of 5, 10 and 15 minutes and a value of one's own start at
once and close it; while a timer runs it shows the time left, Pause / Resume and Reset.

Not modal: the map stays usable behind it, and the status bar keeps counting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey_editor.ui.workshop.timer import WorkshopTimer
from journey_editor.ui.workshop.timer_display import TimerDisplay

PRESET_MINUTES = (5, 10, 15)
CUSTOM_RANGE = (1, 240)  # minutes: up to a half-day session
CUSTOM_DEFAULT = 20


class TimerDialog(QDialog):
    def __init__(self, timer: WorkshopTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setObjectName("timer-dialog")
        self.setWindowTitle(self.tr("Timer"))
        layout = QVBoxLayout(self)

        self.display = TimerDisplay(timer, self, large=True)
        self.idle_label = QLabel(self.tr("Start a countdown for the room:"), self)
        layout.addWidget(self.display, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.idle_label)

        presets = QHBoxLayout()
        self.preset_buttons: dict[int, QPushButton] = {}
        for minutes in PRESET_MINUTES:
            # No Alt letters: "10" and "15" would share one.
            button = QPushButton(self.tr("{minutes} min").format(minutes=minutes), self)
            button.setObjectName(f"timer-preset-{minutes}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, m=minutes: self.start_minutes(m))
            presets.addWidget(button)
            self.preset_buttons[minutes] = button
        layout.addLayout(presets)

        custom = QHBoxLayout()
        label = QLabel(self.tr("&Other:"), self)
        self.custom_minutes = QSpinBox(self)
        self.custom_minutes.setObjectName("timer-custom-minutes")
        self.custom_minutes.setRange(*CUSTOM_RANGE)
        self.custom_minutes.setValue(CUSTOM_DEFAULT)
        self.custom_minutes.setSuffix(self.tr(" min"))
        self.custom_minutes.setAccessibleName(self.tr("Minutes of the countdown"))
        label.setBuddy(self.custom_minutes)
        self.custom_start = QPushButton(self.tr("&Start"), self)
        self.custom_start.setObjectName("timer-custom-start")
        self.custom_start.setAutoDefault(False)
        self.custom_start.clicked.connect(lambda: self.start_minutes(self.custom_minutes.value()))
        # Enter in the field starts it too.
        self.custom_minutes.lineEdit().returnPressed.connect(self.custom_start.click)
        custom.addWidget(label)
        custom.addWidget(self.custom_minutes, 1)
        custom.addWidget(self.custom_start)
        layout.addLayout(custom)

        controls = QHBoxLayout()
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("timer-pause")
        self.pause_button.setAutoDefault(False)
        self.pause_button.clicked.connect(timer.toggle_pause)
        self.reset_button = QPushButton(self.tr("&Reset"), self)
        self.reset_button.setObjectName("timer-reset")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(timer.reset)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.reset_button)
        layout.addLayout(controls)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        timer.changed.connect(self.refresh)
        self.refresh()

    def start_minutes(self, minutes: int) -> None:
        self.timer.start(minutes * 60)
        self.accept()  # the time shows in the status bar (or the presentation's corner)

    def refresh(self) -> None:
        state = self.timer.state()
        if self.idle_label.isVisibleTo(self) != (state == "idle"):
            self.idle_label.setVisible(state == "idle")
            self.adjustSize()  # the big clock came or went: no gap where it was
        self.pause_button.setText(self.tr("R&esume") if state == "paused" else self.tr("&Pause"))
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.reset_button.setEnabled(state != "idle")
