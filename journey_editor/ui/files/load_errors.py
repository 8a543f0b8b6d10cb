"""One calm dialog for a map that cannot be read: what is wrong, where, and what to do.

Used by every path that loads a map in the GUI (File → Open, recent files, reload from disk,
revert to backup, the file given at start), so a broken file never ends in a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journey_editor.persistence import ProjectFileError, backup_path
from journey_editor.persistence.atomic import backup_exists
from journey_editor.ui import dialogs

MAX_SHOWN_PROBLEMS = 8


def explain_load_error(
    parent: QWidget, path: Path, error: ProjectFileError, title: str | None = None
) -> None:
    dialogs.show_error(
        parent,
        title or QCoreApplication.translate("load_errors", "Cannot open map"),
        QCoreApplication.translate("load_errors", "«{name}» could not be opened.").format(
            name=path.name
        ),
        load_error_advice(path, error),
    )


def load_error_advice(path: Path, error: ProjectFileError) -> str:
    problems = problem_lines(error)
    where = QCoreApplication.translate("load_errors", "Folder: {folder}").format(
        folder=str(path.parent)
    )
    return "\n\n".join([problems, where, what_to_do(path, error)])


def problem_lines(error: ProjectFileError) -> str:
    lines = [str(p) for p in error.problems[:MAX_SHOWN_PROBLEMS]]
    more = len(error.problems) - len(lines)
    if more > 0:
        lines.append(
            QCoreApplication.translate("load_errors", "… and {count} more").format(count=more)
        )
    return "\n".join(lines)


def what_to_do(path: Path, error: ProjectFileError) -> str:
    text = " ".join(str(p) for p in error.problems)
    if "newer" in text and "schema version" in text:
        advice = QCoreApplication.translate(
            "load_errors",
            "This map was saved by a newer journey-editor: update the app to open it.",
        )
    elif "does not exist" in text or "permission denied" in text or "disk" in text:
        advice = QCoreApplication.translate(
            "load_errors",
            "Check that the file is still there and that the disk or share is connected.",
        )
    else:
        advice = QCoreApplication.translate(
            "load_errors",
            "Fix the file in a text editor at the place named above, or use a backup copy.",
        )
    backup = backup_path(path)
    if backup_exists(path) and backup != path:
        advice += " " + QCoreApplication.translate(
            "load_errors",
            "The previous version is kept beside it as «{backup}»: copy it to a name "
            "ending in .journey.json to open it.",
        ).format(backup=backup.name)
    return (
        advice
        + "\n"
        + QCoreApplication.translate("load_errors", "The map you had open is unchanged.")
    )
