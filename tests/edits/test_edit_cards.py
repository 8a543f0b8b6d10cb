"""Cards: added at a position inside their cell, deleted with their links, edited field by field.

The flat list `project.cards` holds the order of the cards inside each cell. In the fixture,
Léa's touchpoints at "Considération" are c-site (flat 2) and c-mail (flat 4), with c-compare
(another cell) in between.
"""

import pytest

from journey_editor.edits import AddCard, EditError, RemoveCards, RestoreCards, UpdateCard
from journey_editor.model import Card

LEA_TOUCH_CONSIDER = {"persona": "p-lea", "lane": "l-lea-touch", "stage": "s-consider"}


def card_ids(project):
    return [card.id for card in project.cards]


def new_card(card_id="c-new", **fields):
    return Card(**(LEA_TOUCH_CONSIDER | {"id": card_id, "title": "Nouvelle"} | fields))


@pytest.mark.parametrize(
    ("index", "flat", "cell_order"),
    [
        (0, 2, ["c-new", "c-site", "c-mail"]),
        (1, 4, ["c-site", "c-new", "c-mail"]),
        (2, 5, ["c-site", "c-mail", "c-new"]),
        (None, 5, ["c-site", "c-mail", "c-new"]),
        (7, 5, ["c-site", "c-mail", "c-new"]),
        (-3, 2, ["c-new", "c-site", "c-mail"]),
    ],
)
def test_adding_a_card_places_it_at_its_index_within_its_cell(
    journey, undo_redo, index, flat, cell_order
):
    change = undo_redo(journey, AddCard(new_card(), index))
    assert card_ids(journey).index("c-new") == flat
    assert [c.id for c in journey.cell_cards("p-lea", "l-lea-touch", "s-consider")] == cell_order
    assert change.touched == {"c-new"}
    assert change.structural is False
    assert change.label == "Add card «Nouvelle»"


def test_adding_a_card_to_an_empty_cell_appends_it_to_the_list(journey, undo_redo):
    undo_redo(journey, AddCard(new_card(stage="s-use", lane="l-lea-emo"), 0))
    assert card_ids(journey)[-1] == "c-new"


def test_a_card_without_title_is_labelled_untitled_never_by_its_id(journey):
    change = AddCard(new_card(title="")).apply(journey)
    assert change.label == 'Add card ""'  # the undo history reads "Add untitled card"
    assert "c-new" not in change.label


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"id": "s-buy"}, "id", "this id is already used by a stage"),
        ({"id": "k-call-chat"}, "id", "this id is already used by a link"),
        ({"persona": "p-nina"}, "persona", 'refers to persona "p-nina", which does not exist'),
        ({"lane": "l-marc-touch"}, "lane", "which is not a lane of persona"),
        ({"stage": "s-loyal"}, "stage", 'refers to stage "s-loyal", which does not exist'),
        ({"channel": "fax"}, "channel", 'refers to channel "fax", which does not exist'),
    ],
)
def test_adding_a_card_that_does_not_fit_the_map_is_refused(journey, fields, field, message):
    before = journey.model_copy(deep=True)
    card = new_card(**fields)
    with pytest.raises(EditError) as raised:
        AddCard(card).apply(journey)
    assert raised.value.field == field
    assert raised.value.object_id == card.id
    assert message in str(raised.value)
    assert journey == before


def test_adding_a_card_with_an_invalid_value_is_refused(journey):
    broken = new_card().model_copy(update={"emotion": -3})
    with pytest.raises(EditError) as raised:
        AddCard(broken).apply(journey)
    assert str(raised.value) == 'card "c-new": field "emotion": must be between -2 and 2 (got -3)'


def test_removing_a_card_removes_its_links_and_undo_restores_both_in_place(journey, undo_redo):
    change = undo_redo(journey, RemoveCards(("c-site",)))
    assert "c-site" not in card_ids(journey)
    assert [link.id for link in journey.links] == ["k-mail-store", "k-call-chat"]
    assert change.touched == {"c-site", "k-blog-site", "k-site-store"}
    assert change.label == "Delete card «Site»"
    assert isinstance(change.inverse, RestoreCards)


def test_undoing_a_removal_of_scattered_cards_restores_the_exact_flat_order(journey):
    before = journey.model_copy(deep=True)
    change = RemoveCards(("c-marc-doubt", "c-blog", "c-mail", "c-queue")).apply(journey)
    assert card_ids(journey) == [
        "c-friend",
        "c-site",
        "c-compare",
        "c-store",
        "c-wear",
        "c-marc-ad",
        "c-marc-call",
        "c-marc-chat",
    ]
    assert change.label == "Delete 4 cards"
    change.inverse.apply(journey)
    assert card_ids(journey) == card_ids(before)
    assert journey == before


def test_removing_cards_refuses_unknown_repeated_or_no_ids(journey):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match='card "c-ghost": does not exist'):
        RemoveCards(("c-blog", "c-ghost")).apply(journey)
    with pytest.raises(EditError, match='card "c-blog": named twice'):
        RemoveCards(("c-blog", "c-blog")).apply(journey)
    with pytest.raises(EditError, match="no card given"):
        RemoveCards(()).apply(journey)
    assert journey == before


def test_remove_cards_accepts_a_list_and_keeps_it_as_a_tuple():
    assert RemoveCards(["c-a", "c-b"]).card_ids == ("c-a", "c-b")  # type: ignore[arg-type]


def test_updating_a_card_changes_only_the_given_fields_and_undo_restores_them(journey, undo_redo):
    change = undo_redo(
        journey,
        UpdateCard(
            "c-store", {"effort": 4, "emotion": -1, "tags": ["essayage"], "exit_point": True}
        ),
    )
    store = journey.card("c-store")
    assert (store.effort, store.emotion, store.tags, store.exit_point) == (
        4,
        -1,
        ["essayage"],
        True,
    )
    assert store.title == "Boutique"
    assert change.inverse == UpdateCard(
        "c-store", {"effort": None, "emotion": None, "tags": [], "exit_point": False}
    )
    assert change.label == "Edit card «Boutique»"


def test_updating_a_card_keeps_its_place_in_the_list(journey):
    position = card_ids(journey).index("c-site")
    UpdateCard("c-site", {"title": "Site web"}).apply(journey)
    assert card_ids(journey).index("c-site") == position


def test_changing_a_cards_stage_by_update_keeps_its_flat_position(journey, undo_redo):
    undo_redo(journey, UpdateCard("c-compare", {"stage": "s-buy"}))
    assert journey.cards[3].id == "c-compare"
    assert journey.cards[3].stage == "s-buy"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"effort": 0}, "effort", "must be between 1 and 5 (got 0)"),
        ({"effort": "3"}, "effort", "must be a valid integer"),
        ({"emotion": 2.5}, "emotion", "must be a valid integer"),
        ({"evidence": "guessed"}, "evidence", "must be"),
        ({"tags": [""]}, "tags[0]", "must not be empty"),
        ({"id": "c-other"}, "id", "an id cannot be changed"),
        ({"colour": "#FF0000"}, "colour", "unknown field"),
        ({"channel": "fax"}, "channel", "which does not exist"),
        ({"lane": "l-marc-touch"}, "lane", "which is not a lane of persona"),
        ({"stage": "s-none"}, "stage", "which does not exist"),
    ],
)
def test_an_invalid_card_update_names_card_and_field_and_changes_nothing(
    journey, changes, field, message
):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError) as raised:
        UpdateCard("c-blog", changes).apply(journey)
    assert str(raised.value).startswith(f'card "c-blog": field "{field}": ')
    assert message in str(raised.value)
    assert journey == before


def test_updating_an_unknown_card_is_an_error(journey):
    with pytest.raises(EditError, match='card "c-ghost": does not exist'):
        UpdateCard("c-ghost", {"title": "x"}).apply(journey)


def test_the_updated_card_does_not_share_lists_with_the_edit(journey):
    tags = ["a"]
    UpdateCard("c-blog", {"tags": tags}).apply(journey)
    tags.append("b")
    assert journey.card("c-blog").tags == ["a"]
