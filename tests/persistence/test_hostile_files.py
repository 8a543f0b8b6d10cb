"""Hostile files on disk (issue 13, items 5, 6, 9, 10), through the public entry points:
things that are not regular files, over-long names, links, recovery-folder tampering, debris.
Inputs are made in tmp_path (os.mkfifo, os.symlink, os.link); platforms without them skip."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.persistence import (
    ProjectFileError,
    backup_path,
    load_project,
    project_to_bytes,
    save_project,
)
from journey_editor.persistence.atomic import temp_prefix
from journey_editor.persistence.file_lock import acquire, lock_name_too_long, lock_path
from journey_editor.persistence.process_owner import Owner, host_name
from journey_editor.persistence.recovery import (
    DISCARD_KEEP_DAYS,
    RecoveryStore,
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")


def symlink_or_skip(target: Path | str, link: Path) -> None:
    try:
        os.symlink(target, link)
    except (OSError, NotImplementedError) as error:
        pytest.skip(f"symbolic links cannot be made here: {error}")


def within(seconds: float, call):
    """Run `call` in a thread; fail (instead of hanging the suite) when it does not return."""
    result: dict = {}

    def run():
        try:
            result["value"] = call()
        except BaseException as error:  # handed back to the test
            result["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s (blocked on a FIFO?)"
    if "error" in result:
        raise result["error"]
    return result.get("value")


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def saved(small_project, tmp_path) -> Path:
    path = tmp_path / "atelier.journey.json"
    save_project(small_project, path)
    return path


# --- item 5: only regular files are read ---------------------------------------------------------


@needs_fifo
def test_a_fifo_named_like_a_map_is_refused_at_once(tmp_path):
    fifo = tmp_path / "tube.journey.json"
    os.mkfifo(fifo)
    with pytest.raises(ProjectFileError, match="named pipe"):
        within(5, lambda: load_project(fifo))


@needs_dev_zero
def test_a_link_to_dev_zero_is_refused_not_read_until_memory_runs_out(tmp_path):
    link = tmp_path / "zero.journey.json"
    symlink_or_skip("/dev/zero", link)
    with pytest.raises(ProjectFileError, match="is a device, not a project file"):
        within(5, lambda: load_project(link))


def test_a_folder_named_like_a_map_is_refused(tmp_path):
    folder = tmp_path / "dossier.journey.json"
    folder.mkdir()
    with pytest.raises(ProjectFileError, match="is a folder"):
        load_project(folder)


@needs_fifo
def test_the_command_line_refuses_a_fifo(tmp_path, capsys):
    fifo = tmp_path / "tube.journey.json"
    os.mkfifo(fifo)
    code = within(5, lambda: main(["validate", str(fifo)]))
    assert code != 0
    assert "named pipe" in capsys.readouterr().err


@needs_fifo
def test_saving_onto_a_fifo_is_refused_and_leaves_it(small_project, tmp_path):
    fifo = tmp_path / "tube.journey.json"
    os.mkfifo(fifo)
    with pytest.raises(Exception, match="not a regular file"):
        within(5, lambda: save_project(small_project, fifo))
    assert fifo.is_fifo()


@needs_dev_zero
def test_a_lock_file_linking_to_dev_zero_is_garbage_taken_over(saved):
    symlink_or_skip("/dev/zero", lock_path(saved))
    lock = within(10, lambda: acquire(saved))
    assert lock is not None and lock.is_ours()
    assert Path("/dev/zero").exists()
    lock.release()


@needs_fifo
def test_a_lock_file_that_is_a_fifo_is_garbage_taken_over(saved):
    os.mkfifo(lock_path(saved))
    os.utime(lock_path(saved), (1, 1))  # an old leftover, not one being written
    lock = within(10, lambda: acquire(saved))
    assert lock is not None and lock.is_ours()
    lock.release()


@needs_fifo
def test_a_recovery_copy_that_is_a_fifo_or_a_device_link_is_skipped(tmp_path, small_project):
    store = RecoveryStore(tmp_path / "recovery")
    store.write("good", project_to_bytes(small_project), None, "Bon")
    os.mkfifo(store.folder / "tube.journey.json")
    os.mkfifo(store.folder / "tube.recovery.json")
    if Path("/dev/zero").exists():
        symlink_or_skip("/dev/zero", store.folder / "zero.journey.json")
    entries = within(5, store.entries)
    assert [e.key for e in entries] == ["good"]
    assert any("tube.journey.json" in p for p in store.problems)


def test_a_recovery_copy_linking_to_a_file_elsewhere_is_not_read(tmp_path, small_project):
    store = RecoveryStore(tmp_path / "recovery")
    entry = store.write("k", project_to_bytes(small_project), None, "Bon")
    secret = tmp_path / "secret.journey.json"
    secret.write_bytes(project_to_bytes(small_project))
    entry.data_path.unlink()
    symlink_or_skip(secret, entry.data_path)
    found = store.entry("k")
    assert found is not None and found.problem == "the copy itself is missing"
    with pytest.raises(ProjectFileError, match="symbolic link"):
        found.load_project()


# --- item 6: long names, links, hard links --------------------------------------------------------


@pytest.mark.parametrize("length", [238, 251, 255])
def test_a_map_with_a_very_long_name_saves_again(small_project, tmp_path, length):
    name = "c" * (length - len(".journey.json")) + ".journey.json"
    path = tmp_path / name
    try:
        save_project(small_project, path)
    except Exception as error:  # the file system's own limit may be lower than 255
        pytest.skip(f"this file system refuses {length}-byte names: {error}")
    small_project.title = "Encore"
    save_project(small_project, path)
    assert load_project(path).title == "Encore"
    # `.bak` fits up to 251 bytes; beyond, the map is saved without a backup.
    assert (backup_path(path).name in os.listdir(tmp_path)) == (length <= 251)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_map_name_too_long_for_its_lock_opens_unlocked_and_says_why(small_project, tmp_path):
    path = tmp_path / ("c" * (255 - len(".journey.json")) + ".journey.json")
    try:
        save_project(small_project, path)
    except Exception as error:
        pytest.skip(f"this file system refuses 255-byte names: {error}")
    assert lock_name_too_long(path)
    assert acquire(path) is None  # no bare OSError


def test_saving_a_symlinked_map_writes_through_to_its_target(small_project, tmp_path):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    target = real_folder / "atelier.journey.json"
    save_project(small_project, target)
    before = target.read_bytes()
    link = tmp_path / "raccourci.journey.json"
    symlink_or_skip(Path("real") / "atelier.journey.json", link)
    small_project.title = "Par le lien"
    save_project(small_project, link)
    assert link.is_symlink()
    assert load_project(target).title == "Par le lien"
    assert backup_path(target).read_bytes() == before
    assert backup_path(link) == backup_path(target)  # revert and compare find it there
    assert not (tmp_path / "raccourci.journey.json.bak").exists()


def test_saving_a_hard_linked_map_splits_the_link_keeping_the_other_name_intact(
    small_project, tmp_path
):
    path = tmp_path / "atelier.journey.json"
    save_project(small_project, path)
    other = tmp_path / "autre-nom.journey.json"
    try:
        os.link(path, other)
    except OSError as error:
        pytest.skip(f"hard links cannot be made here: {error}")
    before = other.read_bytes()
    small_project.title = "Nouvelle version"
    save_project(small_project, path)
    # The documented choice (README, "Never lose a map"): atomic replacement, so the other
    # name keeps the previous version rather than risking both on a crash.
    assert load_project(path).title == "Nouvelle version"
    assert other.read_bytes() == before
    assert path.stat().st_nlink == 1


def test_the_command_line_refuses_to_overwrite_a_read_only_map_without_force(tmp_path, capsys):
    out = tmp_path / "lecture-seule.journey.json"
    assert main(["new", str(out)]) == 0
    out.chmod(0o444)
    before = out.read_bytes()
    assert main(["new", str(out), "--title", "Autre"]) != 0
    assert "use --force" in capsys.readouterr().err
    assert out.read_bytes() == before


# --- item 9: a tampered recovery folder -------------------------------------------------------


def test_a_recorded_original_with_dot_dot_is_not_trusted(tmp_path, small_project, saved):
    store = RecoveryStore(tmp_path / "recovery")
    entry = store.write("k", project_to_bytes(small_project), saved, "Atelier")
    assert store.entry("k").original_problem() is None
    meta = entry.meta_path.read_text(encoding="utf-8")
    sneaky = str(tmp_path / "recovery" / ".." / "atelier.journey.json")
    entry.meta_path.write_text(meta.replace(str(saved), sneaky), encoding="utf-8")
    assert "plain absolute path" in store.entry("k").original_problem()


def test_a_recorded_original_that_is_not_a_map_is_not_trusted(tmp_path, small_project):
    bashrc = tmp_path / ".bashrc"
    bashrc.write_text("export PATH\n")
    store = RecoveryStore(tmp_path / "recovery")
    store.write("k", project_to_bytes(small_project), bashrc, "Atelier")
    assert "not a map file's name" in store.entry("k").original_problem()
    store.write("gone", project_to_bytes(small_project), tmp_path / "x.journey.json", "A")
    assert "no longer exists" in store.entry("gone").original_problem()


def test_a_discarded_folder_linking_elsewhere_is_neither_purged_nor_filled(tmp_path, small_project):
    precious = tmp_path / "precious"
    precious.mkdir()
    old = precious / "old-notes.txt"
    old.write_text("keep me")
    week_ago = (datetime.now(UTC) - timedelta(days=DISCARD_KEEP_DAYS + 3)).timestamp()
    os.utime(old, (week_ago, week_ago))
    store = RecoveryStore(tmp_path / "recovery")
    store.write("k", project_to_bytes(small_project), None, "Brouillon")
    symlink_or_skip(precious, store.folder / "discarded")
    assert store.purge_discarded() == []
    assert old.exists()
    store.discard("k")
    assert sorted(p.name for p in precious.iterdir()) == ["old-notes.txt"]
    assert store.entry("k") is None
    assert any("symbolic link" in p for p in store.problems)


# --- item 10: debris of killed saves ------------------------------------------------------------


def debris(folder: Path, pid: int, prefix: str | None = None) -> Path:
    prefix = prefix or temp_prefix().replace(f"-{os.getpid()}-", f"-{pid}-")
    path = folder / f"{prefix}abc123.tmp"
    path.write_bytes(b"half a map")
    return path


def test_temporaries_are_short_and_name_their_owner(small_project, tmp_path, monkeypatch):
    seen = []
    import tempfile

    real = tempfile.mkstemp

    def spy(*args, **kwargs):
        handle, name = real(*args, **kwargs)
        seen.append(Path(name).name)
        return handle, name

    monkeypatch.setattr("tempfile.mkstemp", spy)
    save_project(small_project, tmp_path / ("a" * 200 + ".journey.json"))
    assert seen and all(len(n) < 40 and f"-{os.getpid()}-" in n for n in seen)


def test_a_save_removes_debris_of_dead_processes_only(saved, small_project):
    folder = saved.parent
    stale = debris(folder, dead_pid())
    live = debris(folder, os.getpid())
    foreign = debris(folder, dead_pid(), prefix=".je-zzzzzz-1-")
    unrelated = folder / ".atelier.journey.json.x.tmp"
    unrelated.write_bytes(b"not ours")
    save_project(small_project, saved)
    assert not stale.exists()
    assert live.exists() and foreign.exists() and unrelated.exists()


def test_the_recovery_store_removes_debris_when_used(tmp_path, small_project):
    store = RecoveryStore(tmp_path / "recovery")
    store.write("k", project_to_bytes(small_project), None, "Brouillon")
    stale = debris(store.folder, dead_pid())
    RecoveryStore(store.folder, Owner(1, host_name(), "u", "2026-01-01T00:00:00+00:00")).entries()
    assert not stale.exists()


@needs_fifo
def test_the_disk_watcher_does_not_hang_on_a_fifo_put_in_place_of_the_map(saved):
    from journey_editor.persistence.disk_state import changed_on_disk, take_stamp

    stamp = take_stamp(saved)
    saved.unlink()
    os.mkfifo(saved)
    assert within(5, lambda: changed_on_disk(saved, stamp))
