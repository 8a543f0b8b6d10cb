"""Lanes: rows inside a persona's band. Deleting one takes its cards and links; undo restores."""

import pytest

from journey_editor.edits import AddLane, EditError, MoveLane, RemoveLane, UpdateLane
from journey_editor.model import Lane


def lane_ids(project, persona_id):
    return [lane.id for lane in project.persona(persona_id).lanes]


def test_adding_a_lane_to_a_persona_at_an_index(journey, undo_redo):
    change = undo_redo(journey, AddLane("p-marc", Lane(id="l-marc-emo", name="Émotions"), 1))
    assert lane_ids(journey, "p-marc") == ["l-marc-touch", "l-marc-emo", "l-marc-think"]
    assert change.touched == {"l-marc-emo", "p-marc"}
    assert change.structural is True
    assert change.label == "Add lane «Émotions» to persona «Marc»"


def test_adding_a_lane_without_index_puts_it_last(journey):
    AddLane("p-marc", Lane(id="l-marc-notes", name="Notes")).apply(journey)
    assert lane_ids(journey, "p-marc")[-1] == "l-marc-notes"


def test_adding_a_lane_to_an_unknown_persona_or_with_a_used_id_is_refused(journey):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match='persona "p-x": does not exist'):
        AddLane("p-x", Lane(id="l-new", name="New")).apply(journey)
    with pytest.raises(EditError, match='lane "l-lea-act": field "id"'):
        AddLane("p-marc", Lane(id="l-lea-act", name="Actions")).apply(journey)
    assert journey == before


def test_removing_a_lane_removes_its_cards_and_links_and_undo_restores_them(journey, undo_redo):
    change = undo_redo(journey, RemoveLane("l-lea-touch"))
    assert lane_ids(journey, "p-lea") == ["l-lea-act", "l-lea-emo", "l-lea-pain"]
    assert "c-site" not in {c.id for c in journey.cards}
    assert [link.id for link in journey.links] == ["k-call-chat"]
    assert {"l-lea-touch", "c-blog", "c-site", "k-site-store"} <= change.touched
    assert change.label == "Delete lane «Points de contact» of persona «Léa»"


def test_removing_a_middle_lane_and_undoing_puts_it_back_in_the_middle(journey, undo_redo):
    undo_redo(journey, RemoveLane("l-lea-emo"))
    assert lane_ids(journey, "p-lea") == ["l-lea-touch", "l-lea-act", "l-lea-pain"]


def test_removing_an_unknown_lane_is_an_error(journey):
    with pytest.raises(EditError, match='lane "l-nope": does not exist'):
        RemoveLane("l-nope").apply(journey)


def test_updating_a_lane_kind_and_name(journey, undo_redo):
    change = undo_redo(
        journey, UpdateLane("l-marc-think", {"kind": "emotions", "name": "Ressenti"})
    )
    assert journey.lane("l-marc-think").kind == "emotions"
    assert change.inverse == UpdateLane("l-marc-think", {"kind": "thoughts", "name": "Pensées"})


def test_a_lane_kind_outside_the_list_is_refused(journey):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError) as raised:
        UpdateLane("l-marc-think", {"kind": "feelings"}).apply(journey)
    assert str(raised.value).startswith('lane "l-marc-think": field "kind": must be')
    assert journey == before


def test_moving_a_lane_reorders_within_its_persona_only(journey, undo_redo):
    change = undo_redo(journey, MoveLane("l-lea-pain", 0))
    assert lane_ids(journey, "p-lea") == ["l-lea-pain", "l-lea-touch", "l-lea-act", "l-lea-emo"]
    assert lane_ids(journey, "p-marc") == ["l-marc-touch", "l-marc-think"]
    assert change.inverse == MoveLane("l-lea-pain", 3)


def test_moving_a_lane_past_the_end_puts_it_last_in_its_persona(journey):
    MoveLane("l-marc-touch", 99).apply(journey)
    assert lane_ids(journey, "p-marc") == ["l-marc-think", "l-marc-touch"]
