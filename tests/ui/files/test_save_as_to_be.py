"""File → Save as to-be…: a copy that keeps every id and names the as-is as saved on disk; the
window then edits the to-be. Unsaved changes are saved first, or nothing happens."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from journey_editor.edits import UpdateProject
from journey_editor.persistence import ProjectSaveError, load_project, project_to_bytes
from journey_editor.persistence.file_lock import lock_path, read_lock
from journey_editor.ui.files import operations

TO_BE_TITLE = "Boutique de chemises — parcours «omnicanal» (cible)"


@pytest.fixture
def offered(monkeypatch):
    """Answers the file dialogs with the paths given, in order; records what each offered."""
    asked: list[tuple[str, str]] = []
    answers: list[Path | None] = []

    def dialog(parent, caption, suggested, filters):
        asked.append((caption, suggested))
        answer = answers.pop(0) if answers else None
        return (str(answer) if answer else "", filters)

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", dialog)
    return answers, asked


def all_ids(project) -> set[str]:
    return project.all_ids() | {project.id} | {channel.id for channel in project.channels}


def save_as_to_be(window) -> None:
    action = window.menus.actions["save_as_to_be"]
    assert action in window.menuBar().actions()[0].menu().actions()  # in the File menu
    action.trigger()


def test_the_to_be_is_written_and_becomes_the_windows_map(window, map_path, offered, modal):
    answers, asked = offered
    as_is_bytes = map_path.read_bytes()
    as_is = load_project(map_path)
    target = map_path.with_name("atelier-cible.journey.json")
    answers.append(target)
    save_as_to_be(window)

    # The file dialog offered a name beside the as-is, in the map's language.
    assert asked == [("Save the to-be as", str(target))]
    assert modal.asked == [] and modal.errors == []
    to_be = load_project(target)
    assert all_ids(to_be) == all_ids(as_is)
    assert to_be.cards == as_is.cards and to_be.personas == as_is.personas
    assert to_be.title == TO_BE_TITLE
    based_on = to_be.based_on
    assert (based_on.file, based_on.title) == ("atelier.journey.json", as_is.title)
    assert based_on.sha256 == hashlib.sha256(as_is_bytes).hexdigest()
    assert map_path.read_bytes() == as_is_bytes  # the as-is is only read

    # The window is now on the to-be: its file, its lock, saved, the as-is let go.
    assert window.document.path == target
    assert window.document.project == to_be
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("atelier-cible[*]")
    assert window.files.session.owns_lock_for(target)
    assert read_lock(lock_path(target)).token == window.files.session.lock.info.token
    assert not lock_path(map_path).exists()
    assert window.settings.recent_files[0] == str(target)
    assert window.statusBar().currentMessage() == (
        "Saved atelier-cible.journey.json, the to-be of atelier.journey.json: "
        "you are now editing it."
    )


def test_the_to_be_is_edited_and_saved_like_any_map(window, map_path, offered):
    answers, _ = offered
    target = map_path.with_name("atelier-cible.journey.json")
    answers.append(target)
    save_as_to_be(window)
    based_on = window.document.project.based_on
    window.selection.set("card", ["c-blog"])
    window.menus.actions["effort_4"].trigger()
    assert window.isWindowModified()
    window.menus.actions["save"].trigger()
    saved = load_project(target)
    assert saved.card("c-blog").effort == 4 and saved.based_on == based_on
    assert load_project(map_path).card("c-blog").effort == 1  # the as-is keeps its own
    window.document.undo_stack.undo()
    assert window.document.project.card("c-blog").effort == 1


def test_unsaved_changes_are_saved_first_and_the_hash_is_of_that_save(
    window, map_path, offered, modal
):
    answers, _ = offered
    window.document.apply(UpdateProject({"description": "Revu en atelier"}))
    modal.script("ask_save_before_to_be", "save")
    target = map_path.with_name("atelier-cible.journey.json")
    answers.append(target)
    save_as_to_be(window)

    assert modal.asked == [("ask_save_before_to_be", ("atelier", False))]
    saved_as_is = map_path.read_bytes()
    assert load_project(map_path).description == "Revu en atelier"
    to_be = load_project(target)
    assert to_be.description == "Revu en atelier"
    assert to_be.based_on.sha256 == hashlib.sha256(saved_as_is).hexdigest()
    assert window.document.path == target and not window.isWindowModified()


def test_cancel_leaves_everything_as_it_was(window, map_path, offered, modal):
    answers, asked = offered
    before = map_path.read_bytes()
    window.document.apply(UpdateProject({"description": "Revu en atelier"}))
    modal.script("ask_save_before_to_be", "cancel")
    answers.append(map_path.with_name("atelier-cible.journey.json"))
    save_as_to_be(window)
    assert asked == []  # no file dialog
    assert map_path.read_bytes() == before
    assert not map_path.with_name("atelier-cible.journey.json").exists()
    assert window.document.path == map_path and window.isWindowModified()
    assert window.document.project.based_on is None


def test_an_untitled_map_is_saved_as_the_as_is_first(new_window, tmp_path, offered, modal):
    answers, asked = offered
    window = new_window()
    modal.script("ask_save_before_to_be", "save")
    as_is, to_be_path = tmp_path / "départ.journey.json", tmp_path / "arrivée.journey.json"
    answers.extend([as_is, to_be_path])
    save_as_to_be(window)
    assert modal.asked[0][0] == "ask_save_before_to_be" and modal.asked[0][1][1] is True
    assert [caption for caption, _ in asked] == ["Save journey map as", "Save the to-be as"]
    to_be = load_project(to_be_path)
    assert to_be.based_on.file == "départ.journey.json"
    assert to_be.based_on.sha256 == hashlib.sha256(as_is.read_bytes()).hexdigest()
    assert all_ids(to_be) == all_ids(load_project(as_is))
    assert window.document.path == to_be_path


def test_cancelling_the_file_dialog_changes_nothing(window, map_path, offered, modal):
    _answers, asked = offered
    before = map_path.read_bytes()
    save_as_to_be(window)
    assert len(asked) == 1
    assert window.document.path == map_path and window.document.project.based_on is None
    assert window.files.session.owns_lock_for(map_path)
    assert sorted(p.name for p in map_path.parent.glob("*.journey.json")) == [map_path.name]
    assert map_path.read_bytes() == before


def test_the_to_be_cannot_replace_its_as_is(window, map_path, offered, modal):
    answers, _ = offered
    before = map_path.read_bytes()
    answers.append(map_path.parent / "atelier")  # the suffix is added: the as-is itself
    save_as_to_be(window)
    title, message, _advice = modal.errors[-1]
    assert title == "Cannot save as to-be" and "over its as-is «atelier.journey.json»" in message
    assert map_path.read_bytes() == before
    assert window.document.path == map_path and window.document.project.based_on is None


def test_an_as_is_changed_on_disk_underneath_is_not_named(window, map_path, offered, modal):
    _answers, asked = offered
    changed = load_project(map_path)
    changed.description = "Changé par un collègue"
    map_path.write_bytes(project_to_bytes(changed))
    save_as_to_be(window)
    assert asked == []
    title, message, advice = modal.errors[-1]
    assert title == "Cannot save as to-be"
    assert "«atelier.journey.json» was changed on disk" in message and "Reload" in advice
    assert window.document.path == map_path


def test_a_failed_write_keeps_the_as_is_open(window, map_path, offered, modal, monkeypatch):
    answers, _ = offered
    target = map_path.with_name("atelier-cible.journey.json")
    answers.append(target)

    def fail(project, path, keep_backup=True):
        raise ProjectSaveError(Path(path), "the disk is full")

    monkeypatch.setattr(operations, "save_project", fail)
    save_as_to_be(window)
    title, message, advice = modal.errors[-1]
    assert title == "Cannot save as to-be"
    assert message == "«atelier-cible.journey.json» could not be saved: the disk is full."
    assert advice == "«atelier.journey.json» is still open, as saved."
    assert window.document.path == map_path and window.document.project.based_on is None
    assert window.files.session.owns_lock_for(map_path)
    assert not lock_path(target).exists()


def test_a_read_only_target_is_replaced_only_with_a_yes(window, map_path, offered, modal):
    answers, asked = offered
    target = map_path.with_name("protégé.journey.json")
    target.write_text("keep me", encoding="utf-8")
    target.chmod(0o444)
    # Save As in the question: the file dialog again, from the read-only name.
    modal.script("ask_overwrite_read_only", "save_as", "cancel")
    answers.extend([target, target])
    save_as_to_be(window)
    assert modal.names() == ["ask_overwrite_read_only"] * 2
    assert [suggested for _, suggested in asked][1] == str(target)
    assert target.read_text(encoding="utf-8") == "keep me"
    assert window.document.path == map_path
    # Overwrite: written over it.
    modal.script("ask_overwrite_read_only", "overwrite")
    answers.append(target)
    save_as_to_be(window)
    assert load_project(target).based_on.file == "atelier.journey.json"
    assert window.document.path == target
