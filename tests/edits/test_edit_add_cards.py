"""AddCards: many new cards in one pass (a paste), landing exactly where one AddCard per card
would put them."""

import random

import pytest

from journey_editor.edits import AddCard, AddCards, EditError
from journey_editor.model import Card

from .conftest import build_journey


def new_cards(project, rng, count, cell=None):
    cells = [
        (persona.id, lane.id, stage.id)
        for persona in project.personas
        for lane in persona.lanes
        for stage in project.stages
    ]
    places = [cell or rng.choice(cells) for _ in range(count)]
    return tuple(
        Card(id=f"c-new-{n}", persona=persona, lane=lane, stage=stage)
        for n, (persona, lane, stage) in enumerate(places)
    )


@pytest.mark.parametrize("seed", range(16))
def test_the_same_places_as_one_add_per_card(seed):
    rng = random.Random(seed)
    one_by_one, at_once = build_journey(), build_journey()
    target = None
    index = None
    if seed % 2:
        persona = rng.choice(one_by_one.personas)
        target = (persona.id, rng.choice(persona.lanes).id, rng.choice(one_by_one.stages).id)
        index = rng.randint(0, 4)
    cards = new_cards(one_by_one, rng, 12, target)
    for position, card in enumerate(cards):
        AddCard(card, None if index is None else index + position).apply(one_by_one)
    change = AddCards(cards, index).apply(at_once)
    assert [c.id for c in at_once.cards] == [c.id for c in one_by_one.cards]
    assert at_once == one_by_one
    change.inverse.apply(at_once)
    assert at_once == build_journey()


def test_refuses_a_taken_id_and_changes_nothing(journey, undo_redo):
    card = journey.cards[0].model_copy(update={"id": "c-blog"})
    with pytest.raises(EditError, match="already used"):
        AddCards((card,)).apply(journey)
    assert journey == build_journey()
    change = undo_redo(journey, AddCards(new_cards(journey, random.Random(1), 30)))
    assert len(change.touched) == 30
