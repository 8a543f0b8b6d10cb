"""The workshop timer in the window: T opens its dialog, a preset starts it, the status bar
counts down on a clock the test moves (the QTimer really ticks and reads it), Shift+T pauses
and resumes, Reset stops it, and at zero the display flashes, then stays red."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journey_editor.settings import Settings
from journey_editor.templates import project_from_template
from journey_editor.ui.shell.main_window import MainWindow
from journey_editor.ui.workshop import timer_display
from journey_editor.ui.workshop.timer import FLASH_SECONDS, WorkshopTimer
from journey_editor.ui.workshop.timer_dialog import TimerDialog
from journey_editor.ui.workshop.timer_display import TimerDisplay

K = Qt.Key
LEFT = Qt.MouseButton.LeftButton
NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    """Monotonic seconds the test sets."""

    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qapp, qtbot, clock, private_window_state):
    win = MainWindow(project_from_template("service-lifecycle"), None, settings=Settings())
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # offscreen, shortcuts fire only for the active window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view, timeout=2000)
    win.workshop.timer.now = clock
    yield win
    win.workshop.timer.reset()
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def shown(qtbot, display: TimerDisplay, text: str) -> None:
    """Wait for the QTimer's next tick to show `text`."""
    qtbot.waitUntil(lambda: display.text() == text, timeout=2000)


def dialog_of(window) -> TimerDialog:
    dialog = window.findChild(TimerDialog, "timer-dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_t_opens_the_dialog_a_preset_starts_and_the_status_bar_counts_down(qtbot, window, clock):
    display = window.workshop.timer_display
    assert not display.isVisible()  # no timer, nothing in the status bar

    QTest.keyClick(window.view, K.Key_T)
    dialog = dialog_of(window)
    assert not dialog.pause_button.isEnabled() and not dialog.reset_button.isEnabled()
    qtbot.mouseClick(dialog.preset_buttons[10], LEFT)

    assert not dialog.isVisible()  # started: the room watches the status bar
    assert display.isVisible() and display.text() == "Timer 10:00"
    assert window.statusBar().isAncestorOf(display)
    clock.t += 61
    shown(qtbot, display, "Timer 8:59")
    clock.t += 0.5
    shown(qtbot, display, "Timer 8:59")
    clock.t += 0.5
    shown(qtbot, display, "Timer 8:58")


def test_shift_t_pauses_and_resumes_and_reset_stops(qtbot, window, clock):
    timer, display = window.workshop.timer, window.workshop.timer_display
    timer.start(5 * 60)
    clock.t += 60
    shown(qtbot, display, "Timer 4:00")

    QTest.keyClick(window.view, K.Key_T, SHIFT)
    assert timer.state() == "paused" and display.text() == "Paused 4:00"
    clock.t += 600  # the room talks on; the timer waits
    qtbot.wait(300)
    assert display.text() == "Paused 4:00"
    window.menus.actions["timer_pause"].trigger()  # View ▸ Pause / resume timer
    clock.t += 30
    shown(qtbot, display, "Timer 3:30")

    QTest.keyClick(window.view, K.Key_T)
    dialog = dialog_of(window)
    assert dialog.pause_button.text() == "&Pause" and dialog.reset_button.isEnabled()
    qtbot.mouseClick(dialog.pause_button, LEFT)
    assert dialog.pause_button.text() == "R&esume"
    qtbot.mouseClick(dialog.reset_button, LEFT)
    assert timer.state() == "idle" and not display.isVisible()
    assert not dialog.reset_button.isEnabled()


def test_a_value_of_ones_own(qtbot, window, clock):
    QTest.keyClick(window.view, K.Key_T)
    dialog = dialog_of(window)
    dialog.custom_minutes.setValue(2)
    qtbot.mouseClick(dialog.custom_start, LEFT)
    assert window.workshop.timer_display.text() == "Timer 2:00"
    assert window.workshop.timer.countdown.duration == 120


def test_at_zero_it_flashes_then_stays_red(qtbot, window, clock):
    timer, display = window.workshop.timer, window.workshop.timer_display
    ended = []
    timer.finished.connect(lambda: ended.append(clock.t))
    timer.start(5 * 60)
    clock.t += 300
    shown(qtbot, display, "Time is up")
    assert ended == [clock.t] and timer.flash_on()
    assert timer_display._ALERT in display.styleSheet()

    clock.t += 0.6  # the dark half of the flash
    qtbot.waitUntil(lambda: timer_display._ALERT_OFF in display.styleSheet(), timeout=2000)
    clock.t += 0.5
    qtbot.waitUntil(lambda: timer_display._ALERT_OFF not in display.styleSheet(), timeout=2000)

    clock.t += FLASH_SECONDS  # done flashing: red, still, and no more ticking
    qtbot.waitUntil(lambda: not timer.ticker.isActive(), timeout=2000)
    assert timer_display._ALERT in display.styleSheet() and display.text() == "Time is up"
    assert ended == [ended[0]]  # announced once
    assert display.accessibleName() == "Timer: time is up"


def test_pause_or_reset_without_a_timer_says_so(qtbot, window):
    QTest.keyClick(window.view, K.Key_T, SHIFT)
    assert window.statusBar().currentMessage() == "No timer is running: T starts one"


def test_a_large_display_for_a_corner_shares_the_timer(qtbot, clock):
    timer = WorkshopTimer(now=clock)
    corner = TimerDisplay(timer, large=True)
    qtbot.addWidget(corner)
    small = TimerDisplay(timer)
    qtbot.addWidget(small)
    timer.start(15 * 60)
    assert (corner.text(), small.text()) == ("15:00", "Timer 15:00")  # the corner: a clock alone
    assert corner.font().pointSizeF() > 2 * small.font().pointSizeF()
    timer.reset()
