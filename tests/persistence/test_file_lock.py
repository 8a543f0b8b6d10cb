"""A map open in one instance is locked against the others; leftovers of dead ones are not."""

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta

import pytest

from journey_editor.persistence import file_lock
from journey_editor.persistence.file_lock import FileLockedError, acquire, lock_path, read_lock
from journey_editor.persistence.process_owner import Owner, current_owner, host_name


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "atelier.journey.json"
    path.write_text("{}\n", encoding="utf-8")
    return path


def write_lock(path, owner: Owner, token="theirs"):
    lock_path(path).write_text(
        json.dumps({"owner": owner.to_dict(), "app_version": "0.9", "token": token}),
        encoding="utf-8",
    )


def dead_pid() -> int:
    # A process that has surely ended: start one and wait for it.
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_lock_file_sits_beside_the_map_and_names_its_owner(map_file):
    lock = acquire(map_file)
    assert lock is not None
    assert lock.lock_file.name == "atelier.journey.json.lock"
    found = read_lock(lock.lock_file)
    assert found.owner.pid == os.getpid() and found.owner.host == host_name()
    assert found.app_version and found.token == lock.info.token


def test_a_second_acquire_in_the_same_process_is_refused(map_file):
    # Two windows of one instance on one file are two holders too.
    first = acquire(map_file)
    with pytest.raises(FileLockedError) as raised:
        acquire(map_file)
    assert raised.value.owner == first.info.owner
    assert raised.value.alive is True
    assert str(map_file) in str(raised.value)


def test_release_removes_the_lock_and_the_map_can_be_locked_again(map_file):
    acquire(map_file).release()
    assert not lock_path(map_file).exists()
    assert acquire(map_file) is not None


def test_release_never_removes_someone_elses_lock(map_file):
    lock = acquire(map_file)
    # Another instance took the lock over meanwhile (e.g. after we were suspended for days).
    write_lock(map_file, Owner(pid=1, host="other-pc", user="marc", since="2026-11-23T10:00:00"))
    lock.release()
    assert read_lock(lock_path(map_file)).owner.host == "other-pc"


def test_a_lock_of_a_process_that_ended_is_taken_over(map_file):
    mine = current_owner()
    write_lock(map_file, Owner(pid=dead_pid(), host=mine.host, user=mine.user, since=mine.since))
    lock = acquire(map_file)
    assert lock is not None and lock.is_ours()
    assert [p.name for p in map_file.parent.iterdir() if ".stale" in p.name] == []


def test_a_garbage_lock_is_taken_over(map_file):
    lock_path(map_file).write_bytes(b"\x00\xffnot json")
    old = datetime.now().timestamp() - 60
    os.utime(lock_path(map_file), (old, old))
    assert acquire(map_file).is_ours()


def test_a_lock_from_before_the_last_boot_is_stale_even_if_its_pid_runs(map_file, monkeypatch):
    mine = current_owner()
    monkeypatch.setattr(file_lock, "_boot_time", lambda: datetime.now(UTC).timestamp() - 60)
    long_ago = (datetime.now(UTC) - timedelta(days=3)).isoformat(timespec="seconds")
    # pid 1 always runs: without the boot check this lock would look live.
    write_lock(map_file, Owner(pid=1, host=mine.host, user=mine.user, since=long_ago))
    assert acquire(map_file).is_ours()


def test_a_lock_from_another_host_counts_as_live(map_file):
    other = Owner(pid=4242, host="laptop-marc", user="marc", since="2026-11-23T09:15:00+00:00")
    write_lock(map_file, other)
    with pytest.raises(FileLockedError) as raised:
        acquire(map_file)
    assert raised.value.owner == other
    assert raised.value.alive is None  # cannot tell: the dialog must say which host
    assert read_lock(lock_path(map_file)).owner == other


def test_a_lock_held_by_another_running_process_is_live(map_file):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from journey_editor.persistence.file_lock import acquire
                lock = acquire(__import__("pathlib").Path({str(map_file)!r}))
                print("locked", flush=True)
                sys.stdin.readline()
                lock.release()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(FileLockedError) as raised:
            acquire(map_file)
        assert raised.value.owner.pid == holder.pid
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
        assert acquire(map_file) is not None
    finally:
        holder.kill()


def test_a_folder_that_cannot_hold_a_lock_opens_unlocked(map_file, monkeypatch):
    import errno

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "open", read_only)
    assert acquire(map_file) is None


def test_creation_is_exclusive(map_file, monkeypatch):
    # The lock must be created with O_EXCL: that is what makes two simultaneous opens safe.
    flags_seen = []
    real_open = os.open

    def spy(path, flags, *args):
        flags_seen.append(flags)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", spy)
    acquire(map_file)
    writes = [f for f in flags_seen if f & (os.O_WRONLY | os.O_RDWR)]  # reads open too now
    assert writes and all(f & os.O_EXCL and f & os.O_CREAT for f in writes)


def test_a_lock_dropped_without_release_is_removed_when_collected(map_file):
    import gc

    lock = acquire(map_file)
    assert lock_path(map_file).exists()
    del lock
    gc.collect()
    assert not lock_path(map_file).exists()
