"""Schema version 4, dot votes: the file format's first migration with a field of its own.

A card's `votes` is written only while it has some, and a map is written as version 4 only
while some card has votes (the oldest version that holds the map, as for 2 and 3): a file
from before voting loads through every step (1 → 2 → 3 → 4) and saves back to its very
bytes; voted on, it saves as version 4 and reloads equal; an editor from before voting
(SCHEMA_VERSION 3, or the first editor's 1) refuses that file with its "update
journey-editor" message, never loading it with the votes dropped or an unknown-field error.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journey_editor.edits import AddVotes, ClearVotes
from journey_editor.model import SCHEMA_VERSION
from journey_editor.persistence import (
    ProjectFileError,
    load_project,
    migrations,
    project_from_bytes,
    project_to_bytes,
    save_project,
)
from journey_editor.persistence.migrations import migrate, written_schema_version

# A map written by journey-editor before voting existed (the bundled B2B template as it was):
# schema version 1, no card with `votes`.
LEGACY = Path(__file__).parent / "legacy" / "schema-1-before-votes.journey.json"


def test_the_newest_version_is_4_and_only_votes_need_it(small_project):
    assert SCHEMA_VERSION == 4
    assert written_schema_version(small_project) == 1
    small_project.cards[0] = small_project.cards[0].model_copy(update={"votes": 2})
    assert written_schema_version(small_project) == 4


def test_a_schema_1_file_walks_every_step_and_saves_back_to_its_bytes(monkeypatch):
    data = LEGACY.read_bytes()
    assert json.loads(data)["schema_version"] == 1
    steps = []
    for version, step in list(migrations.MIGRATIONS.items()):

        def spy(document, version=version, step=step):
            steps.append(version)
            return step(document)

        monkeypatch.setitem(migrations.MIGRATIONS, version, spy)
    project = project_from_bytes(data, LEGACY.name)
    assert steps == [1, 2, 3]
    assert project.schema_version == SCHEMA_VERSION
    assert all(card.votes == 0 for card in project.cards)
    # Nobody voted: still written as version 1, byte for byte, for editors without voting.
    assert project_to_bytes(project) == data


def test_step_3_to_4_gives_no_votes_and_changes_nothing_but_the_number():
    document = json.loads(LEGACY.read_bytes())
    document["schema_version"] = 3
    expected = json.loads(LEGACY.read_bytes()) | {"schema_version": 4}
    assert migrate(document, current=4) == expected


def test_voted_on_it_saves_as_version_4_and_reloads_equal(tmp_path):
    project = load_project(LEGACY)
    first, second = project.cards[0].id, project.cards[5].id
    for _ in range(3):
        AddVotes((first,)).apply(project)
    AddVotes((first, second)).apply(project)
    path = tmp_path / "voted.journey.json"
    save_project(project, path)
    document = json.loads(path.read_bytes())
    assert document["schema_version"] == 4
    cards = {card["id"]: card for card in document["cards"]}
    assert cards[first]["votes"] == 4
    assert cards[second]["votes"] == 1
    # Written after the tags, and only on voted cards.
    assert list(cards[first])[-1] == "votes"
    assert sum("votes" in card for card in document["cards"]) == 2
    reloaded = load_project(path)
    assert reloaded == project
    assert project_to_bytes(reloaded) == path.read_bytes()
    # Votes cleared: the map goes back to version 1 and to the bytes it had before voting.
    ClearVotes().apply(reloaded)
    assert project_to_bytes(reloaded) == LEGACY.read_bytes()


@pytest.mark.parametrize("old_version", [3, 1])
def test_an_older_editor_refuses_the_voted_file_with_its_clear_message(
    tmp_path, monkeypatch, old_version
):
    project = load_project(LEGACY)
    AddVotes((project.cards[0].id,)).apply(project)
    path = tmp_path / "voted.journey.json"
    save_project(project, path)
    # Play an editor from before voting: its newest schema is the old one.
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", old_version)
    with pytest.raises(ProjectFileError) as raised:
        load_project(path)
    message = str(raised.value)
    assert str(path) in message
    assert (
        f"was written with schema version 4, newer than this journey-editor understands "
        f"({old_version}); update journey-editor to open it"
    ) in message
    # The same editor still opens a map nobody voted on.
    assert load_project(LEGACY).title == project.title


@pytest.mark.parametrize("value", [-1, 1000, "3", 2.0, True, None])
def test_a_bad_vote_count_is_refused_naming_the_card_and_the_field(value):
    document = json.loads(LEGACY.read_bytes())
    document["schema_version"] = 4
    card = document["cards"][0]
    card["votes"] = value
    with pytest.raises(ProjectFileError) as raised:
        project_from_bytes(json.dumps(document).encode(), "bad.journey.json")
    message = str(raised.value)
    assert card["id"] in message and "votes" in message
