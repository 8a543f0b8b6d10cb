"""Start the editor: one QApplication, the bundled fonts, one main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from journey_editor import __version__
from journey_editor.model.project import Project
from journey_editor.resources import resource_path
from journey_editor.ui.canvas.none_guard import protect_none

_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")


def application(argv: list[str] | None = None) -> QApplication:
    protect_none()  # in case PySide6 6.12.0 is installed anyway (see none_guard)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("journey-editor")
    app.setOrganizationName("journey-editor")
    app.setApplicationVersion(__version__)
    load_bundled_fonts()
    return app


def load_bundled_fonts() -> None:
    # The canvas and the PDF measure text with DejaVu Sans metrics: draw with the same font.
    for name in _FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))


def run_editor(project: Project, path: Path | None) -> int:
    app = application()
    from journey_editor.ui.main_window import MainWindow

    window = MainWindow(project, path)
    window.show()
    return app.exec()
