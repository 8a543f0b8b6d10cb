"""Which cards the emotion curve goes through (issue 17, item 7): the touchpoints and emotions
lanes by default, any lane that says so (`Lane.feeds_curve`), never a pain point or a thought
that restates a touchpoint; every point names its card; the legend says which lanes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.export.legend_words import layout_labels
from journey_editor.layout import (
    LayoutOptions,
    Rect,
    compute_layout,
    curve_point_at,
    curve_sample,
)
from journey_editor.layout.curve_legend import CurvePart, curve_lanes, curve_legend_text
from journey_editor.model import Card, Lane, Persona, Project, Stage
from journey_editor.model.entities import CURVE_LANE_KINDS, feeds_curve_by_default
from journey_editor.model.types import LANE_KINDS


def curve_of(layout, persona_id):
    return next((c for c in layout.emotion_curves if c.persona_id == persona_id), None)


def set_lane(project: Project, lane_id: str, **changes) -> None:
    persona, index = project.lane_owner(lane_id)
    persona.lanes[index] = persona.lanes[index].model_copy(update=changes)


def restated_dip() -> Project:
    """One persona whose pain point and thought restate the store visit's −2."""
    lanes = [
        Lane(id="tp", name="Touchpoints", kind="touchpoints"),
        Lane(id="emo", name="Emotions", kind="emotions"),
        Lane(id="pain", name="Pain points", kind="pain_points"),
        Lane(id="think", name="Thoughts", kind="thoughts"),
    ]
    cards = [
        Card(id="site", persona="p", lane="tp", stage="s1", title="Site", emotion=1),
        Card(id="store", persona="p", lane="tp", stage="s2", title="Store", emotion=-2),
        Card(id="queue", persona="p", lane="pain", stage="s2", title="Queue", emotion=-2),
        Card(id="ugh", persona="p", lane="think", stage="s2", title="Ugh", emotion=-2),
        Card(id="relief", persona="p", lane="emo", stage="s3", title="Relief", emotion=1),
    ]
    return Project(
        id="m",
        stages=[Stage(id=f"s{i}", name=f"Stage {i}") for i in (1, 2, 3)],
        personas=[Persona(id="p", name="P", lanes=lanes)],
        cards=cards,
    )


# --- the model's rule -----------------------------------------------------------------------------


def test_the_default_by_kind_is_touchpoints_and_emotions():
    assert {"touchpoints", "emotions"} == CURVE_LANE_KINDS
    for kind in LANE_KINDS:
        lane = Lane(id="l", name="L", kind=kind)
        assert lane.feeds_curve is None
        assert lane.on_curve is feeds_curve_by_default(kind) is (kind in CURVE_LANE_KINDS)
        assert Lane(id="l", name="L", kind=kind, feeds_curve=True).on_curve is True
        assert Lane(id="l", name="L", kind=kind, feeds_curve=False).on_curve is False


# --- which cards are points -----------------------------------------------------------------------


def test_a_restated_pain_point_does_not_double_the_dip():
    layout = compute_layout(restated_dip())
    curve = curve_of(layout, "p")
    assert [point.card_id for point in curve.points] == ["site", "store", "relief"]
    assert [point.card_id for point in curve.hot_spots] == ["store"], "one ring, not three"
    # The store is alone in its stage column now: its point sits on the card's centre line.
    store = layout.cards["store"].rect
    assert curve.points[1].x == pytest.approx(store.x + store.width / 2)


def test_a_lane_that_says_so_feeds_the_curve_and_one_that_says_not_does_not():
    project = restated_dip()
    set_lane(project, "pain", feeds_curve=True)
    set_lane(project, "emo", feeds_curve=False)
    curve = curve_of(compute_layout(project), "p")
    assert [point.card_id for point in curve.points] == ["site", "store", "queue"]
    rows = {row.lane_id: row.feeds_curve for row in compute_layout(project).personas[0].lanes}
    assert rows == {"tp": True, "emo": False, "pain": True, "think": False}


def test_scores_only_off_the_curve_draw_no_curve_and_keep_no_room_for_one():
    """A persona whose scored cards are all pain points: no curve, and (without an emotions
    lane) no curve zone under its touchpoints either."""
    project = restated_dip()
    project.personas[0].lanes = [
        lane for lane in project.personas[0].lanes if lane.kind != "emotions"
    ]
    project.cards = [card for card in project.cards if card.lane in ("tp", "pain")]
    for card in project.cards:
        if card.lane == "tp":
            card.emotion = None
    layout = compute_layout(project)
    assert layout.emotion_curves == ()
    assert all(row.curve_zone is None for row in layout.personas[0].lanes)


def test_every_point_names_its_card_and_carries_its_score():
    project = restated_dip()
    layout = compute_layout(project)
    for point in curve_of(layout, "p").points:
        card = project.card(point.card_id)
        assert point.emotion == card.emotion
        assert layout.cards[point.card_id].cell == card.cell


# --- random maps ----------------------------------------------------------------------------------


@st.composite
def maps(draw) -> Project:
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(draw(st.integers(1, 4)))]
    personas = []
    for p in range(draw(st.integers(1, 2))):
        lanes = [
            Lane(
                id=f"p{p}-l{i}",
                name=kind,
                kind=kind,
                feeds_curve=draw(st.sampled_from([None, None, True, False])),
            )
            for i, kind in enumerate(draw(st.lists(st.sampled_from(LANE_KINDS), max_size=5)))
        ]
        personas.append(Persona(id=f"p{p}", name=f"P{p}", lanes=lanes))
    cells = [(p.id, lane.id, s.id) for p in personas for lane in p.lanes for s in stages]
    cards = []
    if cells:
        for i in range(draw(st.integers(0, 25))):
            persona, lane, stage = draw(st.sampled_from(cells))
            emotion = draw(st.one_of(st.none(), st.integers(-2, 2)))
            cards.append(Card(id=f"c{i}", persona=persona, lane=lane, stage=stage, emotion=emotion))
    return Project(id="m", stages=stages, personas=personas, cards=cards)


def expected_points(project: Project, persona: Persona, hidden: frozenset[str]) -> list[str]:
    """The curve's cards by the rule, read independently of the layout: stage by stage, lane
    by lane (visible lanes that feed the curve), cell order, scored cards only."""
    ids = []
    for stage in project.stages:
        for lane in persona.lanes:
            if lane.kind in hidden or not lane.on_curve:
                continue
            cards = project.cell_cards(persona.id, lane.id, stage.id)
            ids.extend(card.id for card in cards if card.emotion is not None)
    return ids


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    project=maps(),
    hidden=st.frozensets(st.sampled_from(LANE_KINDS), max_size=2),
)
def test_the_curve_goes_through_exactly_the_scored_cards_of_feeding_lanes(project, hidden):
    layout = compute_layout(project, LayoutOptions(hidden_lane_kinds=hidden))
    for persona in project.personas:
        expected = expected_points(project, persona, hidden)
        curve = curve_of(layout, persona.id)
        if curve is None:
            assert expected == [], "scored cards on a feeding lane always make a curve"
            continue
        assert [point.card_id for point in curve.points] == expected
        for point in curve.points:
            assert point.emotion == project.card(point.card_id).emotion
            assert curve_point_at(curve, point.x, point.y, 1.0) == point


# --- finding a point under the pointer ------------------------------------------------------------


def test_curve_point_at_finds_the_nearest_point_within_the_radius():
    curve = curve_of(compute_layout(restated_dip()), "p")
    site, store, relief = curve.points
    assert curve_point_at(curve, store.x + 3, store.y - 2, 8.0) == store
    assert curve_point_at(curve, store.x + 9, store.y, 8.0) is None
    assert curve_point_at(curve, site.x, site.y + 8.0, 8.0) == site  # on the edge: in
    assert curve_point_at(curve, (site.x + store.x) / 2, site.y, 8.0) is None
    assert curve_point_at(curve, relief.x, relief.y, 0.0) == relief


def test_curve_point_at_picks_the_nearer_of_two_close_points():
    project = restated_dip()
    project.cards.append(Card(id="again", persona="p", lane="tp", stage="s2", emotion=-2))
    curve = curve_of(compute_layout(project), "p")
    store, again = curve.points[1], curve.points[2]
    assert (store.card_id, again.card_id) == ("store", "again")
    radius = again.x - store.x  # both in reach of any point between them
    assert curve_point_at(curve, store.x + radius * 0.4, store.y, radius) == store
    assert curve_point_at(curve, store.x + radius * 0.6, store.y, radius) == again


# --- the legend -----------------------------------------------------------------------------------


def test_the_legend_states_the_rule_while_every_lane_keeps_its_default(small_project):
    assert curve_legend_text(small_project, LayoutOptions()) == (
        "Emotion curve: touchpoints and emotions"
    )
    # Saying the default out loud is still the default.
    set_lane(small_project, "l-lea-touch", feeds_curve=True)
    set_lane(small_project, "l-lea-pain", feeds_curve=False)
    assert curve_lanes(small_project, LayoutOptions()) == [
        CurvePart("touchpoints"),
        CurvePart("emotions"),
    ]


def test_the_legend_in_french(small_project):
    options = LayoutOptions(labels=layout_labels("fr"))
    assert curve_legend_text(small_project, options) == (
        "Courbe d'émotion\u00a0: points de contact et émotions"
    )


def test_a_whole_kind_that_feeds_the_curve_is_named_by_its_kind():
    project = restated_dip()
    set_lane(project, "pain", feeds_curve=True)
    assert curve_legend_text(project, LayoutOptions()) == (
        "Emotion curve: touchpoints, emotions and pain points"
    )
    french = LayoutOptions(labels=layout_labels("fr"))
    assert curve_legend_text(project, french) == (
        "Courbe d'émotion\u00a0: points de contact, émotions et irritants"
    )


def test_when_only_some_lanes_of_a_kind_feed_the_curve_they_are_named():
    project = restated_dip()
    project.personas.append(
        Persona(
            id="q",
            name="Q",
            lanes=[
                Lane(id="q-tp", name="Store  visits", kind="touchpoints", feeds_curve=False),
                Lane(id="q-web", name="Web", kind="touchpoints"),
            ],
        )
    )
    assert curve_legend_text(project, LayoutOptions()) == (
        "Emotion curve: “Touchpoints”, “Web” and emotions"
    )
    french = LayoutOptions(labels=layout_labels("fr"))
    assert curve_legend_text(project, french) == (
        "Courbe d'émotion\u00a0: «\u00a0Touchpoints\u00a0», «\u00a0Web\u00a0» et émotions"
    )


def test_no_lane_feeding_the_curve_says_so():
    project = restated_dip()
    set_lane(project, "tp", feeds_curve=False)
    set_lane(project, "emo", feeds_curve=False)
    assert curve_legend_text(project, LayoutOptions()) == "Emotion curve: no lane"
    french = LayoutOptions(labels=layout_labels("fr"))
    assert curve_legend_text(project, french) == "Courbe d'émotion\u00a0: aucune ligne"


def test_hidden_lane_kinds_leave_the_legend_as_they_leave_the_curve(small_project):
    options = LayoutOptions(hidden_lane_kinds=frozenset({"emotions"}))
    assert curve_legend_text(small_project, options) == "Emotion curve: touchpoints"


def test_the_legend_row_ends_with_a_bit_of_curve(small_project):
    layout = compute_layout(small_project)
    emotion = next(s for s in layout.legend.sections if s.kind == "emotion")
    entry = emotion.entries[-1]
    assert entry.key == "curve"
    assert entry.label.texts == ("Emotion curve: touchpoints and emotions",)
    assert layout.legend.rect.contains_rect(entry.swatch)
    for point in curve_sample(entry.swatch):
        assert entry.swatch.contains_rect(Rect(point.x, point.y, 0.0, 0.0))
    without = compute_layout(small_project, LayoutOptions(show_emotion_curves=False))
    emotion = next(s for s in without.legend.sections if s.kind == "emotion")
    assert [e.key for e in emotion.entries] == ["-2", "-1", "0", "1", "2"]
