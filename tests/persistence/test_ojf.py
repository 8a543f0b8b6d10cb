"""OpenJourney (.ojf) import: the eight real files from another editor, and the mapping rules.

The fixtures are read from ../shared/fixtures/ojf/ beside the repository, never copied.
"""

from dataclasses import dataclass
from pathlib import Path

import pytest

from journey_editor.model import Project
from journey_editor.persistence.formats.ojf import import_ojf, original_fields
from journey_editor.persistence.formats.ojf.values import (
    effort_from_severity,
    emotion_from_score,
    lane_kind_for_name,
    score_from_emotion,
)

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "ojf"


def load(name: str) -> Project:
    path = FIXTURES / name
    return import_ojf(path.read_bytes(), str(path))


def card(project: Project, title: str):
    return next(c for c in project.cards if c.title == title)


def lane_kinds(project: Project) -> dict[str, str]:
    return {lane.name: lane.kind for lane in project.personas[0].lanes}


@dataclass(frozen=True)
class Expected:
    stages: int
    lanes: int
    cards: int
    title: str
    persona: str


EXPECTED = {
    "b2b-software-purchase.ojf": Expected(
        5, 4, 9, "Procuring a new project management suite for the enterprise", "IT Director"
    ),
    "clinic-visit-blueprint.ojf": Expected(3, 1, 3, "Patient Clinic Visit", "Returning Patient"),
    "customer-support.ojf": Expected(
        4,
        4,
        8,
        "Getting a broken smart toy fixed before a birthday",
        "Sam, Tech-Savvy Parent",
    ),
    "ecommerce-purchase.ojf": Expected(
        4,
        4,
        7,
        "Buying a high-end coffee maker for a new kitchen",
        "Jane Doe, First-time Homeowner",
    ),
    "ecommerce-return.ojf": Expected(
        4,
        4,
        9,
        "Trying to return a defective sweater she bought online",
        "Online Shopper (Sarah)",
    ),
    "event-booking.ojf": Expected(
        4, 4, 8, "Registering for an international developer conference", "Alex, Tech Lead"
    ),
    "hotel-check-in-blueprint.ojf": Expected(
        3, 2, 4, "Hotel Arrival & Check-in", "Business Traveler"
    ),
    "self-guided-tutorial.ojf": Expected(5, 3, 10, "Learning how to use Ptolemy", "New User"),
}


def test_the_table_covers_every_fixture():
    assert sorted(p.name for p in FIXTURES.glob("*.ojf")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_imports_with_its_counts_title_and_persona(name):
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


# --- the specified layout: version, persona and pointOfView at the root ---------------------


def test_b2b_purchase_keeps_ids_and_maps_score_severity_and_moment_of_truth():
    project = load("b2b-software-purchase.ojf")
    assert [s.id for s in project.stages] == ["s1", "s2", "s3", "s4", "s5"]
    assert project.stages[2].name == "3. Security & Compliance"
    assert lane_kinds(project) == {
        "Customer Actions": "actions",
        "Vendor Touchpoints": "touchpoints",
        "Emotional State": "emotions",
        "Internal Blockers": "pain_points",
    }
    infosec = card(project, "InfoSec Review")
    assert infosec.id == "n5" and infosec.stage == "s3" and infosec.lane == "sl4"
    assert infosec.emotion == -1  # score −2
    assert infosec.effort == 4  # severity high
    assert infosec.moment_of_truth is True
    assert infosec.tags == ["compliance"]
    assert original_fields(infosec.attributes) == {
        "severity": "high",
        "score": -2,
        "sentiment": "anxious",
        "purpose": "bottleneck",
        "iconColor": "#fee2e2",
    }
    # The point of view is the persona's role and, with no title in the file, the map's title.
    assert project.personas[0].role == project.title
    assert project.attributes == {}  # the root is exactly what the exporter writes


def test_ecommerce_purchase_nodes_without_ids_get_card_ids_in_file_order():
    project = load("ecommerce-purchase.ojf")
    assert [c.id for c in project.cards] == [f"card-{n}" for n in range(1, 8)]
    assert [c.title for c in project.cards][:2] == ["Search for best coffee makers", "Excitement"]
    fees = card(project, "Hidden Shipping Fees")
    assert (fees.emotion, fees.effort) == (-1, 4)  # score −3, severity high
    checkout = card(project, "Select Product & Checkout")
    assert checkout.moment_of_truth and checkout.tags == ["Checkout", "Mobile"]
    assert checkout.emotion == 0
    assert original_fields(checkout.attributes)["icon"] == "shopping_cart"
    unboxing = card(project, "Unboxing & Setup")
    assert unboxing.emotion == 2 and unboxing.effort is None  # score 4, no severity


def test_customer_support_support_channel_is_a_touchpoints_lane():
    project = load("customer-support.ojf")
    assert lane_kinds(project)["Support Channel"] == "touchpoints"
    assert lane_kinds(project)["User Activity"] == "actions"
    revived = card(project, "Device Revived")
    assert revived.emotion == 2 and revived.tags == ["Success"]
    assert original_fields(revived.attributes)["purpose"] == "gain"
    assert card(project, "Follow reset instructions").moment_of_truth
    assert card(project, "Frustrated").emotion == -1  # score −3


def test_ecommerce_return_has_two_touchpoint_lanes_and_strong_negative_scores():
    project = load("ecommerce-return.ojf")
    kinds = lane_kinds(project)
    assert kinds["Digital Touchpoints"] == kinds["Physical Touchpoints"] == "touchpoints"
    fee = card(project, "Restocking Fee")
    assert fee.emotion == -2 and fee.effort == 4 and fee.tags == ["policy"]
    assert card(project, "Return Portal").tags == ["bug", "friction"]


def test_event_booking_a_node_without_score_has_no_emotion():
    project = load("event-booking.ojf")
    assert lane_kinds(project) == {
        "Interaction": "actions",
        "User Health (Sentiment)": "emotions",
        "Issues & Roadblocks": "pain_points",
        "Tools Used": "notes",
    }
    website = card(project, "Conference Website")
    assert website.emotion is None and website.effort is None
    assert website.tags == ["Desktop"]
    assert card(project, "Download Event App").moment_of_truth
    assert not card(project, "Book Flight & Hotel").moment_of_truth


def test_self_guided_tutorial_thoughts_and_feelings_draw_the_emotion_curve():
    project = load("self-guided-tutorial.ojf")
    assert lane_kinds(project) == {
        "User Actions": "actions",
        "Thoughts & Feelings": "emotions",
        "Friction Points": "pain_points",
    }
    moments = card(project, "Moments of Truth")
    assert (moments.emotion, moments.effort, moments.moment_of_truth) == (0, 4, True)
    assert [c.emotion for c in project.cards] == [0, 1, 1, 0, 2, 0, 1, 2, 1, 2]


# --- the later layout: a metadata object, service-blueprint layers --------------------------


def test_clinic_visit_reads_title_persona_and_pov_from_metadata():
    project = load("clinic-visit-blueprint.ojf")
    persona = project.personas[0]
    assert persona.role == "Annual check-up at a GP clinic"
    assert persona.quote == ""
    assert lane_kinds(project) == {"Patient Journey": "notes"}
    metadata = original_fields(project.attributes)["metadata"]
    assert metadata["version"] == "1.1.0"


def test_clinic_visit_blueprint_layers_are_recoverable_verbatim():
    consultation = card(load("clinic-visit-blueprint.ojf"), "Doctor Consultation")
    assert consultation.id == "cn3" and consultation.emotion == 1  # score 3
    assert consultation.evidence is None  # blueprint evidence is not research evidence
    blueprint = original_fields(consultation.attributes)["blueprint"]
    assert [layer for layer in blueprint] == ["evidence", "onstage", "backstage", "support"]
    assert blueprint["support"] == [
        {"system": "Decision Support", "description": "Checks for drug interactions"},
        {"system": "LIS (Lab Info)", "description": "Registers new lab order"},
    ]


def test_hotel_check_in_keeps_partial_blueprints_as_they_are():
    project = load("hotel-check-in-blueprint.ojf")
    assert lane_kinds(project) == {"Customer Actions": "actions", "Pain Points": "pain_points"}
    baggage = card(project, "Baggage Handover")
    assert list(original_fields(baggage.attributes)["blueprint"]) == [
        "evidence",
        "onstage",
        "backstage",
    ]
    room = card(project, "Room Access")
    assert room.emotion == 2 and room.effort == 2  # score 5, severity low
    evidence = original_fields(room.attributes)["blueprint"]["evidence"]
    assert [item["item"] for item in evidence] == ["Keycard", "Electronic Lock"]


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
