"""Every kind of broken file gets one clear reason naming line/column or object and field.

No traceback, nothing half-loaded: load_project either returns a valid Project or raises
ProjectFileError, whose text starts with the file name.
"""

import json
import sys
from pathlib import Path

import pytest

from journey_editor.persistence import ProjectFileError, load_project, project_to_bytes

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.bad_files import CORPUS  # noqa: E402  (after the path is set)


@pytest.fixture
def good_bytes(small_project) -> bytes:
    return project_to_bytes(small_project)


@pytest.mark.parametrize("case", list(CORPUS), ids=list(CORPUS))
def test_bad_file_gives_one_clear_reason(case, good_bytes, tmp_path):
    corrupt, expected_phrases = CORPUS[case]
    path = tmp_path / "atelier.journey.json"
    path.write_bytes(corrupt(good_bytes))
    with pytest.raises(ProjectFileError) as raised:
        load_project(path)
    message = str(raised.value)
    assert message.startswith(str(path) + ": ")
    for phrase in expected_phrases:
        assert phrase in message, f"{phrase!r} not in {message!r}"
    assert "Traceback" not in message and "pydantic" not in message


def test_a_100_mib_file_is_refused_before_being_read(tmp_path):
    path = tmp_path / "huge.journey.json"
    with path.open("wb") as stream:
        stream.truncate(100 * 2**20)
    with pytest.raises(ProjectFileError, match="100 MiB, over the 64 MiB limit"):
        load_project(path)


def test_oversized_bytes_are_refused_too():
    from journey_editor.persistence import project_from_bytes

    with pytest.raises(ProjectFileError, match="over the 64 MiB limit"):
        project_from_bytes(b" " * (64 * 2**20 + 1), "pasted")


def test_a_missing_file_and_a_folder_are_explained(tmp_path):
    with pytest.raises(ProjectFileError, match="does not exist"):
        load_project(tmp_path / "nope.journey.json")
    with pytest.raises(ProjectFileError, match="is a folder"):
        load_project(tmp_path)


def test_many_problems_are_all_reported_up_to_a_limit(small_project, tmp_path):
    document = json.loads(project_to_bytes(small_project))
    for card in document["cards"]:
        card["effort"] = 9
    path = tmp_path / "many.journey.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ProjectFileError) as raised:
        load_project(path)
    assert len(raised.value.problems) == len(document["cards"])
    assert str(raised.value).count("\n") == len(document["cards"]) - 1


def test_nan_can_never_reach_a_saved_file(small_project):
    # Scores are whole numbers and non-finite input is refused, so NaN can never turn into the
    # `null` that pydantic would write for it.
    with pytest.raises(ValueError):
        type(small_project.cards[0]).model_validate(
            {**small_project.cards[0].model_dump(), "effort": float("nan")}
        )
    document = json.loads(project_to_bytes(small_project))
    assert all(isinstance(c["effort"], int | None) for c in document["cards"])
