"""Bring documents written by older versions of journey-editor up to the current schema.

MIGRATIONS maps a schema_version to the function that turns such a document into the next
version. Version 1 is the first published format, so the table is empty until version 2
exists; the loader already walks it, so adding a step is one function and one table entry.
"""

from collections.abc import Callable
from typing import Any

from journey_editor.model.entities import SCHEMA_VERSION

Document = dict[str, Any]
FIRST_SCHEMA_VERSION = 1

MIGRATIONS: dict[int, Callable[[Document], Document]] = {}


class MigrationError(ValueError):
    pass


def migrate(document: Document, current: int = SCHEMA_VERSION) -> Document:
    version = document.get("schema_version", None)
    if version is None:
        raise MigrationError("has no schema_version field: it is not a journey-editor project file")
    if not isinstance(version, int) or isinstance(version, bool):
        raise MigrationError(f"schema_version must be a whole number (got {version!r})")
    if version > current:
        raise MigrationError(
            f"was written with schema version {version}, newer than this journey-editor "
            f"understands ({current}); update journey-editor to open it"
        )
    if version < FIRST_SCHEMA_VERSION:
        raise MigrationError(f"has an unknown schema version {version}")
    while version < current:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MigrationError(f"cannot be upgraded from schema version {version}")
        document = step(document)
        version += 1
        document["schema_version"] = version
    return document
