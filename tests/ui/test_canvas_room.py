"""The canvas gets the screen: a map opens fitted to the window's width (never below a
readable zoom) and scrolled to the top-left stage; narrow windows get their docks as tabs;
View → Canvas only (F11) hides and brings back the chrome; the persona column narrows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QStatusBar, QToolBar

from journey_editor.persistence import load_project
from journey_editor.templates import find_template, list_templates
from journey_editor.ui.canvas.zoom import READABLE_ZOOM
from journey_editor.ui.shell.chrome import PERSONA_COLUMN_KEY
from tests.ui.present.room import shown_columns
from tests.ui.windows import shown_window

TEMPLATES = [template.name for template in list_templates()]


def opened(qtbot, name: str, size):
    project = load_project(find_template(name).path)
    return shown_window(qtbot, project, size=size)


@pytest.mark.parametrize("name", TEMPLATES)
def test_a_map_opens_with_three_stage_columns_at_1280x720(qtbot, private_window_state, name):
    for window in opened(qtbot, name, (1280, 720)):
        view = window.view
        layout = view.map_layout()
        shown = shown_columns(layout, view.visible_scene_rect())
        assert len(shown) >= min(3, len(layout.stages)), (name, view.zoom_factor())
        assert shown[0] == layout.stages[0].stage_id  # scrolled to the top-left stage
        assert view.visible_scene_rect().top() <= 0
        assert view.zoom_factor() >= READABLE_ZOOM
        # The palette and the inspector share one dock area, as tabs.
        assert window.tabifiedDockWidgets(window.inspector) == [window.palette_dock]
        assert window.dockWidgetArea(window.palette_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_a_wide_window_keeps_both_docks_and_fits_the_width(qtbot, private_window_state):
    for window in opened(qtbot, "service-lifecycle", (1920, 1080)):
        assert window.tabifiedDockWidgets(window.inspector) == []
        assert window.dockWidgetArea(window.palette_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
        view = window.view
        layout = view.map_layout()
        assert len(shown_columns(layout, view.visible_scene_rect())) >= 4
        assert view.zoom_factor() >= READABLE_ZOOM


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_a_small_map_fills_the_width(qtbot, private_window_state, small_project, size):
    for window in shown_window(qtbot, small_project, size=size):
        view = window.view
        visible = view.visible_scene_rect()
        assert READABLE_ZOOM <= view.zoom_factor() <= 1.5
        # The whole width shows, with little to spare: the map fills the canvas.
        assert view.map_layout().width <= visible.width() <= view.map_layout().width + 60
        assert len(shown_columns(view.map_layout(), visible)) == 3


def test_opening_another_map_fits_it_again(qtbot, private_window_state, small_project):
    for window in shown_window(qtbot, small_project, size=(1280, 720)):
        window.view.zoom.set(2.0)
        wide = load_project(find_template("service-lifecycle").path)
        window.document.replace_project(wide, None)
        assert window.view.zoom_factor() == READABLE_ZOOM
        assert len(shown_columns(window.view.map_layout(), window.view.visible_scene_rect())) >= 3


def chrome_shown(window) -> dict[str, bool]:
    widgets = [*window.findChildren(QDockWidget), *window.findChildren(QToolBar)]
    widgets += window.findChildren(QStatusBar)
    return {widget.objectName() or type(widget).__name__: widget.isVisible() for widget in widgets}


def test_f11_hides_the_chrome_and_brings_back_exactly_what_was_shown(
    qtbot, private_window_state, small_project
):
    for window in shown_window(qtbot, small_project, size=(1280, 720)):
        window.palette_dock.hide()  # hidden before: must stay hidden after
        before = chrome_shown(window)
        width = window.view.width()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window.view, Qt.Key.Key_F11)
        assert not any(chrome_shown(window).values())
        assert window.menus.actions["canvas_only"].isChecked()
        view = window.view
        qtbot.waitUntil(lambda v=view, w=width: v.width() > w + 200)  # the canvas takes the room
        qtbot.keyClick(window.view, Qt.Key.Key_F11)
        assert chrome_shown(window) == before
        assert window.inspector.isVisible() and not window.palette_dock.isVisible()
        assert not window.menus.actions["canvas_only"].isChecked()
        assert window.document.undo_stack.count() == 0


def test_the_persona_column_narrows_to_initials_without_editing_the_map(
    qtbot, private_window_state, small_project
):
    from PySide6.QtCore import QSettings

    for window in shown_window(qtbot, small_project, size=(1280, 720)):
        full = window.view.map_layout().left_width
        actions = window.menus.actions
        assert actions["persona_column_full"].isChecked()
        actions["persona_column_initials"].trigger()
        layout = window.view.map_layout()
        assert layout.options.persona_width == 34.0
        assert layout.left_width < full - 100
        header = layout.personas[0].header
        assert header.initials == "L" and header.role is None and header.quote is None
        assert actions["persona_column_initials"].isChecked()
        assert not actions["persona_column_full"].isChecked()
        assert window.document.undo_stack.count() == 0 and not window.isWindowModified()
        assert QSettings("journey-editor", "journey-editor").value(PERSONA_COLUMN_KEY) == "initials"
        actions["persona_column_narrow"].trigger()
        assert window.view.map_layout().options.persona_width == 100.0
    # The next window opens with the column as it was left.
    for window in shown_window(qtbot, small_project, size=(1280, 720)):
        assert window.view.persona_column() == "narrow"
        assert window.menus.actions["persona_column_narrow"].isChecked()


def test_the_persona_column_outlasts_compare_mode(
    qtbot, private_window_state, small_project, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from journey_editor.persistence import project_to_bytes
    from journey_editor.ui.compare.mode import CompareMode

    other = tmp_path / "other.journey.json"
    other.write_bytes(project_to_bytes(small_project))
    for window in shown_window(qtbot, small_project, size=(1280, 720)):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other), ""))
        window.menus.actions["compare_file"].trigger()  # compare mode lays the map out anew
        mode = window.findChild(CompareMode, "compare-mode")
        assert mode.active
        window.menus.actions["persona_column_initials"].trigger()
        assert window.view.map_layout().options.persona_width == 34.0
        mode.leave()  # and leaving puts back the options it found
        assert not mode.active
        assert window.view.map_layout().options.persona_width == 34.0
        assert window.view.persona_column() == "initials"
