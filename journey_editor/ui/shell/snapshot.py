"""Render the main window with a map to a PNG, headless (docs, checks, bug reports)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from journey_editor.model.project import Project
from journey_editor.settings import Settings


def render_snapshot(
    project: Project,
    output: Path,
    width: int = 1600,
    height: int | None = None,
    fit: bool = False,
    path: Path | None = None,
    channel_path: str | None = None,
) -> None:
    """The main window (or, with `channel_path`, a persona id, the Channel path window for
    that persona) at `width` × `height`, to a PNG."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window ever appears, even on a desktop
    from PySide6.QtCore import QSettings

    from journey_editor.ui.qt_app import application

    app = application()
    with tempfile.TemporaryDirectory() as private:
        # The window's saved geometry and docks (QSettings) are the user's: a snapshot must
        # neither depend on them nor overwrite them when its window closes.
        formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
        for fmt in formats:
            QSettings.setPath(fmt, QSettings.Scope.UserScope, private)
        try:
            _render(app, project, output, width, height, fit, path, channel_path)
        finally:
            default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
            for fmt in formats:
                QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def _render(app, project, output, width, height, fit, path, channel_path) -> None:
    from PySide6.QtWidgets import QApplication

    from journey_editor.ui.shell.main_window import MainWindow

    window = MainWindow(project, path, settings=Settings())  # don't touch the user's recents
    window.resize(width, height or round(width * 0.62))
    window.show()
    app.processEvents()
    if fit:
        window.view.fit_to_window()
    else:
        window.view.reset_zoom()
    app.processEvents()
    shown = window
    if channel_path is not None:
        from journey_editor.ui.channel_path import show_channel_path_window

        shown = show_channel_path_window(window)
        shown.show_persona(channel_path)
        shown.resize(width, height or round(width * 0.62))
        app.processEvents()
    image = shown.grab()
    if not image.save(str(output)):
        raise OSError(f"could not write the image {output}")
    window.document.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
