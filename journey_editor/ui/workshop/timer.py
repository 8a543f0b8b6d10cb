"""The workshop timer: a Countdown, a QTimer that ticks it, and the flash at zero.

One per window, shared by whatever shows it (the status bar, the dialog, a corner of the
presentation). The clock is injectable (`now`, monotonic seconds) so tests move time by hand;
the QTimer only says when to look at the clock again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from journey_editor.ui.workshop.countdown import Countdown, State, clock_text

TICK_MSECS = 200  # how often the clock is read: a displayed second is never late by more
FLASH_SECONDS = 10.0  # how long the display flashes at zero (then it stays marked, still)
FLASH_PERIOD = 1.0  # one on-and-off of the flash, in seconds


class WorkshopTimer(QObject):
    changed = Signal()  # the remaining time, the state or the flash changed: displays re-read
    finished = Signal()  # reached zero (once per start)

    def __init__(self, parent: QObject | None = None, now: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.now = now
        self.countdown = Countdown()
        self._announced = False  # `finished` already emitted for this start
        self._shown: tuple[State, str, bool] | None = None
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MSECS)
        self.ticker.timeout.connect(self.tick)

    # --- what the user does ------------------------------------------------------------------

    def start(self, seconds: float) -> None:
        self.countdown.start(seconds, self.now())
        self._announced = False
        self.ticker.start()
        self.tick()

    def pause(self) -> None:
        self.countdown.pause(self.now())
        self.tick()

    def resume(self) -> None:
        self.countdown.resume(self.now())
        self.ticker.start()
        self.tick()

    def toggle_pause(self) -> bool:
        """Pause a running timer, resume a paused one; False when there is neither."""
        state = self.state()
        if state == "running":
            self.pause()
        elif state == "paused":
            self.resume()
        return state in ("running", "paused")

    def reset(self) -> None:
        self.countdown.reset()
        self.ticker.stop()
        self.tick()

    # --- what displays read ------------------------------------------------------------------

    def state(self) -> State:
        return self.countdown.state(self.now())

    def remaining(self) -> float:
        return self.countdown.remaining(self.now())

    def text(self) -> str:
        """The remaining time as a clock shows it ("9:59", "1:05:00")."""
        return clock_text(self.remaining())

    def flashing(self) -> bool:
        """Whether the display is in its FLASH_SECONDS of flashing after zero."""
        since = self._since_zero()
        return since is not None and since < FLASH_SECONDS

    def flash_on(self) -> bool:
        """Whether a flashing display is in its bright half now (half of each FLASH_PERIOD)."""
        since = self._since_zero()
        return (
            since is not None
            and since < FLASH_SECONDS
            and since % FLASH_PERIOD < (FLASH_PERIOD / 2)
        )

    def _since_zero(self) -> float | None:
        ended = self.countdown.ended_at()
        if self.state() != "finished" or ended is None:
            return None
        return self.now() - ended

    # --- ticking -----------------------------------------------------------------------------

    def tick(self) -> None:
        """Read the clock: tell the displays what changed, announce zero once, and stop
        ticking when nothing more will change (idle, paused, or done flashing)."""
        state = self.state()
        if state == "finished" and not self._announced:
            self._announced = True
            self.finished.emit()
        shown = (state, self.text(), self.flash_on())
        if shown != self._shown:
            self._shown = shown
            self.changed.emit()
        if state in ("idle", "paused") or (state == "finished" and not self.flashing()):
            self.ticker.stop()
