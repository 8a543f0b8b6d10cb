"""The letters in a persona's avatar (canvas and PDF alike)."""

import pytest

from journey_editor.layout.persona_header import initials


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Léa Dubois", "LD"),
        ("Julien, 34 ans", "J"),  # a second word counts only when capitalised
        ("marc", "M"),
        ("« Œdipe » Roi", "ŒR"),
        ("   ", "?"),
        ("", "?"),
    ],
)
def test_initials_take_the_first_letter_and_a_capitalised_second_word(name, letters):
    assert initials(name) == letters
