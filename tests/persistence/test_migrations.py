"""Older schema versions are upgraded step by step; newer ones are refused, not truncated."""

import json

import pytest

from journey_editor.model import SCHEMA_VERSION
from journey_editor.persistence import (
    ProjectFileError,
    migrations,
    project_from_bytes,
    project_to_bytes,
)
from journey_editor.persistence.migrations import MigrationError, migrate


def test_the_current_version_passes_unchanged():
    document = {"schema_version": SCHEMA_VERSION, "id": "m"}
    assert migrate(dict(document)) == document


def test_version_1_to_2_changes_nothing_but_the_number():
    # Version 2 only adds the optional based_on, which a version 1 file cannot have.
    document = {"schema_version": 1, "id": "m", "title": "Boutique", "stages": []}
    assert migrate(dict(document), current=2) == document | {"schema_version": 2}


def test_each_step_of_the_table_runs_in_order(monkeypatch):
    calls = []

    def one_to_two(doc):
        calls.append(1)
        doc["renamed"] = doc.pop("old")
        return doc

    def two_to_three(doc):
        calls.append(2)
        doc["renamed"] = doc["renamed"].upper()
        return doc

    monkeypatch.setattr(migrations, "MIGRATIONS", {1: one_to_two, 2: two_to_three})
    result = migrate({"schema_version": 1, "old": "x"}, current=3)
    assert calls == [1, 2]
    assert result == {"schema_version": 3, "renamed": "X"}


def test_a_gap_in_the_table_is_reported(monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    with pytest.raises(MigrationError, match="cannot be upgraded from schema version 1"):
        migrate({"schema_version": 1}, current=2)


def test_a_newer_file_is_refused_with_advice(small_project):
    document = json.loads(project_to_bytes(small_project))
    document["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(ProjectFileError) as raised:
        project_from_bytes(json.dumps(document).encode(), "futur.journey.json")
    assert (
        f"schema version {SCHEMA_VERSION + 1}, newer than this journey-editor understands "
        f"({SCHEMA_VERSION})"
    ) in str(raised.value)
    assert "update journey-editor" in str(raised.value)


@pytest.mark.parametrize("version", [0, -1, True, 1.0, None])
def test_impossible_versions_are_refused(version):
    with pytest.raises(MigrationError):
        migrate({"schema_version": version})
