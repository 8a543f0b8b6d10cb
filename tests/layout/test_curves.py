"""Emotion curves: points in sequence order, faces' heights, hot spots, and a smooth path that
stays inside its lane."""

import random

import pytest

from journey_editor.layout import LayoutOptions, Point, catmull_rom, compute_layout
from journey_editor.model import Card, Lane, Persona, Project, Stage


def curve_of(layout, persona_id):
    return next(curve for curve in layout.emotion_curves if curve.persona_id == persona_id)


def samples(segment, steps=24):
    return [segment.point_at(i / steps) for i in range(steps + 1)]


def test_the_curve_runs_through_the_persona_scores_in_sequence_order(small_layout):
    curve = curve_of(small_layout, "p-lea")
    assert curve.lane_id == "l-lea-emotion"
    assert [point.card_id for point in curve.points] == ["c-blog", "c-friend", "c-shop"]
    assert [point.emotion for point in curve.points] == [2, 1, -1]
    xs = [point.x for point in curve.points]
    assert xs == sorted(xs) and len(set(xs)) == len(xs), "x strictly increases"
    for point in curve.points:
        stage = small_layout.stage(small_layout.cards[point.card_id].cell[2])
        assert stage.left < point.x < stage.right, "each point lies in its card's stage column"


def test_one_point_in_a_stage_sits_on_its_card_centre(small_layout):
    curve = curve_of(small_layout, "p-lea")
    shop = small_layout.cards["c-shop"].rect
    assert curve.points[2].x == pytest.approx(shop.x + shop.width / 2)


def test_higher_emotion_is_higher_on_the_page(small_layout):
    curve = curve_of(small_layout, "p-lea")
    by_emotion = sorted(curve.points, key=lambda point: point.emotion)
    ys = [point.y for point in by_emotion]
    assert ys == sorted(ys, reverse=True)
    assert curve.levels == tuple(sorted(curve.levels, reverse=True))
    for point in curve.points:
        assert point.y == curve.levels[point.emotion + 2]
    assert curve.baseline_y == curve.levels[2]
    padding = small_layout.options.emotion_curve_padding
    assert curve.levels[0] == pytest.approx(curve.zone.bottom - padding)
    assert curve.levels[-1] == pytest.approx(curve.zone.y + padding)


def test_hot_spots_are_the_lowest_points_at_minus_one_or_below(small_layout):
    assert [point.card_id for point in curve_of(small_layout, "p-lea").hot_spots] == ["c-shop"]
    assert curve_of(small_layout, "p-marc").hot_spots == ()


def test_every_tie_at_the_minimum_is_a_hot_spot(small_project):
    small_project.cards[0].emotion = -1  # c-blog ties with c-shop
    layout = compute_layout(small_project)
    assert [p.card_id for p in curve_of(layout, "p-lea").hot_spots] == ["c-blog", "c-shop"]


def test_the_path_joins_the_points_and_its_controls_stay_in_the_lane(small_layout):
    for curve in small_layout.emotion_curves:
        assert len(curve.segments) == len(curve.points) - 1
        row = next(
            row for row in small_layout.persona(curve.persona_id).lanes
            if row.lane_id == curve.lane_id
        )  # fmt: skip
        for segment, start, end in zip(
            curve.segments, curve.points, curve.points[1:], strict=False
        ):
            assert segment.start == (start.x, start.y) and segment.end == (end.x, end.y)
            for control in segment.control_points():
                assert row.rect.contains(control.x, control.y)
                assert curve.zone.contains(control.x, control.y)


def test_a_persona_without_an_emotions_lane_gets_its_curve_under_its_touchpoints(small_layout):
    curve = curve_of(small_layout, "p-marc")
    row = small_layout.persona("p-marc").lanes[0]
    assert curve.lane_id == row.lane_id and row.kind == "touchpoints"
    assert curve.zone == row.curve_zone
    assert curve.zone.bottom == pytest.approx(row.rect.bottom), "the curve zone is under the cards"
    store = small_layout.cards["c-marc-store"]
    assert store.rect.bottom <= curve.zone.y
    assert len(curve.points) == 1 and curve.segments == ()


def test_the_curve_zone_of_an_emotions_lane_is_at_its_top(small_layout):
    row = next(row for row in small_layout.persona("p-lea").lanes if row.kind == "emotions")
    assert row.curve_zone.y == row.rect.y
    assert row.curve_zone.height == small_layout.options.emotion_curve_height
    assert (row.curve_zone.x, row.curve_zone.right) == (small_layout.left_width, small_layout.width)
    assert curve_of(small_layout, "p-lea").x_range == (small_layout.left_width, small_layout.width)


def test_no_scores_no_curve_not_even_a_flat_line(small_project):
    for card in small_project.cards:
        if card.persona == "p-marc" or card.id == "c-blog":
            card.emotion = None
    small_project.cards[1].emotion = None
    small_project.cards[2].emotion = None
    layout = compute_layout(small_project)
    assert layout.emotion_curves == ()
    # The emotions lane keeps its room, so it looks the same as it fills up;
    # the touchpoints lane of a persona without scores gets no curve zone.
    lea_row = next(row for row in layout.persona("p-lea").lanes if row.kind == "emotions")
    assert lea_row.curve_zone is not None
    assert layout.persona("p-marc").lanes[0].curve_zone is None


def test_scores_are_read_stage_by_stage_then_lane_by_lane():
    lanes = [
        # An actions lane feeds the curve only when it says so.
        Lane(id="act", name="Actions", kind="actions", feeds_curve=True),
        Lane(id="tp", name="Touchpoints", kind="touchpoints"),
        Lane(id="emo", name="Emotions", kind="emotions"),
    ]
    cards = [
        Card(id="tp-2", persona="p", lane="tp", stage="s2", emotion=-2),
        Card(id="act-1", persona="p", lane="act", stage="s1", emotion=1),
        Card(id="tp-1a", persona="p", lane="tp", stage="s1", emotion=0),
        Card(id="tp-1b", persona="p", lane="tp", stage="s1", emotion=2),
        Card(id="unscored", persona="p", lane="tp", stage="s1"),
        Card(id="act-2", persona="p", lane="act", stage="s2", emotion=-2),
    ]
    project = Project(
        id="m",
        stages=[Stage(id="s1", name="One"), Stage(id="s2", name="Two")],
        personas=[Persona(id="p", name="P", lanes=lanes)],
        cards=cards,
    )
    layout = compute_layout(project)
    curve = layout.emotion_curves[0]
    assert [p.card_id for p in curve.points] == ["act-1", "tp-1a", "tp-1b", "act-2", "tp-2"]
    assert [p.card_id for p in curve.hot_spots] == ["act-2", "tp-2"]
    one = layout.stage("s1")
    # Three scores in the first stage share its column evenly.
    assert [p.x for p in curve.points[:3]] == pytest.approx(
        [one.left + one.rect.width * f for f in (1 / 6, 3 / 6, 5 / 6)]
    )


def test_hiding_the_emotions_lane_moves_the_curve_under_the_touchpoints(small_project):
    layout = compute_layout(small_project, LayoutOptions(hidden_lane_kinds=frozenset({"emotions"})))
    assert curve_of(layout, "p-lea").lane_id == "l-lea-touch"


def test_curves_can_be_turned_off(small_project):
    layout = compute_layout(small_project, LayoutOptions(show_emotion_curves=False))
    assert layout.emotion_curves == ()
    assert all(row.curve_zone is None for band in layout.personas for row in band.lanes)


def test_scores_of_hidden_lanes_are_not_drawn(small_project):
    small_project.cards[3].emotion = -2  # c-queue, in the pain-points lane
    lea = small_project.personas[0]
    lea.lanes[2] = lea.lanes[2].model_copy(update={"feeds_curve": True})
    full = compute_layout(small_project)
    assert "c-queue" in [p.card_id for p in curve_of(full, "p-lea").points]
    hidden = compute_layout(
        small_project, LayoutOptions(hidden_lane_kinds=frozenset({"pain_points"}))
    )
    assert "c-queue" not in [p.card_id for p in curve_of(hidden, "p-lea").points]


# --- the spline itself ---------------------------------------------------------------------------


def random_points(seed, count=12):
    rng = random.Random(seed)
    x = 0.0
    points = []
    for _ in range(count):
        x += rng.uniform(5, 120)
        points.append(Point(x, rng.choice([10.0, 25.0, 40.0, 55.0, 70.0])))
    return points


@pytest.mark.parametrize("seed", range(20))
def test_monotone_curve_never_overshoots_between_two_points(seed):
    points = random_points(seed)
    for segment in catmull_rom(points):
        low, high = sorted((segment.start.y, segment.end.y))
        for sample in samples(segment):
            assert low - 1e-9 <= sample.y <= high + 1e-9
            assert segment.start.x - 1e-9 <= sample.x <= segment.end.x + 1e-9


@pytest.mark.parametrize("seed", range(20))
def test_plain_catmull_rom_is_clamped_to_the_limits(seed):
    points = random_points(seed)
    for segment in catmull_rom(points, monotone=False, y_limits=(10.0, 70.0)):
        for control in segment.control_points():
            assert 10.0 <= control.y <= 70.0
        for sample in samples(segment):
            assert 10.0 - 1e-9 <= sample.y <= 70.0 + 1e-9


def test_catmull_rom_control_points_follow_the_neighbours():
    points = [Point(0, 50), Point(100, 30), Point(200, 10)]
    first, second = catmull_rom(points, monotone=False)
    # Uniform Catmull-Rom: c1 = P1 + (P2 - P0) / 6 at an inner point.
    assert second.c1 == pytest.approx((100 + 200 / 6, 30 - 40 / 6))
    assert first.c2 == pytest.approx((100 - 200 / 6, 30 + 40 / 6))
    # Smooth: the tangent is continuous through P1.
    left = (first.end.x - first.c2.x, first.end.y - first.c2.y)
    right = (second.c1.x - second.start.x, second.c1.y - second.start.y)
    assert left == pytest.approx(right)


def test_full_tension_gives_straight_segments():
    points = [Point(0, 50), Point(100, 30), Point(200, 60)]
    for segment in catmull_rom(points, tension=1.0):
        assert segment.c1 == segment.start and segment.c2 == segment.end


def test_peaks_and_troughs_are_level():
    points = [Point(0, 50), Point(100, 10), Point(200, 60), Point(300, 60)]
    first, second, third = catmull_rom(points)
    assert first.c2.y == 10 and second.c1.y == 10  # a peak (smallest y): horizontal tangent
    assert second.c2.y == 60 and third.c1.y == 60


def test_fewer_than_two_points_give_no_segment():
    assert catmull_rom([]) == ()
    assert catmull_rom([Point(1, 2)]) == ()
