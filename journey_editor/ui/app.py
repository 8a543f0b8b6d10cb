"""Start the editor: one QApplication, the bundled fonts, one main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from journey_editor import __version__
from journey_editor.model.project import Project
from journey_editor.resources import resource_path

UI_FONT_FAMILY = "DejaVu Sans"
_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")


def application(argv: list[str] | None = None) -> QApplication:
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


def canvas_font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(UI_FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def run_editor(project: Project, path: Path | None) -> int:
    app = application()
    from journey_editor.ui.main_window import MainWindow

    window = MainWindow(project, path)
    window.show()
    return app.exec()
