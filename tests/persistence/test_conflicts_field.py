"""The `conflicts` list a merge records in a map: left out of the file while empty (maps without
conflicts keep their bytes and version), written and read back exactly as schema version 3 (a
no-op step from 2, so an older journey-editor asks for an update), and a malformed record
reported by the conflict and the field."""

from __future__ import annotations

import json

import pytest

from journey_editor.model import SCHEMA_VERSION, Conflict
from journey_editor.model.entities import conflict_fields
from journey_editor.persistence import ProjectFileError, project_from_bytes, project_to_bytes
from journey_editor.persistence.migrations import MigrationError, migrate

RECORDS = [
    Conflict(
        kind="card",
        id="c-shop",
        name="Chemise à 105 €",
        field="effort",
        base=3,
        mine=4,
        theirs=2,
        reason="changed on both sides",
    ),
    Conflict(
        kind="card",
        id="c-gone",
        name="Conseil d'un ami",
        base={"id": "c-gone", "title": "Conseil d'un ami", "tags": ["a"], "effort": None},
        mine=None,
        theirs={"id": "c-gone", "title": "Conseil", "tags": [], "effort": 2},
        reason="deleted in mine, changed in theirs",
    ),
    Conflict(
        kind="card",
        id="c-blog",
        field="cell",
        base={"persona": "p-lea", "lane": "l-lea-touch", "stage": "s-discover"},
        mine={"persona": "p-lea", "lane": "l-lea-touch", "stage": "s-buy"},
        theirs={"persona": "p-lea", "lane": "l-lea-touch", "stage": "s-use"},
    ),
    Conflict(kind="stage", id="s-buy", name="Achat", field="position", base=1, mine=0, theirs=2),
    Conflict(kind="project", id="map-small", field="title", base="A", mine="B", theirs="C"),
]


def test_a_map_without_conflicts_has_no_conflicts_key(small_project):
    data = project_to_bytes(small_project)
    assert b'"conflicts"' not in data
    assert project_to_bytes(project_from_bytes(data)) == data


def test_conflicts_are_written_last_and_read_back_to_the_same_bytes(small_project):
    project = small_project.model_copy(update={"conflicts": RECORDS})
    data = project_to_bytes(project)
    document = json.loads(data)
    assert list(document)[-1] == "conflicts"
    assert document["conflicts"][1]["mine"] is None
    loaded = project_from_bytes(data, "merged.journey.json")
    assert loaded == project
    assert project_to_bytes(loaded) == data


def with_record(small_project, **record) -> bytes:
    document = json.loads(project_to_bytes(small_project))
    document["conflicts"] = [record]
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            {"kind": "cards", "id": "c-shop", "name": "Chemise"},
            "conflict \"c-shop\" «Chemise», field 'kind': must be 'project', 'stage', 'persona', "
            "'lane', 'card', 'link' or 'channel' (got 'cards')",
        ),
        (
            {"kind": "card", "id": "c-shop", "name": "Chemise", "field": "efort"},
            "conflict \"c-shop\" «Chemise», field 'field': a card has no field 'efort'; one of: "
            "persona, lane, stage, title",
        ),
        (
            {"kind": "stage", "id": "s-buy", "field": "cell"},
            "conflict \"s-buy\", field 'field': a stage has no field 'cell'",
        ),
        ({"kind": "card", "name": "Chemise"}, "conflict \"#1\" «Chemise», field 'id': is required"),
        (
            {"kind": "card", "id": "c-shop", "reason": 3},
            "conflict \"c-shop\", field 'reason': must be a valid string (got 3)",
        ),
        (
            {"kind": "card", "id": "c-shop", "theirs_value": 3},
            "conflict \"c-shop\", field 'theirs_value': unknown field",
        ),
    ],
)
def test_a_malformed_record_is_named_by_the_conflict_and_its_field(small_project, record, expected):
    with pytest.raises(ProjectFileError) as raised:
        project_from_bytes(with_record(small_project, **record), "merged.journey.json")
    assert f"merged.journey.json: {expected}" in str(raised.value)


def test_a_conflict_may_name_any_field_of_its_kind_or_a_place():
    assert {"effort", "title", "cell", "position"} <= set(conflict_fields("card"))
    assert "id" not in conflict_fields("card")
    assert {"persona", "position", "kind", "feeds_curve"} <= set(conflict_fields("lane"))
    assert {"title", "modified", "id"} <= set(conflict_fields("project"))
    assert "schema_version" not in conflict_fields("project")


# --- the schema version ---------------------------------------------------------------------------


def test_a_map_with_conflicts_is_written_as_version_3_and_without_them_as_before(small_project):
    assert SCHEMA_VERSION >= 3
    plain = project_to_bytes(small_project)
    assert json.loads(plain)["schema_version"] == 1
    with_conflicts = project_to_bytes(small_project.model_copy(update={"conflicts": RECORDS}))
    assert json.loads(with_conflicts)["schema_version"] == 3
    loaded = project_from_bytes(with_conflicts)
    assert loaded.schema_version == SCHEMA_VERSION
    # Settled: the list emptied, the map goes back to the version and bytes it had.
    assert project_to_bytes(loaded.model_copy(update={"conflicts": []})) == plain


def test_version_2_to_3_changes_nothing_but_the_number():
    document = {"schema_version": 2, "id": "m", "title": "Boutique", "stages": []}
    assert migrate(dict(document), current=3) == document | {"schema_version": 3}


def test_an_app_that_knows_version_2_asks_for_an_update_instead_of_rejecting_the_list(
    small_project,
):
    data = project_to_bytes(small_project.model_copy(update={"conflicts": RECORDS}))
    with pytest.raises(MigrationError) as raised:
        migrate(json.loads(data), current=2)
    assert "schema version 3, newer than this journey-editor understands (2)" in str(raised.value)
    assert "update journey-editor" in str(raised.value)
