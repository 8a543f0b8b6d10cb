"""Map metrics, as a specification: small maps built in code, with figures worked out by hand.

Notation in the comments: a touchpoint sequence is written channel(emotion), "—" for a
touchpoint without a channel.
"""

import dataclasses

import pytest

from journey_editor.model import Card, Lane, Link, Persona, Project, Stage
from journey_editor.model.metrics import (
    CellMetrics,
    MapMetrics,
    PersonaMetrics,
    StageMetrics,
    compute_metrics,
)

STAGES = ("s1", "s2", "s3")


def persona(pid: str, *lanes: tuple[str, str]) -> Persona:
    """A persona with lanes given as (lane id, kind)."""
    return Persona(
        id=pid, name=pid, lanes=[Lane(id=lid, name=lid, kind=kind) for lid, kind in lanes]
    )


def card(cid: str, pid: str, lid: str, sid: str, **fields) -> Card:
    return Card(id=cid, persona=pid, lane=lid, stage=sid, **fields)


def project(personas: list[Persona], cards: list[Card], stages=STAGES, links=()) -> Project:
    return Project(
        id="map",
        stages=[Stage(id=sid, name=sid) for sid in stages],
        personas=personas,
        cards=cards,
        links=list(links),
    )


# One persona "ana" with the usual lanes: touchpoints ("t"), emotions ("e"), pain points ("x").
ANA = ("ana", ("t", "touchpoints"), ("e", "emotions"), ("x", "pain_points"))


def ana(*cards: Card, stages=STAGES) -> Project:
    return project([persona(*ANA)], list(cards), stages=stages)


# --- empty maps ---------------------------------------------------------------------------------


def test_an_empty_project_has_zero_counts_no_means_and_empty_lists():
    metrics = compute_metrics(Project(id="empty"))
    assert metrics == MapMetrics(
        personas=[],
        stages=[],
        grid=[],
        card_count=0,
        touchpoint_count=0,
        link_count=0,
        effort_scored=0,
        emotion_scored=0,
        mean_effort=None,
        mean_emotion=None,
        lowest_emotion=None,
        pain_hot_spots=[],
        channels_used=[],
        channel_switches=0,
    )


def test_personas_and_stages_without_cards_still_get_one_entry_each_and_a_full_grid():
    metrics = compute_metrics(ana(stages=("s1", "s2")))
    assert metrics.personas == [
        PersonaMetrics(
            persona_id="ana",
            card_count=0,
            touchpoint_count=0,
            effort_scored=0,
            emotion_scored=0,
            mean_effort=None,
            mean_emotion=None,
            lowest_emotion=None,
            pain_hot_spots=[],
            channels_used=[],
            channel_switches=0,
        )
    ]
    assert [s.stage_id for s in metrics.stages] == ["s1", "s2"]
    assert all(s.card_count == 0 and s.mean_effort is None for s in metrics.stages)
    assert metrics.grid == [
        [
            CellMetrics("ana", "s1", 0, 0, 0, 0, None, None, 0),
            CellMetrics("ana", "s2", 0, 0, 0, 0, None, None, 0),
        ]
    ]


# --- counts and means ---------------------------------------------------------------------------


def test_cards_count_on_every_lane_and_touchpoints_only_on_touchpoints_lanes():
    metrics = compute_metrics(
        ana(
            card("a", "ana", "t", "s1"),
            card("b", "ana", "t", "s1"),
            card("c", "ana", "e", "s1"),
            card("d", "ana", "x", "s2", channel="website"),  # a channel does not make a touchpoint
        )
    )
    assert (metrics.card_count, metrics.touchpoint_count) == (4, 2)
    assert (metrics.personas[0].card_count, metrics.personas[0].touchpoint_count) == (4, 2)
    assert [(s.card_count, s.touchpoint_count) for s in metrics.stages] == [(3, 2), (1, 0), (0, 0)]
    assert [(c.card_count, c.touchpoint_count) for c in metrics.grid[0]] == [(3, 2), (1, 0), (0, 0)]


def test_means_are_taken_over_the_cards_that_have_that_score_only():
    metrics = compute_metrics(
        ana(
            card("a", "ana", "t", "s1", effort=1, emotion=2),
            card("b", "ana", "t", "s1", effort=4),  # no emotion: left out of the emotion mean
            card("c", "ana", "e", "s1", emotion=-1),  # another lane still counts
            card("d", "ana", "x", "s1"),  # no score at all: counts as a card, not in any mean
        )
    )
    ana_metrics = metrics.persona("ana")
    assert ana_metrics.card_count == 4
    assert (ana_metrics.effort_scored, ana_metrics.mean_effort) == (2, 2.5)  # (1 + 4) / 2
    assert (ana_metrics.emotion_scored, ana_metrics.mean_emotion) == (2, 0.5)  # (2 − 1) / 2
    assert metrics.stage("s1").mean_effort == 2.5
    assert metrics.cell("ana", "s1").mean_emotion == 0.5
    assert (metrics.mean_effort, metrics.mean_emotion) == (2.5, 0.5)


def test_a_persona_whose_cards_have_no_scores_has_no_means():
    metrics = compute_metrics(
        project(
            [persona("ana", ("t", "touchpoints")), persona("bob", ("u", "touchpoints"))],
            [
                card("a", "ana", "t", "s1", effort=3, emotion=1),
                card("b", "bob", "u", "s1"),
                card("c", "bob", "u", "s2"),
            ],
        )
    )
    bob = metrics.persona("bob")
    assert bob.card_count == 2
    assert (bob.mean_effort, bob.mean_emotion) == (None, None)
    assert (bob.effort_scored, bob.emotion_scored) == (0, 0)
    assert metrics.cell("bob", "s1").mean_effort is None
    # The stage mean mixes personas: only ana's card has scores in s1.
    assert (metrics.stage("s1").mean_effort, metrics.stage("s1").mean_emotion) == (3.0, 1.0)
    assert (metrics.stage("s2").card_count, metrics.stage("s2").mean_effort) == (1, None)


def test_the_grid_gives_the_mean_effort_of_each_stage_in_each_persona_band():
    metrics = compute_metrics(
        project(
            [persona(*ANA), persona("bob", ("u", "touchpoints"), ("v", "actions"))],
            [
                card("a1", "ana", "t", "s1", effort=1),
                card("a2", "ana", "x", "s1", effort=2),
                card("a3", "ana", "t", "s3", effort=5),
                card("b1", "bob", "v", "s1", effort=4),
                card("b2", "bob", "u", "s2", effort=3),
                card("b3", "bob", "u", "s2", effort=4),
            ],
        )
    )
    assert [[c.mean_effort for c in row] for row in metrics.grid] == [
        [1.5, None, 5.0],
        [4.0, 3.5, None],
    ]
    assert [[(c.persona_id, c.stage_id) for c in row] for row in metrics.grid] == [
        [("ana", "s1"), ("ana", "s2"), ("ana", "s3")],
        [("bob", "s1"), ("bob", "s2"), ("bob", "s3")],
    ]
    assert metrics.stage("s1").mean_effort == 7 / 3  # (1 + 2 + 4) / 3, over both personas


# --- pain hot spots -----------------------------------------------------------------------------


def test_hot_spots_are_the_touchpoints_at_the_lowest_emotion_in_sequence_order():
    # Sequence: s1: web(−1) · s2: store(−2), app(0) · s3: phone(−2). Listed in project.cards
    # in another order, to show that the sequence (stage order) decides.
    metrics = compute_metrics(
        ana(
            card("phone", "ana", "t", "s3", channel="phone", emotion=-2),
            card("web", "ana", "t", "s1", channel="website", emotion=-1),
            card("store", "ana", "t", "s2", channel="store", emotion=-2),
            card("app", "ana", "t", "s2", channel="mobile_app", emotion=0),
        )
    )
    ana_metrics = metrics.persona("ana")
    assert ana_metrics.lowest_emotion == -2
    assert ana_metrics.pain_hot_spots == ["store", "phone"]
    assert [s.pain_hot_spots for s in metrics.stages] == [["web"], ["store"], ["phone"]]
    assert [s.lowest_emotion for s in metrics.stages] == [-1, -2, -2]
    assert metrics.pain_hot_spots == ["store", "phone"]


def test_a_lowest_emotion_of_minus_one_makes_hot_spots_but_zero_or_better_makes_none():
    minus_one = compute_metrics(
        ana(
            card("a", "ana", "t", "s1", emotion=1),
            card("b", "ana", "t", "s2", emotion=-1),
            card("c", "ana", "t", "s3", emotion=-1),
        )
    )
    assert minus_one.persona("ana").pain_hot_spots == ["b", "c"]
    neutral = compute_metrics(
        ana(card("a", "ana", "t", "s1", emotion=1), card("b", "ana", "t", "s2", emotion=0))
    )
    assert neutral.persona("ana").lowest_emotion == 0
    assert neutral.persona("ana").pain_hot_spots == []
    assert neutral.pain_hot_spots == []


def test_only_touchpoints_can_be_hot_spots_and_only_their_emotions_set_the_minimum():
    metrics = compute_metrics(
        ana(
            card("tp", "ana", "t", "s1", emotion=-1),
            card("tp-unscored", "ana", "t", "s1"),
            card("feeling", "ana", "e", "s1", emotion=-2),  # lower, but not a touchpoint
        )
    )
    ana_metrics = metrics.persona("ana")
    assert ana_metrics.lowest_emotion == -1
    assert ana_metrics.pain_hot_spots == ["tp"]
    assert ana_metrics.mean_emotion == -1.5  # the mean still covers every lane


def test_hot_spots_of_a_stage_are_read_persona_by_persona():
    metrics = compute_metrics(
        project(
            [persona("ana", ("t", "touchpoints")), persona("bob", ("u", "touchpoints"))],
            [
                card("bob-1", "bob", "u", "s1", emotion=-2),
                card("ana-1", "ana", "t", "s1", emotion=-2),
                card("ana-2", "ana", "t", "s1", emotion=-1),
            ],
        )
    )
    assert metrics.stage("s1").pain_hot_spots == ["ana-1", "bob-1"]
    assert metrics.persona("ana").pain_hot_spots == ["ana-1"]
    assert metrics.persona("bob").pain_hot_spots == ["bob-1"]


# --- channels used and channel switches ---------------------------------------------------------


def test_channels_used_are_in_first_use_order_along_the_sequence():
    metrics = compute_metrics(
        ana(
            card("c1", "ana", "t", "s2", channel="store"),
            card("c2", "ana", "t", "s1", channel="website"),
            card("c3", "ana", "t", "s1"),  # no channel: skipped
            card("c4", "ana", "t", "s3", channel="website"),
            card("c5", "ana", "t", "s3", channel="email"),
            card("c6", "ana", "x", "s1", channel="phone"),  # not a touchpoint: not counted
        )
    )
    assert metrics.persona("ana").channels_used == ["website", "store", "email"]
    assert [s.channels_used for s in metrics.stages] == [
        ["website"],
        ["store"],
        ["website", "email"],
    ]


def test_switches_count_consecutive_touchpoints_on_different_channels():
    # web → web → store → store → web: two switches.
    metrics = compute_metrics(
        ana(
            card("c1", "ana", "t", "s1", channel="website"),
            card("c2", "ana", "t", "s1", channel="website"),
            card("c3", "ana", "t", "s2", channel="store"),
            card("c4", "ana", "t", "s2", channel="store"),
            card("c5", "ana", "t", "s3", channel="website"),
        )
    )
    assert metrics.persona("ana").channel_switches == 2
    assert metrics.channel_switches == 2


def test_touchpoints_without_a_channel_are_skipped_not_counted_as_a_channel():
    # web → — → web: the gap is skipped, so no switch (not two).
    # web → — → store: one switch, across the gap.
    same = ana(
        card("a", "ana", "t", "s1", channel="website"),
        card("b", "ana", "t", "s2"),
        card("c", "ana", "t", "s3", channel="website"),
    )
    other = ana(
        card("a", "ana", "t", "s1", channel="website"),
        card("b", "ana", "t", "s2"),
        card("c", "ana", "t", "s3", channel="store"),
    )
    assert compute_metrics(same).persona("ana").channel_switches == 0
    assert compute_metrics(other).persona("ana").channel_switches == 1


def test_the_sequence_runs_by_stage_then_lane_then_card_order():
    # Two touchpoints lanes, "upper" above "lower" (a notes lane between them). project.cards
    # lists them out of order on purpose. The sequence is
    #   s1: upper app, lower web · s2: upper app, upper web (card order), lower web
    # app → web → app → web → web: 3 switches. Other orders give other counts: project.cards
    # order 2, lane before stage 1, lower lane first 4.
    metrics = compute_metrics(
        project(
            [
                persona(
                    "ana", ("upper", "touchpoints"), ("notes", "notes"), ("lower", "touchpoints")
                )
            ],
            [
                card("s2-lower", "ana", "lower", "s2", channel="website", emotion=-2),
                card("s1-lower", "ana", "lower", "s1", channel="website", emotion=-2),
                card("s2-upper-a", "ana", "upper", "s2", channel="mobile_app"),
                card("s1-upper", "ana", "upper", "s1", channel="mobile_app", emotion=-2),
                card("s2-upper-b", "ana", "upper", "s2", channel="website", emotion=-2),
            ],
        )
    )
    ana_metrics = metrics.persona("ana")
    assert ana_metrics.channel_switches == 3
    assert ana_metrics.channels_used == ["mobile_app", "website"]
    assert ana_metrics.pain_hot_spots == ["s1-upper", "s1-lower", "s2-upper-b", "s2-lower"]
    assert ana_metrics.touchpoint_count == 5
    assert [c.channel_switches for c in metrics.grid[0]] == [1, 2, 0]


def test_a_switch_belongs_to_the_stage_of_the_card_switched_to_and_totals_add_up():
    # ana: s1 web → s2 store (switch in s2) → s2 app (switch in s2) → s3 app.
    # bob: s1 phone → s3 email (switch in s3). ana's last channel does not lead into bob's first.
    metrics = compute_metrics(
        project(
            [persona("ana", ("t", "touchpoints")), persona("bob", ("u", "touchpoints"))],
            [
                card("a1", "ana", "t", "s1", channel="website"),
                card("a2", "ana", "t", "s2", channel="store"),
                card("a3", "ana", "t", "s2", channel="mobile_app"),
                card("a4", "ana", "t", "s3", channel="mobile_app"),
                card("b1", "bob", "u", "s1", channel="phone"),
                card("b2", "bob", "u", "s3", channel="email"),
            ],
        )
    )
    assert [p.channel_switches for p in metrics.personas] == [2, 1]
    assert [s.channel_switches for s in metrics.stages] == [0, 2, 1]
    assert [[c.channel_switches for c in row] for row in metrics.grid] == [[0, 2, 0], [0, 0, 1]]
    assert metrics.channel_switches == 3
    assert metrics.channels_used == ["website", "store", "mobile_app", "phone", "email"]


def test_a_persona_without_a_touchpoints_lane_has_no_sequence():
    metrics = compute_metrics(
        project(
            [persona("ana", ("x", "actions"))],
            [card("a", "ana", "x", "s1", channel="website", emotion=-2, effort=2)],
        )
    )
    ana_metrics = metrics.persona("ana")
    assert (ana_metrics.card_count, ana_metrics.touchpoint_count) == (1, 0)
    assert (ana_metrics.channels_used, ana_metrics.channel_switches) == ([], 0)
    assert (ana_metrics.lowest_emotion, ana_metrics.pain_hot_spots) == (None, [])
    assert ana_metrics.mean_emotion == -2.0


# --- the shared sample map and the odds and ends ------------------------------------------------


def test_the_small_sample_map(small_project):
    # Léa: blog(+2), word of mouth(+1) in Découverte; site(−1) in Achat; a pain-point card.
    # Marc: store(+1) in Achat.
    metrics = compute_metrics(small_project)
    lea, marc = metrics.personas
    assert (lea.card_count, lea.touchpoint_count) == (4, 3)
    assert lea.mean_effort == 5 / 3
    assert lea.mean_emotion == 2 / 3
    assert (lea.lowest_emotion, lea.pain_hot_spots) == (-1, ["c-shop"])
    assert lea.channels_used == ["blog", "word_of_mouth", "website"]
    assert lea.channel_switches == 2
    assert (marc.card_count, marc.mean_effort, marc.mean_emotion) == (1, 2.0, 1.0)
    assert (marc.pain_hot_spots, marc.channels_used, marc.channel_switches) == ([], ["store"], 0)
    assert [s.card_count for s in metrics.stages] == [2, 3, 0]
    assert [s.channel_switches for s in metrics.stages] == [1, 1, 0]
    assert metrics.stage("s-buy").channels_used == ["website", "store"]
    assert metrics.stage("s-buy").mean_effort == 2.5
    assert (metrics.card_count, metrics.touchpoint_count, metrics.link_count) == (5, 4, 1)
    assert metrics.pain_hot_spots == ["c-shop"]


def test_cards_whose_references_dangle_mid_edit_are_ignored():
    edited = ana(card("a", "ana", "t", "s1", effort=2))
    # In-place edits are not validated; metrics must not crash on a half-done edit.
    edited.cards.append(card("gone-stage", "ana", "t", "s9", effort=5))
    edited.cards.append(card("gone-lane", "ana", "nope", "s1", effort=5))
    edited.cards.append(card("wrong-persona", "bob", "t", "s1", effort=5))
    metrics = compute_metrics(edited)
    assert (metrics.card_count, metrics.mean_effort) == (1, 2.0)


def test_links_are_counted_map_wide():
    linked = project(
        [persona("ana", ("t", "touchpoints"))],
        [card("a", "ana", "t", "s1"), card("b", "ana", "t", "s2")],
        links=[Link(id="k", from_card="a", to_card="b")],
    )
    assert compute_metrics(linked).link_count == 1


def test_lookups_by_id_and_results_are_frozen():
    metrics = compute_metrics(ana(card("a", "ana", "t", "s2", effort=3)))
    assert metrics.cell("ana", "s2").mean_effort == 3.0
    assert isinstance(metrics.stage("s2"), StageMetrics)
    with pytest.raises(KeyError):
        metrics.persona("nobody")
    with pytest.raises(KeyError):
        metrics.stage("s9")
    with pytest.raises(KeyError):
        metrics.cell("ana", "s9")
    with pytest.raises(dataclasses.FrozenInstanceError):
        metrics.card_count = 7  # type: ignore[misc]


def test_a_five_thousand_card_map_adds_up_across_personas_and_stages():
    stages = [f"s{i}" for i in range(40)]
    lanes = [("t", "touchpoints"), ("a", "actions"), ("e", "emotions")]
    personas = [
        persona(f"p{p}", *((f"p{p}-{lid}", kind) for lid, kind in lanes)) for p in range(12)
    ]
    channels = ["website", "store", "email", "phone"]
    cards = [
        card(
            f"c{i}",
            f"p{i % 12}",
            f"p{i % 12}-{lanes[i % 3][0]}",
            stages[i % 40],
            channel=channels[i % 4],
            effort=1 + i % 5,
            emotion=-2 + i % 5,
        )
        for i in range(5000)
    ]
    big = project(personas, cards, stages=stages)
    metrics = compute_metrics(big)
    assert metrics.card_count == 5000
    assert sum(p.channel_switches for p in metrics.personas) == metrics.channel_switches
    assert sum(s.channel_switches for s in metrics.stages) == metrics.channel_switches


# --- the zig-zag: steps, switch frequency, round trips, digital share, exit points --------------


def test_website_app_store_website_is_three_switches_frequency_one_and_one_round_trip():
    # website → mobile_app → store → website, one touchpoint per stage (s4 added).
    metrics = compute_metrics(
        ana(
            card("a", "ana", "t", "s1", channel="website"),
            card("b", "ana", "t", "s2", channel="mobile_app"),
            card("c", "ana", "t", "s3", channel="store"),
            card("d", "ana", "t", "s4", channel="website"),
            stages=("s1", "s2", "s3", "s4"),
        )
    )
    persona = metrics.personas[0]
    assert persona.channel_switches == 3
    assert persona.steps == 3
    assert persona.switch_frequency == 1.0
    assert persona.round_trips == 1
    assert persona.digital_share == 0.75  # website, app, website of four
    # A round trip counts, like a switch, at the stage switched to.
    assert [s.round_trips for s in metrics.stages] == [0, 0, 0, 1]
    assert [s.steps for s in metrics.stages] == [0, 1, 1, 1]
    assert metrics.stages[0].switch_frequency is None  # no step ends in the first stage
    assert (metrics.round_trips, metrics.switch_frequency) == (1, 1.0)


def test_staying_on_a_channel_lowers_the_frequency_and_is_no_round_trip():
    # website, website, store, store, website: 2 switches over 4 steps, 1 round trip.
    metrics = compute_metrics(
        ana(
            card("a", "ana", "t", "s1", channel="website"),
            card("b", "ana", "t", "s1", channel="website"),
            card("c", "ana", "t", "s2", channel="store"),
            card("d", "ana", "t", "s2", channel="store"),
            card("f", "ana", "t", "s3", channel="website"),
        )
    )
    persona = metrics.personas[0]
    assert (persona.channel_switches, persona.steps, persona.round_trips) == (2, 4, 1)
    assert persona.switch_frequency == 0.5
    assert persona.digital_share == 0.6


def test_touchpoints_without_a_channel_take_no_step_and_leave_the_share_undefined_alone():
    metrics = compute_metrics(
        ana(
            card("a", "ana", "t", "s1"),
            card("b", "ana", "t", "s2"),
        )
    )
    persona = metrics.personas[0]
    assert (persona.steps, persona.switch_frequency, persona.digital_share) == (0, None, None)


def test_steps_and_round_trips_never_join_two_personas_sequences():
    bob = ("bob", ("bt", "touchpoints"))
    metrics = compute_metrics(
        project(
            [persona(*ANA), persona(*bob)],
            [
                card("a", "ana", "t", "s1", channel="website"),
                card("b", "ana", "t", "s2", channel="store"),
                card("c", "bob", "bt", "s1", channel="website"),
            ],
        )
    )
    assert [(p.steps, p.round_trips) for p in metrics.personas] == [(1, 0), (0, 0)]
    assert (metrics.steps, metrics.channel_switches, metrics.round_trips) == (1, 1, 0)


def test_exit_points_count_in_any_lane_per_stage_persona_and_map():
    metrics = compute_metrics(
        ana(
            card("a", "ana", "t", "s1", exit_point=True),
            card("b", "ana", "x", "s1", exit_point=True),
            card("c", "ana", "t", "s3", exit_point=True),
            card("d", "ana", "t", "s3"),
        )
    )
    assert [s.exit_points for s in metrics.stages] == [2, 0, 1]
    assert [c.exit_points for c in metrics.grid[0]] == [2, 0, 1]
    assert (metrics.personas[0].exit_points, metrics.exit_points) == (3, 3)


def test_a_custom_physical_channel_counts_against_the_digital_share():
    from journey_editor.model.channels import default_channels
    from journey_editor.model.entities import Channel

    channels = [
        *default_channels(),
        Channel(id="kiosk", label="Borne", colour="#117733", kind="physical"),
    ]
    cards = [
        card("a", "ana", "t", "s1", channel="kiosk"),
        card("b", "ana", "t", "s2", channel="email"),
    ]
    base = Project(
        id="map",
        stages=[Stage(id=sid, name=sid) for sid in STAGES],
        personas=[persona(*ANA)],
        channels=channels,
        cards=cards,
    )
    assert compute_metrics(base).personas[0].digital_share == 0.5


def test_the_touchpoint_sequence_reads_stage_then_lane_then_card_order():
    two_lanes = ("ana", ("t", "touchpoints"), ("t2", "touchpoints"), ("x", "pain_points"))
    metrics_project = project(
        [persona(*two_lanes)],
        [
            card("late", "ana", "t", "s2", channel="store"),
            card("second-lane", "ana", "t2", "s1"),
            card("first", "ana", "t", "s1", channel="website"),
            card("pain", "ana", "x", "s1"),
            card("also-first-lane", "ana", "t", "s1", channel="email"),
        ],
    )
    from journey_editor.model.metrics import touchpoint_sequence

    order = [c.id for c in touchpoint_sequence(metrics_project, "ana")]
    assert order == ["first", "also-first-lane", "second-lane", "late"]
    # The same order the channels-used figure reads.
    used = compute_metrics(metrics_project).personas[0].channels_used
    assert used == [c.channel for c in touchpoint_sequence(metrics_project, "ana") if c.channel]
    assert touchpoint_sequence(metrics_project, "nobody") == []
