"""Every broken file of the loader's corpus, opened from the GUI, gives one calm dialog naming
the file, the object and field, and what to do; the map that was open stays as it was."""

import sys
from pathlib import Path

import pytest

from journey_editor.persistence import backup_path, project_to_bytes
from journey_editor.persistence.file_lock import lock_path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.bad_files import CORPUS  # noqa: E402  (after the path is set)


@pytest.mark.parametrize("case", list(CORPUS), ids=list(CORPUS))
def test_a_bad_file_gives_one_dialog_and_leaves_the_open_map(
    case, window, small_project, tmp_path, modal, unhandled
):
    corrupt, phrases = CORPUS[case]
    bad = tmp_path / "cassé.journey.json"
    bad.write_bytes(corrupt(project_to_bytes(small_project)))
    window.selection.set("card", ["c-blog"])
    window.menus.actions["effort_3"].trigger()  # unsaved work that must survive
    modal.script("ask_save_changes", "discard")
    before = window.document.project.model_copy(deep=True)
    path_before, steps = window.document.path, window.document.undo_stack.count()

    assert not window.files.open_path(bad)

    assert len(modal.errors) == 1
    title, message, advice = modal.errors[0]
    assert title == "Cannot open map"
    assert "cassé.journey.json" in message
    for phrase in phrases:
        assert phrase in advice, f"{phrase!r} not in {advice!r}"
    assert str(tmp_path) in advice  # where
    assert "unchanged" in advice  # what it means for the user's work
    assert "Traceback" not in advice and "pydantic" not in advice
    assert window.document.project == before
    assert window.document.path == path_before
    assert window.document.undo_stack.count() == steps and window.isWindowModified()
    assert not lock_path(bad).exists()
    assert unhandled == []


def test_a_newer_schema_says_to_update_the_app(window, small_project, tmp_path, modal):
    bad = tmp_path / "future.journey.json"
    corrupt, _ = CORPUS["unknown schema version"]
    bad.write_bytes(corrupt(project_to_bytes(small_project)))
    window.files.open_path(bad)
    assert "update the app" in modal.errors[0][2]


def test_the_advice_points_at_the_backup_beside_a_broken_file(
    window, small_project, tmp_path, modal
):
    bad = tmp_path / "cassé.journey.json"
    bad.write_bytes(b"{")
    backup_path(bad).write_bytes(project_to_bytes(small_project))
    window.files.open_path(bad)
    assert "cassé.journey.json.bak" in modal.errors[0][2]


def test_a_missing_recent_file_gives_a_dialog(window, tmp_path, modal, unhandled):
    gone = tmp_path / "gone.journey.json"
    window.settings.recent_files = [str(gone)]
    window.menus.recent.refresh()
    window.menus.recent.actions()[0].trigger()
    _title, message, advice = modal.errors[0]
    assert "gone.journey.json" in message and "does not exist" in advice
    assert unhandled == []


def test_file_open_with_a_folder_gives_a_dialog(window, tmp_path, modal, monkeypatch):
    folder = tmp_path / "dossier.journey.json"
    folder.mkdir()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a: (str(folder), "")
    )
    window.menus.actions["open"].trigger()
    assert "is a folder" in modal.errors[0][2]
