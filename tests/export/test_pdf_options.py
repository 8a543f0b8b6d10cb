"""PdfOptions: paper sizes in points, refusals with a clear message, and remembered choices
that survive JSON and tolerate anything a settings file may hold."""

import json

import pytest

from journey_editor.export import MM, PAPER_SIZES_MM, PdfOptions


def test_named_papers_turn_with_the_orientation():
    assert PdfOptions(paper="A4", landscape=False).page_size_pt() == pytest.approx(
        (595.28, 841.89), abs=0.01
    )
    assert PdfOptions(paper="A4", landscape=True).page_size_pt() == pytest.approx(
        (841.89, 595.28), abs=0.01
    )
    assert PdfOptions(paper="Letter", landscape=False).page_size_pt() == pytest.approx((612, 792))
    assert PdfOptions(paper="Tabloid", landscape=True).page_size_pt() == pytest.approx((1224, 792))


@pytest.mark.parametrize("paper", list(PAPER_SIZES_MM))
def test_every_paper_is_its_size_in_millimetres(paper):
    short, long = PAPER_SIZES_MM[paper]
    width, height = PdfOptions(paper=paper, landscape=False).page_size_pt()
    assert (width / MM, height / MM) == pytest.approx((short, long))


def test_a_custom_poster_is_exactly_the_size_given_whatever_the_orientation_flag():
    for landscape in (True, False):
        options = PdfOptions(paper="custom", custom_size_mm=(600, 900), landscape=landscape)
        assert options.page_size_pt() == pytest.approx((600 * MM, 900 * MM))
    assert options.describe_paper() == "custom 600 × 900 mm"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"paper": "B5"}, "unknown paper"),
        ({"paper": "custom"}, "custom paper needs its size"),
        ({"paper": "custom", "custom_size_mm": (0, 300)}, "custom paper side"),
        ({"mode": "poster"}, "unknown mode"),
        ({"scale": 0}, "scale must be a positive"),
        ({"scale": float("nan")}, "scale must be a positive"),
        ({"overlap_mm": -1}, "overlap must be zero or more"),
        ({"margin_mm": 150, "paper": "A4"}, "margins leave no room"),
        ({"mode": "tile", "overlap_mm": 250, "paper": "A4"}, "overlap must be smaller"),
    ],
)
def test_impossible_options_are_refused_with_a_message(fields, message):
    with pytest.raises(ValueError, match=message):
        PdfOptions(**fields)


def test_hidden_lane_kinds_may_be_any_iterable_and_are_stored_as_a_frozenset():
    options = PdfOptions(hidden_lane_kinds=["backstage", "notes"])
    assert options.hidden_lane_kinds == frozenset({"backstage", "notes"})
    assert hash(options) == hash(PdfOptions(hidden_lane_kinds={"notes", "backstage"}))


def test_remembered_options_round_trip_through_json():
    options = PdfOptions(
        paper="custom",
        custom_size_mm=(841.0, 1189.0),
        mode="tile",
        scale=0.75,
        overlap_mm=15,
        margin_mm=8,
        per_persona=True,
        summary=True,
        hidden_lane_kinds=frozenset({"backstage"}),
        min_font_pt=6,
    )
    data = json.loads(json.dumps(options.to_dict()))
    assert PdfOptions.from_dict(data) == options


def test_remembered_options_tolerate_unknown_missing_and_bad_values():
    data = {
        "paper": "A2",
        "landscape": "yes",  # wrong type: default kept
        "scale": -3,  # invalid: default kept
        "mode": "tile",
        "colour_profile": "CMYK",  # unknown: ignored
        "hidden_lane_kinds": ["notes", 7],  # not all strings: default kept
    }
    options = PdfOptions.from_dict(data)
    assert options == PdfOptions(paper="A2", mode="tile")
    assert PdfOptions.from_dict(None) == PdfOptions()
    assert PdfOptions.from_dict({"paper": "custom"}) == PdfOptions()  # custom without a size


def test_the_orientation_is_automatic_unless_chosen_and_remembered_either_way():
    assert PdfOptions().landscape is None
    assert (
        PdfOptions(paper="A4").page_size_pt()
        == PdfOptions(paper="A4", landscape=True).page_size_pt()
    )
    for landscape in (None, True, False):
        options = PdfOptions(paper="A4", landscape=landscape)
        assert PdfOptions.from_dict(json.loads(json.dumps(options.to_dict()))) == options
    assert PdfOptions(paper="A4").describe_paper() == "A4 landscape (auto)"
    assert PdfOptions(paper="A4").describe_paper((False, False)) == "A4 portrait (auto)"
    assert (
        PdfOptions(paper="A4").describe_paper((True, False)) == "A4 landscape and portrait (auto)"
    )
    assert PdfOptions(paper="A4", landscape=False).describe_paper((True,)) == "A4 portrait"
