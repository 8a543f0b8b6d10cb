"""The workshop tools in presentation mode: C opens the capture bar under the room's map and
a remark typed there lands in the stage and persona in focus; the running timer shows in the
presentation's corner; T opens the timer over the presentation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from journey_editor.persistence import load_project
from journey_editor.templates import find_template
from journey_editor.ui.workshop.timer_dialog import TimerDialog
from tests.ui.windows import shown_window

K = Qt.Key


@pytest.fixture
def window(qtbot, tmp_path, private_window_state):
    path = tmp_path / "menswear.journey.json"
    path.write_bytes(find_template("menswear-omnichannel.fr").path.read_bytes())
    yield from shown_window(qtbot, load_project(path), path, size=(1280, 720))


@pytest.fixture
def presenting(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.view.setFocus()
    qtbot.keyClick(window.view, K.Key_F5)
    controller = window.presentation
    qtbot.waitUntil(
        lambda: controller.view is not None and controller.view.hasFocus(), timeout=3000
    )
    yield controller
    if controller.active:
        controller.leave()
    window.workshop.timer.reset()


def room_key(qtbot, controller, key):
    qtbot.keyClick(controller.view, key)
    qtbot.waitUntil(lambda: not controller.view.camera_moving, timeout=3000)


def test_c_opens_the_bar_and_a_remark_lands_in_the_focused_stage_and_persona(
    qtbot, window, presenting
):
    project = window.document.project
    room_key(qtbot, presenting, K.Key_Right)  # the second stage
    room_key(qtbot, presenting, K.Key_Down)  # the first persona in focus
    room_key(qtbot, presenting, K.Key_Down)  # the second
    stage, persona = project.stages[1], project.personas[1]
    assert (presenting.stage_id, presenting.persona_id) == (stage.id, persona.id)
    qtbot.keyClick(presenting.view, K.Key_C)
    bar = window.room_tools.capture_bar
    assert bar.isVisible() and bar.line.hasFocus()
    room = presenting.window
    assert bar.mapTo(room, QPoint(0, 0)).y() >= presenting.view.geometry().bottom()
    before = len(window.document.project.cards)
    qtbot.keyClicks(bar.line, "!Frais de port trop chers")
    qtbot.keyClick(bar.line, K.Key_Return)
    cards = window.document.project.cards
    assert len(cards) == before + 1
    card = next(c for c in cards if c.title == "Frais de port trop chers")
    lane = next(lane for lane in persona.lanes if lane.id == card.lane)
    assert (card.stage, card.persona, lane.kind) == (stage.id, persona.id, "pain_points")
    # Arrow keys type in the bar, not step the stages; Esc gives them back to the room.
    qtbot.keyClick(bar.line, K.Key_Right)
    assert presenting.stage_id == stage.id
    qtbot.keyClick(bar.line, K.Key_Escape)
    assert presenting.active and presenting.view.hasFocus()
    room_key(qtbot, presenting, K.Key_Right)
    assert presenting.stage_id == project.stages[2].id
    # One undo step, taken back from the editor.
    window.document.undo_stack.undo()
    assert len(window.document.project.cards) == before


def test_with_all_personas_shown_the_remark_goes_to_the_first(qtbot, window, presenting):
    qtbot.keyClick(presenting.view, K.Key_C)
    bar = window.room_tools.capture_bar
    qtbot.keyClicks(bar.line, "Appel au service client")
    qtbot.keyClick(bar.line, K.Key_Return)
    card = next(c for c in window.document.project.cards if c.title == "Appel au service client")
    project = window.document.project
    assert (card.stage, card.persona) == (project.stages[0].id, project.personas[0].id)
    window.document.undo_stack.undo()


def test_the_running_timer_shows_in_the_corner_and_t_opens_it_over_the_room(
    qtbot, window, presenting
):
    corner = window.room_tools.corner_timer
    assert not corner.isVisible()  # no timer running, nothing in the corner
    qtbot.keyClick(presenting.view, K.Key_T)
    dialog = presenting.window.findChild(TimerDialog)
    assert dialog is not None and dialog.isVisible()
    window.workshop.timer.start(300)
    qtbot.waitUntil(corner.isVisible, timeout=2000)
    room = presenting.window
    placed = QRect(corner.mapTo(room, QPoint(0, 0)), corner.size())
    assert room.rect().contains(placed) and placed.left() > room.width() / 2
    assert corner.text().startswith("4:5") or corner.text().startswith("5:0")
    dialog.close()
