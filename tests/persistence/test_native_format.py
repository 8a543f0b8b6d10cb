"""The native *.journey.json format: deterministic bytes, lossless round trips."""

import json

from journey_editor.persistence import (
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
)


def test_save_then_load_gives_an_equal_project(small_project, tmp_path):
    path = tmp_path / "map.journey.json"
    save_project(small_project, path)
    assert load_project(path) == small_project


def test_load_then_save_gives_identical_bytes(small_project, tmp_path):
    first = project_to_bytes(small_project)
    path = tmp_path / "map.journey.json"
    path.write_bytes(first)
    save_project(load_project(path), path)
    assert path.read_bytes() == first


def test_bytes_are_utf8_two_space_indented_with_a_final_newline(small_project):
    data = project_to_bytes(small_project)
    text = data.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '\n  "schema_version": 1,' in text
    assert "Maison Œillet" in text and "105 €" in text  # not \u-escaped: diffs stay readable
    assert "\r" not in text


def test_keys_follow_a_stable_documented_order(small_project):
    document = json.loads(project_to_bytes(small_project))
    assert list(document)[:3] == ["schema_version", "id", "title"]
    assert list(document)[-5:] == ["stages", "personas", "cards", "links", "channels"]
    assert list(document["cards"][0])[:4] == ["id", "persona", "lane", "stage"]


def test_list_order_is_user_order(small_project):
    small_project.stages.reverse()
    reloaded = project_from_bytes(project_to_bytes(small_project))
    assert [s.id for s in reloaded.stages] == ["s-use", "s-buy", "s-discover"]


def test_a_utf8_bom_is_accepted_and_not_written_back(small_project):
    data = project_to_bytes(small_project)
    reloaded = project_from_bytes(b"\xef\xbb\xbf" + data)
    assert reloaded == small_project
    assert not project_to_bytes(reloaded).startswith(b"\xef\xbb\xbf")


def test_hand_written_files_with_defaults_left_out_load(small_project):
    minimal = {
        "schema_version": 1,
        "id": "m",
        "stages": [{"id": "s", "name": "Achat"}],
        "personas": [{"id": "p", "name": "Léa", "lanes": [{"id": "l", "name": "Contacts"}]}],
        "cards": [{"id": "c", "persona": "p", "lane": "l", "stage": "s", "title": "Site"}],
    }
    project = project_from_bytes(json.dumps(minimal).encode())
    assert project.cards[0].effort is None
    assert project.personas[0].lanes[0].kind == "notes"
    assert len(project.channels) >= 14  # the default catalogue


def test_dates_keep_their_instant(small_project):
    reloaded = project_from_bytes(project_to_bytes(small_project))
    assert reloaded.created.isoformat() == "2026-11-01T09:00:00+00:00"


def test_attributes_from_other_tools_survive_and_are_left_out_when_empty(small_project):
    small_project.cards[0].attributes = {"ojf": {"sentiment": "delighted", "blueprint": [1, 2]}}
    data = project_to_bytes(small_project)
    reloaded = project_from_bytes(data)
    assert reloaded.cards[0].attributes == {"ojf": {"sentiment": "delighted", "blueprint": [1, 2]}}
    assert data.count(b'"attributes"') == 1
