"""Renaming in place: double-click or F2 (rename_selected), Enter commits, Esc cancels,
leaving the field commits; one undo step each."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit


def editor_of(canvas) -> QLineEdit:
    editor = canvas.view.inline_editor.editor
    assert editor is not None and editor.isVisible()
    return editor


def type_text(widget, text: str) -> None:
    """Key events carrying each character (QTest.keyClicks only knows ASCII: no é, €, —)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_and_press(canvas, qtbot, text: str, key=Qt.Key.Key_Return) -> None:
    editor = editor_of(canvas)
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, key)


def test_double_click_a_card_types_a_new_title(small, qtbot):
    small.double_click(small.card_point("c-shop"))
    editor = editor_of(small)
    assert editor.text() == "Chemise à 105 €"
    # The field lies over the card.
    card = small.view.mapFromScene(small.view.map_scene.cards["c-shop"].card_rect()).boundingRect()
    assert card.intersects(editor.geometry())
    type_and_press(small, qtbot, "Chemise en lin — 95 €")
    assert small.project.card("c-shop").title == "Chemise en lin — 95 €"
    assert small.view.inline_editor.editor is None
    assert small.stack.count() == 1
    assert small.layout.cards["c-shop"].title.texts[0].startswith("Chemise en lin")
    small.undo_all()
    small.redo_all()
    assert small.project.card("c-shop").title == "Chemise en lin — 95 €"


def test_escape_cancels_the_edit(small, qtbot):
    small.double_click(small.card_point("c-blog"))
    type_and_press(small, qtbot, "Oublié", Qt.Key.Key_Escape)
    assert small.project == small.original
    assert small.view.inline_editor.editor is None


def test_leaving_the_field_commits(small, qtbot):
    small.view.edit_card_title("c-queue")
    editor = editor_of(small)
    editor.selectAll()
    type_text(editor, "File d’attente interminable")
    small.click(small.card_point("c-blog"))  # clicking elsewhere on the map
    assert small.project.card("c-queue").title == "File d’attente interminable"
    assert small.selection.ids == ("c-blog",)


def test_rename_selected_opens_the_header_editor(small, qtbot):
    small.selection.set("stage", ("s-use",))
    small.view.rename_selected()
    assert editor_of(small).text() == "Usage"
    type_and_press(small, qtbot, "Utilisation")
    assert small.project.stage("s-use").name == "Utilisation"
    small.selection.set("persona", ("p-marc",))
    small.view.rename_selected()
    type_and_press(small, qtbot, "Marc, 51 ans")
    assert small.project.persona("p-marc").name == "Marc, 51 ans"
    assert small.stack.count() == 2
    small.undo_all()


def test_double_click_on_a_lane_label_renames_the_lane(small, qtbot):
    small.double_click(small.item_point(small.view.map_scene.lanes["l-lea-pain"]))
    type_and_press(small, qtbot, "Frictions")
    assert small.project.lane("l-lea-pain").name == "Frictions"
    small.undo_all()


def test_an_empty_header_name_keeps_the_old_one(small, qtbot):
    small.double_click(small.item_point(small.view.map_scene.stages["s-buy"]))
    editor = editor_of(small)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert small.project == small.original


def test_the_editor_follows_the_view_when_it_scrolls(french):
    view = french.view
    card_id = french.project.cards[-1].id
    view.edit_card_title(card_id)
    editor = editor_of(french)
    before = editor.geometry()
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 40)
    assert editor.geometry().y() == before.y() + 40
    view.inline_editor.cancel()


def test_a_card_title_is_typed_inside_its_card_and_wraps(small, qtbot):
    small.double_click(small.card_point("c-shop"))
    editor = editor_of(small)
    card = small.view.mapFromScene(small.view.map_scene.cards["c-shop"].card_rect()).boundingRect()
    one_line = editor.height()
    editor.selectAll()
    type_text(editor, "Chemise en lin lavé, col boutonné, coupe ajustée, disponible en six tailles")
    assert card.contains(editor.geometry())  # never wider than the card, never past its bottom
    assert editor.height() > one_line  # the title wraps: the field grew downward
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert small.project.card("c-shop").title.startswith("Chemise en lin lavé")
