"""Run by test_screens.py in a process of its own, on offscreen screens of given sizes (the
platform reads them from a JSON file: `offscreen:configfile=…`): press F5 in a main window,
step, measure, press Esc, and print what was seen as JSON.

    python tests/ui/present/screens_probe.py SCREENS.json MAP.journey.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journey_editor.persistence import load_project
from journey_editor.settings import Settings
from journey_editor.ui.qt_app import application
from journey_editor.ui.shell.main_window import MainWindow
from tests.ui.present.room import card_title_ink, shown_columns


def wait(condition, ms: int = 3000) -> bool:
    for _ in range(ms // 10):
        if condition():
            return True
        QTest.qWait(10)
    return condition()


def main(path: Path) -> dict:
    app = application()
    laptop = app.screens()[0]
    window = MainWindow(load_project(path), path, settings=Settings())
    window.setGeometry(laptop.availableGeometry().adjusted(0, 0, -100, -100))
    window.show()
    window.activateWindow()
    wait(window.isActiveWindow)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F5)
    controller = window.presentation
    room, presenter = controller.window, controller.presenter
    wait(lambda: room.isVisible() and room.windowState() & Qt.WindowState.WindowFullScreen)
    seen = {
        "screens": [screen.name() for screen in app.screens()],
        "room_screen": room.screen().name(),
        "room_full_screen": bool(room.windowState() & Qt.WindowState.WindowFullScreen),
        "room_geometry": room.geometry().getRect(),
        "presenter_shown": presenter.isVisible(),
        "presenter_screen": presenter.screen().name() if presenter.isVisible() else None,
    }
    QTest.keyClick(controller.view, Qt.Key.Key_Right)
    wait(lambda: not controller.view.camera_moving)
    view = controller.view
    text, height = card_title_ink(view, controller.stage_id)
    seen.update(
        stage=controller.stage_id,
        shown=shown_columns(view.map_layout(), view.visible_scene_rect()),
        ink=[text, height],
        presenter_stage=presenter.stage.text(),
        presenter_next=presenter.next_stage.text(),
        presenter_notes=presenter.notes.toPlainText(),
    )
    QTest.keyClick(controller.view, Qt.Key.Key_Escape)
    seen.update(left=not room.isVisible() and not presenter.isVisible())
    window.document.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return seen


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[2]))))
