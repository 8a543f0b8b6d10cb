"""Recovery copies of open maps, kept in the app's own data folder (never beside the user's file).

Each entry is two files named by a key that one open document keeps for its whole life:
  `<key>.journey.json`   the map as it was at that moment (the native format, loadable as is);
  `<key>.recovery.json`  what the copy is: original path (or null for a never-saved map), title,
                         when it was written (UTC), app version, the process that wrote it, why
                         (autosave / emergency / session-end) and the original's size and mtime
                         then, to tell later whether the original has changed since.
The data is written first and the metadata second, both atomically: a crash between the two
leaves a copy without metadata, which is still offered (as damaged) rather than lost.

`leftovers()` are the entries no running process on this host owns: what a killed session left.
A copy owned by a live instance (a colleague's, or this one's) is never offered.
Discarding moves an entry to `discarded/`, kept for DISCARD_KEEP_DAYS before it is purged.

Nothing in the folder is trusted: symbolic links are never followed (a `discarded/` that links
elsewhere is neither filled nor purged; a copy that is a link is not a copy), only regular
files are read, and only up to a limit. What was skipped is listed in `problems` and logged.
A recorded original path is only a suggestion: `original_problem()` says why it must not be
saved over (see ui/shell/recovery_startup.py). Temporary files of writes killed midway are
removed when the folder is next used.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import stat
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from journey_editor import __version__
from journey_editor.model.project import Project
from journey_editor.persistence.atomic import (
    atomic_write_bytes,
    read_regular_bytes,
    remove_stale_temporaries,
)
from journey_editor.persistence.errors import ProjectFileError
from journey_editor.persistence.native import load_project, os_reason, project_from_bytes
from journey_editor.persistence.process_owner import (
    Owner,
    current_owner,
    is_alive,
    is_current_process,
)
from journey_editor.persistence.strict_json import MAX_FILE_BYTES

_log = logging.getLogger(__name__)

DATA_SUFFIX = ".journey.json"
META_SUFFIX = ".recovery.json"
DISCARDED_FOLDER = "discarded"
DISCARD_KEEP_DAYS = 7
METADATA_FORMAT = 1
MAX_METADATA_BYTES = 1 << 20

Reason = Literal["autosave", "emergency", "session-end"]
REASONS: tuple[str, ...] = ("autosave", "emergency", "session-end")
OriginalState = Literal["unsaved", "missing", "unreadable", "unchanged", "changed"]

_KEY_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


def new_key(name: str = "") -> str:
    """A fresh key: a readable slug of the map's name, then a random part for uniqueness."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:40]
    random_part = uuid.uuid4().hex[:12]
    return f"{slug}-{random_part}" if slug else random_part


@dataclass(frozen=True)
class FileStamp:
    """Size and modification time of the original when the copy was written."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        try:
            info = path.stat()
        except OSError:
            return None
        return cls(size=info.st_size, mtime_ns=info.st_mtime_ns)


@dataclass(frozen=True)
class Counts:
    personas: int
    stages: int
    cards: int
    links: int

    @classmethod
    def of(cls, project: Project) -> Counts:
        return cls(
            personas=len(project.personas),
            stages=len(project.stages),
            cards=len(project.cards),
            links=len(project.links),
        )

    def minus(self, other: Counts) -> Counts:
        return Counts(
            self.personas - other.personas,
            self.stages - other.stages,
            self.cards - other.cards,
            self.links - other.links,
        )


@dataclass(frozen=True)
class Comparison:
    """How a recovery copy differs from its original file as it is on disk now."""

    copy: Counts
    original: Counts | None  # None when the map was never saved, or its file is gone/unreadable
    original_state: OriginalState

    @property
    def difference(self) -> Counts | None:
        """copy − original, per kind of object; None when there is no original to compare."""
        return self.copy.minus(self.original) if self.original is not None else None


@dataclass(frozen=True)
class RecoveryEntry:
    key: str
    folder: Path
    original: Path | None
    title: str
    written_at: datetime | None
    app_version: str
    owner: Owner | None
    reason: str
    original_stamp: FileStamp | None = None
    problem: str | None = None  # set when the metadata is missing or damaged

    @property
    def data_path(self) -> Path:
        return self.folder / (self.key + DATA_SUFFIX)

    @property
    def meta_path(self) -> Path:
        return self.folder / (self.key + META_SUFFIX)

    @property
    def has_data(self) -> bool:
        return _is_regular(self.data_path)

    def load_project(self) -> Project:
        """The recovered map; ProjectFileError when the copy itself is missing or damaged."""
        try:
            data = read_regular_bytes(self.data_path, MAX_FILE_BYTES, follow_links=False)
        except OSError as error:
            raise ProjectFileError(self.data_path, [_reason(error)]) from None
        return project_from_bytes(data, str(self.data_path))

    def original_problem(self) -> str | None:
        """Why the recorded original must not be saved over without asking, or None.

        The metadata is a file anyone can edit: a path with `..`, a link, something that is
        not a map file, or no file at all is no proof the copy came from there.
        """
        original = self.original
        if original is None:
            return "the map was never saved"
        if not original.is_absolute() or ".." in original.parts:
            return "the recorded path is not a plain absolute path"
        if not original.name.endswith(DATA_SUFFIX):
            return "the recorded path is not a map file's name"
        try:
            info = original.lstat()
        except FileNotFoundError:
            return "the original file no longer exists"
        except OSError as error:
            return _reason(error)
        if not stat.S_ISREG(info.st_mode):
            return "the recorded path is not a regular file"
        try:
            if Path(os.path.realpath(original)) != original:
                return "the recorded path goes through a symbolic link"
        except OSError as error:
            return _reason(error)
        return None

    def compare(self, project: Project | None = None) -> Comparison:
        """Counts of the copy (or of `project`, already loaded from it) against the original."""
        copy = Counts.of(project if project is not None else self.load_project())
        if self.original is None:
            return Comparison(copy, None, "unsaved")
        if not self.original.exists():
            return Comparison(copy, None, "missing")
        try:
            original = Counts.of(load_project(self.original))
        except ProjectFileError:
            return Comparison(copy, None, "unreadable")
        now = FileStamp.of(self.original)
        changed = self.original_stamp is not None and now != self.original_stamp
        return Comparison(copy, original, "changed" if changed else "unchanged")


class RecoveryStore:
    """The recovery folder: write, list, retire and purge recovery copies. No Qt."""

    def __init__(self, folder: Path, owner: Owner | None = None) -> None:
        self.folder = Path(folder)
        self.owner = owner or current_owner()
        self.problems: list[str] = []  # what was skipped as suspicious, for the log and tests

    def _report(self, problem: str) -> None:
        self.problems.append(problem)
        _log.warning("recovery folder: %s", problem)

    def _discarded_folder(self) -> Path | None:
        """`discarded/`, created if needed; None (reported) when it is a link or not a folder."""
        target = self.folder / DISCARDED_FOLDER
        try:
            info = target.lstat()
        except FileNotFoundError:
            target.mkdir(parents=True, exist_ok=True)
            return target
        if stat.S_ISDIR(info.st_mode):
            return target
        kind = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "not a folder"
        self._report(f"{target} is {kind}: not followed, nothing moved into or purged from it")
        return None

    # --- writing -------------------------------------------------------------------------------

    def write(
        self,
        key: str,
        data: bytes,
        original: Path | None,
        title: str,
        reason: Reason = "autosave",
    ) -> RecoveryEntry:
        """Write (or overwrite) the entry `key`: data first, then metadata, each atomically.

        Raises OSError when the folder cannot be written; nothing half-written stays behind.
        """
        _check_key(key)
        if reason not in REASONS:
            raise ValueError(f"unknown recovery reason {reason!r}")
        self.folder.mkdir(parents=True, exist_ok=True)
        # atomic_write_bytes also removes the debris of killed writes in the folder.
        original = Path(original).resolve() if original is not None else None
        entry = RecoveryEntry(
            key=key,
            folder=self.folder,
            original=original,
            title=title,
            written_at=datetime.now(UTC),
            app_version=__version__,
            owner=self.owner,
            reason=reason,
            original_stamp=FileStamp.of(original) if original is not None else None,
        )
        atomic_write_bytes(entry.data_path, data, keep_backup=False, follow_links=False)
        atomic_write_bytes(
            entry.meta_path, _metadata_bytes(entry), keep_backup=False, follow_links=False
        )
        return entry

    def remove(self, key: str) -> None:
        """Forget the entry (after a save or a clean close). Missing files are fine."""
        _check_key(key)
        # Metadata first: a crash in between leaves a bare copy, offered rather than lost.
        for path in (self.folder / (key + META_SUFFIX), self.folder / (key + DATA_SUFFIX)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def discard(self, key: str) -> None:
        """Move the entry to `discarded/`, where it stays for DISCARD_KEEP_DAYS days."""
        _check_key(key)
        target = self._discarded_folder()
        if target is None:
            # Never move anything through a link: the entry is removed instead of kept a week.
            self.remove(key)
            return
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        for suffix in (DATA_SUFFIX, META_SUFFIX):
            source = self.folder / (key + suffix)
            if os.path.lexists(source):
                os.replace(source, target / f"{key}.{stamp}{suffix}")

    def purge_discarded(self, now: datetime | None = None) -> list[Path]:
        """Delete discarded files older than DISCARD_KEEP_DAYS; returns what was deleted."""
        folder = self.folder / DISCARDED_FOLDER
        limit = (now or datetime.now(UTC)) - timedelta(days=DISCARD_KEEP_DAYS)
        deleted: list[Path] = []
        remove_stale_temporaries(self.folder)
        if not os.path.lexists(folder) or self._discarded_folder() is None:
            return deleted
        for path in folder.iterdir():
            with contextlib.suppress(OSError):
                info = path.lstat()  # a link's own age; unlinking it leaves its target alone
                if stat.S_ISDIR(info.st_mode):
                    self._report(f"{path} is a folder: left alone")
                    continue
                if datetime.fromtimestamp(info.st_mtime, UTC) < limit:
                    path.unlink()
                    deleted.append(path)
        return deleted

    # --- reading -------------------------------------------------------------------------------

    def entries(self) -> list[RecoveryEntry]:
        """Every entry in the folder, newest first; damaged ones carry a `problem`."""
        if not self.folder.is_dir():
            return []
        remove_stale_temporaries(self.folder)
        keys: set[str] = set()
        for path in self.folder.iterdir():
            for suffix in (DATA_SUFFIX, META_SUFFIX):
                if not path.name.endswith(suffix):
                    continue
                key = path.name.removesuffix(suffix)
                if not _KEY_PATTERN.match(key):
                    continue
                if _is_regular(path):
                    keys.add(key)
                else:
                    self._report(f"{path} is not a regular file (a link?): skipped")
        entries = [self._read_entry(key) for key in keys]
        oldest = datetime.min.replace(tzinfo=UTC)
        return sorted(entries, key=lambda e: (e.written_at or oldest, e.key), reverse=True)

    def entry(self, key: str) -> RecoveryEntry | None:
        _check_key(key)
        entry = self._read_entry(key)
        return entry if entry.has_data or entry.meta_path.exists() else None

    def leftovers(self) -> list[RecoveryEntry]:
        """Entries left by sessions that no longer run on this host: the ones to offer.

        A copy whose owner is alive here (another running instance) or on another host (we
        cannot tell whether it runs) is left alone.
        """
        found = []
        for entry in self.entries():
            owner = entry.owner
            if owner is not None and (is_current_process(owner) or is_alive(owner) is not False):
                continue
            found.append(entry)
        return found

    def _read_entry(self, key: str) -> RecoveryEntry:
        meta_path = self.folder / (key + META_SUFFIX)
        bare = RecoveryEntry(
            key=key,
            folder=self.folder,
            original=None,
            title="",
            written_at=_file_time(self.folder / (key + DATA_SUFFIX)),
            app_version="",
            owner=None,
            reason="autosave",
        )
        try:
            meta = read_regular_bytes(meta_path, MAX_METADATA_BYTES, follow_links=False)
            raw = json.loads(meta.decode("utf-8"))
        except FileNotFoundError:
            return _with_problem(bare, "its description file is missing")
        except OSError as error:
            return _with_problem(bare, f"its description file is unreadable ({_reason(error)})")
        except ValueError as error:
            return _with_problem(bare, f"its description file is unreadable ({error})")
        entry, problem = _entry_from_metadata(bare, raw)
        if problem is None and not entry.has_data:
            problem = "the copy itself is missing"
        return _with_problem(entry, problem) if problem else entry


def _is_regular(path: Path) -> bool:
    """A regular file itself, not a link to one (links in the recovery folder are not ours)."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _reason(error: OSError) -> str:
    if error.errno is None:
        return str(error).split(": ", 1)[-1]
    if error.errno == errno.ELOOP:
        return "it is a symbolic link, not a recovery copy"
    return os_reason(error)


def _check_key(key: str) -> None:
    if not _KEY_PATTERN.match(key):
        raise ValueError(f"invalid recovery key {key!r}")


def _with_problem(entry: RecoveryEntry, problem: str) -> RecoveryEntry:
    return RecoveryEntry(**{**entry.__dict__, "problem": problem})


def _file_time(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return None


def _metadata_bytes(entry: RecoveryEntry) -> bytes:
    stamp = entry.original_stamp
    document = {
        "format": METADATA_FORMAT,
        "original": str(entry.original) if entry.original is not None else None,
        "title": entry.title,
        "written_at": entry.written_at.isoformat(timespec="seconds") if entry.written_at else None,
        "app_version": entry.app_version,
        "owner": entry.owner.to_dict() if entry.owner is not None else None,
        "reason": entry.reason,
        "original_size": stamp.size if stamp else None,
        "original_mtime_ns": stamp.mtime_ns if stamp else None,
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _entry_from_metadata(bare: RecoveryEntry, raw: object) -> tuple[RecoveryEntry, str | None]:
    """Read what can be read; the first field found wrong becomes the entry's problem."""
    if not isinstance(raw, dict):
        return bare, "its description file is not a JSON object"
    problems: list[str] = []
    original = raw.get("original")
    if original is not None and not isinstance(original, str):
        problems.append('"original" is not a path')
        original = None
    title = raw.get("title")
    if not isinstance(title, str):
        problems.append('"title" is missing')
        title = ""
    written_at = _parse_time(raw.get("written_at"))
    if written_at is None:
        problems.append('"written_at" is not a date')
    owner = Owner.from_dict(raw.get("owner"))
    if owner is None:
        problems.append('"owner" is missing or damaged')
    reason = raw.get("reason")
    if reason not in REASONS:
        problems.append('"reason" is unknown')
        reason = "autosave"
    version = raw.get("app_version")
    size, mtime = raw.get("original_size"), raw.get("original_mtime_ns")
    stamp = (
        FileStamp(size, mtime)
        if isinstance(size, int) and isinstance(mtime, int) and original is not None
        else None
    )
    entry = RecoveryEntry(
        key=bare.key,
        folder=bare.folder,
        original=Path(original) if original else None,
        title=title,
        written_at=written_at or bare.written_at,
        app_version=version if isinstance(version, str) else "",
        owner=owner,
        reason=reason,
        original_stamp=stamp,
    )
    return entry, "; ".join(problems) if problems else None


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
