"""The one card style (`layout/card_style.py`) and colour rules (`layout/colours.py`) that the
canvas and the PDF both read: every evidence level has its own border, the strip stays
inside the rounded outline, and the colour rules give what the painters expect."""

import math

import pytest

from journey_editor.layout import Rect
from journey_editor.layout import card_style as style
from journey_editor.layout import colours as c
from journey_editor.model.types import EVIDENCE_LEVELS


def test_each_evidence_level_has_its_own_border_and_unknown_ones_the_plain_one():
    borders = [style.border(level) for level in EVIDENCE_LEVELS]
    assert len(set(borders)) == len(EVIDENCE_LEVELS)
    assert style.border(None) == style.border("") == style.border("rumour") == style.BORDERS[None]
    assert style.border("observed").solid and not style.border("assumed").solid
    # The PDF's dash array is the canvas's pattern (in pen widths) times the width.
    assumed = style.border("assumed")
    assert assumed.dash_points == pytest.approx(tuple(d * assumed.width for d in assumed.dashes))
    assert style.border("observed").dash_points == ()


def test_the_strip_stays_inside_the_rounded_outline():
    card = Rect(10.0, 20.0, 150.0, 36.0)
    strip = style.strip_rect(card)
    r = style.RADIUS
    for corner_x, corner_y, centre in (
        (strip.x, strip.y, (card.x + r, card.y + r)),
        (strip.x, strip.bottom, (card.x + r, card.bottom - r)),
    ):
        assert math.dist((corner_x, corner_y), centre) <= r
    assert strip.width == style.STRIP_WIDTH and strip.height > 0


def test_the_shadow_runs_under_the_straight_part_of_the_bottom_edge():
    start, end = style.shadow_line(Rect(0.0, 0.0, 100.0, 30.0))
    assert start == (style.RADIUS, 30.0 + style.SHADOW_DROP)
    assert end == (100.0 - style.RADIUS, 30.0 + style.SHADOW_DROP)


def test_readable_on_picks_white_on_dark_and_ink_on_pale():
    assert c.readable_on(c.rgb("#0072b2")) == c.WHITE
    assert c.readable_on(c.rgb("#000000")) == c.WHITE
    assert c.readable_on(c.rgb("#f0e442")) == c.INK
    assert c.readable_on(c.rgb("#ffffff")) == c.INK


def test_tint_mix_and_the_ramps():
    assert c.tint(c.rgb("#0072b2"), 0.0) == (1.0, 1.0, 1.0)
    assert c.tint(c.rgb("#0072b2"), 1.0) == pytest.approx(c.rgb("#0072b2"))
    assert c.tint((0, 114, 178), 0.5, 255) == (127.5, 184.5, 216.5)  # Qt's 0…255 scale
    assert c.effort_steps(1) == (c.EFFORT_RAMP[0], c.EFFORT_RAMP[1], 0.0)
    assert c.effort_steps(9) == (c.EFFORT_RAMP[4], c.EFFORT_RAMP[4], 0.0)
    assert c.effort_steps(2.5) == (c.EFFORT_RAMP[1], c.EFFORT_RAMP[2], 0.5)
    assert c.mix((0.0, 0.0, 0.0), (1.0, 0.5, 0.0), 0.5) == (0.5, 0.25, 0.0)
    assert c.emotion_fill(-7) == c.EMOTION_FILL[0] and c.emotion_fill(2) == c.EMOTION_FILL[4]
    assert c.rgb("not a colour") == c.rgb(c.UNREADABLE)
