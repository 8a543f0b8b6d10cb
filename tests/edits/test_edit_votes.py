"""Dot voting as edits: a vote more or less on some cards (clamped to 0 … 999), every vote
cleared, each undone exactly by SetVotes; a press that changes nothing is refused, so it is
no undo step."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.edits import AddVotes, ClearVotes, EditError, SetVotes, total_votes
from journey_editor.model.types import MAX_VOTES
from tests.edits.conftest import build_journey


def votes(project) -> dict[str, int]:
    return {card.id: card.votes for card in project.cards}


def test_a_vote_is_added_to_each_selected_card(journey, undo_redo):
    ids = tuple(card.id for card in journey.cards[:2])
    change = undo_redo(journey, AddVotes(ids, 1))
    assert [journey.card(i).votes for i in ids] == [1, 1]
    assert change.touched == frozenset(ids)
    assert change.label.startswith("Add a vote to 2 cards")
    assert not change.structural


def test_three_presses_make_three_votes_and_three_undos_take_them_back(journey):
    card_id = journey.cards[0].id
    inverses = [AddVotes((card_id,)).apply(journey).inverse for _ in range(3)]
    assert journey.card(card_id).votes == 3
    for count, inverse in zip((2, 1, 0), reversed(inverses), strict=True):
        inverse.apply(journey)
        assert journey.card(card_id).votes == count


def test_removing_stops_at_zero_and_a_press_that_changes_nothing_is_refused(journey):
    first, second = journey.cards[0].id, journey.cards[1].id
    AddVotes((first,)).apply(journey)
    change = AddVotes((first, second), -1).apply(journey)
    # Only the card that had a vote changed (and only it is in the undo step).
    assert change.touched == frozenset({first})
    assert journey.card(first).votes == journey.card(second).votes == 0
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match="no votes"):
        AddVotes((first, second), -1).apply(journey)
    assert journey == before


def test_the_upper_bound_is_kept(journey):
    card_id = journey.cards[0].id
    SetVotes(((card_id, MAX_VOTES),)).apply(journey)
    with pytest.raises(EditError, match=f"{MAX_VOTES} votes"):
        AddVotes((card_id,)).apply(journey)
    with pytest.raises(EditError, match=r'field "votes": must be between 0 and 999 \(got 1000\)'):
        SetVotes(((card_id, MAX_VOTES + 1),)).apply(journey)
    with pytest.raises(EditError, match="between 0 and 999"):
        SetVotes(((card_id, -1),)).apply(journey)


def test_unknown_or_repeated_cards_are_refused(journey):
    with pytest.raises(EditError, match='card "nope": does not exist'):
        AddVotes(("nope",)).apply(journey)
    card_id = journey.cards[0].id
    with pytest.raises(EditError, match="named twice"):
        AddVotes((card_id, card_id)).apply(journey)
    with pytest.raises(EditError, match="no card given"):
        AddVotes(()).apply(journey)


def test_clear_votes_takes_every_vote_off_in_one_step_and_undo_puts_each_back(journey, undo_redo):
    counts = {card.id: n for card, n in zip(journey.cards, (3, 0, 7, 1), strict=False)}
    SetVotes(tuple(counts.items())).apply(journey)
    change = undo_redo(journey, ClearVotes())
    assert total_votes(journey) == 0
    assert change.touched == frozenset(i for i, n in counts.items() if n)
    change.inverse.apply(journey)
    assert {i: journey.card(i).votes for i in counts} == counts
    assert total_votes(journey) == 11


def test_clearing_a_map_without_votes_is_refused(journey):
    with pytest.raises(EditError, match="no votes to clear"):
        ClearVotes().apply(journey)


def test_the_inspector_can_set_votes_through_update_card_with_the_same_bounds(journey):
    from journey_editor.edits import UpdateCard

    card_id = journey.cards[0].id
    UpdateCard(card_id, {"votes": 4}).apply(journey)
    assert journey.card(card_id).votes == 4
    with pytest.raises(EditError, match="must be between 0 and 999"):
        UpdateCard(card_id, {"votes": 1000}).apply(journey)


# --- property: any run of vote edits is undone exactly ------------------------------------------

PROJECT = build_journey()
CARD_IDS = [card.id for card in PROJECT.cards]
VOTE_EDITS = st.one_of(
    st.builds(
        AddVotes,
        st.lists(st.sampled_from([*CARD_IDS, "zz-missing"]), min_size=0, max_size=4).map(tuple),
        st.sampled_from([1, -1, 2, -3, 500, -999, 0]),
    ),
    st.builds(
        SetVotes,
        st.lists(
            st.tuples(st.sampled_from(CARD_IDS), st.integers(-2, MAX_VOTES + 2)),
            max_size=3,
        ).map(tuple),
    ),
    st.builds(ClearVotes, st.none() | st.lists(st.sampled_from(CARD_IDS), max_size=3).map(tuple)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(VOTE_EDITS, max_size=12))
def test_any_run_of_vote_edits_is_undone_and_redone_exactly(edits):
    project = build_journey()
    start = project.model_copy(deep=True)
    inverses = []
    for edit in edits:
        before = project.model_copy(deep=True)
        try:
            change = edit.apply(project)
        except EditError:
            assert project == before  # a refused edit touches nothing
            continue
        assert all(0 <= card.votes <= MAX_VOTES for card in project.cards)
        assert project.integrity_problems() == []
        inverses.append(change.inverse)
    edited = project.model_copy(deep=True)
    redos = [inverse.apply(project).inverse for inverse in reversed(inverses)]
    assert project == start
    for redo in reversed(redos):
        redo.apply(project)
    assert project == edited
    assert votes(project) == votes(edited)
