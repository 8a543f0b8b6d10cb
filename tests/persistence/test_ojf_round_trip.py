"""OpenJourney (.ojf) export and round trips: files from other tools, maps made here, edits.

"Files from other tools" are the project's own samples (tests/persistence/ojf_samples/); the real
third-party files get the same round trips in test_ojf_third_party.py when they are there.
"""

import json

import pytest

from journey_editor.model import Card, Lane, Link, Persona, Project, Stage
from journey_editor.persistence import project_from_bytes, project_to_bytes
from journey_editor.persistence.formats.ojf import export_ojf, import_ojf, original_fields
from journey_editor.templates import list_templates
from tests.ojf_files import own_sample, own_sample_names

SAMPLE_NAMES = own_sample_names()


def as_ordered_json(value) -> str:
    """JSON text that differs whenever keys, key order, values or number types differ."""
    return json.dumps(value, ensure_ascii=False)


def exported(project: Project, persona_id: str | None = None) -> dict:
    return json.loads(export_ojf(project, persona_id))


def node(document: dict, title: str) -> dict:
    return next(n for n in document["nodes"] if n.get("title") == title)


# --- files from another editor (the project's own samples of them) -----------------------------


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_export_gives_back_the_original_document(name):
    original = json.loads(own_sample(name))
    assert as_ordered_json(exported(import_ojf(own_sample(name)))) == as_ordered_json(original)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_import_export_import_gives_an_equal_project(name):
    project = import_ojf(own_sample(name))
    assert import_ojf(export_ojf(project)) == project


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_export_import_export_gives_identical_bytes(name):
    first = export_ojf(import_ojf(own_sample(name)))
    assert export_ojf(import_ojf(first)) == first


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_an_imported_map_survives_the_native_file_format(name):
    project = import_ojf(own_sample(name))
    reloaded = project_from_bytes(project_to_bytes(project))
    assert reloaded == project
    assert export_ojf(reloaded) == export_ojf(project)


def test_a_file_in_the_exporters_own_layout_comes_back_byte_for_byte():
    data = own_sample("library-card.ojf")  # 2-space indent, UTF-8, one final newline
    assert export_ojf(import_ojf(data)) == data


def test_other_whitespace_is_not_kept_only_the_document():
    data = own_sample("bike-repair.ojf")  # 4-space indent, no final newline
    first = export_ojf(import_ojf(data))
    assert first != data and json.loads(first) == json.loads(data)


def test_import_is_deterministic():
    data = own_sample("bike-repair.ojf")
    assert import_ojf(data) == import_ojf(data)
    assert import_ojf(data).id != import_ojf(own_sample("score-scale.ojf")).id


def test_exported_bytes_are_utf8_two_space_indented_with_one_final_newline():
    project = import_ojf(own_sample("museum-visit-blueprint.ojf"))
    project.personas[0].name = "Léa, visiteuse du week-end"
    text = export_ojf(project).decode("utf-8")
    assert text.startswith('{\n  "metadata": {\n    "title": "Museum Visit with a Timed Ticket",')
    assert text.endswith("}\n") and not text.endswith("\n\n") and "\r" not in text
    assert "Léa, visiteuse du week-end" in text and "Café & Shop" in text  # not \u-escaped


# --- edits made after the import: the model's value wins, the rest stays as it was -------------


def test_an_edited_emotion_rewrites_score_and_sentiment_only():
    project = import_ojf(own_sample("library-card.ojf"))
    project.card("n4").emotion = 2
    address = node(exported(project), "Proof of Address Required")
    assert (address["score"], address["sentiment"]) == (5, "delighted")
    assert (address["severity"], address["purpose"]) == ("high", "bottleneck")
    assert list(address) == list(json.loads(own_sample("library-card.ojf"))["nodes"][3])


def test_an_edited_effort_rewrites_the_severity():
    project = import_ojf(own_sample("bike-repair.ojf"))
    closed = next(c for c in project.cards if c.title == "Shops Closed on Sunday")
    closed.effort = 3
    assert node(exported(project), "Shops Closed on Sunday")["severity"] == "medium"
    closed.effort = None
    assert "severity" not in node(exported(project), "Shops Closed on Sunday")


def test_fields_a_node_lacked_are_added_once_the_card_has_them():
    project = import_ojf(own_sample("bike-repair.ojf"))
    workshop = next(c for c in project.cards if c.title == "Walk-in Workshop")
    workshop.emotion, workshop.moment_of_truth = -1, True
    written = node(exported(project), "Walk-in Workshop")
    assert written["score"] == -3 and written["sentiment"] == "negative"
    assert written["isMomentOfTruth"] is True
    assert "id" not in written and "purpose" not in written  # still not invented


def test_an_edited_channel_rewrites_icon_and_colour():
    project = import_ojf(own_sample("library-card.ojf"))
    project.card("n2").channel = "email"
    website = node(exported(project), "Library Website")
    assert (website["icon"], website["iconColor"]) == ("mail", "#009E73")
    project.card("n2").channel = "website"  # back to what it was imported as: as written
    assert node(exported(project), "Library Website")["iconColor"] == "#0072b2"


def test_a_new_card_in_an_imported_map_is_written_with_every_field():
    project = import_ojf(own_sample("museum-visit-blueprint.ojf"))
    lane = project.personas[0].lanes[0]
    project.cards.append(
        Card(
            id="c-new",
            persona=project.personas[0].id,
            lane=lane.id,
            stage="s2",
            title="Museum shop",
            effort=5,
            emotion=-2,
            channel="store",
            tags=["souvenir"],
        )
    )
    assert node(exported(project), "Museum shop") == {
        "id": "c-new",
        "stageId": "s2",
        "swimlaneId": "l1",
        "title": "Museum shop",
        "description": "",
        "severity": "high",
        "score": -5,
        "sentiment": "frustrated",
        "purpose": "action",
        "icon": "store",
        "iconColor": "#D55E00",
        "tags": ["souvenir"],
        "isMomentOfTruth": False,
    }


def test_a_renamed_title_and_persona_go_into_metadata_when_the_file_had_it():
    project = import_ojf(own_sample("museum-visit-blueprint.ojf"))
    project.title = "Museum visit, revised"
    project.personas[0].name = "Family with toddlers"
    project.personas[0].role = "Visiting on a rainy Sunday"
    document = exported(project)
    assert list(document) == ["metadata", "stages", "swimlanes", "nodes"]
    assert document["metadata"] == {
        "title": "Museum visit, revised",
        "persona": "Family with toddlers",
        "pov": "Visiting on a rainy Sunday",
        "version": "1.1.0",
    }
    assert import_ojf(export_ojf(project)).title == "Museum visit, revised"


def test_a_title_that_differs_from_the_point_of_view_is_written_at_the_root():
    project = import_ojf(own_sample("bike-repair.ojf"))
    project.title = "Flat tyre"
    document = exported(project)
    assert list(document)[:4] == ["version", "persona", "pointOfView", "title"]
    assert document["title"] == "Flat tyre"
    assert import_ojf(export_ojf(project)).title == "Flat tyre"


def test_an_edited_blueprint_in_attributes_is_written_as_edited():
    project = import_ojf(own_sample("museum-visit-blueprint.ojf"))
    blueprint = original_fields(project.card("m1").attributes)["blueprint"]
    blueprint["support"].append({"system": "Queue app", "description": "Texts when it is time"})
    project.card("m1").attributes["ojf"]["original"]["blueprint"] = blueprint
    written = node(exported(project), "Scan Timed Ticket")["blueprint"]["support"]
    assert written[-1] == {"system": "Queue app", "description": "Texts when it is time"}


# --- maps made in this editor -----------------------------------------------------------------


def native_project() -> Project:
    """Two personas; persona 1 uses default lane names, so lane kinds survive the trip."""
    return Project(
        id="map-native",
        title="Boutique — parcours omnicanal",
        description="Not representable in OJF",
        stages=[
            Stage(id="st-discover", name="Découverte", phase="Avant"),
            Stage(id="st-buy", name="Achat"),
            Stage(id="st-use", name="Usage"),
        ],
        personas=[
            Persona(
                id="p-lea",
                name="Léa, 34",
                role="Lectrice fidèle du blog",
                quote="Je veux toucher le tissu.",
                lanes=[
                    Lane(id="l-act", name="Actions", kind="actions"),
                    Lane(id="l-touch", name="Touchpoints", kind="touchpoints"),
                    Lane(id="l-emo", name="Emotions", kind="emotions"),
                    Lane(id="l-pain", name="Pain points", kind="pain_points"),
                ],
            ),
            Persona(
                id="p-marc",
                name="Marc",
                lanes=[Lane(id="l-marc", name="Touchpoints", kind="touchpoints")],
            ),
        ],
        cards=[
            Card(
                id="c-blog",
                persona="p-lea",
                lane="l-touch",
                stage="st-discover",
                title="Article de blog",
                channel="blog",
                effort=2,
                emotion=2,
                evidence="observed",
                tags=["contenu", "SEO"],
            ),
            Card(
                id="c-search",
                persona="p-lea",
                lane="l-act",
                stage="st-discover",
                title="Cherche « chemise lin »",
                emotion=1,
            ),
            Card(
                id="c-shop",
                persona="p-lea",
                lane="l-touch",
                stage="st-buy",
                title="Chemise à 105 €",
                description="Paiement en ligne",
                channel="website",
                effort=3,
                emotion=-1,
                moment_of_truth=True,
            ),
            Card(
                id="c-queue",
                persona="p-lea",
                lane="l-pain",
                stage="st-buy",
                title="File d'attente",
                effort=4,
                emotion=-2,
                exit_point=True,
            ),
            Card(
                id="c-happy",
                persona="p-lea",
                lane="l-emo",
                stage="st-use",
                title="Ravie du tissu",
                emotion=0,
            ),
            Card(
                id="c-marc",
                persona="p-marc",
                lane="l-marc",
                stage="st-buy",
                title="Essayage en boutique",
                channel="store",
                effort=2,
                emotion=1,
            ),
        ],
        links=[Link(id="k-1", from_card="c-blog", to_card="c-shop")],
    )


def test_a_native_persona_exports_and_imports_with_counts_titles_and_emotions():
    project = native_project()
    back = import_ojf(export_ojf(project, "p-lea"))
    lea_cards = [c for c in project.cards if c.persona == "p-lea"]
    assert back.title == project.title
    assert [s.name for s in back.stages] == [s.name for s in project.stages]
    (persona,) = back.personas
    assert (persona.name, persona.role) == ("Léa, 34", "Lectrice fidèle du blog")
    assert [(x.name, x.kind) for x in persona.lanes] == [
        (x.name, x.kind) for x in project.personas[0].lanes
    ]
    assert len(back.cards) == len(lea_cards) == 5
    for mine, theirs in zip(lea_cards, back.cards, strict=True):
        assert (theirs.id, theirs.stage, theirs.lane) == (mine.id, mine.stage, mine.lane)
        assert (theirs.title, theirs.description) == (mine.title, mine.description)
        assert (theirs.emotion, theirs.effort) == (mine.emotion, mine.effort)
        assert (theirs.tags, theirs.moment_of_truth) == (mine.tags, mine.moment_of_truth)
        assert theirs.channel == mine.channel  # default-catalogue channels: by icon + colour
        assert theirs.attributes == {}  # nothing to remember: the file is all ours
    assert back.links == []


def test_the_default_persona_is_the_first_and_each_file_holds_one_persona():
    project = native_project()
    assert export_ojf(project) == export_ojf(project, "p-lea")
    marc = exported(project, "p-marc")
    assert marc["persona"] == "Marc" and marc["pointOfView"] == ""
    assert [n["title"] for n in marc["nodes"]] == ["Essayage en boutique"]
    assert [s["name"] for s in marc["stages"]] == ["Découverte", "Achat", "Usage"]
    assert "links" not in marc


def test_a_native_export_writes_every_specified_field():
    document = exported(native_project())
    assert list(document) == [
        "version",
        "persona",
        "pointOfView",
        "title",
        "stages",
        "swimlanes",
        "nodes",
    ]
    assert document["version"] == "1.0"
    assert document["swimlanes"][0] == {"id": "l-act", "name": "Actions"}
    assert node(document, "Chemise à 105 €") == {
        "id": "c-shop",
        "stageId": "st-buy",
        "swimlaneId": "l-touch",
        "title": "Chemise à 105 €",
        "description": "Paiement en ligne",
        "severity": "medium",
        "score": -3,
        "sentiment": "negative",
        "purpose": "touchpoint",
        "icon": "globe",
        "iconColor": "#0072B2",
        "tags": [],
        "isMomentOfTruth": True,
    }
    assert node(document, "File d'attente")["purpose"] == "pain-point"
    assert "severity" not in node(document, "Ravie du tissu")  # no effort: none invented


@pytest.mark.parametrize("persona_id", ["p-lea", "p-marc"])
def test_a_native_export_imports_and_exports_to_identical_bytes(persona_id):
    first = export_ojf(native_project(), persona_id)
    assert export_ojf(import_ojf(first)) == first


def test_what_ojf_cannot_hold_is_lost_as_documented():
    project = native_project()
    project.channels.append(project.channels[0].model_copy(update={"id": "own", "icon": "x"}))
    project.card("c-happy").channel = "own"
    back = import_ojf(export_ojf(project))
    assert back.card("c-blog").evidence is None  # evidence
    assert back.card("c-queue").exit_point is False  # exit point
    assert back.card("c-queue").effort == 4 and back.card("c-queue").emotion == -2
    assert back.personas[0].quote == "" and back.stages[0].phase == ""
    assert back.description == "" and back.links == []
    assert back.card("c-happy").channel is None  # a channel outside the default catalogue
    assert original_fields(back.card("c-happy").attributes)["icon"] == "x"


def test_effort_one_and_five_come_back_as_two_and_four():
    project = native_project()
    project.card("c-blog").effort = 1
    project.card("c-queue").effort = 5
    back = import_ojf(export_ojf(project))
    assert (back.card("c-blog").effort, back.card("c-queue").effort) == (2, 4)


def test_exporting_an_unknown_persona_or_a_map_without_persona_is_refused():
    with pytest.raises(ValueError, match='no persona "p-nobody"'):
        export_ojf(native_project(), "p-nobody")
    with pytest.raises(ValueError, match="no persona"):
        export_ojf(Project(id="map-empty"))


@pytest.mark.parametrize("template", list_templates(), ids=lambda t: t.name)
def test_every_persona_of_every_bundled_template_round_trips(template):
    project = template.load()
    for persona in project.personas:
        data = export_ojf(project, persona.id)
        back = import_ojf(data)
        assert [(x.name, x.kind) for x in back.personas[0].lanes] == [
            (x.name, x.kind) for x in persona.lanes
        ]
        mine = [c for c in project.cards if c.persona == persona.id]
        assert [(c.title, c.emotion) for c in back.cards] == [(c.title, c.emotion) for c in mine]
        assert export_ojf(back) == data


# --- odd but valid files ----------------------------------------------------------------------


def test_clashing_ids_are_renamed_in_the_map_and_restored_in_the_file():
    document = {
        "version": "1.0",
        "persona": "P",
        "pointOfView": "",
        "stages": [{"id": "x", "name": "One"}, {"id": " padded ", "name": "Two"}],
        "swimlanes": [{"id": "x", "name": "Actions"}],
        "nodes": [
            {"id": "x", "stageId": "x", "swimlaneId": "x", "title": "A"},
            {"id": "x", "stageId": " padded ", "swimlaneId": "x", "title": "B"},
            {"id": 7, "stageId": "x", "swimlaneId": "x", "title": "C"},
        ],
    }
    project = import_ojf(json.dumps(document).encode())
    ids = [s.id for s in project.stages] + [x.id for x in project.personas[0].lanes]
    ids += [c.id for c in project.cards] + [project.personas[0].id]
    assert ids == ["x", "stage-2", "lane-x", "card-x", "card-2", "card-3", "persona-1"]
    assert project.card("card-2").stage == "stage-2"
    assert as_ordered_json(exported(project)) == as_ordered_json(document)


def test_blank_names_unknown_fields_nulls_and_odd_tags_are_kept_for_the_way_back():
    document = {
        "persona": "",
        "stages": [{"name": "  ", "id": "s1", "colour": "#fff"}],
        "swimlanes": [{"id": "l1", "name": ""}],
        "nodes": [
            {
                "stageId": "s1",
                "swimlaneId": "l1",
                "title": None,
                "score": None,
                "severity": "Critical",
                "tags": ["ok", "", "x" * 101],
                "isMomentOfTruth": None,
                "votes": {"up": 3},
            }
        ],
        "exportedBy": {"app": "Ptolemy", "build": 42},
    }
    project = import_ojf(json.dumps(document).encode())
    assert project.personas[0].name == "Persona"
    assert project.stages[0].name == "Untitled stage"
    assert project.personas[0].lanes[0].name == "Untitled lane"
    (only,) = project.cards
    assert (only.title, only.emotion, only.effort, only.tags) == ("", None, None, ["ok"])
    assert original_fields(only.attributes)["votes"] == {"up": 3}
    assert original_fields(project.attributes)["exportedBy"] == {"app": "Ptolemy", "build": 42}
    assert as_ordered_json(exported(project)) == as_ordered_json(document)
    assert import_ojf(export_ojf(project)) == project


def test_a_file_without_swimlanes_and_nodes_is_an_empty_map():
    document = {"persona": "P", "stages": [{"id": "s1", "name": "Only"}]}
    project = import_ojf(json.dumps(document).encode())
    assert project.personas[0].lanes == [] and project.cards == []
    assert project.title == "P"
    assert exported(project) == document
