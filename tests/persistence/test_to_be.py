"""As-is and to-be in the file: `based_on`, the schema version a file is written with, the copy
that keeps every id, and whether the as-is is still beside the to-be as it was."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import pytest

from journey_editor.model import SCHEMA_VERSION, BasedOn, Project
from journey_editor.persistence import (
    ProjectFileError,
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
)
from journey_editor.persistence.migrations import (
    MigrationError,
    migrate,
    written_schema_version,
)
from journey_editor.persistence.to_be import (
    as_is_status,
    make_to_be,
    to_be_of_file,
    to_be_title,
)

NOW = datetime(2026, 12, 1, 10, 30, tzinfo=UTC)
HASH = "0123456789abcdef" * 4


@pytest.fixture
def as_is_file(small_project, tmp_path):
    path = tmp_path / "atelier.journey.json"
    path.write_bytes(project_to_bytes(small_project))
    return path


@pytest.fixture
def to_be(small_project) -> Project:
    return make_to_be(small_project, "atelier.journey.json", b"the bytes", NOW)


def ids_of(project: Project) -> tuple:
    return (
        project.id,
        [stage.id for stage in project.stages],
        [(persona.id, [lane.id for lane in persona.lanes]) for persona in project.personas],
        [card.id for card in project.cards],
        [link.id for link in project.links],
        [channel.id for channel in project.channels],
    )


# --- the copy -------------------------------------------------------------------------------


def test_the_to_be_keeps_every_id_and_object_and_records_its_as_is(small_project, to_be):
    assert ids_of(to_be) == ids_of(small_project)
    assert to_be.cards == small_project.cards and to_be.personas == small_project.personas
    assert to_be.based_on == BasedOn(
        file="atelier.journey.json",
        title="Boutique de chemises — parcours «omnicanal»",
        sha256=hashlib.sha256(b"the bytes").hexdigest(),
        copied=NOW,
    )
    assert to_be.modified == NOW and to_be.created == small_project.created
    # The as-is in memory is left as it was.
    assert small_project.based_on is None
    assert small_project.title == "Boutique de chemises — parcours «omnicanal»"
    to_be.cards[0].title = "Changé"
    assert small_project.cards[0].title == "Article de blog"


def test_the_to_be_title_is_marked_in_the_maps_language():
    assert to_be_title("Shop visit", "en-GB") == "Shop visit (to-be)"
    assert to_be_title("Visite en boutique", "fr-BE") == "Visite en boutique (cible)"
    assert to_be_title("  ", "fr") == "Version cible"
    assert to_be_title("", "en") == "To-be"
    # A to-be of a to-be keeps one mark; a language without a catalogue speaks English.
    assert to_be_title("Shop visit (to-be)", "en") == "Shop visit (to-be)"
    assert to_be_title("Besuch", "de") == "Besuch (to-be)"


def test_the_to_be_of_a_file_hashes_the_bytes_on_disk(as_is_file, small_project):
    data = as_is_file.read_bytes()
    to_be = to_be_of_file(as_is_file, NOW)
    assert to_be.based_on.sha256 == hashlib.sha256(data).hexdigest()
    assert to_be.based_on.file == "atelier.journey.json"
    assert to_be.title == "Boutique de chemises — parcours «omnicanal» (cible)"
    assert ids_of(to_be) == ids_of(small_project)


def test_the_to_be_of_a_broken_file_names_the_file(tmp_path):
    broken = tmp_path / "cassé.journey.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ProjectFileError, match=r"cassé\.journey\.json"):
        to_be_of_file(broken)


# --- the file -------------------------------------------------------------------------------


def test_a_to_be_round_trips_to_the_same_bytes_as_schema_version_2(to_be, tmp_path):
    data = project_to_bytes(to_be)
    text = data.decode()
    assert text.startswith('{\n  "schema_version": 2,\n')
    assert (
        '  "locale": "fr-BE",\n'
        '  "based_on": {\n'
        '    "file": "atelier.journey.json",\n'
        '    "title": "Boutique de chemises — parcours «omnicanal»",\n'
        f'    "sha256": "{hashlib.sha256(b"the bytes").hexdigest()}",\n'
        '    "copied": "2026-12-01T10:30:00Z"\n'
        "  },\n"
    ) in text
    loaded = project_from_bytes(data)
    assert loaded == to_be
    assert project_to_bytes(loaded) == data
    path = tmp_path / "atelier-cible.journey.json"
    save_project(to_be, path)
    assert project_to_bytes(load_project(path)) == path.read_bytes() == data


def test_a_map_without_based_on_keeps_version_1_and_its_bytes(small_project, as_is_file):
    # Files written before version 2 existed load and save back to the very same bytes.
    data = as_is_file.read_bytes()
    assert data.decode().startswith('{\n  "schema_version": 1,\n')
    assert b"based_on" not in data
    loaded = project_from_bytes(data)
    assert loaded.schema_version == SCHEMA_VERSION  # in memory: the newest
    assert project_to_bytes(loaded) == data
    assert written_schema_version(loaded) == 1


def test_removing_based_on_writes_version_1_again(to_be, small_project):
    to_be.based_on = None
    to_be.title = small_project.title
    to_be.modified = small_project.modified
    assert project_to_bytes(to_be) == project_to_bytes(small_project)


def test_a_journey_editor_that_knows_only_version_1_refuses_a_to_be_with_advice(to_be):
    document = json.loads(project_to_bytes(to_be))
    with pytest.raises(MigrationError, match=r"schema version 2, newer .* understands \(1\)"):
        migrate(document, current=1)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("sha256", "ABCDEF" * 10 + "ABCD", ["64 hexadecimal digits", "lowercase", "'ABCDEF"]),
        ("sha256", "abc", ["SHA-256 hash", "'abc'"]),
        ("sha256", 12, ["must be a valid string", "12"]),
        ("file", "../autre/atelier.journey.json", ["file name without any folder", "autre"]),
        ("file", "C:\\cartes\\atelier.journey.json", ["file name without any folder"]),
        ("file", "..", ["file name without any folder"]),
        ("file", "", ["file name without any folder"]),
        ("copied", "hier", ["datetime"]),
    ],
)
def test_a_bad_based_on_is_refused_naming_the_field(to_be, field, value, words):
    document = json.loads(project_to_bytes(to_be))
    document["based_on"][field] = value
    with pytest.raises(ProjectFileError) as raised:
        project_from_bytes(json.dumps(document).encode(), "cible.journey.json")
    message = str(raised.value)
    assert message.startswith('cible.journey.json: project "map-small" «Boutique de chemises')
    assert f"field 'based_on.{field}': " in message
    for word in words:
        assert word in message


def test_based_on_must_name_its_file_and_hash_and_nothing_else(to_be):
    document = json.loads(project_to_bytes(to_be))
    del document["based_on"]["sha256"]
    document["based_on"]["path"] = "/home/léa/atelier.journey.json"
    with pytest.raises(ProjectFileError) as raised:
        project_from_bytes(json.dumps(document).encode(), "cible.journey.json")
    message = str(raised.value)
    assert "field 'based_on.sha256': is required but missing" in message
    assert "field 'based_on.path': unknown field" in message


def test_title_and_date_of_the_as_is_are_optional(small_project):
    document = json.loads(project_to_bytes(small_project))
    document["schema_version"] = 2
    document["based_on"] = {"file": "atelier.journey.json", "sha256": HASH}
    loaded = project_from_bytes(json.dumps(document).encode())
    assert loaded.based_on == BasedOn(file="atelier.journey.json", sha256=HASH)
    assert '"based_on": {\n    "file": "atelier.journey.json",\n    "title": "",' in (
        project_to_bytes(loaded).decode()
    )


# --- is the as-is still there, as it was? ---------------------------------------------------


def test_the_as_is_is_found_beside_the_to_be(as_is_file):
    to_be = to_be_of_file(as_is_file, NOW)
    to_be_path = as_is_file.with_name("atelier-cible.journey.json")
    save_project(to_be, to_be_path)
    assert as_is_status(to_be_path, to_be) == "found"
    assert as_is_status(to_be_path, load_project(to_be_path)) == "found"


def test_an_as_is_saved_since_is_changed(as_is_file, small_project):
    to_be = to_be_of_file(as_is_file, NOW)
    to_be_path = as_is_file.with_name("atelier-cible.journey.json")
    small_project.cards[0].title = "Nouvel article"
    save_project(small_project, as_is_file)
    assert as_is_status(to_be_path, to_be) == "changed"
    # Even a byte that changes nothing in the map counts: the hash is of the file.
    as_is_file.write_bytes(project_to_bytes(small_project) + b"\n")
    assert as_is_status(to_be_path, to_be) == "changed"


def test_a_moved_or_deleted_as_is_is_missing(as_is_file, tmp_path):
    to_be = to_be_of_file(as_is_file, NOW)
    # Only the folder of the to-be counts: the as-is is looked for beside it.
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    assert as_is_status(elsewhere / "atelier-cible.journey.json", to_be) == "missing"
    to_be_path = as_is_file.with_name("atelier-cible.journey.json")
    as_is_file.unlink()
    assert as_is_status(to_be_path, to_be) == "missing"
    as_is_file.mkdir()  # a folder of that name is no as-is either
    assert as_is_status(to_be_path, to_be) == "missing"


def test_a_map_that_is_no_to_be_has_no_as_is(small_project, tmp_path):
    with pytest.raises(ValueError, match="not a to-be"):
        as_is_status(tmp_path / "atelier.journey.json", small_project)
