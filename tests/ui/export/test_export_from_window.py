"""File → Export PDF… as the main window runs it: dialog, file chooser, job, messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from journey_editor.export.pdf_options import PdfOptions
from journey_editor.persistence import project_to_bytes
from journey_editor.settings import Settings
from journey_editor.ui import dialogs
from journey_editor.ui.handout.export_job import PdfExportJob
from journey_editor.ui.handout.image_dialog import export_image_dialog, start_image_export
from journey_editor.ui.handout.image_job import ImageExportJob
from journey_editor.ui.handout.pdf_dialog import (
    WARNINGS_NAME,
    PdfExportDialog,
    export_pdf_dialog,
    start_export,
    suggested_pdf_path,
)
from journey_editor.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, french_project):
    path = tmp_path / "maps" / "atelier.journey.json"
    path.parent.mkdir()
    path.write_bytes(project_to_bytes(french_project))
    win = MainWindow(french_project, path, settings=Settings())
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for job in win.findChildren(PdfExportJob) + win.findChildren(ImageExportJob):
        job.cancel()
        job.wait()  # never destroy a window under a running export thread
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


@pytest.fixture
def errors(monkeypatch):
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        dialogs,
        "show_error",
        lambda parent, title, message, advice="": shown.append((title, message, advice)),
    )
    return shown


class PaintCounter(QObject):
    def __init__(self, seen) -> None:
        super().__init__()
        self.seen = seen

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen()
        return False


def choose(monkeypatch, path: Path | str) -> None:
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(path), "PDF documents (*.pdf)"),
    )


def test_the_suggested_file_is_the_title_in_the_maps_folder(window):
    suggested = suggested_pdf_path(window)
    assert suggested.parent == window.document.path.parent
    assert suggested.suffix == ".pdf" and suggested.stem.startswith("Parcours-client")


def test_menu_entry_runs_the_whole_flow(qtbot, monkeypatch, window, tmp_path):
    out = tmp_path / "maps" / "handout.pdf"
    choose(monkeypatch, out)

    def exec_(dialog: PdfExportDialog) -> int:
        dialog.panel.set_options(PdfOptions(paper="A4", mode="tile", summary=True))
        dialog.choose_file_and_accept()
        return dialog.result()

    monkeypatch.setattr(PdfExportDialog, "exec", exec_)
    job = export_pdf_dialog(window)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30_000) as blocker:
        pass
    report = blocker.args[0]
    assert len(PdfReader(out).pages) == report.pages > 1
    message = window.statusBar().currentMessage()
    assert message == f"Exported {report.pages} pages to {out}"
    remembered = PdfOptions.from_dict(Settings.load().pdf_options)
    assert (remembered.paper, remembered.mode, remembered.summary) == ("A4", "tile", True)


def test_a_cancelled_dialog_exports_nothing(monkeypatch, window):
    monkeypatch.setattr(PdfExportDialog, "exec", lambda dialog: 0)
    assert export_pdf_dialog(window) is None
    assert Settings.load().pdf_options == {}


def test_warnings_show_in_a_non_modal_message(qtbot, window, tmp_path):
    # A3 fit of the French map prints its smallest text below 5 pt: the export warns.
    job = start_export(window, tmp_path / "small-text.pdf", PdfOptions(paper="A3"))
    with qtbot.waitSignal(job.finished, timeout=30_000) as blocker:
        pass
    assert blocker.args[0].warnings
    box = window.findChild(QMessageBox, WARNINGS_NAME)
    assert box is not None and box.isVisible() and not box.isModal()
    assert "smallest text" in box.informativeText()
    box.close()


def test_a_write_error_names_the_file_and_the_reason(qtbot, window, tmp_path, errors):
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    job = start_export(window, blocker_file / "handout.pdf", PdfOptions())
    with qtbot.waitSignal(job.failed, timeout=30_000):
        pass
    assert len(errors) == 1
    title, message, advice = errors[0]
    assert title == "Cannot export PDF"
    assert "«handout.pdf»" in message and "directory" in message.lower()
    assert str(blocker_file) in advice
    assert (
        window.findChild(QProgressDialog) is None
        or not window.findChild(QProgressDialog).isVisible()
    )


def test_cancel_in_the_progress_dialog_stops_the_export(qtbot, window, tmp_path, big_project):
    window.document.replace_project(big_project, None)
    out = tmp_path / "big.pdf"
    job = start_export(window, out, PdfOptions(paper="A4", mode="tile"))
    progress = window.findChild(QProgressDialog)
    assert progress is not None and not progress.isModal()
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        progress.findChild(QPushButton).click()  # its Cancel button
    assert not out.exists()
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_second_export_waits_for_the_first(qtbot, monkeypatch, window, tmp_path, big_project):
    window.document.replace_project(big_project, None)
    job = start_export(window, tmp_path / "first.pdf", PdfOptions(paper="A0"))
    monkeypatch.setattr(PdfExportDialog, "exec", lambda dialog: pytest.fail("no dialog"))
    assert export_pdf_dialog(window) is None
    assert "already running" in window.statusBar().currentMessage()
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass


def test_file_export_image_writes_the_chosen_format(qtbot, monkeypatch, window, tmp_path):
    out = tmp_path / "maps" / "poster"  # no suffix: the chosen filter's is added
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(out), "SVG drawing (*.svg)"),
    )
    job = export_image_dialog(window)
    assert job is not None and job.path == out.with_name("poster.svg")
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        pass
    assert blocker.args[0].path == job.path
    assert job.path.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert "poster.svg" in window.statusBar().currentMessage()


def test_file_export_image_error_goes_to_a_dialog(monkeypatch, window, tmp_path, errors):
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    choose(monkeypatch, blocker_file / "map.png")
    assert export_image_dialog(window) is None  # said at once, before any painting
    assert errors and errors[0][0] == "Cannot export image" and "«map.png»" in errors[0][1]


def test_a_png_of_the_big_map_is_made_while_the_window_goes_on(
    qtbot, window, tmp_path, big_project
):
    window.document.replace_project(big_project, None)
    out = tmp_path / "big.png"
    job = start_image_export(window, out)
    assert job is not None and job.is_running()
    progress = window.findChild(QProgressDialog)
    assert progress is not None and not progress.isModal()
    # The window answers while the map is painted: a repaint asked for now is done before
    # the export ends.
    painted = []
    window.view.viewport().installEventFilter(
        filter_ := PaintCounter(lambda: painted.append(job.is_running()))
    )
    window.view.viewport().update()
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    window.view.viewport().removeEventFilter(filter_)
    assert painted and painted[0] is True
    assert QImage(str(out)).size().width() == job.result.width
    assert "big.png" in window.statusBar().currentMessage()
    assert not progress.isVisible()


def test_cancel_in_the_image_progress_dialog_leaves_no_file(
    qtbot, monkeypatch, window, tmp_path, big_project
):
    monkeypatch.setattr("journey_editor.ui.handout.image_dialog.PROGRESS_DELAY_MS", 0)
    window.document.replace_project(big_project, None)
    folder = tmp_path / "images"
    folder.mkdir()
    job = start_image_export(window, folder / "big.png")
    with qtbot.waitSignal(job.progress, timeout=30_000):
        pass
    progress = window.findChild(QProgressDialog)
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        progress.findChild(QPushButton).click()  # its Cancel button
    job.wait()
    assert list(folder.iterdir()) == []  # no image, no temporary file
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_second_image_export_waits_for_the_first(qtbot, monkeypatch, window, tmp_path):
    job = start_image_export(window, tmp_path / "first.png")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: pytest.fail("no file chooser while an export runs"),
    )
    assert export_image_dialog(window) is None
    assert "already running" in window.statusBar().currentMessage()
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
