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


def test_click_a_link_then_del_and_f2_through_the_window_shortcuts(window, qtbot):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    window.activateWindow()
    view = window.view
    spec = next(path for path in view.map_layout().links if path.link_id == "k-1")  # on the map
    segment = spec.segments[len(spec.segments) // 2]
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = segment.start, segment.c1, segment.c2, segment.end
    middle = view.viewportTransform().map(
        QPointF((x0 + 3 * x1 + 3 * x2 + x3) / 8, (y0 + 3 * y1 + 3 * y2 + y3) / 8 + 2)
    )
    send(view, QEvent.Type.MouseButtonPress, middle, LEFT, LEFT)
    send(view, QEvent.Type.MouseButtonRelease, middle, LEFT, NONE)
    assert window.selection.kind == "link" and window.selection.ids == ("k-1",)
    assert window.inspector.current_page() is window.inspector.link_page
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.viewport().findChild(QLineEdit, "inline-editor")
    assert editor is not None and editor.text() == "clic"
    editor.setText("clic sur la vitrine")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.project.link("k-1").label == "clic sur la vitrine"
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert window.document.project.links == []
    stack = window.document.undo_stack
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert window.document.project.link("k-1").label == "clic"
