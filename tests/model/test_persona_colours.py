"""New personas take a palette colour no other persona has."""

from hypothesis import given
from hypothesis import strategies as st

from journey_editor.model.factory import PERSONA_COLOURS, next_persona_colour


def test_the_first_persona_gets_the_first_colour_and_the_next_one_the_next():
    assert next_persona_colour([]) == PERSONA_COLOURS[0]
    assert next_persona_colour([PERSONA_COLOURS[0]]) == PERSONA_COLOURS[1]


def test_a_colour_freed_by_a_deleted_persona_is_taken_again_first():
    assert next_persona_colour([PERSONA_COLOURS[1], PERSONA_COLOURS[2]]) == PERSONA_COLOURS[0]


def test_case_does_not_hide_a_colour_in_use():
    assert next_persona_colour([PERSONA_COLOURS[0].lower()]) == PERSONA_COLOURS[1]


@given(st.lists(st.sampled_from((*PERSONA_COLOURS, "#123456")), max_size=40))
def test_the_colour_picked_is_never_used_more_often_than_any_other(used):
    picked = next_persona_colour(used)
    counts = {colour: used.count(colour) for colour in PERSONA_COLOURS}
    assert counts[picked] == min(counts.values())
