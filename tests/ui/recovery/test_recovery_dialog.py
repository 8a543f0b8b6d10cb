"""The start-up offer: one row per leftover copy, and what Restore / Open original / Discard do."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from journey_editor.edits import RemovePersona, UpdateCard
from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.persistence.process_owner import Owner, host_name
from journey_editor.persistence.recovery import RecoveryStore
from journey_editor.settings import Settings, recovery_folder
from journey_editor.ui import dialogs
from journey_editor.ui.files import recovery_dialog
from journey_editor.ui.files.recovery_dialog import RecoveryDialog, relative_age
from journey_editor.ui.shell.recovery_startup import start_windows


@pytest.fixture
def killed_store() -> RecoveryStore:
    """A store writing as a process that has since died: its copies are leftovers."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    owner = Owner(pid=child.pid, host=host_name(), user="me", since="2026-11-23T09:00:00+00:00")
    return RecoveryStore(recovery_folder(), owner)


@pytest.fixture
def leftovers(killed_store, map_path, small_project):
    """A copy of the map file with Marc deleted and a card renamed, and an unsaved map's copy."""
    changed = load_project(map_path)
    RemovePersona("p-marc").apply(changed)
    UpdateCard("c-blog", {"title": "Article réécrit"}).apply(changed)
    killed_store.write("atelier-1", project_to_bytes(changed), map_path, changed.title)
    small_project.title = "Brouillon de l'atelier"
    killed_store.write("draft-2", project_to_bytes(small_project), None, small_project.title)
    return RecoveryStore(recovery_folder()).leftovers()


@pytest.fixture
def windows_made():
    made = []
    yield made
    for window in made:
        window.autosave.stop(keep_copy=True)
        window.ending_session = True
        window.close()
        window.deleteLater()


def choose(monkeypatch, decisions: dict[str, str]) -> list:
    offered: list = []

    def ask(parent, entries):
        offered.extend(entries)
        return decisions

    monkeypatch.setattr(recovery_dialog, "ask_recovery", ask)
    return offered


def test_each_leftover_gets_a_row_saying_what_it_is(qtbot, leftovers, map_path):
    dialog = RecoveryDialog(leftovers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    row = dialog.row_for("atelier-1")
    texts = [label.text() for label in row.findChildren(type(row.written_label))]
    assert "atelier.journey.json" in texts
    assert str(map_path.parent) in texts
    assert "ago" in row.written_label.text() or "just now" in row.written_label.text()
    assert "1 persona(s) fewer" in row.difference_label.text() or (
        "persona" in row.difference_label.text() and "fewer" in row.difference_label.text()
    )
    draft = dialog.row_for("draft-2")
    draft_texts = [label.text() for label in draft.findChildren(type(row.written_label))]
    assert "Unsaved map «Brouillon de l'atelier»" in draft_texts
    assert not draft.buttons["open"].isEnabled()  # there is no original to open
    dialog.grab().save(str(map_path.parent / "recovery-dialog.png"))


def test_the_choices_are_exclusive_and_can_change(qtbot, leftovers):
    dialog = RecoveryDialog(leftovers)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.row_for("atelier-1")

    qtbot.mouseClick(row.buttons["discard"], Qt.MouseButton.LeftButton)
    assert dialog.decisions() == {"atelier-1": "discard"}
    qtbot.mouseClick(row.buttons["restore"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.row_for("draft-2").buttons["discard"], Qt.MouseButton.LeftButton)
    assert dialog.decisions() == {"atelier-1": "restore", "draft-2": "discard"}

    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted


def test_relative_ages_read_naturally(qapp):
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert relative_age(now - timedelta(seconds=20), now) == "just now"
    assert "12" in relative_age(now - timedelta(minutes=12), now)
    assert "3" in relative_age(now - timedelta(hours=3), now)
    assert "4" in relative_age(now - timedelta(days=4), now)


def test_restore_opens_the_original_with_the_changes_undoable(
    qapp, monkeypatch, leftovers, map_path, windows_made
):
    offered = choose(monkeypatch, {"atelier-1": "restore"})
    windows = start_windows(load_project(map_path), map_path, RecoveryStore(recovery_folder()))
    windows_made.extend(windows)

    assert {entry.key for entry in offered} == {"atelier-1", "draft-2"}
    [window] = windows  # the command line's map is the restored one: not opened twice
    document = window.document
    assert document.path == map_path.resolve()
    assert document.is_modified() and window.isWindowModified()
    assert [p.id for p in document.project.personas] == ["p-lea"]
    assert document.project.card("c-blog").title == "Article réécrit"

    document.undo_stack.undo()
    assert project_to_bytes(document.project) == map_path.read_bytes()
    # Decided copies are moved aside; the undecided draft is offered again next time.
    assert [e.key for e in RecoveryStore(recovery_folder()).leftovers()] == ["draft-2"]
    assert any((recovery_folder() / "discarded").iterdir())


def test_an_unsaved_map_restores_as_an_untitled_modified_map(
    qapp, monkeypatch, leftovers, map_path, windows_made
):
    choose(monkeypatch, {"draft-2": "restore"})
    windows = start_windows(load_project(map_path), map_path, RecoveryStore(recovery_folder()))
    windows_made.extend(windows)

    restored, from_command_line = windows
    assert restored.document.path is None
    assert restored.document.is_modified()
    assert restored.document.project.title == "Brouillon de l'atelier"
    assert from_command_line.document.path == map_path
    assert not from_command_line.document.is_modified()


def test_open_original_and_discard(qapp, monkeypatch, leftovers, map_path, windows_made):
    choose(monkeypatch, {"atelier-1": "open", "draft-2": "discard"})
    windows = start_windows(load_project(map_path), None, RecoveryStore(recovery_folder()))
    windows_made.extend(windows)

    [window] = windows  # no FILE given: no sample map next to the recovered work
    assert window.document.path == map_path.resolve()
    assert not window.document.is_modified()
    assert [p.id for p in window.document.project.personas] == ["p-lea", "p-marc"]
    assert RecoveryStore(recovery_folder()).leftovers() == []
    assert len(list((recovery_folder() / "discarded").iterdir())) == 4  # nothing is lost


def test_deciding_nothing_keeps_every_copy_for_next_time(
    qapp, monkeypatch, leftovers, map_path, windows_made
):
    choose(monkeypatch, {})
    windows = start_windows(load_project(map_path), map_path, RecoveryStore(recovery_folder()))
    windows_made.extend(windows)
    assert [w.document.path for w in windows] == [map_path]
    assert len(RecoveryStore(recovery_folder()).leftovers()) == 2


def test_no_leftovers_means_no_question(qapp, monkeypatch, map_path, windows_made):
    offered = choose(monkeypatch, {})
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda *a: pytest.fail("nothing to offer"))
    windows = start_windows(
        load_project(map_path), map_path, RecoveryStore(recovery_folder()), Settings()
    )
    windows_made.extend(windows)
    assert offered == [] and len(windows) == 1


def test_a_damaged_copy_cannot_be_restored_and_says_why(
    qtbot, monkeypatch, killed_store, map_path, windows_made
):
    killed_store.write("broken", b"{ not a map", map_path, "Atelier")
    [entry] = RecoveryStore(recovery_folder()).leftovers()
    dialog = RecoveryDialog([entry])
    qtbot.addWidget(dialog)
    row = dialog.row_for("broken")
    assert not row.buttons["restore"].isEnabled()
    assert "cannot be read" in row.difference_label.text()

    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda *args: errors.append(args))
    choose(monkeypatch, {"broken": "restore"})
    windows = start_windows(load_project(map_path), map_path, RecoveryStore(recovery_folder()))
    windows_made.extend(windows)
    assert len(errors) == 1 and "stays in" in errors[0][3]
    assert [e.key for e in RecoveryStore(recovery_folder()).leftovers()] == ["broken"]
