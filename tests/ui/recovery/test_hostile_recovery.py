"""A tampered recovery folder at start-up (issue 13, item 9): a recorded original that points
elsewhere is never saved over on the metadata's word, and a `discarded/` that is a link is
neither filled nor purged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from journey_editor.edits import UpdateCard
from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.persistence.process_owner import Owner, host_name
from journey_editor.persistence.recovery import DISCARD_KEEP_DAYS, RecoveryStore
from journey_editor.settings import recovery_folder
from journey_editor.ui.files import recovery_dialog
from journey_editor.ui.shell.recovery_startup import start_windows


@pytest.fixture
def killed_store() -> RecoveryStore:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    owner = Owner(pid=child.pid, host=host_name(), user="me", since="2026-11-23T09:00:00+00:00")
    return RecoveryStore(recovery_folder(), owner)


@pytest.fixture
def windows_made():
    made = []
    yield made
    for window in made:
        window.autosave.stop(keep_copy=True)
        window.ending_session = True
        window.close()
        window.deleteLater()


def restore_everything(monkeypatch):
    monkeypatch.setattr(
        recovery_dialog, "ask_recovery", lambda parent, entries: {e.key: "restore" for e in entries}
    )


def tamper(store: RecoveryStore, key: str, original: str) -> None:
    meta = store.folder / f"{key}.recovery.json"
    raw = json.loads(meta.read_text(encoding="utf-8"))
    raw["original"] = original
    meta.write_text(json.dumps(raw), encoding="utf-8")


def recovered_copy(map_path):
    changed = load_project(map_path)
    UpdateCard("c-blog", {"title": "Article réécrit"}).apply(changed)
    return project_to_bytes(changed)


@pytest.mark.parametrize("how", ["dot-dot", "not a map", "missing"])
def test_a_copy_whose_recorded_original_is_untrusted_restores_untitled(
    qapp, monkeypatch, killed_store, map_path, tmp_path, windows_made, how
):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    killed_store.write("atelier-1", recovered_copy(map_path), map_path, "Atelier")
    recorded = {
        "dot-dot": str(recovery_folder() / ".." / ".." / map_path.name),
        "not a map": str(victim),
        "missing": str(tmp_path / "gone.journey.json"),
    }[how]
    tamper(killed_store, "atelier-1", recorded)
    restore_everything(monkeypatch)
    save_dialogs: list = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args: (save_dialogs.append(args), ("", ""))[1],
    )
    before = map_path.read_bytes()
    windows = start_windows(load_project(map_path), None, RecoveryStore(recovery_folder()))
    windows_made.extend(windows)
    [window] = windows
    assert window.document.path is None
    assert window.document.project.card("c-blog").title == "Article réécrit"
    assert "untitled" in window.statusBar().currentMessage()
    assert not window.files.save()  # Save asks where (Save As), cancelled here
    assert len(save_dialogs) == 1
    assert victim.read_text() == "precious\n"
    assert map_path.read_bytes() == before
    assert not (tmp_path / "gone.journey.json").exists()


def test_a_copy_with_its_true_original_still_restores_onto_it(
    qapp, monkeypatch, killed_store, map_path, windows_made
):
    killed_store.write("atelier-1", recovered_copy(map_path), map_path, "Atelier")
    restore_everything(monkeypatch)
    windows = start_windows(load_project(map_path), None, RecoveryStore(recovery_folder()))
    windows_made.extend(windows)
    [window] = windows
    assert window.document.path == map_path.resolve()


def test_a_discarded_folder_that_is_a_link_is_left_alone_at_start(
    qapp, monkeypatch, killed_store, map_path, tmp_path, windows_made, small_project
):
    precious = tmp_path / "precious"
    precious.mkdir()
    old = precious / "thesis.txt"
    old.write_text("years of work")
    long_ago = (datetime.now(UTC) - timedelta(days=DISCARD_KEEP_DAYS + 30)).timestamp()
    os.utime(old, (long_ago, long_ago))
    killed_store.write("draft-2", project_to_bytes(small_project), None, "Brouillon")
    try:
        os.symlink(precious, recovery_folder() / "discarded")
    except (OSError, NotImplementedError) as error:
        pytest.skip(f"symbolic links cannot be made here: {error}")
    monkeypatch.setattr(
        recovery_dialog, "ask_recovery", lambda parent, entries: {"draft-2": "discard"}
    )
    store = RecoveryStore(recovery_folder())
    windows_made.extend(start_windows(load_project(map_path), map_path, store))
    assert old.exists()
    assert sorted(p.name for p in precious.iterdir()) == ["thesis.txt"]
    assert store.leftovers() == []
    assert any("symbolic link" in problem for problem in store.problems)
