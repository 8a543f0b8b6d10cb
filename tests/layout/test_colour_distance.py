"""How far apart two channel colours look: CIEDE2000 in L*a*b*, and the same for simulated
deuteranopes and protanopes, as the channel editor's warning judges them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey_editor.layout.colour_distance import (
    TOO_CLOSE,
    _ciede2000,
    clashes,
    closeness,
    delta_e_76,
    delta_e_2000,
    hex_of,
    lab,
    most_distinct,
    parse,
    simulate,
)
from journey_editor.model.channels import CHANNEL_SWATCHES

COLOURS = st.integers(0, 0xFFFFFF).map(lambda value: f"#{value:06X}")


# Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", table 1: pairs whose
# hue angles straddle 0°/360° and the mean-hue branches are the ones an implementation gets wrong.
SHARMA = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, -1.0, 2.0), (50.0, 0.0, 0.0), 2.3669),
    ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0009), 7.1792),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 2.5, 0.0), (50.0, 3.1736, 0.5854), 1.0),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373),
    ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082),
]


@pytest.mark.parametrize(("first", "second", "expected"), SHARMA)
def test_ciede2000_matches_the_published_test_data(first, second, expected):
    assert _ciede2000(first, second) == pytest.approx(expected, abs=1e-4)
    assert _ciede2000(second, first) == pytest.approx(expected, abs=1e-4)


def test_lab_of_the_primaries_and_white():
    assert lab("#FFFFFF") == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    assert lab("#000000") == pytest.approx((0.0, 0.0, 0.0), abs=0.01)
    assert lab("#FF0000") == pytest.approx((53.24, 80.09, 67.20), abs=0.05)
    assert lab("#0000ff") == pytest.approx((32.30, 79.19, -107.86), abs=0.05)


def test_cie76_is_the_straight_distance_in_lab():
    assert delta_e_76("#000000", "#FFFFFF") == pytest.approx(100.0, abs=0.01)


@given(COLOURS, COLOURS)
def test_a_distance_is_symmetric_and_zero_only_for_the_same_colour(a, b):
    assert delta_e_2000(a, b) == pytest.approx(delta_e_2000(b, a), abs=1e-9)
    assert delta_e_2000(a, a) == 0.0
    if a != b:
        assert delta_e_2000(a, b) > 0.0


@given(COLOURS)
def test_simulation_keeps_greys_and_gives_a_colour(colour):
    for vision in ("deuteranopia", "protanopia"):
        seen = simulate(colour, vision)
        assert parse(seen)  # a valid #RRGGBB
    grey = hex_of([int(colour[1:3], 16) / 255] * 3)
    for vision in ("deuteranopia", "protanopia"):
        assert delta_e_2000(simulate(grey, vision), grey) < 1.0


def test_colours_that_differ_for_most_people_merge_for_dichromats():
    teal, pink = "#44AA99", "#CC79A7"  # SMS and Social media in the default catalogue
    assert delta_e_2000(teal, pink) > 3 * TOO_CLOSE  # far apart for normal vision
    near = closeness(teal, pink)
    assert near.vision == "deuteranopia" and near.too_close


def test_okabe_ito_blue_and_orange_stay_apart_for_everyone():
    near = closeness("#0072B2", "#E69F00")
    assert not near.too_close and near.delta_e > 30


def test_clashes_names_the_close_channels_closest_first():
    others = [("Website", "#0072B2"), ("Blog", "#88CCEE"), ("Store", "#D55E00")]
    found = clashes("#56B4E9", others)  # the mobile app's sky blue
    assert [name for name, _ in found] == ["Blog"]
    assert clashes("#0072B2", [("Copy", "#0072b2")])[0][1].delta_e == 0.0


def test_most_distinct_picks_the_swatch_farthest_from_what_is_used():
    assert most_distinct(CHANNEL_SWATCHES, []) == CHANNEL_SWATCHES[0]
    picked = most_distinct(["#0072B2", "#0073B3", "#E69F00"], ["#0072B2"])
    assert picked == "#E69F00"
    # A colour in use is never picked while another one is free.
    assert most_distinct(["#0072B2", "#0073B3"], ["#0072B2"]) == "#0073B3"


def test_unreadable_colours_are_refused_or_skipped():
    with pytest.raises(ValueError):
        parse("blue")
    with pytest.raises(ValueError):
        parse("#12345G")
    assert most_distinct(["#0072B2", "#E69F00"], ["nope"]) == "#0072B2"


def test_the_swatches_differ_from_each_other_for_normal_vision():
    for i, a in enumerate(CHANNEL_SWATCHES):
        for b in CHANNEL_SWATCHES[i + 1 :]:
            assert delta_e_2000(a, b) > 5.0, (a, b)
