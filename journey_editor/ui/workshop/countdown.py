"""A countdown as plain arithmetic on a monotonic clock: no Qt, no ticking of its own.

The caller passes the time (`now`, seconds, from `time.monotonic` or a test's fake clock) to
every question, so the countdown is exact however late a tick comes, and tests need no waiting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

State = Literal["idle", "running", "paused", "finished"]


@dataclass
class Countdown:
    duration: float = 0.0  # seconds asked for at the last start; 0 while idle
    _left: float = 0.0  # seconds left at `_since` (the last start or resume), or while paused
    _since: float | None = None  # when it last started or resumed; None while paused or idle

    def start(self, seconds: float, now: float) -> None:
        if seconds <= 0:
            raise ValueError(f"a countdown needs a positive duration (got {seconds})")
        self.duration = float(seconds)
        self._left = float(seconds)
        self._since = now

    def pause(self, now: float) -> None:
        if self.state(now) == "running":
            self._left = self.remaining(now)
            self._since = None

    def resume(self, now: float) -> None:
        if self.state(now) == "paused":
            self._since = now

    def reset(self) -> None:
        self.duration, self._left, self._since = 0.0, 0.0, None

    def remaining(self, now: float) -> float:
        """Seconds left, never below 0 (a clock read before the start counts as the start)."""
        if self._since is None:
            return self._left
        return max(0.0, self._left - max(0.0, now - self._since))

    def state(self, now: float) -> State:
        if self.duration == 0:
            return "idle"
        if self.remaining(now) <= 0:
            return "finished"
        return "running" if self._since is not None else "paused"

    def ended_at(self) -> float | None:
        """When a running countdown reaches (or reached) zero; None while paused or idle."""
        return None if self._since is None else self._since + self._left


def clock_text(seconds: float) -> str:
    """What a wall clock shows for `seconds` left: whole seconds rounded up, so "10:00" stays
    for the first second and "0:00" appears at zero exactly; hours only when there are some."""
    whole = math.ceil(max(0.0, seconds) - 1e-9)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
