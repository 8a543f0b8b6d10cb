"""`Lane.feeds_curve` in the file (issue 17, item 7): absent means "as the lane's kind has it",
so it is written only when a lane says otherwise, existing maps keep their bytes without a
schema step, a set value round-trips, and the other formats neither choke on it nor need it."""

from __future__ import annotations

import json

import pytest

from journey_editor.edits import UpdateLane
from journey_editor.persistence import ProjectFileError, project_from_bytes, project_to_bytes
from journey_editor.persistence.formats.csv_cards import export_csv, import_csv
from journey_editor.persistence.formats.mermaid import export_mermaid, import_mermaid
from journey_editor.persistence.formats.ojf import export_ojf, import_ojf
from journey_editor.persistence.migrations import written_schema_version
from journey_editor.templates import list_templates


def set_lane(project, lane_id: str, **changes) -> None:
    persona, index = project.lane_owner(lane_id)
    persona.lanes[index] = persona.lanes[index].model_copy(update=changes)


def lanes_in(data: bytes) -> dict[str, dict]:
    document = json.loads(data)
    return {lane["id"]: lane for persona in document["personas"] for lane in persona["lanes"]}


def test_the_default_is_not_written(small_project):
    data = project_to_bytes(small_project)
    assert b"feeds_curve" not in data
    # No schema step: the map is still written as version 1 (the oldest that holds it).
    assert json.loads(data)["schema_version"] == written_schema_version(small_project) == 1


def test_a_set_value_round_trips_to_the_same_bytes(small_project):
    set_lane(small_project, "l-lea-touch", feeds_curve=False)
    set_lane(small_project, "l-lea-pain", feeds_curve=True)
    data = project_to_bytes(small_project)
    lanes = lanes_in(data)
    assert lanes["l-lea-touch"]["feeds_curve"] is False
    assert lanes["l-lea-pain"]["feeds_curve"] is True
    assert "feeds_curve" not in lanes["l-lea-emotion"]
    # Written after the kind it qualifies, in model order.
    assert list(lanes["l-lea-pain"]) == ["id", "name", "kind", "feeds_curve"]
    loaded = project_from_bytes(data)
    assert loaded == small_project
    assert loaded.lane("l-lea-touch").on_curve is False
    assert loaded.lane("l-lea-pain").on_curve is True
    assert project_to_bytes(loaded) == data


def test_a_file_that_states_the_default_keeps_saying_it(small_project):
    """Hand-written `"feeds_curve": true` on a touchpoints lane: kept as written, so load →
    save still gives the same bytes."""
    set_lane(small_project, "l-lea-touch", feeds_curve=True)
    data = project_to_bytes(small_project)
    assert project_to_bytes(project_from_bytes(data)) == data


@pytest.mark.parametrize("template", list_templates(), ids=lambda t: t.name)
def test_existing_maps_load_and_save_to_the_same_bytes(template):
    data = template.path.read_bytes()
    assert b"feeds_curve" not in data
    assert project_to_bytes(project_from_bytes(data)) == data


def test_a_version_1_file_written_before_the_setting_loads_unchanged():
    data = (
        json.dumps(
            {
                "schema_version": 1,
                "id": "m",
                "title": "Old map",
                "description": "",
                "client": "",
                "author": "",
                "created": None,
                "modified": None,
                "locale": "en",
                "stages": [{"id": "s", "name": "Stage", "description": "", "phase": ""}],
                "personas": [
                    {
                        "id": "p",
                        "name": "P",
                        "role": "",
                        "quote": "",
                        "goals": [],
                        "frustrations": [],
                        "colour": "#0072B2",
                        "lanes": [
                            {"id": "l1", "name": "Touchpoints", "kind": "touchpoints"},
                            {"id": "l2", "name": "Pain points", "kind": "pain_points"},
                        ],
                    }
                ],
                "cards": [],
                "links": [],
                "channels": [],
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    ).encode("utf-8")
    project = project_from_bytes(data)
    assert [lane.on_curve for lane in project.personas[0].lanes] == [True, False]
    assert project_to_bytes(project) == data


@pytest.mark.parametrize("value", ["yes", 1, 0, "true"])
def test_a_value_that_is_not_a_boolean_is_refused_naming_the_lane(small_project, value):
    document = json.loads(project_to_bytes(small_project))
    document["personas"][0]["lanes"][2]["feeds_curve"] = value
    with pytest.raises(ProjectFileError) as error:
        project_from_bytes(json.dumps(document).encode())
    message = str(error.value)
    assert "feeds_curve" in message and "l-lea-pain" in message


def test_the_lane_update_edit_sets_it_and_its_inverse_restores_the_exact_lane(small_project):
    before = small_project.model_copy(deep=True)
    change = UpdateLane("l-lea-pain", {"feeds_curve": True}).apply(small_project)
    assert small_project.lane("l-lea-pain").feeds_curve is True
    assert change.label == "Change feeds curve of lane «Irritants»"
    assert change.structural
    change.inverse.apply(small_project)
    assert small_project == before
    assert project_to_bytes(small_project) == project_to_bytes(before)


def test_other_formats_export_and_import_a_map_with_the_setting(small_project):
    """Nothing to write there (OJF, Mermaid and CSV have no such idea): exports work and read
    back; a CSV imported into the map keeps the map's lane settings."""
    set_lane(small_project, "l-lea-touch", feeds_curve=False)
    set_lane(small_project, "l-lea-pain", feeds_curve=True)
    ojf = import_ojf(export_ojf(small_project, "p-lea"))
    assert all(lane.feeds_curve is None for lane in ojf.personas[0].lanes)
    text, _ = export_mermaid(small_project)
    assert import_mermaid(text).personas
    sheet = export_csv(small_project)
    assert import_csv(sheet).cards
    bare = small_project.model_copy(update={"cards": [], "links": []}, deep=True)
    merged = import_csv(sheet, into=bare)
    assert merged.lane("l-lea-touch").feeds_curve is False
    assert merged.lane("l-lea-pain").feeds_curve is True
    assert len(merged.cards) == len(small_project.cards)


def test_a_set_curve_setting_is_written_as_version_2_so_older_apps_ask_for_an_update(
    small_project,
):
    set_lane(small_project, "l-lea-pain", feeds_curve=True)
    data = project_to_bytes(small_project)
    assert json.loads(data)["schema_version"] == 2
    assert project_to_bytes(project_from_bytes(data)) == data
