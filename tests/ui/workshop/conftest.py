"""A shown main window on the small map saved as a file, for the workshop tests (votes,
spotlight and filters), with real clicks on the canvas and key presses on the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from journey_editor.persistence import load_project
from journey_editor.settings import Settings
from journey_editor.ui import dialogs
from journey_editor.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch, private_window_state):
    monkeypatch.setenv("JOURNEY_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(
        dialogs, "show_error", lambda *args, **kwargs: pytest.fail(f"error dialog: {args}")
    )


@pytest.fixture
def window(qtbot, map_path):
    win = MainWindow(load_project(map_path), map_path, settings=Settings())
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # offscreen, shortcuts fire only for the active window
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


class Canvas:
    """Real mouse clicks and key presses on the map."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.view = window.view

    def point_of(self, card_id: str, fx: float = 0.5, fy: float = 0.5):
        self.view.reveal(card_id)
        rect = self.view.map_layout().cards[card_id].rect
        scene = QPointF(rect.x + rect.width * fx, rect.y + rect.height * fy)
        return self.view.mapFromScene(scene)

    def click_card(self, card_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.mouseClick(
            self.view.viewport(), Qt.MouseButton.LeftButton, modifier, self.point_of(card_id)
        )

    def click_at(self, point, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.mouseClick(self.view.viewport(), Qt.MouseButton.LeftButton, modifier, point)

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        self.view.setFocus()
        for _ in range(times):
            self.qtbot.keyClick(self.view, key, modifier)


@pytest.fixture
def canvas(qtbot, window) -> Canvas:
    return Canvas(qtbot, window)
