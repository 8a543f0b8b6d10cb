"""Drawing a link in the main window: the picture while drawing (saved for a person to look
at), and the status bar's message when a link is refused."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.ui.windows import shown_window

LEFT, NONE, NO = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot, small_project):
    yield from shown_window(qtbot, small_project, size=(1280, 720))


def send(view, kind, pos: QPointF, button, buttons) -> None:
    viewport = view.viewport()
    global_pos = QPointF(viewport.mapToGlobal(pos.toPoint()))
    QApplication.sendEvent(viewport, QMouseEvent(kind, pos, global_pos, button, buttons, NO))


def point(view, card_id: str, fx: float = 0.5) -> QPointF:
    rect = view.map_layout().cards[card_id].rect
    return view.viewportTransform().map(QPointF(rect.x + rect.width * fx, rect.y + rect.height / 2))


def test_drawing_a_link_in_the_window_shows_handle_connector_and_target(window, tmp_path):
    view = window.view
    send(view, QEvent.Type.MouseMove, point(view, "c-friend"), NONE, NONE)
    assert view.map_scene.link_handle.isVisible()
    start = point(view, "c-friend", fx=0.995)
    send(view, QEvent.Type.MouseMove, start, NONE, NONE)
    send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    end = point(view, "c-marc-store", fx=0.15)
    for t in (0.1, 0.3, 0.6, 1.0):
        send(view, QEvent.Type.MouseMove, start + (end - start) * t, NONE, LEFT)
    rubber = view.map_scene.link_rubber
    assert rubber.isVisible() and not rubber.target.isEmpty()
    picture = window.grab()
    folder = Path(os.environ.get("LINK_SNAPSHOT_DIR", tmp_path))
    assert picture.save(str(folder / "drawing-a-link.png"))
    send(view, QEvent.Type.MouseButtonRelease, end, LEFT, NONE)
    assert [(k.from_card, k.to_card) for k in window.document.project.links][-1] == (
        "c-friend",
        "c-marc-store",
    )


def test_a_refused_link_says_why_in_the_status_bar(window):
    view = window.view
    start = point(view, "c-blog", fx=0.995)
    send(view, QEvent.Type.MouseMove, point(view, "c-blog"), NONE, NONE)
    send(view, QEvent.Type.MouseMove, start, NONE, NONE)
    send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    end = point(view, "c-shop")
    for t in (0.3, 0.6, 1.0):
        send(view, QEvent.Type.MouseMove, start + (end - start) * t, NONE, LEFT)
    send(view, QEvent.Type.MouseButtonRelease, end, LEFT, NONE)
    assert "already linked" in window.statusBar().currentMessage()
    assert window.document.undo_stack.count() == 0


def test_the_l_key_arrows_and_enter_link_the_selected_card(window, qtbot):
    from PySide6.QtTest import QTest

    window.activateWindow()
    view = window.view
    view.setFocus()
    window.selection.set("card", ("c-friend",))
    QTest.keyClick(view, Qt.Key.Key_L)
    mode = view.keyboard.link_mode
    assert mode.active
    QTest.keyClick(view, Qt.Key.Key_Down)
    target = mode.target
    QTest.keyClick(view, Qt.Key.Key_Return)
    links = window.document.project.links
    assert (links[-1].from_card, links[-1].to_card) == ("c-friend", target)
    window.document.undo_stack.undo()
    assert len(window.document.project.links) == 1
