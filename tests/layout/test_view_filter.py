"""Spotlight and filters, as the layout sees them: a filter leaves cards (of another evidence
level, without the tag) and lanes (of hidden kinds) out of the layout, which stays a valid
layout; the spotlight lays out nothing and only says what is lit."""

from __future__ import annotations

from journey_editor.layout import compute_layout
from journey_editor.layout.options import CardFilter, LayoutOptions
from journey_editor.layout.view_filter import ViewFilter, is_lit, lit_area

from .conftest import check_layout

OPTIONS = LayoutOptions(title_block=False, legend=False)


def test_no_filter_lays_out_with_the_options_themselves():
    assert ViewFilter().options(OPTIONS) is OPTIONS
    assert not ViewFilter().active
    # The spotlight changes no layout either.
    assert ViewFilter(spotlight=("stage", "s-buy")).options(OPTIONS) is OPTIONS
    assert ViewFilter(spotlight=("stage", "s-buy")).active


def test_an_evidence_filter_keeps_only_those_cards(small_project):
    options = ViewFilter(evidence="observed").options(OPTIONS)
    assert options.card_filter == CardFilter("observed", None)
    layout = compute_layout(small_project, options)
    check_layout(layout, every_pair=True)
    assert set(layout.cards) == {"c-blog"}
    # Links lose the cards they join, and the heat strip counts the cards shown.
    assert layout.links == ()


def test_a_tag_filter_and_an_evidence_filter_add_up(small_project):
    assert set(compute_layout(small_project, ViewFilter(tag="caisse").options(OPTIONS)).cards) == {
        "c-queue"
    }
    both = ViewFilter(tag="caisse", evidence="observed").options(OPTIONS)
    assert compute_layout(small_project, both).cards == {}


def test_hidden_lanes_add_to_the_options_own(small_project):
    base = LayoutOptions(title_block=False, hidden_lane_kinds=frozenset({"emotions"}))
    options = ViewFilter(hidden_lane_kinds=frozenset({"pain_points"})).options(base)
    assert options.hidden_lane_kinds == {"emotions", "pain_points"}
    layout = compute_layout(small_project, options)
    check_layout(layout)
    lanes = {row.lane_id for band in layout.personas for row in band.lanes}
    assert "l-lea-pain" not in lanes and "l-lea-emotion" not in lanes
    assert "c-queue" not in layout.cards


def test_the_lit_area_is_the_band_or_the_column_and_is_lit_follows_it(small_project):
    layout = compute_layout(small_project, OPTIONS)
    band = next(b for b in layout.personas if b.persona_id == "p-marc")
    area = lit_area(layout, ("persona", "p-marc"))
    assert area.y == band.rect.y and area.height == band.rect.height
    assert area.x == layout.left_width and area.right == layout.width
    stage = next(s for s in layout.stages if s.stage_id == "s-buy")
    column = lit_area(layout, ("stage", "s-buy"))
    assert (column.x, column.width) == (stage.left, stage.rect.width)
    assert column.y == layout.body_top and column.bottom == layout.height
    # Every card the area holds is lit, and every lit card is in it.
    for spotlight in (("persona", "p-marc"), ("stage", "s-buy"), ("persona", "p-lea")):
        area = lit_area(layout, spotlight)
        for box in layout.cards.values():
            centre_x, centre_y = box.rect.center
            inside = area.contains(centre_x, centre_y)
            assert is_lit(box, spotlight) == inside, (spotlight, box.card_id)
    assert all(is_lit(box, None) for box in layout.cards.values())
    assert lit_area(layout, None) is None
    assert lit_area(layout, ("stage", "gone")) is None
