"""Property: any sequence of edits, valid or not, is undone exactly by its inverses.

Random edits of every kind are drawn against the current state of the map, including invalid
ones (unknown ids, taken ids, values out of range, cells that do not exist). An invalid edit
must raise EditError and leave the map untouched; a valid one must leave it consistent. Then
the inverses, applied in reverse order, must give back the original map, and the inverses of
those (a redo of everything) the edited one.
"""

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journey_editor.edits import (
    AddCard,
    AddChannel,
    AddLane,
    AddLink,
    AddPersona,
    AddStage,
    Batch,
    CopyCards,
    EditError,
    MergeChannels,
    MoveCards,
    MoveChannel,
    MoveLane,
    MovePersona,
    MoveStage,
    RemoveCards,
    RemoveChannel,
    RemoveLane,
    RemoveLink,
    RemovePersona,
    RemoveStage,
    UpdateCard,
    UpdateChannel,
    UpdateLane,
    UpdateLink,
    UpdatePersona,
    UpdateProject,
    UpdateStage,
)
from journey_editor.model import Card, Channel, Lane, Link, Persona, Project, Stage

MISSING = "zz-missing"
INDEXES = st.one_of(st.none(), st.integers(min_value=-2, max_value=8))
NAMES = st.sampled_from(["Achat", "Étape œ €", "x", "", "   "])
TEXTS = st.sampled_from(["", "note", "Café — 5 €"])


# --- drawing ids and values: mostly right, now and then wrong ---------------------------------


def pick(data, options, *wrong):
    """One of `options`; now and then (or when there is none) one of the `wrong` choices."""
    if wrong and (not options or data.draw(st.integers(0, 7)) == 0):
        return data.draw(st.sampled_from(wrong))
    return data.draw(st.sampled_from(list(options)))


def fresh_ids(data, project: Project, count: int) -> tuple[str, ...]:
    """Unused ids, now and then one already taken or malformed (the edit must refuse it)."""
    taken = project.all_ids()
    free = [i for i in (f"n-{n}" for n in range(100)) if i not in taken][:10]
    chosen = data.draw(st.lists(st.sampled_from(free), min_size=count, max_size=count, unique=True))
    if chosen and data.draw(st.integers(0, 5)) == 0:
        chosen[-1] = pick(data, [], *sorted(taken), " bad id")
    return tuple(chosen)


def fresh_id(data, project: Project) -> str:
    return fresh_ids(data, project, 1)[0]


def stage_id(data, project):
    return pick(data, [s.id for s in project.stages], MISSING)


def persona_id(data, project):
    return pick(data, [p.id for p in project.personas], MISSING)


def lanes_of(project: Project) -> list[tuple[str, str]]:
    return [(p.id, lane.id) for p in project.personas for lane in p.lanes]


def lane_id(data, project):
    return pick(data, [lane for _, lane in lanes_of(project)], MISSING)


def card_id(data, project):
    return pick(data, [c.id for c in project.cards], MISSING)


def link_id(data, project):
    return pick(data, [link.id for link in project.links], MISSING)


def channel_id(data, project):
    return pick(data, [c.id for c in project.channels], MISSING)


def card_ids(data, project):
    """A few existing cards; now and then none, an unknown one or the same one twice."""
    existing = [c.id for c in project.cards]
    if not existing or data.draw(st.integers(0, 15)) == 0:
        return ()
    chosen = data.draw(st.lists(st.sampled_from(existing), min_size=1, max_size=3, unique=True))
    if data.draw(st.integers(0, 7)) == 0:
        chosen.append(pick(data, [], MISSING, chosen[0]))
    return tuple(chosen)


def cell(data, project):
    """(persona, lane, stage): a real cell, now and then a lane of another persona."""
    persona, lane = pick(data, lanes_of(project), ("p-ghost", "l-ghost"))
    if data.draw(st.integers(0, 7)) == 0:
        lane = lane_id(data, project)
    return persona, lane, stage_id(data, project)


def changes(data, values):
    """Up to three fields of `values`, each with a drawn value."""
    names = data.draw(st.lists(st.sampled_from(sorted(values)), max_size=3, unique=True))
    return {name: data.draw(values[name]) for name in names}


# --- one function per kind of edit -------------------------------------------------------------
# Objects are built with model_construct: the edit, not the constructor, must catch bad values.


def add_stage(d, p):
    return AddStage(Stage.model_construct(id=fresh_id(d, p), name=d.draw(NAMES)), d.draw(INDEXES))


def update_stage(d, p):
    values = {"name": NAMES, "phase": TEXTS, "id": st.just("n-1"), "x": st.just(1)}
    return UpdateStage(stage_id(d, p), changes(d, values))


def add_persona(d, p):
    ids = fresh_ids(d, p, d.draw(st.integers(1, 3)))
    lanes = [Lane.model_construct(id=i, name=d.draw(NAMES), kind="notes") for i in ids[1:]]
    persona = Persona.model_construct(id=ids[0], name=d.draw(NAMES), lanes=lanes)
    return AddPersona(persona, d.draw(INDEXES))


def update_persona(d, p):
    values = {
        "name": NAMES,
        "goals": st.sampled_from([[], ["g"], [3]]),
        "colour": st.sampled_from(["#AABBCC", "red"]),
        "lanes": st.just([]),
    }
    return UpdatePersona(persona_id(d, p), changes(d, values))


def add_lane(d, p):
    kind = d.draw(st.sampled_from(["notes", "emotions", "feelings"]))
    lane = Lane.model_construct(id=fresh_id(d, p), name=d.draw(NAMES), kind=kind)
    return AddLane(persona_id(d, p), lane, d.draw(INDEXES))


def update_lane(d, p):
    values = {"name": NAMES, "kind": st.sampled_from(["emotions", "feelings"])}
    return UpdateLane(lane_id(d, p), changes(d, values))


def add_card(d, p):
    persona, lane, stage = cell(d, p)
    card = Card.model_construct(
        id=fresh_id(d, p),
        persona=persona,
        lane=lane,
        stage=stage,
        title=d.draw(TEXTS),
        channel=d.draw(st.sampled_from([None, "website", "email", "phone", MISSING])),
        effort=d.draw(st.sampled_from([None, 2, 4, 5, 9])),
    )
    return AddCard(card, d.draw(INDEXES))


def update_card(d, p):
    values = {
        "title": TEXTS,
        "effort": st.sampled_from([None, 1, 3, 5, 0, 6, "3"]),
        "emotion": st.sampled_from([None, -2, 0, 2, -3, 2.5]),
        "evidence": st.sampled_from([None, "observed", "guessed"]),
        "tags": st.sampled_from([[], ["a", "b"], [""]]),
        "moment_of_truth": st.booleans(),
        "id": st.just("n-0"),
        "bogus": st.just(1),
    }
    return UpdateCard(card_id(d, p), changes(d, values))


def update_card_references(d, p):
    """Channel and cell by update: the references must still resolve afterwards."""
    values = {
        "channel": st.sampled_from([None, *(c.id for c in p.channels), MISSING]),
        "persona": st.sampled_from([*(persona.id for persona in p.personas), MISSING]),
        "lane": st.sampled_from([lane for _, lane in lanes_of(p)] or [MISSING]),
        "stage": st.sampled_from([*(s.id for s in p.stages), MISSING]),
    }
    return UpdateCard(card_id(d, p), changes(d, values))


def move_cards(d, p):
    return MoveCards(card_ids(d, p), *cell(d, p), d.draw(INDEXES))


def copy_cards(d, p):
    sources = card_ids(d, p)
    count = len(sources) + (1 if d.draw(st.integers(0, 7)) == 0 else 0)
    return CopyCards(sources, *cell(d, p), d.draw(INDEXES), fresh_ids(d, p, count))


def add_link(d, p):
    link = Link.model_construct(
        id=fresh_id(d, p), from_card=card_id(d, p), to_card=card_id(d, p), label=""
    )
    return AddLink(link, d.draw(INDEXES))


def update_link(d, p):
    values = {"label": TEXTS, "to_card": st.sampled_from([c.id for c in p.cards] or [MISSING])}
    return UpdateLink(link_id(d, p), changes(d, values))


def add_channel(d, p):
    channel = Channel.model_construct(
        id=pick(d, ["fax", "sms"], "website"),
        label="Fax",
        colour=d.draw(st.sampled_from(["#123456", "#ABCDEF", "nope"])),
    )
    return AddChannel(channel, d.draw(INDEXES))


def update_channel(d, p):
    values = {
        "label": NAMES,
        "colour": st.sampled_from(["#000000", "black"]),
        "kind": st.sampled_from(["digital", "physical", "hybrid"]),
        "icon": st.sampled_from(["globe", "store", ""]),
    }
    return UpdateChannel(channel_id(d, p), changes(d, values))


def update_project(d, p):
    values = {
        "title": TEXTS,
        "locale": st.sampled_from(["de", "not a locale"]),
        "modified": st.sampled_from(["2027-01-01T00:00:00Z", "never"]),
        "schema_version": st.just(9),
    }
    return UpdateProject(changes(d, values))


# (weight, maker): cards are edited most often; whole stages and personas go rarely, or the
# map would soon be empty and most card edits refused.
EDIT_MAKERS = (
    (2, add_stage),
    (1, lambda d, p: RemoveStage(stage_id(d, p))),
    (1, update_stage),
    (1, lambda d, p: MoveStage(stage_id(d, p), d.draw(INDEXES))),
    (1, add_persona),
    (1, lambda d, p: RemovePersona(persona_id(d, p))),
    (1, update_persona),
    (1, lambda d, p: MovePersona(persona_id(d, p), d.draw(INDEXES))),
    (2, add_lane),
    (1, lambda d, p: RemoveLane(lane_id(d, p))),
    (1, update_lane),
    (1, lambda d, p: MoveLane(lane_id(d, p), d.draw(INDEXES))),
    (4, add_card),
    (2, lambda d, p: RemoveCards(card_ids(d, p))),
    (3, update_card),
    (2, update_card_references),
    (4, move_cards),
    (3, copy_cards),
    (2, add_link),
    (1, lambda d, p: RemoveLink(link_id(d, p))),
    (1, update_link),
    (1, add_channel),
    (1, lambda d, p: RemoveChannel(channel_id(d, p))),
    (1, update_channel),
    (1, lambda d, p: MoveChannel(channel_id(d, p), d.draw(INDEXES))),
    (2, lambda d, p: MergeChannels(channel_id(d, p), channel_id(d, p))),
    (1, update_project),
)
WEIGHTED_MAKERS = tuple(maker for weight, maker in EDIT_MAKERS for _ in range(weight))


def draw_edit(data, project: Project, nested: bool = False):
    if not nested and data.draw(st.integers(0, 11)) == 0:
        count = data.draw(st.integers(0, 3))
        return Batch(tuple(draw_edit(data, project, nested=True) for _ in range(count)))
    return data.draw(st.sampled_from(WEIGHTED_MAKERS))(data, project)


def assert_consistent(project: Project) -> None:
    assert project.integrity_problems() == []
    Project.model_validate(project.model_dump())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_sequence_of_edits_is_undone_exactly_by_its_inverses(pristine_journey, data):
    project = pristine_journey.model_copy(deep=True)
    inverses = []
    for _ in range(data.draw(st.integers(1, 20), label="steps")):
        edit = draw_edit(data, project)
        before = project.model_copy(deep=True)
        try:
            change = edit.apply(project)
        except EditError:
            event(f"{type(edit).__name__} refused")
            assert project == before, f"{edit!r} failed but changed the map"
            continue
        event(f"{type(edit).__name__} applied")
        assert_consistent(project)
        inverses.append(change.inverse)

    edited = project.model_copy(deep=True)
    redos = []
    for inverse in reversed(inverses):
        redos.append(inverse.apply(project).inverse)
        assert_consistent(project)
    assert project == pristine_journey
    assert project.model_dump_json() == pristine_journey.model_dump_json()

    for redo in reversed(redos):
        redo.apply(project)
    assert project == edited
