"""As-is and to-be: a to-be map is a copy of an as-is map file that keeps every id and records
which file it was made from (`Project.based_on`), so the two can be compared later.

    to_be = to_be_of_file(Path("shop.journey.json"))     # the copy, not yet saved
    as_is_status(Path("shop-to-be.journey.json"), to_be)  # "found", "changed" or "missing"

The as-is is recorded as it is on disk (its file's name, title and the SHA-256 of its bytes),
never as an editor holds it in memory: the UI saves unsaved changes first. No Qt here.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from journey_editor.i18n import QT_TRANSLATE_NOOP, language_of, translate
from journey_editor.model.entities import BasedOn
from journey_editor.model.project import Project
from journey_editor.persistence.native import project_from_bytes, read_file_bytes

AsIsStatus = Literal["found", "changed", "missing"]

# The to-be's title, in the map's own language (its words follow its locale, not the
# interface's). French says «cible», the usual word for the target journey.
TO_BE_TITLE = QT_TRANSLATE_NOOP("ToBe", "{title} (to-be)")
UNTITLED_TO_BE = QT_TRANSLATE_NOOP("ToBe", "To-be")


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def to_be_title(title: str, locale: str) -> str:
    """«Shop visit» → «Shop visit (to-be)», in the map's language; a to-be of a to-be keeps
    one mark."""
    language = language_of(locale)
    title = title.strip()
    if not title:
        return translate("ToBe", UNTITLED_TO_BE, language)
    titled = translate("ToBe", TO_BE_TITLE, language).format(title=title)
    suffix = titled.removeprefix(title)
    if suffix and title.endswith(suffix):
        return title
    return titled


def make_to_be(as_is: Project, file_name: str, data: bytes, now: datetime | None = None) -> Project:
    """The to-be of `as_is`, whose file `file_name` holds `data` on disk: every object and id
    kept (the map's own id too: both are versions of one map), the title marked as the to-be,
    modified now, and `based_on` naming the file, its title and its bytes' hash."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    based_on = BasedOn(
        file=Path(file_name).name, title=as_is.title, sha256=file_sha256(data), copied=now
    )
    copy = as_is.model_copy(deep=True)
    copy.title = to_be_title(as_is.title, as_is.locale)
    copy.modified = now
    copy.based_on = based_on
    return copy


def to_be_of_file(as_is_path: Path | str, now: datetime | None = None) -> Project:
    """The to-be of the map saved in `as_is_path`; ProjectFileError when it cannot be read."""
    as_is_path = Path(as_is_path)
    data = read_file_bytes(as_is_path)
    return make_to_be(project_from_bytes(data, str(as_is_path)), as_is_path.name, data, now)


def as_is_path(to_be_path: Path | str, project: Project) -> Path:
    """Where the as-is of a to-be is looked for: beside the to-be file, under its recorded name."""
    if project.based_on is None:
        raise ValueError("the map is not a to-be: it records no as-is")
    return Path(to_be_path).parent / project.based_on.file


def as_is_status(to_be_path: Path | str, project: Project) -> AsIsStatus:
    """Whether the as-is that the to-be `project` (saved as `to_be_path`) was made from is
    still beside it as it was: "found" (same bytes), "changed" (its hash differs: something to
    compare) or "missing" (no such file there, or it cannot be read). ValueError when
    `project` is no to-be."""
    path = as_is_path(to_be_path, project)
    try:
        data = path.read_bytes()
    except OSError:
        return "missing"
    assert project.based_on is not None
    return "found" if file_sha256(data) == project.based_on.sha256 else "changed"
