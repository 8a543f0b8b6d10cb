"""The verbs the canvas's drags call: move and copy cards, move a stage, persona or lane header.
Each is one undo step (or none, when it changes nothing), and undo gives the map back."""

from __future__ import annotations

import pytest

from journey_editor.edits import EditError
from journey_editor.ui.editing import verbs
from journey_editor.ui.editing.document import MapDocument

LEA_DISCOVER = ("p-lea", "l-lea-touch", "s-discover")
LEA_BUY = ("p-lea", "l-lea-touch", "s-buy")
MARC_BUY = ("p-marc", "l-marc-touch", "s-buy")


@pytest.fixture
def document(qapp, small_project):
    document = MapDocument(small_project)
    yield document
    # A modified stack emits cleanChanged while it is destroyed, into a half-deleted document.
    document.undo_stack.cleanChanged.disconnect()


def order(document: MapDocument, cell: tuple[str, str, str]) -> list[str]:
    return [card.id for card in document.project.cell_cards(*cell)]


def undone(document: MapDocument, original) -> bool:
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    return document.project == original


def test_move_cards_lands_them_at_the_drop_index_in_one_step(document, small_project):
    original = small_project.model_copy(deep=True)
    assert verbs.move_cards(document, ("c-blog",), MARC_BUY, 1) is True
    assert document.project.card("c-blog").cell == MARC_BUY
    assert order(document, MARC_BUY) == ["c-marc-store", "c-blog"]
    assert order(document, LEA_DISCOVER) == ["c-friend"]
    assert document.undo_stack.count() == 1
    assert "Move" in document.undo_stack.undoText()
    assert undone(document, original)


def test_move_cards_keeps_the_map_order_of_several_cards(document, small_project):
    original = small_project.model_copy(deep=True)
    verbs.move_cards(document, ("c-shop", "c-blog"), MARC_BUY, 0)
    assert order(document, MARC_BUY) == ["c-blog", "c-shop", "c-marc-store"]
    assert document.undo_stack.count() == 1
    assert undone(document, original)


def test_move_cards_counts_the_moving_cards_in_the_drop_index(document, small_project):
    # Index 2 of [c-blog, c-friend] is after c-friend: c-blog goes last, over its own place.
    original = small_project.model_copy(deep=True)
    assert verbs.move_cards(document, ("c-blog",), LEA_DISCOVER, 2) is True
    assert order(document, LEA_DISCOVER) == ["c-friend", "c-blog"]
    assert undone(document, original)


@pytest.mark.parametrize("index", [0, 1])
def test_moving_cards_to_where_they_are_is_no_step(document, small_project, index):
    # Just above or just below itself: the cell's order stays, so nothing is applied.
    original = small_project.model_copy(deep=True)
    assert verbs.move_cards(document, ("c-blog",), LEA_DISCOVER, index) is False
    assert document.undo_stack.count() == 0
    assert document.project == original


def test_move_cards_to_a_lane_of_another_persona_is_refused(document, small_project):
    original = small_project.model_copy(deep=True)
    with pytest.raises(EditError):
        verbs.move_cards(document, ("c-blog",), ("p-marc", "l-lea-touch", "s-buy"), 0)
    assert document.undo_stack.count() == 0
    assert document.project == original


def test_copy_cards_makes_fresh_copies_at_the_index_and_leaves_the_originals(
    document, small_project
):
    original = small_project.model_copy(deep=True)
    before = document.project.all_ids()
    copies = verbs.copy_cards(document, ("c-blog", "c-shop"), MARC_BUY, 0)
    assert len(copies) == 2 and not set(copies) & before
    assert order(document, MARC_BUY) == [*copies, "c-marc-store"]
    for copy_id, source_id in zip(copies, ("c-blog", "c-shop"), strict=True):
        copy, source = document.project.card(copy_id), document.project.card(source_id)
        assert (copy.title, copy.channel, copy.effort) == (
            source.title,
            source.channel,
            source.effort,
        )
    assert order(document, LEA_DISCOVER) == ["c-blog", "c-friend"]  # the originals stay
    assert order(document, LEA_BUY) == ["c-shop"]
    assert document.undo_stack.count() == 1
    assert undone(document, original)


@pytest.mark.parametrize(
    ("kind", "object_id", "index", "expected"),
    [
        ("stage", "s-discover", 2, ["s-buy", "s-use", "s-discover"]),
        ("persona", "p-marc", 0, ["p-marc", "p-lea"]),
        ("lane", "l-lea-pain", 0, ["l-lea-pain", "l-lea-touch", "l-lea-emotion"]),
    ],
)
def test_move_header_reorders_in_one_step(
    document, small_project, kind, object_id, index, expected
):
    original = small_project.model_copy(deep=True)
    assert verbs.move_header(document, kind, object_id, index) is True
    project = document.project
    siblings = {
        "stage": project.stages,
        "persona": project.personas,
        "lane": project.persona("p-lea").lanes,
    }[kind]
    assert [item.id for item in siblings] == expected
    assert document.undo_stack.count() == 1
    assert undone(document, original)


def test_a_header_moved_to_its_own_place_is_no_step(document, small_project):
    original = small_project.model_copy(deep=True)
    assert verbs.move_header(document, "stage", "s-buy", 1) is False
    assert verbs.move_header(document, "persona", "p-lea", 0) is False
    assert verbs.move_header(document, "lane", "l-marc-touch", 0) is False
    assert document.undo_stack.count() == 0
    assert document.project == original


def test_move_header_knows_only_headers(document):
    with pytest.raises(ValueError):
        verbs.move_header(document, "card", "c-blog", 0)
