"""The dialog: remembered choices, and the live preview following the options."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor

from journey_editor.export.pdf import plan_pages
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.settings import Settings
from journey_editor.ui.handout.pdf_dialog import PdfExportDialog

LEFT = Qt.MouseButton.LeftButton


def make_dialog(qtbot, project, settings=None):
    dialog = PdfExportDialog(project, settings or Settings.load(), Path("/tmp/map.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def wait_for_plan(qtbot, dialog, options, timeout=10_000):
    """Until the preview shows the plan of exactly `options`."""

    def shown() -> bool:
        # A bool, not an assert: pytest would print the repr of a 5,000-card layout.
        plan = dialog.preview.planner.latest
        return plan is not None and plan.options == options and dialog.preview.page.plan is plan

    qtbot.waitUntil(shown, timeout=timeout)
    return dialog.preview.planner.latest


def test_remembered_choices_survive_a_new_dialog(qtbot, monkeypatch, tmp_path, french_project):
    first = make_dialog(qtbot, french_project)
    first.panel.set_options(
        PdfOptions(paper="A2", landscape=False, mode="tile", scale=0.8, summary=True)
    )
    target = tmp_path / "atelier"  # no suffix: .pdf is added
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF documents (*.pdf)"),
    )
    qtbot.mouseClick(first.export_button, LEFT)
    assert first.result() == first.DialogCode.Accepted
    assert first.path == tmp_path / "atelier.pdf"

    second = make_dialog(qtbot, french_project)  # reads the settings file again
    options = second.options()
    assert (options.paper, options.landscape, options.mode, options.scale, options.summary) == (
        "A2",
        False,
        "tile",
        0.8,
        True,
    )


def test_a_custom_poster_size_is_remembered(qtbot, monkeypatch, tmp_path, french_project):
    first = make_dialog(qtbot, french_project)
    poster = PdfOptions(paper="custom", custom_size_mm=(1200.0, 800.0), margin_mm=15.0)
    first.panel.set_options(poster)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "poster.pdf"), ""),
    )
    qtbot.mouseClick(first.export_button, LEFT)
    assert make_dialog(qtbot, french_project).options() == poster


def test_a_damaged_settings_file_opens_the_dialog_with_defaults(qtbot, french_project):
    settings = Settings(pdf_options={"paper": "B5", "scale": "big", "mode": 3})
    dialog = make_dialog(qtbot, french_project, settings)
    assert dialog.options() == PdfOptions()


def test_cancelling_the_file_chooser_keeps_the_dialog_open(qtbot, monkeypatch, french_project):
    dialog = make_dialog(qtbot, french_project)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args, **kwargs: ("", "")
    )
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.isVisible() and dialog.path is None
    assert Settings.load().pdf_options == {}  # nothing remembered without an export


def test_page_count_follows_fit_then_tile_on_a4(qtbot, french_project):
    dialog = make_dialog(qtbot, french_project, Settings())
    fit = PdfOptions(paper="A4", mode="fit")
    dialog.panel.set_options(fit)
    wait_for_plan(qtbot, dialog, fit)
    assert dialog.preview.count.text() == "2 pages"  # the map, the links table

    qtbot.mouseClick(dialog.panel.tile, LEFT)
    tile = dialog.panel.options()
    plan = wait_for_plan(qtbot, dialog, tile)
    expected = len(plan_pages(french_project, tile))
    assert expected > 1
    assert dialog.preview.count.text() == f"{expected} pages"
    assert "sheets" in dialog.preview.details.text()
    assert len(plan.pages) == expected


def test_the_preview_paints_a_page_with_the_map_on_it(qtbot, french_project):
    dialog = make_dialog(qtbot, french_project, Settings())
    options = PdfOptions(paper="A3", landscape=True)
    dialog.panel.set_options(options)
    wait_for_plan(qtbot, dialog, options)
    image = dialog.preview.page.render_image()
    assert image is not None
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    }
    assert len(colours) > 40  # the map's colours, not a blank sheet
    white = QColor("white").rgb()
    assert sum(colour == white for colour in colours) <= 1


def test_refused_options_disable_export_and_say_why(qtbot, french_project):
    dialog = make_dialog(qtbot, french_project, Settings())
    dialog.panel.set_options(PdfOptions(paper="A4"))
    dialog.panel.margin.setValue(100)
    assert not dialog.export_button.isEnabled()
    assert "margins" in dialog.preview.warnings.text()
    dialog.panel.margin.setValue(10)
    assert dialog.export_button.isEnabled()


def test_requests_are_debounced_and_only_the_last_is_shown(qtbot, french_project):
    dialog = make_dialog(qtbot, french_project, Settings())
    shown = []
    dialog.preview.planner.planned.connect(lambda plan: shown.append(plan.options))
    for value in (11, 12, 13, 14):
        dialog.panel.margin.setValue(value)
    last = dialog.panel.options()
    wait_for_plan(qtbot, dialog, last)
    qtbot.wait(300)
    assert shown == [last]


def test_preview_stays_responsive_on_the_5000_card_map(qtbot, big_project):
    dialog = make_dialog(qtbot, big_project, Settings())
    first = PdfOptions(paper="A0", mode="fit")
    dialog.panel.set_options(first)
    wait_for_plan(qtbot, dialog, first, timeout=30_000)
    assert dialog.preview.page.render_image() is not None

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    # A new set of lanes: a new layout of 5,000 cards, computed off the GUI thread.
    hidden = PdfOptions(paper="A4", mode="tile", hidden_lane_kinds=frozenset({"thoughts"}))
    dialog.panel.set_options(hidden)
    plan = wait_for_plan(qtbot, dialog, hidden, timeout=30_000)
    timer.stop()
    assert len(plan.pages) > 20
    assert len(ticks) >= 5
    # Switching paper reuses the layout and the miniature: no new scene.
    source = dialog.preview.page.source()
    a3 = PdfOptions(paper="A3", mode="tile", hidden_lane_kinds=frozenset({"thoughts"}))
    dialog.panel.set_options(a3)
    wait_for_plan(qtbot, dialog, a3, timeout=30_000)
    assert dialog.preview.page.source() is source
