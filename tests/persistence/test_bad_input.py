"""Every kind of broken file gets one clear reason naming line/column or object and field.

No traceback, nothing half-loaded: load_project either returns a valid Project or raises
ProjectFileError, whose text starts with the file name.
"""

import json

import pytest

from journey_editor.persistence import ProjectFileError, load_project, project_to_bytes


@pytest.fixture
def good_bytes(small_project) -> bytes:
    return project_to_bytes(small_project)


def replaced(data: bytes, old: str, new: str) -> bytes:
    assert old.encode() in data, old
    return data.replace(old.encode(), new.encode(), 1)


CORPUS = {
    "truncated": (lambda d: d[: len(d) // 2], ["not valid JSON", "line", "column"]),
    "empty file": (lambda d: b"", ["is empty"]),
    "whitespace only": (lambda d: b"  \n\n", ["is empty"]),
    "array at top level": (lambda d: b"[1, 2, 3]", ["JSON object at top level", "an array"]),
    "non-UTF-8 bytes": (
        lambda d: d.replace("Découverte".encode(), "Découverte".encode("latin-1")),
        ["not UTF-8", "0xE9", "line", "column"],
    ),
    "UTF-16": (lambda d: d.decode().encode("utf-16"), ["UTF-16", "UTF-8"]),
    "UTF-16 without BOM": (lambda d: d.decode().encode("utf-16-le"), ["UTF-16"]),
    "unknown schema version": (
        lambda d: replaced(d, '"schema_version": 1', '"schema_version": 7'),
        ["schema version 7", "newer"],
    ),
    "schema version as text": (
        lambda d: replaced(d, '"schema_version": 1', '"schema_version": "1"'),
        ["schema_version must be a whole number"],
    ),
    "no schema version": (lambda d: b'{"id": "x"}', ["no schema_version"]),
    "wrong type": (
        lambda d: replaced(d, '"effort": 3', '"effort": "3"'),
        ['card "c-shop"', "«Chemise à 105 €»", "'effort'", "integer"],
    ),
    "out of range score": (
        lambda d: replaced(d, '"emotion": -1', '"emotion": -4'),
        ['card "c-shop"', "'emotion'", "greater than or equal to -2", "-4"],
    ),
    "duplicate ids": (
        lambda d: replaced(d, '"id": "c-friend"', '"id": "c-blog"'),
        ['card "c-blog"', "«Conseil d'un ami»", "'id'", "duplicate id"],
    ),
    "dangling reference": (
        lambda d: replaced(d, '"to_card": "c-shop"', '"to_card": "c-vanished"'),
        ['link "k-1"', "'to_card'", '"c-vanished"', "does not exist"],
    ),
    "NaN": (
        lambda d: replaced(d, '"effort": 3', '"effort": NaN'),
        ["NaN or Infinity", "line", "column 17"],
    ),
    "Infinity": (lambda d: replaced(d, '"emotion": -1', '"emotion": -Infinity'), ["NaN or Inf"]),
    "duplicate JSON keys": (
        lambda d: replaced(d, '"effort": 3', '"effort": 3, "effort": 4'),
        ['key "effort" twice', 'id "c-shop"'],
    ),
    "unknown field": (
        lambda d: replaced(d, '"effort": 3', '"effort": 3, "effrot": 4'),
        ['card "c-shop"', "'effrot'", "unknown field"],
    ),
    "unknown top-level field": (
        lambda d: replaced(d, '"locale"', '"colour": "#000000", "locale"'),
        ['project "map-small"', "'colour'", "unknown field"],
    ),
    "bad colour": (
        lambda d: replaced(d, '"#E69F00"', '"orange"'),
        ['persona "p-lea" «Léa»', "'colour'", "#RRGGBB", "'orange'"],
    ),
    "empty id": (
        lambda d: replaced(d, '"id": "s-use"', '"id": ""'),
        ["stage", "«Usage»", "'id'", "must not be empty"],
    ),
    "lane of unknown kind": (
        lambda d: replaced(d, '"kind": "emotions"', '"kind": "feelings"'),
        ['lane "l-lea-emotion"', "'kind'", "'feelings'"],
    ),
    "deep nesting": (
        lambda d: replaced(d, '"description": ""', '"description": ' + "[" * 300 + "]" * 300),
        ["'description'", "must be a valid string", "got a list"],
    ),
    "extreme nesting": (lambda d: b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", ["nested"]),
    "lone surrogate": (lambda d: replaced(d, "Léa", "L\\ud83d"), ["\\uD800", "not a valid"]),
    "missing required field": (
        lambda d: replaced(d, '"name": "Achat",', ""),
        ['stage "s-buy"', "'name'", "required"],
    ),
}


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
