"""update_layout: after an edit, only the touched bands are laid out again, and the result is
the same as a full layout."""

import pytest

from journey_editor.layout import LayoutCache, LayoutOptions, compute_layout, update_layout
from journey_editor.model import Card, Persona, Stage


def assert_same_layout(updated, full):
    assert updated.width == full.width and updated.height == full.height
    assert updated.stages == full.stages and updated.phases == full.phases
    assert updated.personas == full.personas
    assert updated.cells == full.cells
    assert updated.cards == full.cards
    assert updated.heat == full.heat
    assert updated.emotion_curves == full.emotion_curves
    assert updated.links == full.links
    assert updated.title_block == full.title_block and updated.legend == full.legend


@pytest.fixture
def before(small_project):
    return compute_layout(small_project)


def test_an_edit_that_keeps_heights_reuses_the_other_bands(small_project, before):
    small_project.cards[4].title = "Essayage"  # Marc's card, still one line
    after = update_layout(before, small_project, {"p-marc"})
    assert_same_layout(after, compute_layout(small_project))
    assert after.bands[0] is before.bands[0], "Léa's band is taken over as is"
    assert after.local_cards["c-blog"] is before.local_cards["c-blog"]
    assert after.local_cards["c-marc-store"] is not before.local_cards["c-marc-store"]
    assert after.cards["c-marc-store"].title_lines == ("Essayage",)


def test_a_taller_band_pushes_the_bands_below(small_project, before):
    for index in range(6):
        small_project.cards.append(
            Card(id=f"extra{index}", persona="p-lea", lane="l-lea-pain", stage="s-use", title="+")
        )
    after = update_layout(before, small_project, {"p-lea"})
    assert_same_layout(after, compute_layout(small_project))
    assert after.persona("p-marc").rect.y > before.persona("p-marc").rect.y


def test_moving_a_card_across_personas(small_project, before):
    card = small_project.cards[2]  # c-shop, Léa → Marc: a new version, as edits make
    small_project.cards[2] = card.model_copy(update={"persona": "p-marc", "lane": "l-marc-touch"})
    after = update_layout(before, small_project, {"p-lea", "p-marc"})
    assert_same_layout(after, compute_layout(small_project))
    assert after.cards["c-shop"].cell == ("p-marc", "l-marc-touch", "s-buy")


def test_an_emotion_edit_redraws_that_persona_curve(small_project, before):
    small_project.cards[0].emotion = -2
    after = update_layout(before, small_project, {"p-lea"})
    assert_same_layout(after, compute_layout(small_project))
    lea = next(curve for curve in after.emotion_curves if curve.persona_id == "p-lea")
    assert [point.card_id for point in lea.hot_spots] == ["c-blog"]


def test_stage_and_persona_list_changes_fall_back_to_a_full_layout(small_project, before):
    small_project.stages[0] = Stage(id="s-discover", name="Découverte et recherche longue " * 3)
    after = update_layout(before, small_project, set())
    assert_same_layout(after, compute_layout(small_project))
    small_project.personas.append(Persona(id="p-new", name="Nouvelle"))
    again = update_layout(after, small_project, set())
    assert_same_layout(again, compute_layout(small_project))


def test_options_and_cache_carry_over(small_project):
    options = LayoutOptions(collapsed_personas=frozenset({"p-marc"}), title_block=False)
    cache = LayoutCache()
    before = compute_layout(small_project, options, cache)
    # A new version of the card, as edits make (a card is never changed in place).
    small_project.cards[0] = small_project.cards[0].model_copy(update={"title": "Un autre"})
    after = update_layout(before, small_project, {"p-lea"}, cache)
    assert after.options is options
    assert_same_layout(after, compute_layout(small_project, options))


def test_links_between_untouched_cards_keep_their_path(small_project, before):
    small_project.cards[4].title = "Essayage"  # Marc: the link c-blog → c-shop is Léa's
    after = update_layout(before, small_project, {"p-marc"})
    assert after.local_links[0][1] is before.local_links[0][1]
    # A link edit (a new version of the link, as edits make) needs no persona in the set.
    small_project.links[0] = small_project.links[0].model_copy(update={"label": "recherche"})
    again = update_layout(after, small_project, set())
    assert again.links[0].listing.endswith(" · recherche")  # numbered: no room beside it
    assert_same_layout(again, compute_layout(small_project))
