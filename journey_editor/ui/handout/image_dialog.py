"""File → Export → Image…: ask for a .png or .svg name, render it with the canvas renderer, say
where it went; a file that cannot be written gets a calm dialog, never a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.persistence.file_names import suggested_stem
from journey_editor.ui import dialogs
from journey_editor.ui.canvas.render import IMAGE_SUFFIXES, ImageExport, export_image
from journey_editor.ui.host import WindowHost

IMAGE_FILTERS = {
    ".png": QT_TRANSLATE_NOOP("image_export", "PNG image (*.png)"),
    ".svg": QT_TRANSLATE_NOOP("image_export", "SVG drawing (*.svg)"),
}


def export_image_dialog(host: WindowHost, suffix: str = ".png") -> ImageExport | None:
    """File → Export → Image…: ask for a .png or .svg name, write it, say so in the status
    bar (with the note when the scale had to be lowered); errors in a calm dialog."""
    document = host.document
    folder = document.path.parent if document.path is not None else Path.home()
    suggested = folder / (suggested_stem(document.project.title) + suffix)
    filters = [IMAGE_FILTERS[suffix]] + [f for s, f in IMAGE_FILTERS.items() if s != suffix]
    filters = [QCoreApplication.translate("image_export", f) for f in filters]
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        host.dialog_parent,
        QCoreApplication.translate("image_export", "Export image"),
        str(suggested),
        ";;".join(filters),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        wanted = next(
            (
                s
                for s, f in IMAGE_FILTERS.items()
                if QCoreApplication.translate("image_export", f) == chosen_filter
            ),
            suffix,
        )
        path = path.with_name(path.name + wanted)
    # Rendering stays on the GUI thread (a QGraphicsScene may not be painted elsewhere): a
    # busy cursor says the pause of a very large map is work, not a hang.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = export_image(document.project, path)
    except (OSError, ValueError) as error:
        QApplication.restoreOverrideCursor()
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        dialogs.show_error(
            host.dialog_parent,
            QCoreApplication.translate("image_export", "Cannot export image"),
            QCoreApplication.translate(
                "image_export", "«{name}» could not be written: {reason}."
            ).format(name=path.name, reason=reason),
            QCoreApplication.translate(
                "image_export",
                "Nothing was changed in {folder}. Choose another folder and export again.",
            ).format(folder=path.parent),
        )
        return None
    QApplication.restoreOverrideCursor()
    message = QCoreApplication.translate(
        "image_export", "Exported the map to {path} ({w} × {h})"
    ).format(path=path, w=result.width, h=result.height)
    host.show_status(" ".join([message, *result.notes]), 15000)
    return result
