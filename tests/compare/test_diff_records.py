"""The records of a diff, on the known as-is / to-be pair and on small hand-made edits."""

import sys
from pathlib import Path

import pytest

from journey_editor.compare import (
    Added,
    Changed,
    DiffApplyError,
    Moved,
    Removed,
    Reordered,
    apply_diff,
    diff_projects,
)
from journey_editor.edits import (
    MoveCards,
    MoveLane,
    RemovePersona,
    UpdateCard,
    UpdateLane,
    UpdateLink,
    UpdateStage,
)

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.compare.pair import COUNTS, TO_BE_TITLE, as_is, to_be  # noqa: E402


def edited(project, *edits):
    copy = project.model_copy(deep=True)
    for edit in edits:
        edit.apply(copy)
    return copy


def test_the_pair_gives_exactly_the_known_records_in_map_order():
    diff = diff_projects(as_is(), to_be())
    assert diff.counts() == COUNTS
    summary = [
        (
            type(c).__name__,
            c.kind if isinstance(c, Reordered) else c.ref.id,
            getattr(c, "field", ""),
        )
        for c in diff.changes
    ]
    assert summary == [
        ("Changed", "map-small", "title"),
        ("Added", "s-loyal", ""),
        ("Reordered", "persona", ""),
        ("Added", "email", ""),
        # Marc comes first in the to-be, then Léa: stage by stage, lane by lane.
        ("Changed", "c-marc-store", "emotion"),
        ("Removed", "c-friend", ""),
        ("Changed", "c-shop", "effort"),
        ("Changed", "c-shop", "emotion"),
        ("Added", "c-follow-up", ""),
        ("Moved", "c-queue", ""),
        ("Added", "c-return", ""),
        ("Removed", "k-1", ""),
    ]
    assert diff.changes[0].new == TO_BE_TITLE
    move = next(c for c in diff.changes if isinstance(c, Moved))
    assert move.how == "cell"
    assert (move.old.stage.name, move.new.stage.name) == ("Achat", "Usage")
    assert move.new.lane.name == "Irritants" and move.new.persona.name == "Léa"
    assert apply_diff(as_is(), diff) == to_be()


def test_the_pair_summary_per_persona_and_stage():
    summary = diff_projects(as_is(), to_be()).summary
    lea = next(row for row in summary.personas if row.ref.id == "p-lea")
    # Léa as-is: efforts 1, 1, 3; to-be: 1, 2, 1 (c-friend gone, c-shop 2, the follow-up 1).
    assert lea.mean_effort.before == pytest.approx(5 / 3)
    assert lea.mean_effort.after == pytest.approx(4 / 3)
    assert (lea.pain_points.before, lea.pain_points.after) == (1, 2)
    assert (lea.exit_points.before, lea.exit_points.after, lea.exit_points.delta) == (0, 1, 1)
    use = next(row for row in summary.stages if row.ref.id == "s-use")
    assert (use.pain_points.before, use.pain_points.after) == (0, 2)
    assert use.mean_effort.before is None and use.mean_effort.delta is None
    loyal = next(row for row in summary.stages if row.ref.id == "s-loyal")
    assert (loyal.in_a, loyal.in_b) == (False, True)
    assert [row.ref.name for row in summary.personas] == ["Marc", "Léa"]


def test_a_map_against_itself_or_a_copy_has_no_difference():
    project = as_is()
    assert diff_projects(project, project).is_empty
    assert diff_projects(project, project.model_copy(deep=True)).changes == ()
    assert diff_projects(project, to_be()) == diff_projects(project, to_be())  # deterministic


def test_a_renamed_stage_is_one_field_change_named_by_its_new_name():
    after = edited(as_is(), UpdateStage("s-buy", {"name": "Commande"}))
    (change,) = diff_projects(as_is(), after).changes
    assert change == Changed(change.ref, "name", "Achat", "Commande")
    assert (change.ref.kind, change.ref.id, change.ref.name) == ("stage", "s-buy", "Commande")


def test_a_card_rechannelled_names_both_channels():
    after = edited(as_is(), UpdateCard("c-shop", {"channel": "store"}))
    (change,) = diff_projects(as_is(), after).changes
    assert (change.field, change.old, change.new) == ("channel", "website", "store")
    assert (change.old_target.name, change.new_target.name) == ("Site", "Boutique")
    assert change.place.persona.name == "Léa" and change.place.stage.name == "Achat"


def test_a_card_moved_inside_its_cell_is_a_position_move_and_nothing_else():
    after = edited(as_is(), MoveCards(("c-friend",), "p-lea", "l-lea-touch", "s-discover", 0))
    (change,) = diff_projects(as_is(), after).changes
    assert isinstance(change, Moved) and change.how == "position"
    # Two cards swapped: either one moved past the other; the record says which, exactly.
    expected = {"c-friend": (1, 0), "c-blog": (0, 1)}[change.ref.id]
    assert (change.old.index, change.new.index) == expected
    assert change.old.cell == change.new.cell
    assert apply_diff(as_is(), diff_projects(as_is(), after)) == after


def test_lane_changes_name_their_persona_and_a_removed_persona_takes_its_lanes():
    after = edited(
        as_is(),
        UpdateLane("l-lea-pain", {"kind": "opportunities"}),
        MoveLane("l-lea-pain", 0),
    )
    diff = diff_projects(as_is(), after)
    reorder, change = diff.changes
    assert isinstance(reorder, Reordered) and reorder.kind == "lane"
    assert reorder.parent.name == "Léa"
    assert (change.field, change.old, change.new, change.parent.id) == (
        "kind",
        "pain_points",
        "opportunities",
        "p-lea",
    )
    gone = edited(as_is(), RemovePersona("p-marc"))
    diff = diff_projects(as_is(), gone)
    removed = [c for c in diff.changes if isinstance(c, Removed)]
    assert [c.ref.id for c in removed] == ["p-marc", "c-marc-store"]
    assert [lane["id"] for lane in removed[0].value["lanes"]] == ["l-marc-touch"]
    assert apply_diff(as_is(), diff) == gone


def test_a_reconnected_link_names_its_cards():
    after = edited(as_is(), UpdateLink("k-1", {"to_card": "c-marc-store"}))
    (change,) = diff_projects(as_is(), after).changes
    assert (change.field, change.old_target.name, change.new_target.name) == (
        "to_card",
        "Chemise à 105 €",
        "Essayage en boutique",
    )
    assert [end.name for end in change.ends] == ["Article de blog", "Essayage en boutique"]


def test_applying_a_diff_to_a_map_it_does_not_fit_is_refused_by_name():
    diff = diff_projects(as_is(), to_be())
    other = edited(as_is(), UpdateCard("c-shop", {"effort": 5}))
    with pytest.raises(DiffApplyError, match=r"card «Chemise à 105 €», field 'effort'"):
        apply_diff(other, diff)
    with pytest.raises(DiffApplyError, match="already in the map"):
        apply_diff(to_be(), [c for c in diff.changes if isinstance(c, Added)])
    with pytest.raises(DiffApplyError, match="not in the map"):
        apply_diff(to_be(), [c for c in diff.changes if isinstance(c, Removed)])


def test_records_compose_a_diff_applied_in_two_parts_gives_the_same_map():
    diff = diff_projects(as_is(), to_be())
    cards = [c for c in diff.changes if getattr(getattr(c, "ref", None), "kind", "") == "card"]
    rest = [c for c in diff.changes if c not in cards]
    # The card records need the new stage and channel, so they go second.
    assert apply_diff(apply_diff(as_is(), rest), cards) == to_be()
