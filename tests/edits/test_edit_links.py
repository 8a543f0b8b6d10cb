"""Links join two different existing cards (a channel switch)."""

import pytest

from journey_editor.edits import AddLink, EditError, RemoveLink, UpdateLink
from journey_editor.model import Link


def link_ids(project):
    return [link.id for link in project.links]


def test_adding_a_link_between_two_cards(journey, undo_redo):
    change = undo_redo(journey, AddLink(Link(id="k-new", from_card="c-friend", to_card="c-store")))
    assert link_ids(journey)[-1] == "k-new"
    assert change.touched == {"k-new"}
    assert change.structural is False
    assert change.label == 'Add link ""'  # "Add unlabelled link" in the undo history


def test_adding_a_link_at_an_index(journey, undo_redo):
    undo_redo(journey, AddLink(Link(id="k-new", from_card="c-friend", to_card="c-store"), 0))
    assert link_ids(journey)[0] == "k-new"


@pytest.mark.parametrize(
    ("link", "match"),
    [
        (Link(id="k-x", from_card="c-ghost", to_card="c-store"), 'field "from_card"'),
        (Link(id="k-x", from_card="c-store", to_card="c-ghost"), 'field "to_card"'),
        (Link(id="k-x", from_card="c-store", to_card="c-store"), "cannot join a card to itself"),
        (Link(id="c-blog", from_card="c-site", to_card="c-store"), "already used by a card"),
    ],
)
def test_a_link_must_join_two_different_existing_cards_and_have_a_free_id(journey, link, match):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match=match):
        AddLink(link).apply(journey)
    assert journey == before


def test_removing_a_link_and_undoing_puts_it_back_in_place(journey, undo_redo):
    change = undo_redo(journey, RemoveLink("k-site-store"))
    assert link_ids(journey) == ["k-blog-site", "k-mail-store", "k-call-chat"]
    assert change.label == "Delete link «réserve»"
    restored = Link(id="k-site-store", from_card="c-site", to_card="c-store", label="réserve")
    assert change.inverse == AddLink(restored, 1)


def test_removing_an_unknown_link_is_an_error(journey):
    with pytest.raises(EditError, match='link "k-nope": does not exist'):
        RemoveLink("k-nope").apply(journey)


def test_updating_a_link_label_and_end(journey, undo_redo):
    undo_redo(journey, UpdateLink("k-mail-store", {"label": "achète", "to_card": "c-queue"}))
    assert journey.link("k-mail-store").to_card == "c-queue"


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"to_card": "c-ghost"}, 'field "to_card": refers to card "c-ghost"'),
        ({"to_card": "c-mail"}, "cannot join a card to itself"),
        ({"id": "k-2"}, 'field "id": an id cannot be changed'),
        ({"weight": 2}, 'field "weight": unknown field'),
    ],
)
def test_an_invalid_link_update_is_refused(journey, changes, match):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match=match):
        UpdateLink("k-mail-store", changes).apply(journey)
    assert journey == before
