"""Conflict copies beside a map, named as each sync service names them: found when they are
copies of the open map (same id), left alone when they only look like one, reported with the
reason when an unmistakable copy cannot be read; merged copies are put away, never over a file."""

from __future__ import annotations

import os

import pytest

from journey_editor.model.entities import BasedOn
from journey_editor.persistence import project_to_bytes
from journey_editor.persistence.sync_copies import (
    DROPBOX,
    GOOGLE_DRIVE,
    NEXTCLOUD,
    ONEDRIVE,
    SYNCTHING,
    find_conflict_copies,
    merged_target,
    put_away,
    service_of,
)

MAP = "atelier.journey.json"

# As each service names its copy of `atelier.journey.json` (see the module's notes for sources):
# most split at the last dot, so their tag sits between `.journey` and `.json`.
NAMED_BY_SERVICE = [
    ("atelier.journey.sync-conflict-20261205-101010-ABCDEFG.json", SYNCTHING),
    ("atelier.sync-conflict-20261205-101010-ABCDEFG.journey.json", SYNCTHING),
    ("atelier.journey.sync-conflict-20261205-101010.json", SYNCTHING),  # before device ids
    ("atelier.journey (conflicted copy 2026-12-05).json", DROPBOX),
    ("atelier (Léa's conflicted copy 2026-12-05).journey.json", DROPBOX),
    ("atelier.journey (LAPTOP-7's conflicted copy 2026-12-05) (1).json", DROPBOX),
    ("atelier.journey (conflicted copy 2026-12-05 101010).json", NEXTCLOUD),
    ("atelier.journey (conflicted copy Marc Dubois 2026-12-05 101010).json", NEXTCLOUD),
    ("atelier.journey_conflict-20261205-101010.json", NEXTCLOUD),  # ownCloud before 2.5
    ("atelier-LAPTOP-7.journey.json", ONEDRIVE),
    ("atelier.journey-DESKTOP-5H7RK2L.json", ONEDRIVE),
    ("atelier.journey-DESKTOP-5H7RK2L-2.json", ONEDRIVE),
    ("atelier.journey-marc-thinkpad.json", ONEDRIVE),
    ("atelier (1).journey.json", GOOGLE_DRIVE),
    ("atelier.journey (2).json", GOOGLE_DRIVE),
]

NOT_COPIES_BY_NAME = [
    "atelier.journey.json",
    "atelier.journey.json.bak",
    "atelier.journey.json.lock",
    "atelier-v2.journey.json",
    "atelier-2.journey.json",
    "atelier-2026-12-05.journey.json",
    "atelier-v1.2.journey.json",
    "atelier2.journey.json",
    "atelier.journey.sync-conflict.json",
    "autre.sync-conflict-20261205-101010-ABCDEFG.journey.json",
    "atelier (conflict 2026).journey.json",
    "atelier.journey.sync-conflict-20261205-101010-ABCDEFG.json.tmp",
]


@pytest.mark.parametrize(("name", "service"), NAMED_BY_SERVICE)
def test_each_service_s_name_is_recognised(name, service):
    assert service_of(MAP, name) == service


@pytest.mark.parametrize("name", NOT_COPIES_BY_NAME)
def test_other_names_are_not_copies(name):
    assert service_of(MAP, name) is None


def write(folder, name, project):
    path = folder / name
    path.write_bytes(project_to_bytes(project))
    return path


@pytest.fixture
def map_file(tmp_path, small_project):
    return write(tmp_path, MAP, small_project)


def theirs_of(project, title="Version de Marc"):
    copy = project.model_copy(deep=True)
    copy.title = title
    return copy


def test_copies_of_the_map_are_found_whatever_service_made_them(map_file, small_project):
    for name, _service in NAMED_BY_SERVICE:
        write(map_file.parent, name, theirs_of(small_project))
    found = find_conflict_copies(map_file, small_project.id)
    assert sorted((c.path.name, c.service) for c in found) == sorted(NAMED_BY_SERVICE)
    assert all(copy.readable for copy in found)


def test_a_map_with_a_copy_s_name_but_another_id_is_not_claimed(map_file, small_project):
    other = small_project.model_copy(deep=True)
    other.id = "map-other"
    write(map_file.parent, "atelier-LAPTOP-7.journey.json", other)
    write(map_file.parent, "atelier.journey.sync-conflict-20261205-101010-ABCDEFG.json", other)
    assert find_conflict_copies(map_file, small_project.id) == []


def test_a_to_be_of_the_map_keeps_its_ids_but_is_not_a_copy(map_file, small_project):
    to_be = theirs_of(small_project, "Atelier — cible")
    to_be.based_on = BasedOn(file=MAP, title=small_project.title, sha256="0" * 64)
    write(map_file.parent, "atelier-cible.journey.json", to_be)
    assert find_conflict_copies(map_file, small_project.id) == []


def test_a_map_of_one_s_own_with_a_loose_name_is_not_claimed(map_file, small_project):
    """`atelier-final` could be a computer called FINAL: a file the editor knows as a map of
    its own (opened or saved under that name) is not a copy; an unmistakable tag still is."""
    own = write(map_file.parent, "atelier-final.journey.json", theirs_of(small_project))
    tagged = write(
        map_file.parent, "atelier (conflicted copy 2026-12-05).journey.json", small_project
    )
    found = find_conflict_copies(map_file, small_project.id, is_own_map=lambda p: p == own)
    assert [c.path for c in found] == [tagged]
    assert {c.path for c in find_conflict_copies(map_file, small_project.id)} == {own, tagged}


def test_a_broken_copy_with_an_unmistakable_name_is_reported_with_the_reason(
    map_file, small_project
):
    broken = map_file.parent / "atelier.journey.sync-conflict-20261205-101010-ABCDEFG.json"
    broken.write_text('{"schema_version": 1, "id": ', encoding="utf-8")
    (map_file.parent / "atelier-LAPTOP.journey.json").write_text("not a map", encoding="utf-8")
    found = find_conflict_copies(map_file, small_project.id)
    assert [(c.path, c.service, c.readable) for c in found] == [(broken, SYNCTHING, False)]
    assert "not valid JSON" in found[0].problem


def test_links_folders_and_other_files_are_left_alone(map_file, small_project, tmp_path):
    elsewhere = write(tmp_path, "elsewhere.journey.json", theirs_of(small_project))
    os.symlink(elsewhere, map_file.parent / "atelier (1).journey.json")
    (map_file.parent / "atelier (2).journey.json").mkdir()
    write(map_file.parent, ".atelier (3).journey.json", theirs_of(small_project))
    merged = map_file.parent / "merged"
    merged.mkdir()
    write(merged, "atelier (4).journey.json", theirs_of(small_project))
    assert find_conflict_copies(map_file, small_project.id) == []


def test_a_missing_folder_finds_nothing(tmp_path, small_project):
    assert find_conflict_copies(tmp_path / "gone" / MAP, small_project.id) == []


def test_a_merged_copy_goes_to_merged_without_overwriting(map_file, small_project):
    name = "atelier.journey.sync-conflict-20261205-101010-ABCDEFG.json"
    first = write(map_file.parent, name, theirs_of(small_project, "premier"))
    assert put_away(map_file, first) == map_file.parent / "merged" / name
    second = write(map_file.parent, name, theirs_of(small_project, "second"))
    moved = put_away(map_file, second)
    assert moved.name == "atelier.journey.sync-conflict-20261205-101010-ABCDEFG (2).json"
    assert not first.exists()
    assert b"premier" in (map_file.parent / "merged" / name).read_bytes()
    assert b"second" in moved.read_bytes()
    named = map_file.parent / "merged" / "atelier (1).journey.json"
    named.write_bytes(b"x")
    target = merged_target(map_file, "atelier (1).journey.json")
    assert target.name == "atelier (1) (2).journey.json"


def test_a_merged_folder_that_is_a_link_is_not_used(map_file, small_project, tmp_path):
    target = tmp_path / "elsewhere"
    target.mkdir()
    os.symlink(target, map_file.parent / "merged")
    copy = write(map_file.parent, "atelier (1).journey.json", small_project)
    with pytest.raises(OSError, match="symbolic link"):
        put_away(map_file, copy)
    assert copy.exists() and list(target.iterdir()) == []
