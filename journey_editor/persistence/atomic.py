"""Write a file so that a crash, a full disk or a pulled USB stick never leaves half of it.

The new bytes go to a temporary file in the same folder (so the final rename stays on one file
system), are flushed and fsynced, and only then replace the target with os.replace, which is
atomic on POSIX and Windows. Until that instant the old file is untouched.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

BACKUP_SUFFIX = ".bak"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def atomic_write_bytes(path: Path, data: bytes, keep_backup: bool = True) -> None:
    """Replace `path` with `data`; with keep_backup, the previous content goes to `<name>.bak`.

    Raises OSError on failure, after removing its temporary file; `path` is then unchanged.
    """
    folder = path.parent if str(path.parent) else Path(".")
    previous_mode = _existing_mode(path)
    if keep_backup and previous_mode is not None:
        # Copy rather than rename: the user's file must exist at every instant.
        _write_replace(backup_path(path), path.read_bytes(), folder, previous_mode)
    _write_replace(path, data, folder, previous_mode)


def _write_replace(path: Path, data: bytes, folder: Path, mode: int | None) -> None:
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode if mode is not None else _default_mode())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def _existing_mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return None


def _default_mode() -> int:
    # mkstemp creates 0600; a new map should get the same rights as any file the user creates.
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; directories cannot be opened on Windows.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
