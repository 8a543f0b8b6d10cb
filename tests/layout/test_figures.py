"""Figures as a map shows them: one decimal mark per language."""

import pytest

from journey_editor.layout.figures import decimal, decimal_mark, effort_figure


@pytest.mark.parametrize(
    ("language", "mark"),
    [("fr", ","), ("fr_CA", ","), ("fr-BE", ","), ("en", "."), ("en_GB", "."), (None, ".")],
)
def test_french_writes_a_comma_every_other_language_a_point(language, mark):
    assert decimal_mark(language) == mark


def test_effort_in_the_strip_drops_a_zero_decimal():
    assert effort_figure(3.0, ",") == "3"
    assert effort_figure(3.66, ",") == "3,7"
    assert effort_figure(2.95, ".") == "3"  # rounds to 3.0, printed as 3


def test_signed_figures_use_a_real_minus_and_never_minus_zero():
    assert decimal(-0.5, ",", signed=True) == "−0,5"
    assert decimal(0.04, ".", signed=True) == "0.0"
    assert decimal(-0.04, ".", signed=True) == "0.0"
