"""Malformed .ojf files made by breaking a real third-party file, one fault at a time.

The hotel file is read from ../shared/fixtures/ojf/ beside the checkout (never copied in); a clone
without it skips this module. test_ojf_errors.py checks the same reasons on the project's own
sample, and the faults that need no file (bad JSON, empty, too deep, too big), always.
"""

import json

import pytest

from journey_editor.model import Problem
from journey_editor.persistence import ProjectFileError
from journey_editor.persistence.formats.ojf import import_ojf
from tests.ojf_files import THIRD_PARTY_SAMPLES, needs_third_party_samples

pytestmark = needs_third_party_samples

# Nodes n1…n4 on stages s1…s3, lanes l1, l2.
HOTEL = THIRD_PARTY_SAMPLES / "hotel-check-in-blueprint.ojf"


def hotel() -> dict:
    return json.loads(HOTEL.read_bytes())


def edited(change) -> bytes:
    document = hotel()
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
        import_ojf(data, "hotel.ojf")
    message = str(raised.value)
    assert all(line.startswith("hotel.ojf: ") for line in message.splitlines())
    assert "Traceback" not in message and "pydantic" not in message
    return message


def test_a_dangling_stage_reference_names_node_id_title_and_field():
    message = refuse(edited(set_node(3, stageId="s9")))
    assert message == (
        "hotel.ojf: node #4 \"n4\" «Room Access», field 'stageId': "
        'refers to stage "s9", which does not exist'
    )


def test_problems_are_structured_for_the_user_interface():
    with pytest.raises(ProjectFileError) as raised:
        import_ojf(edited(set_node(1, swimlaneId="l7")), "hotel.ojf")
    assert raised.value.problems == [
        Problem(
            "node #2",
            "n2",
            "Baggage Handover",
            "swimlaneId",
            'refers to swimlane "l7", which does not exist',
        )
    ]


def test_every_problem_is_reported_at_once():
    def break_several(document):
        document["nodes"][0]["score"] = 9
        document["nodes"][2]["tags"] = "vip"
        del document["nodes"][3]["swimlaneId"]

    lines = refuse(edited(break_several)).splitlines()
    assert len(lines) == 3
    assert "node #1" in lines[0] and "node #3" in lines[1] and "node #4" in lines[2]


CORPUS = {
    "Latin-1 bytes": (
        lambda: HOTEL.read_bytes().replace(b"Arrival", "Arrivée".encode("latin-1")),
        ["not UTF-8", "0xE9"],
    ),
    "UTF-16": (lambda: HOTEL.read_bytes().decode().encode("utf-16"), ["UTF-16"]),
    "NaN score": (
        lambda: HOTEL.read_bytes().replace(b'"score": 5', b'"score": NaN'),
        ["NaN or Infinity", "line", "column"],
    ),
    "duplicate key": (
        lambda: HOTEL.read_bytes().replace(b'"score": 5', b'"score": 5, "score": 4'),
        ['key "score" twice', 'id "n4"'],
    ),
    "missing stages": (lambda: edited(drop("stages")), ["file, field 'stages'", "missing"]),
    "stages not a list": (
        lambda: edited(lambda d: d.update(stages={"s1": "Arrival"})),
        ["file, field 'stages'", "must be a list (got an object)"],
    ),
    "swimlanes not a list": (
        lambda: edited(lambda d: d.update(swimlanes="l1")),
        ["file, field 'swimlanes'", 'must be a list (got "l1")'],
    ),
    "metadata not an object": (
        lambda: edited(lambda d: d.update(metadata="Hotel")),
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
        ["stage #2 «Check-in», field 'id'", "required", "nodes refer to stages by id"],
    ),
    "stage id not text": (
        lambda: edited(lambda d: d["stages"][0].update(id=1)),
        ["stage #1 «Arrival», field 'id'", "must be text (got 1)"],
    ),
    "duplicate stage id": (
        lambda: edited(lambda d: d["stages"][2].update(id="s1")),
        ["stage #3 \"s1\" «Room Entry», field 'id'", "duplicate id, already used by stage #1"],
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
        ["node #1 \"n1\" «Arrive at Entrance», field 'stageId'", "is required but missing"],
    ),
    "unknown swimlane": (
        lambda: edited(set_node(2, swimlaneId="l9")),
        ['node #3 "n3" «Verification»', "'swimlaneId'", 'swimlane "l9", which does not exist'],
    ),
    "score out of range": (
        lambda: edited(set_node(3, score=7)),
        ["node #4 \"n4\" «Room Access», field 'score'", "between -5 and +5 (got 7)"],
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
        ["node #1 \"n1\", field 'title'", "must be text (got 42)"],
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
        lambda: edited(set_node(0, tags="vip, late")),
        ["field 'tags'", "must be a list of text"],
    ),
    "a tag that is not text": (
        lambda: edited(set_node(0, tags=["vip", 3])),
        ["field 'tags[1]'", "must be text (got 3)"],
    ),
    "blueprint as text": (
        lambda: edited(set_node(0, blueprint="front desk")),
        ["field 'blueprint'", "must be an object"],
    ),
}


@pytest.mark.parametrize("case", list(CORPUS), ids=list(CORPUS))
def test_a_malformed_file_gives_a_clear_reason(case):
    corrupt, expected_phrases = CORPUS[case]
    message = refuse(corrupt())
    for phrase in expected_phrases:
        assert phrase in message, f"{phrase!r} not in {message!r}"
