"""Settling a merge's conflicts (edits/conflicts.py): each resolution gives the field the
chosen value — or keeps or removes a whole object — and takes the record off the map's list,
in one step whose inverse restores both exactly. The maps come from real merges
(`merge_projects`) of the edit tests' map; the property runs over random edit sequences."""

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from journey_editor.compare import merge_projects  # noqa: E402
from journey_editor.edits import (  # noqa: E402
    EditError,
    MoveCards,
    RemoveCards,
    RemoveStage,
    UpdateCard,
    UpdateProject,
)
from journey_editor.edits.conflicts import (  # noqa: E402
    Resolution,
    ResolveConflicts,
    current_value,
)
from journey_editor.model import Project  # noqa: E402
from journey_editor.persistence import project_from_bytes, project_to_bytes  # noqa: E402
from journey_editor.persistence.migrations import written_schema_version  # noqa: E402
from tests.compare.test_diff_properties import BASES, edited_copy  # noqa: E402
from tests.edits.conftest import build_journey, check_undo_redo  # noqa: E402


def edited(project: Project, *edits) -> Project:
    copy = project.model_copy(deep=True)
    for edit in edits:
        edit.apply(copy)
    return copy


def merged(*mine_and_theirs) -> Project:
    """The merge of build_journey() edited as `mine` and as `theirs` (tuples of edits)."""
    base = build_journey()
    mine, theirs = (edited(base, *edits) for edits in mine_and_theirs)
    return merge_projects(base, mine, theirs).project


def conflict_of(project: Project, object_id: str, field: str | None):
    return next(c for c in project.conflicts if c.id == object_id and c.field == field)


def resolve(project: Project, conflict, value):
    return check_undo_redo(project, ResolveConflicts((Resolution(conflict, value),)))


# --- one field ---------------------------------------------------------------------------------


@pytest.fixture
def effort_clash() -> Project:
    return merged((UpdateCard("c-blog", {"effort": 4}),), (UpdateCard("c-blog", {"effort": 2}),))


def test_take_theirs_sets_the_field_and_removes_the_record(effort_clash):
    conflict = conflict_of(effort_clash, "c-blog", "effort")
    assert (conflict.base, conflict.mine, conflict.theirs) == (1, 4, 2)
    change = resolve(effort_clash, conflict, conflict.theirs)
    assert effort_clash.card("c-blog").effort == 2
    assert effort_clash.conflicts == []
    assert change.label == "Resolve conflict on effort of card «Blog»"
    assert "c-blog" in change.touched and not change.structural


def test_keep_mine_keeps_what_the_map_holds_and_removes_the_record(effort_clash):
    conflict = conflict_of(effort_clash, "c-blog", "effort")
    assert current_value(effort_clash, conflict) == 4
    resolve(effort_clash, conflict, current_value(effort_clash, conflict))
    assert effort_clash.card("c-blog").effort == 4
    assert effort_clash.conflicts == []


def test_an_edited_value_and_a_null_that_clears_the_field(effort_clash):
    conflict = conflict_of(effort_clash, "c-blog", "effort")
    resolve(effort_clash, conflict, None)
    assert effort_clash.card("c-blog").effort is None


def test_an_invalid_value_is_refused_and_nothing_changes(effort_clash):
    before = effort_clash.model_copy(deep=True)
    conflict = conflict_of(effort_clash, "c-blog", "effort")
    with pytest.raises(EditError, match="effort"):
        ResolveConflicts((Resolution(conflict, 9),)).apply(effort_clash)
    assert effort_clash == before


def test_a_conflict_no_longer_in_the_map_is_refused(effort_clash):
    conflict = conflict_of(effort_clash, "c-blog", "effort")
    ResolveConflicts((Resolution(conflict, 2),)).apply(effort_clash)
    with pytest.raises(EditError, match="no such conflict"):
        ResolveConflicts((Resolution(conflict, 2),)).apply(effort_clash)


def test_a_field_of_the_map_itself():
    project = merged((UpdateProject({"client": "Mine"}),), (UpdateProject({"client": "Theirs"}),))
    conflict = conflict_of(project, project.id, "client")
    change = resolve(project, conflict, conflict.theirs)
    assert project.client == "Theirs"
    assert change.label == "Resolve conflict on client of the map"


# --- whole objects -------------------------------------------------------------------------------


def test_deleted_in_mine_changed_in_theirs_take_theirs_puts_it_back_as_theirs_has_it():
    project = merged((RemoveCards(("c-queue",)),), (UpdateCard("c-queue", {"effort": 5}),))
    conflict = conflict_of(project, "c-queue", None)
    assert conflict.mine is None and conflict.theirs["effort"] == 5
    change = resolve(project, conflict, conflict.theirs)
    assert project.card("c-queue").effort == 5
    assert project.card("c-queue").cell == ("p-lea", "l-lea-pain", "s-buy")
    assert change.label == "Resolve conflict on card «File en caisse»"
    assert change.structural


def test_deleted_in_mine_changed_in_theirs_keep_mine_leaves_it_deleted():
    project = merged((RemoveCards(("c-queue",)),), (UpdateCard("c-queue", {"effort": 5}),))
    conflict = conflict_of(project, "c-queue", None)
    assert current_value(project, conflict) is None
    resolve(project, conflict, None)
    assert "c-queue" not in {card.id for card in project.cards}
    assert project.conflicts == []


def test_deleted_in_theirs_changed_in_mine_take_theirs_removes_it_and_its_links():
    project = merged((UpdateCard("c-site", {"effort": 3}),), (RemoveCards(("c-site",)),))
    conflict = conflict_of(project, "c-site", None)
    assert conflict.theirs is None
    resolve(project, conflict, None)
    assert "c-site" not in {card.id for card in project.cards}
    assert {"k-blog-site", "k-site-store"}.isdisjoint(link.id for link in project.links)


def test_a_stage_theirs_deleted_and_mine_filled_take_theirs_removes_it_with_its_cards():
    base = build_journey()
    mine = edited(base, UpdateCard("c-store", {"title": "Boutique rue Neuve"}))
    theirs = edited(base, RemoveStage("s-buy"))
    project = merge_projects(base, mine, theirs).project
    whole = [c for c in project.conflicts if c.field is None]
    assert {(c.kind, c.id) for c in whole} >= {("stage", "s-buy")}
    everything = ResolveConflicts(tuple(Resolution(c, c.theirs) for c in project.conflicts))
    check_undo_redo(project, everything)
    assert "s-buy" not in {stage.id for stage in project.stages}
    assert all(card.stage != "s-buy" for card in project.cards)
    assert project.conflicts == []


# --- places --------------------------------------------------------------------------------------


def test_a_card_moved_to_two_cells_take_theirs_moves_it_there():
    project = merged(
        (MoveCards(("c-compare",), "p-lea", "l-lea-act", "s-buy"),),
        (MoveCards(("c-compare",), "p-lea", "l-lea-act", "s-use"),),
    )
    conflict = conflict_of(project, "c-compare", "cell")
    assert current_value(project, conflict) == conflict.mine
    resolve(project, conflict, conflict.theirs)
    assert project.card("c-compare").cell == ("p-lea", "l-lea-act", "s-use")


def test_a_position_is_the_index_in_the_cell():
    project = build_journey()
    cell = ("p-marc", "l-marc-touch", "s-buy")  # c-marc-call, c-marc-chat
    data = project.model_dump(mode="json")
    data["conflicts"] = [
        {
            "kind": "card",
            "id": "c-marc-call",
            "field": "position",
            "base": 0,
            "mine": 0,
            "theirs": 1,
            "reason": "the two orders cross",
        }
    ]
    project = Project.model_validate(data)
    conflict = project.conflicts[0]
    assert current_value(project, conflict) == 0
    resolve(project, conflict, 1)
    assert [card.id for card in project.cell_cards(*cell)] == ["c-marc-chat", "c-marc-call"]


# --- several at once, and the file -------------------------------------------------------------


def two_conflicts() -> Project:
    return merged(
        (UpdateCard("c-blog", {"effort": 4}), UpdateCard("c-wear", {"title": "Porte»"})),
        (UpdateCard("c-blog", {"effort": 2}), UpdateCard("c-wear", {"title": "Adore"})),
    )


def test_all_theirs_is_one_step_and_the_file_goes_back_to_its_lowest_version():
    project = two_conflicts()
    assert written_schema_version(project) == 3
    change = check_undo_redo(
        project, ResolveConflicts(tuple(Resolution(c, c.theirs) for c in project.conflicts))
    )
    assert change.label == "Resolve 2 conflicts"
    assert project.card("c-blog").effort == 2 and project.card("c-wear").title == "Adore"
    assert project.conflicts == []
    data = project_to_bytes(project)
    assert b'"conflicts"' not in data
    assert written_schema_version(project) == 1
    assert b'"schema_version": 1' in data


def test_a_map_with_conflicts_left_saves_them_as_version_3_and_reads_them_back():
    project = two_conflicts()
    first = project.conflicts[0]
    ResolveConflicts((Resolution(first, first.theirs),)).apply(project)
    data = project_to_bytes(project)
    assert b'"schema_version": 3' in data
    assert project_from_bytes(data, "left.journey.json").conflicts == project.conflicts


# --- the property --------------------------------------------------------------------------------


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), base=st.sampled_from(sorted(BASES)))
def test_any_resolution_of_a_real_merge_is_undone_exactly(data, base):
    original = BASES[base]
    result = merge_projects(original, edited_copy(data, original), edited_copy(data, original))
    project = result.project
    if not project.conflicts:
        event("no conflict")
        return
    chosen = data.draw(
        st.lists(st.sampled_from(project.conflicts), min_size=1, unique_by=id), label="chosen"
    )
    resolutions = []
    for conflict in chosen:
        side = data.draw(st.sampled_from(("mine", "theirs", "base", "now")), label="side")
        value = current_value(project, conflict) if side == "now" else getattr(conflict, side)
        resolutions.append(Resolution(conflict, value))
    edit = ResolveConflicts(tuple(resolutions))
    before_json = project.model_dump_json()
    before = project.model_copy(deep=True)
    try:
        change = edit.apply(project)
    except EditError:
        event("refused")
        assert project == before and project.model_dump_json() == before_json
        return
    event(f"resolved {min(len(chosen), 3)}")
    after_json = project.model_dump_json()
    assert len(project.conflicts) == len(before.conflicts) - len(chosen)
    assert project.integrity_problems() == []
    project_from_bytes(project_to_bytes(project), "resolved.journey.json")
    for resolution in resolutions:
        conflict = resolution.conflict
        plain = conflict.field not in (None, "position") and conflict.kind != "project"
        if plain and resolution.value is not None:
            assert current_value(project, conflict) == resolution.value
    undo = change.inverse.apply(project)
    assert project == before and project.model_dump_json() == before_json
    redo = undo.inverse.apply(project)
    assert project.model_dump_json() == after_json
    redo.inverse.apply(project)
    assert project.model_dump_json() == before_json
    edit.apply(project)  # what the undo stack's redo does: the edit itself, once more
    assert project.model_dump_json() == after_json


def test_answers_that_undo_each_other_are_refused_together(small_project):
    """Mine deleted the website channel; theirs renamed it and put a card on it: taking
    theirs for the card while keeping mine's deletion cannot both hold, so that step is
    refused and nothing changes; each answer alone goes through."""
    from journey_editor.edits import RemoveChannel, UpdateCard, UpdateChannel

    base = small_project
    mine = base.model_copy(deep=True)
    for card in mine.cards:
        if card.channel == "website":
            card.channel = None
    RemoveChannel("website").apply(mine)
    theirs = base.model_copy(deep=True)
    UpdateCard("c-marc-store", {"channel": "website"}).apply(theirs)
    UpdateChannel("website", {"label": "Site web"}).apply(theirs)
    project = merge_projects(base, mine, theirs).project
    channel_gone = next(c for c in project.conflicts if c.kind == "channel")
    card_channel = next(c for c in project.conflicts if c.kind == "card")
    assert (channel_gone.mine, card_channel.theirs) == (None, "website")
    before = project.model_dump_json()
    together = ResolveConflicts(
        (Resolution(card_channel, "website"), Resolution(channel_gone, channel_gone.mine))
    )
    with pytest.raises(EditError) as refused:
        together.apply(project)
    assert (refused.value.object_id, refused.value.field) == ("c-marc-store", "channel")
    assert project.model_dump_json() == before
    # Theirs for both holds: the channel comes back and the card goes on it.
    both_theirs = ResolveConflicts(
        (Resolution(card_channel, "website"), Resolution(channel_gone, channel_gone.theirs))
    )
    both_theirs.apply(project)
    assert project.card("c-marc-store").channel == "website"
