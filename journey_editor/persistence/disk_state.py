"""What the open map's file looked like on disk when we last read or wrote it.

A sync tool (Nextcloud, Dropbox, a colleague's copy) may replace the file while it is open. A
stamp taken at load and after each save lets the editor tell a real change of content from a
mere touch (same bytes, new mtime: backups, `touch`, a sync tool re-writing what it already had).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from journey_editor.persistence.atomic import FileTooLargeError, read_regular_bytes
from journey_editor.persistence.strict_json import MAX_FILE_BYTES


@dataclass(frozen=True)
class DiskStamp:
    mtime_ns: int
    size: int
    sha256: str


def stamp_bytes(path: Path, data: bytes) -> DiskStamp:
    """The stamp of `data`, just read from or written to `path` (mtime taken from the file)."""
    try:
        mtime_ns = os.stat(path).st_mtime_ns
    except OSError:
        mtime_ns = 0
    return DiskStamp(mtime_ns=mtime_ns, size=len(data), sha256=hashlib.sha256(data).hexdigest())


def take_stamp(path: Path) -> DiskStamp | None:
    """The file's stamp now, or None when it is missing, unreadable or not a regular file (a
    FIFO or a link to a device put there must not hang or flood the watcher)."""
    try:
        data = read_regular_bytes(Path(path), MAX_FILE_BYTES)
    except FileTooLargeError as error:
        return DiskStamp(mtime_ns=0, size=error.size, sha256="over the size limit")
    except OSError:
        return None
    return stamp_bytes(path, data)


def changed_on_disk(path: Path, stamp: DiskStamp | None) -> bool:
    """True when the content differs from `stamp` (or the file appeared or vanished).

    The content is always hashed: a same-size rewrite within the mtime resolution of the file
    system (2 s on a FAT USB stick) must still count, and map files are small.
    """
    now = take_stamp(path)
    if now is None or stamp is None:
        return (now is None) != (stamp is None)
    return now.size != stamp.size or now.sha256 != stamp.sha256
