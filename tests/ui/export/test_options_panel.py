"""The options panel: every PdfOptions field, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton

from journey_editor.export.pdf_options import PdfOptions
from journey_editor.ui.handout.options_panel import KIND_ROLE, PdfOptionsPanel

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(qtbot, french_project):
    widget = PdfOptionsPanel(french_project)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_radio(qtbot, button: QRadioButton) -> None:
    """Click a radio button where a user does, on its circle and words: the middle of the
    widget misses when a longer sibling stretched it past its text (a radio button reacts to
    its click rectangle only)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    area = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonClickRect, option, button)
    qtbot.mouseClick(button, LEFT, pos=area.center())


def _lane_item(panel, kind):
    for row in range(panel.lanes.count()):
        item = panel.lanes.item(row)
        if item.data(KIND_ROLE) == kind:
            return item
    raise KeyError(kind)


@pytest.mark.parametrize(
    "options",
    [
        PdfOptions(),
        PdfOptions(paper="A4", landscape=False, mode="tile", scale=1.5, overlap_mm=15.0),
        PdfOptions(paper="custom", custom_size_mm=(1200.0, 800.0), margin_mm=20.0),
        PdfOptions(
            paper="Letter",
            per_persona=True,
            summary=True,
            hidden_lane_kinds=frozenset({"notes", "backstage"}),
            min_font_pt=6.5,
        ),
    ],
)
def test_set_options_then_options_gives_them_back(panel, options):
    panel.set_options(options)
    assert panel.options() == options


def test_the_user_picks_a4_and_tiles(qtbot, panel):
    panel.set_options(PdfOptions(paper="A3", mode="fit"))
    with qtbot.waitSignal(panel.options_changed):
        panel.paper.setFocus()
        qtbot.keyClicks(panel.paper, "A4")
    assert panel.options().paper == "A4"
    assert not panel.scale.isEnabled() and not panel.overlap.isEnabled()
    click_radio(qtbot, panel.tile)
    assert panel.options().mode == "tile"
    assert panel.scale.isEnabled() and panel.overlap.isEnabled()
    panel.scale.setValue(150)
    panel.overlap.setValue(12)
    click_radio(qtbot, panel.portrait)
    options = panel.options()
    assert (options.scale, options.overlap_mm, options.landscape) == (1.5, 12.0, False)
    click_radio(qtbot, panel.fit)
    assert panel.options().mode == "fit" and not panel.scale.isEnabled()


def test_custom_size_fields_work_only_for_custom_paper(panel):
    panel.set_options(PdfOptions(paper="A2"))
    assert not panel.custom_width.isEnabled() and panel.landscape.isEnabled()
    panel.paper.setCurrentIndex(panel.paper.findData("custom"))
    assert panel.custom_width.isEnabled() and panel.custom_height.isEnabled()
    # A custom poster is printed as given: orientation does not apply.
    assert not panel.landscape.isEnabled() and not panel.portrait.isEnabled()
    panel.custom_width.setValue(900)
    panel.custom_height.setValue(600)
    options = panel.options()
    assert (options.paper, options.custom_size_mm) == ("custom", (900.0, 600.0))


def test_lanes_list_the_kinds_of_the_map_and_unticking_hides_them(qtbot, panel, french_project):
    kinds = [panel.lanes.item(row).data(KIND_ROLE) for row in range(panel.lanes.count())]
    used = {lane.kind for persona in french_project.personas for lane in persona.lanes}
    assert set(kinds) == used and len(kinds) == 8
    with qtbot.waitSignal(panel.options_changed):
        _lane_item(panel, "backstage").setCheckState(Qt.CheckState.Unchecked)
    _lane_item(panel, "notes").setCheckState(Qt.CheckState.Unchecked)
    assert panel.options().hidden_lane_kinds == {"backstage", "notes"}


def test_hidden_kinds_the_map_lacks_are_kept(qtbot, small_project):
    panel = PdfOptionsPanel(small_project)  # only touchpoints, emotions, pain points
    qtbot.addWidget(panel)
    assert panel.lanes.count() == 3
    panel.set_options(PdfOptions(hidden_lane_kinds=frozenset({"notes", "emotions"})))
    assert _lane_item(panel, "emotions").checkState() == Qt.CheckState.Unchecked
    _lane_item(panel, "emotions").setCheckState(Qt.CheckState.Checked)
    assert panel.options().hidden_lane_kinds == {"notes"}


def test_set_options_emits_once_and_user_changes_emit(qtbot, panel):
    seen = []
    panel.options_changed.connect(lambda: seen.append(1))
    panel.set_options(PdfOptions(paper="A1", mode="tile", summary=True))
    assert len(seen) == 1
    panel.margin.setValue(panel.margin.value() + 1)
    qtbot.mouseClick(panel.summary, LEFT)
    assert len(seen) == 3


def test_refused_combinations_are_reported_not_raised_into_the_ui(panel):
    panel.set_options(PdfOptions(paper="A4"))
    assert panel.problem() is None
    panel.margin.setValue(100)  # 210 mm − 2 × 100 mm leaves 10 mm
    assert "margins" in panel.problem()
    with pytest.raises(ValueError):
        panel.options()


def test_the_orientation_starts_automatic_and_a_click_fixes_it(qtbot, panel):
    assert panel.auto_orientation.isChecked() and panel.options().landscape is None
    click_radio(qtbot, panel.landscape)
    assert panel.options().landscape is True
    qtbot.mouseClick(panel.auto_orientation, LEFT)
    assert panel.options().landscape is None
    panel.set_options(PdfOptions(paper="A4", landscape=False))
    assert panel.portrait.isChecked()
    panel.paper.setCurrentIndex(panel.paper.findData("custom"))
    assert not panel.auto_orientation.isEnabled()
