"""Reordering stages, personas and lanes by dragging their headers."""

from PySide6.QtCore import Qt


def ids(items):
    return [item.id for item in items]


def test_dragging_a_stage_header_right_reorders_the_stages(small):
    scene = small.view.map_scene
    start = small.item_point(scene.stages["s-discover"])
    end = small.item_point(scene.stages["s-use"], fx=0.8)  # past the middle of the last one
    small.drag(start, end)
    assert ids(small.project.stages) == ["s-buy", "s-use", "s-discover"]
    assert [box.stage_id for box in small.layout.stages] == ["s-buy", "s-use", "s-discover"]
    assert small.stack.count() == 1
    small.undo_all()
    small.redo_all()
    assert ids(small.project.stages) == ["s-buy", "s-use", "s-discover"]


def test_dragging_a_stage_header_left_to_the_first_gap(small):
    scene = small.view.map_scene
    small.drag(
        small.item_point(scene.stages["s-use"]), small.item_point(scene.stages["s-discover"], 0.2)
    )
    assert ids(small.project.stages) == ["s-use", "s-discover", "s-buy"]
    small.undo_all()


def test_a_stage_dropped_back_in_its_own_gap_is_no_edit(small):
    header = small.view.map_scene.stages["s-buy"]
    small.drag(small.item_point(header, 0.3), small.item_point(header, 0.7))
    assert small.stack.count() == 0


def test_dragging_a_persona_header_up_reorders_the_personas(small):
    scene = small.view.map_scene
    start = small.item_point(scene.personas["p-marc"])
    end = small.item_point(scene.personas["p-lea"], fy=0.1)
    small.drag(start, end)
    assert ids(small.project.personas) == ["p-marc", "p-lea"]
    assert small.layout.personas[0].persona_id == "p-marc"
    small.undo_all()


def test_dragging_a_lane_label_reorders_lanes_within_its_persona(small):
    scene = small.view.map_scene
    start = small.item_point(scene.lanes["l-lea-pain"])
    end = small.item_point(scene.lanes["l-lea-touch"], fy=0.2)
    small.drag(start, end)
    lea = small.project.persona("p-lea")
    assert ids(lea.lanes) == ["l-lea-pain", "l-lea-touch", "l-lea-emotion"]
    small.undo_all()


def test_a_lane_cannot_leave_its_persona(small):
    scene = small.view.map_scene
    start = small.item_point(scene.lanes["l-lea-touch"])
    end = small.item_point(scene.lanes["l-marc-touch"], fy=0.9)  # far below its own band
    small.drag(start, end)
    lea = small.project.persona("p-lea")
    assert ids(lea.lanes) == ["l-lea-emotion", "l-lea-pain", "l-lea-touch"]  # last of its own
    assert ids(small.project.persona("p-marc").lanes) == ["l-marc-touch"]
    small.undo_all()


def test_header_drag_shows_an_insertion_line_and_escape_cancels(small):
    scene = small.view.map_scene
    start = small.item_point(scene.stages["s-discover"])
    end = small.item_point(scene.stages["s-use"], fx=0.8)
    small.drag(start, end, release=False)
    line = scene.drop_indicator.line
    assert scene.drop_indicator.isVisible()
    assert line.x1() == line.x2() == small.layout.stages[-1].right
    small.key(Qt.Key.Key_Escape)
    small.release(end)
    assert small.project == small.original
    assert scene.stages["s-discover"].opacity() == 1.0


def test_stage_drag_works_on_the_frozen_header_after_scrolling(french):
    view = french.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    stages = french.project.stages
    first, second = stages[0].id, stages[1].id
    header = view.map_scene.stages[first]
    start = french.item_point(header)
    assert start.y() < 80  # the header is pinned to the top of the viewport
    french.drag(start, french.item_point(view.map_scene.stages[second], fx=0.9))
    assert [s.id for s in french.project.stages][:2] == [second, first]
    french.undo_all()
