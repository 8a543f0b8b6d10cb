"""Arrow keys, Tab / Shift+Tab and Esc on the canvas; the keys the main window owns are left
alone (they reach the window's QActions)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from journey_editor.layout import LayoutOptions, compute_layout
from journey_editor.ui.canvas.navigation import first_position, neighbour

K = Qt.Key


def test_arrows_walk_cards_cells_and_lanes(small):
    small.click(small.card_point("c-blog"))
    small.key(K.Key_Down)
    assert small.selection.ids == ("c-friend",)
    small.key(K.Key_Up)
    assert small.selection.ids == ("c-blog",)
    small.key(K.Key_Right)
    assert small.selection.ids == ("c-shop",)  # the neighbouring stage, same lane
    small.key(K.Key_Down)  # the emotions lane below is empty there: the cell itself
    assert small.selection.ids == ()
    assert small.view.selected_cell() == ("p-lea", "l-lea-emotion", "s-buy")
    small.key(K.Key_Down)
    assert small.selection.ids == ("c-queue",)
    small.key(K.Key_Down)  # across into Marc's band
    assert small.selection.ids == ("c-marc-store",)
    small.key(K.Key_Down)  # the map's last lane: stays
    assert small.selection.ids == ("c-marc-store",)
    assert small.stack.count() == 0 and small.project == small.original


def test_tab_and_shift_tab_go_to_the_next_and_previous_stage(small):
    small.click(small.card_point("c-friend"))
    assert small.view.focusNextPrevChild(True)
    assert small.selection.ids == ("c-shop",)
    assert small.view.focusNextPrevChild(True)
    assert small.view.selected_cell() == ("p-lea", "l-lea-touch", "s-use")
    assert small.view.focusNextPrevChild(False)
    assert small.selection.ids == ("c-shop",)


def test_tab_without_a_selection_lets_focus_leave(small):
    small.selection.clear()
    assert small.view.keyboard.tab(True) is False


def test_escape_clears_the_selection(small):
    small.click(small.card_point("c-blog"))
    small.key(K.Key_Escape)
    assert small.selection.ids == ()


def test_arrows_from_nothing_start_at_the_first_card(small):
    small.key(K.Key_Right)
    assert small.selection.ids == ("c-blog",)


def test_arrows_from_a_header_land_in_its_first_cell(small):
    small.selection.set("stage", ("s-buy",))
    small.key(K.Key_Down)
    assert small.selection.ids == ("c-shop",)


def test_the_canvas_leaves_card_keys_to_the_window(small):
    small.click(small.card_point("c-blog"))
    for key, text in ((K.Key_3, "3"), (K.Key_Minus, "-"), (K.Key_Delete, ""), (K.Key_F2, "")):
        event = QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        assert not small.view.keyboard.key_press(event)
    assert small.project == small.original


def test_arrow_navigation_reveals_the_target(french):
    view = french.view
    last = french.project.personas[-1]
    card = next(c for c in reversed(french.project.cards) if c.persona == last.id)
    french.selection.set("card", (card.id,))
    view.reveal(card.id)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.cards[card.id].card_rect())
    french.key(K.Key_Up)
    moved = french.selection.card_ids() or ()
    if moved:
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        assert visible.intersects(view.map_scene.cards[moved[0]].card_rect())


def test_navigation_in_a_multi_column_cell(small_project):
    # Six cards in one cell, narrow cards: two grid columns, row-major.
    from journey_editor.model import Card

    for n in range(4):
        small_project.cards.append(
            Card(
                id=f"c-x{n}", persona="p-lea", lane="l-lea-touch", stage="s-discover", title=f"x{n}"
            )
        )
    layout = compute_layout(small_project, LayoutOptions(title_block=False, card_min_width=70))
    cell = ("p-lea", "l-lea-touch", "s-discover")
    order = layout.cells[cell].card_ids
    assert layout.cells[cell].columns == 2
    assert neighbour(layout, (cell, order[0]), "right") == (cell, order[1])
    assert neighbour(layout, (cell, order[0]), "down") == (cell, order[2])
    assert neighbour(layout, (cell, order[3]), "up") == (cell, order[1])
    assert neighbour(layout, (cell, order[1]), "right")[0][2] == "s-buy"
    assert first_position(layout) == (cell, order[0])


def test_arrows_past_the_top_and_left_edges_select_the_headers(small):
    small.click(small.card_point("c-blog"))  # top lane, first stage
    small.key(K.Key_Up)
    assert (small.selection.kind, small.selection.ids) == ("stage", ("s-discover",))
    small.key(K.Key_Right)
    assert small.selection.ids == ("s-buy",)  # along the stage row
    small.key(K.Key_Up)
    assert small.selection.ids == ("s-buy",)  # nothing above: stays
    small.key(K.Key_Down)
    assert small.selection.ids == ("c-shop",)  # back into the map
    small.key(K.Key_Left)
    small.key(K.Key_Left)
    assert (small.selection.kind, small.selection.ids) == ("lane", ("l-lea-touch",))
    small.key(K.Key_Down)
    assert small.selection.ids == ("l-lea-emotion",)  # along the lane column
    small.key(K.Key_Left)
    assert (small.selection.kind, small.selection.ids) == ("persona", ("p-lea",))
    small.key(K.Key_Down)
    assert small.selection.ids == ("p-marc",)
    small.key(K.Key_Right)
    assert small.selection.ids == ("c-marc-store",) or small.view.selected_cell() == (
        "p-marc",
        "l-marc-touch",
        "s-discover",
    )
    assert small.stack.count() == 0 and small.project == small.original


def test_the_menu_key_opens_the_menu_of_the_current_card_header_or_cell(small, monkeypatch):
    from journey_editor.ui.canvas import view as view_module

    shown: list[tuple[list[str], object]] = []

    def look(menu, position) -> None:
        shown.append(([a.text() for a in menu.actions() if a.text()], position))

    monkeypatch.setattr(view_module, "show_menu", look)
    small.click(small.card_point("c-shop"))
    small.key(K.Key_Menu)
    texts, position = shown[-1]
    assert len(texts) > 4 and any("Channel" in t or "Canal" in t for t in texts)
    # Shown over the card, not wherever the mouse happens to be.
    card = small.view.map_scene.cards["c-shop"].card_rect()
    local = small.view.viewport().mapFromGlobal(position)
    assert card.adjusted(-2, -2, 2, 2).contains(small.view.mapToScene(local))
    small.key(K.Key_Up)  # the top lane: up to the stage header
    assert small.selection.kind == "stage"
    small.key(K.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert len(shown) == 2 and shown[-1][0] != texts  # the header's own menu
    assert small.project == small.original
