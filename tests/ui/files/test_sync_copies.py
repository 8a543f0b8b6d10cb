"""Conflict copies left by a sync service beside the open map, and a file changed underneath:
offered in the message bar, merged into the open map as one undo step (both sides' edits
kept, the base being the version this computer opened or saved), the copy moved to `merged/`."""

from __future__ import annotations

import os
import shutil

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.persistence.map_versions import MapVersions
from journey_editor.settings import recovery_folder
from journey_editor.ui.files.session import SETTLE_MS

SYNCTHING_COPY = "atelier.journey.sync-conflict-20261205-101010-ABCDEFG.json"
DROPBOX_COPY = "atelier.journey (Marc's conflicted copy 2026-12-05).json"


def click(qtbot, bar, name):
    button = bar.button(name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def theirs_version(small_project, title="Version de Marc", effort=5):
    """The colleague's copy: their own edits on the version both had."""
    project = small_project.model_copy(deep=True)
    project.title = title
    project.card("c-shop").effort = effort
    return project


def my_edit(window):
    """An edit of mine, made through the menu as a user would."""
    window.selection.set("card", ["c-blog"])
    window.menus.actions["effort_2"].trigger()


def offer_shown(qtbot, window, name="merge_copies"):
    qtbot.waitUntil(lambda: window.message_bar.button(name) is not None, timeout=5000)
    return window.message_bar


def test_a_sync_conflict_copy_is_offered_merged_put_away_and_undone(
    qtbot, window, map_path, small_project, unhandled
):
    my_edit(window)
    theirs = theirs_version(small_project)
    (map_path.parent / SYNCTHING_COPY).write_bytes(project_to_bytes(theirs))

    bar = offer_shown(qtbot, window)
    assert "Syncthing" in bar.label.text() and SYNCTHING_COPY in bar.label.text()
    mine = window.document.project.model_copy(deep=True)
    click(qtbot, bar, "merge_copies")

    merged = window.document.project
    assert merged.card("c-blog").effort == 2  # mine
    assert merged.card("c-shop").effort == 5 and merged.title == "Version de Marc"  # theirs
    assert merged.conflicts == []
    assert not (map_path.parent / SYNCTHING_COPY).exists()
    assert load_project(map_path.parent / "merged" / SYNCTHING_COPY) == theirs
    assert window.isWindowModified()
    assert "no conflict" in window.statusBar().currentMessage()
    assert window.document.undo_stack.undoText() == f"Merge «{SYNCTHING_COPY}»"

    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project == mine
    assert unhandled == []


def test_a_field_both_changed_is_left_as_a_conflict_and_counted(
    qtbot, window, map_path, small_project
):
    window.selection.set("card", ["c-shop"])
    window.menus.actions["effort_1"].trigger()
    (map_path.parent / DROPBOX_COPY).write_bytes(project_to_bytes(theirs_version(small_project)))
    click(qtbot, offer_shown(qtbot, window), "merge_copies")
    project = window.document.project
    assert project.card("c-shop").effort == 1  # mine's value, theirs in the record
    assert [(c.id, c.field, c.base, c.mine, c.theirs) for c in project.conflicts] == [
        ("c-shop", "effort", small_project.card("c-shop").effort, 1, 5)
    ]
    assert "1 conflict to resolve" in window.statusBar().currentMessage()
    # The conflicts panel comes up with it, the card badged; taking theirs settles it.
    qtbot.waitUntil(window.conflicts_dock.isVisible, timeout=2000)
    assert window.conflicts.overlay.badges
    window.conflicts.panel.tree.setCurrentItem(window.conflicts.panel.entry(0))
    qtbot.mouseClick(window.conflicts.panel.theirs_button, Qt.MouseButton.LeftButton)
    assert window.document.project.card("c-shop").effort == 5
    assert window.document.project.conflicts == []


def test_several_copies_are_one_offer_and_one_undo_step(qtbot, window, map_path, small_project):
    first = theirs_version(small_project, title="Version de Marc")
    second = small_project.model_copy(deep=True)
    second.card("c-queue").effort = 1
    (map_path.parent / SYNCTHING_COPY).write_bytes(project_to_bytes(first))
    (map_path.parent / DROPBOX_COPY).write_bytes(project_to_bytes(second))
    bar = offer_shown(qtbot, window)
    qtbot.waitUntil(lambda: "2 conflicted copies" in bar.label.text(), timeout=5000)
    assert bar.button("merge_copies").text() == "Merge all"
    click(qtbot, bar, "merge_copies")
    project = window.document.project
    assert project.title == "Version de Marc" and project.card("c-queue").effort == 1
    assert sorted(p.name for p in (map_path.parent / "merged").iterdir()) == sorted(
        [SYNCTHING_COPY, DROPBOX_COPY]
    )
    window.document.undo_stack.undo()
    assert window.document.project == small_project


def test_not_now_is_not_asked_again_in_this_session(qtbot, window, map_path, small_project):
    copy = map_path.parent / SYNCTHING_COPY
    copy.write_bytes(project_to_bytes(theirs_version(small_project)))
    click(qtbot, offer_shown(qtbot, window), "not_now")
    (map_path.parent / "unrelated.txt").write_text("the folder changes")
    qtbot.wait(SETTLE_MS * 3)
    assert not window.message_bar.isVisible()
    assert copy.exists() and window.document.project == small_project


def test_a_copy_of_another_map_or_with_a_lookalike_name_is_not_offered(
    qtbot, window, map_path, small_project
):
    other = small_project.model_copy(deep=True)
    other.id = "another-map"
    (map_path.parent / SYNCTHING_COPY).write_bytes(project_to_bytes(other))
    (map_path.parent / "atelier-v2.journey.json").write_bytes(project_to_bytes(small_project))
    qtbot.wait(SETTLE_MS * 3)
    assert not window.message_bar.isVisible()


def test_a_broken_copy_is_named_in_the_offer_and_in_a_dialog_never_a_traceback(
    qtbot, window, map_path, modal, unhandled
):
    broken = map_path.parent / SYNCTHING_COPY
    broken.write_text('{"schema_version": 1, "id": ', encoding="utf-8")
    bar = offer_shown(qtbot, window)
    assert "cannot be read" in bar.label.text() and SYNCTHING_COPY in bar.label.text()
    before = window.document.project
    click(qtbot, bar, "merge_copies")
    title, message, advice = modal.errors[-1]
    assert title == "Cannot merge the conflicted copy" and SYNCTHING_COPY in message
    assert "not valid JSON" in advice
    assert window.document.project is before and broken.exists()
    assert unhandled == []


def test_a_copy_already_there_when_the_map_is_opened_is_offered(
    qtbot, new_window, map_path, small_project
):
    (map_path.parent / DROPBOX_COPY).write_bytes(project_to_bytes(theirs_version(small_project)))
    window = new_window(map_path)
    assert "Dropbox" in offer_shown(qtbot, window).label.text()


def test_the_version_opened_and_each_version_saved_are_recorded(window, map_path, modal):
    versions = MapVersions(recovery_folder())
    assert [v.event for v in versions.versions(map_path)] == ["opened"]
    my_edit(window)
    assert window.files.save()
    assert [v.event for v in versions.versions(map_path)] == ["opened", "saved"]
    (_, saved), _ = versions.projects(map_path, window.document.project.id)
    assert saved == load_project(map_path)


def test_a_file_changed_underneath_can_be_merged_and_then_saved_without_asking(
    qtbot, window, map_path, small_project, modal
):
    my_edit(window)
    mine = window.document.project.model_copy(deep=True)
    theirs = theirs_version(small_project)
    temp = map_path.with_name(".atelier.sync-tmp")
    temp.write_bytes(project_to_bytes(theirs))
    os.replace(temp, map_path)  # as sync tools write

    bar = window.message_bar
    qtbot.waitUntil(lambda: bar.button("merge") is not None, timeout=5000)
    assert "changed on disk" in bar.label.text()
    click(qtbot, bar, "merge")
    merged = window.document.project
    assert merged.card("c-blog").effort == 2 and merged.card("c-shop").effort == 5
    assert merged.title == "Version de Marc" and merged.conflicts == []
    assert window.isWindowModified() and not bar.isVisible()

    assert window.files.save()  # the newer file is in the merge: no question
    assert "ask_overwrite_newer" not in modal.names()
    assert load_project(map_path) == window.document.project

    window.document.undo_stack.undo()  # back before the merge (the save changed nothing)
    assert window.document.project == mine


def test_merging_an_unchanged_map_with_the_disk_gives_the_disk_s_version(
    qtbot, window, map_path, small_project
):
    theirs = theirs_version(small_project)
    map_path.write_bytes(project_to_bytes(theirs))
    qtbot.waitUntil(lambda: window.message_bar.button("merge") is not None, timeout=5000)
    click(qtbot, window.message_bar, "merge")
    assert window.document.project == theirs
    assert window.isWindowModified()  # merged maps stay to be saved


def forget_versions():
    shutil.rmtree(recovery_folder() / "versions")


def test_with_no_recorded_version_the_backup_is_the_base(qtbot, window, map_path, small_project):
    my_edit(window)
    assert window.files.save()  # the .bak beside it now holds the version both started from
    forget_versions()
    (map_path.parent / SYNCTHING_COPY).write_bytes(project_to_bytes(theirs_version(small_project)))
    click(qtbot, offer_shown(qtbot, window), "merge_copies")
    project = window.document.project
    assert project.card("c-blog").effort == 2 and project.card("c-shop").effort == 5
    assert project.conflicts == []
    assert "backup" in window.statusBar().currentMessage()


def test_with_no_common_version_every_difference_is_a_conflict(
    qtbot, window, map_path, small_project
):
    forget_versions()
    my_edit(window)
    (map_path.parent / SYNCTHING_COPY).write_bytes(project_to_bytes(theirs_version(small_project)))
    click(qtbot, offer_shown(qtbot, window), "merge_copies")
    project = window.document.project
    found = {(c.id, c.field): (c.base, c.mine, c.theirs) for c in project.conflicts}
    assert found == {
        ("c-blog", "effort"): (None, 2, small_project.card("c-blog").effort),
        ("c-shop", "effort"): (None, small_project.card("c-shop").effort, 5),
        (small_project.id, "title"): (None, small_project.title, "Version de Marc"),
    }
    assert project.card("c-blog").effort == 2  # mine kept
    assert "3 conflicts to resolve" in window.statusBar().currentMessage()
    assert "no common version" in window.statusBar().currentMessage()


def test_closing_the_offer_is_not_now(qtbot, window, map_path, small_project):
    (map_path.parent / SYNCTHING_COPY).write_bytes(project_to_bytes(theirs_version(small_project)))
    bar = offer_shown(qtbot, window)
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    (map_path.parent / "unrelated.txt").write_text("the folder changes")
    qtbot.wait(SETTLE_MS * 3)
    assert not bar.isVisible()


def test_syncthing_s_usual_flow_reload_theirs_then_merge_my_set_aside_version(
    qtbot, window, map_path, small_project, modal
):
    """Syncthing keeps the newer file under the map's name and renames ours: the window hears
    that the file changed (Reload takes theirs), then finds our saved version as a copy beside
    it; merging that copy brings our changes back on top of theirs."""
    my_edit(window)
    assert window.files.save()
    mine_saved = map_path.read_bytes()
    theirs = theirs_version(small_project)  # made elsewhere from the version both had
    copy = map_path.parent / SYNCTHING_COPY
    copy.write_bytes(mine_saved)
    temp = map_path.with_name(".atelier.sync-tmp")
    temp.write_bytes(project_to_bytes(theirs))
    os.replace(temp, map_path)

    bar = window.message_bar
    qtbot.waitUntil(lambda: bar.button("reload") is not None, timeout=5000)
    click(qtbot, bar, "reload")
    assert window.document.project == theirs
    click(qtbot, offer_shown(qtbot, window), "merge_copies")
    project = window.document.project
    assert project.card("c-blog").effort == 2  # ours, from the copy
    assert project.card("c-shop").effort == 5 and project.title == "Version de Marc"
    assert project.conflicts == []


def test_another_map_put_in_the_file_s_place_is_not_merged_and_said_so(
    qtbot, window, map_path, small_project, modal, unhandled
):
    other = small_project.model_copy(deep=True)
    other.id = "another-map"
    map_path.write_bytes(project_to_bytes(other))
    qtbot.waitUntil(lambda: window.message_bar.button("merge") is not None, timeout=5000)
    before = window.document.project
    click(qtbot, window.message_bar, "merge")
    title, message, advice = modal.errors[-1]
    assert title == "Cannot merge" and "atelier.journey.json" in message
    assert "another map" in advice and "unchanged" in advice
    assert window.document.project is before and unhandled == []
