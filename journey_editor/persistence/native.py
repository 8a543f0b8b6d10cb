"""Load and save the native `*.journey.json` project files.

Bytes are deterministic: fields in model order, 2-space indent, UTF-8 (not \\u-escaped),
a final newline. A file this module wrote loads and saves back to identical bytes.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from pydantic import ValidationError

from journey_editor.model.problems import IntegrityError
from journey_editor.model.project import Project
from journey_editor.model.validation_messages import problems_from_validation_error
from journey_editor.persistence.atomic import atomic_write_bytes
from journey_editor.persistence.errors import ProjectFileError, ProjectSaveError
from journey_editor.persistence.migrations import MigrationError, migrate
from journey_editor.persistence.strict_json import (
    MAX_FILE_BYTES,
    JsonInputError,
    decode_json_object,
)

FILE_SUFFIX = ".journey.json"


def project_from_bytes(data: bytes, source: str = "<bytes>") -> Project:
    try:
        document = migrate(decode_json_object(data))
    except (JsonInputError, MigrationError) as error:
        raise ProjectFileError(source, [str(error)]) from None
    try:
        return Project.model_validate(document)
    except ValidationError as error:
        raise ProjectFileError(source, problems_from_validation_error(error, document)) from None
    except IntegrityError as error:
        raise ProjectFileError(source, error.problems) from None


def project_to_bytes(project: Project) -> bytes:
    problems = project.integrity_problems()
    if problems:
        raise IntegrityError(problems)
    return (project.model_dump_json(indent=2) + "\n").encode("utf-8")


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of a map file in any format; ProjectFileError names the path and the reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            # Refuse before reading: a 2 GB file must not freeze the app while it loads.
            raise ProjectFileError(
                path,
                [f"is {size / 2**20:.0f} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit"],
            )
        return path.read_bytes()
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
    try:
        atomic_write_bytes(path, data, keep_backup=keep_backup)
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
    }
    return reasons.get(
        error.errno or 0, error.strerror or os.strerror(error.errno or 0) or str(error)
    )
