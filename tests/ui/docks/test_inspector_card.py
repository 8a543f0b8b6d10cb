"""The inspector on cards: real keystrokes and clicks, then the model and the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from journey_editor.edits import RemoveCards, UpdateCard
from journey_editor.ui.inspector.card_page import parse_tags


def _steps(document) -> int:
    return document.undo_stack.count()


def _click_box(qtbot, box) -> None:
    # On the box's label, not its centre: a check box reacts to its indicator and text only.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))


def test_heading_and_where_for_one_card(inspector, selection):
    selection.set("card", ("c-shop",))
    assert inspector.heading.text() == "Card — «Chemise à 105 €»"
    page = inspector.card_page
    assert inspector.current_page() is page
    assert "Léa" in page.where.text()
    assert "Points de contact" in page.where.text()
    assert "Achat" in page.where.text()
    assert page.title.text() == "Chemise à 105 €"
    assert page.effort.button(3).isChecked()
    assert page.effort.caption.text() == "3 — moderate"
    assert page.emotion.button(-1).isChecked()
    assert page.emotion.caption.text() == "−1 negative"
    assert page.channel.currentText() == "Site"
    assert page.moment_of_truth.isChecked()
    assert not page.exit_point.isChecked()


def test_typing_a_title_is_one_undo_step(inspector, selection, document, qtbot, focus):
    selection.set("card", ("c-shop",))
    editor = inspector.card_page.title.editor
    focus(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "Chemise bleue")
    assert document.project.card("c-shop").title == "Chemise bleue"
    assert _steps(document) == 1
    assert inspector.heading.text() == "Card — «Chemise bleue»"

    document.undo_stack.undo()
    assert document.project.card("c-shop").title == "Chemise à 105 €"
    assert editor.text() == "Chemise à 105 €"
    document.undo_stack.redo()
    assert document.project.card("c-shop").title == "Chemise bleue"


def test_typing_keeps_the_cursor_where_it_is(inspector, selection, document, qtbot, focus):
    selection.set("card", ("c-shop",))
    editor = inspector.card_page.title.editor
    focus(editor)
    editor.setCursorPosition(7)  # after "Chemise"
    qtbot.keyClicks(editor, "s")
    assert document.project.card("c-shop").title == "Chemises à 105 €"
    assert editor.cursorPosition() == 8


def test_description_typing_merges(inspector, selection, document, qtbot, focus):
    selection.set("card", ("c-shop",))
    editor = inspector.card_page.description.editor
    focus(editor)
    qtbot.keyClicks(editor, "Prix")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "trop haut")
    assert document.project.card("c-shop").description == "Prix\ntrop haut"
    assert _steps(document) == 1


def test_effort_and_emotion_buttons_are_one_step_each(inspector, selection, document, qtbot):
    selection.set("card", ("c-shop",))
    page = inspector.card_page
    qtbot.mouseClick(page.effort.button(5), Qt.MouseButton.LeftButton)
    assert document.project.card("c-shop").effort == 5
    assert page.effort.button(5).isChecked() and not page.effort.button(3).isChecked()
    qtbot.mouseClick(page.emotion.button(2), Qt.MouseButton.LeftButton)
    assert document.project.card("c-shop").emotion == 2
    assert page.emotion.caption.text() == "+2 very positive"
    qtbot.mouseClick(page.effort.button(None), Qt.MouseButton.LeftButton)
    assert document.project.card("c-shop").effort is None
    assert _steps(document) == 3

    # Clicking the value already set changes nothing and keeps the button checked.
    qtbot.mouseClick(page.emotion.button(2), Qt.MouseButton.LeftButton)
    assert _steps(document) == 3
    assert page.emotion.button(2).isChecked()


def test_effort_button_by_keyboard(inspector, selection, document, qtbot, focus):
    selection.set("card", ("c-shop",))
    button = inspector.card_page.effort.button(1)
    focus(button)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert document.project.card("c-shop").effort == 1


def test_channel_and_evidence_by_keyboard(inspector, selection, document, qtbot, focus):
    selection.set("card", ("c-shop",))
    page = inspector.card_page
    focus(page.channel)
    qtbot.keyClick(page.channel, Qt.Key.Key_Down)  # Site → Boutique, the next in the catalogue
    assert document.project.card("c-shop").channel == "store"
    qtbot.keyClick(page.channel, Qt.Key.Key_Home)
    assert document.project.card("c-shop").channel is None
    assert page.channel.currentText() == "No channel"

    focus(page.evidence)
    qtbot.keyClick(page.evidence, Qt.Key.Key_Down)
    assert document.project.card("c-shop").evidence == "observed"
    qtbot.keyClick(page.evidence, Qt.Key.Key_End)
    assert document.project.card("c-shop").evidence == "proposed"
    assert _steps(document) == 4

    document.undo_stack.undo()
    assert page.evidence.currentText() == "Observed"


def test_channel_combo_shows_the_catalogue_with_icons(inspector, selection):
    selection.set("card", ("c-shop",))
    combo = inspector.card_page.channel
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["No channel", "Blog", "Bouche-à-oreille", "Site", "Boutique"]
    assert not combo.itemIcon(3).isNull()


def test_flags_are_one_step_each(inspector, selection, document, qtbot):
    selection.set("card", ("c-shop",))
    page = inspector.card_page
    _click_box(qtbot, page.moment_of_truth)
    _click_box(qtbot, page.exit_point)
    card = document.project.card("c-shop")
    assert (card.moment_of_truth, card.exit_point) == (False, True)
    assert _steps(document) == 2
    document.undo_stack.undo()
    assert not page.exit_point.isChecked()


def test_tags_are_parsed_and_typed_as_one_step(inspector, selection, document, qtbot, focus):
    selection.set("card", ("c-shop",))
    editor = inspector.card_page.tags.editor
    focus(editor)
    qtbot.keyClicks(editor, "promo, soldes ,  , promo")
    assert document.project.card("c-shop").tags == ["promo", "soldes"]
    assert _steps(document) == 1
    # What the user typed stays as typed (trailing separators included) while they type.
    assert editor.text() == "promo, soldes ,  , promo"


def test_parse_tags():
    assert parse_tags(" a, b ,, a ,") == ["a", "b"]
    assert parse_tags("") == []


def test_several_cards_share_fields_and_change_together(inspector, selection, document, qtbot):
    ids = ("c-blog", "c-friend", "c-shop")
    selection.set("card", ids)
    page = inspector.card_page
    assert inspector.heading.text() == "3 cards"
    assert page.title.isHidden() and page.description.isHidden()
    assert page.channel.currentText() == "Several values"
    assert page.effort.caption.text() == "Several values"
    assert page.moment_of_truth.checkState() == Qt.CheckState.PartiallyChecked

    qtbot.mouseClick(page.effort.button(4), Qt.MouseButton.LeftButton)
    assert [document.project.card(i).effort for i in ids] == [4, 4, 4]
    assert _steps(document) == 1
    _click_box(qtbot, page.moment_of_truth)
    assert all(document.project.card(i).moment_of_truth for i in ids)
    assert page.moment_of_truth.checkState() == Qt.CheckState.Checked
    assert _steps(document) == 2

    document.undo_stack.undo()
    document.undo_stack.undo()
    assert [document.project.card(i).effort for i in ids] == [1, 1, 3]
    assert page.effort.caption.text() == "Several values"


def test_several_cards_channel_by_keyboard(inspector, selection, document, qtbot, focus):
    ids = ("c-blog", "c-shop")
    selection.set("card", ids)
    combo = inspector.card_page.channel
    focus(combo)
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert [document.project.card(i).channel for i in ids] == ["store", "store"]
    assert combo.currentText() == "Boutique"
    assert _steps(document) == 1


def test_several_cards_tags_commit_on_return(inspector, selection, document, qtbot, focus):
    ids = ("c-blog", "c-queue")
    selection.set("card", ids)
    editor = inspector.card_page.tags.editor
    assert editor.placeholderText() == "Several values"
    focus(editor)
    qtbot.keyClicks(editor, "atelier, v2")
    assert _steps(document) == 0  # a Batch cannot merge keystrokes: nothing until Return
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [document.project.card(i).tags for i in ids] == [["atelier", "v2"]] * 2
    assert _steps(document) == 1


def test_pending_multi_card_tags_apply_before_the_selection_moves(
    inspector, selection, document, qtbot, focus
):
    selection.set("card", ("c-blog", "c-queue"))
    editor = inspector.card_page.tags.editor
    focus(editor)
    qtbot.keyClicks(editor, "revu")
    selection.set("stage", ("s-buy",))
    assert document.project.card("c-blog").tags == ["revu"]
    assert document.project.card("c-queue").tags == ["revu"]


def test_refreshes_after_an_edit_from_elsewhere(inspector, selection, document):
    selection.set("card", ("c-shop",))
    document.apply(UpdateCard("c-shop", {"title": "Chemise en lin", "effort": 2}))
    page = inspector.card_page
    assert page.title.text() == "Chemise en lin"
    assert page.effort.button(2).isChecked()
    assert inspector.heading.text() == "Card — «Chemise en lin»"
    assert _steps(document) == 1  # refreshing wrote nothing back


def test_deleted_card_shows_the_map_and_undo_brings_it_back(inspector, selection, document):
    selection.set("card", ("c-shop",))
    document.apply(RemoveCards(("c-shop",)))
    assert inspector.current_page() is inspector.project_page
    assert inspector.heading.text() == "Map — nothing selected"
    document.undo_stack.undo()
    assert inspector.current_page() is inspector.card_page
    assert inspector.card_page.title.text() == "Chemise à 105 €"


def test_untitled_card_heading(inspector, selection, document):
    document.apply(UpdateCard("c-shop", {"title": ""}))
    selection.set("card", ("c-shop",))
    assert inspector.heading.text() == "Card — untitled"


def test_typing_leaving_the_field_and_typing_again_is_two_undo_steps(
    inspector, selection, document, qtbot, focus
):
    selection.set("card", ("c-shop",))
    title = inspector.card_page.title.editor
    focus(title)
    title.selectAll()
    qtbot.keyClicks(title, "Chemise")
    focus(inspector.card_page.description.editor)  # the user clicks into another field…
    focus(title)  # …and comes back to add a word
    title.end(False)
    qtbot.keyClicks(title, " lin")
    assert document.project.card("c-shop").title == "Chemise lin"
    assert _steps(document) == 2
    document.undo_stack.undo()
    assert document.project.card("c-shop").title == "Chemise"
