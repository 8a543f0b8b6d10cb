"""The map's own details: title, description, client, author, locale, dates."""

from datetime import UTC, datetime

import pytest

from journey_editor.edits import EditError, UpdateProject


def test_changing_the_title_and_undoing(journey, undo_redo):
    change = undo_redo(journey, UpdateProject({"title": "Nouveau titre"}))
    assert journey.title == "Nouveau titre"
    assert change.touched == {"map-edits"}
    assert change.structural is False
    assert change.label == "Change title of the map"


def test_dates_given_as_iso_text_become_datetimes(journey, undo_redo):
    undo_redo(journey, UpdateProject({"modified": "2026-12-01T10:00:00+01:00", "author": "Zoé"}))
    assert journey.modified == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert journey.author == "Zoé"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"locale": "français"}, "locale"),
        ({"created": "yesterday"}, "created"),
        ({"created": "2026-12-01T10:00:00"}, "created"),
        ({"title": None}, "title"),
        ({"id": "map-2"}, "id"),
        ({"schema_version": 2}, "schema_version"),
        ({"stages": []}, "stages"),
        ({"cards": []}, "cards"),
        ({"owner": "x"}, "owner"),
    ],
)
def test_invalid_or_non_editable_project_fields_are_refused(journey, changes, field):
    before = journey.model_copy(deep=True)
    with pytest.raises(EditError) as raised:
        UpdateProject(changes).apply(journey)
    assert (raised.value.kind, raised.value.object_id, raised.value.field) == (
        "project",
        "map-edits",
        field,
    )
    assert journey == before
