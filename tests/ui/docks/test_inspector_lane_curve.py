"""The lane page's "Feeds the emotion curve" box: it shows the lane's setting or its kind's
default, a click is one undo step through the lane update edit, and the file keeps the
setting only while it differs from the default."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from journey_editor.persistence import project_to_bytes


def _click_box(qtbot, box) -> None:
    # On the box's label, not its centre: a check box reacts to its indicator and text only.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))


def test_the_box_shows_the_default_of_the_lane_kind(inspector, selection):
    page = inspector.lane_page
    box = page.feeds_curve
    assert box.text() == "Feeds the emotion curve"
    for lane_id, on in (("l-lea-touch", True), ("l-lea-emotion", True), ("l-lea-pain", False)):
        selection.set("lane", (lane_id,))
        assert inspector.current_page() is page
        assert box.isChecked() is on, lane_id
        assert box.isVisibleTo(inspector)


def test_ticking_a_pain_points_lane_is_one_undo_step_and_undo_brings_it_back(
    inspector, selection, document, qtbot
):
    before = project_to_bytes(document.project)
    selection.set("lane", ("l-lea-pain",))
    box = inspector.lane_page.feeds_curve
    _click_box(qtbot, box)
    assert document.project.lane("l-lea-pain").feeds_curve is True
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change feeds curve of lane «Irritants»"
    assert box.isChecked()
    document.undo_stack.undo()
    assert document.project.lane("l-lea-pain").feeds_curve is None
    assert not box.isChecked()
    assert project_to_bytes(document.project) == before
    document.undo_stack.redo()
    assert box.isChecked()


def test_unticking_a_touchpoints_lane_and_ticking_it_back_leaves_no_trace(
    inspector, selection, document, qtbot
):
    before = project_to_bytes(document.project)
    selection.set("lane", ("l-lea-touch",))
    box = inspector.lane_page.feeds_curve
    _click_box(qtbot, box)
    assert document.project.lane("l-lea-touch").feeds_curve is False
    assert b'"feeds_curve": false' in project_to_bytes(document.project)
    _click_box(qtbot, box)
    # Back to the default: unset, not a True the file would carry.
    assert document.project.lane("l-lea-touch").feeds_curve is None
    assert project_to_bytes(document.project) == before
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert not box.isChecked()
    document.undo_stack.undo()
    assert box.isChecked()
    assert project_to_bytes(document.project) == before


def test_changing_the_kind_shows_the_new_kind_default(inspector, selection, document, qtbot):
    selection.set("lane", ("l-lea-pain",))
    page = inspector.lane_page
    assert not page.feeds_curve.isChecked()
    page.kind.chosen.emit("touchpoints")
    assert document.project.lane("l-lea-pain").kind == "touchpoints"
    assert page.feeds_curve.isChecked()
