"""Reading and writing maps: the native JSON format here, other tools' in `formats/`. No Qt."""

from journey_editor.persistence.atomic import backup_path
from journey_editor.persistence.errors import ProjectFileError, ProjectSaveError
from journey_editor.persistence.native import (
    FILE_SUFFIX,
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
)

__all__ = [
    "FILE_SUFFIX",
    "ProjectFileError",
    "ProjectSaveError",
    "backup_path",
    "load_project",
    "project_from_bytes",
    "project_to_bytes",
    "save_project",
]
