"""Spotlight and filters: views of the map, never edits of it. Filtering hides cards and
lanes on screen (they cannot be clicked or selected), the spotlight dims all but a persona or
a stage (a dimmed card cannot be selected, so no key edits it by accident); the bar says a
filter is on and clears it in one click; the undo stack stays as it was and the saved file
keeps its bytes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journey_editor.layout.view_filter import ViewFilter
from journey_editor.persistence import project_to_bytes

V = Qt.Key.Key_V
CTRL = Qt.KeyboardModifier.ControlModifier


def submenu_action(window, path: str, name: str):
    """An entry of a View ▸ Spotlight and filters submenu, filled as when it opens."""
    menu = window.menus.menus[path]
    menu.aboutToShow.emit()
    return next(action for action in menu.actions() if action.objectName() == name)


def shown_cards(window) -> set[str]:
    return set(window.view.map_scene.cards)


def test_a_filter_hides_cards_but_the_file_and_the_undo_stack_do_not_change(
    canvas, window, map_path
):
    on_disk = map_path.read_bytes()
    stack = window.document.undo_stack
    count = stack.count()
    canvas.click_card("c-friend")
    assert window.selection.card_ids() == ("c-friend",)

    submenu_action(window, "view/filter/evidence", "filter_evidence_observed").trigger()
    assert shown_cards(window) == {"c-blog"}  # the only observed card
    assert window.selection.card_ids() == ()  # a hidden card does not stay selected
    submenu_action(window, "view/filter/tag", "filter_tag:caisse").trigger()
    assert shown_cards(window) == set()  # observed and tagged «caisse»: none
    submenu_action(window, "view/filter/evidence", "filter_evidence_observed").trigger()
    assert shown_cards(window) == {"c-queue"}  # the evidence filter toggled off
    submenu_action(window, "view/filter/lanes", "filter_lanes_emotions").trigger()
    assert "l-lea-emotion" not in window.view.map_scene.lanes
    assert window.view.view_filter == ViewFilter(
        tag="caisse", hidden_lane_kinds=frozenset({"emotions"})
    )

    # Only a view: nothing to undo, nothing modified, the map's bytes as they were.
    assert stack.count() == count
    assert not window.isWindowModified()
    assert project_to_bytes(window.document.project) == on_disk
    assert window.files.save()
    assert map_path.read_bytes() == on_disk

    # The bar says so, and one click shows everything again.
    bar = window.filter_bar
    assert bar.isVisible()
    assert "caisse" in bar.label.text() and "Emotions" in bar.label.text()
    canvas.qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert shown_cards(window) == {card.id for card in window.document.project.cards}
    assert "l-lea-emotion" in window.view.map_scene.lanes


def test_a_hidden_card_cannot_be_clicked_nor_selected_by_select_all(canvas, window):
    point = canvas.point_of("c-friend")
    window.view.set_view_filter(ViewFilter(evidence="observed"))
    canvas.click_at(point)  # where the card was: it is not there any more
    assert "c-friend" not in window.view.map_layout().cards
    assert "c-friend" not in window.selection.card_ids()
    canvas.press(Qt.Key.Key_A, CTRL)
    assert window.selection.card_ids() == ("c-blog",)


def test_the_spotlight_dims_all_but_the_stage_and_dimmed_cards_cannot_be_edited(canvas, window):
    stack = window.document.undo_stack
    count = stack.count()
    canvas.click_card("c-shop")  # in the «Achat» stage
    window.menus.actions["spotlight_stage"].trigger()
    view = window.view
    assert view.view_filter.spotlight == ("stage", "s-buy")
    assert view.map_scene.veil.isVisible()
    assert window.filter_bar.isVisible() and "Achat" in window.filter_bar.label.text()
    # Nothing moved: the spotlight only veils.
    assert shown_cards(window) == {card.id for card in window.document.project.cards}
    assert view.map_scene.stages["s-discover"].opacity() < 1.0
    assert view.map_scene.stages["s-buy"].opacity() == 1.0

    # A click on a dimmed card selects nothing; V then votes on nothing.
    canvas.click_card("c-blog")
    assert window.selection.card_ids() == ()
    canvas.press(V)
    assert window.document.project.card("c-blog").votes == 0
    # Select all takes the lit cards only.
    canvas.press(Qt.Key.Key_A, CTRL)
    assert set(window.selection.card_ids()) == {"c-shop", "c-queue", "c-marc-store"}
    # A lit card is clicked and voted on as always.
    canvas.click_card("c-queue")
    canvas.press(V)
    assert window.document.project.card("c-queue").votes == 1
    assert stack.count() == count + 1

    # The same command again turns the spotlight off.
    canvas.click_card("c-queue")
    window.menus.actions["spotlight_stage"].trigger()
    assert view.view_filter.spotlight is None
    assert not view.map_scene.veil.isVisible()
    assert view.map_scene.stages["s-discover"].opacity() == 1.0
    assert not window.filter_bar.isVisible()


def test_the_persona_spotlight_and_the_way_to_a_dimmed_card_from_top_voted(qtbot, canvas, window):
    canvas.click_card("c-marc-store")
    canvas.press(V, times=2)
    window.selection.set("persona", ["p-lea"])
    window.menus.actions["spotlight_persona"].trigger()
    assert window.view.view_filter.spotlight == ("persona", "p-lea")
    assert not window.view.shows_card("c-marc-store")
    assert window.view.map_scene.personas["p-marc"].opacity() < 1.0
    # Top voted leads to it anyway: the spotlight goes, the card is selected.
    window.menus.actions["top_voted"].trigger()
    tree = window.top_voted.tree
    qtbot.waitUntil(tree.isVisible)
    rect = tree.visualItemRect(tree.topLevelItem(0))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.view_filter == ViewFilter()
    assert window.selection.card_ids() == ("c-marc-store",)


def test_a_spotlight_with_nothing_selected_says_what_to_select(window):
    window.selection.clear()
    window.menus.actions["spotlight_stage"].trigger()
    assert window.view.view_filter.spotlight is None
    assert "Select a stage" in window.statusBar().currentMessage()


def test_filters_start_clear_on_another_map(window, small_project):
    window.view.set_view_filter(ViewFilter(tag="caisse", spotlight=("stage", "s-buy")))
    window.document.replace_project(small_project.model_copy(deep=True), None)
    assert window.view.view_filter == ViewFilter()
    assert not window.filter_bar.isVisible()


def test_a_veiled_point_blocks_the_click_and_a_lit_point_does_not(canvas, window):
    view = window.view
    view.set_view_filter(ViewFilter(spotlight=("persona", "p-marc")))
    box = view.map_layout().cards["c-marc-store"].rect
    lit = view.mapFromScene(QPointF(box.x + 5, box.y + 5))
    canvas.click_at(lit)
    assert window.selection.card_ids() == ("c-marc-store",)


def test_the_arrow_keys_cross_what_the_spotlight_dims(canvas, window):
    window.view.set_view_filter(ViewFilter(spotlight=("stage", "s-buy")))
    canvas.click_card("c-shop")
    canvas.press(Qt.Key.Key_Left)  # Découverte is dimmed: nothing lit that way
    assert window.selection.card_ids() == ("c-shop",)
    canvas.press(Qt.Key.Key_Down, times=2)  # the empty emotions cell, then the pain point
    assert window.selection.card_ids() == ("c-queue",)
    canvas.press(Qt.Key.Key_Down)
    assert window.selection.card_ids() == ("c-marc-store",)
