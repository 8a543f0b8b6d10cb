"""Fixtures and real-input helpers for the canvas tests.

Gestures are sent as Qt would deliver them: mouse events to the viewport with the held button
in `buttons` (pytest-qt's mouseMove carries none, so a drag would never start), and palette
drops as QDragEnter / QDragMove / QDrop events (QDrag.exec would block in its own loop).
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from journey_editor.persistence import load_project
from journey_editor.templates import find_template
from journey_editor.ui.canvas.view import MapView
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.none_guard import protect_none

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _none_guard():
    protect_none()  # PySide6 6.12 on Python 3.11: see journey_editor/ui/none_guard.py


class Canvas:
    """A shown MapView on a document, with the original project kept for comparison."""

    def __init__(self, qtbot, project) -> None:
        self.original = project.model_copy(deep=True)
        self.document = MapDocument(project)
        self.selection = Selection()
        self.view = MapView(self.document, self.selection)
        qtbot.addWidget(self.view)
        self.view.resize(1400, 900)
        self.view.show()
        qtbot.waitExposed(self.view)
        # A map opens fitted to the width (tests/ui/test_canvas_room.py); the gestures here are
        # measured at 100 %, the printed size, from the top-left corner.
        self.view.reset_zoom()
        self.view.show_top_left()
        self.qtbot = qtbot

    @property
    def project(self):
        return self.document.project

    @property
    def layout(self):
        return self.view.map_layout()

    @property
    def stack(self):
        return self.document.undo_stack

    # --- geometry -------------------------------------------------------------------------------

    def vp(self, x: float, y: float) -> QPointF:
        """Viewport position of a scene point."""
        return self.view.viewportTransform().map(QPointF(x, y))

    def centre_of(self, rect) -> QPointF:
        return self.vp(rect.x + rect.width / 2, rect.y + rect.height / 2)

    def card_point(self, card_id: str, fy: float = 0.5, fx: float = 0.5) -> QPointF:
        rect = self.layout.cards[card_id].rect
        return self.vp(rect.x + rect.width * fx, rect.y + rect.height * fy)

    def item_point(self, item, fx: float = 0.5, fy: float = 0.5) -> QPointF:
        """Viewport point of a (possibly frozen) item's rectangle."""
        rect = item.mapRectToScene(item.boundingRect())
        return self.view.viewportTransform().map(
            QPointF(rect.x() + rect.width() * fx, rect.y() + rect.height() * fy)
        )

    def cell_order(self, persona: str, lane: str, stage: str) -> list[str]:
        return [card.id for card in self.project.cell_cards(persona, lane, stage)]

    def undo_all(self) -> None:
        """Undo every step; the project must then equal the one loaded."""
        while self.stack.canUndo():
            self.stack.undo()
        assert self.project == self.original

    def redo_all(self) -> None:
        while self.stack.canRedo():
            self.stack.redo()

    # --- input ----------------------------------------------------------------------------------

    def mouse(self, kind, pos: QPointF, button, buttons, modifiers=NO) -> None:
        viewport = self.view.viewport()
        global_pos = QPointF(viewport.mapToGlobal(pos.toPoint()))
        event = QMouseEvent(kind, QPointF(pos), global_pos, button, buttons, modifiers)
        QApplication.sendEvent(viewport, event)

    def press(self, pos: QPointF, modifiers=NO, button=LEFT) -> None:
        self.mouse(QEvent.Type.MouseButtonPress, pos, button, button, modifiers)

    def move(self, pos: QPointF, modifiers=NO, buttons=LEFT) -> None:
        self.mouse(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, buttons, modifiers)

    def release(self, pos: QPointF, modifiers=NO, button=LEFT) -> None:
        self.mouse(QEvent.Type.MouseButtonRelease, pos, button, Qt.MouseButton.NoButton, modifiers)

    def click(self, pos: QPointF, modifiers=NO) -> None:
        self.press(pos, modifiers)
        self.release(pos, modifiers)

    def double_click(self, pos: QPointF) -> None:
        self.press(pos)
        self.release(pos)
        self.mouse(QEvent.Type.MouseButtonDblClick, pos, LEFT, LEFT)
        self.release(pos)

    def drag(self, start: QPointF, end: QPointF, modifiers=NO, steps: int = 6, release=True):
        """Press, several moves with the button held, release: a real drag."""
        self.press(start, NO)
        for i in range(1, steps + 1):
            t = i / steps
            self.move(start + (end - start) * t, modifiers)
        if release:
            self.release(end, modifiers)

    def key(self, key, modifiers=NO, text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(self.view, QKeyEvent(kind, key, modifiers, text))

    def palette_drop(self, mime, path: Iterable[QPointF], drop: bool = True) -> QDropEvent | None:
        """Drag palette `mime` data along `path` over the viewport and drop at its end."""
        points = list(path)
        viewport = self.view.viewport()
        action = Qt.DropAction.CopyAction
        # Qt declares the enter and move events with an integer QPoint, the drop with a QPointF.
        enter = QDragEnterEvent(QPointF(points[0]).toPoint(), action, mime, LEFT, NO)
        QApplication.sendEvent(viewport, enter)
        for point in points:
            QApplication.sendEvent(
                viewport, QDragMoveEvent(QPointF(point).toPoint(), action, mime, LEFT, NO)
            )
        if not drop:
            return None
        event = QDropEvent(QPointF(points[-1]), action, mime, LEFT, NO)
        QApplication.sendEvent(viewport, event)
        return event


def _closed(canvas: Canvas):
    yield canvas
    # Empty the undo stack while the document is alive: MapDocument relays cleanChanged
    # through a lambda, which fails if the stack outlives it with unsaved steps.
    canvas.document.undo_stack.clear()


@pytest.fixture
def small(qtbot, small_project):
    yield from _closed(Canvas(qtbot, small_project))


@pytest.fixture
def empty(qtbot):
    from journey_editor.model.factory import new_project

    yield from _closed(Canvas(qtbot, new_project("Vide")))


@pytest.fixture
def french(qtbot):
    yield from _closed(Canvas(qtbot, load_project(find_template("menswear-omnichannel.fr").path)))
