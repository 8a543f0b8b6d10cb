"""The persona comparison as numbers: its curve points are the map's curve points (same cards,
same order, traced by card id) moved into the chart's columns and emotion levels; the means
and the gap ranking follow the rule of layout/persona_compare's docstring, exactly."""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.layout import Rect, compute_layout
from journey_editor.layout.persona_compare import (
    CURVE_OPTIONS,
    LINE_STYLES,
    MAX_READABLE,
    CompareLabels,
    compare_figures,
    compare_personas,
    line_style,
    marker_outline,
    points_near,
    rank_gaps,
)
from journey_editor.model import Card, Lane, Persona, Project, Stage

A4_LANDSCAPE = Rect(28.35, 28.35, 785.2, 538.6)  # the printable area inside 10 mm margins
EPS = 1e-6


def check_curves(project: Project, comparison) -> None:
    """Each curve: the map curve's cards in order, at their emotion's level, inside their stage's
    column, x strictly increasing; markers in the plot."""
    layout = compute_layout(project, CURVE_OPTIONS)
    on_map = {curve.persona_id: curve for curve in layout.emotion_curves}
    columns = {column.stage_id: column.rect for column in comparison.columns}
    cards = {card.id: card for card in project.cards}
    for curve in comparison.curves:
        assert [p.card_id for p in curve.points] == [
            p.card_id for p in on_map[curve.persona_id].points
        ]
        assert len(curve.segments) == len(curve.points) - 1
        for point in curve.points:
            card = cards[point.card_id]
            assert (point.persona_id, point.stage_id) == (card.persona, card.stage)
            assert point.emotion == card.emotion
            assert point.y == pytest.approx(comparison.levels[card.emotion + 2])
            column = columns[card.stage]
            assert column.x < point.x < column.right
            assert comparison.plot.y < point.y < comparison.plot.bottom
        for a, b in pairwise(curve.points):
            assert a.x < b.x
        for segment in curve.segments:  # the curve stays in the plot (monotone, clamped)
            for x, y in segment:
                assert comparison.plot.x - EPS <= x <= comparison.plot.right + EPS
                assert comparison.levels[-1] - EPS <= y <= comparison.levels[0] + EPS


def test_the_small_map_compared(small_project):
    comparison = compare_personas(small_project, A4_LANDSCAPE)
    check_curves(small_project, comparison)
    lea, marc = comparison.curves
    assert [p.card_id for p in lea.points] == ["c-blog", "c-friend", "c-shop"]
    assert [p.card_id for p in marc.points] == ["c-marc-store"]
    assert [column.stage_id for column in comparison.columns] == ["s-discover", "s-buy", "s-use"]
    # +2 at the top of the plot, −2 at the bottom, evenly apart.
    levels = comparison.levels
    assert levels[4] < levels[2] < levels[0]
    assert levels[0] - levels[1] == pytest.approx(levels[3] - levels[4])
    assert [p.y for p in lea.points] == [levels[4], levels[3], levels[1]]

    figures = comparison.figures
    assert figures.mean_emotion == {
        ("p-lea", "s-discover"): Fraction(3, 2),
        ("p-lea", "s-buy"): Fraction(-1),
        ("p-marc", "s-buy"): Fraction(1),
    }
    assert figures.mean_effort == {
        ("p-lea", "s-discover"): Fraction(1),
        ("p-lea", "s-buy"): Fraction(3),
        ("p-marc", "s-buy"): Fraction(2),
    }
    # Only the purchase stage has scores from both personas.
    (gap,) = figures.gaps
    assert (gap.stage_id, gap.emotion_spread, gap.effort_spread) == ("s-buy", 2, 1)
    assert (gap.emotion_high, gap.emotion_low) == ("p-marc", "p-lea")
    assert (gap.effort_high, gap.effort_low) == ("p-lea", "p-marc")
    texts = [" ".join(label.block.texts) for label in comparison.labels]
    assert "Achat" in texts
    assert "Marc +1.0 → Léa −1.0" in texts
    assert texts.count("2.0") >= 1 and "Léa 3.0 → Marc 2.0" in texts


def test_the_map_and_the_chart_agree_on_every_template(template_project):
    comparison = compare_personas(template_project, A4_LANDSCAPE)
    check_curves(template_project, comparison)
    assert len(comparison.curves) == len(template_project.personas)
    assert comparison.bottom <= A4_LANDSCAPE.bottom + EPS, "the page holds it all"
    for label in comparison.labels:
        rect = label.block.rect
        assert A4_LANDSCAPE.x - EPS <= rect.x and rect.right <= A4_LANDSCAPE.right + EPS
    gaps = comparison.figures.gaps
    assert [g.emotion_spread for g in gaps] == sorted(
        (g.emotion_spread for g in gaps), reverse=True
    )


def test_a_point_is_found_under_the_pointer_and_nowhere_else(small_project):
    comparison = compare_personas(small_project, A4_LANDSCAPE)
    for curve in comparison.curves:
        for point in curve.points:
            found = points_near(comparison, point.x + 1.5, point.y - 1.0)
            assert found and found[0] == point
    plot = comparison.plot
    assert points_near(comparison, plot.x + 1, plot.y + 1) == []


def test_each_persona_keeps_its_style_whichever_others_are_shown(small_project):
    both = compare_personas(small_project, A4_LANDSCAPE)
    alone = compare_personas(small_project, A4_LANDSCAPE, persona_ids=["p-marc"])
    assert [c.persona_id for c in alone.curves] == ["p-marc"]
    assert alone.curves[0].style == both.curves[1].style == line_style(1)
    assert alone.curves[0].colour == "#56B4E9"
    assert [s.persona_id for s in alone.samples] == ["p-marc", "p-marc"]  # legend, effort table
    assert alone.figures.gaps == ()
    assert alone.notes == (CompareLabels().one_persona,)
    nobody = compare_personas(small_project, A4_LANDSCAPE, persona_ids=[])
    assert nobody.curves == () and CompareLabels().no_personas in nobody.notes


def test_six_readable_styles_then_hollow_ones():
    firsts = LINE_STYLES[:MAX_READABLE]
    assert len({s.dash for s in firsts}) == MAX_READABLE, "six different strokes"
    assert len({s.marker for s in firsts}) == MAX_READABLE, "six different marker shapes"
    assert len(set(LINE_STYLES)) == len(LINE_STYLES) == 2 * MAX_READABLE
    assert all(s.hollow for s in LINE_STYLES[MAX_READABLE:])
    shapes = {s.marker: marker_outline(s.marker, (0.0, 0.0), 4.0) for s in firsts}
    assert shapes["circle"] == ()
    assert {len(points) for name, points in shapes.items() if name != "circle"} == {3, 4, 12}


# --- the ranking, for any means ---------------------------------------------------------------

PERSONAS = ("a", "b", "c", "d")
STAGES = ("s0", "s1", "s2", "s3", "s4", "s5")
MEAN = st.fractions(min_value=-2, max_value=5, max_denominator=6)
MEANS = st.dictionaries(st.tuples(st.sampled_from(PERSONAS), st.sampled_from(STAGES)), MEAN)


@settings(max_examples=300, deadline=None)
@given(emotion=MEANS, effort=MEANS)
def test_gaps_are_spreads_ranked_by_emotion_then_effort_then_stage_order(emotion, effort):
    gaps = rank_gaps(STAGES, PERSONAS, emotion, effort)

    def spread(means, stage):
        values = [means[(p, stage)] for p in PERSONAS if (p, stage) in means]
        return max(values) - min(values) if len(values) >= 2 else None

    expected = [
        s for s in STAGES if spread(emotion, s) is not None or spread(effort, s) is not None
    ]
    assert sorted(g.stage_id for g in gaps) == sorted(expected), "every stage with a spread, once"
    for gap in gaps:
        assert gap.index == STAGES.index(gap.stage_id)
        assert gap.emotion_spread == spread(emotion, gap.stage_id)
        assert gap.effort_spread == spread(effort, gap.stage_id)
        if gap.emotion_spread is not None:
            values = {
                p: emotion[(p, gap.stage_id)] for p in PERSONAS if (p, gap.stage_id) in emotion
            }
            top, bottom = max(values.values()), min(values.values())
            # The first persona in map order at the top and at the bottom.
            assert gap.emotion_high == next(p for p in PERSONAS if values.get(p) == top)
            assert gap.emotion_low == next(p for p in PERSONAS if values.get(p) == bottom)
    for first, second in pairwise(gaps):
        a, b = first.emotion_spread, second.emotion_spread
        if a is None:
            assert b is None, "stages without an emotion spread come last"
        elif b is not None and a == b:
            c, d = first.effort_spread, second.effort_spread
            if c == d:
                assert first.index < second.index, "full ties: stage order"
            else:
                assert d is None or (c is not None and c > d)
        elif b is not None:
            assert a > b
        if a is None and b is None:
            c, d = first.effort_spread, second.effort_spread
            assert (c, first.index) != (d, second.index)
            assert c > d or (c == d and first.index < second.index)


def test_equal_spreads_are_exact_not_floating():
    """1/3 − (−1/3) and 1 − 1/3 are both 2/3: a float subtraction may tell them apart, the
    fractions do not, so the stage order decides."""
    third = Fraction(1, 3)
    emotion = {
        ("a", "s1"): third,
        ("b", "s1"): -third,
        ("a", "s0"): Fraction(1),
        ("b", "s0"): third,
    }
    gaps = rank_gaps(("s0", "s1"), ("a", "b"), emotion, {})
    assert [g.stage_id for g in gaps] == ["s0", "s1"]
    assert gaps[0].emotion_spread == gaps[1].emotion_spread == Fraction(2, 3)


# --- the layout, for any small map ------------------------------------------------------------


@st.composite
def maps(draw) -> Project:
    stages = [
        Stage(id=f"s{i}", name=draw(st.sampled_from(["Awareness", "Recommendation", "x" * 30])))
        for i in range(draw(st.integers(1, 5)))
    ]
    kinds = ("touchpoints", "emotions", "pain_points")
    personas = [
        Persona(
            id=f"p{p}",
            name=draw(st.sampled_from(["Léa", "Graham Whitfield, 67", "A" * 40])),
            colour="#0072B2",  # all the same colour: only the line style tells them apart
            lanes=[Lane(id=f"p{p}-{kind}", name=kind, kind=kind) for kind in kinds],
        )
        for p in range(draw(st.integers(1, 8)))
    ]
    cells = [(p.id, lane.id, s.id) for p in personas for lane in p.lanes for s in stages]
    cards = []
    for i in range(draw(st.integers(0, 40))):
        persona, lane, stage = draw(st.sampled_from(cells))
        cards.append(
            Card(
                id=f"c{i}",
                persona=persona,
                lane=lane,
                stage=stage,
                title=f"Card {i}",
                effort=draw(st.one_of(st.none(), st.integers(1, 5))),
                emotion=draw(st.one_of(st.none(), st.integers(-2, 2))),
            )
        )
    return Project(id="m", stages=stages, personas=personas, cards=cards)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    project=maps(),
    area=st.sampled_from([A4_LANDSCAPE, Rect(0, 0, 1000, 620), Rect(10, 20, 2400, 1600)]),
    data=st.data(),
)
def test_any_map_any_choice_keeps_the_rules(project, area, data):
    ids = [p.id for p in project.personas]
    chosen = data.draw(st.lists(st.sampled_from(ids), unique=True))
    comparison = compare_personas(project, area, chosen)
    check_curves(project, comparison)
    figures = compare_figures(project, chosen)
    assert figures.persona_ids == tuple(i for i in ids if i in chosen)
    assert {c.persona_id for c in comparison.curves} <= set(chosen)


def test_personas_at_the_same_score_stand_side_by_side(small_project):
    """One scored card each in a stage, at the same emotion: both would sit on the column's
    centre; the nudge puts their markers apart."""
    project = small_project.model_copy(deep=True)
    project.cards = [c for c in project.cards if c.stage == "s-buy" and c.emotion is not None]
    project.cards[0].emotion = 1  # Léa's shop visit now matches Marc's fitting: +1
    comparison = compare_personas(project, A4_LANDSCAPE)
    (lea,), (marc,) = (curve.points for curve in comparison.curves)
    assert lea.y == marc.y
    assert marc.x - lea.x == pytest.approx(2.4 * comparison.marker_radius)
    column = comparison.columns[1].rect
    assert lea.x < column.x + column.width / 2 < marc.x
