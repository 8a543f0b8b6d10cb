"""Properties of the three-way merge, over random edits (the edit tests' own strategies):

- one side unchanged, or both the same: the merge is the other side, exactly (every list in
  its order, the file's too), with no conflict;
- any two edit sequences: the merged map validates, saves and loads back the same; mine's
  changes are all in it; every object theirs added is in it, or in a conflict, or dropped;
- disjoint sequences (one persona's band each, different fields of the stages and the map):
  no conflict, and the merge is mine with theirs' edits replayed on it;
- one field of some cards edited on both sides: exactly the fields changed to different
  values are conflicts, with base, mine and theirs, and the map holds mine's value.
"""

import sys
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from journey_editor.compare import (  # noqa: E402
    Added,
    Changed,
    Moved,
    diff_projects,
    merge_projects,
)
from journey_editor.edits import (  # noqa: E402
    AddCard,
    AddLink,
    EditError,
    MoveCards,
    RemoveCards,
    RemoveLink,
    UpdateCard,
    UpdateLink,
    UpdateProject,
    UpdateStage,
)
from journey_editor.model import Card, Link, Project  # noqa: E402
from journey_editor.persistence import project_from_bytes, project_to_bytes  # noqa: E402
from tests.compare.test_diff_properties import BASES, edited_copy  # noqa: E402


def examples(count: int) -> settings:
    return settings(max_examples=count, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_saves(project: Project) -> None:
    assert project.integrity_problems() == []
    data = project_to_bytes(project)
    loaded = project_from_bytes(data, "merged.journey.json")
    assert loaded == project
    assert project_to_bytes(loaded) == data


@examples(60)
@given(data=st.data(), base=st.sampled_from(sorted(BASES)))
def test_a_side_that_did_nothing_gives_the_other_side_exactly(data, base):
    original = BASES[base]
    edited = edited_copy(data, original)
    for mine, theirs in ((edited, original), (original, edited), (edited, edited)):
        result = merge_projects(original, mine, theirs)
        assert result.project == edited
        assert result.project.model_dump_json() == edited.model_dump_json()
        assert (result.conflicts, result.dropped, result.renamed) == ((), (), ())


def object_ids(project: Project) -> dict[tuple[str, str], object]:
    objects: dict[tuple[str, str], object] = {("stage", s.id): s for s in project.stages}
    for persona in project.personas:
        objects["persona", persona.id] = persona
        objects.update((("lane", lane.id), lane) for lane in persona.lanes)
    objects.update((("card", c.id), c) for c in project.cards)
    objects.update((("link", link.id), link) for link in project.links)
    objects.update((("channel", c.id), c) for c in project.channels)
    return objects


@examples(150)
@given(data=st.data(), base=st.sampled_from(sorted(BASES)))
def test_any_two_edit_sequences_merge_to_a_valid_map_that_keeps_mine(data, base):
    original = BASES[base]
    mine = edited_copy(data, original)
    theirs = edited_copy(data, original)
    result = merge_projects(original, mine, theirs)
    merged = result.project
    assert_saves(merged)
    assert merged.conflicts == list(result.conflicts)
    assert merge_projects(original, mine, theirs) == result, "not deterministic"
    event(f"conflicts: {min(len(result.conflicts), 3)}")
    event(f"dropped: {min(len(result.dropped), 2)}")
    if result.renamed:
        event("renamed")

    objects = object_ids(merged)
    dropped = {(d.kind, d.id) for d in result.dropped}
    for change in diff_projects(original, mine).changes:
        if isinstance(change, Changed) and change.ref.kind == "project":
            if change.field not in ("modified", "conflicts"):
                assert getattr(merged, change.field) == getattr(mine, change.field)
        elif isinstance(change, Changed):
            merged_object = objects.get((change.ref.kind, change.ref.id))
            if merged_object is not None:
                assert getattr(merged_object, change.field) == getattr(
                    object_ids(mine)[change.ref.kind, change.ref.id], change.field
                ), change
            else:
                assert change.ref.kind == "link" and change.key[:2] in dropped
        elif isinstance(change, Moved) and change.how == "cell":
            assert merged.card(change.ref.id).cell == change.new.cell
        elif isinstance(change, Added):
            assert change.key in objects or change.key in dropped, change
            if change.ref.kind != "link":
                assert change.key in objects

    renamed = {(r.kind, r.old): r.new for r in result.renamed}
    conflicts = {(c.kind, c.id) for c in result.conflicts}
    for change in diff_projects(original, theirs).changes:
        if isinstance(change, Added):
            key = (change.ref.kind, renamed.get(change.key, change.ref.id))
            assert key in objects or key in conflicts or key in dropped, change


# --- disjoint edits --------------------------------------------------------------------------

CARD_VALUES = {
    "title": st.sampled_from(["Blog", "Site — 5 €", ""]),
    "effort": st.sampled_from([None, 1, 3, 5]),
    "emotion": st.sampled_from([None, -2, 0, 2]),
    "evidence": st.sampled_from([None, "observed", "proposed"]),
    "tags": st.sampled_from([[], ["a"], ["a", "b"]]),
    "moment_of_truth": st.booleans(),
    "channel": st.sampled_from([None, "website", "email", "phone"]),
}


class Scope:
    """The objects one side edits: the cards and links of one persona's band, one field of the
    stages and one of the map; new ids with the side's own prefix."""

    def __init__(self, persona: str, prefix: str, stage_field: str, project_field: str) -> None:
        self.persona, self.prefix = persona, prefix
        self.stage_field, self.project_field = stage_field, project_field
        self.count = 0

    def new_id(self) -> str:
        self.count += 1
        return f"{self.prefix}-{self.count}"

    def cards(self, project: Project) -> list[str]:
        return [card.id for card in project.cards if card.persona == self.persona]

    def links(self, project: Project) -> list[str]:
        mine = set(self.cards(project))
        return [link.id for link in project.links if link.from_card in mine]

    def cell(self, data, project: Project) -> tuple[str, str, str]:
        lanes = [lane.id for lane in project.persona(self.persona).lanes]
        return (
            self.persona,
            data.draw(st.sampled_from(lanes)),
            data.draw(st.sampled_from([s.id for s in project.stages])),
        )

    def edit(self, data, project: Project):
        cards, links = self.cards(project), self.links(project)
        what = data.draw(
            st.sampled_from(["update", "add", "remove", "move", "link", "unlink", "relabel"])
            | st.sampled_from(["stage", "project"])
        )
        if what == "update" and cards:
            field = data.draw(st.sampled_from(sorted(CARD_VALUES)))
            value = data.draw(CARD_VALUES[field])
            return UpdateCard(data.draw(st.sampled_from(cards)), {field: value})
        if what == "add":
            persona, lane, stage = self.cell(data, project)
            card = Card(id=self.new_id(), persona=persona, lane=lane, stage=stage, title="Nouveau")
            return AddCard(card, data.draw(st.none() | st.integers(0, 3)))
        if what == "remove" and cards:
            return RemoveCards((data.draw(st.sampled_from(cards)),))
        if what == "move" and cards:
            card = data.draw(st.sampled_from(cards))
            return MoveCards((card,), *self.cell(data, project), data.draw(st.integers(0, 3)))
        if what == "link" and len(cards) > 1:
            ends = data.draw(st.lists(st.sampled_from(cards), min_size=2, max_size=2, unique=True))
            return AddLink(Link(id=self.new_id(), from_card=ends[0], to_card=ends[1]))
        if what == "unlink" and links:
            return RemoveLink(data.draw(st.sampled_from(links)))
        if what == "relabel" and links:
            return UpdateLink(data.draw(st.sampled_from(links)), {"label": "→"})
        if what == "stage":
            stage = data.draw(st.sampled_from([s.id for s in project.stages]))
            return UpdateStage(stage, {self.stage_field: f"{self.prefix} {self.count}"})
        self.count += 1
        return UpdateProject({self.project_field: f"{self.prefix} {self.count}"})


def edited_in(data, original: Project, scope: Scope) -> tuple[Project, list]:
    project = original.model_copy(deep=True)
    done = []
    for _ in range(data.draw(st.integers(1, 15), label="steps")):
        edit = scope.edit(data, project)
        try:
            edit.apply(project)
        except EditError:
            continue
        done.append(edit)
    return project, done


def visible(project: Project):
    """What the user sees of a map: everything but the order of the file's card and link lists
    (cards are compared by id, and the order of each cell's cards)."""
    data = project.model_dump(mode="json")
    cards = {card["id"]: card for card in data.pop("cards")}
    links = {link["id"]: link for link in data.pop("links")}
    cells: dict[tuple, list[str]] = {}
    for card in project.cards:
        cells.setdefault(card.cell, []).append(card.id)
    return data, cards, links, cells


@examples(100)
@given(data=st.data(), base=st.sampled_from(sorted(BASES)))
def test_disjoint_edits_merge_to_both_sequences_effects(data, base):
    original = BASES[base]
    mine, _ = edited_in(data, original, Scope("p-lea", "m", "name", "title"))
    theirs, theirs_edits = edited_in(data, original, Scope("p-marc", "t", "phase", "client"))
    result = merge_projects(original, mine, theirs)
    assert (result.conflicts, result.dropped, result.renamed) == ((), (), ())
    expected = mine.model_copy(deep=True)
    for edit in theirs_edits:
        edit.apply(expected)
    assert visible(result.project) == visible(expected)
    assert_saves(result.project)


# --- one field on both sides -----------------------------------------------------------------


@examples(100)
@given(data=st.data(), base=st.sampled_from(sorted(BASES)))
def test_one_field_edited_on_both_sides_gives_exactly_those_conflicts(data, base):
    original = BASES[base]
    card_ids = [card.id for card in original.cards]
    chosen = data.draw(st.lists(st.sampled_from(card_ids), min_size=1, max_size=5, unique=True))
    field = data.draw(st.sampled_from(sorted(CARD_VALUES)))
    drawn = CARD_VALUES[field]
    if field == "channel":
        drawn = st.sampled_from([None, *(channel.id for channel in original.channels)])
    mine, theirs = original.model_copy(deep=True), original.model_copy(deep=True)
    values = {}
    for card_id in chosen:
        values[card_id] = (data.draw(drawn), data.draw(drawn))
        UpdateCard(card_id, {field: values[card_id][0]}).apply(mine)
        UpdateCard(card_id, {field: values[card_id][1]}).apply(theirs)
    result = merge_projects(original, mine, theirs)

    expected = {}
    for card_id, (mine_value, theirs_value) in values.items():
        before = getattr(original.card(card_id), field)
        if before != mine_value and before != theirs_value and mine_value != theirs_value:
            expected[card_id] = (before, mine_value, theirs_value)
    found = {c.id: (c.base, c.mine, c.theirs) for c in result.conflicts if c.kind == "card"}
    assert found == expected
    assert all(c.field == field and c.name == mine.card(c.id).title for c in result.conflicts)
    for card_id, (mine_value, theirs_value) in values.items():
        before = getattr(original.card(card_id), field)
        wanted = mine_value if mine_value != before else theirs_value
        assert getattr(result.project.card(card_id), field) == wanted
    assert_saves(result.project)


# --- lanes handed to another persona (no edit does it; the diff sees it as removed + added) ---


def handed_over(data, project: Project) -> Project:
    """Now and then one lane (with its cards) given to another persona, at a drawn place."""
    if len(project.personas) < 2 or not data.draw(st.booleans(), label="hand over"):
        return project
    document = project.model_dump(mode="json")
    personas = document["personas"]
    giver, taker = data.draw(
        st.lists(st.sampled_from(range(len(personas))), min_size=2, max_size=2, unique=True)
    )
    if not personas[giver]["lanes"]:
        return project
    lane = personas[giver]["lanes"].pop(
        data.draw(st.integers(0, len(personas[giver]["lanes"]) - 1))
    )
    position = data.draw(st.integers(0, len(personas[taker]["lanes"])))
    personas[taker]["lanes"].insert(position, lane)
    for card in document["cards"]:
        if card["lane"] == lane["id"]:
            card["persona"] = personas[taker]["id"]
    event("lane handed over")
    return Project.model_validate(document)


@examples(100)
@given(data=st.data(), base=st.sampled_from(sorted(BASES)))
def test_lanes_handed_to_other_personas_merge_to_a_valid_map(data, base):
    original = BASES[base]
    mine = handed_over(data, edited_copy(data, original))
    theirs = handed_over(data, edited_copy(data, handed_over(data, original)))
    result = merge_projects(original, mine, theirs)
    assert_saves(result.project)
    for side in (mine, theirs):
        assert merge_projects(original, side, original).project == side
        assert merge_projects(original, original, side).project == side
