"""The project's cards index themselves: every list change is seen, copies and pickles too."""

import copy
import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# --- any run of list changes: every answer is the plain list's (issue 14) ----------------

_OPS = st.lists(
    st.tuples(
        st.sampled_from(
            (
                "insert",
                "append",
                "pop",
                "del",
                "set",
                "move",
                "slice",
                "extend",
                "reverse",
                "remove",
            )
        ),
        st.integers(0, 1_000),
        st.integers(0, 1_000),
    ),
    max_size=30,
)
_ASKS = st.lists(
    st.tuples(
        st.sampled_from(("card", "position", "cell", "cell_cards", "positions")),
        st.integers(0, 1_000),
    )
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=_OPS, asks=_ASKS)
def test_any_changes_keep_every_lookup_true(small_project, ops, asks):
    """Lookups between changes (few, then many: the scans and the whole index) always give
    what a plain list gives."""
    # The fixture is only read: its cards are copied into lists of the test's own.
    base = small_project.cards
    spare = [base[i % len(base)].model_copy(update={"id": f"spare-{i}"}) for i in range(40)]
    cards = CardList(base)
    plain = list(cards)
    for number, (op, a, b) in enumerate(ops):
        n = len(plain)
        if op in ("insert", "append", "extend", "set") and spare:
            card = spare.pop()
            if op == "insert":
                cards.insert(a % (n + 1), card), plain.insert(a % (n + 1), card)
            elif op == "append":
                cards.append(card), plain.append(card)
            elif op == "extend":
                cards.extend([card]), plain.extend([card])
            elif n:
                cards[a % n] = card
                plain[a % n] = card
        elif op == "update" and n:  # a card's new version, in its cell (an edit, a keystroke)
            card = plain[a % n].model_copy(update={"title": f"v{b}"})
            cards[a % n] = card
            plain[a % n] = card
        elif op == "pop" and n:
            assert cards.pop(a % n) is plain.pop(a % n)
        elif op == "del" and n:
            del cards[a % n]
            del plain[a % n]
        elif op == "move" and n:
            card = cards.pop(a % n)
            plain.pop(a % n)
            cards.insert(b % n, card), plain.insert(b % n, card)
        elif op == "into" and n > 1:
            # As MoveCards: out of the list, a new version in another cell, next to a card of it.
            card = cards.pop(a % n)
            plain.pop(a % n)
            anchor = plain[b % (n - 1)]
            moved = card.model_copy(
                update={"persona": anchor.persona, "lane": anchor.lane, "stage": anchor.stage}
            )
            at = plain.index(anchor) + (b % 2)
            cards[at:at] = [moved]
            plain[at:at] = [moved]
        elif op == "slice" and n:
            cards[a % n : a % n + 2] = cards[a % n : a % n + 2][::-1]
            plain[a % n : a % n + 2] = plain[a % n : a % n + 2][::-1]
        elif op == "reverse":
            cards.reverse(), plain.reverse()
        elif op == "remove" and n:
            card = plain[a % n]
            cards.remove(card), plain.remove(card)
        # Ask a few things after some of the changes: 1, 2 … many lookups in a row.
        for kind, which in asks[: number % 12]:
            if not plain:
                break
            card = plain[which % len(plain)]
            if kind == "card":
                assert cards.card(card.id) is card
            elif kind == "position":
                assert cards.position(card.id) == plain.index(card)
            elif kind == "cell_cards":
                assert cards.cell_cards(card.cell) == [c for c in plain if c.cell == card.cell]
                assert all(
                    a is b
                    for a, b in zip(
                        cards.cell_cards(card.cell),
                        [c for c in plain if c.cell == card.cell],
                        strict=True,
                    )
                )
            elif kind == "positions":
                assert cards.positions() == {c.id: i for i, c in enumerate(plain)}
            else:
                assert cards.cell_positions(card.cell) == [
                    i for i, other in enumerate(plain) if other.cell == card.cell
                ]
        assert cards.card("no-such-card") is None and cards.position("no-such-card") is None
    assert list(cards) == plain
    for cell in {card.cell for card in plain}:
        expected = [card for card in plain if card.cell == cell]
        assert all(a is b for a, b in zip(cards.cell_cards(cell), expected, strict=True))
    for position, card in enumerate(plain):
        assert cards.card(card.id) is card and cards.position(card.id) == position
