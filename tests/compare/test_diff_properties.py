"""Properties of the diff: random edits (the edit tests' own strategies), then
`apply_diff(original, diff_projects(original, edited)) == edited`, both ways; a map against
itself has no difference; the summary is the metrics of both sides."""

import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from journey_editor.compare import (  # noqa: E402
    Added,
    Changed,
    Moved,
    Removed,
    Reordered,
    apply_diff,
    diff_projects,
)
from journey_editor.edits import EditError  # noqa: E402
from journey_editor.model import Project  # noqa: E402
from journey_editor.model.metrics import compute_metrics  # noqa: E402
from tests.conftest import build_small_project  # noqa: E402  (after the path is set)
from tests.edits.conftest import build_journey  # noqa: E402
from tests.edits.test_edit_properties import draw_edit  # noqa: E402

BASES = {"journey": build_journey(), "small": build_small_project()}


def edited_copy(data, original: Project) -> Project:
    """The original after 1-25 random edits (refused ones leave it as it was) and, now and then,
    a shuffle of a list whose order nobody sees (cards of different cells, links)."""
    project = original.model_copy(deep=True)
    for _ in range(data.draw(st.integers(1, 25), label="steps")):
        edit = draw_edit(data, project)
        try:
            edit.apply(project)
        except EditError:
            continue
        event(f"{type(edit).__name__} applied")
    if data.draw(st.integers(0, 4), label="shuffle") == 0:
        seed = data.draw(st.integers(0, 2**16), label="seed")
        shuffled = project.model_copy(deep=True)
        random.Random(seed).shuffle(shuffled.cards)
        random.Random(seed + 1).shuffle(shuffled.links)
        random.Random(seed + 2).shuffle(shuffled.channels)
        project = Project.model_validate(shuffled.model_dump())
        event("shuffled")
    return project


def assert_exact(a: Project, b: Project) -> None:
    diff = diff_projects(a, b)
    result = apply_diff(a, diff)
    assert result == b
    assert result.model_dump_json() == b.model_dump_json()
    assert diff.is_empty == (a == b)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), base=st.sampled_from(sorted(BASES)))
def test_the_diff_of_random_edits_applied_to_the_original_gives_the_edited_map(data, base):
    original = BASES[base]
    before = original.model_dump_json()
    edited = edited_copy(data, original)
    assert_exact(original, edited)
    assert_exact(edited, original)
    assert diff_projects(edited, edited).is_empty
    assert original.model_dump_json() == before, "the diff or its application changed A"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), base=st.sampled_from(sorted(BASES)))
def test_every_record_is_about_an_object_that_differs(data, base):
    original = BASES[base]
    edited = edited_copy(data, original)
    diff = diff_projects(original, edited)
    a_cards = {card.id: card for card in original.cards}
    b_cards = {card.id: card for card in edited.cards}
    keys = [change.key for change in diff.changes]
    assert len(keys) == len(set(keys)), "one record per object and field"
    for change in diff.changes:
        if isinstance(change, Changed):
            assert change.old != change.new
        elif isinstance(change, Moved):
            old, new = a_cards[change.ref.id], b_cards[change.ref.id]
            assert (old.cell != new.cell) == (change.how == "cell")
            assert change.old.cell == old.cell and change.new.cell == new.cell
        elif isinstance(change, Reordered):
            assert [r.id for r in change.old] != [r.id for r in change.new]
            assert {r.id for r in change.old} == {r.id for r in change.new}
        elif isinstance(change, Added):
            # By kind: an id freed by a removed card may come back as a new stage's.
            assert change.ref.id not in ids_of_kind(original, change.ref.kind)
        elif isinstance(change, Removed):
            assert change.ref.id not in ids_of_kind(edited, change.ref.kind)


def ids_of_kind(project: Project, kind: str) -> set[str]:
    objects = {
        "stage": project.stages,
        "persona": project.personas,
        "lane": [lane for persona in project.personas for lane in persona.lanes],
        "card": project.cards,
        "link": project.links,
        "channel": project.channels,
    }[kind]
    return {item.id for item in objects}


def direct_figures(project: Project, kind: str, object_id: str) -> dict:
    """The summary's figures of one persona or stage, computed here from metrics and cards."""
    metrics = compute_metrics(project)
    ids = [p.id for p in project.personas] if kind == "persona" else [s.id for s in project.stages]
    if object_id not in ids:
        return {"mean_effort": None, "mean_emotion": None, "channel_switches": 0,
                "pain_points": 0, "exit_points": 0}  # fmt: skip
    figures = metrics.persona(object_id) if kind == "persona" else metrics.stage(object_id)
    pain_lanes = {
        lane.id for p in project.personas for lane in p.lanes if lane.kind == "pain_points"
    }
    mine = [card for card in project.cards if getattr(card, kind) == object_id]
    return {
        "mean_effort": figures.mean_effort,
        "mean_emotion": figures.mean_emotion,
        "channel_switches": figures.channel_switches,
        "pain_points": sum(card.lane in pain_lanes for card in mine),
        "exit_points": sum(card.exit_point for card in mine),
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), base=st.sampled_from(sorted(BASES)))
def test_the_summary_is_the_metrics_of_both_sides(data, base):
    original = BASES[base]
    edited = edited_copy(data, original)
    summary = diff_projects(original, edited).summary
    persona_ids = {p.id for p in original.personas} | {p.id for p in edited.personas}
    stage_ids = {s.id for s in original.stages} | {s.id for s in edited.stages}
    assert {row.ref.id for row in summary.personas} == persona_ids
    assert {row.ref.id for row in summary.stages} == stage_ids
    for row in (*summary.personas, *summary.stages):
        before = direct_figures(original, row.ref.kind, row.ref.id)
        after = direct_figures(edited, row.ref.kind, row.ref.id)
        for name, value in before.items():
            figure = getattr(row, name)
            assert (figure.before, figure.after) == (value, after[name]), (row.ref, name)
            if value is not None and after[name] is not None:
                assert figure.delta == pytest.approx(after[name] - value)
            else:
                assert figure.delta is None
    whole_a, whole_b = compute_metrics(original), compute_metrics(edited)
    assert summary.whole_map.mean_effort.before == whole_a.mean_effort
    assert summary.whole_map.mean_emotion.after == whole_b.mean_emotion
    assert summary.whole_map.channel_switches.delta == (
        whole_b.channel_switches - whole_a.channel_switches
    )


def test_two_unrelated_maps_diff_and_apply_exactly():
    a, b = BASES["journey"], BASES["small"]
    assert_exact(a, b)
    assert_exact(b, a)
