"""Load and save the native `*.journey.json` project files.

Bytes are deterministic: fields in model order, 2-space indent, UTF-8 (not \\u-escaped),
a final newline. A file this module wrote loads and saves back to identical bytes.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import os
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from journey_editor.model.problems import IntegrityError
from journey_editor.model.project import Project
from journey_editor.model.shared_values import share_repeated_values
from journey_editor.model.validation_messages import problems_from_validation_error
from journey_editor.persistence.atomic import (
    FileTooLargeError,
    NotARegularFileError,
    atomic_write_bytes,
    read_regular_bytes,
)
from journey_editor.persistence.errors import ProjectFileError, ProjectSaveError
from journey_editor.persistence.migrations import MigrationError, migrate, written_schema_version
from journey_editor.persistence.strict_json import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    JsonInputError,
    decode_json_object,
    depth_problem,
    surrogate_problem,
    too_big,
)

FILE_SUFFIX = ".journey.json"


def project_from_bytes(data: bytes, source: str = "<bytes>") -> Project:
    with collector_paused():
        return _project_from_bytes(data, source)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection inside: decoding and validating a map makes a million objects
    and no garbage cycle, and the collector would scan them again and again on the way (a
    third of a 50,000-card load). Left as it was found: off stays off (the editor's start)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _project_from_bytes(data: bytes, source: str) -> Project:
    try:
        document = migrate(decode_json_object(data))
    except (JsonInputError, MigrationError) as error:
        raise ProjectFileError(source, [str(error)]) from None
    try:
        project = Project.model_validate(document)
    except ValidationError as error:
        raise ProjectFileError(source, problems_from_validation_error(error, document)) from None
    except IntegrityError as error:
        raise ProjectFileError(source, error.problems) from None
    except RecursionError:  # cannot happen below MAX_DEPTH; a message rather than a crash
        raise ProjectFileError(source, [f"is nested over {MAX_DEPTH} levels deep"]) from None
    share_repeated_values(project)  # a third less memory for a big map's cards
    return project


class UnwritableMapError(ValueError):
    """Something inside the map cannot be written as a file (it got there without the checks
    of a loaded file); the message names the object and field."""


def project_to_bytes(project: Project) -> bytes:
    problems = project.integrity_problems()
    if problems:
        raise IntegrityError(problems)
    project = as_written(project)
    try:
        return (project.model_dump_json(indent=2) + "\n").encode("utf-8")
    except (ValueError, RecursionError) as error:  # UnicodeEncodeError, serialisation errors
        raise UnwritableMapError(unwritable_reason(project, error)) from None


def copy_bytes(project: Project) -> bytes:
    """The bytes of an autosave or emergency copy: those of a saved file when the map can be
    written; when something inside it cannot be (a lone surrogate that got past the checks,
    nesting too deep), a best effort that always succeeds, so the copy is never lost to what
    keeps the map from being saved. A lone surrogate becomes U+FFFD there, so the copy still
    reopens when nothing else is wrong.

    An inconsistent map (IntegrityError) still raises: the last good copy is worth more than
    one that cannot be reopened."""
    try:
        return project_to_bytes(project)
    except UnwritableMapError:
        pass
    project = as_written(project)
    try:
        document: object = project.model_dump(mode="json")
    except Exception:  # a model that will not even dump as JSON
        document = project.model_dump(mode="python", warnings=False)
    try:
        text = json.dumps(document, ensure_ascii=False, indent=2, default=str)
    except RecursionError:
        text = json.dumps({"unwritable map": repr(project)[:1_000_000]})
    return (repaired_text(text) + "\n").encode("utf-8")


def repaired_text(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (a surrogate pair becomes its
    character): always encodable as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def unwritable_reason(project: Project, error: BaseException) -> str:
    """Which object and field of `project` keep it from being written, in words."""
    document = project.model_dump(mode="python", warnings=False)
    for problem in (surrogate_problem(document), depth_problem(document)):
        if problem is not None:
            return "the map " + problem
    return f"the map cannot be written as JSON ({type(error).__name__}: {error})"


def as_written(project: Project) -> Project:
    """`project` with the schema version its file gets: in memory a map has the newest, the file
    the oldest that holds it (migrations.written_schema_version)."""
    version = written_schema_version(project)
    if project.schema_version == version:
        return project
    return project.model_copy(update={"schema_version": version})


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of a map file in any format; ProjectFileError names the path and the reason."""
    path = Path(path)
    try:
        # Only a regular file, checked on the open descriptor, read up to the limit: a 2 GB
        # file must not freeze the app, a link to /dev/zero not eat its memory, a FIFO not hang.
        return read_regular_bytes(path, MAX_FILE_BYTES)
    except FileTooLargeError as error:
        raise ProjectFileError(path, [too_big(error.size)]) from None
    except NotARegularFileError as error:
        if error.kind == "folder":
            raise ProjectFileError(path, ["is a folder, not a project file"]) from None
        raise ProjectFileError(
            path, [f"is a {error.kind}, not a project file (only regular files are opened)"]
        ) from None
    except IsADirectoryError:
        raise ProjectFileError(path, ["is a folder, not a project file"]) from None
    except OSError as error:
        raise ProjectFileError(path, [os_reason(error)]) from None


def load_project(path: str | Path) -> Project:
    return project_from_bytes(read_file_bytes(path), str(path))


def save_project(project: Project, path: str | Path, keep_backup: bool = True) -> None:
    """Write atomically; the previous version, if any, is kept as `<name>.bak`.

    On failure the file on disk is untouched and ProjectSaveError names the path.
    """
    path = Path(path)
    try:
        data = project_to_bytes(project)
    except IntegrityError as error:
        raise ProjectSaveError(path, f"the map is inconsistent: {error}") from None
    except UnwritableMapError as error:
        raise ProjectSaveError(path, str(error)) from None
    try:
        atomic_write_bytes(path, data, keep_backup=keep_backup)
    except NotARegularFileError as error:
        raise ProjectSaveError(path, f"it is a {error.kind}, not a regular file") from None
    except OSError as error:
        raise ProjectSaveError(path, os_reason(error)) from None


def os_reason(error: OSError) -> str:
    reasons = {
        errno.ENOENT: "the file or its folder does not exist",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk is read-only",
        errno.EIO: "input/output error (was the disk removed?)",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.ENODEV: "the device is gone (was the disk removed?)",
        errno.ENAMETOOLONG: "the file name is too long for this disk",
        errno.ELOOP: "too many symbolic links (a link loop?)",
    }
    return reasons.get(
        error.errno or 0, error.strerror or os.strerror(error.errno or 0) or str(error)
    )
