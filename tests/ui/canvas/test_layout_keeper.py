"""Which personas an edit re-lays out, and when the whole map is laid out again."""

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.edits import (
    AddCard,
    AddLink,
    EditError,
    MoveCards,
    RemoveCards,
    RemoveLink,
    SetVotes,
    UpdateCard,
    UpdateChannel,
    UpdateLink,
    UpdateStage,
)
from journey_editor.layout import compute_layout
from journey_editor.model import Link
from journey_editor.ui.canvas.layout_keeper import CANVAS_OPTIONS, LayoutKeeper, changed_personas
from tests.layout.test_update import assert_same_layout

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"


def test_a_move_between_personas_touches_both_bands(small_project):
    keeper = LayoutKeeper()
    before = keeper.full(small_project)
    change = MoveCards(("c-blog",), "p-marc", "l-marc-touch", "s-use", 0).apply(small_project)
    assert changed_personas(change.touched, small_project, before) == {"p-lea", "p-marc"}
    after = keeper.after(change, small_project)
    assert after.cards["c-blog"].cell == ("p-marc", "l-marc-touch", "s-use")
    fresh = compute_layout(small_project, CANVAS_OPTIONS)
    assert after.cards == fresh.cards and after.personas == fresh.personas


def test_a_deleted_card_counts_for_the_band_it_left(small_project):
    keeper = LayoutKeeper()
    before = keeper.full(small_project)
    change = RemoveCards(("c-marc-store",)).apply(small_project)
    assert changed_personas(change.touched, small_project, before) == {"p-marc"}
    after = keeper.after(change, small_project)
    assert "c-marc-store" not in after.cards
    assert after.bands[0] is before.bands[0]  # Léa's band, untouched: kept as is


def test_card_edits_keep_other_bands_object_for_object(small_project):
    keeper = LayoutKeeper()
    before = keeper.full(small_project)
    change = UpdateCard("c-marc-store", {"effort": 5}).apply(small_project)
    after = keeper.after(change, small_project)
    # Léa's band, above: kept (records in the band's own coordinates)
    assert after.local_cards["c-queue"] is before.local_cards["c-queue"]
    assert after.local_cards["c-marc-store"] is not before.local_cards["c-marc-store"]
    assert after.cards["c-marc-store"].effort == 5


def test_structural_and_catalogue_edits_lay_out_everything(small_project):
    keeper = LayoutKeeper()
    before = keeper.full(small_project)
    rename = UpdateStage("s-buy", {"name": "Achat en ligne"})
    after = keeper.after(rename.apply(small_project), small_project)
    assert after.stages[1].name.texts == ("Achat en ligne",)
    change = UpdateChannel("website", {"colour": "#000000"}).apply(small_project)
    again = keeper.after(change, small_project)
    assert again.cards["c-shop"].colour == "#000000"
    assert before is not after is not again


# --- any run of card edits and undos gives the full layout (issue 14) -----------------------

_EDITS = st.lists(
    st.tuples(
        st.sampled_from(
            ("move", "move", "title", "effort", "emotion", "votes", "add", "remove", "undo")
        ),
        st.integers(0, 10_000),
        st.integers(0, 10_000),
    ),
    min_size=1,
    max_size=25,
)


def _edit(project, kind: str, a: int, b: int):
    cards = project.cards
    card = cards[a % len(cards)]
    if kind == "move":
        persona = project.personas[b % len(project.personas)]
        lane = persona.lanes[(a // 7) % len(persona.lanes)]
        stage = project.stages[(b // 3) % len(project.stages)]
        return MoveCards((card.id,), persona.id, lane.id, stage.id, b % 4)
    if kind == "title":
        return UpdateCard(card.id, {"title": card.title + " et un mot de plus" * (b % 3)})
    if kind == "effort":
        return UpdateCard(card.id, {"effort": None if b % 6 == 0 else b % 5 + 1})
    if kind == "emotion":
        return UpdateCard(card.id, {"emotion": None if b % 6 == 0 else b % 5 - 2})
    if kind == "votes":
        return SetVotes(((card.id, b % 4),))
    if kind == "add":
        return AddCard(card.model_copy(update={"id": f"new-{a}-{b}", "title": "Nouvelle"}), b % 3)
    if kind == "link":
        other = cards[b % len(cards)]
        return AddLink(Link(id=f"k-{a}-{b}", from_card=card.id, to_card=other.id, label="suite"))
    if kind in ("label", "unlink") and project.links:
        link = project.links[b % len(project.links)]
        if kind == "unlink":
            return RemoveLink(link.id)
        return UpdateLink(link.id, {"label": "" if a % 3 == 0 else f"relance {a}"})
    return RemoveCards((card.id,))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=_EDITS)
def test_any_card_edits_and_undos_give_the_full_layout(steps):
    """The keeper tells the layout which bands and which cells an edit touched; whatever the
    edits (moves within and across bands, fields that change a card's height, votes, adds,
    removals, their undos), the map it keeps is the one a full layout gives."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate_map import generate_project
    finally:
        sys.path.remove(str(BENCHMARKS))
    project = generate_project(personas=3, stages=6, cards=120, seed=5)
    keeper = LayoutKeeper()
    keeper.full(project)
    undo = []
    for kind, a, b in steps:
        if kind == "undo":
            if not undo:
                continue
            change = undo.pop().apply(project)
        else:
            try:
                change = _edit(project, kind, a, b).apply(project)
            except EditError:
                continue  # a card id taken already, …: refused, nothing changed
            undo.append(change.inverse)
        after = keeper.after(change, project)
        assert_same_layout(after, compute_layout(project, CANVAS_OPTIONS))
