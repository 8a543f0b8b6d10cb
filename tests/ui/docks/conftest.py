"""Fixtures for the dock tests: a document on the small map, its selection, and the docks."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.inspector import InspectorDock
from journey_editor.ui.palette.dock import PaletteDock


@pytest.fixture
def document(qapp, small_project):
    document = MapDocument(small_project)
    yield document
    # A modified stack emits cleanChanged while it is destroyed, into a half-deleted document.
    document.undo_stack.cleanChanged.disconnect()


@pytest.fixture
def selection(qapp) -> Selection:
    return Selection()


@pytest.fixture
def inspector(qtbot, document, selection) -> InspectorDock:
    dock = InspectorDock(document, selection)
    qtbot.addWidget(dock)
    dock.resize(360, 900)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


@pytest.fixture
def palette(qtbot, document, selection) -> PaletteDock:
    dock = PaletteDock(document, selection)
    qtbot.addWidget(dock)
    dock.resize(260, 900)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


@pytest.fixture(autouse=True)
def empty_clipboard(qapp):
    # The clipboard is process-wide: a test must not see what an earlier one copied.
    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def focus(qtbot):
    """focus(widget): give it the keyboard focus, its window activated first as a click would."""

    def give(widget) -> None:
        widget.window().activateWindow()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus, timeout=2000)

    return give
