"""The map's file changes underneath (a synced colleague's copy): the user is told, without a
modal, and chooses; saving over a newer file asks first."""

import os

from PySide6.QtCore import Qt

from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.ui.files.session import SETTLE_MS


def theirs_written_underneath(path, small_project, atomic=True):
    """A colleague's version arrives the way sync tools write: temp file, then rename."""
    project = small_project.model_copy(deep=True)
    project.title = "Version de Marc"
    project.card("c-shop").effort = 5
    data = project_to_bytes(project)
    if atomic:
        temp = path.with_name(".atelier.sync-tmp")
        temp.write_bytes(data)
        os.replace(temp, path)
    else:
        path.write_bytes(data)
    return project


def click(qtbot, bar, name):
    button = bar.button(name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def edit_effort(window, value):
    window.selection.set("card", ["c-blog"])
    window.menus.actions[f"effort_{value}"].trigger()


def test_an_unmodified_map_offers_reload_and_undo_brings_the_old_one_back(
    qtbot, window, map_path, small_project
):
    theirs = theirs_written_underneath(map_path, small_project)
    bar = window.message_bar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert "changed on disk" in bar.label.text()
    click(qtbot, bar, "reload")
    assert window.document.project == theirs
    assert not window.isWindowModified()  # the map is what the file holds
    assert not bar.isVisible()
    window.document.undo_stack.undo()
    assert window.document.project == small_project


def test_a_modified_map_can_keep_mine_and_then_save_asks_before_overwriting(
    qtbot, window, map_path, small_project, modal
):
    edit_effort(window, 2)
    theirs_written_underneath(map_path, small_project, atomic=False)
    qtbot.waitUntil(window.message_bar.isVisible, timeout=5000)
    assert "unsaved changes" in window.message_bar.label.text()
    click(qtbot, window.message_bar, "keep")
    assert window.document.project.card("c-blog").effort == 2
    assert not window.message_bar.isVisible()

    on_disk = map_path.read_bytes()
    modal.script("ask_overwrite_newer", "cancel")
    assert not window.files.save()
    assert map_path.read_bytes() == on_disk and window.isWindowModified()

    modal.script("ask_overwrite_newer", "overwrite")
    assert window.files.save()
    assert load_project(map_path).card("c-blog").effort == 2
    assert modal.names().count("ask_overwrite_newer") == 2


def test_reloading_over_my_changes_is_undoable(qtbot, window, map_path, small_project):
    edit_effort(window, 2)
    mine = window.document.project.model_copy(deep=True)
    theirs = theirs_written_underneath(map_path, small_project)
    qtbot.waitUntil(window.message_bar.isVisible, timeout=5000)
    click(qtbot, window.message_bar, "reload")
    assert window.document.project == theirs
    window.document.undo_stack.undo()
    assert window.document.project == mine
    assert window.isWindowModified()


def test_save_over_a_newer_file_can_go_to_save_as(
    window, map_path, small_project, modal, save_as_target, tmp_path
):
    edit_effort(window, 3)
    theirs_written_underneath(map_path, small_project)
    on_disk = map_path.read_bytes()
    target = tmp_path / "mine.journey.json"
    save_as_target(target)
    modal.script("ask_overwrite_newer", "save_as")
    assert window.files.save()
    assert map_path.read_bytes() == on_disk
    assert load_project(target).card("c-blog").effort == 3


def test_a_touch_or_our_own_save_raises_nothing(qtbot, window, map_path, modal):
    stamp = map_path.stat().st_mtime_ns + 3_000_000_000
    os.utime(map_path, ns=(stamp, stamp))
    edit_effort(window, 4)
    window.files.save()  # writes the file, its .bak and touches the folder
    qtbot.wait(SETTLE_MS * 3)
    assert not window.message_bar.isVisible()
    assert "ask_overwrite_newer" not in modal.names()


def test_a_deleted_file_is_reported_and_save_writes_it_back(qtbot, window, map_path, small_project):
    map_path.unlink()
    qtbot.waitUntil(window.message_bar.isVisible, timeout=5000)
    assert "deleted or moved" in window.message_bar.label.text()
    click(qtbot, window.message_bar, "save")
    assert load_project(map_path) == small_project
    qtbot.wait(SETTLE_MS * 2)
    assert not window.message_bar.isVisible()


def test_the_bar_goes_when_the_file_comes_back_as_it_was(qtbot, window, map_path):
    original = map_path.read_bytes()
    map_path.write_bytes(original.replace(b"Version", b"Autre"))
    map_path.write_bytes(original + b" ")
    qtbot.waitUntil(window.message_bar.isVisible, timeout=5000)
    map_path.write_bytes(original)
    qtbot.waitUntil(lambda: not window.message_bar.isVisible(), timeout=5000)


def test_reload_from_the_menu_with_a_broken_file_keeps_the_map(window, map_path, modal):
    before = window.document.project
    map_path.write_text('{"schema_version": 1, "id": ', encoding="utf-8")
    window.menus.actions["reload"].trigger()
    assert window.document.project is before
    title, message, advice = modal.errors[-1]
    assert title == "Cannot open map" and "atelier.journey.json" in message
    assert "not valid JSON" in advice and "unchanged" in advice
