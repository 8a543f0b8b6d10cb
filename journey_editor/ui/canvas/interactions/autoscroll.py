"""Scrolling the view while a drag nears its edge, so a card can travel across a big map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QTimer

from journey_editor.ui.canvas.interactions.context import CanvasContext

EDGE = 36  # pixels from the viewport's edge where scrolling starts
STEP = 18  # pixels per tick at the very edge
TICK_MS = 30


class AutoScroller:
    def __init__(self, view: CanvasContext) -> None:
        self.view = view
        self.pos: QPointF | None = None
        self.timer = QTimer(view.viewport())
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def follow(self, pos: QPointF) -> None:
        self.pos = pos
        if self._speed() != (0, 0):
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
        self.pos = None

    def _speed(self) -> tuple[int, int]:
        if self.pos is None:
            return (0, 0)
        size = self.view.viewport().size()

        def axis(value: float, length: int) -> int:
            if value < EDGE:
                return -round(STEP * (EDGE - value) / EDGE)
            if value > length - EDGE:
                return round(STEP * (value - (length - EDGE)) / EDGE)
            return 0

        return axis(self.pos.x(), size.width()), axis(self.pos.y(), size.height())

    def _tick(self) -> None:
        dx, dy = self._speed()
        if (dx, dy) == (0, 0):
            self.timer.stop()
            return
        horizontal = self.view.horizontalScrollBar()
        vertical = self.view.verticalScrollBar()
        horizontal.setValue(horizontal.value() + dx)
        vertical.setValue(vertical.value() + dy)
        # The content moved under a still cursor: let the gesture re-aim its drop target.
        self.view.pointer.refresh()
