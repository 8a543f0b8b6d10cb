"""Merging two copies with no common version, and choosing the common version when there are
several candidates.

Two-way: nothing either copy holds is lost, every field held differently is a conflict (mine's
value in the map, no base), and the result always validates and saves. Base choice: among the
versions our copy descends from, the one theirs left our line at."""

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from journey_editor.compare import merge_projects  # noqa: E402
from journey_editor.compare.base_choice import facts, fork_version  # noqa: E402
from journey_editor.compare.two_way import NO_BASE, merge_without_base  # noqa: E402
from journey_editor.model import Project  # noqa: E402
from journey_editor.persistence import project_from_bytes, project_to_bytes  # noqa: E402
from tests.compare.test_diff_properties import BASES, edited_copy  # noqa: E402
from tests.compare.test_merge_properties import object_ids  # noqa: E402
from tests.conftest import build_small_project  # noqa: E402


def examples(count: int) -> settings:
    return settings(max_examples=count, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_every_field_held_differently_is_a_conflict_and_nothing_is_lost():
    mine, theirs = build_small_project(), build_small_project()
    mine.title = "Atelier (Léa)"
    theirs.description = "notes de Marc"  # mine left it empty: still a conflict without a base
    mine.card("c-shop").effort = 5
    theirs.card("c-shop").effort = 1
    mine.cards.remove(mine.card("c-friend"))  # deleted here, or added there? Kept.
    result = merge_without_base(mine, theirs)
    merged = result.project
    found = {(c.kind, c.id, c.field): (c.base, c.mine, c.theirs) for c in result.conflicts}
    assert found == {
        ("project", "map-small", "title"): (None, "Atelier (Léa)", theirs.title),
        ("project", "map-small", "description"): (None, "", "notes de Marc"),
        ("card", "c-shop", "effort"): (None, 5, 1),
    }
    assert {c.reason for c in result.conflicts} == {NO_BASE}
    assert (merged.title, merged.description, merged.card("c-shop").effort) == (
        "Atelier (Léa)",
        "",
        5,
    )
    assert merged.card("c-friend") == theirs.card("c-friend")
    assert merged.conflicts == list(result.conflicts)


def test_a_list_in_another_order_keeps_mine_and_records_the_objects_moved():
    mine, theirs = build_small_project(), build_small_project()
    theirs.stages.insert(0, theirs.stages.pop())  # «Usage» first in theirs
    result = merge_without_base(mine, theirs)
    assert [s.id for s in result.project.stages] == [s.id for s in mine.stages]
    assert [(c.kind, c.id, c.field, c.mine, c.theirs) for c in result.conflicts] == [
        ("stage", "s-use", "position", 2, 0)
    ]


def test_two_identical_copies_merge_to_the_same_map():
    mine = build_small_project()
    result = merge_without_base(mine, mine.model_copy(deep=True))
    assert result.project == mine and result.conflicts == ()


def test_copies_of_two_different_maps_are_refused():
    other = build_small_project()
    other.id = "another-map"
    with pytest.raises(ValueError, match="not two copies of one map"):
        merge_without_base(build_small_project(), other)


def test_earlier_conflicts_of_both_copies_are_kept():
    base = build_small_project()
    mine, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    mine.card("c-shop").effort, theirs.card("c-shop").effort = 5, 1
    earlier = merge_projects(base, mine, theirs).project
    other = earlier.model_copy(deep=True)
    other.title, other.conflicts = "Atelier (Marc)", []
    result = merge_without_base(earlier, other)
    assert [(c.field, c.base) for c in result.project.conflicts] == [("effort", 3), ("title", None)]


def test_a_card_of_theirs_renamed_for_an_id_taken_here_keeps_its_links():
    """Mine deleted the card «c-blog» and gave its id to a new stage; theirs still has the card
    and its link: the card comes in renamed, and the link starts from it under its new name."""
    from journey_editor.edits import AddStage, RemoveCards
    from journey_editor.model import Stage

    mine = BASES["journey"].model_copy(deep=True)
    RemoveCards(("c-blog",)).apply(mine)
    AddStage(Stage(id="c-blog", name="Achat")).apply(mine)
    theirs = BASES["journey"].model_copy(deep=True)
    result = merge_without_base(mine, theirs)
    merged = result.project
    assert [(r.kind, r.old, r.new) for r in result.renamed] == [("card", "c-blog", "c-blog-theirs")]
    assert merged.stage("c-blog").name == "Achat" and merged.card("c-blog-theirs").title == "Blog"
    link = next(link for link in merged.links if link.id == "k-blog-site")
    assert (link.from_card, link.to_card) == ("c-blog-theirs", "c-site")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), base=st.sampled_from(sorted(BASES)))
def test_any_two_copies_merge_to_a_valid_map_holding_both_sides(data, base):
    original = BASES[base]
    mine = edited_copy(data, original)
    theirs = edited_copy(data, original)
    result = merge_without_base(mine, theirs)
    merged = result.project
    data_bytes = project_to_bytes(merged)
    assert project_from_bytes(data_bytes, "merged.journey.json") == merged
    assert merged.conflicts[-len(result.conflicts) :] == list(result.conflicts) or not (
        result.conflicts
    )
    objects = object_ids(merged)
    renamed = {(r.kind, r.old) for r in result.renamed}
    dropped = {(d.kind, d.id) for d in result.dropped}
    conflicts = {(c.kind, c.id, c.field) for c in result.conflicts}
    in_conflict = {(c.kind, c.id) for c in result.conflicts}
    whole = {(c.kind, c.id) for c in result.conflicts if c.field is None}
    # A persona whose lanes the copies list differently is one conflict on its `lanes` (its
    # lanes, as mine has them, in the map; theirs in the record): its lanes are covered by it.
    lanes_covered = {
        ("lane", lane.id)
        for persona in (*mine.personas, *theirs.personas)
        if ("persona", persona.id, "lanes") in conflicts
        for lane in persona.lanes
    }
    for key, mine_object in object_ids(mine).items():
        if key not in dropped:
            assert key in objects, key
            if key[0] not in ("card", "lane"):  # a card's or lane's place may be a conflict
                assert objects[key] == mine_object, key
    for key in object_ids(theirs):
        kept = key in objects or key in renamed or key in dropped
        assert kept or key in in_conflict or key in lanes_covered, key
    theirs_objects = object_ids(theirs)
    # A reference to an object of theirs that the merge renamed follows it (a link from their
    # card "c-blog", kept as "c-blog-theirs", starts there): compare through the new names.
    new_name = {(r.kind, r.old): r.new for r in result.renamed}
    refers_to = {"from_card": "card", "to_card": "card", "channel": "channel"}

    def theirs_value(field: str, value):
        kind = refers_to.get(field)
        return new_name.get((kind, value), value) if kind is not None else value

    for key, merged_object in objects.items():
        other = theirs_objects.get(key)
        if other is None or key in renamed or key in lanes_covered or key in whole:
            continue
        for field in type(merged_object).model_fields:
            if field in ("id", "persona", "lane", "stage", "lanes"):
                continue
            if getattr(merged_object, field) != theirs_value(field, getattr(other, field)):
                assert (key[0], key[1], field) in conflicts, (key, field)


@examples(60)
@given(data=st.data())
def test_the_base_chosen_never_undoes_our_changes_since_the_fork(data):
    """Our line: v0 → v1 → v2 (a few edits each); theirs forks at one of them and edits on.
    Whatever version is chosen, every field that only we changed since the fork keeps our value
    in the merge as it does when merging from the fork (a base newer than the fork would undo
    it). Mostly it is the fork itself."""
    line = [BASES["journey"]]
    for _ in range(2):
        line.append(edited_copy(data, line[-1]))
    fork = data.draw(st.integers(0, 2), label="fork")
    theirs = edited_copy(data, line[fork])
    chosen = fork_version(line, theirs)
    event("fork" if chosen == fork else ("older" if chosen < fork else "newer"))
    merged = facts(merge_projects(line[chosen], line[-1], theirs).project)
    from_fork = facts(merge_projects(line[fork], line[-1], theirs).project)
    at_fork, mine, theirs_facts = facts(line[fork]), facts(line[-1]), facts(theirs)
    for key, value in mine.items():
        if len(key) != 3 or key[0] == "order" or key not in merged:
            continue  # orders merge by their own rules; an object gone is a conflict or a drop
        only_ours = value != at_fork.get(key) and theirs_facts.get(key) == at_fork.get(key)
        if only_ours and from_fork.get(key) == value:  # (what the merge itself keeps)
            assert merged[key] == value, (key, chosen, fork)


@examples(30)
@given(data=st.data())
def test_when_theirs_edits_on_a_version_of_our_line_that_version_is_chosen(data):
    """The usual case: theirs edited other things (one persona's cards) than our later steps."""
    line = [BASES["small"]]
    for title in ("v1", "v2"):
        version = line[-1].model_copy(deep=True)
        version.title = title
        version.card("c-blog").title += f" ({title})"
        line.append(version)
    fork = data.draw(st.integers(0, 2), label="fork")
    theirs = line[fork].model_copy(deep=True)
    theirs.card("c-marc-store").effort = 5
    theirs.description = "notes de Marc"
    assert fork_version(line, theirs) == fork


def test_a_version_mine_does_not_descend_from_is_not_the_base():
    """Saved v1, then Reload brought v2 (made elsewhere from v0): the window's map descends from
    v0 and v2, not v1. A conflict copy holding v1 merges from v0, so v1's changes come in."""
    v0 = build_small_project()
    v1 = v0.model_copy(deep=True)
    v1.card("c-blog").effort = 5
    v2 = v0.model_copy(deep=True)
    v2.title = "v2"
    assert fork_version([v0, v1, v2], v1) == 1  # asked about theirs alone: v1
    assert fork_version([v0, v1, v2], v1, mine=v2) == 0
    merged = merge_projects(v0, v2, v1).project
    assert (merged.title, merged.card("c-blog").effort) == ("v2", 5)


def test_no_candidate_no_base():
    assert fork_version([], build_small_project()) is None


def test_a_step_theirs_holds_as_much_of_as_not_stops_at_the_older_version():
    v0 = build_small_project()
    v1 = v0.model_copy(deep=True)
    v1.title, v1.description = "v1", "v1"
    theirs = v0.model_copy(deep=True)
    theirs.title = "v1"  # one of the step's two changes, the other as before: the older version
    assert fork_version([v0, v1], theirs) == 0
    theirs.description = "v1"
    assert fork_version([v0, v1], theirs) == 1
    assert fork_version([v0, v1], Project(id=v0.id)) == 0
