"""The undo history names objects by the words the user sees, never by an id."""

import pytest

from journey_editor.ui.editing import verbs
from journey_editor.ui.editing.undo_labels import translate_label

from .windows import shown_window


@pytest.fixture
def window(qtbot, small_project):
    yield from shown_window(qtbot, small_project)


def cell(project):
    persona = project.personas[0]
    lane = next(lane for lane in persona.lanes if lane.kind == "touchpoints")
    return persona.id, lane.id, project.stages[0].id


def test_a_card_dropped_without_a_title_is_an_untitled_card(window):
    card_id = verbs.add_card(window.document, *cell(window.document.project), channel="website")
    stack = window.document.undo_stack
    assert stack.undoText() == "Add untitled card"
    assert card_id not in stack.undoText()


def test_typing_its_title_names_it_in_the_rename_step(window):
    card_id = verbs.add_card(window.document, *cell(window.document.project))
    verbs.rename(window.document, "card", card_id, "Blog post")
    assert window.document.undo_stack.undoText() == "Rename untitled card to «Blog post»"


def test_a_long_title_is_cut_at_a_word_with_an_ellipsis(window):
    long = "Reads the community blog post about shirts on the phone during the commute"
    verbs.add_card(window.document, *cell(window.document.project), title=long)
    assert (
        window.document.undo_stack.undoText() == "Add card «Reads the community blog post about…»"
    )


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ('Change effort of card ""', "Change effort of an untitled card"),
        ('Delete link ""', "Delete unlabelled link"),
        ('Add lane «Notes» to persona ""', "Add lane «Notes» to persona untitled persona"),
    ],
)
def test_unnamed_objects_read_as_words_in_every_pattern(qapp, label, shown):
    assert translate_label(label) == shown


def test_the_undo_and_redo_buttons_keep_their_label_and_width_at_every_edit(window):
    toolbar = window.menus.toolbar
    undo = toolbar.widgetForAction(window.menus.actions["undo"])
    redo = toolbar.widgetForAction(window.menus.actions["redo"])
    widths = (undo.sizeHint().width(), redo.sizeHint().width())
    long = "Compares the shirt on the laptop after reading the blog post on the phone"
    verbs.add_card(window.document, *cell(window.document.project), title=long)
    verbs.add_card(window.document, *cell(window.document.project), title="Shop")
    window.document.undo_stack.undo()
    assert (undo.text(), redo.text()) == ("Undo", "Redo")
    assert (undo.sizeHint().width(), redo.sizeHint().width()) == widths
    # The step itself: in the tooltip and the Edit menu.
    assert undo.toolTip() == "Undo Add card «Compares the shirt on the laptop after…»"
    assert redo.toolTip() == "Redo Add card «Shop»"
    assert window.menus.actions["undo"].text().startswith("&Undo Add card")
