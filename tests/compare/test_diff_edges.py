"""Cases the random edits do not make: a lane that changes persona, one id in two kinds, the
whole card list shuffled on a 5,000-card map, and diffs combined so an anchor is gone."""

import random
import sys
import time
from pathlib import Path

from journey_editor.compare import Added, Moved, Removed, apply_diff, diff_projects
from journey_editor.model import Lane, Project, Stage

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.compare.pair import as_is, to_be  # noqa: E402


def rebuilt(project: Project, change) -> Project:
    data = project.model_dump()
    change(data)
    return Project.model_validate(data)


def test_a_lane_handed_to_another_persona_leaves_one_and_joins_the_other():
    def hand_over(data):
        lea, marc = data["personas"]
        pain = lea["lanes"].pop(2)
        marc["lanes"].append(pain)
        for card in data["cards"]:
            if card["lane"] == pain["id"]:
                card["persona"] = marc["id"]

    a = as_is()
    b = rebuilt(a, hand_over)
    diff = diff_projects(a, b)
    kinds = [(type(c).__name__, c.ref.kind, getattr(c, "parent", None)) for c in diff.changes]
    assert [(name, kind, parent.name) for name, kind, parent in kinds if kind == "lane"] == [
        ("Removed", "lane", "Léa"),
        ("Added", "lane", "Marc"),
    ]
    (move,) = [c for c in diff.changes if isinstance(c, Moved)]
    assert (move.old.persona.name, move.new.persona.name) == ("Léa", "Marc")
    assert apply_diff(a, diff) == b


def test_one_id_used_by_a_stage_in_a_and_a_card_in_b_is_two_objects():
    a = rebuilt(as_is(), lambda data: data["stages"].append(Stage(id="x", name="X").model_dump()))

    def stage_becomes_card(data):
        data["stages"].pop()
        data["cards"].append({**data["cards"][0], "id": "x", "title": "Carte X"})

    b = rebuilt(a, stage_becomes_card)
    diff = diff_projects(a, b)
    assert [(type(c).__name__, c.ref.kind) for c in diff.changes] == [
        ("Removed", "stage"),
        ("Added", "card"),
    ]
    assert apply_diff(a, diff) == b


def test_records_whose_anchor_is_gone_go_to_their_index():
    """A merge may remove the object an added one was placed after: the index takes over."""
    a = as_is()
    b = rebuilt(
        a,
        lambda data: data["personas"][0]["lanes"].insert(
            2, Lane(id="l-new", name="Idées", kind="opportunities").model_dump()
        ),
    )
    (added,) = diff_projects(a, b).changes
    assert isinstance(added, Added) and added.after == "l-lea-emotion" and added.index == 2

    def drop_emotions(data):
        data["personas"][0]["lanes"].pop(1)

    base = rebuilt(a, drop_emotions)
    result = apply_diff(base, [added])
    assert [lane.id for lane in result.personas[0].lanes] == ["l-lea-touch", "l-lea-pain", "l-new"]


def test_a_5000_card_map_shuffled_and_trimmed_diffs_and_applies_exactly_and_quickly():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate_map import generate_project
    finally:
        sys.path.remove(str(BENCHMARKS))
    a = generate_project()
    data = a.model_dump()
    rng = random.Random(15)
    rng.shuffle(data["cards"])
    for card in data["cards"][:300]:
        card["effort"] = 5
    removed = {card["id"] for card in data["cards"][4000:4200]}
    data["cards"] = [card for card in data["cards"] if card["id"] not in removed]
    data["links"] = [
        link
        for link in data["links"]
        if link["from_card"] not in removed and link["to_card"] not in removed
    ]
    b = Project.model_validate(data)
    start = time.perf_counter()
    diff = diff_projects(a, b)
    result = apply_diff(a, diff)
    elapsed = time.perf_counter() - start
    assert result == b
    assert sum(isinstance(c, Removed) and c.ref.kind == "card" for c in diff.changes) == 200
    assert elapsed < 10, f"diff and apply of 5,000 cards took {elapsed:.1f} s"


def test_the_pair_both_ways():
    assert apply_diff(to_be(), diff_projects(to_be(), as_is())) == as_is()
