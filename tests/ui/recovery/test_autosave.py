"""Autosave: a recovery copy while the map has unsaved changes, never over the user's file."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from journey_editor.edits import Batch, RemoveCards, RemovePersona, RemoveStage, UpdateCard
from journey_editor.persistence import load_project
from journey_editor.persistence.recovery import RecoveryStore
from journey_editor.ui import dialogs
from journey_editor.ui.files.autosave import is_big_change


def press(qtbot, window, key) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, key)


def copy_exists(window) -> bool:
    return window.autosave.copy_path.exists()


def test_a_modified_map_gets_a_recovery_copy_on_the_timer(qtbot, make_window, map_path, store):
    window = make_window(load_project(map_path), map_path, autosave_seconds=1)
    file_bytes = map_path.read_bytes()
    window.selection.set("card", ["c-shop"])
    press(qtbot, window, Qt.Key.Key_5)  # effort 5: a small edit, left to the timer

    qtbot.waitUntil(lambda: copy_exists(window), timeout=4000)
    window.autosave.flush()

    [entry] = store.entries()
    assert entry.original == map_path.resolve()
    assert entry.reason == "autosave"
    assert entry.app_version
    assert entry.owner is not None and entry.written_at is not None
    assert entry.load_project().card("c-shop").effort == 5
    assert map_path.read_bytes() == file_bytes  # the user's file is never touched
    assert store.leftovers() == []  # our own, live copy is not a leftover


def test_an_unmodified_map_gets_no_copy(qtbot, make_window, map_path, store):
    window = make_window(load_project(map_path), map_path, autosave_seconds=1)
    qtbot.wait(1500)
    window.autosave.flush()
    assert store.entries() == []


def test_a_small_edit_waits_for_the_timer(qtbot, make_window, map_path, store):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    window.document.apply(UpdateCard("c-blog", {"title": "Nouvel article"}))
    qtbot.wait(200)
    window.autosave.flush()
    assert store.entries() == []


def test_deleting_a_persona_writes_a_copy_at_once(qtbot, make_window, map_path, store):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    window.selection.set("persona", ["p-marc"])
    press(qtbot, window, Qt.Key.Key_Delete)
    assert [p.id for p in window.document.project.personas] == ["p-lea"]

    qtbot.waitUntil(lambda: copy_exists(window), timeout=2000)
    window.autosave.flush()
    recovered = store.entries()[0].load_project()
    assert [p.id for p in recovered.personas] == ["p-lea"]


def test_big_changes_are_removals_of_bands_or_many_objects(small_project):
    assert not is_big_change(UpdateCard("c-marc-store", {"title": "x"}).apply(small_project))
    assert not is_big_change(RemoveCards(("c-marc-store",)).apply(small_project))
    assert is_big_change(RemovePersona("p-marc").apply(small_project))
    assert is_big_change(Batch((RemoveStage("s-use"),)).apply(small_project))
    assert is_big_change(Batch((RemovePersona("p-lea"),)).apply(small_project))


def test_the_copy_is_removed_when_the_map_is_saved(qtbot, make_window, map_path, store):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    window.document.apply(RemovePersona("p-marc"))
    qtbot.waitUntil(lambda: copy_exists(window), timeout=2000)

    window.menus.actions["save"].trigger()
    window.autosave.flush()

    assert not window.document.is_modified()
    assert store.entries() == []
    assert [p.id for p in load_project(map_path).personas] == ["p-lea"]


def test_undoing_back_to_the_file_removes_the_copy(qtbot, make_window, map_path, store):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    window.document.apply(RemovePersona("p-marc"))
    qtbot.waitUntil(lambda: copy_exists(window), timeout=2000)
    window.document.undo_stack.undo()
    window.autosave.flush()
    assert store.entries() == []


def test_the_copy_is_written_off_the_ui_thread(qtbot, make_window, map_path, monkeypatch):
    threads: list[str] = []
    original_write = RecoveryStore.write

    def spy(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return original_write(self, *args, **kwargs)

    monkeypatch.setattr(RecoveryStore, "write", spy)
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    window.document.apply(RemovePersona("p-marc"))
    qtbot.waitUntil(lambda: copy_exists(window), timeout=2000)
    window.autosave.flush()
    assert threads and all(name.startswith("autosave") for name in threads)
    assert threading.current_thread() is threading.main_thread()


def test_the_interval_can_change_and_zero_turns_autosave_off(qtbot, make_window, map_path, store):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    window.autosave.set_interval_seconds(0)
    window.document.apply(RemovePersona("p-marc"))  # even a big edit: autosave is off
    qtbot.wait(300)
    window.autosave.flush()
    assert store.entries() == []

    window.autosave.set_interval_seconds(1)
    assert window.autosave.interval_seconds() == 1
    qtbot.waitUntil(lambda: copy_exists(window), timeout=3000)


def test_a_clean_close_removes_the_copy(qtbot, make_window, map_path, store, monkeypatch):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    window.document.apply(RemovePersona("p-marc"))
    qtbot.waitUntil(lambda: copy_exists(window), timeout=2000)
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: "discard")

    assert window.close()
    assert store.entries() == []
    assert [p.id for p in load_project(map_path).personas] == ["p-lea", "p-marc"]


def test_cancelling_the_close_keeps_the_copy_and_autosave(
    qtbot, make_window, map_path, store, monkeypatch
):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    window.document.apply(RemovePersona("p-marc"))
    qtbot.waitUntil(lambda: copy_exists(window), timeout=2000)
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: "cancel")

    assert not window.close()
    window.autosave.flush()
    assert len(store.entries()) == 1
    window.document.apply(RemovePersona("p-lea"))  # still autosaving
    qtbot.waitUntil(lambda: store.entries()[0].load_project().personas == [], timeout=2000)


def test_an_unsaved_map_gets_a_copy_without_original(qtbot, make_window, small_project, store):
    window = make_window(small_project, None, autosave_seconds=3600)
    window.document.apply(RemovePersona("p-marc"))
    qtbot.waitUntil(lambda: copy_exists(window), timeout=2000)
    window.autosave.flush()
    [entry] = store.entries()
    assert entry.original is None
    assert entry.title == small_project.title


def test_a_disk_that_refuses_the_copy_shows_in_the_status_bar(
    qtbot, make_window, map_path, tmp_path
):
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the recovery folder should be")
    window.autosave.store = RecoveryStore(blocker)
    window.document.apply(RemovePersona("p-marc"))
    qtbot.waitUntil(lambda: "recovery copy" in window.statusBar().currentMessage(), timeout=2000)
    assert window.document.is_modified()  # nothing else changes: the user can still save
