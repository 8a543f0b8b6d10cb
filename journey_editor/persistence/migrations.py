"""Bring documents written by older versions of journey-editor up to the current schema, and
choose the version a map is written with.

MIGRATIONS maps a schema_version to the function that turns such a document into the next
version; the loader walks it, so adding a step is one function and one table entry.

The versions:
1. the first published format;
2. adds the project's optional `based_on` (what a to-be map was made from). A version 1 file
   has none, so its step changes nothing but the number.
3. adds the project's optional `conflicts` (what a three-way merge could not settle,
   compare/merge.py). A version 2 file has none: its step changes nothing but the number.
4. adds a card's `votes` (dot voting in a workshop; absent means 0). A version 3 file has no
   votes: its step gives none, and changes nothing else but the number, so an older map loads
   unchanged and saves back to its own bytes.

A map is written with the oldest version that holds everything in it (`written_schema_version`):
a map without `based_on` is still written as version 1, byte for byte as before, and opens in
a journey-editor that knows only version 1; a to-be map is written as version 2, which such a
journey-editor refuses with "newer than this journey-editor understands … update" instead of
an unknown-field error; a map with merge conflicts is written as version 3, so a
journey-editor without merges refuses it the same way instead of dropping or rejecting the
list. A map with votes is written as version 4, and one nobody voted on keeps its lower
version: voting is a workshop's passing state (Map → Clear votes empties it), and a colleague
with a journey-editor from before voting still opens every map that has none, while a map
with votes is refused there with the same "update journey-editor" advice, never loaded with
its votes silently dropped. (Writing 4 always would lock those colleagues out of every map
saved once by a newer editor, for a field most maps never use.) A new version that adds
something optional says here when it is needed.
"""

from collections.abc import Callable
from typing import Any

from journey_editor.model.entities import SCHEMA_VERSION
from journey_editor.model.project import Project

Document = dict[str, Any]
FIRST_SCHEMA_VERSION = 1


def _add_based_on(document: Document) -> Document:
    """1 → 2: `based_on` is optional and a version 1 file has none: nothing to change."""
    return document


def _add_conflicts(document: Document) -> Document:
    """2 → 3: `conflicts` is optional and a version 2 file has none: nothing to change."""
    return document


def _add_votes(document: Document) -> Document:
    """3 → 4: every card gets no votes, which the file says by leaving `votes` out (a card
    holds the key only while it has votes): nothing to write into an older card. A card that
    already says `votes` in a version 3 file was not written by journey-editor; it is left for
    the model to judge (a whole number from 0 to 999), not taken as something to migrate."""
    return document


MIGRATIONS: dict[int, Callable[[Document], Document]] = {
    1: _add_based_on,
    2: _add_conflicts,
    3: _add_votes,
}

# The version a map with votes needs (written_schema_version).
VOTES_SCHEMA_VERSION = 4


def written_schema_version(project: Project) -> int:
    """The oldest schema version that holds everything in `project` (see the module's notes)."""
    if any(card.votes for card in project.cards):
        return VOTES_SCHEMA_VERSION
    if project.conflicts:
        return 3
    if project.based_on is not None:
        return 2
    # A lane's curve setting came with version 2 as well: an app that knows only version 1
    # must say "update journey-editor", not "unknown field feeds_curve".
    if any(lane.feeds_curve is not None for persona in project.personas for lane in persona.lanes):
        return 2
    return FIRST_SCHEMA_VERSION


class MigrationError(ValueError):
    pass


def migrate(document: Document, current: int | None = None) -> Document:
    """`document` brought up to schema `current` (None: this journey-editor's, read when called,
    so a test can play an older editor by lowering SCHEMA_VERSION here)."""
    if current is None:
        current = SCHEMA_VERSION
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
