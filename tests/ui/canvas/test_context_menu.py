"""Context menus: built for what is under the cursor, each entry one undo step."""

from journey_editor.ui.canvas.interactions.context_menu import menu_for
from journey_editor.ui.canvas.interactions.hits import hit_at


def actions(menu) -> dict[str, object]:
    """Every action of a menu and its submenus, by "Menu ▸ Entry" path."""
    found = {}
    for action in menu.actions():
        if action.menu() is not None:
            for name, sub in actions(action.menu()).items():
                found[f"{action.text()} ▸ {name}"] = sub
        elif action.text():
            found[action.text()] = action
    return found


def test_card_menu_sets_effort_emotion_channel_and_flags(small):
    menu = menu_for(small.view, hit_at(small.view, small.card_point("c-blog")))
    entries = actions(menu)
    assert {"Rename", "Duplicate", "Delete", "Moment of truth", "Exit point"} <= set(entries)
    assert small.selection.ids == ("c-blog",)
    entries["Effort ▸ 4"].trigger()
    entries["Emotion ▸ −2 very negative"].trigger()
    entries["Channel ▸ Site"].trigger()
    entries["Moment of truth"].trigger()
    card = small.project.card("c-blog")
    assert (card.effort, card.emotion, card.channel, card.moment_of_truth) == (
        4,
        -2,
        "website",
        True,
    )
    assert small.stack.count() == 4
    assert small.layout.cards["c-blog"].effort == 4  # the picture follows
    entries = actions(menu_for(small.view, hit_at(small.view, small.card_point("c-blog"))))
    assert entries["Moment of truth"].isChecked() and entries["Effort ▸ 4"].isChecked()
    entries["Effort ▸ None"].trigger()
    assert small.project.card("c-blog").effort is None
    small.undo_all()


def test_card_menu_duplicates_and_deletes(small):
    entries = actions(menu_for(small.view, hit_at(small.view, small.card_point("c-shop"))))
    entries["Duplicate"].trigger()
    order = small.cell_order("p-lea", "l-lea-touch", "s-buy")
    assert len(order) == 2 and order[0] == "c-shop"
    assert small.selection.ids == (order[1],)
    entries = actions(menu_for(small.view, hit_at(small.view, small.card_point("c-shop"))))
    entries["Delete"].trigger()
    assert "c-shop" not in {c.id for c in small.project.cards}
    small.undo_all()


def test_stage_header_menu_adds_around_and_deletes_with_cards(small):
    header = small.view.map_scene.stages["s-buy"]
    entries = actions(menu_for(small.view, hit_at(small.view, small.item_point(header))))
    assert small.selection.kind == "stage"
    entries["Add stage after"].trigger()
    assert [s.id for s in small.project.stages][:2] == ["s-discover", "s-buy"]
    assert len(small.project.stages) == 4 and small.view.inline_editor.kind == "stage"
    small.view.inline_editor.cancel()
    header = small.view.map_scene.stages["s-buy"]
    entries = actions(menu_for(small.view, hit_at(small.view, small.item_point(header))))
    entries["Delete stage (with its cards)"].trigger()
    assert "s-buy" not in {s.id for s in small.project.stages}
    assert all(card.stage != "s-buy" for card in small.project.cards)
    small.undo_all()


def test_persona_and_lane_menus_add_lanes(small):
    header = small.view.map_scene.personas["p-marc"]
    entries = actions(menu_for(small.view, hit_at(small.view, small.item_point(header))))
    entries["Add lane ▸ Pain points"].trigger()
    assert [lane.kind for lane in small.project.persona("p-marc").lanes] == [
        "touchpoints",
        "pain_points",
    ]
    label = small.view.map_scene.lanes["l-lea-touch"]
    entries = actions(menu_for(small.view, hit_at(small.view, small.item_point(label))))
    entries["Add lane below ▸ Thoughts"].trigger()
    assert [lane.kind for lane in small.project.persona("p-lea").lanes][:2] == [
        "touchpoints",
        "thoughts",
    ]
    assert "Add persona above" in actions(
        menu_for(small.view, hit_at(small.view, small.item_point(header)))
    )
    small.undo_all()


def test_empty_cell_menu_creates_a_card_and_opens_its_editor(small):
    cell = small.layout.cells[("p-marc", "l-marc-touch", "s-use")]
    entries = actions(menu_for(small.view, hit_at(small.view, small.centre_of(cell.rect))))
    assert small.view.selected_cell() == ("p-marc", "l-marc-touch", "s-use")
    entries["New touchpoint ▸ Boutique"].trigger()
    created = small.cell_order("p-marc", "l-marc-touch", "s-use")
    assert len(created) == 1 and small.project.card(created[0]).channel == "store"
    assert small.view.inline_editor.object_id == created[0]
    small.view.inline_editor.cancel()
    small.undo_all()


def test_empty_cell_menu_pastes_copied_cards(small):
    from journey_editor.ui.editing import clipboard

    clipboard.copy_cards(small.document, ("c-blog",))
    cell = small.layout.cells[("p-marc", "l-marc-touch", "s-use")]
    entries = actions(menu_for(small.view, hit_at(small.view, small.centre_of(cell.rect))))
    assert entries["Paste"].isEnabled()
    entries["Paste"].trigger()
    pasted = small.cell_order("p-marc", "l-marc-touch", "s-use")
    assert len(pasted) == 1 and small.project.card(pasted[0]).title == "Article de blog"
    small.undo_all()


def test_no_menu_over_nothing(small):
    from PySide6.QtCore import QPointF

    assert menu_for(small.view, hit_at(small.view, QPointF(3, 3))) is None


def test_link_menu_edits_the_label_reverses_and_deletes(small):
    from PySide6.QtWidgets import QLineEdit

    from tests.ui.canvas.test_link_drawing import link_point

    entries = actions(menu_for(small.view, hit_at(small.view, link_point(small, "k-1"))))
    assert small.selection.kind == "link" and small.selection.ids == ("k-1",)
    entries["Reverse direction"].trigger()
    link = small.project.link("k-1")
    assert (link.from_card, link.to_card) == ("c-shop", "c-blog")
    entries = actions(menu_for(small.view, hit_at(small.view, link_point(small, "k-1"))))
    entries["Edit label"].trigger()
    editor = small.view.viewport().findChild(QLineEdit, "inline-editor")
    assert editor is not None and editor.text() == "clic"
    editor.setText("retour")
    editor.committed.emit()
    assert small.project.link("k-1").label == "retour"
    entries = actions(menu_for(small.view, hit_at(small.view, link_point(small, "k-1"))))
    entries["Delete link"].trigger()
    assert small.project.links == [] and small.stack.count() == 3
    small.undo_all()


def test_card_menu_link_to_enters_link_mode(small):
    entries = actions(menu_for(small.view, hit_at(small.view, small.card_point("c-friend"))))
    entries["Link to…"].trigger()
    assert small.view.keyboard.link_mode.active
    assert small.view.keyboard.link_mode.from_card == "c-friend"
