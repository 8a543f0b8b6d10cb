"""Moving and copying cards to (persona, lane, stage, index), as a drag and drop or Ctrl+D does.

Cells of the fixture, in flat order: Léa touchpoints × Découverte = c-blog, c-friend;
Léa touchpoints × Considération = c-site, c-mail (c-compare, of Léa's actions, sits between);
Marc touchpoints × Achat = c-marc-call, c-marc-chat.
"""

import pytest

from journey_editor.edits import (
    CopyCards,
    EditError,
    MoveCards,
    PutCardsBack,
    RemoveCards,
)

LEA_TOUCH = ("p-lea", "l-lea-touch")
MARC_TOUCH = ("p-marc", "l-marc-touch")


def card_ids(project):
    return [card.id for card in project.cards]


def cell_ids(project, persona, lane, stage):
    return [card.id for card in project.cell_cards(persona, lane, stage)]


def test_moving_a_card_down_within_its_cell(journey, undo_redo):
    change = undo_redo(journey, MoveCards(("c-blog",), *LEA_TOUCH, "s-aware", 1))
    assert card_ids(journey)[:2] == ["c-friend", "c-blog"]
    assert change.touched == {"c-blog"}
    assert change.structural is False
    assert change.label == "Move card «Blog»"
    assert isinstance(change.inverse, PutCardsBack)


def test_the_undo_record_of_a_move_names_the_moved_cards_only(journey):
    """O(1) in the map's size: the card's id, former position and cell, not the whole order."""
    for number in range(200):
        extra = journey.card("c-blog").model_copy(update={"id": f"c-extra-{number}"})
        journey.cards.append(extra)
    position = journey.card_index("c-store")
    change = MoveCards(("c-store",), *LEA_TOUCH, "s-consider", 1).apply(journey)
    assert change.inverse == PutCardsBack(
        (("c-store", position, "p-lea", "l-lea-touch", "s-buy"),), len(journey.cards)
    ), "one card moved: one place recorded"
    before = [card.id for card in journey.cards]
    undone = change.inverse.apply(journey)
    assert len(undone.inverse.places) == 1
    assert journey.card("c-store").stage == "s-buy"
    undone.inverse.apply(journey)
    assert [card.id for card in journey.cards] == before


def test_dropping_a_card_where_it_already_is_changes_nothing(journey):
    before = journey.model_copy(deep=True)
    MoveCards(("c-blog",), *LEA_TOUCH, "s-aware", 0).apply(journey)
    assert journey == before


def test_moving_a_card_to_another_stage_at_an_index(journey, undo_redo):
    undo_redo(journey, MoveCards(("c-store",), *LEA_TOUCH, "s-consider", 1))
    assert cell_ids(journey, *LEA_TOUCH, "s-consider") == ["c-site", "c-store", "c-mail"]
    assert card_ids(journey)[2:6] == ["c-site", "c-compare", "c-store", "c-mail"]
    assert journey.card("c-store").stage == "s-consider"
    assert cell_ids(journey, *LEA_TOUCH, "s-buy") == []


def test_moving_a_card_to_another_persona_and_lane(journey, undo_redo):
    undo_redo(journey, MoveCards(("c-queue",), "p-marc", "l-marc-think", "s-buy", None))
    queue = journey.card("c-queue")
    assert queue.cell == ("p-marc", "l-marc-think", "s-buy")
    assert card_ids(journey)[-1] == "c-queue"


def test_several_cards_keep_their_map_order_and_land_together(journey, undo_redo):
    change = undo_redo(journey, MoveCards(("c-marc-chat", "c-blog"), *MARC_TOUCH, "s-buy", 0))
    assert cell_ids(journey, *MARC_TOUCH, "s-buy") == ["c-blog", "c-marc-chat", "c-marc-call"]
    assert change.touched == {"c-blog", "c-marc-chat"}
    assert change.label == "Move 2 cards"
    # The link from c-blog still resolves: moving never breaks links.
    assert journey.link("k-blog-site").from_card == "c-blog"


def test_the_index_counts_only_the_target_cells_cards_that_stay(journey, undo_redo):
    # c-site moves below c-mail: among the cards that stay (just c-mail), index 1 is "after".
    undo_redo(journey, MoveCards(("c-site",), *LEA_TOUCH, "s-consider", 1))
    assert cell_ids(journey, *LEA_TOUCH, "s-consider") == ["c-mail", "c-site"]


def test_an_index_past_the_end_of_the_cell_puts_the_cards_last_in_it(journey):
    MoveCards(("c-blog",), *MARC_TOUCH, "s-buy", 50).apply(journey)
    assert cell_ids(journey, *MARC_TOUCH, "s-buy") == ["c-marc-call", "c-marc-chat", "c-blog"]
    assert card_ids(journey).index("c-blog") == card_ids(journey).index("c-marc-chat") + 1


def test_undoing_a_move_restores_the_exact_previous_order_and_cells(journey):
    before = journey.model_copy(deep=True)
    change = MoveCards(("c-friend", "c-mail", "c-marc-ad"), "p-lea", "l-lea-act", "s-use", 0).apply(
        journey
    )
    assert cell_ids(journey, "p-lea", "l-lea-act", "s-use") == [
        "c-friend",
        "c-mail",
        "c-marc-ad",
        "c-wear",
    ]
    change.inverse.apply(journey)
    assert card_ids(journey) == card_ids(before)
    assert journey == before


@pytest.mark.parametrize(
    ("target", "match"),
    [
        (("p-lea", "l-marc-touch", "s-buy"), 'field "lane": .*not a lane of persona "p-lea"'),
        (("p-lea", "l-lea-touch", "s-nowhere"), 'field "stage": .*"s-nowhere", which does not'),
        (("p-nobody", "l-lea-touch", "s-buy"), 'field "persona"'),
    ],
)
def test_a_move_to_a_cell_that_does_not_exist_is_refused(journey, target, match):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match=match):
        MoveCards(("c-blog", "c-site"), *target, 0).apply(journey)
    assert journey == before


def test_moving_unknown_or_no_cards_is_refused(journey):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match='card "c-ghost": does not exist'):
        MoveCards(("c-ghost",), *LEA_TOUCH, "s-buy").apply(journey)
    with pytest.raises(EditError, match="no card given to move"):
        MoveCards((), *LEA_TOUCH, "s-buy").apply(journey)
    assert journey == before


def test_restoring_an_order_refuses_a_map_whose_cards_changed(journey):
    change = MoveCards(("c-blog",), *LEA_TOUCH, "s-use").apply(journey)
    RemoveCards(("c-wear",)).apply(journey)
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match="cards changed"):
        change.inverse.apply(journey)
    assert journey == before


def test_copying_cards_to_an_empty_cell_appends_them_with_the_new_ids(journey, undo_redo):
    change = undo_redo(
        journey,
        CopyCards(("c-site", "c-mail"), *MARC_TOUCH, "s-consider", 0, ("c-site-2", "c-mail-2")),
    )
    assert card_ids(journey)[-2:] == ["c-site-2", "c-mail-2"]
    copy = journey.card("c-site-2")
    original = journey.card("c-site")
    assert copy.cell == ("p-marc", "l-marc-touch", "s-consider")
    assert copy.model_dump(exclude={"id", "persona", "lane", "stage"}) == original.model_dump(
        exclude={"id", "persona", "lane", "stage"}
    )
    assert len(journey.links) == 4, "links are not copied"
    assert change.touched == {"c-site-2", "c-mail-2"}
    assert change.inverse == RemoveCards(("c-site-2", "c-mail-2"))
    assert change.label == "Copy 2 cards"


def test_duplicating_a_card_puts_the_copy_right_after_it(journey, undo_redo):
    undo_redo(journey, CopyCards(("c-site",), *LEA_TOUCH, "s-consider", 1, ("c-site-2",)))
    assert cell_ids(journey, *LEA_TOUCH, "s-consider") == ["c-site", "c-site-2", "c-mail"]


def test_each_new_id_goes_to_the_copy_of_the_card_at_the_same_position(journey):
    CopyCards(("c-mail", "c-site"), *LEA_TOUCH, "s-use", None, ("n-mail", "n-site")).apply(journey)
    assert journey.card("n-mail").title == "Newsletter"
    assert journey.card("n-site").title == "Site"
    assert card_ids(journey)[-2:] == ["n-site", "n-mail"]


@pytest.mark.parametrize(
    ("new_ids", "match"),
    [
        (("c-blog",), 'card "c-blog": field "id": this id is already used by a card'),
        (("s-buy",), 'card "s-buy": field "id": this id is already used by a stage'),
        ((" padded",), 'field "id": must be a non-empty id'),
        (("a", "b"), "1 cards to copy but 2 new ids"),
    ],
)
def test_copies_need_fresh_valid_ids_one_per_card(journey, new_ids, match):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match=match):
        CopyCards(("c-site",), *LEA_TOUCH, "s-use", 0, new_ids).apply(journey)
    assert journey == before


def test_two_copies_cannot_share_one_new_id(journey):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match='card "n-1": field "id"'):
        CopyCards(("c-site", "c-mail"), *LEA_TOUCH, "s-use", 0, ("n-1", "n-1")).apply(journey)
    assert journey == before


def test_copying_to_a_lane_of_another_persona_is_refused(journey):
    with pytest.raises(EditError, match='field "lane"'):
        CopyCards(("c-site",), "p-marc", "l-lea-touch", "s-use", 0, ("n-1",)).apply(journey)
