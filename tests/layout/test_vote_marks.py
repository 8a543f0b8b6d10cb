"""Where a card's dot votes go (`card_style.vote_marks`, read by the canvas and the PDF): one
dot per vote up to five, then five dots and the count in a pill; straddling the card's top
edge from its left, so they cover no text and never change the card's size."""

from __future__ import annotations

import pytest

from journey_editor.layout import card_style, compute_layout
from journey_editor.layout.geometry import Rect
from journey_editor.layout.options import LayoutOptions

CARD = Rect(100.0, 200.0, 154.0, 38.0)


def test_no_votes_no_marks():
    assert card_style.vote_marks(CARD, 0) is None


@pytest.mark.parametrize("votes", [1, 2, 5])
def test_one_dot_per_vote_up_to_five(votes):
    marks = card_style.vote_marks(CARD, votes)
    assert len(marks.dots) == votes
    assert marks.pill is None and marks.number is None
    xs = [dot.x for dot in marks.dots]
    assert xs == sorted(xs)
    for left, right in zip(marks.dots, marks.dots[1:], strict=False):
        assert right.x > left.right  # apart, for the white ring between them


@pytest.mark.parametrize("votes", [6, 12, 999])
def test_past_five_the_count_follows_five_dots(votes):
    marks = card_style.vote_marks(CARD, votes)
    assert len(marks.dots) == 5
    assert marks.number.text == str(votes)
    assert marks.pill.x > marks.dots[-1].right
    # The digits sit inside their pill, and the whole stays well inside the card's width.
    digits = len(str(votes)) * card_style.BOLD_DIGIT * card_style.VOTE_NUMBER_SIZE
    assert marks.pill.x <= marks.number.x and marks.number.x + digits <= marks.pill.right + 0.01
    assert marks.rect.right < CARD.x + CARD.width * 0.6


def test_the_marks_straddle_the_top_edge_within_the_top_padding():
    options = LayoutOptions()
    marks = card_style.vote_marks(CARD, 3)
    for dot in marks.dots:
        assert dot.y < CARD.y < dot.bottom
        # Below the edge no deeper than the padding above the title; above it no higher
        # than what the painters keep room for, and within the gap between two cards.
        assert dot.bottom <= CARD.y + options.card_padding
        assert CARD.y - dot.y + card_style.VOTE_RING_WIDTH <= card_style.VOTE_REACH + 1e-9
        assert options.card_gap > card_style.VOTE_REACH
        assert dot.x >= CARD.x + card_style.STRIP_LEFT + card_style.STRIP_WIDTH


def test_votes_do_not_change_the_layout_of_the_map(small_project):
    options = LayoutOptions(title_block=False, legend=False)  # as on the canvas
    before = compute_layout(small_project, options)
    for index, card in enumerate(small_project.cards):
        small_project.cards[index] = card.model_copy(update={"votes": 7 * index})
    after = compute_layout(small_project, options)
    assert {i: b.rect for i, b in before.cards.items()} == {
        i: b.rect for i, b in after.cards.items()
    }
    assert [after.cards[card.id].votes for card in small_project.cards] == [0, 7, 14, 21, 28]
