"""The timer as the room sees it: a button in the status bar, or a badge in a corner of the
presentation (`large=True`). Hidden while no timer runs; clicking it asks for the dialog.

Colours are fixed, not the palette's: the badge must read the same on a projector in light and
dark themes. At zero it flashes (red and white swap) for a few seconds, then stays red.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from journey_editor.ui.workshop.timer import WorkshopTimer

_RUNNING = "color: #1F2937; background: #E8EEF6; border: 1px solid #B8C4D6;"
_PAUSED = "color: #5B4300; background: #FFF4CE; border: 1px solid #E0C060;"
_ALERT = "color: #FFFFFF; background: #B3261E; border: 1px solid #7F1A15;"
_ALERT_OFF = "color: #B3261E; background: #FFFFFF; border: 1px solid #B3261E;"


class TimerDisplay(QToolButton):
    def __init__(self, timer: WorkshopTimer, parent: QWidget | None = None, large: bool = False):
        super().__init__(parent)
        self.timer = timer
        self.large = large
        self.setObjectName("workshop-timer-large" if large else "workshop-timer")
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a status display: T reaches the dialog
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setBold(True)
        # No monospace font: DejaVu Sans's digits are all one width already (the badge does
        # not wobble each second), and its colon sits close, as on a clock.
        if large:
            font.setPointSizeF(font.pointSizeF() * 2.6)
        self.setFont(font)
        timer.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        timer, state = self.timer, self.timer.state()
        self.setVisible(state != "idle")
        clock = timer.text()
        if state == "paused":
            text = self.tr("Paused {clock}").format(clock=clock)
            spoken = self.tr("Timer paused, {clock} left").format(clock=clock)
            style = _PAUSED
        elif state == "finished":
            text = self.tr("Time is up")
            spoken = self.tr("Timer: time is up")
            style = _ALERT if timer.flash_on() or not timer.flashing() else _ALERT_OFF
        else:
            # The big display (a corner of the presentation, the dialog) is a clock alone.
            text = clock if self.large else self.tr("Timer {clock}").format(clock=clock)
            spoken = self.tr("Timer: {clock} left").format(clock=clock)
            style = _RUNNING
        self.setText(text)
        self.setAccessibleName(spoken)
        self.setToolTip(self.tr("Timer: click to pause, resume, reset or start another (T)"))
        padding = "6px 16px; border-radius: 10px;" if self.large else "1px 8px; border-radius: 4px;"
        self.setStyleSheet(f"QToolButton {{ {style} padding: {padding} }}")
