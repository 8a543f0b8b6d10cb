"""A malformed .ojf file is refused with reasons that name the node, its id, title and field.

Never a traceback, never half a map: import_ojf returns a valid Project or raises
ProjectFileError, whose every line starts with the source name.
"""

import json

import pytest

from journey_editor.model import Problem
from journey_editor.persistence import ProjectFileError
from journey_editor.persistence.formats.ojf import import_ojf
from tests.ojf_files import OWN_SAMPLES

# The valid file every fault is made from: nodes m1…m4 on stages s1…s3 (Entrance, Galleries,
# Café & Shop) and swimlanes l1, l2; only m4 «Coffee on the Terrace» has "score": 5.
MUSEUM = OWN_SAMPLES / "museum-visit-blueprint.ojf"


def museum() -> dict:
    return json.loads(MUSEUM.read_bytes())


def edited(change) -> bytes:
    document = museum()
    change(document)
    return json.dumps(document).encode()


def set_node(index: int, **fields):
    return lambda d: d["nodes"][index].update(fields)


def drop(*path):
    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


def refuse(data: bytes) -> str:
    with pytest.raises(ProjectFileError) as raised:
        import_ojf(data, "museum.ojf")
    message = str(raised.value)
    assert all(line.startswith("museum.ojf: ") for line in message.splitlines())
    assert "Traceback" not in message and "pydantic" not in message
    return message


def test_the_file_every_fault_is_made_from_is_valid():
    # Otherwise a "clear reason" below could come from the file rather than from the fault.
    assert len(import_ojf(MUSEUM.read_bytes()).cards) == 4
    assert MUSEUM.read_bytes().count(b'"score": 5') == 1  # the byte-level faults edit m4 only


def test_a_dangling_stage_reference_names_node_id_title_and_field():
    message = refuse(edited(set_node(3, stageId="s9")))
    assert message == (
        "museum.ojf: node #4 \"m4\" «Coffee on the Terrace», field 'stageId': "
        'refers to stage "s9", which does not exist'
    )


def test_problems_are_structured_for_the_user_interface():
    with pytest.raises(ProjectFileError) as raised:
        import_ojf(edited(set_node(1, swimlaneId="l7")), "museum.ojf")
    assert raised.value.problems == [
        Problem(
            "node #2",
            "m2",
            "Bag Check Queue",
            "swimlaneId",
            'refers to swimlane "l7", which does not exist',
        )
    ]


def test_every_problem_is_reported_at_once():
    def break_several(document):
        document["nodes"][0]["score"] = 9
        document["nodes"][2]["tags"] = "audio"
        del document["nodes"][3]["swimlaneId"]

    lines = refuse(edited(break_several)).splitlines()
    assert len(lines) == 3
    assert "node #1" in lines[0] and "node #3" in lines[1] and "node #4" in lines[2]


CORPUS = {
    "not JSON": (lambda: b'{"stages": [', ["not valid JSON", "line 1"]),
    "empty file": (lambda: b"", ["is empty, not a .ojf journey map"]),
    "array at top level": (lambda: b"[]", ["JSON object at top level", "an array"]),
    "Latin-1 bytes": (
        lambda: MUSEUM.read_bytes().replace(b"Entrance", "Entrée".encode("latin-1")),
        ["not UTF-8", "0xE9"],
    ),
    "UTF-16": (lambda: MUSEUM.read_bytes().decode().encode("utf-16"), ["UTF-16"]),
    "NaN score": (
        lambda: MUSEUM.read_bytes().replace(b'"score": 5', b'"score": NaN'),
        ["NaN or Infinity", "line", "column"],
    ),
    "duplicate key": (
        lambda: MUSEUM.read_bytes().replace(b'"score": 5', b'"score": 5, "score": 4'),
        ['key "score" twice', 'id "m4"'],
    ),
    "missing stages": (lambda: edited(drop("stages")), ["file, field 'stages'", "missing"]),
    "stages not a list": (
        lambda: edited(lambda d: d.update(stages={"s1": "Entrance"})),
        ["file, field 'stages'", "must be a list (got an object)"],
    ),
    "swimlanes not a list": (
        lambda: edited(lambda d: d.update(swimlanes="l1")),
        ["file, field 'swimlanes'", 'must be a list (got "l1")'],
    ),
    "metadata not an object": (
        lambda: edited(lambda d: d.update(metadata="Museum")),
        ["file, field 'metadata'", "must be an object"],
    ),
    "metadata title not text": (
        lambda: edited(lambda d: d["metadata"].update(title=2024)),
        ["file, field 'metadata.title'", "must be text (got 2024)"],
    ),
    "persona not text": (
        lambda: edited(lambda d: d.update(persona=["a", "b"])),
        ["file, field 'persona'", "must be text (got a list)"],
    ),
    "stage without id": (
        lambda: edited(drop("stages", 1, "id")),
        ["stage #2 «Galleries», field 'id'", "required", "nodes refer to stages by id"],
    ),
    "stage id not text": (
        lambda: edited(lambda d: d["stages"][0].update(id=1)),
        ["stage #1 «Entrance», field 'id'", "must be text (got 1)"],
    ),
    "duplicate stage id": (
        lambda: edited(lambda d: d["stages"][2].update(id="s1")),
        ["stage #3 \"s1\" «Café & Shop», field 'id'", "duplicate id, already used by stage #1"],
    ),
    "stage without name": (
        lambda: edited(drop("stages", 0, "name")),
        ["stage #1 \"s1\", field 'name'", "is required but missing"],
    ),
    "swimlane not an object": (
        lambda: edited(lambda d: d["swimlanes"].append("Notes")),
        ["swimlane #3", 'must be an object (got "Notes")'],
    ),
    "node not an object": (
        lambda: edited(lambda d: d["nodes"].insert(0, None)),
        ["node #1: must be an object (got null)"],
    ),
    "node without stageId": (
        lambda: edited(drop("nodes", 0, "stageId")),
        ["node #1 \"m1\" «Scan Timed Ticket», field 'stageId'", "is required but missing"],
    ),
    "unknown swimlane": (
        lambda: edited(set_node(2, swimlaneId="l9")),
        ['node #3 "m3" «Audio Guide Tour»', "'swimlaneId'", 'swimlane "l9", which does not exist'],
    ),
    "score out of range": (
        lambda: edited(set_node(3, score=7)),
        ["node #4 \"m4\" «Coffee on the Terrace», field 'score'", "between -5 and +5 (got 7)"],
    ),
    "score as text": (
        lambda: edited(set_node(3, score="5")),
        ["field 'score'", 'must be a number (got "5")'],
    ),
    "score as boolean": (
        lambda: edited(set_node(3, score=True)),
        ["field 'score'", "must be a number (got true)"],
    ),
    "title not text": (
        lambda: edited(set_node(0, title=42)),
        ["node #1 \"m1\", field 'title'", "must be text (got 42)"],
    ),
    "severity not text": (
        lambda: edited(set_node(0, severity=3)),
        ["field 'severity'", "must be text (got 3)"],
    ),
    "moment of truth as text": (
        lambda: edited(set_node(0, isMomentOfTruth="yes")),
        ["field 'isMomentOfTruth'", 'must be true or false (got "yes")'],
    ),
    "tags as text": (
        lambda: edited(set_node(0, tags="qr, mobile")),
        ["field 'tags'", "must be a list of text"],
    ),
    "a tag that is not text": (
        lambda: edited(set_node(0, tags=["qr", 3])),
        ["field 'tags[1]'", "must be text (got 3)"],
    ),
    "blueprint as text": (
        lambda: edited(set_node(0, blueprint="entrance gate")),
        ["field 'blueprint'", "must be an object"],
    ),
    "extreme nesting": (
        lambda: b'{"stages": [], "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        ["nested"],
    ),
}


@pytest.mark.parametrize("case", list(CORPUS), ids=list(CORPUS))
def test_a_malformed_file_gives_a_clear_reason(case):
    corrupt, expected_phrases = CORPUS[case]
    message = refuse(corrupt())
    for phrase in expected_phrases:
        assert phrase in message, f"{phrase!r} not in {message!r}"


def test_an_oversized_file_is_refused():
    with pytest.raises(ProjectFileError, match="over the 64 MiB limit"):
        import_ojf(b" " * (64 * 2**20 + 1), "huge.ojf")
