"""The record of the versions this computer had of each map (the bases of later merges): written,
read back newest first, bounded, and ignored safely when tampered with."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

import pytest

from journey_editor.persistence import map_versions as mv
from journey_editor.persistence import project_to_bytes
from journey_editor.persistence.map_versions import MapVersions, map_key

T0 = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path) -> MapVersions:
    return MapVersions(tmp_path / "recovery")


@pytest.fixture
def map_path(tmp_path):
    return tmp_path / "maps" / "atelier.journey.json"


def version_of(project, title):
    copy = project.model_copy(deep=True)
    copy.title = title
    return copy


def test_versions_are_read_back_newest_first_with_their_maps(store, map_path, small_project):
    first, second = version_of(small_project, "v1"), version_of(small_project, "v2")
    store.remember(map_path, project_to_bytes(first), "opened", T0)
    store.remember(map_path, project_to_bytes(second), "saved", T0 + timedelta(minutes=5))
    assert [v.event for v in store.versions(map_path)] == ["opened", "saved"]
    found = store.projects(map_path, small_project.id)
    assert [project for _version, project in found] == [second, first]
    assert store.knows(map_path) and not store.knows(map_path.with_name("autre.journey.json"))
    assert store.projects(map_path, "another-map") == []


def test_the_same_bytes_again_move_to_the_end_without_a_second_copy(store, map_path, small_project):
    data = project_to_bytes(small_project)
    store.remember(map_path, data, "opened", T0)
    store.remember(map_path, project_to_bytes(version_of(small_project, "v2")), "saved", T0)
    store.remember(map_path, data, "reloaded", T0 + timedelta(hours=1))
    assert [v.event for v in store.versions(map_path)] == ["saved", "reloaded"]
    assert len(list(store.folder.glob("*.journey.json"))) == 2


def test_each_map_keeps_its_last_versions_and_old_maps_are_forgotten(
    store, tmp_path, small_project, monkeypatch
):
    monkeypatch.setattr(mv, "MAX_VERSIONS", 3)
    monkeypatch.setattr(mv, "MAX_MAPS", 2)
    path = tmp_path / "a.journey.json"
    for number in range(5):
        data = project_to_bytes(version_of(small_project, f"v{number}"))
        store.remember(path, data, "saved", T0 + timedelta(minutes=number))
    assert [p.title for _v, p in store.projects(path, small_project.id)] == ["v4", "v3", "v2"]
    assert len(list(store.folder.glob("*.journey.json"))) == 3  # v0 and v1's bytes removed
    for number, name in enumerate(("b", "c")):
        other = tmp_path / f"{name}.journey.json"
        data = project_to_bytes(version_of(small_project, name))
        store.remember(other, data, "opened", T0 + timedelta(days=1 + number))
    assert not store.knows(path)  # used longest ago
    assert store.knows(tmp_path / "b.journey.json") and store.knows(tmp_path / "c.journey.json")
    assert len(list(store.folder.glob("*.journey.json"))) == 2


def test_a_map_over_the_size_limit_is_not_recorded(store, map_path, small_project, monkeypatch):
    monkeypatch.setattr(mv, "MAX_VERSION_BYTES", 100)
    store.remember(map_path, project_to_bytes(small_project), "opened")
    assert not store.knows(map_path)


def record_path(store, map_path):
    return store.folder / (map_key(map_path) + ".versions.json")


def test_changed_bytes_are_ignored(store, map_path, small_project):
    store.remember(map_path, project_to_bytes(small_project), "opened")
    (blob,) = store.folder.glob("*.journey.json")
    blob.write_bytes(project_to_bytes(version_of(small_project, "changed behind our back")))
    assert store.projects(map_path, small_project.id) == []
    assert "not the ones recorded" in store.problems[-1]


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: "not json {",
        lambda raw: json.dumps([1, 2]),
        lambda raw: json.dumps({**raw, "format": 99}),
        lambda raw: json.dumps({**raw, "path": "/somewhere/else.journey.json"}),
        lambda raw: json.dumps({**raw, "versions": "all"}),
        lambda raw: json.dumps({**raw, "versions": [{"sha256": "../../etc/passwd"}]}),
        lambda raw: json.dumps({**raw, "versions": [{**raw["versions"][0], "event": "x"}]}),
        lambda raw: json.dumps({**raw, "versions": [{**raw["versions"][0], "at": 3}]}),
        lambda raw: json.dumps(raw) + " " * (70 * 1024),  # over the size limit
    ],
)
def test_a_damaged_record_is_ignored_and_the_next_save_writes_a_good_one(
    store, map_path, small_project, damage
):
    data = project_to_bytes(small_project)
    store.remember(map_path, data, "opened")
    record = record_path(store, map_path)
    record.write_text(damage(json.loads(record.read_text("utf-8"))), encoding="utf-8")
    assert store.versions(map_path) == [] and store.problems
    store.remember(map_path, data, "saved")
    assert [v.event for v in store.versions(map_path)] == ["saved"]


def test_links_in_the_folder_are_never_followed(store, map_path, small_project, tmp_path):
    store.remember(map_path, project_to_bytes(small_project), "opened")
    (version,) = store.versions(map_path)
    (blob,) = store.folder.glob("*.journey.json")
    kept = tmp_path / "kept.journey.json"
    os.replace(blob, kept)
    os.symlink(kept, blob)  # the very bytes recorded, but through a link
    assert store.load(version) is None
    record = record_path(store, map_path)
    outside = tmp_path / "outside.json"
    os.replace(record, outside)
    os.symlink(outside, record)
    assert store.versions(map_path) == []


def test_a_versions_folder_that_is_a_link_is_neither_read_nor_written(
    tmp_path, map_path, small_project
):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "recovery").mkdir()
    os.symlink(elsewhere, tmp_path / "recovery" / "versions")
    store = MapVersions(tmp_path / "recovery")
    store.remember(map_path, project_to_bytes(small_project), "saved")
    assert list(elsewhere.iterdir()) == []
    assert store.versions(map_path) == []
    assert "symbolic link" in store.problems[-1]


def test_an_unwritable_folder_never_stops_a_save(tmp_path, map_path, small_project):
    (tmp_path / "recovery").write_text("a file where the folder should be")
    store = MapVersions(tmp_path / "recovery")
    store.remember(map_path, project_to_bytes(small_project), "saved")  # no exception
    assert store.problems and not store.knows(map_path)
