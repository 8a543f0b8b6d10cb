"""The export in a worker thread: the file, cancel, failures, and a window that stays alive."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer

from journey_editor.export.pdf import plan_pages
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.ui.handout.export_job import PdfExportJob


@pytest.fixture
def job(qapp):
    job = PdfExportJob()
    yield job
    job.wait()


def test_the_job_writes_a_pdf_with_the_planned_pages(qtbot, job, tmp_path, french_project):
    options = PdfOptions(paper="A4", landscape=False, mode="tile", summary=True)
    out = tmp_path / "atelier.pdf"
    steps = []
    job.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=30_000) as blocker:
        job.start(french_project, out, options)
    report = blocker.args[0]
    expected = len(plan_pages(french_project, options))
    assert report.pages == expected == len(PdfReader(out).pages)
    assert steps and steps[-1] == (expected, expected)
    assert not job.is_running()


def test_the_job_exports_the_map_as_it_was_when_started(qtbot, job, tmp_path, french_project):
    out = tmp_path / "snapshot.pdf"
    title = french_project.cards[0].title
    with qtbot.waitSignal(job.finished, timeout=30_000):
        job.start(french_project, out, PdfOptions(paper="A3"))
        french_project.cards[0].title = "Changed while exporting"  # an edit meanwhile
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Changed while" not in text
    assert title.split()[0] in text


def test_cancel_writes_no_file(qtbot, job, tmp_path, big_project):
    out = tmp_path / "never.pdf"
    failed = []
    job.failed.connect(failed.append)
    job.finished.connect(failed.append)
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        job.start(big_project, out, PdfOptions(paper="A4", mode="tile"))
        # Laying out 5,000 cards takes the exporter ~0.5 s before its first page: the
        # request is seen at its next check.
        job.cancel()
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind either
    assert failed == [] and not job.is_running()


def test_cancel_keeps_an_existing_file_untouched(qtbot, job, tmp_path, french_project):
    out = tmp_path / "old.pdf"
    out.write_bytes(b"the previous handout")
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        job.start(french_project, out, PdfOptions())
        job.cancel()
    assert out.read_bytes() == b"the previous handout"


def test_an_unwritable_place_fails_with_a_reason(qtbot, job, tmp_path, small_project):
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    with qtbot.waitSignal(job.failed, timeout=30_000) as blocker:
        job.start(small_project, blocker_file / "map.pdf", PdfOptions())
    reason = blocker.args[0]
    assert reason and "directory" in reason.lower()


def test_the_event_loop_keeps_running_while_the_5000_card_map_exports(
    qtbot, job, tmp_path, big_project
):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    progress = []
    job.progress.connect(lambda done, total: progress.append(done))
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        job.start(big_project, tmp_path / "big.pdf", PdfOptions(paper="A4", mode="tile"))
    timer.stop()
    assert blocker.args[0].pages == len(progress) > 100
    # About 1 s of export: the GUI thread ticked all along, not once at the end.
    assert len(ticks) >= 10
