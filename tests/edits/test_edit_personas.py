"""Personas: bands of lanes. Deleting one takes its cards and links; lanes change only via lane
edits."""

import pytest

from journey_editor.edits import (
    AddPersona,
    EditError,
    MovePersona,
    RemovePersona,
    RestorePersona,
    UpdatePersona,
)
from journey_editor.model import Lane, Persona
from journey_editor.model.factory import new_persona


def persona_ids(project):
    return [persona.id for persona in project.personas]


def test_adding_a_persona_with_default_lanes_and_undoing(journey, undo_redo):
    nina = new_persona("Nina", taken=journey.all_ids(), role="Étudiante")
    change = undo_redo(journey, AddPersona(nina, 1))
    assert persona_ids(journey) == ["p-lea", nina.id, "p-marc"]
    assert change.touched == {nina.id, *(lane.id for lane in nina.lanes)}
    assert change.structural is True
    assert change.label == "Add persona «Nina»"


def test_the_added_persona_is_a_copy_so_editing_the_original_changes_nothing(journey):
    nina = new_persona("Nina", taken=journey.all_ids())
    AddPersona(nina).apply(journey)
    nina.lanes.clear()
    assert len(journey.persona(nina.id).lanes) == 6


def test_a_one_lane_persona_is_fine(journey, undo_redo):
    solo = Persona(
        id="p-solo", name="Solo", lanes=[Lane(id="l-solo", name="TP", kind="touchpoints")]
    )
    undo_redo(journey, AddPersona(solo))
    assert persona_ids(journey)[-1] == "p-solo"


@pytest.mark.parametrize(
    ("persona", "where"),
    [
        (Persona(id="s-buy", name="X"), 'persona "s-buy": field "id"'),
        (
            Persona(id="p-new", name="X", lanes=[Lane(id="c-blog", name="L")]),
            'lane "c-blog": field "id"',
        ),
        (
            Persona(
                id="p-new", name="X", lanes=[Lane(id="l-x", name="A"), Lane(id="l-x", name="B")]
            ),
            'lane "l-x": field "id"',
        ),
    ],
)
def test_a_persona_or_lane_id_already_in_use_is_refused(journey, persona, where):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError, match=where):
        AddPersona(persona).apply(journey)
    assert journey == before


def test_an_invalid_lane_inside_a_new_persona_is_named(journey):
    bad_lane = Lane.model_construct(id="l-bad", name="Bad", kind="feelings")
    persona = Persona.model_construct(id="p-new", name="New", lanes=[bad_lane])
    with pytest.raises(EditError, match='lane "l-bad": field "kind"'):
        AddPersona(persona).apply(journey)


def test_removing_a_persona_removes_its_cards_and_links_and_undo_restores_them(journey, undo_redo):
    change = undo_redo(journey, RemovePersona("p-lea"))
    assert persona_ids(journey) == ["p-marc"]
    assert [c.id for c in journey.cards] == [
        "c-marc-ad",
        "c-marc-call",
        "c-marc-chat",
        "c-marc-doubt",
    ]
    assert [link.id for link in journey.links] == ["k-call-chat"]
    assert {"p-lea", "l-lea-touch", "c-blog", "k-blog-site"} <= change.touched
    assert isinstance(change.inverse, RestorePersona)
    assert change.label == "Delete persona «Léa»"


def test_removing_an_unknown_persona_is_an_error(journey):
    with pytest.raises(EditError, match='persona "p-nobody": does not exist'):
        RemovePersona("p-nobody").apply(journey)


def test_updating_a_persona_and_undoing(journey, undo_redo):
    change = undo_redo(
        journey, UpdatePersona("p-marc", {"quote": "Vite !", "goals": ["Gagner du temps"]})
    )
    marc = journey.persona("p-marc")
    assert (marc.quote, marc.goals) == ("Vite !", ["Gagner du temps"])
    assert [lane.id for lane in marc.lanes] == ["l-marc-touch", "l-marc-think"]
    assert change.inverse == UpdatePersona("p-marc", {"quote": "", "goals": []})


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"lanes": []}, "lanes"),
        ({"id": "p-other"}, "id"),
        ({"colour": "orange"}, "colour"),
        ({"goals": [1]}, "goals[0]"),
        ({"age": 34}, "age"),
    ],
)
def test_a_persona_update_cannot_touch_lanes_or_id_nor_break_a_field(journey, changes, field):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError) as raised:
        UpdatePersona("p-lea", changes).apply(journey)
    assert raised.value.field == field
    assert raised.value.object_id == "p-lea"
    assert journey == before


def test_moving_a_persona_and_undoing(journey, undo_redo):
    change = undo_redo(journey, MovePersona("p-marc", 0))
    assert persona_ids(journey) == ["p-marc", "p-lea"]
    assert change.inverse == MovePersona("p-marc", 1)
    assert change.structural is True


def test_moving_a_persona_past_the_end_puts_it_last(journey):
    MovePersona("p-lea", 10).apply(journey)
    assert persona_ids(journey) == ["p-marc", "p-lea"]
