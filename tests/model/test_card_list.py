"""The project's cards index themselves: every list change is seen, copies and pickles too."""

import copy
import pickle

from journey_editor.model.card_list import CardList


def test_the_index_follows_every_kind_of_change(small_project):
    project = small_project
    cards = project.cards
    assert isinstance(cards, CardList)
    first, second = cards[0], cards[1]
    assert project.card(second.id) is second and project.card_index(second.id) == 1
    cards.insert(0, cards.pop(1))
    assert project.card_index(second.id) == 0 and project.card_index(first.id) == 1
    del cards[0]
    assert not project.has_card(second.id) and project.card_index(first.id) == 0
    cards[0:0] = [second]
    assert project.card(second.id) is second
    cards.reverse()
    assert project.card_index(second.id) == len(cards) - 1
    assert [card.id for card in project.cell_cards(*first.cell)] == [
        card.id for card in cards if card.cell == first.cell
    ]


def test_copies_and_pickles_index_their_own_cards(small_project):
    project = small_project
    for other in (
        project.model_copy(deep=True),
        copy.deepcopy(project),
        pickle.loads(pickle.dumps(project)),
    ):
        assert isinstance(other.cards, CardList) and other == project
        card_id = other.cards[0].id
        other.cards.pop(0)
        assert not other.has_card(card_id) and project.has_card(card_id)


def test_a_plain_list_put_in_by_hand_still_answers(small_project):
    project = small_project.model_copy(update={"cards": list(small_project.cards)})
    last = project.cards[-1]
    assert project.card(last.id) is last


def test_a_card_replaced_by_its_new_version_keeps_the_index(small_project):
    cards = small_project.cards
    card = cards[2]
    assert small_project.card_index(card.id) == 2
    cards[2] = card.model_copy(update={"title": "Autre titre"})
    assert small_project.card(card.id).title == "Autre titre"
    other = next(c for c in cards if c.persona == card.persona and c.lane != card.lane)
    cards[2] = card.model_copy(update={"lane": other.lane, "stage": other.stage})
    assert card.id in [
        c.id for c in small_project.cell_cards(card.persona, other.lane, other.stage)
    ]
    assert card.id not in [c.id for c in small_project.cell_cards(*card.cell)]
    cards[2] = card.model_copy(update={"id": "c-renamed"})
    assert small_project.card_index("c-renamed") == 2 and not small_project.has_card(card.id)
