"""OpenJourney (.ojf) import: what the project's own sample files import as, and the mapping rules.

The samples (tests/persistence/ojf_samples/, see its README) are written for these tests in the
shapes real files take. The eight real files of another editor are checked, when they are there,
by test_ojf_third_party.py.
"""

import json
from collections import Counter
from dataclasses import dataclass

import pytest

from journey_editor.model import Project
from journey_editor.persistence.formats.ojf import import_ojf, original_fields
from journey_editor.persistence.formats.ojf.values import (
    effort_from_severity,
    emotion_from_score,
    lane_kind_for_name,
    score_from_emotion,
)
from tests.ojf_files import OWN_SAMPLES, own_sample, own_sample_names


def load(name: str) -> Project:
    return import_ojf(own_sample(name), str(OWN_SAMPLES / name))


def raw_nodes(name: str) -> list[dict]:
    return json.loads(own_sample(name))["nodes"]


def card(project: Project, title: str):
    return next(c for c in project.cards if c.title == title)


def lane_kinds(project: Project) -> dict[str, str]:
    return {lane.name: lane.kind for lane in project.personas[0].lanes}


# --- what each sample imports as -----------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    stages: int
    lanes: int
    cards: int
    title: str
    persona: str


EXPECTED = {
    "bike-repair.ojf": Expected(
        4, 4, 8, "Getting a flat tyre fixed before Monday", "Tom, Daily Commuter"
    ),
    "legacy-and-unknown-fields.ojf": Expected(
        2, 2, 3, "Groceries After a Night Shift", "Noor, Night-Shift Nurse"
    ),
    "library-card.ojf": Expected(
        4,
        4,
        8,
        "Getting a library card and borrowing a first e-book",
        "Priya, Graduate Student",
    ),
    "museum-visit-blueprint.ojf": Expected(
        3, 2, 4, "Museum Visit with a Timed Ticket", "Weekend Visitor"
    ),
    "score-scale.ojf": Expected(3, 1, 12, "Any Customer", "Any Customer"),
}


def test_the_table_covers_every_sample():
    assert own_sample_names() == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_sample_imports_with_its_counts_title_and_persona(name):
    project, expected = load(name), EXPECTED[name]
    assert len(project.stages) == expected.stages
    assert len(project.personas) == 1
    persona = project.personas[0]
    assert len(persona.lanes) == expected.lanes
    assert len(project.cards) == expected.cards
    assert project.title == expected.title
    assert persona.name == expected.persona
    assert all(c.persona == persona.id for c in project.cards)
    assert project.integrity_problems() == []


def test_the_samples_cover_every_shape_seen_in_real_files():
    """Trimming a sample must not quietly drop a shape the importer meets in the wild."""
    documents = {name: json.loads(own_sample(name)) for name in own_sample_names()}
    nodes = [n for document in documents.values() for n in document["nodes"]]
    assert {n["score"] for n in nodes if "score" in n} >= set(range(-5, 6))
    assert any("score" not in n for n in nodes)
    assert any("id" not in n for n in nodes) and any("id" in n for n in nodes)
    assert {n.get("severity") for n in nodes} >= {"low", "medium", "high", None}
    assert {n.get("purpose") for n in nodes} >= {
        "action",
        "bottleneck",
        "gain",
        "milestone",
        "note",
        "observation",
        "opportunity",
        "pain",
        "pain-point",
        "personal-hurdle",
        "touchpoint",
    }
    assert len({n["sentiment"] for n in nodes if "sentiment" in n}) >= 12
    assert {n.get("isMomentOfTruth") for n in nodes} >= {True, False, None}
    assert any(n.get("tags") for n in nodes) and any("tags" not in n for n in nodes)
    layers = Counter(len(n["blueprint"]) for n in nodes if "blueprint" in n)
    assert layers[4] and sum(count for size, count in layers.items() if size < 4)  # full, partial
    assert any("metadata" in d for d in documents.values())
    assert any("metadata" not in d for d in documents.values())
    kinds = [lane_kinds(load(name)).values() for name in documents]
    assert any(list(k).count("touchpoints") >= 2 for k in kinds)


# --- the specified layout: version, persona and pointOfView at the root ---------------------


def test_library_card_keeps_ids_and_maps_score_severity_and_moment_of_truth():
    project = load("library-card.ojf")
    assert [s.id for s in project.stages] == ["s1", "s2", "s3", "s4"]
    assert project.stages[3].name == "4. Return & Renew"
    assert lane_kinds(project) == {
        "Patron Actions": "actions",
        "Online Touchpoints": "touchpoints",
        "Branch Touchpoints": "touchpoints",
        "Blockers": "pain_points",
    }
    address = card(project, "Proof of Address Required")
    assert address.id == "n4" and address.stage == "s2" and address.lane == "sl4"
    assert address.emotion == -2  # score −4
    assert address.effort == 4  # severity high
    assert address.moment_of_truth is True
    assert address.tags == ["policy", "paperwork"]
    assert original_fields(address.attributes) == {
        "severity": "high",
        "score": -4,
        "sentiment": "frustrated",
        "purpose": "bottleneck",
        "iconColor": "#fecaca",
    }
    # The point of view is the persona's role and, with no title in the file, the map's title.
    assert project.personas[0].role == project.title
    assert project.attributes == {}  # the root is exactly what the exporter writes


def test_library_card_an_icon_and_colour_of_a_catalogue_channel_become_that_channel():
    website = card(load("library-card.ojf"), "Library Website")
    assert website.channel == "website"  # globe + #0072B2, colour case ignored
    assert original_fields(website.attributes)["iconColor"] == "#0072b2"  # written back as is
    assert card(load("library-card.ojf"), "Front Desk Sign-up").channel is None  # colour only


def test_bike_repair_nodes_without_ids_get_card_ids_in_file_order():
    project = load("bike-repair.ojf")
    assert [c.id for c in project.cards] == [f"card-{n}" for n in range(1, 9)]
    assert [c.title for c in project.cards][:2] == ["Tyre Goes Flat", "Stranded"]
    closed = card(project, "Shops Closed on Sunday")
    assert (closed.emotion, closed.effort) == (-1, 4)  # score −3, severity high
    assert original_fields(closed.attributes)["icon"] == "event_busy"
    assert closed.channel is None  # a display icon, not a channel of the catalogue
    flat = card(project, "Tyre Goes Flat")
    assert (flat.emotion, flat.effort, flat.tags) == (-1, None, ["commute"])  # no severity
    assert card(project, "Fair Price").moment_of_truth


def test_bike_repair_a_node_without_score_has_no_emotion():
    project = load("bike-repair.ojf")
    assert lane_kinds(project) == {
        "Rider Activity": "actions",
        "Mood": "emotions",
        "Issues": "pain_points",
        "Contact Channel": "touchpoints",
    }
    workshop = card(project, "Walk-in Workshop")
    assert workshop.emotion is None and workshop.effort is None
    assert workshop.tags == ["In person"] and not workshop.moment_of_truth
    assert original_fields(workshop.attributes) == {}  # it holds every field itself
    wait = card(project, "Wait While It Is Fixed")
    assert (wait.emotion, wait.effort) == (0, 3)  # score 0, severity medium


def test_score_scale_every_score_maps_to_its_emotion():
    project = load("score-scale.ojf")
    scores = [n.get("score") for n in raw_nodes("score-scale.ojf")]
    assert scores == [*range(-5, 6), None]
    assert [c.emotion for c in project.cards] == [-2, -2, -1, -1, 0, 0, 0, 1, 1, 2, 2, None]
    assert [c.effort for c in project.cards] == [2, 3, 4] * 3 + [2, 3, None]


def test_score_scale_purposes_and_sentiments_are_kept_verbatim():
    project = load("score-scale.ojf")
    for raw, imported in zip(raw_nodes("score-scale.ojf"), project.cards, strict=True):
        kept = original_fields(imported.attributes)
        assert kept.get("purpose") == raw.get("purpose")
        assert kept.get("sentiment") == raw.get("sentiment")
    assert lane_kinds(project) == {"Emotional State": "emotions"}


def test_score_scale_a_root_with_only_a_persona_names_the_map_after_it():
    project = load("score-scale.ojf")
    assert project.title == project.personas[0].name == "Any Customer"
    assert project.personas[0].role == ""


# --- the later layout: a metadata object, service-blueprint layers --------------------------


def test_museum_visit_reads_title_persona_and_pov_from_metadata():
    project = load("museum-visit-blueprint.ojf")
    persona = project.personas[0]
    assert persona.role == "Seeing a popular exhibition on a Saturday"
    assert persona.quote == ""
    assert lane_kinds(project) == {"Visitor Actions": "actions", "Pain Points": "pain_points"}
    metadata = original_fields(project.attributes)["metadata"]
    assert metadata["version"] == "1.1.0"


def test_museum_visit_blueprint_layers_are_recoverable_verbatim():
    project = load("museum-visit-blueprint.ojf")
    ticket = card(project, "Scan Timed Ticket")
    assert ticket.id == "m1" and ticket.emotion == 1  # score 2
    assert ticket.evidence is None  # blueprint evidence is not research evidence
    blueprint = original_fields(ticket.attributes)["blueprint"]
    assert list(blueprint) == ["evidence", "onstage", "backstage", "support"]
    assert blueprint == raw_nodes("museum-visit-blueprint.ojf")[0]["blueprint"]
    assert blueprint["support"] == [
        {"system": "Ticketing Platform", "description": "Validates the QR code"}
    ]


def test_museum_visit_keeps_partial_blueprints_as_they_are():
    project = load("museum-visit-blueprint.ojf")
    queue = card(project, "Bag Check Queue")
    assert list(original_fields(queue.attributes)["blueprint"]) == [
        "evidence",
        "onstage",
        "backstage",
    ]
    assert (queue.emotion, queue.effort) == (-1, 4)  # score −3, severity high
    tour = card(project, "Audio Guide Tour")
    assert list(original_fields(tour.attributes)["blueprint"]) == ["evidence", "support"]
    coffee = card(project, "Coffee on the Terrace")
    assert coffee.emotion == 2 and coffee.effort == 2  # score 5, severity low
    evidence = original_fields(coffee.attributes)["blueprint"]["evidence"]
    assert [item["item"] for item in evidence] == ["Terrace Tables", "Card Reader"]


# --- leftovers of the 1.0 layout and fields no specification names --------------------------


def test_legacy_root_fields_win_over_metadata_and_the_rest_is_kept():
    project = load("legacy-and-unknown-fields.ojf")
    persona = project.personas[0]
    assert persona.name == "Noor, Night-Shift Nurse"  # the root persona, not metadata's "Nurse"
    assert persona.role == "Ordering groceries for delivery at 8 a.m."  # metadata.pointOfView
    assert project.title == "Groceries After a Night Shift"  # metadata.title
    kept = original_fields(project.attributes)
    assert kept["version"] == "1.0"
    assert kept["metadata"]["author"] == "Research team"
    assert kept["exportedBy"] == {"app": "Ptolemy", "build": 212}
    assert lane_kinds(project) == {"Shopper Tasks": "actions", "Touch Points": "touchpoints"}


def test_unknown_keys_of_stages_swimlanes_and_nodes_are_kept():
    project = load("legacy-and-unknown-fields.ojf")
    assert original_fields(project.stages[0].attributes) == {"colour": "#e0f2fe"}
    assert original_fields(project.personas[0].lanes[0].attributes) == {"collapsed": False}
    reorder = card(project, "Reorder Last Basket")
    assert original_fields(reorder.attributes)["votes"] == {"up": 3, "down": 0}
    assert original_fields(reorder.attributes)["color"] == "#dcfce7"
    delivery = card(project, "Doorstep Delivery")
    assert original_fields(delivery.attributes)["comments"][0]["by"] == "Noor"


def test_odd_values_import_as_the_rules_say():
    project = load("legacy-and-unknown-fields.ojf")
    reorder = card(project, "Reorder Last Basket")
    assert reorder.description == ""  # null
    assert reorder.effort == 2  # "Low": case ignored
    assert reorder.tags == ["repeat"]  # the blank tag stays in the memory only
    assert original_fields(reorder.attributes)["tags"] == ["repeat", ""]
    app = card(project, "Grocery App")
    assert app.emotion == 1  # score 1.5
    assert app.channel == "mobile_app"  # smartphone + #56B4E9
    assert app.moment_of_truth is False  # null
    delivery = card(project, "Doorstep Delivery")
    assert delivery.effort is None  # "critical" is no severity
    assert (delivery.emotion, delivery.moment_of_truth) == (-2, True)


# --- the conversion rules ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "emotion"),
    [
        (-5, -2),
        (-4, -2),
        (-3, -1),
        (-2, -1),
        (-1, 0),
        (0, 0),
        (1, 0),
        (2, 1),
        (3, 1),
        (4, 2),
        (5, 2),
        (1.25, 1),  # exactly +0.5: halves go away from zero
        (-1.25, -1),
        (3.75, 2),
        (2.4, 1),
    ],
)
def test_score_becomes_emotion_rounding_halves_away_from_zero(score, emotion):
    assert emotion_from_score(score) == emotion


@pytest.mark.parametrize(("emotion", "score"), [(-2, -5), (-1, -3), (0, 0), (1, 3), (2, 5)])
def test_emotion_becomes_score_and_back(emotion, score):
    assert score_from_emotion(emotion) == score
    assert emotion_from_score(score) == emotion


@pytest.mark.parametrize(
    ("severity", "effort"),
    [("low", 2), ("medium", 3), ("high", 4), (" High ", 4), ("critical", None), (None, None)],
)
def test_severity_becomes_effort(severity, effort):
    assert effort_from_severity(severity) == effort


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("User Actions", "actions"),
        ("Emotional State", "emotions"),
        ("Pain Points", "pain_points"),
        ("Digital Touchpoints", "touchpoints"),
        ("What they're doing", "actions"),
        ("Feelings", "emotions"),
        ("Frustrations", "pain_points"),
        ("Open issues", "pain_points"),
        ("Opportunities", "opportunities"),
        ("Ideas", "opportunities"),
        ("Improvements", "opportunities"),
        ("Channels", "touchpoints"),
        ("Touch points", "touchpoints"),
        ("Thinking", "thoughts"),
        ("Thoughts", "thoughts"),
        ("Backstage", "backstage"),
        ("Behind the scenes", "backstage"),
        ("Support systems", "backstage"),
        ("painPoints", "pain_points"),
        ("user_actions", "actions"),
        ("Customer satisfaction", "notes"),  # a word *starting* with a keyword, not containing it
        ("Research notes", "notes"),
        ("Points de contact", "touchpoints"),
        ("Émotions", "emotions"),
        ("Irritants", "pain_points"),
        ("Pensées", "thoughts"),
        ("Opportunités", "opportunities"),
        ("Coulisses", "backstage"),
    ],
)
def test_lane_kind_is_inferred_from_the_swimlane_name(name, kind):
    assert lane_kind_for_name(name) == kind
