"""OpenJourney (.ojf) on the eight real files another editor (Ptolemy) wrote.

The files are read from ../shared/fixtures/ojf/ beside the checkout, never copied into the
project (their README asks so). A clone without that folder skips this module; the same rules
are checked on the project's own samples by test_ojf.py, test_ojf_round_trip.py and
test_ojf_properties.py, which always run.
"""

import json
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.cli import main
from journey_editor.model import Card, Project
from journey_editor.persistence import load_project, project_from_bytes, project_to_bytes
from journey_editor.persistence.formats.ojf import export_ojf, import_ojf, original_fields
from tests.ojf_files import THIRD_PARTY_SAMPLES, needs_third_party_samples

pytestmark = needs_third_party_samples


def fixture_bytes(name: str) -> bytes:
    return (THIRD_PARTY_SAMPLES / name).read_bytes()


def load(name: str) -> Project:
    return import_ojf(fixture_bytes(name), str(THIRD_PARTY_SAMPLES / name))


def as_ordered_json(value) -> str:
    """JSON text that differs whenever keys, key order, values or number types differ."""
    return json.dumps(value, ensure_ascii=False)


def exported(project: Project, persona_id: str | None = None) -> dict:
    return json.loads(export_ojf(project, persona_id))


def node(document: dict, title: str) -> dict:
    return next(n for n in document["nodes"] if n.get("title") == title)


def card(project: Project, title: str):
    return next(c for c in project.cards if c.title == title)


def lane_kinds(project: Project) -> dict[str, str]:
    return {lane.name: lane.kind for lane in project.personas[0].lanes}


# --- what each file imports as -------------------------------------------------------------------


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


FIXTURE_NAMES = sorted(EXPECTED)


def test_the_table_covers_every_fixture():
    assert sorted(p.name for p in THIRD_PARTY_SAMPLES.glob("*.ojf")) == FIXTURE_NAMES


@pytest.mark.parametrize("name", FIXTURE_NAMES)
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


# --- round trips ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_export_gives_back_the_original_document(name):
    original = json.loads(fixture_bytes(name))
    assert as_ordered_json(exported(import_ojf(fixture_bytes(name)))) == as_ordered_json(original)


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_import_export_import_gives_an_equal_project(name):
    project = import_ojf(fixture_bytes(name))
    assert import_ojf(export_ojf(project)) == project


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_export_import_export_gives_identical_bytes(name):
    first = export_ojf(import_ojf(fixture_bytes(name)))
    assert export_ojf(import_ojf(first)) == first


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_an_imported_map_survives_the_native_file_format(name):
    project = import_ojf(fixture_bytes(name))
    reloaded = project_from_bytes(project_to_bytes(project))
    assert reloaded == project
    assert export_ojf(reloaded) == export_ojf(project)


def test_import_is_deterministic():
    data = fixture_bytes("ecommerce-purchase.ojf")
    assert import_ojf(data) == import_ojf(data)
    assert import_ojf(data).id != import_ojf(fixture_bytes("event-booking.ojf")).id


def test_exported_bytes_are_utf8_two_space_indented_with_one_final_newline():
    project = import_ojf(fixture_bytes("hotel-check-in-blueprint.ojf"))
    project.personas[0].name = "Léa, voyageuse d’affaires"
    text = export_ojf(project).decode("utf-8")
    assert text.startswith('{\n  "metadata": {\n    "title": "Hotel Arrival & Check-in",')
    assert text.endswith("}\n") and not text.endswith("\n\n") and "\r" not in text
    assert "Léa, voyageuse d’affaires" in text  # not \u-escaped


# --- edits made after the import: the model's value wins, the rest stays as it was -------------


def test_an_edited_emotion_rewrites_score_and_sentiment_only():
    project = import_ojf(fixture_bytes("b2b-software-purchase.ojf"))
    project.card("n5").emotion = 2
    infosec = node(exported(project), "InfoSec Review")
    assert (infosec["score"], infosec["sentiment"]) == (5, "delighted")
    assert (infosec["severity"], infosec["purpose"]) == ("high", "bottleneck")
    assert list(infosec) == list(json.loads(fixture_bytes("b2b-software-purchase.ojf"))["nodes"][4])


def test_an_edited_effort_rewrites_the_severity():
    project = import_ojf(fixture_bytes("ecommerce-purchase.ojf"))
    fees = next(c for c in project.cards if c.title == "Hidden Shipping Fees")
    fees.effort = 3
    assert node(exported(project), "Hidden Shipping Fees")["severity"] == "medium"
    fees.effort = None
    assert "severity" not in node(exported(project), "Hidden Shipping Fees")


def test_fields_a_node_lacked_are_added_once_the_card_has_them():
    project = import_ojf(fixture_bytes("event-booking.ojf"))
    website = next(c for c in project.cards if c.title == "Conference Website")
    website.emotion, website.moment_of_truth = -1, True
    written = node(exported(project), "Conference Website")
    assert written["score"] == -3 and written["sentiment"] == "negative"
    assert written["isMomentOfTruth"] is True
    assert "id" not in written and "purpose" not in written  # still not invented


def test_a_new_card_in_an_imported_map_is_written_with_every_field():
    project = import_ojf(fixture_bytes("clinic-visit-blueprint.ojf"))
    lane = project.personas[0].lanes[0]
    project.cards.append(
        Card(
            id="c-new",
            persona=project.personas[0].id,
            lane=lane.id,
            stage="s2",
            title="Pharmacy pickup",
            effort=5,
            emotion=-2,
            channel="store",
            tags=["pharmacy"],
        )
    )
    assert node(exported(project), "Pharmacy pickup") == {
        "id": "c-new",
        "stageId": "s2",
        "swimlaneId": "l1",
        "title": "Pharmacy pickup",
        "description": "",
        "severity": "high",
        "score": -5,
        "sentiment": "frustrated",
        "purpose": "note",
        "icon": "store",
        "iconColor": "#D55E00",
        "tags": ["pharmacy"],
        "isMomentOfTruth": False,
    }


def test_a_renamed_title_and_persona_go_into_metadata_when_the_file_had_it():
    project = import_ojf(fixture_bytes("hotel-check-in-blueprint.ojf"))
    project.title = "Hotel arrival, revised"
    project.personas[0].name = "Night-flight traveller"
    project.personas[0].role = "Arriving at 2 a.m."
    document = exported(project)
    assert list(document) == ["metadata", "stages", "swimlanes", "nodes"]
    assert document["metadata"] == {
        "title": "Hotel arrival, revised",
        "persona": "Night-flight traveller",
        "pov": "Arriving at 2 a.m.",
        "version": "1.1.0",
    }
    assert import_ojf(export_ojf(project)).title == "Hotel arrival, revised"


def test_a_title_that_differs_from_the_point_of_view_is_written_at_the_root():
    project = import_ojf(fixture_bytes("ecommerce-purchase.ojf"))
    project.title = "Coffee maker purchase"
    document = exported(project)
    assert list(document)[:4] == ["version", "persona", "pointOfView", "title"]
    assert document["title"] == "Coffee maker purchase"
    assert import_ojf(export_ojf(project)).title == "Coffee maker purchase"


def test_an_edited_blueprint_in_attributes_is_written_as_edited():
    project = import_ojf(fixture_bytes("clinic-visit-blueprint.ojf"))
    blueprint = original_fields(project.card("cn1").attributes)["blueprint"]
    blueprint["support"].append({"system": "Queue app", "description": "Calls the patient"})
    project.card("cn1").attributes["ojf"]["original"]["blueprint"] = blueprint
    written = node(exported(project), "Arrival & Reception")["blueprint"]["support"]
    assert written[-1] == {"system": "Queue app", "description": "Calls the patient"}


# --- edits, as a property ------------------------------------------------------------------------

CARD_EDITS = st.fixed_dictionaries(
    {},
    optional={
        "title": st.text(max_size=12),
        "description": st.text(max_size=12),
        "channel": st.sampled_from([None, "website", "store"]),
        "effort": st.one_of(st.none(), st.integers(1, 5)),
        "emotion": st.one_of(st.none(), st.integers(-2, 2)),
        "moment_of_truth": st.booleans(),
        "tags": st.lists(st.sampled_from(["vip", "late", "mobile"]), max_size=2),
    },
)
# Three severities for five efforts: the effort read back is the one of its severity.
EFFORT_READ_BACK = {None: None, 1: 2, 2: 2, 3: 3, 4: 4, 5: 4}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIXTURE_NAMES), st.data())
def test_edits_to_an_imported_map_are_what_the_exported_file_says(name, data):
    project = import_ojf(fixture_bytes(name))
    for card in project.cards:
        for field, value in data.draw(CARD_EDITS).items():
            setattr(card, field, value)
    exported = export_ojf(project)
    back = import_ojf(exported)
    for before, after in zip(project.cards, back.cards, strict=True):
        assert (after.title, after.description, after.tags) == (
            before.title,
            before.description,
            before.tags,
        )
        assert (after.emotion, after.moment_of_truth) == (before.emotion, before.moment_of_truth)
        assert after.effort == EFFORT_READ_BACK[before.effort]
        assert after.channel == before.channel
    assert export_ojf(back) == exported


# --- through the command line --------------------------------------------------------------------


def test_import_an_ojf_file_into_a_native_map(tmp_path, capsys):
    output = tmp_path / "hotel.journey.json"
    source = THIRD_PARTY_SAMPLES / "hotel-check-in-blueprint.ojf"
    assert main(["import", str(source), "-o", str(output)]) == 0
    project = load_project(output)
    assert project.title == "Hotel Arrival & Check-in"
    assert project.created is not None
    assert "3 stages, 1 persona, 4 cards" in capsys.readouterr().out
