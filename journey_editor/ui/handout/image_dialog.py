"""File → Export → Image…: ask for a .png or .svg name, then make the image in the background
(ui/handout/image_job.py) with a progress dialog that can cancel, and say where it went; a
file that cannot be written gets a calm dialog, never a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.persistence.file_names import suggested_stem
from journey_editor.ui import dialogs
from journey_editor.ui.canvas.render import IMAGE_SUFFIXES, ImageExport
from journey_editor.ui.handout.image_job import ImageExportJob
from journey_editor.ui.host import WindowHost

IMAGE_FILTERS = {
    ".png": QT_TRANSLATE_NOOP("image_export", "PNG image (*.png)"),
    ".svg": QT_TRANSLATE_NOOP("image_export", "SVG drawing (*.svg)"),
}
PROGRESS_DELAY_MS = 300  # a small map is done before a progress dialog would flash


def export_image_dialog(host: WindowHost, suffix: str = ".png") -> ImageExportJob | None:
    """File → Export → Image…: ask for a .png or .svg name, then export in the background.
    Returns the running job (None when the user cancelled the file chooser, an image export
    is already running, or the file cannot be written at all)."""
    if any(job.is_running() for job in host.dialog_parent.findChildren(ImageExportJob)):
        host.show_status(
            QCoreApplication.translate("image_export", "An image export is already running"),
            5000,
        )
        return None
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
    return start_image_export(host, path)


def start_image_export(host: WindowHost, path: Path, scale: float = 2.0) -> ImageExportJob | None:
    """Make the image of the host's map at `path` in the background, with a progress dialog
    (non modal: the user may keep working; the image shows the map as it is now)."""
    job = ImageExportJob(host.dialog_parent)
    try:
        job.start(host.document.project, path, scale)
    except (OSError, ValueError) as error:
        job.deleteLater()
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        _cannot_write(host, path, reason)
        return None
    progress = QProgressDialog(host.dialog_parent)
    progress.setWindowTitle(QCoreApplication.translate("image_export", "Export image"))
    progress.setLabelText(
        QCoreApplication.translate("image_export", "Painting «{name}»…").format(name=path.name)
    )
    progress.setCancelButtonText(QCoreApplication.translate("image_export", "Cancel"))
    progress.setWindowModality(Qt.WindowModality.NonModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setRange(0, 0)  # busy until the first strip is painted
    progress.setMinimumWidth(360)

    def on_progress(done: int, total: int) -> None:
        progress.setRange(0, total)
        progress.setValue(min(done, total))

    def on_writing() -> None:
        progress.setRange(0, 0)  # the encoder tells nothing until it is done
        progress.setLabelText(
            QCoreApplication.translate("image_export", "Writing «{name}»…").format(name=path.name)
        )

    def on_cancel() -> None:
        progress.setLabelText(QCoreApplication.translate("image_export", "Cancelling…"))
        job.cancel()

    def close_progress() -> None:
        progress.canceled.disconnect(on_cancel)
        progress.close()
        progress.deleteLater()

    def on_finished(result: ImageExport) -> None:
        close_progress()
        message = QCoreApplication.translate(
            "image_export", "Exported the map to {path} ({w} × {h})"
        ).format(path=path, w=result.width, h=result.height)
        host.show_status(" ".join([message, *result.notes]), 15000)
        job.deleteLater()

    def on_failed(reason: str) -> None:
        close_progress()
        _cannot_write(host, path, reason)
        job.deleteLater()

    def on_cancelled() -> None:
        close_progress()
        host.show_status(
            QCoreApplication.translate("image_export", "Image export cancelled: no file written"),
            8000,
        )
        job.deleteLater()

    job.progress.connect(on_progress)
    job.writing.connect(on_writing)
    job.finished.connect(on_finished)
    job.failed.connect(on_failed)
    job.cancelled.connect(on_cancelled)
    progress.canceled.connect(on_cancel)
    app = QCoreApplication.instance()
    if app is not None:
        # Quitting mid-export: stop the worker before Qt destroys its thread object.
        app.aboutToQuit.connect(job.cancel_and_wait)
    return job


def _cannot_write(host: WindowHost, path: Path, reason: str) -> None:
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
