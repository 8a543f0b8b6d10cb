"""File → Export PDF…: the options dialog with its live preview, then the export itself in a
worker thread with a progress dialog the user can cancel.

`export_pdf_dialog(window)` is the menu's entry point. The parts are separate so tests can
drive each without modal loops: `PdfOptionsPanel` (the options), `PreviewPane` (the preview),
`PdfExportDialog` (both, plus the file name), `start_export` (job + progress + messages).
"""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_editor.export.pdf_options import CUSTOM, PAPER_SIZES_MM, PdfOptions
from journey_editor.model.project import Project
from journey_editor.persistence.file_names import suggested_stem
from journey_editor.settings import Settings
from journey_editor.ui import dialogs
from journey_editor.ui.handout.export_job import PdfExportJob
from journey_editor.ui.handout.options_panel import PdfOptionsPanel
from journey_editor.ui.handout.preview import PreviewPane, pages_text
from journey_editor.ui.host import WindowHost

PDF_SUFFIX = ".pdf"
PROGRESS_DELAY_MS = 300  # a quick export finishes before a progress dialog would flash
WARNINGS_NAME = "pdf-export-warnings"


class PdfExportDialog(QDialog):
    """The options (remembered in `settings`), the preview, and the file to write.

    Export… asks for the file name; choosing one saves the options and accepts the dialog
    (`path`, `options()` then tell what to export). Cancel in the file chooser returns to
    the dialog.
    """

    def __init__(
        self,
        project: Project,
        settings: Settings,
        suggested_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.settings = settings
        self.suggested_path = suggested_path
        self.path: Path | None = None

        self.panel = PdfOptionsPanel(project, self)
        self.preview = PreviewPane(project, self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.choose_file_and_accept)

        columns = QHBoxLayout()
        columns.addWidget(self.panel, 0)
        columns.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.panel.options_changed.connect(self._options_changed)
        self.preview.scale_proposed.connect(self.use_scale)
        self.panel.set_options(remembered_options(settings))
        self.resize(1000, 700)

    def options(self) -> PdfOptions:
        return self.panel.options()

    def _options_changed(self) -> None:
        problem = self.panel.problem()
        self.export_button.setEnabled(problem is None)
        if problem is None:
            self.preview.request(self.panel.options())
        else:
            self.preview.request(None, problem)

    def use_scale(self, scale: float) -> None:
        """The preview's proposal, one click: tile at `scale` (1.0 = 100 %)."""
        self.panel.scale.setValue(scale * 100.0)

    def choose_file_and_accept(self) -> None:
        if self.panel.problem() is not None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export PDF"),
            str(self.suggested_path),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != PDF_SUFFIX:
            path = path.with_name(path.name + PDF_SUFFIX)
        self.path = path
        self.remember()
        self.accept()

    def remember(self) -> None:
        self.settings.pdf_options = self.options().to_dict()
        self.settings.save()

    def done(self, result: int) -> None:
        # Let a running preview computation end before its widgets go away.
        self.preview.shutdown()
        super().done(result)


def remembered_options(settings: Settings) -> PdfOptions:
    """The last choices, tolerant of anything in the settings file."""
    data = settings.pdf_options
    options = PdfOptions.from_dict(data)
    # from_dict checks "paper" before "custom_size_mm" is known, so it drops a remembered
    # custom poster; put it back when the remembered size makes it valid.
    if data.get("paper") == CUSTOM and options.paper != CUSTOM:
        with contextlib.suppress(ValueError, TypeError):
            options = dataclasses.replace(options, paper=CUSTOM)
    # No paper picked yet in this dialog: start on the one chosen in Preferences.
    if "paper" not in data and settings.default_paper in PAPER_SIZES_MM:
        options = dataclasses.replace(options, paper=settings.default_paper)
    return options


def suggested_pdf_path(host: WindowHost) -> Path:
    """The map's title as a file name, in the map file's folder (home for a new map)."""
    document = host.document
    folder = document.path.parent if document.path is not None else Path.home()
    return folder / (suggested_stem(document.project.title) + PDF_SUFFIX)


def export_pdf_dialog(host: WindowHost) -> PdfExportJob | None:
    """File → Export PDF…: ask, then export in the background. Returns the running job
    (None when the user cancelled the dialog or an export is already running)."""
    if any(job.is_running() for job in host.dialog_parent.findChildren(PdfExportJob)):
        host.show_status(
            QCoreApplication.translate("PdfExportDialog", "A PDF export is already running"), 5000
        )
        return None
    dialog = PdfExportDialog(
        host.document.project, host.settings, suggested_pdf_path(host), host.dialog_parent
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
            return None
        path, options = dialog.path, dialog.options()
    finally:
        dialog.deleteLater()
    return start_export(host, path, options)


def start_export(host: WindowHost, path: Path, options: PdfOptions) -> PdfExportJob:
    """Export the host's map to `path` in a worker thread, with a progress dialog (non
    modal: the user may keep working; the job exports a copy taken now)."""
    job = PdfExportJob(host.dialog_parent)
    progress = QProgressDialog(host.dialog_parent)
    progress.setWindowTitle(QCoreApplication.translate("PdfExportDialog", "Export PDF"))
    progress.setLabelText(
        QCoreApplication.translate("PdfExportDialog", "Exporting «{name}»…").format(name=path.name)
    )
    progress.setCancelButtonText(QCoreApplication.translate("PdfExportDialog", "Cancel"))
    progress.setWindowModality(Qt.WindowModality.NonModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setRange(0, 0)  # busy until the exporter tells the page count
    progress.setMinimumWidth(360)

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            progress.setRange(0, total)
            progress.setValue(min(done, total))
            progress.setLabelText(
                QCoreApplication.translate(
                    "PdfExportDialog", "Exporting «{name}»: page {done} of {total}"
                ).format(name=path.name, done=done, total=total)
            )

    def on_cancel() -> None:
        job.cancel()
        progress.setLabelText(QCoreApplication.translate("PdfExportDialog", "Cancelling…"))

    def close_progress() -> None:
        progress.canceled.disconnect(on_cancel)
        progress.close()
        progress.deleteLater()

    def on_finished(report) -> None:
        close_progress()
        message = QCoreApplication.translate(
            "PdfExportDialog", "Exported {pages} to {path}"
        ).format(pages=pages_text(report.pages), path=path)
        host.show_status(message, 15000)
        if report.warnings:
            _show_warnings(host.dialog_parent, path, list(report.warnings))
        job.deleteLater()

    def on_failed(reason: str) -> None:
        close_progress()
        dialogs.show_error(
            host.dialog_parent,
            QCoreApplication.translate("PdfExportDialog", "Cannot export PDF"),
            QCoreApplication.translate(
                "PdfExportDialog", "«{name}» could not be written: {reason}."
            ).format(name=path.name, reason=reason),
            QCoreApplication.translate(
                "PdfExportDialog",
                "Nothing was changed in {folder}. Choose another folder (one you can write "
                "to, with free space) and export again.",
            ).format(folder=path.parent),
        )
        job.deleteLater()

    def on_cancelled() -> None:
        close_progress()
        host.show_status(
            QCoreApplication.translate("PdfExportDialog", "PDF export cancelled: no file written"),
            8000,
        )
        job.deleteLater()

    job.progress.connect(on_progress)
    job.finished.connect(on_finished)
    job.failed.connect(on_failed)
    job.cancelled.connect(on_cancelled)
    progress.canceled.connect(on_cancel)
    app = QCoreApplication.instance()
    if app is not None:
        # Quitting mid-export: stop the worker before Qt destroys its thread object.
        app.aboutToQuit.connect(job.cancel_and_wait)
    job.start(host.document.project, path, options)
    return job


def _show_warnings(window: QWidget, path: Path, warnings: list[str]) -> None:
    """Non modal: the PDF exists; the warnings are advice, not a question."""
    box = QMessageBox(window)
    box.setObjectName(WARNINGS_NAME)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("PdfExportDialog", "PDF exported with warnings"))
    box.setText(
        QCoreApplication.translate(
            "PdfExportDialog", "«{name}» was written. Worth checking:"
        ).format(name=path.name)
    )
    box.setInformativeText("\n".join(f"• {text}" for text in warnings))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
