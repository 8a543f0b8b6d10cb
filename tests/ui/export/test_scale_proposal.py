"""The dialog's hint for a nearly empty last row or column of sheets: the warning with the
proposed scale, and a button that applies it in one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journey_editor.export.pdf_options import PdfOptions
from journey_editor.settings import Settings
from journey_editor.ui.handout.pdf_dialog import PdfExportDialog

LEFT = Qt.MouseButton.LeftButton


def shown_plan(qtbot, dialog, options):
    def shown() -> bool:
        plan = dialog.preview.planner.latest
        return plan is not None and plan.options == options and dialog.preview.page.plan is plan

    qtbot.waitUntil(shown, timeout=10_000)
    return dialog.preview.planner.latest


def test_the_proposed_scale_is_one_click_away(qtbot, french_project):
    dialog = PdfExportDialog(french_project, Settings.load(), Path("/tmp/map.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wasteful = PdfOptions(paper="A3", mode="tile", scale=1.0)  # 2 × 2, the 2nd column 12 %
    dialog.panel.set_options(wasteful)
    shown_plan(qtbot, dialog, wasteful)
    preview = dialog.preview
    assert preview.count.text() == "5 pages"  # 4 sheets, the links table
    assert preview.warnings.isVisible()
    assert (
        "tile: the last column of sheets holds only 12 % of a sheet; at 88 % the map prints "
        "on 2 instead of 4 sheets"
    ) in preview.warnings.text()
    assert preview.proposal.isVisible() and preview.proposal.text() == "Use 88 %"
    assert "2 instead of 4 sheets" in preview.proposal.toolTip()

    qtbot.mouseClick(preview.proposal, LEFT)
    assert dialog.panel.scale.value() == 88
    applied = dialog.options()
    assert applied == PdfOptions(paper="A3", mode="tile", scale=0.88)
    shown_plan(qtbot, dialog, applied)
    assert preview.count.text() == "3 pages"
    assert not preview.proposal.isVisible()
    assert not preview.warnings.isVisible()


def test_no_hint_when_fitting_or_when_every_sheet_is_well_used(qtbot, french_project):
    dialog = PdfExportDialog(french_project, Settings.load(), Path("/tmp/map.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    for options in (
        PdfOptions(paper="A3", mode="fit"),
        PdfOptions(paper="A4", mode="tile", scale=1.5),  # 4 × 3 portrait, no sliver
    ):
        dialog.panel.set_options(options)
        plan = shown_plan(qtbot, dialog, options)
        assert plan.proposal is None
        assert not dialog.preview.proposal.isVisible()
    assert dialog.preview.details.text().startswith("A4 portrait (auto) · 4 × 3 sheets at 150 %")
