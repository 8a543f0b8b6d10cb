"""Write a file so that a crash, a full disk or a pulled USB stick never leaves half of it;
read one without trusting what it is.

The new bytes go to a temporary file in the same folder (so the final rename stays on one file
system), are flushed and fsynced, and only then replace the target with os.replace, which is
atomic on POSIX and Windows. Until that instant the old file is untouched.

The temporary file has a short name, `.je-<host>-<pid>-<random>.tmp`, whatever the target's
length (a 250-byte map name must still be savable), and says who wrote it: the next write in
that folder removes the ones whose process is gone on this host (debris of a killed save).

A target that is a symbolic link is written through: the link's final target is replaced (and
gets the `.bak`), the link stays a link. Hard links are split by the rename (the other names keep
the previous version): atomicity wins over sharing, see the README.

`read_regular_bytes` opens without blocking (a FIFO), checks the open descriptor (not the name,
which may change in between) and reads at most the limit, so a link to /dev/zero, a FIFO or a
folder named like a map is refused with a clear reason instead of hanging or eating memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
from pathlib import Path

from journey_editor.persistence.process_owner import host_name, pid_is_running

BACKUP_SUFFIX = ".bak"
TEMP_PREFIX = ".je-"
TEMP_SUFFIX = ".tmp"
_TEMP_PATTERN = re.compile(r"^\.je-([0-9a-f]{6})-([0-9]{1,10})-.*\.tmp$")
_READ_CHUNK = 1 << 16


class NotARegularFileError(OSError):
    """The path is a folder, a FIFO, a device or a socket: nothing a map or lock can be."""

    def __init__(self, path: Path, kind: str) -> None:
        self.kind = kind
        super().__init__(f"{path}: is a {kind}, not a regular file")


class FileTooLargeError(OSError):
    def __init__(self, path: Path, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"{path}: is over the {limit} byte limit")


def file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def read_regular_bytes(path: Path | str, limit: int, follow_links: bool = True) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises NotARegularFileError, FileTooLargeError, or the OSError of opening/reading.
    With follow_links False, a symbolic link is refused too (the app's own folders).
    """
    path = Path(path)
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_BINARY"):
        flags |= getattr(os, name, 0)
    if not follow_links:
        if path.is_symlink():
            raise NotARegularFileError(path, "symbolic link")
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFileError(path, file_kind(info.st_mode))
        if info.st_size > limit:
            raise FileTooLargeError(path, info.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_READ_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # grew while we read it
            raise FileTooLargeError(path, total, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def backup_path(path: Path) -> Path:
    """`<name>.bak` beside the file itself: beside a link's final target, where saves put it."""
    path = write_target(Path(path))
    return path.with_name(path.name + BACKUP_SUFFIX)


def backup_exists(path: Path) -> bool:
    """Whether `path` has a backup; False (not an error) when the name has no room for one."""
    try:
        return stat.S_ISREG(backup_path(path).stat().st_mode)
    except (OSError, ValueError):
        return False


def name_too_long(path: Path) -> bool:
    """True when the last part of `path` is over 255 bytes, the limit of common file systems."""
    return len(os.fsencode(Path(path).name)) > 255


def is_read_only(path: Path) -> bool:
    """True when the existing file (a link's target) has no write permission for us, or no
    write bit at all (an administrator may write anyway, but the owner meant it read-only)."""
    target = write_target(Path(path))
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not os.access(target, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def hard_link_count(path: Path) -> int:
    """How many names the file (a link's target) has; 0 when it does not exist."""
    try:
        return write_target(Path(path)).stat().st_nlink
    except OSError:
        return 0


def write_target(path: Path) -> Path:
    """Where writing `path` really goes: the final target when it is a symbolic link."""
    path = Path(path)
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))


def atomic_write_bytes(
    path: Path, data: bytes, keep_backup: bool = True, follow_links: bool = True
) -> None:
    """Replace `path` with `data`; with keep_backup, the previous content goes to `<name>.bak`.

    A symbolic link is written through to its final target (the link itself stays), unless
    follow_links is False (the app's own folders): the link is then replaced by the file.
    Raises OSError on failure, after removing its temporary file; `path` is then unchanged.
    """
    path = write_target(Path(path)) if follow_links else Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_temporaries(folder)
    previous_mode = _existing_mode(path)
    # A map name of 252-255 bytes leaves no room for `.bak`: such a map is saved without one.
    if keep_backup and previous_mode is not None and not name_too_long(backup_path(path)):
        # Copy rather than rename: the user's file must exist at every instant. The backup
        # itself is never written through a link: it is ours, beside the map.
        backup = path.with_name(path.name + BACKUP_SUFFIX)
        _write_replace(backup, read_regular_bytes(path, 1 << 40), folder, previous_mode)
    _write_replace(path, data, folder, previous_mode)


def temp_prefix() -> str:
    return f"{TEMP_PREFIX}{_host_tag()}-{os.getpid()}-"


def _host_tag() -> str:
    return hashlib.sha256(host_name().encode("utf-8", "replace")).hexdigest()[:6]


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files of writes killed midway: ours by name, written on this host
    by a process that no longer runs. Anything else (other hosts, live processes, links,
    folders) is left alone. Returns what was removed; errors are ignored."""
    removed: list[Path] = []
    tag = _host_tag()
    try:
        scanned = list(os.scandir(folder))
    except OSError:
        return removed
    for item in scanned:
        match = _TEMP_PATTERN.match(item.name)
        if match is None or match.group(1) != tag:
            continue
        with contextlib.suppress(OSError, ValueError):
            if not item.is_file(follow_symlinks=False):
                continue
            if pid_is_running(int(match.group(2))):
                continue
            os.unlink(item.path)
            removed.append(Path(item.path))
    return removed


def _write_replace(path: Path, data: bytes, folder: Path, mode: int | None) -> None:
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=temp_prefix(), suffix=TEMP_SUFFIX)
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
    """The rights of the file to replace, None when there is none; a FIFO, device or folder
    there is refused (replacing it would not be saving a map)."""
    try:
        mode = path.stat().st_mode if not path.is_symlink() else path.lstat().st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(mode):
        return None  # a link we do not follow is replaced like a missing file
    if not stat.S_ISREG(mode):
        raise NotARegularFileError(path, file_kind(mode))
    return stat.S_IMODE(mode)


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
