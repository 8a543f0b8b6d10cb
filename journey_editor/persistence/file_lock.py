"""A lock file beside an open map, so that two instances never silently overwrite each other.

`NAME.journey.json.lock` holds who opened the map (an Owner: pid, host, user, since) and the
app version. It is created with O_CREAT | O_EXCL, so of two instances opening the same map at
the same instant exactly one gets it. A lock whose owner is gone (same host, process ended; or
an unreadable leftover) is stale and taken over; a lock from another host counts as live, since
we cannot tell from here whether that computer still has the map open.

A folder where no lock can be created (read-only share, write-protected USB stick) is no reason
to refuse opening a map: `acquire` then returns None and the map opens without a lock.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import time
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path

from journey_editor import __version__
from journey_editor.persistence.atomic import read_regular_bytes
from journey_editor.persistence.process_owner import Owner, current_owner, is_alive

LOCK_SUFFIX = ".lock"
# A lock file is created empty and written right after; a reader that finds it empty waits
# this long for the content before calling it garbage.
_FRESH_LOCK_SECONDS = 2.0
# Errors meaning "no lock can live in this folder", not "someone holds it".
_UNLOCKABLE = {errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EIO, errno.ENODEV}
# A lock file is a few hundred bytes: anything bigger is not one of ours (nor read whole).
_MAX_LOCK_BYTES = 64 * 1024


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def lock_name_too_long(path: Path) -> bool:
    """True when the map's name leaves no room for `.lock` (names are at most 255 bytes)."""
    return len(os.fsencode(lock_path(Path(path)).name)) > 255


@dataclass(frozen=True)
class LockInfo:
    owner: Owner
    app_version: str
    token: str  # tells two locks of one process apart (two windows), so release is exact


class FileLockedError(Exception):
    """The map is open in another live instance (or on another host, which we cannot check)."""

    def __init__(self, path: Path, info: LockInfo, alive: bool | None) -> None:
        self.path = path
        self.info = info
        self.alive = alive  # True on this host, None for another host
        super().__init__(
            f"{path}: open in another instance by {info.owner.user} on {info.owner.host} "
            f"since {info.owner.since}"
        )

    @property
    def owner(self) -> Owner:
        return self.info.owner


class FileLock:
    """A lock we hold. `release()` removes the lock file only while it is still ours."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info
        self.released = False
        # A window dropped without closing, or an interpreter ending normally, still unlocks.
        self._finalizer = weakref.finalize(self, _remove_if_ours, lock_path(path), info.token)

    @property
    def lock_file(self) -> Path:
        return lock_path(self.path)

    def is_ours(self) -> bool:
        found = read_lock(self.lock_file)
        return found is not None and found.token == self.info.token

    def release(self) -> None:
        self.released = True
        self._finalizer()  # runs once: removes the lock file if it still holds our token


def _remove_if_ours(target: Path, token: str) -> None:
    found = read_lock(target)
    if found is not None and found.token == token:
        with contextlib.suppress(OSError):
            target.unlink()


def acquire(path: Path) -> FileLock | None:
    """Lock `path` for this process. Raises FileLockedError when a live owner holds it; returns
    None when the folder cannot hold a lock file (the map then opens unlocked)."""
    path = Path(path)
    target = lock_path(path)
    info = LockInfo(owner=current_owner(), app_version=__version__, token=uuid.uuid4().hex)
    for _attempt in range(3):
        try:
            _create(target, info)
            return FileLock(path, info)
        except FileExistsError:
            pass
        except OSError as error:
            if error.errno in _UNLOCKABLE or error.errno in (errno.ENOENT, errno.ENAMETOOLONG):
                # ENAMETOOLONG: the map's name is too long for `.lock` after it; the map opens
                # unlocked and the window says why (lock_name_too_long).
                return None
            raise
        found = _read_settled(target)
        if found is not None:
            alive = is_alive(found.owner)
            if alive is not False and not _older_than_boot(found.owner):
                raise FileLockedError(path, found, alive)
        _take_over(target, found)
    return None  # someone keeps racing us for a stale lock: open unlocked rather than hang


def read_lock(target: Path) -> LockInfo | None:
    """The lock's content, or None when it is missing, unreadable or not a lock we know."""
    try:
        # Never a FIFO (would hang), a device (/dev/zero: endless) or a huge file.
        raw = json.loads(read_regular_bytes(target, _MAX_LOCK_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict):
        return None
    owner = Owner.from_dict(raw.get("owner"))
    version, token = raw.get("app_version"), raw.get("token")
    if owner is None or not isinstance(version, str) or not isinstance(token, str):
        return None
    return LockInfo(owner=owner, app_version=version, token=token)


def _create(target: Path, info: LockInfo) -> None:
    data = {
        "owner": info.owner.to_dict(),
        "app_version": info.app_version,
        "token": info.token,
    }
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, (json.dumps(data, indent=2) + "\n").encode("utf-8"))
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(target)
        raise
    os.close(fd)


def _read_settled(target: Path) -> LockInfo | None:
    """Read a lock, giving a just-created (still empty) one a moment to get its content."""
    deadline = time.monotonic() + _FRESH_LOCK_SECONDS
    while True:
        found = read_lock(target)
        if found is not None or time.monotonic() >= deadline:
            return found
        try:
            age = time.time() - target.lstat().st_mtime
        except OSError:
            return None
        if age >= _FRESH_LOCK_SECONDS:
            return None  # an old garbage file, not one being written
        time.sleep(0.05)


def _take_over(target: Path, stale: LockInfo | None) -> None:
    """Remove a stale lock, unless another instance replaced it with a fresh one meanwhile."""
    private = target.with_name(f"{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.stale")
    try:
        os.rename(target, private)
    except OSError:
        return  # gone already (someone else took it over): try to create it again
    moved = read_lock(private)
    if moved is not None and (stale is None or moved.token != stale.token):
        # We moved someone's brand-new lock: put it back (link fails if a third one exists).
        with contextlib.suppress(OSError):
            os.link(private, target)
    with contextlib.suppress(OSError):
        os.unlink(private)


def _older_than_boot(owner: Owner) -> bool:
    """A same-host lock written before the last boot is stale even if its pid runs again."""
    if is_alive(owner) is None:
        return False
    since = owner.since_datetime()
    boot = _boot_time()
    return since is not None and boot is not None and since.timestamp() < boot


def _boot_time() -> float | None:
    try:
        with open("/proc/stat", encoding="ascii") as stream:
            for line in stream:
                if line.startswith("btime "):
                    return float(line.split()[1])
    except (OSError, ValueError):
        return None
    return None
