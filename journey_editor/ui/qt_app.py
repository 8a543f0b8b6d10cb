"""The one QApplication: name, icon, bundled fonts, light/dark and the interface language.

Below everything that needs an application (the windows, the image renderer, snapshots),
so none of them has to import the start-up code."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from journey_editor import __version__
from journey_editor.resources import resource_path
from journey_editor.settings import Settings
from journey_editor.ui.appearance import follow_system
from journey_editor.ui.none_guard import protect_none
from journey_editor.ui.translations import chosen_language, install_translators

_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
# The desktop entry's name (packaging/linux): Wayland compositors match windows to it.
DESKTOP_FILE_NAME = "io.github.journey_editor.JourneyEditor"
_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application(argv: list[str] | None = None) -> QApplication:
    protect_none()  # in case PySide6 6.12.0 is installed anyway (see none_guard)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("journey-editor")
    app.setOrganizationName("journey-editor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    load_bundled_fonts()
    follow_system(app)  # light or dark, as the desktop says, now and when it changes
    # Preferences → Language ("" follows the system locale); a change applies at the next start.
    install_translators(app, chosen_language(Settings.load().language))
    return app


def app_icon() -> QIcon:
    """The app icon at every rendered size (packaging/render_icons.py draws them from the SVG),
    so title bars and task bars get a sharp one without needing Qt's SVG icon plugin."""
    icon = QIcon()
    for size in _ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"journey-editor-{size}.png")), QSize(size, size))
    return icon


def load_bundled_fonts() -> None:
    # The canvas and the PDF measure text with DejaVu Sans metrics: draw with the same font.
    for name in _FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
