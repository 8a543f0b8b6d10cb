"""Render the main window with a map to a PNG, headless (docs, checks, bug reports); or
presentation mode's room view, as a projector of a given size would show it."""

from __future__ import annotations

import os
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
) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window ever appears, even on a desktop
    from PySide6.QtWidgets import QApplication

    from journey_editor.ui.qt_app import application
    from journey_editor.ui.shell.main_window import MainWindow

    app = application()
    window = MainWindow(project, path, settings=Settings())  # don't touch the user's recents
    window.resize(width, height or round(width * 0.62))
    window.show()
    app.processEvents()
    if fit:
        window.view.fit_to_window()
    else:
        window.view.reset_zoom()
        window.view.show_top_left()
    app.processEvents()
    image = window.grab()
    if not image.save(str(output)):
        raise OSError(f"could not write the image {output}")
    window.document.undo_stack.setClean()
    window.close()
    QApplication.processEvents()


def render_presentation(
    project: Project,
    output: Path,
    size: tuple[int, int] = (1920, 1080),
    stage: int = 1,
    path: Path | None = None,
) -> None:
    """Presentation mode on a `size` screen, stage number `stage` (from 1) in focus."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from journey_editor.ui.qt_app import application
    from journey_editor.ui.shell.main_window import MainWindow

    app = application()
    window = MainWindow(project, path, settings=Settings())
    presentation = window.presentation
    presentation.start(QRect(0, 0, *size))
    presentation.set_focus(project.stages[stage - 1].id, None, animate=False)
    app.processEvents()
    image = presentation.window.grab()
    presentation.leave()
    window.document.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    if not image.save(str(output)):
        raise OSError(f"could not write the image {output}")
