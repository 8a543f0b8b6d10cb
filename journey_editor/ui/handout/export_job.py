"""Run the PDF export off the GUI thread, so the window keeps painting and answering.

The job works on a deep copy of the project taken when it starts: the user may go on
editing the map while a 5,000-card PDF is written, and the file shows the map as it was
when they pressed Export. Cancelling makes `export_pdf` raise ExportCancelled at its next
check; it then writes no file.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from journey_editor.export.pdf import ExportCancelled, PdfReport, export_pdf
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.i18n import ui_language
from journey_editor.model.project import Project


class _ExportThread(QThread):
    # Emitted from run(), i.e. from the worker thread: the job (a GUI-thread object)
    # receives them queued, in its own thread.
    progressed = Signal(int, int)
    done = Signal(object)
    error = Signal(str)
    stopped = Signal()

    def __init__(self, project: Project, path: Path, options: PdfOptions, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.options = options
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            report = export_pdf(
                self.project,
                self.path,
                self.options,
                progress=self.progressed.emit,
                cancelled=self.cancel_requested.is_set,
                report_language=ui_language(),
            )
        except ExportCancelled:
            self.stopped.emit()
        except OSError as error:
            self.error.emit(error.strerror or str(error))
        except Exception as error:  # a bug in the exporter: tell the user, keep the app alive
            self.error.emit(f"{type(error).__name__}: {error}")
        else:
            self.done.emit(report)


class PdfExportJob(QObject):
    """One export. `start` returns at once; exactly one of finished / failed / cancelled
    follows, after any number of progress(done, total)."""

    progress = Signal(int, int)
    finished = Signal(object)  # PdfReport
    failed = Signal(str)  # the reason, for a person
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _ExportThread | None = None
        self.path: Path | None = None
        self.report: PdfReport | None = None

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, project: Project, path: Path, options: PdfOptions) -> None:
        if self._thread is not None:
            raise RuntimeError("this export is already running")
        self.path = Path(path)
        # Copied here, on the GUI thread, before anything can edit the map again.
        snapshot = project.model_copy(deep=True)
        thread = _ExportThread(snapshot, self.path, options, self)
        thread.progressed.connect(self.progress)
        thread.done.connect(self._on_done)
        thread.error.connect(self._on_error)
        thread.stopped.connect(self._on_stopped)
        self._thread = thread
        thread.start()

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.cancel_requested.set()

    def cancel_and_wait(self) -> None:
        """Quitting the app: stop at the exporter's next check and join the thread."""
        self.cancel()
        self.wait()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until the worker has ended (closing the app mid-export; tests)."""
        thread = self._thread
        return thread.wait(milliseconds) if thread is not None else True

    def _release(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()  # run() has returned once it emitted; this only joins the thread
            thread.deleteLater()

    def _on_done(self, report: PdfReport) -> None:
        self._release()
        self.report = report
        self.finished.emit(report)

    def _on_error(self, reason: str) -> None:
        self._release()
        self.failed.emit(reason or QCoreApplication.translate("PdfExportJob", "unknown error"))

    def _on_stopped(self) -> None:
        self._release()
        self.cancelled.emit()
