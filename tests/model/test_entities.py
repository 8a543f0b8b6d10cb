"""Each object of a map accepts what a map can hold and refuses what it cannot."""

import pytest
from pydantic import ValidationError

from journey_editor.model import Card, Channel, Lane, Persona, Stage

CARD = {"id": "c1", "persona": "p1", "lane": "l1", "stage": "s1"}


@pytest.mark.parametrize("effort", [1, 3, 5, None])
def test_card_accepts_effort_from_one_to_five_or_none(effort):
    assert Card(**CARD, effort=effort).effort == effort


@pytest.mark.parametrize("effort", [0, 6, -1, 2.5, "3", True])
def test_card_refuses_effort_outside_one_to_five_or_not_a_whole_number(effort):
    with pytest.raises(ValidationError) as raised:
        Card(**CARD, effort=effort)
    assert raised.value.errors()[0]["loc"][0] == "effort"


@pytest.mark.parametrize("emotion", [-2, 0, 2, None])
def test_card_accepts_emotion_from_minus_two_to_plus_two(emotion):
    assert Card(**CARD, emotion=emotion).emotion == emotion


@pytest.mark.parametrize("emotion", [-3, 3, float("nan"), float("inf")])
def test_card_refuses_emotion_out_of_range_and_non_finite_numbers(emotion):
    with pytest.raises(ValidationError):
        Card(**CARD, emotion=emotion)


def test_card_evidence_is_one_of_three_levels():
    for level in ("observed", "assumed", "proposed", None):
        assert Card(**CARD, evidence=level).evidence == level
    with pytest.raises(ValidationError):
        Card(**CARD, evidence="guessed")


@pytest.mark.parametrize("bad_id", ["", " ", " c1", "c1 ", "\t"])
def test_ids_must_be_non_empty_without_surrounding_spaces(bad_id):
    with pytest.raises(ValidationError):
        Stage(id=bad_id, name="Achat")


def test_ids_from_other_tools_are_kept_as_they_are():
    for odd_id in ("42", "3f2b-uuid-like", "Étape 1", "node:7"):
        assert Stage(id=odd_id, name="x").id == odd_id


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "0072B2", "#GG0000", ""])
def test_colours_must_be_hash_rrggbb(colour):
    with pytest.raises(ValidationError):
        Persona(id="p", name="Léa", colour=colour)
    with pytest.raises(ValidationError):
        Channel(id="web", label="Web", colour=colour)


def test_names_of_stages_personas_and_lanes_need_visible_text():
    with pytest.raises(ValidationError):
        Stage(id="s", name="   ")
    with pytest.raises(ValidationError):
        Persona(id="p", name="")
    with pytest.raises(ValidationError):
        Lane(id="l", name="")


def test_lane_kind_is_one_of_the_eight_kinds():
    assert Lane(id="l", name="x", kind="pain_points").kind == "pain_points"
    with pytest.raises(ValidationError):
        Lane(id="l", name="x", kind="feelings")


def test_unknown_fields_are_refused_not_silently_dropped():
    with pytest.raises(ValidationError) as raised:
        Card(**CARD, colour="#000000")
    assert raised.value.errors()[0]["type"] == "extra_forbidden"


def test_a_card_knows_its_cell():
    assert Card(**CARD).cell == ("p1", "l1", "s1")
