"""The versions of each map this computer has opened and saved: the bases of later merges.

A three-way merge needs the version both copies started from. A sync service keeps no history
we can read, so the editor keeps its own, small: for each map file (by its absolute path), the
last MAX_VERSIONS bytes it read from or wrote to that file (opened, saved, reloaded, merged in),
newest last. Those are the versions this computer's copy descends from; the one the other copy
also descends from is the one closest to it (compare/base_choice.py).

Kept in the recovery folder, never beside the user's file:
  `versions/<key>.versions.json`   the map's path and its versions: hash, when, what happened;
  `versions/<sha256>.journey.json` the bytes of one version, named by their own hash (shared
                                   by every map that had those bytes).
Bounded: at most MAX_VERSIONS per map, MAX_MAPS maps (the ones used longest ago are forgotten),
versions of at most MAX_VERSION_BYTES (a bigger map is simply not recorded), and the bytes no
record names any more are removed.

Nothing in the folder is trusted, as in recovery.py: links are never followed (a `versions`
folder that is a link is neither read nor written), only regular files are read and only up to
their limit, a record that names another path or is damaged is ignored, and a version whose
bytes no longer hash to its name is ignored. A problem never stops a save or an open: it is
logged and the record is simply not there. No Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from journey_editor.model.project import Project
from journey_editor.persistence.atomic import atomic_write_bytes, read_regular_bytes
from journey_editor.persistence.errors import ProjectFileError
from journey_editor.persistence.native import project_from_bytes

_log = logging.getLogger(__name__)

FOLDER = "versions"
RECORD_SUFFIX = ".versions.json"
DATA_SUFFIX = ".journey.json"
RECORD_FORMAT = 1
MAX_VERSIONS = 6
MAX_MAPS = 30
MAX_VERSION_BYTES = 16 * 1024 * 1024
MAX_RECORD_BYTES = 64 * 1024

Event = Literal["opened", "saved", "reloaded", "merged"]
EVENTS: tuple[str, ...] = ("opened", "saved", "reloaded", "merged")
_SHA = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Version:
    """One recorded version of a map: its bytes' hash, when and how this computer had it."""

    sha256: str
    at: datetime
    event: str


def map_key(path: Path) -> str:
    """The record's name for a map file: a hash of its absolute path (any name is a safe key)."""
    return hashlib.sha256(str(Path(path).absolute()).encode("utf-8", "surrogatepass")).hexdigest()[
        :32
    ]


class MapVersions:
    """The `versions/` folder inside the recovery folder."""

    def __init__(self, recovery_folder: Path) -> None:
        self.folder = Path(recovery_folder) / FOLDER
        self.problems: list[str] = []  # what was ignored as suspicious, for the log and tests

    def _report(self, problem: str) -> None:
        self.problems.append(problem)
        _log.warning("map versions: %s", problem)

    # --- writing -------------------------------------------------------------------------------

    def remember(self, map_path: Path, data: bytes, event: Event, now: datetime | None = None):
        """Record that this computer had `data` in the map file `map_path`. Never raises: a
        record that cannot be written is logged and skipped (the map is saved all the same)."""
        if event not in EVENTS:
            raise ValueError(f"unknown event {event!r}")
        if len(data) > MAX_VERSION_BYTES:
            return
        try:
            self._remember(Path(map_path).absolute(), data, event, now or datetime.now(UTC))
        except OSError as error:
            self._report(f"cannot record a version of {map_path}: {error}")

    def _remember(self, map_path: Path, data: bytes, event: str, now: datetime) -> None:
        if not self._usable_folder(create=True):
            return
        sha = hashlib.sha256(data).hexdigest()
        blob = self.folder / (sha + DATA_SUFFIX)
        if not _is_regular(blob):
            atomic_write_bytes(blob, data, keep_backup=False, follow_links=False)
        versions = [v for v in self.versions(map_path) if v.sha256 != sha]
        versions.append(Version(sha, now.replace(microsecond=0), event))
        versions = versions[-MAX_VERSIONS:]
        record = {
            "format": RECORD_FORMAT,
            "path": str(map_path),
            "versions": [
                {"sha256": v.sha256, "at": v.at.isoformat(), "event": v.event} for v in versions
            ],
        }
        text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        atomic_write_bytes(
            self._record_path(map_path),
            text.encode("utf-8", "surrogatepass"),
            keep_backup=False,
            follow_links=False,
        )
        self._forget_oldest_maps()
        self._remove_unnamed_bytes()

    def _forget_oldest_maps(self) -> None:
        records = self._records()
        if len(records) <= MAX_MAPS:
            return
        oldest = datetime.min.replace(tzinfo=UTC)
        records.sort(key=lambda item: max((v.at for v in item[1]), default=oldest))
        for path, _versions in records[: len(records) - MAX_MAPS]:
            with contextlib.suppress(OSError):
                path.unlink()

    def _remove_unnamed_bytes(self) -> None:
        named = {v.sha256 for _path, versions in self._records() for v in versions}
        for entry in os.scandir(self.folder):
            sha = entry.name.removesuffix(DATA_SUFFIX)
            if entry.name.endswith(DATA_SUFFIX) and _SHA.match(sha) and sha not in named:
                with contextlib.suppress(OSError):
                    if entry.is_file(follow_symlinks=False):
                        os.unlink(entry.path)

    # --- reading -------------------------------------------------------------------------------

    def knows(self, map_path: Path) -> bool:
        """Whether this computer has opened or saved a map under that name."""
        return bool(self.versions(map_path))

    def versions(self, map_path: Path) -> list[Version]:
        """The recorded versions of the map file, oldest first; [] when there is no usable
        record (none, damaged, or naming another file)."""
        map_path = Path(map_path).absolute()
        if not self._usable_folder(create=False):
            return []
        record_path = self._record_path(map_path)
        if not os.path.lexists(record_path):
            return []
        versions = self._read_record(record_path, expected_path=map_path)
        return versions or []

    def projects(self, map_path: Path, project_id: str) -> list[tuple[Version, Project]]:
        """The recorded versions of the map that can still be read and are of map `project_id`,
        newest first, each with its map."""
        found: list[tuple[Version, Project]] = []
        for version in reversed(self.versions(map_path)):
            project = self.load(version)
            if project is not None and project.id == project_id:
                found.append((version, project))
        return found

    def load(self, version: Version) -> Project | None:
        """The map of a recorded version; None (reported) when its bytes are gone or damaged."""
        path = self.folder / (version.sha256 + DATA_SUFFIX)
        try:
            data = read_regular_bytes(path, MAX_VERSION_BYTES, follow_links=False)
        except OSError as error:
            self._report(f"{path.name}: {error}")
            return None
        if hashlib.sha256(data).hexdigest() != version.sha256:
            self._report(f"{path.name}: its bytes are not the ones recorded (changed): ignored")
            return None
        try:
            return project_from_bytes(data, str(path))
        except ProjectFileError as error:
            self._report(error.describe())
            return None

    def _read_record(self, path: Path, expected_path: Path | None) -> list[Version] | None:
        try:
            raw = json.loads(read_regular_bytes(path, MAX_RECORD_BYTES, follow_links=False))
        except (OSError, ValueError) as error:
            self._report(f"{path.name} is unreadable ({error}): ignored")
            return None
        if not isinstance(raw, dict) or raw.get("format") != RECORD_FORMAT:
            self._report(f"{path.name} is not a record of versions: ignored")
            return None
        if expected_path is not None and raw.get("path") != str(expected_path):
            self._report(f"{path.name} names another file: ignored")
            return None
        items = raw.get("versions")
        if not isinstance(items, list):
            self._report(f"{path.name} has no list of versions: ignored")
            return None
        versions: list[Version] = []
        for item in items[-MAX_VERSIONS:]:
            version = _version(item)
            if version is None:
                self._report(f"{path.name} holds a damaged version entry: ignored")
                return None
            versions.append(version)
        return versions

    def _records(self) -> list[tuple[Path, list[Version]]]:
        records = []
        for entry in os.scandir(self.folder):
            if entry.name.endswith(RECORD_SUFFIX) and entry.is_file(follow_symlinks=False):
                path = Path(entry.path)
                versions = self._read_record(path, expected_path=None)
                records.append((path, versions or []))
        return records

    def _record_path(self, map_path: Path) -> Path:
        return self.folder / (map_key(map_path) + RECORD_SUFFIX)

    def _usable_folder(self, create: bool) -> bool:
        """`versions/` is a real folder (made when `create`); a link or a file there is
        reported and left alone."""
        try:
            info = self.folder.lstat()
        except FileNotFoundError:
            if not create:
                return False
            self.folder.mkdir(parents=True, exist_ok=True)
            return True
        except OSError as error:
            self._report(f"{self.folder}: {error}")
            return False
        if stat.S_ISDIR(info.st_mode):
            return True
        kind = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "not a folder"
        self._report(f"{self.folder} is {kind}: not followed, no version read or written")
        return False


def _version(item: object) -> Version | None:
    if not isinstance(item, dict):
        return None
    sha, at, event = item.get("sha256"), item.get("at"), item.get("event")
    if not isinstance(sha, str) or not _SHA.match(sha) or event not in EVENTS:
        return None
    if not isinstance(at, str):
        return None
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return None
    return Version(sha, moment if moment.tzinfo else moment.replace(tzinfo=UTC), event)


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


__all__ = ["EVENTS", "MAX_MAPS", "MAX_VERSIONS", "MapVersions", "Version", "map_key"]
