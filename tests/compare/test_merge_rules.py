"""The merge's rules one by one, on the edit tests' map: fields, deletions against changes, places
one side deleted, links left without a card, additions to one cell, orders, ids both sides used,
the map's date, and the conflicts recorded by earlier merges."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from journey_editor.compare import merge_projects  # noqa: E402
from journey_editor.edits import (  # noqa: E402
    AddCard,
    AddLink,
    AddPersona,
    AddStage,
    MoveCards,
    MoveStage,
    RemoveCards,
    RemoveChannel,
    RemovePersona,
    RemoveStage,
    UpdateCard,
    UpdateLane,
    UpdateLink,
    UpdatePersona,
    UpdateProject,
    UpdateStage,
)
from journey_editor.model import Card, Conflict, Link, Persona, Project, Stage  # noqa: E402
from journey_editor.persistence import project_from_bytes, project_to_bytes  # noqa: E402
from tests.edits.conftest import build_journey  # noqa: E402

CELL = ("p-lea", "l-lea-touch", "s-consider")  # c-site, c-mail


def edited(project: Project, *edits) -> Project:
    copy = project.model_copy(deep=True)
    for edit in edits:
        edit.apply(copy)
    return copy


def card(card_id: str, cell=CELL, **fields) -> Card:
    persona, lane, stage = cell
    return Card(id=card_id, persona=persona, lane=lane, stage=stage, title=card_id, **fields)


def cell_ids(project: Project, cell=CELL) -> list[str]:
    return [c.id for c in project.cell_cards(*cell)]


def merge(base, mine, theirs):
    result = merge_projects(base, mine, theirs)
    loaded = project_from_bytes(project_to_bytes(result.project), "merged.journey.json")
    assert loaded == result.project
    assert all(conflict in result.project.conflicts for conflict in result.conflicts)
    return result


@pytest.fixture
def base() -> Project:
    return build_journey()


# --- fields ------------------------------------------------------------------------------------


def test_different_fields_of_one_card_merge_silently(base):
    mine = edited(base, UpdateCard("c-blog", {"effort": 4}))
    theirs = edited(base, UpdateCard("c-blog", {"title": "Blog de la marque", "emotion": 2}))
    result = merge(base, mine, theirs)
    assert result.clean and not result.dropped
    merged = result.project.card("c-blog")
    assert (merged.effort, merged.title, merged.emotion) == (4, "Blog de la marque", 2)


def test_one_field_changed_alike_on_both_sides_is_no_conflict(base):
    both = edited(base, UpdateCard("c-blog", {"effort": 4}))
    result = merge(base, both, both.model_copy(deep=True))
    assert result.clean and result.project == both


def test_one_field_changed_differently_keeps_mine_and_records_all_three(base):
    mine = edited(base, UpdateCard("c-blog", {"effort": 4}))
    theirs = edited(base, UpdateCard("c-blog", {"effort": 2}), UpdateStage("s-buy", {"phase": "X"}))
    result = merge(base, mine, theirs)
    assert result.conflicts == (
        Conflict(
            kind="card",
            id="c-blog",
            name="Blog",
            field="effort",
            base=1,
            mine=4,
            theirs=2,
            reason="changed on both sides",
        ),
    )
    assert result.project.card("c-blog").effort == 4
    assert result.project.stage("s-buy").phase == "X"


def test_the_map_date_takes_the_later_of_the_two(base):
    mine = edited(base, UpdateProject({"modified": "2026-12-01T10:00:00Z"}))
    theirs = edited(base, UpdateProject({"modified": "2026-12-02T08:00:00Z", "title": "T"}))
    result = merge(base, mine, theirs)
    assert result.clean
    assert result.project.modified.isoformat() == "2026-12-02T08:00:00+00:00"
    assert merge(base, theirs, mine).project.modified == result.project.modified


def test_a_map_field_changed_differently_is_a_conflict_of_the_map(base):
    mine, theirs = (edited(base, UpdateProject({"title": title})) for title in ("A", "B"))
    (conflict,) = merge(base, mine, theirs).conflicts
    assert (conflict.kind, conflict.id, conflict.name, conflict.field) == (
        "project",
        "map-edits",
        "A",
        "title",
    )
    assert (conflict.base, conflict.mine, conflict.theirs) == (base.title, "A", "B")


# --- deleted on one side, changed on the other ---------------------------------------------------


def test_deleted_in_mine_and_changed_in_theirs_stays_deleted(base):
    mine = edited(base, RemoveCards(("c-friend",)))
    theirs = edited(base, UpdateCard("c-friend", {"effort": 5}))
    result = merge(base, mine, theirs)
    assert "c-friend" not in {c.id for c in result.project.cards}
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.id, conflict.field, conflict.mine) == (
        "card",
        "c-friend",
        None,
        None,
    )
    assert conflict.base["effort"] is None and conflict.theirs["effort"] == 5
    assert conflict.reason == "deleted in mine, changed in theirs"


def test_deleted_in_theirs_and_changed_in_mine_stays_with_its_links(base):
    mine = edited(base, UpdateCard("c-site", {"emotion": -1}))
    theirs = edited(base, RemoveCards(("c-site",)))  # and its links k-blog-site, k-site-store
    result = merge(base, mine, theirs)
    assert result.project.card("c-site").emotion == -1
    assert {"k-blog-site", "k-site-store"} <= {link.id for link in result.project.links}
    (conflict,) = result.conflicts
    assert (conflict.id, conflict.field, conflict.theirs) == ("c-site", None, None)
    assert conflict.mine["emotion"] == -1
    assert conflict.reason == "deleted in theirs, changed in mine"


def test_a_stage_theirs_deleted_stays_as_mine_has_it_when_mine_added_a_card_to_it(base):
    mine = edited(base, AddCard(card("c-new", ("p-lea", "l-lea-touch", "s-use"))))
    theirs = edited(base, RemoveStage("s-use"))  # and c-wear with it
    result = merge(base, mine, theirs)
    assert [s.id for s in result.project.stages] == [s.id for s in base.stages]
    assert {"c-new", "c-wear"} <= {c.id for c in result.project.cards}
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.id, conflict.name, conflict.field) == (
        "stage",
        "s-use",
        "Usage",
        None,
    )
    assert conflict.reason == "deleted in theirs; mine has card «c-new» in it"


def test_a_card_theirs_added_to_a_stage_mine_deleted_is_a_conflict_holding_it(base):
    mine = edited(base, RemoveStage("s-use"))
    theirs = edited(
        base,
        AddCard(card("c-new", ("p-lea", "l-lea-touch", "s-use"))),
        AddLink(Link(id="k-new", from_card="c-blog", to_card="c-new")),
    )
    result = merge(base, mine, theirs)
    assert result.project == mine.model_copy(update={"conflicts": list(result.conflicts)})
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.id, conflict.field, conflict.base, conflict.mine) == (
        "card",
        "c-new",
        None,
        None,
        None,
    )
    assert conflict.theirs["stage"] == "s-use"
    assert conflict.reason == "added in theirs to stage «Usage», which mine deleted"
    (dropped,) = result.dropped
    assert (dropped.kind, dropped.id) == ("link", "k-new")


def test_a_persona_theirs_deleted_stays_when_mine_renamed_one_of_its_lanes(base):
    mine = edited(base, UpdateLane("l-marc-think", {"name": "Doutes"}))
    theirs = edited(base, RemovePersona("p-marc"))
    result = merge(base, mine, theirs)
    assert result.project.lane("l-marc-think").name == "Doutes"
    marc_cards = {c.id for c in base.cards if c.persona == "p-marc"}
    assert marc_cards <= {c.id for c in result.project.cards}
    assert "k-call-chat" in {link.id for link in result.project.links}
    assert [(c.kind, c.id, c.field) for c in result.conflicts] == [("persona", "p-marc", None)]


def test_a_card_moved_to_two_different_cells_stays_in_mine(base):
    mine = edited(base, MoveCards(("c-mail",), "p-lea", "l-lea-touch", "s-buy"))
    theirs = edited(base, MoveCards(("c-mail",), "p-lea", "l-lea-touch", "s-use"))
    result = merge(base, mine, theirs)
    assert result.project.card("c-mail").stage == "s-buy"
    (conflict,) = result.conflicts
    assert (conflict.field, conflict.base["stage"], conflict.mine["stage"]) == (
        "cell",
        "s-consider",
        "s-buy",
    )
    assert conflict.theirs == {"persona": "p-lea", "lane": "l-lea-touch", "stage": "s-use"}


# --- channels -----------------------------------------------------------------------------------


def test_a_channel_theirs_deleted_stays_when_mine_puts_a_new_card_on_it(base):
    mine = edited(base, AddCard(card("c-new", channel="email")))
    theirs = edited(base, RemoveChannel("email"))  # c-mail loses its channel in theirs
    result = merge(base, mine, theirs)
    assert "email" in {c.id for c in result.project.channels}
    assert result.project.card("c-mail").channel == "email"
    assert [(c.kind, c.id) for c in result.conflicts] == [("channel", "email")]


def test_a_channel_mine_deleted_is_taken_off_a_card_theirs_added(base):
    mine = edited(base, RemoveChannel("email"))
    theirs = edited(base, AddCard(card("c-new", channel="email")))
    result = merge(base, mine, theirs)
    assert result.project.card("c-new").channel is None
    (conflict,) = result.conflicts
    assert (conflict.id, conflict.field, conflict.mine, conflict.theirs) == (
        "c-new",
        "channel",
        None,
        "email",
    )


# --- links -------------------------------------------------------------------------------------


def test_a_link_to_a_card_the_other_side_deleted_is_dropped_and_reported(base):
    mine = edited(base, RemoveCards(("c-marc-doubt",)))
    theirs = edited(
        base, AddLink(Link(id="k-doubt", from_card="c-marc-ad", to_card="c-marc-doubt"))
    )
    result = merge(base, mine, theirs)
    assert result.clean
    (dropped,) = result.dropped
    assert (dropped.kind, dropped.id) == ("link", "k-doubt")
    assert "«Trop cher ?» was deleted in mine" in dropped.reason
    assert "k-doubt" not in {link.id for link in result.project.links}

    # The other way round: mine's new link, theirs deleted its card.
    result = merge(base, theirs, mine)
    assert [d.id for d in result.dropped] == ["k-doubt"]
    assert "was deleted in theirs" in result.dropped[0].reason


def test_a_link_theirs_points_at_a_card_mine_deleted_keeps_mine_end(base):
    mine = edited(base, RemoveCards(("c-compare",)))
    theirs = edited(base, UpdateLink("k-blog-site", {"to_card": "c-compare"}))
    result = merge(base, mine, theirs)
    assert result.project.link("k-blog-site").to_card == "c-site"
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.field, conflict.mine, conflict.theirs) == (
        "link",
        "to_card",
        "c-site",
        "c-compare",
    )


# --- additions and order -------------------------------------------------------------------------


def test_cards_added_to_one_cell_on_both_sides_are_all_kept_mine_first(base):
    mine = edited(base, AddCard(card("m-1"), 1), AddCard(card("m-2"), 2))
    theirs = edited(base, AddCard(card("t-1"), 1))
    result = merge(base, mine, theirs)
    assert result.clean
    assert cell_ids(result.project) == ["c-site", "m-1", "m-2", "t-1", "c-mail"]
    assert cell_ids(merge(base, theirs, mine).project) == ["c-site", "t-1", "m-1", "m-2", "c-mail"]
    at_end = merge(base, edited(base, AddCard(card("m-1"))), edited(base, AddCard(card("t-1"))))
    assert cell_ids(at_end.project) == ["c-site", "c-mail", "m-1", "t-1"]


@pytest.fixture
def row(base) -> Project:
    """The cell with five cards: c-site, a, b, c, c-mail."""
    return edited(base, *(AddCard(card(name), index) for index, name in enumerate("abc", 1)))


def test_moves_in_one_cell_that_do_not_cross_are_both_kept(row):
    assert cell_ids(row) == ["c-site", "a", "b", "c", "c-mail"]
    mine = edited(row, MoveCards(("c-mail",), *CELL, 0))  # c-mail first
    theirs = edited(row, MoveCards(("a",), *CELL, 3))  # a after c
    result = merge(row, mine, theirs)
    assert result.clean
    assert cell_ids(result.project) == ["c-mail", "c-site", "b", "c", "a"]


def test_moves_that_cross_keep_mine_and_are_reported(row):
    mine = edited(row, MoveCards(("b",), *CELL, 1))  # c-site, b, a, c, c-mail
    theirs = edited(row, MoveCards(("b",), *CELL, 3))  # c-site, a, c, b, c-mail
    result = merge(row, mine, theirs)
    assert cell_ids(result.project) == cell_ids(mine)
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.id, conflict.field) == ("card", "b", "position")
    assert (conflict.base, conflict.mine, conflict.theirs) == (2, 1, 3)


def test_stage_moves_of_both_sides_are_both_kept(base):
    mine = edited(base, MoveStage("s-use", 0))
    theirs = edited(base, MoveStage("s-aware", 2), AddStage(Stage(id="s-new", name="Fidélité")))
    result = merge(base, mine, theirs)
    assert result.clean
    assert [s.id for s in result.project.stages] == [
        "s-use",
        "s-consider",
        "s-buy",
        "s-aware",
        "s-new",
    ]


# --- ids --------------------------------------------------------------------------------------


def test_an_id_both_sides_used_for_different_kinds_is_renamed_in_theirs(base):
    mine = edited(base, AddStage(Stage(id="x", name="Après-vente")))
    theirs = edited(
        base,
        AddCard(card("x")),
        AddLink(Link(id="k-x", from_card="c-site", to_card="x")),
    )
    result = merge(base, mine, theirs)
    assert result.clean
    assert result.project.stage("x").name == "Après-vente"
    assert result.project.card("x-theirs").title == "x"
    assert result.project.link("k-x").to_card == "x-theirs"
    (renamed,) = result.renamed
    assert (renamed.kind, renamed.old, renamed.new) == ("card", "x", "x-theirs")


def test_one_id_added_on_both_sides_for_one_kind_is_one_object(base):
    mine = edited(base, AddCard(card("n", effort=2)))
    theirs = edited(base, AddCard(card("n", effort=3)))
    result = merge(base, mine, theirs)
    assert [c.id for c in result.project.cards].count("n") == 1
    (conflict,) = result.conflicts
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == ("effort", None, 2, 3)


# --- conflicts recorded by earlier merges --------------------------------------------------------


def recorded(card_id: str, mine: int = 4) -> Conflict:
    return Conflict(kind="card", id=card_id, field="effort", base=1, mine=mine, theirs=2)


def test_earlier_conflicts_are_merged_as_a_set(base):
    old = base.model_copy(update={"conflicts": [recorded("c-blog"), recorded("c-site")]})
    mine = old.model_copy(update={"conflicts": [recorded("c-blog")]})  # c-site resolved
    theirs = old.model_copy(update={"conflicts": [*old.conflicts, recorded("c-mail")]})
    result = merge(old, mine, theirs)
    assert result.conflicts == ()
    assert result.project.conflicts == [recorded("c-blog"), recorded("c-mail")]


def test_a_new_conflict_replaces_an_earlier_one_of_the_same_field(base):
    old = base.model_copy(update={"conflicts": [recorded("c-blog")]})
    mine = edited(old, UpdateCard("c-blog", {"effort": 5}))
    theirs = edited(old, UpdateCard("c-blog", {"effort": 3}))
    result = merge(old, mine, theirs)
    assert [(c.id, c.base, c.mine, c.theirs) for c in result.project.conflicts] == [
        ("c-blog", 1, 5, 3)
    ]


def test_the_three_maps_are_left_as_they_were(base):
    mine = edited(base, RemoveStage("s-use"), UpdateCard("c-blog", {"effort": 4}))
    theirs = edited(base, AddCard(card("c-new", ("p-lea", "l-lea-touch", "s-use"))))
    theirs = edited(theirs, UpdateCard("c-blog", {"effort": 2}))
    dumps = [p.model_dump_json() for p in (base, mine, theirs)]
    merge(base, mine, theirs)
    assert [p.model_dump_json() for p in (base, mine, theirs)] == dumps


def test_an_id_theirs_reused_is_renamed_only_when_mine_keeps_its_first_object(base):
    theirs = edited(base, RemoveCards(("c-wear",)), AddStage(Stage(id="c-wear", name="Après")))
    assert merge(base, base, theirs).project == theirs  # nothing of mine needs the card
    mine = edited(base, UpdateCard("c-wear", {"emotion": 1}))
    result = merge(base, mine, theirs)
    assert result.project.card("c-wear").emotion == 1
    assert result.project.stage("c-wear-theirs").name == "Après"
    assert [(r.kind, r.old, r.new) for r in result.renamed] == [
        ("stage", "c-wear", "c-wear-theirs")
    ]
    assert [(c.kind, c.id) for c in result.conflicts] == [("card", "c-wear")]


# --- lanes handed to another persona ------------------------------------------------------------


def handed(project: Project, lane_id: str, to_persona: str, delete_giver: bool = False) -> Project:
    """The lane (and its cards) moved to the end of another persona's lanes; no edit does it."""
    data = project.model_dump(mode="json")
    giver = next(p for p in data["personas"] if any(lane["id"] == lane_id for lane in p["lanes"]))
    lane = next(lane for lane in giver["lanes"] if lane["id"] == lane_id)
    giver["lanes"].remove(lane)
    next(p for p in data["personas"] if p["id"] == to_persona)["lanes"].append(lane)
    for card in data["cards"]:
        if card["lane"] == lane_id:
            card["persona"] = to_persona
    if delete_giver:
        data["personas"].remove(giver)
        data["cards"] = [c for c in data["cards"] if c["persona"] != giver["id"]]
        kept = {c["id"] for c in data["cards"]}
        data["links"] = [k for k in data["links"] if {k["from_card"], k["to_card"]} <= kept]
    return Project.model_validate(data)


def test_a_lane_theirs_handed_over_goes_with_its_cards_and_mine_s_renaming(base):
    mine = edited(base, UpdateLane("l-marc-think", {"name": "Doutes"}))
    theirs = handed(base, "l-marc-think", "p-lea")
    result = merge(base, mine, theirs)
    assert result.clean
    assert result.project.lane_owner("l-marc-think")[0].id == "p-lea"
    assert result.project.lane("l-marc-think").name == "Doutes"
    assert result.project.card("c-marc-doubt").persona == "p-lea"


def test_a_lane_both_handed_to_different_personas_stays_with_mine(base):
    base = edited(base, AddPersona(Persona(id="p-zoe", name="Zoé", lanes=[])))
    mine = handed(base, "l-marc-think", "p-lea")
    theirs = handed(base, "l-marc-think", "p-zoe")
    result = merge(base, mine, theirs)
    assert result.project.lane_owner("l-marc-think")[0].id == "p-lea"
    assert result.project.card("c-marc-doubt").persona == "p-lea"
    conflicts = {(c.kind, c.id, c.field): c for c in result.conflicts}
    lane = conflicts["lane", "l-marc-think", "persona"]
    assert (lane.base, lane.mine, lane.theirs) == ("p-marc", "p-lea", "p-zoe")
    assert ("card", "c-marc-doubt", "cell") in conflicts


def test_a_lane_theirs_took_from_a_persona_it_deleted_stays_where_mine_keeps_it(base):
    mine = edited(base, UpdatePersona("p-marc", {"role": "Acheteur"}))
    theirs = handed(base, "l-marc-think", "p-lea", delete_giver=True)
    result = merge(base, mine, theirs)
    marc, _ = result.project.lane_owner("l-marc-think")
    assert marc.id == "p-marc" and marc.role == "Acheteur"
    assert result.project.card("c-marc-doubt").persona == "p-marc"
    keys = {(c.kind, c.id, c.field) for c in result.conflicts}
    assert {("persona", "p-marc", None), ("lane", "l-marc-think", "persona")} <= keys
