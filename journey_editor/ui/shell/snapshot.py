"""Render the main window with a map to a PNG, headless (docs, checks, bug reports); or
presentation mode's room view, as a projector of a given size would show it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from journey_editor.model.project import Project
from journey_editor.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from journey_editor.ui.shell.main_window import MainWindow


@contextmanager
def _headless_window(project: Project, path: Path | None) -> Iterator[MainWindow]:
    """A main window on `project` that no one sees, closed without questions afterwards."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window ever appears, even on a desktop
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journey_editor.ui.qt_app import application
    from journey_editor.ui.shell.main_window import MainWindow

    application()
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    with tempfile.TemporaryDirectory() as private:
        # The window's saved geometry and docks (QSettings) are the user's: a snapshot must
        # neither depend on them nor overwrite them when its window closes.
        for fmt in formats:
            QSettings.setPath(fmt, QSettings.Scope.UserScope, private)
        window = MainWindow(project, path, settings=Settings())  # don't touch the user's recents
        try:
            yield window
        finally:
            window.document.undo_stack.setClean()
            window.close()
            QApplication.processEvents()
            default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
            for fmt in formats:
                QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def _settle(msecs: int = 150) -> None:
    """Let the window finish laying itself out: docks stacked as tabs get their tab bar from
    a layout pass that runs after the first events (it shows at the top-left corner until)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def _save(image: QPixmap, output: Path) -> None:
    if not image.save(str(output)):
        raise OSError(f"could not write the image {output}")


def render_snapshot(
    project: Project,
    output: Path,
    width: int = 1600,
    height: int | None = None,
    fit: bool = False,
    path: Path | None = None,
    channel_path: str | None = None,
) -> None:
    """The main window (or, with `channel_path`, a persona id, the View → Channel path window
    for that persona) at `width` × `height`, to a PNG."""
    from PySide6.QtWidgets import QApplication

    with _headless_window(project, path) as window:
        window.resize(width, height or round(width * 0.62))
        window.show()
        QApplication.processEvents()
        if fit:
            window.view.fit_to_window()
        else:
            window.view.reset_zoom()
            window.view.show_top_left()
        shown = window
        if channel_path is not None:
            from journey_editor.ui.channel_path import show_channel_path_window

            shown = show_channel_path_window(window)
            shown.show_persona(channel_path)
            shown.resize(width, height or round(width * 0.62))
        _settle()
        _save(shown.grab(), output)


def render_presentation(
    project: Project,
    output: Path,
    size: tuple[int, int] = (1920, 1080),
    stage: int = 1,
    path: Path | None = None,
) -> None:
    """Presentation mode on a `size` screen, stage number `stage` (from 1) in focus."""
    from PySide6.QtCore import QRect

    with _headless_window(project, path) as window:
        presentation = window.presentation
        presentation.start(QRect(0, 0, *size))
        presentation.set_focus(project.stages[stage - 1].id, None, animate=False)
        _settle()
        image = presentation.window.grab()
        presentation.leave()
        _save(image, output)
