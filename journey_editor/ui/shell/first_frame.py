"""Work that start-up puts after the first frame: the window shows first, then this runs.

`after_first_frame(widget, work)` runs `work` once, from the event loop, right after `widget`
has painted for the first time (what the person at the projector waits for). A window that
never paints — started minimized, or on a screen that is off — still gets the work done:
`latest_ms` after the call it runs anyway, so nothing that keeps a map safe can be lost by
being put off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Long enough for a 50,000-card map's first frame on a slow laptop; short enough that
# deferred safety work (the version record of the opened file) still runs early.
LATEST_MS = 10_000


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None], latest_ms: int) -> None:
        super().__init__(widget)
        self._work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._work is not None:
            watched.removeEventFilter(self)
            # After this paint has been delivered (and flushed to the screen), not inside it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()


def after_first_frame(
    widget: QWidget, work: Callable[[], None], latest_ms: int = LATEST_MS
) -> QObject:
    """Run `work` once, just after `widget`'s first paint (or after `latest_ms` at the
    latest). The returned watcher is a child of `widget` and goes with it."""
    return _FirstPaint(widget, work, latest_ms)
