"""The PDF dialog's "Compare with…" row: choosing the other version of the map, clearing it,
a file that cannot be read (the Export button then waits, the reason names the file), and the
choice not carried over to the next dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journey_editor.export.pdf_options import PdfOptions
from journey_editor.persistence import project_to_bytes
from journey_editor.settings import Settings
from journey_editor.ui.handout.options_panel import PdfOptionsPanel
from journey_editor.ui.handout.pdf_dialog import PdfExportDialog

LEFT = Qt.MouseButton.LeftButton
OPEN = "PySide6.QtWidgets.QFileDialog.getOpenFileName"


@pytest.fixture
def panel(qtbot, french_project):
    widget = PdfOptionsPanel(french_project)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def other_version(tmp_path, french_project) -> Path:
    path = tmp_path / "avant.journey.json"
    path.write_bytes(project_to_bytes(french_project.model_copy(update={"title": "Avant"})))
    return path


def test_compare_with_asks_for_a_file_and_puts_it_in_the_options(
    qtbot, monkeypatch, panel, other_version
):
    asked = []

    def chooser(parent, caption, folder, filters):
        asked.append(filters)
        return str(other_version), ""

    monkeypatch.setattr(OPEN, chooser)
    assert panel.options().compare_with == ""
    assert not panel.compare_clear.isEnabled()
    with qtbot.waitSignal(panel.options_changed):
        qtbot.mouseClick(panel.compare_button, LEFT)
    assert asked and "*.journey.json" in asked[0] and "*.csv" in asked[0]
    assert panel.options().compare_with == str(other_version)
    assert panel.compare_label.text() == "avant.journey.json"
    assert panel.compare_label.toolTip() == str(other_version)
    assert panel.problem() is None

    with qtbot.waitSignal(panel.options_changed):
        qtbot.mouseClick(panel.compare_clear, LEFT)
    assert panel.options().compare_with == ""
    assert not panel.compare_clear.isEnabled()


def test_cancelling_the_chooser_keeps_the_choice(qtbot, monkeypatch, panel, other_version):
    panel.set_options(PdfOptions(compare_with=str(other_version)))
    monkeypatch.setattr(OPEN, lambda *args: ("", ""))
    qtbot.mouseClick(panel.compare_button, LEFT)
    assert panel.options().compare_with == str(other_version)


def test_an_unreadable_file_is_a_problem_that_names_it(qtbot, panel, tmp_path):
    broken = tmp_path / "cassé.journey.json"
    broken.write_text("{", encoding="utf-8")
    panel.set_compare_with(str(broken))
    problem = panel.problem()
    assert problem is not None and str(broken) in problem and "JSON" in problem
    broken.unlink()
    assert "does not exist" in panel.problem()


def test_the_dialog_waits_for_a_readable_file_and_does_not_remember_it(
    qtbot, monkeypatch, tmp_path, french_project, other_version
):
    settings = Settings.load()
    dialog = PdfExportDialog(french_project, settings, tmp_path / "carte.pdf")
    qtbot.addWidget(dialog)
    dialog.panel.set_compare_with(str(tmp_path / "absent.journey.json"))
    assert not dialog.export_button.isEnabled()
    dialog.panel.set_compare_with(str(other_version))
    assert dialog.export_button.isEnabled()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "carte.pdf"), ""),
    )
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.options().compare_with == str(other_version)  # this export compares
    assert "compare_with" not in Settings.load().pdf_options  # the next one does not

    again = PdfExportDialog(french_project, Settings.load(), tmp_path / "carte.pdf")
    qtbot.addWidget(again)
    assert again.options().compare_with == ""
    assert again.panel.compare_label.text() == "No comparison"
    dialog.preview.shutdown()
    again.preview.shutdown()
