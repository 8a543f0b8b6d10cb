"""Dragging cards with real mouse events: move, reorder, copy, cancel, undo and redo."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def test_drag_moves_a_card_across_personas_and_stages_to_the_index_under_the_cursor(small):
    marc_store = small.layout.cards["c-marc-store"].rect
    # Below the middle of Marc's only card in "Achat": index 1 of that cell.
    target = small.vp(marc_store.x + 20, marc_store.bottom - 3)
    small.drag(small.card_point("c-blog"), target)

    card = small.project.card("c-blog")
    assert card.cell == ("p-marc", "l-marc-touch", "s-buy")
    assert small.cell_order("p-marc", "l-marc-touch", "s-buy") == ["c-marc-store", "c-blog"]
    assert small.stack.count() == 1  # one undo step for the whole drag
    assert small.layout.cards["c-blog"].cell == ("p-marc", "l-marc-touch", "s-buy")

    small.undo_all()
    small.redo_all()
    assert small.cell_order("p-marc", "l-marc-touch", "s-buy") == ["c-marc-store", "c-blog"]


def test_drag_to_the_top_of_a_cell_inserts_first(small):
    small.drag(small.card_point("c-blog"), small.card_point("c-marc-store", fy=0.1))
    assert small.cell_order("p-marc", "l-marc-touch", "s-buy") == ["c-blog", "c-marc-store"]
    small.undo_all()


def test_drag_into_an_empty_cell_of_another_stage(small):
    cell = small.layout.cells[("p-lea", "l-lea-pain", "s-use")]
    small.drag(small.card_point("c-shop"), small.centre_of(cell.rect))
    assert small.project.card("c-shop").cell == ("p-lea", "l-lea-pain", "s-use")
    small.undo_all()


def test_drag_reorders_within_a_cell(small):
    assert small.cell_order("p-lea", "l-lea-touch", "s-discover") == ["c-blog", "c-friend"]
    small.drag(small.card_point("c-friend"), small.card_point("c-blog", fy=0.15))
    assert small.cell_order("p-lea", "l-lea-touch", "s-discover") == ["c-friend", "c-blog"]
    assert small.stack.count() == 1
    small.undo_all()


def test_dropping_a_card_where_it_already_is_adds_no_undo_step(small):
    start = small.card_point("c-blog", fy=0.3)
    small.drag(start, small.card_point("c-blog", fy=0.6))
    assert small.stack.count() == 0
    assert small.project == small.original


def test_ctrl_drag_copies_with_fresh_ids(small):
    before = {card.id for card in small.project.cards}
    small.drag(small.card_point("c-shop"), small.card_point("c-marc-store", fy=0.9), modifiers=CTRL)

    new_ids = {card.id for card in small.project.cards} - before
    assert len(new_ids) == 1
    copy = small.project.card(new_ids.pop())
    original = small.project.card("c-shop")
    assert original.cell == ("p-lea", "l-lea-touch", "s-buy")  # the original stays
    assert copy.cell == ("p-marc", "l-marc-touch", "s-buy")
    assert (copy.title, copy.channel, copy.effort) == (original.title, "website", 3)
    assert small.cell_order("p-marc", "l-marc-touch", "s-buy")[-1] == copy.id
    assert small.selection.card_ids() == (copy.id,)  # the copy is selected
    assert copy.id in small.view.map_scene.cards
    small.undo_all()
    assert copy.id not in small.view.map_scene.cards


def test_drop_outside_any_cell_changes_nothing_and_items_snap_back(small):
    item = small.view.map_scene.cards["c-blog"]
    position = item.pos()
    persona_header = small.view.map_scene.personas["p-marc"]
    small.drag(small.card_point("c-blog"), small.item_point(persona_header))
    assert small.project == small.original
    assert small.stack.count() == 0
    assert item.pos() == position and item.opacity() == 1.0
    assert not small.view.map_scene.drop_indicator.isVisible()
    # Beyond the map's right edge, too.
    right = small.layout.width + 10
    small.drag(small.card_point("c-blog"), small.vp(right, small.layout.body_top + 20))
    assert small.project == small.original


def test_escape_during_a_drag_cancels_it(small):
    start = small.card_point("c-blog")
    end = small.card_point("c-marc-store")
    small.drag(start, end, release=False)
    scene = small.view.map_scene
    assert scene.drop_indicator.isVisible()
    ghosts = [i for i in scene.items() if type(i).__name__ == "CardGhostItem"]
    assert len(ghosts) == 1
    small.key(Qt.Key.Key_Escape)
    assert not scene.drop_indicator.isVisible()
    assert not [i for i in scene.items() if type(i).__name__ == "CardGhostItem"]
    small.release(end)
    assert small.project == small.original
    assert small.selection.card_ids() == ("c-blog",)  # Esc ends the drag, not the selection


def test_drop_indicator_marks_the_landing_line_while_dragging(small):
    small.drag(small.card_point("c-blog"), small.card_point("c-marc-store", fy=0.1), release=False)
    line = small.view.map_scene.drop_indicator.line
    card = small.layout.cards["c-marc-store"].rect
    assert line.y1() == line.y2() and line.y1() < card.y  # above Marc's card: index 0
    small.key(Qt.Key.Key_Escape)
    small.release(small.card_point("c-marc-store"))


def test_dragging_one_card_of_a_selection_moves_them_all(small):
    small.click(small.card_point("c-blog"))
    small.click(small.card_point("c-shop"), CTRL)
    assert set(small.selection.card_ids()) == {"c-blog", "c-shop"}
    small.drag(small.card_point("c-shop"), small.card_point("c-marc-store", fy=0.9))
    order = small.cell_order("p-marc", "l-marc-touch", "s-buy")
    assert order == ["c-marc-store", "c-blog", "c-shop"]  # map order kept
    assert small.stack.count() == 1
    assert set(small.selection.card_ids()) == {"c-blog", "c-shop"}
    small.undo_all()


def test_a_card_move_updates_only_the_touched_items(french):
    scene = french.view.map_scene
    project = french.project
    julien, marc = project.personas[0].id, project.personas[1].id
    items_before = dict(scene.cards)
    positions = {card_id: item.pos() for card_id, item in items_before.items()}
    specs = {card_id: item.spec for card_id, item in items_before.items()}
    marc_cards = [c for c in project.cards if c.persona == marc]
    mover = marc_cards[0]
    target_cell = next(
        key
        for key, cell in french.layout.cells.items()
        if key[0] == marc and key[2] != mover.stage and cell.card_ids
    )
    target = french.layout.cards[french.layout.cells[target_cell].card_ids[0]].rect
    french.view.reveal(mover.id)
    start = french.card_point(mover.id)
    french.drag(start, french.vp(target.x + 10, target.y + 3))
    assert project.card(mover.id).cell == target_cell

    report = french.view.last_sync
    assert mover.id in report.updated and not report.created and not report.removed
    touched_personas = {scene.cards[card_id].persona for card_id in report.updated}
    assert julien not in touched_personas  # the band above is untouched
    for card in project.cards:
        if card.persona == julien:
            item = scene.cards[card.id]
            assert item is items_before[card.id]  # the very same item …
            assert item.spec is specs[card.id]  # … never given a new box …
            assert item.pos() == positions[card.id]  # … nor moved
    assert scene.cards.keys() == items_before.keys()
    french.undo_all()


def test_pressing_ctrl_mid_drag_turns_the_ghost_into_a_copy(small):
    small.drag(small.card_point("c-blog"), small.card_point("c-marc-store"), release=False)
    ghost = next(i for i in small.view.map_scene.items() if type(i).__name__ == "CardGhostItem")
    assert not ghost.copying
    # As a platform sends them: the state before the key; QKeyEvent.modifiers() adds the key.
    view = small.view
    no = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Control, no))
    assert ghost.copying
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Control, CTRL))
    assert not ghost.copying
    small.key(Qt.Key.Key_Escape)
    small.release(small.card_point("c-marc-store"))
    assert small.project == small.original
