"""Drawing, selecting and editing links with real mouse and key events on the viewport."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from journey_editor.ui.canvas.items.link_drawing import handle_centre

ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.MouseButton.NoButton


def handle_point(canvas, card_id: str) -> QPointF:
    rect = canvas.layout.cards[card_id].rect
    centre = handle_centre(
        canvas.view.map_scene.cards[card_id].mapRectToScene(
            canvas.view.map_scene.cards[card_id].boundingRect()
        )
    )
    return canvas.vp(rect.right - 1, centre.y())


def link_pairs(canvas) -> list[tuple[str, str]]:
    return [(link.from_card, link.to_card) for link in canvas.project.links]


def draw_from_handle(canvas, from_card: str, end: QPointF, release: bool = True) -> None:
    canvas.move(canvas.card_point(from_card), buttons=NONE)  # hover: the handle shows
    start = handle_point(canvas, from_card)
    canvas.move(start, buttons=NONE)
    canvas.drag(start, end, release=release)


def test_hovering_a_card_shows_its_link_handle(small):
    small.move(small.card_point("c-friend"), buttons=NONE)
    handle = small.view.map_scene.link_handle
    assert handle.isVisible() and handle.card_id == "c-friend"
    small.move(small.vp(-10, -10), buttons=NONE)
    assert not handle.isVisible()


def test_drag_from_the_handle_to_another_card_adds_one_link(small):
    draw_from_handle(small, "c-friend", small.card_point("c-marc-store"), release=False)
    rubber = small.view.map_scene.link_rubber
    assert rubber.isVisible() and not rubber.target.isEmpty() and not rubber.refused
    small.release(small.card_point("c-marc-store"))

    assert ("c-friend", "c-marc-store") in link_pairs(small)
    assert small.stack.count() == 1
    new = next(link for link in small.project.links if link.from_card == "c-friend")
    assert small.selection.kind == "link" and small.selection.ids == (new.id,)
    assert not rubber.isVisible()
    small.undo_all()
    assert small.selection.ids == ()


def test_alt_drag_from_anywhere_on_a_card_links_it(small):
    start, end = small.card_point("c-shop", fx=0.3), small.card_point("c-marc-store")
    small.press(start, ALT)
    for t in (0.2, 0.5, 0.8, 1.0):
        small.move(start + (end - start) * t, ALT)
    small.release(end, ALT)
    assert ("c-shop", "c-marc-store") in link_pairs(small)
    assert small.project.card("c-shop").cell == small.original.card("c-shop").cell  # not moved
    assert small.stack.count() == 1
    small.undo_all()


def test_release_on_nothing_or_esc_cancels(small):
    draw_from_handle(small, "c-friend", small.vp(-5, -5))
    assert small.project == small.original and small.stack.count() == 0
    draw_from_handle(small, "c-friend", small.card_point("c-marc-store"), release=False)
    small.key(Qt.Key.Key_Escape)
    assert not small.view.map_scene.link_rubber.isVisible()
    small.release(small.card_point("c-marc-store"))
    assert small.project == small.original and small.stack.count() == 0


def test_a_link_to_itself_or_a_second_link_in_the_same_direction_is_refused(small, monkeypatch):
    reports: list[str] = []
    monkeypatch.setattr(small.view, "report", reports.append)
    draw_from_handle(small, "c-friend", small.card_point("c-friend", fx=0.3))
    assert reports and "itself" in reports[-1]
    # The sample has c-blog → c-shop already.
    draw_from_handle(small, "c-blog", small.card_point("c-shop"), release=False)
    assert small.view.map_scene.link_rubber.refused
    small.release(small.card_point("c-shop"))
    assert len(reports) == 2 and "already" in reports[-1]
    assert small.project == small.original and small.stack.count() == 0


def link_point(canvas, link_id: str) -> QPointF:
    # The path on the map (the item's record is in its band's coordinates).
    spec = next(path for path in canvas.view.map_layout().links if path.link_id == link_id)
    segment = spec.segments[len(spec.segments) // 2]
    # A point of the Bézier at t = 0.5, off the label (which may sit elsewhere).
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = segment.start, segment.c1, segment.c2, segment.end
    x = (x0 + 3 * x1 + 3 * x2 + x3) / 8
    y = (y0 + 3 * y1 + 3 * y2 + y3) / 8
    return canvas.vp(x, y + 3)  # 3 units off the stroke: still inside the wider hit area


def test_click_a_link_selects_it_and_del_deletes_it(small):
    small.click(link_point(small, "k-1"))
    assert small.selection.kind == "link" and small.selection.ids == ("k-1",)
    assert small.view.map_scene.links["k-1"].highlighted
    from journey_editor.ui.editing import verbs

    verbs.delete_selection(small.document, small.selection)  # what the Del action calls
    assert small.project.links == [] and small.stack.count() == 1
    small.undo_all()


def test_f2_edits_a_links_label_in_place(small, qtbot):
    small.click(link_point(small, "k-1"))
    small.view.rename_selected()  # F2
    editor = small.view.viewport().findChild(QLineEdit, "inline-editor")
    assert editor is not None and editor.text() == "clic"
    editor.setText("bascule")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert small.project.links[0].label == "bascule"
    assert small.stack.count() == 1
    small.undo_all()


def test_double_click_on_a_link_edits_its_label(small):
    small.double_click(link_point(small, "k-1"))
    editor = small.view.viewport().findChild(QLineEdit, "inline-editor")
    assert editor is not None and editor.isVisible()
    editor.setText("")
    editor.committed.emit()
    assert small.project.links[0].label == ""
    small.undo_all()
    QApplication.processEvents()


def test_l_then_arrows_and_enter_links_from_the_keyboard(small):
    small.view.setFocus()
    small.selection.set("card", ("c-friend",))
    small.view.link_selected_card()  # `L` (Card ▸ Link to…)
    mode = small.view.keyboard.link_mode
    assert mode.active and mode.target is not None
    rubber = small.view.map_scene.link_rubber
    assert rubber.isVisible()
    first = mode.target
    small.key(Qt.Key.Key_Down)
    small.key(Qt.Key.Key_Up)
    assert mode.target == first  # down then up: back where it was
    small.key(Qt.Key.Key_Down)
    target = mode.target
    assert target not in (None, "c-friend")
    small.key(Qt.Key.Key_Return)
    assert not mode.active and not rubber.isVisible()
    assert link_pairs(small)[-1] == ("c-friend", target)
    assert small.stack.count() == 1 and small.selection.kind == "link"
    small.undo_all()


def test_esc_leaves_link_mode_without_a_change(small):
    small.selection.set("card", ("c-blog",))
    small.view.link_selected_card()
    small.key(Qt.Key.Key_Right)
    small.key(Qt.Key.Key_Escape)
    assert not small.view.keyboard.link_mode.active
    assert small.selection.ids == ("c-blog",)  # Esc left link mode, not the selection
    assert small.project == small.original and small.stack.count() == 0


def test_a_drop_over_a_link_lands_in_the_cell_beneath(small):
    from journey_editor.layout import cell_at
    from journey_editor.ui.canvas.interactions.hits import drop_cell_at, hit_at, scene_point

    pos = link_point(small, "k-1")
    assert hit_at(small.view, pos).kind == "link"
    point = scene_point(small.view, pos)
    beneath = cell_at(small.layout, point.x(), point.y())
    found = drop_cell_at(small.view, pos)
    assert (found[0] if found else None) == beneath
