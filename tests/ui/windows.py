"""Main windows for tests: shown, and closed without questions afterwards."""

from __future__ import annotations

from pathlib import Path

from journey_editor.model import Project
from journey_editor.settings import Settings
from journey_editor.ui.shell.main_window import MainWindow


def shown_window(qtbot, project: Project, path: Path | None = None, size=(1300, 800)):
    """A main window on `project`, shown; closed without questions afterwards.
    Use from a fixture: `yield from shown_window(qtbot, project)`."""
    window = MainWindow(project, path, settings=Settings())
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
