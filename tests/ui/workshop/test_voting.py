"""Dot voting in the window: V adds a vote to the selected cards and Shift+V takes one off
(never below 0), each press one undo step; the votes are saved and read back; Map → Clear
votes is one step; View → Top voted lists the cards by votes and a click selects and shows
the card; the inspector corrects a count; the canvas draws the dots."""

from __future__ import annotations

import json

from PySide6.QtCore import QPointF, Qt

from journey_editor.edits import MoveCards
from journey_editor.layout import card_style, colours
from journey_editor.persistence import load_project

V = Qt.Key.Key_V
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def votes(window, card_id: str) -> int:
    return window.document.project.card(card_id).votes


def test_v_three_times_makes_three_votes_saved_and_read_back_and_undone(canvas, window, map_path):
    canvas.click_card("c-blog")
    assert window.selection.card_ids() == ("c-blog",)
    stack = window.document.undo_stack
    before = stack.count()
    canvas.press(V, times=3)
    assert votes(window, "c-blog") == 3
    assert stack.count() == before + 3  # each press its own undo step
    assert stack.undoText() == "Add a vote"

    assert window.files.save()
    document = json.loads(map_path.read_bytes())
    assert document["schema_version"] == 4
    (card,) = [card for card in document["cards"] if card["id"] == "c-blog"]
    assert card["votes"] == 3
    assert load_project(map_path).card("c-blog").votes == 3

    canvas.press(Qt.Key.Key_Z, CTRL, times=3)
    assert votes(window, "c-blog") == 0


def test_v_votes_on_every_selected_card_and_shift_v_takes_one_off_down_to_zero(canvas, window):
    canvas.click_card("c-blog")
    canvas.click_card("c-shop", CTRL)
    assert set(window.selection.card_ids()) == {"c-blog", "c-shop"}
    canvas.press(V)
    canvas.press(V)
    assert votes(window, "c-blog") == votes(window, "c-shop") == 2
    stack = window.document.undo_stack
    count = stack.count()
    canvas.press(V, SHIFT)
    assert votes(window, "c-blog") == votes(window, "c-shop") == 1
    assert stack.count() == count + 1
    assert stack.undoText() == "Remove a vote"
    canvas.press(V, SHIFT)
    assert votes(window, "c-blog") == 0
    # Nothing left to take: no undo step, and the status bar says why.
    canvas.press(V, SHIFT)
    assert votes(window, "c-blog") == 0
    assert stack.count() == count + 2
    assert "no votes" in window.statusBar().currentMessage()


def test_clear_votes_is_one_undo_step(canvas, window):
    canvas.click_card("c-blog")
    canvas.press(V, times=2)
    canvas.click_card("c-queue")
    canvas.press(V)
    stack = window.document.undo_stack
    count = stack.count()
    window.menus.actions["clear_votes"].trigger()
    assert all(card.votes == 0 for card in window.document.project.cards)
    assert stack.count() == count + 1
    assert stack.undoText() == "Clear votes"
    stack.undo()
    assert votes(window, "c-blog") == 2 and votes(window, "c-queue") == 1


def test_top_voted_lists_by_votes_and_a_click_selects_and_shows_the_card(qtbot, canvas, window):
    for card_id, count in (("c-shop", 1), ("c-marc-store", 4), ("c-blog", 2)):
        canvas.click_card(card_id)
        canvas.press(V, times=count)
    window.selection.clear()
    window.view.zoom.set(2.0)  # so that a card can be out of sight, however wide the canvas
    window.menus.actions["top_voted"].trigger()
    dock = window.top_voted
    qtbot.waitUntil(dock.isVisible)
    assert dock.card_ids() == ["c-marc-store", "c-blog", "c-shop"]
    tree = dock.tree
    assert [tree.topLevelItem(row).text(0) for row in range(3)] == ["4", "2", "1"]
    assert tree.topLevelItem(0).text(1) == "Essayage en boutique"
    assert tree.topLevelItem(0).text(2) == "Marc · Achat"

    # The list follows the votes.
    canvas.click_card("c-shop")
    canvas.press(V, times=4)
    assert dock.card_ids()[0] == "c-shop"

    view = window.view
    box = view.map_layout().cards["c-marc-store"].rect
    centre = QPointF(box.x + box.width / 2, box.y + box.height / 2)

    def in_sight() -> bool:
        return view.mapToScene(view.viewport().rect()).boundingRect().contains(centre)

    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    assert not in_sight()
    item = tree.topLevelItem(dock.card_ids().index("c-marc-store"))
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.card_ids() == ("c-marc-store",)
    assert in_sight(), (view.mapToScene(view.viewport().rect()).boundingRect(), centre)


def test_top_voted_looks_again_only_when_an_edit_can_change_it(qtbot, canvas, window):
    """A move of a card without votes leaves the list as it is (no pass over a big map per
    edit); a listed card that moves, or a vote, brings it up to date."""
    canvas.click_card("c-marc-store")
    canvas.press(V, times=2)
    window.menus.actions["top_voted"].trigger()
    dock = window.top_voted
    qtbot.waitUntil(dock.isVisible)
    first = dock.tree.topLevelItem(0)
    assert dock.card_ids() == ["c-marc-store"]
    window.document.apply(MoveCards(("c-blog",), "p-lea", "l-lea-pain", "s-buy", 0))
    assert dock.tree.topLevelItem(0) is first  # not rebuilt
    window.document.apply(MoveCards(("c-marc-store",), "p-marc", "l-marc-touch", "s-use", 0))
    assert dock.tree.topLevelItem(0) is not first and dock.card_ids() == ["c-marc-store"]
    assert dock.tree.topLevelItem(0).text(2) == "Marc · Usage"
    canvas.click_card("c-blog")
    canvas.press(V)
    assert dock.card_ids() == ["c-marc-store", "c-blog"]


def test_the_inspector_corrects_a_count_in_one_step(canvas, window):
    canvas.click_card("c-blog")
    spin = window.inspector.card_page.votes
    assert spin.isVisible() and spin.value() == 0
    canvas.press(V)
    assert spin.value() == 1
    count = window.document.undo_stack.count()
    spin.setValue(7)
    assert votes(window, "c-blog") == 7
    assert window.document.undo_stack.count() == count + 1


def test_the_canvas_draws_the_dots_where_the_layout_puts_them(canvas, window):
    canvas.click_card("c-shop")
    canvas.press(V, times=7)
    window.selection.clear()
    view = window.view
    view.zoom.set(1.5)
    view.reveal("c-shop")
    box = view.map_layout().cards["c-shop"]
    assert box.votes == 7
    marks = card_style.vote_marks(box.rect, 7)
    assert len(marks.dots) == 5 and marks.pill is not None
    image = view.viewport().grab().toImage()
    vote = tuple(round(c * 255) for c in colours.rgb(colours.VOTE))

    def purple_at(x: float, y: float) -> bool:
        point = view.mapFromScene(QPointF(x, y))
        colour = image.pixelColor(point)
        got = (colour.red(), colour.green(), colour.blue())
        return all(abs(a - b) < 40 for a, b in zip(got, vote, strict=True))

    for dot in marks.dots:
        assert purple_at(dot.x + dot.width / 2, dot.y + dot.height / 2)
    assert purple_at(marks.pill.x + 1.5, marks.pill.y + marks.pill.height / 2)
    # The title is not covered: the first line's middle has no vote colour.
    title = box.title.rect
    assert not purple_at(title.x + 2, title.y + title.height / 2)


def test_v_typed_in_a_card_title_is_a_letter_not_a_vote(qtbot, canvas, window):
    canvas.click_card("c-blog")
    canvas.press(Qt.Key.Key_F2)
    editor = window.view.inline_editor
    assert editor.is_open
    target = window.focusWidget()
    qtbot.keyClicks(target, " vv")
    canvas.qtbot.keyClick(target, Qt.Key.Key_V, SHIFT)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    # The title was selected: the letters replaced it (Shift+V too, whatever its case).
    assert window.document.project.card("c-blog").title.lower() == " vvv"
    assert votes(window, "c-blog") == 0
