"""At start-up: offer what a killed session left, then open the windows the user chose.

Restore opens the original path with the recovered map swapped in (modified, and Undo goes back
to the file's version); a never-saved map restores as an untitled modified map. So does a copy
whose recorded original cannot be trusted (the metadata is a file anyone can edit: `..`, a link,
not a map file, a file that is gone or not a map): Save then asks where, instead of writing
over whatever the metadata names. Open original
opens the file as it is. Every decided copy is moved aside to `discarded/` for a week: its
content now lives in an open window (which autosaves under its own key) or was refused.
The map named on the command line opens too, unless a restored window already shows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from journey_editor.model.factory import new_project
from journey_editor.persistence import ProjectFileError, load_project
from journey_editor.persistence.recovery import RecoveryEntry, RecoveryStore
from journey_editor.settings import Settings
from journey_editor.ui import dialogs

if TYPE_CHECKING:
    from journey_editor.model.project import Project
    from journey_editor.ui.shell.main_window import MainWindow


def start_windows(
    project: Project, path: Path | None, store: RecoveryStore, settings: Settings | None = None
) -> list[MainWindow]:
    """The windows to show at start: recovered ones first, then the command line's map."""
    from journey_editor.ui.shell.main_window import MainWindow

    settings = settings or Settings.load()
    store.purge_discarded()
    windows = recover_leftovers(store, settings)
    shown = {_same_file_key(w.document.path) for w in windows if w.document.path is not None}
    if path is not None and _same_file_key(path) in shown:
        return windows
    if path is None and windows:
        return windows  # the bundled sample would only be clutter next to recovered work
    return [*windows, MainWindow(project, path, settings=settings)]


def recover_leftovers(store: RecoveryStore, settings: Settings) -> list[MainWindow]:
    leftovers = store.leftovers()
    if not leftovers:
        return []
    from journey_editor.ui.files import recovery_dialog  # only when there is something to offer

    decisions = recovery_dialog.ask_recovery(None, leftovers)
    windows: list[MainWindow] = []
    for entry in leftovers:
        decision = decisions.get(entry.key)
        if decision is None:
            continue  # offered again at the next start
        window = None
        if decision == "restore":
            window = restore(entry, settings)
        elif decision == "open":
            window = open_original(entry, settings)
        if decision == "discard" or window is not None:
            store.discard(entry.key)
        if window is not None:
            windows.append(window)
    return windows


def restore(entry: RecoveryEntry, settings: Settings) -> MainWindow | None:
    from journey_editor.ui.shell.main_window import MainWindow

    try:
        recovered = entry.load_project()
    except ProjectFileError as error:
        _cannot(entry, error)
        return None
    base, path = _base_for(entry, recovered, settings)
    window = MainWindow(base, path, settings=settings)
    label = QCoreApplication.translate("RecoveryStartup", "Restore recovered changes")
    window.document.swap_project(recovered, label)
    if path is None and entry.original is not None:
        window.show_status(
            QCoreApplication.translate(
                "RecoveryStartup",
                "The recovered copy of «{name}» opened untitled: its recorded file is gone or "
                "cannot be trusted. Save it with File → Save As….",
            ).format(name=entry.original.name),
            30000,
        )
    return window


def open_original(entry: RecoveryEntry, settings: Settings) -> MainWindow | None:
    from journey_editor.ui.shell.main_window import MainWindow

    if entry.original is None:
        return None
    try:
        project = load_project(entry.original)
    except ProjectFileError as error:
        _cannot(entry, error)
        return None
    return MainWindow(project, entry.original, settings=settings)


def _base_for(
    entry: RecoveryEntry, recovered: Project, settings: Settings
) -> tuple[Project, Path | None]:
    """What Undo goes back to: the file on disk, or an empty map when there is none (or when
    the recorded path is not one to save over without asking: the map opens untitled)."""
    if entry.original is not None and entry.original_problem() is None:
        try:
            return load_project(entry.original), entry.original
        except ProjectFileError:
            pass  # not a map: never saved over on the metadata's word
    return new_project(recovered.title, settings.author), None


def _cannot(entry: RecoveryEntry, error: ProjectFileError) -> None:
    from journey_editor.ui.files import recovery_dialog

    problems = "\n".join(str(p) for p in error.problems[:6])
    dialogs.show_error(
        None,
        QCoreApplication.translate("RecoveryStartup", "Cannot recover map"),
        QCoreApplication.translate("RecoveryStartup", "«{name}» could not be opened.").format(
            name=recovery_dialog.entry_heading(entry)
        ),
        problems
        + "\n\n"
        + QCoreApplication.translate(
            "RecoveryStartup", "The recovery copy stays in {folder} and is offered again."
        ).format(folder=str(entry.folder)),
    )


def _same_file_key(path: Path) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path).absolute()
