"""Clicks, Ctrl+clicks, header clicks, empty cells and the rubber band, against Selection."""

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def test_click_selects_a_card_and_ctrl_click_toggles(small):
    small.click(small.card_point("c-blog"))
    assert small.selection.kind == "card" and small.selection.ids == ("c-blog",)
    small.click(small.card_point("c-shop"), CTRL)
    assert small.selection.ids == ("c-blog", "c-shop")
    small.click(small.card_point("c-blog"), CTRL)
    assert small.selection.ids == ("c-shop",)
    small.click(small.card_point("c-friend"))
    assert small.selection.ids == ("c-friend",)
    scene = small.view.map_scene
    assert scene.cards["c-friend"].highlighted and not scene.cards["c-shop"].highlighted


def test_clicking_headers_selects_stage_persona_or_lane(small):
    scene = small.view.map_scene
    small.click(small.item_point(scene.stages["s-buy"]))
    assert (small.selection.kind, small.selection.ids) == ("stage", ("s-buy",))
    assert scene.stages["s-buy"].highlighted
    small.click(small.item_point(scene.personas["p-marc"]))
    assert (small.selection.kind, small.selection.ids) == ("persona", ("p-marc",))
    assert not scene.stages["s-buy"].highlighted
    small.click(small.item_point(scene.lanes["l-lea-pain"]))
    assert (small.selection.kind, small.selection.ids) == ("lane", ("l-lea-pain",))


def test_clicking_an_empty_cell_selects_nothing_but_remembers_the_cell(small):
    small.click(small.card_point("c-blog"))
    assert small.view.selected_cell() == ("p-lea", "l-lea-touch", "s-discover")
    cell = small.layout.cells[("p-lea", "l-lea-pain", "s-use")]
    small.click(small.centre_of(cell.rect))
    assert small.selection.ids == ()
    assert small.view.selected_cell() == ("p-lea", "l-lea-pain", "s-use")
    assert small.view.map_scene.current_cell.isVisible()
    small.key(Qt.Key.Key_Escape)
    assert small.view.selected_cell() is None


def test_rubber_band_selects_the_cards_it_touches(small):
    blog = small.layout.cards["c-blog"].rect
    shop = small.layout.cards["c-shop"].rect
    cell = small.layout.cells[("p-lea", "l-lea-touch", "s-discover")].rect
    start = small.vp(cell.x + 2, cell.y + 2)  # empty space in the cell's padding
    end = small.vp(shop.x + 10, blog.bottom + 20)
    small.drag(start, end)
    assert set(small.selection.card_ids()) == {"c-blog", "c-friend", "c-shop"}
    assert small.stack.count() == 0


def test_ctrl_rubber_band_adds_to_the_selection(small):
    small.click(small.card_point("c-marc-store"))
    cell = small.layout.cells[("p-lea", "l-lea-touch", "s-discover")].rect
    blog = small.layout.cards["c-blog"].rect
    small.press(small.vp(cell.x + 2, cell.y + 2), CTRL)
    for step in range(1, 5):
        small.move(small.vp(cell.x + 2 + step * 10, blog.y + step * 4), CTRL)
    small.release(small.vp(cell.x + 42, blog.y + 16), CTRL)
    assert set(small.selection.card_ids()) == {"c-marc-store", "c-blog"}


def test_the_selection_survives_edits_and_forgets_deleted_cards(small):
    small.click(small.card_point("c-shop"))
    small.drag(small.card_point("c-blog"), small.card_point("c-marc-store", fy=0.9))
    assert small.selection.ids == ("c-blog",)  # the dragged card became the selection
    small.click(small.card_point("c-shop"))
    small.stack.undo()
    assert small.selection.ids == ("c-shop",)
    assert small.view.map_scene.cards["c-shop"].highlighted
    from journey_editor.ui.editing import verbs

    verbs.delete_selection(small.document, small.selection)
    assert "c-shop" not in small.view.map_scene.cards
    small.stack.undo()
    assert small.view.map_scene.cards["c-shop"].card_rect().width() > 0


def test_external_selection_changes_are_mirrored(small):
    small.selection.set("card", ("c-queue", "c-blog"))
    scene = small.view.map_scene
    assert scene.cards["c-queue"].highlighted and scene.cards["c-blog"].highlighted
    small.selection.set("persona", ("p-lea",))
    assert not scene.cards["c-queue"].highlighted and scene.personas["p-lea"].highlighted


def test_selected_cell_follows_the_focused_card(small):
    small.selection.set("card", ("c-marc-store",))
    assert small.view.selected_cell() == ("p-marc", "l-marc-touch", "s-buy")
    small.selection.set("stage", ("s-buy",))
    assert small.view.selected_cell() is None
