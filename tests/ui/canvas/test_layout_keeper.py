"""Which personas an edit re-lays out, and when the whole map is laid out again."""

from journey_editor.edits import MoveCards, RemoveCards, UpdateCard, UpdateChannel, UpdateStage
from journey_editor.layout import compute_layout
from journey_editor.ui.canvas.layout_keeper import CANVAS_OPTIONS, LayoutKeeper, changed_personas


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
