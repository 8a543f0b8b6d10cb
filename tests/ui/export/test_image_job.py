"""File → Export → Image's job: painted in short steps on the GUI thread, written by a worker,
cancellable, and the same pixels as the one-go export of the command line."""

from __future__ import annotations

import gc
import sys
import threading
import xml.etree.ElementTree as ET
from itertools import pairwise

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from journey_editor.ui.canvas import png_strips, svg_groups
from journey_editor.ui.canvas.render import export_image
from journey_editor.ui.handout import image_job
from journey_editor.ui.handout.image_job import ImageExportJob
from tests.ui.export.conftest import ROOT


@pytest.fixture(scope="module")
def medium_project():
    """A few hundred cards: several strips, quick to paint."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.generate_map import generate_project

    return generate_project(personas=3, stages=12, cards=300)


@pytest.fixture
def job(qapp):
    job = ImageExportJob()
    yield job
    job.wait()


def run(qtbot, job, project, out, scale=2.0):
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        job.start(project, out, scale)
    return blocker.args[0]


def test_the_job_writes_a_png_of_the_map_size(qtbot, job, tmp_path, medium_project):
    out = tmp_path / "map.png"
    steps = []
    job.progress.connect(lambda done, total: steps.append((done, total)))
    result = run(qtbot, job, medium_project, out)
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (result.width, result.height)
    assert result.path == out and result.scale == 2.0
    assert len(steps) > 5 and steps[-1][0] == steps[-1][1] == len(steps)
    assert not job.is_running()
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


def test_the_job_and_the_command_line_make_the_same_pixels(qtbot, job, tmp_path, medium_project):
    run(qtbot, job, medium_project, tmp_path / "window.png", scale=1.3)
    export_image(medium_project, tmp_path / "cli.png", scale=1.3)
    assert QImage(str(tmp_path / "window.png")) == QImage(str(tmp_path / "cli.png"))


def test_the_event_loop_runs_between_strips(qtbot, monkeypatch, job, tmp_path, medium_project):
    # One strip per step, then back to the event loop: a timer of the window fires between
    # any two strips, so repaints, moves and clicks on Cancel are handled while painting.
    monkeypatch.setattr(image_job, "STEP_BUDGET_S", 0.0)
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(tick)
    timer.start()
    seen: list[int] = []
    job.progress.connect(lambda done, total: seen.append(ticks))
    run(qtbot, job, medium_project, tmp_path / "map.png")
    timer.stop()
    assert len(seen) > 5
    assert all(b > a for a, b in pairwise(seen)), seen


def test_with_the_default_budget_painting_still_takes_several_steps(
    qtbot, monkeypatch, job, tmp_path, medium_project
):
    monkeypatch.setattr(png_strips, "STRIP_HEIGHT", 16)
    steps = []
    job._timer.timeout.connect(lambda: steps.append(1))
    run(qtbot, job, medium_project, tmp_path / "map.png")
    assert len(steps) > 2


def test_cancel_while_painting_writes_nothing(qtbot, monkeypatch, job, tmp_path, medium_project):
    monkeypatch.setattr(image_job, "STEP_BUDGET_S", 0.0)
    out = tmp_path / "never.png"
    other = []
    job.finished.connect(other.append)
    job.failed.connect(other.append)
    job.progress.connect(lambda done, total: job.cancel() if done == 3 else None)
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.start(medium_project, out, 2.0)
    qtbot.wait(50)
    assert not job.is_running() and other == []
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file


def test_cancel_while_painting_an_svg_ends_its_painter(
    qtbot, monkeypatch, job, tmp_path, french_project
):
    monkeypatch.setattr(image_job, "STEP_BUDGET_S", 0.0)
    monkeypatch.setattr(svg_groups, "SVG_GROUP", 10)
    job.progress.connect(lambda done, total: job.cancel() if done == 2 else None)
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.start(french_project, tmp_path / "never.svg", 1.0)
    gc.collect()  # the SVG generator goes: Qt would abort if its painter were still active
    qtbot.wait(20)
    assert list(tmp_path.iterdir()) == []


def test_cancel_while_compressing_writes_nothing(qtbot, monkeypatch, job, tmp_path, small_project):
    # The encoder is held until Cancel has been pressed, so the order is certain.
    pressed = threading.Event()
    encode = image_job.encode_png

    def slow_encode(image):
        assert pressed.wait(30)
        return encode(image)

    monkeypatch.setattr(image_job, "encode_png", slow_encode)
    out = tmp_path / "never.png"
    job.writing.connect(lambda: (job.cancel(), pressed.set()))
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.start(small_project, out, 2.0)
    assert not job.is_running()
    assert list(tmp_path.iterdir()) == []


def test_the_image_shows_the_map_as_it_was_when_the_export_started(
    qtbot, job, tmp_path, small_project
):
    export_image(small_project.model_copy(deep=True), tmp_path / "before.png", scale=1.0)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        job.start(small_project, tmp_path / "job.png", 1.0)
        small_project.cards[0].title = "Changed while exporting, a long new title"
    assert QImage(str(tmp_path / "job.png")) == QImage(str(tmp_path / "before.png"))


def test_an_svg_is_painted_in_steps_then_cleaned_and_written_by_the_worker(
    qtbot, monkeypatch, job, tmp_path, french_project
):
    monkeypatch.setattr(svg_groups, "SVG_GROUP", 10)
    out = tmp_path / "map.svg"
    steps = []
    job.progress.connect(lambda done, total: steps.append((done, total)))
    result = run(qtbot, job, french_project, out)
    assert len(steps) > 5 and steps[-1][0] == steps[-1][1]
    assert out.read_bytes() == export_image_bytes(french_project, tmp_path / "cli.svg")
    root = ET.parse(out).getroot()
    assert root.find("{http://www.w3.org/2000/svg}title").text == french_project.title
    assert result.scale == 1.0 and result.width > 0


def export_image_bytes(project, out) -> bytes:
    export_image(project, out)
    return out.read_bytes()


def test_bad_requests_are_refused_before_any_work(qapp, job, tmp_path, small_project):
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        job.start(small_project, tmp_path / "map.jpg")
    with pytest.raises(ValueError):
        job.start(small_project, tmp_path / "map.png", 0.0)
    with pytest.raises(OSError):
        job.start(small_project, tmp_path / "missing" / "map.png")
    assert not job.is_running() and list(tmp_path.iterdir()) == []


def test_a_file_that_cannot_be_written_fails_calmly(qtbot, job, tmp_path, small_project):
    taken = tmp_path / "taken.png"
    taken.mkdir()  # a folder where the file should go: the final rename fails
    with qtbot.waitSignal(job.failed, timeout=60_000) as blocker:
        job.start(small_project, taken, 1.0)
    assert blocker.args[0]
    assert [p.name for p in tmp_path.iterdir()] == ["taken.png"] and taken.is_dir()
    assert not any(taken.iterdir())


def test_cancel_while_laying_out_writes_nothing(qtbot, job, tmp_path, medium_project):
    out = tmp_path / "never.png"
    painted = []
    job.progress.connect(lambda done, total: painted.append(done))
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.start(medium_project, out, 2.0)
        job.cancel()  # the layout thread is still at work: seen when it is done
    assert painted == [] and not job.is_running()
    assert list(tmp_path.iterdir()) == []
