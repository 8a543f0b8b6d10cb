"""What the open map can be compared with, and how to read it:

- `file`: another map file, chosen in a file dialog;
- `backup`: the `.bak` beside the map's file (the version before its last save);
- `saved`: the map's own file, the last saved version (compared with the edits in memory).

Each is read again when compare mode looks at it anew (entering, after a save for `saved`),
never written to.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication

from journey_editor.model.project import Project
from journey_editor.persistence import backup_path, load_project
from journey_editor.persistence.atomic import backup_exists

SourceKind = Literal["file", "backup", "saved"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("file", "backup", "saved")


@dataclass(frozen=True)
class Source:
    kind: SourceKind
    path: Path

    def read(self) -> Project:
        """The other version; raises ProjectFileError with a message for the user."""
        return load_project(self.path)

    def words(self) -> str:
        """Compared "with …": «other.journey.json», the backup «…», the last saved version."""
        name = self.path.name
        if self.kind == "backup":
            return QCoreApplication.translate("CompareWith", "the backup «{name}»").format(
                name=name
            )
        if self.kind == "saved":
            return QCoreApplication.translate(
                "CompareWith", "the last saved version of «{name}»"
            ).format(name=name)
        return f"«{name}»"


def backup_of(map_path: Path | None) -> Source | None:
    """The backup beside the map's file, if there is one."""
    if map_path is None:
        return None
    # backup_exists, not is_file(): a name with no room for ".bak" must not raise here.
    return Source("backup", backup_path(map_path)) if backup_exists(map_path) else None


def saved_version_of(map_path: Path | None) -> Source | None:
    """The map's file as saved, if it has one on disk."""
    if map_path is None or not Path(map_path).is_file():
        return None
    return Source("saved", Path(map_path))
