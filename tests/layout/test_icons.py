"""The channel icon shapes (one Qt-free set, drawn by the canvas and the PDF) stay in their
24 × 24 box, and unknown names get the generic drawing."""

import re

import pytest

from journey_editor.layout.icons import GRID, KNOWN_ICONS, icon_key, icon_operators


@pytest.mark.parametrize("name", [*sorted(KNOWN_ICONS), "no-such-icon", None])
def test_each_icon_is_a_path_inside_its_box(name):
    stroke, fill = icon_operators(name)
    numbers = [float(n) for n in re.findall(r"-?\d+\.\d+", stroke + " " + (fill or ""))]
    assert numbers, "the icon draws something"
    assert all(-1.0 <= n <= GRID + 1.0 for n in numbers)
    assert stroke.split()[2] == "m"  # starts with a move


def test_unknown_icons_fall_back_to_the_generic_drawing():
    assert icon_key("no-such-icon") == icon_key(None) == "generic"
    assert icon_operators("no-such-icon") == icon_operators(None)
