"""The recovery store (no Qt): entries written atomically, leftovers of dead sessions only,
damaged descriptions reported rather than crashed on, counts compared with the original."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journey_editor import __version__
from journey_editor.edits import RemovePersona, UpdateCard
from journey_editor.persistence import project_to_bytes
from journey_editor.persistence.process_owner import Owner, current_owner, host_name
from journey_editor.persistence.recovery import (
    DISCARD_KEEP_DAYS,
    RecoveryStore,
    new_key,
)


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def original(small_project, tmp_path) -> Path:
    path = tmp_path / "atelier.journey.json"
    path.write_bytes(project_to_bytes(small_project))
    return path


def dead_owner() -> Owner:
    """The owner of a process that has ended (a real pid, reaped, so not reused at once)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return Owner(pid=child.pid, host=host_name(), user="someone", since="2026-11-23T09:00:00+00:00")


def edited(project):
    RemovePersona("p-marc").apply(project)
    UpdateCard("c-blog", {"title": "Article modifié"}).apply(project)
    return project


def test_write_creates_a_copy_and_its_description(folder, original, small_project):
    store = RecoveryStore(folder)
    data = project_to_bytes(edited(small_project))
    entry = store.write("atelier-1", data, original, "Atelier", "autosave")

    assert entry.data_path == folder / "atelier-1.journey.json"
    assert entry.data_path.read_bytes() == data
    meta = json.loads(entry.meta_path.read_text(encoding="utf-8"))
    assert meta["original"] == str(original.resolve())
    assert meta["title"] == "Atelier"
    assert meta["app_version"] == __version__
    assert meta["reason"] == "autosave"
    assert meta["owner"]["pid"] == os.getpid()
    assert datetime.fromisoformat(meta["written_at"]) <= datetime.now(UTC)
    assert sorted(p.name for p in folder.iterdir()) == [
        "atelier-1.journey.json",
        "atelier-1.recovery.json",
    ]  # no temporary files left behind


def test_entries_read_back_what_was_written(folder, original, small_project):
    store = RecoveryStore(folder)
    store.write("a", project_to_bytes(small_project), original, "Atelier", "emergency")
    store.write("b", project_to_bytes(small_project), None, "Brouillon", "session-end")
    by_key = {entry.key: entry for entry in store.entries()}

    assert by_key["a"].original == original.resolve()
    assert by_key["a"].reason == "emergency"
    assert by_key["b"].original is None
    assert by_key["b"].title == "Brouillon"
    assert all(entry.problem is None for entry in by_key.values())
    assert by_key["b"].load_project().id == small_project.id


def test_remove_forgets_the_entry_and_tolerates_missing_files(folder, small_project):
    store = RecoveryStore(folder)
    store.write("a", project_to_bytes(small_project), None, "x")
    store.remove("a")
    store.remove("a")
    store.remove("never-written")
    assert store.entries() == []


def test_a_live_process_copies_are_not_leftovers(folder, small_project):
    mine = RecoveryStore(folder)
    mine.write("mine", project_to_bytes(small_project), None, "x")
    assert [e.key for e in mine.entries()] == ["mine"]
    assert mine.leftovers() == []

    # A colleague's instance, still running on this host (the parent of this test process).
    colleague = Owner(pid=os.getppid(), host=host_name(), user="colleague", since="2026")
    RecoveryStore(folder, colleague).write("theirs", project_to_bytes(small_project), None, "y")
    # An instance on another machine sharing the folder: it may be running, so left alone.
    remote = Owner(pid=1234, host="elsewhere.example", user="colleague", since="2026")
    RecoveryStore(folder, remote).write("remote", project_to_bytes(small_project), None, "z")
    assert RecoveryStore(folder).leftovers() == []


def test_a_dead_process_copies_are_leftovers(folder, small_project):
    RecoveryStore(folder, dead_owner()).write("killed", project_to_bytes(small_project), None, "x")
    assert [e.key for e in RecoveryStore(folder).leftovers()] == ["killed"]


def test_damaged_descriptions_are_reported_and_offered(folder, small_project):
    store = RecoveryStore(folder, dead_owner())
    store.write("garbled", project_to_bytes(small_project), None, "x")
    (folder / "garbled.recovery.json").write_text("{not json", encoding="utf-8")
    store.write("no-owner", project_to_bytes(small_project), None, "x")
    meta = json.loads((folder / "no-owner.recovery.json").read_text(encoding="utf-8"))
    meta["owner"] = "nobody"
    (folder / "no-owner.recovery.json").write_text(json.dumps(meta), encoding="utf-8")
    # Killed between the data and the description: a bare copy.
    (folder / "bare.journey.json").write_bytes(project_to_bytes(small_project))
    # The copy is gone but its description stayed.
    store.write("hollow", project_to_bytes(small_project), None, "x")
    (folder / "hollow.journey.json").unlink()
    (folder / "stray.txt").write_text("not ours")

    by_key = {entry.key: entry for entry in RecoveryStore(folder).leftovers()}
    assert set(by_key) == {"garbled", "no-owner", "bare", "hollow"}
    assert "unreadable" in by_key["garbled"].problem
    assert "owner" in by_key["no-owner"].problem
    assert "missing" in by_key["bare"].problem
    assert "copy itself is missing" in by_key["hollow"].problem
    assert by_key["bare"].load_project().id == small_project.id  # still recoverable


def test_compare_counts_the_differences_with_the_original(folder, original, small_project):
    store = RecoveryStore(folder)
    entry = store.write("a", project_to_bytes(edited(small_project)), original, "Atelier")
    comparison = entry.compare()

    assert comparison.original_state == "unchanged"
    assert (comparison.copy.personas, comparison.copy.cards) == (1, 4)
    assert (comparison.original.personas, comparison.original.cards) == (2, 5)
    difference = comparison.difference
    assert (difference.personas, difference.stages, difference.cards, difference.links) == (
        -1,
        0,
        -1,
        0,
    )


def test_compare_tells_when_the_original_changed_or_vanished(folder, original, small_project):
    store = RecoveryStore(folder)
    entry = store.write("a", project_to_bytes(small_project), original, "Atelier")
    time.sleep(0.01)
    original.write_bytes(original.read_bytes() + b"\n")  # touched by someone else since
    assert store.entry("a").compare().original_state == "changed"

    original.unlink()
    comparison = entry.compare()
    assert comparison.original_state == "missing"
    assert comparison.difference is None

    unsaved = store.write("b", project_to_bytes(small_project), None, "Brouillon")
    assert unsaved.compare().original_state == "unsaved"


def test_an_unreadable_original_is_said_so(folder, original, small_project):
    entry = RecoveryStore(folder).write("a", project_to_bytes(small_project), original, "x")
    original.write_text("{ broken", encoding="utf-8")
    assert entry.compare().original_state == "unreadable"


def test_discard_moves_the_entry_aside_for_a_week(folder, small_project):
    store = RecoveryStore(folder, dead_owner())
    store.write("a", project_to_bytes(small_project), None, "x")
    store.discard("a")

    assert store.entries() == []
    kept = sorted(p.name for p in (folder / "discarded").iterdir())
    assert len(kept) == 2 and all(name.startswith("a.") for name in kept)

    assert store.purge_discarded() == []  # fresh: kept
    later = datetime.now(UTC) + timedelta(days=DISCARD_KEEP_DAYS, hours=1)
    assert len(store.purge_discarded(now=later)) == 2
    assert list((folder / "discarded").iterdir()) == []


def test_keys_are_safe_file_names(folder, small_project):
    store = RecoveryStore(folder)
    key = new_key("Atelier «omnicanal» / 2026")
    assert key.startswith("atelier-omnicanal-2026-")
    store.write(key, project_to_bytes(small_project), None, "x")
    with pytest.raises(ValueError):
        store.write("../escape", b"{}", None, "x")
    with pytest.raises(ValueError):
        store.write("ok", b"{}", None, "x", reason="whenever")


def test_an_unwritable_folder_raises_oserror_and_leaves_nothing(tmp_path, small_project):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    with pytest.raises(OSError):
        RecoveryStore(blocker).write("a", project_to_bytes(small_project), None, "x")


def test_the_store_records_the_current_process_by_default(folder):
    assert RecoveryStore(folder).owner.pid == current_owner().pid
