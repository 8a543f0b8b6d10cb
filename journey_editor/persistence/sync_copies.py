"""The conflict copies that sync services leave beside a map, found by name and confirmed by id.

When two computers change one synced file before they hear of each other, the service keeps
both versions: one under the map's name, the other renamed beside it. How each names it (checked
against the services' own code, documentation and bug reports):

- Syncthing: `<name>.sync-conflict-<YYYYMMDD>-<HHMMSS>-<device short id>.<ext>`. Its code
  (lib/model/folder_sendrecv.go, `conflictName`) splits off the LAST extension only (Go's
  filepath.Ext), so `map.journey.json` becomes `map.journey.sync-conflict-20261205-101010-
  ABCDEFG.json`; versions before the device id was added leave it out.
- Dropbox: `<name> (<computer or person>'s conflicted copy <YYYY-MM-DD>).<ext>` (help page
  "What's a conflicted copy?"), older clients `<name> (conflicted copy <YYYY-MM-DD>).<ext>`;
  a second one on the same day gets ` (1)`.
- Nextcloud and ownCloud desktop clients: `<name> (conflicted copy <YYYY-MM-DD> <HHMMSS>).<ext>`,
  with the account's display name before the date when the server gives one (the client's
  `Utility::makeConflictFileName`, which also inserts the tag before the LAST dot); ownCloud
  clients before 2.5 (2018, owncloud/client#6417) wrote `<name>_conflict-<YYYYMMDD>-<HHMMSS>.<ext>`.
- OneDrive ("keep both"): `<name>-<COMPUTERNAME>.<ext>`, then `-<COMPUTERNAME>-2`, `-3` …
  (reported against the OneDrive clients, e.g. abraunegg/onedrive#207 `somefile-laptop-2.txt`).
- Google Drive for desktop: two files of one name in a Drive folder come down as `<name> (1).<ext>`,
  `<name> (2).<ext>` … (the same shape as a browser's second download).

Because the map's extension is double (`.journey.json`), a service that splits at the last dot
puts its tag between `.journey` and `.json`, one that knows the whole extension before
`.journey.json`: both places are looked at.

A name is only a hint. Syncthing's, Dropbox's and Nextcloud's tags are unmistakable; OneDrive's
(`-anything`) and Google Drive's (` (1)`) also fit names people choose (`map-v2`, a second
download). So a candidate is a copy of the open map only when it also loads as a map with the
SAME project id and the same as-is (`based_on`: a to-be keeps every id of its as-is), and, for
the two loose shapes, when its tag does not read as a version (`-v2`, `-2`) and the caller does
not know the file as a map of its own (one the editor opened or saved under that name).
A copy with an unmistakable tag that cannot be read is still reported, with the reason, so the
user hears why it is not offered; a loose-shaped file that cannot be read is someone's other file.

Only the map's own folder is looked at (not `merged/` and other sub-folders), only regular files
(not links), each read with the limits of opening a map, and a folder of thousands of files costs
one listing: only names starting with the map's own name are read. No Qt.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from journey_editor.model.entities import BasedOn
from journey_editor.persistence.errors import ProjectFileError
from journey_editor.persistence.native import FILE_SUFFIX, project_from_bytes, read_file_bytes

INNER_SUFFIX = ".journey"  # `map.journey.json` = stem + INNER_SUFFIX + LAST_SUFFIX
LAST_SUFFIX = ".json"
MERGED_FOLDER = "merged"
# Candidates read per look: a folder of a hundred `map-…` files must not stall the window.
MAX_CANDIDATES = 40

SYNCTHING = "Syncthing"
DROPBOX = "Dropbox"
NEXTCLOUD = "Nextcloud / ownCloud"
ONEDRIVE = "OneDrive"
GOOGLE_DRIVE = "Google Drive"
SERVICES = (SYNCTHING, DROPBOX, NEXTCLOUD, ONEDRIVE, GOOGLE_DRIVE)

# Each tag as it sits between the map's name and (part of) its extension.
_SYNCTHING = re.compile(r"\.sync-conflict-\d{8}-\d{6}(?:-[A-Za-z0-9]{1,16})?")
_CONFLICTED_COPY = re.compile(
    r" \((?:(?P<who>[^()/\\]{1,100})'s )?conflicted copy(?: (?P<rest>[^()/\\]{1,120}))?\)"
    r"(?: \(\d{1,4}\))?",
    re.IGNORECASE,
)
_NEXTCLOUD_REST = re.compile(r"(?:.+ )?\d{4}-\d{2}-\d{2} \d{6}")
_OWNCLOUD_OLD = re.compile(r"_conflict-(?:[^/\\]{1,100}-)?\d{8}-\d{6}")
_ONEDRIVE = re.compile(r"-(?P<host>[A-Za-z0-9][A-Za-z0-9-]{0,62})")
_GOOGLE_DRIVE = re.compile(r" \(\d{1,4}\)")
# What a person adds to a name for a version of their own, not a computer's name.
_VERSION_TAG = re.compile(r"(?:v|version|rev)?[-_. ]?\d+(?:[-_.]\d+)*", re.IGNORECASE)

LOOSE = frozenset({ONEDRIVE, GOOGLE_DRIVE})


@dataclass(frozen=True)
class ConflictCopy:
    """A file beside the map that is (or, with `problem`, looks like) a sync service's copy."""

    path: Path
    service: str
    problem: str | None = None  # why it cannot be read; None: a readable copy of the map

    @property
    def readable(self) -> bool:
        return self.problem is None


def service_of(map_name: str, candidate_name: str) -> str | None:
    """Which service's conflict-copy name `candidate_name` has for the map named `map_name`, or
    None. Only the name is looked at (see the module's notes for what else makes a copy)."""
    if not map_name.endswith(FILE_SUFFIX) or candidate_name == map_name:
        return None
    stem = map_name[: -len(FILE_SUFFIX)]
    for before, after in ((stem, FILE_SUFFIX), (stem + INNER_SUFFIX, LAST_SUFFIX)):
        if candidate_name.startswith(before) and candidate_name.endswith(after):
            tag = candidate_name[len(before) : len(candidate_name) - len(after)]
            service = _service_of_tag(tag)
            if service is not None:
                return service
    return None


def _service_of_tag(tag: str) -> str | None:
    if not tag:
        return None
    if _SYNCTHING.fullmatch(tag):
        return SYNCTHING
    copy = _CONFLICTED_COPY.fullmatch(tag)
    if copy is not None:
        rest = copy.group("rest") or ""
        return (
            NEXTCLOUD if copy.group("who") is None and _NEXTCLOUD_REST.fullmatch(rest) else DROPBOX
        )
    if _OWNCLOUD_OLD.fullmatch(tag):
        return NEXTCLOUD
    if _GOOGLE_DRIVE.fullmatch(tag):
        return GOOGLE_DRIVE
    onedrive = _ONEDRIVE.fullmatch(tag)
    if onedrive is not None and _looks_like_a_computer(onedrive.group("host")):
        return ONEDRIVE
    return None


def _looks_like_a_computer(host: str) -> bool:
    """A computer's name has a letter (Windows refuses all-digit names) and is not a version
    tag (`v2`, `2-1`); `-2`, `-3` after it number OneDrive's later copies."""
    name = re.sub(r"-\d{1,3}$", "", host)
    return any(c.isalpha() for c in name) and not _VERSION_TAG.fullmatch(name)


def find_conflict_copies(
    map_path: Path,
    project_id: str,
    based_on: BasedOn | None = None,
    is_own_map: Callable[[Path], bool] = lambda _path: False,
    skip: Collection[Path] = (),
) -> list[ConflictCopy]:
    """The conflict copies of the map `map_path` (whose project id is `project_id`) beside it,
    by name (which dates most of them), but those in `skip` (not even read). Never raises for
    what is in the folder."""
    map_path = Path(map_path)
    folder = map_path.parent
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return []
    stem = map_path.name[: -len(FILE_SUFFIX)] if map_path.name.endswith(FILE_SUFFIX) else None
    if not stem:
        return []
    found: list[ConflictCopy] = []
    read = 0
    for entry in entries:
        name = entry.name
        if name.startswith(".") or not name.startswith(stem) or not name.endswith(LAST_SUFFIX):
            continue
        service = service_of(map_path.name, name)
        if service is None:
            continue
        path = folder / name
        if path in skip or not _is_regular(entry) or (service in LOOSE and is_own_map(path)):
            continue
        if read >= MAX_CANDIDATES:
            break
        read += 1
        copy = _check(path, service, project_id, based_on)
        if copy is not None:
            found.append(copy)
    return found


def _check(
    path: Path, service: str, project_id: str, based_on: BasedOn | None
) -> ConflictCopy | None:
    try:
        project = project_from_bytes(read_file_bytes(path), str(path))
    except ProjectFileError as error:
        if service in LOOSE:
            return None  # someone's other file, as likely as a damaged copy
        return ConflictCopy(path, service, "; ".join(error.problems[:3]) or "cannot be read")
    if project.id != project_id or project.based_on != based_on:
        return None  # another map, or the to-be of this one
    return ConflictCopy(path, service)


def _is_regular(entry: os.DirEntry) -> bool:
    try:
        return stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode)
    except OSError:
        return False


def merged_target(map_path: Path, copy_name: str) -> Path:
    """Where a merged copy goes: `merged/` beside the map, under its own name, or with ` (2)`,
    ` (3)` … before `.journey.json` when that name is taken (nothing there is overwritten)."""
    folder = Path(map_path).parent / MERGED_FOLDER
    target = folder / copy_name
    if not os.path.lexists(target):
        return target
    if copy_name.endswith(FILE_SUFFIX):
        stem, suffix = copy_name[: -len(FILE_SUFFIX)], FILE_SUFFIX
    else:
        stem, suffix = os.path.splitext(copy_name)
    number = 2
    while os.path.lexists(folder / f"{stem} ({number}){suffix}"):
        number += 1
    return folder / f"{stem} ({number}){suffix}"


def put_away(map_path: Path, copy: Path) -> Path:
    """Move the merged copy into `merged/` beside the map (made if needed; never through a link,
    never over a file). Returns where it went; OSError when it cannot be moved."""
    folder = Path(map_path).parent / MERGED_FOLDER
    try:
        info = folder.lstat()
    except FileNotFoundError:
        folder.mkdir()
    else:
        if not stat.S_ISDIR(info.st_mode):
            kind = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "a file"
            raise OSError(f"«{folder.name}» beside the map is {kind}, not a folder")
    target = merged_target(map_path, copy.name)
    # A hard link then an unlink is a move that fails instead of replacing a file that
    # appeared in between; where hard links are refused (FAT, some network drives), rename.
    try:
        os.link(copy, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:
        os.rename(copy, target)
        return target
    os.unlink(copy)
    return target


__all__ = [
    "LOOSE",
    "MERGED_FOLDER",
    "SERVICES",
    "ConflictCopy",
    "find_conflict_copies",
    "merged_target",
    "put_away",
    "service_of",
]
