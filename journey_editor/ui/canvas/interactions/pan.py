"""Panning with the middle button, or the left button while Space is held."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journey_editor.ui.canvas.interactions.context import CanvasContext


class Pan:
    def __init__(self, view: CanvasContext, press_pos: QPointF) -> None:
        self.view = view
        self.origin = press_pos
        # From where the press started, not move by move: no rounding drift on slow drags.
        self.start = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        delta = pos - self.origin
        self.view.horizontalScrollBar().setValue(self.start[0] - round(delta.x()))
        self.view.verticalScrollBar().setValue(self.start[1] - round(delta.y()))

    def finish(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.move(pos, modifiers)
        self.cancel()

    def cancel(self) -> None:
        self.view.update_cursor()
