"""How a card looks, once, for the canvas (`ui/canvas/card_painter.py`, `marks.py`) and the
PDF (`export/card_frames.py`, `paint_cards.py`, `glyph_forms.py`): what the two painters
used to repeat, number for number. Lengths in PDF points (= scene units at 100 %), colours
as "#RRGGBB" from `colours`; each painter turns them into its own pens and operators.

      ●●● (votes, straddling the top edge: VOTE_*; five dots and the count past five)
    ┌▌─────────────────────────────┐   white rounded card (RADIUS), channel strip on the left
    │▌[icon] Title, wrapped as the │   chip: channel colour + icon (CHIP_RADIUS, CHIP_INSET)
    │▌       layout wrapped it     │
    │▌●●●○○ 3           ★ ⇥ (☺)    │   marks: BADGE_LINE, STAR_LINE, EXIT_LINE
    └──────────────────────────────┘   border(evidence): observed solid, assumed dashed,
      ‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾‾    proposed dotted; a soft shadow under the bottom edge

The border carries the evidence level, so it reads in black and white too. Where the card's
things go (title, chip, badge, face …) is the layout's `CardBox`; this is how they are drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from journey_editor.layout import colours as c
from journey_editor.layout.geometry import Point, Rect
from journey_editor.layout.text import ASCENT, DESCENT, TextLine

RADIUS = 4.0  # the card's rounded corners
FILL = c.WHITE

# The channel colour along the left edge: a plain rectangle, inset from the rounded corners
# so it never pokes out of the outline.
STRIP_WIDTH = 3.0
STRIP_LEFT = 0.9  # from the card's left edge
STRIP_INSET = RADIUS * 0.55  # from its top and bottom

# A soft line under the bottom edge lifts the card off the tinted lane: translucent ink on
# screen, the same flattened over a lane on paper (a PDF without transparency groups).
SHADOW_WIDTH = 1.6
SHADOW_DROP = 0.9  # below the bottom edge
SHADOW_COLOUR = "#141e2d"
SHADOW_ALPHA = 45  # of 255
SHADOW_ON_PAPER = "#d5dae1"

# The channel chip: a rounded square in the channel's colour, its icon on top in
# `colours.readable_on` that colour; both fractions of the chip's side.
CHIP_RADIUS = 0.22
CHIP_INSET = 0.16

# The marks on a card: effort dots' outline, moment-of-truth star, exit arrow.
BADGE_LINE = 0.6
BADGE_OUTLINE = c.CARD_BORDER_STRONG
STAR_LINE = 0.6
EXIT_LINE = 1.2

LEGEND_SWATCH_RADIUS = 2.5  # the legend's evidence sample: a small card outline


@dataclass(frozen=True)
class Border:
    """A card outline: `width` in points, `dashes` as on, off … in multiples of the width
    (as Qt's dash patterns; () is solid), so a thicker line keeps its rhythm."""

    width: float
    colour: str
    dashes: tuple[float, ...] = ()

    @property
    def solid(self) -> bool:
        return not self.dashes

    @property
    def dash_points(self) -> tuple[float, ...]:
        """The dash pattern in points (PDF's `d`)."""
        return tuple(self.width * dash for dash in self.dashes)


# Short dashes read as "dashed" at once; dotted is square dots.
BORDERS: dict[str | None, Border] = {
    "observed": Border(1.2, c.CARD_BORDER_STRONG),
    "assumed": Border(1.2, c.CARD_BORDER_STRONG, (3.0, 2.0)),
    "proposed": Border(1.3, c.CARD_BORDER_STRONG, (1.0, 1.5)),
    None: Border(0.8, c.CARD_BORDER),  # no evidence level given
}


def border(evidence: str | None) -> Border:
    """The outline for an evidence level; unknown or none gets the plain thin one."""
    return BORDERS.get(evidence, BORDERS[None])


def strip_rect(card: Rect) -> Rect:
    x, y, _, height = card
    return Rect(x + STRIP_LEFT, y + STRIP_INSET, STRIP_WIDTH, height - 2 * STRIP_INSET)


def shadow_line(card: Rect) -> tuple[Point, Point]:
    x, y, width, height = card
    bottom = y + height + SHADOW_DROP
    return Point(x + RADIUS, bottom), Point(x + width - RADIUS, bottom)


# --- dot votes -------------------------------------------------------------------------------
# A workshop's dot votes sit on the card like the sticky dots of a paper wall: round stickers
# straddling the card's top edge from the left (the compare badges take the right end), half
# in the gap above the card and half in its top padding, so they cover no text and a vote
# never changes the card's size (voting does not move the map around). One dot per vote up
# to five; past five, five dots and a pill with the count ("●●●●● 12"). A white ring keeps
# each dot apart from the border and its neighbour; in grey the dots and the digits still read.
VOTE_FILL = c.VOTE
VOTE_RING = c.WHITE
VOTE_RING_WIDTH = 0.9
VOTE_TEXT = c.WHITE
VOTE_DOT = 8.0  # a dot's diameter
VOTE_STEP = 9.2  # from one dot to the next
VOTE_LEFT = 8.0  # the first dot's left edge, from the card's left edge (past the strip)
VOTE_DROP = 0.5  # the dots' centre, below the card's top edge
VOTE_DOTS = 5  # dots drawn at most; past that, the count
VOTE_NUMBER_SIZE = 6.8  # the count's digits (DejaVu Sans Bold)
VOTE_PILL_PAD = 2.2  # the count's digits to the pill's ends
# How far the marks reach above the card's top edge (ring included): painters keep that room.
VOTE_REACH = VOTE_DOT / 2 - VOTE_DROP + VOTE_RING_WIDTH
BOLD_DIGIT = 0.696  # a DejaVu Sans Bold digit's advance, in em


class VoteMarks(NamedTuple):
    dots: tuple[Rect, ...]  # the dots' bounding boxes, left to right
    pill: Rect | None  # past VOTE_DOTS votes: the rounded box of the count, right of the dots
    number: TextLine | None  # the count, centred in the pill (bold, VOTE_NUMBER_SIZE)

    @property
    def rect(self) -> Rect:
        """All of the marks, ring left out."""
        first = self.dots[0]
        last = self.pill or self.dots[-1]
        return Rect(first.x, first.y, last.right - first.x, first.height)


def vote_marks(card: Rect, votes: int) -> VoteMarks | None:
    """Where a card's votes are drawn (None: no votes), for the canvas and the PDF alike."""
    if votes <= 0:
        return None
    top = card.y + VOTE_DROP - VOTE_DOT / 2
    left = card.x + VOTE_LEFT
    shown = min(votes, VOTE_DOTS)
    dots = tuple(Rect(left + i * VOTE_STEP, top, VOTE_DOT, VOTE_DOT) for i in range(shown))
    if votes <= VOTE_DOTS:
        return VoteMarks(dots, None, None)
    text = str(votes)
    text_width = len(text) * BOLD_DIGIT * VOTE_NUMBER_SIZE
    pill = Rect(
        left + shown * VOTE_STEP, top, max(VOTE_DOT, text_width + 2 * VOTE_PILL_PAD), VOTE_DOT
    )
    baseline = top + VOTE_DOT / 2 + (ASCENT - DESCENT) * VOTE_NUMBER_SIZE / 2
    number = TextLine(text, pill.x + (pill.width - text_width) / 2, baseline)
    return VoteMarks(dots, pill, number)


# The legend's sample of votes: three dots side by side, centred in a swatch this size.
VOTE_SAMPLE = (2 * VOTE_STEP + VOTE_DOT, VOTE_DOT)


def vote_sample(swatch: Rect) -> tuple[Rect, ...]:
    """The legend's three vote dots inside `swatch`."""
    top = swatch.y + (swatch.height - VOTE_DOT) / 2
    width = 2 * VOTE_STEP + VOTE_DOT
    left = swatch.x + (swatch.width - width) / 2
    return tuple(Rect(left + i * VOTE_STEP, top, VOTE_DOT, VOTE_DOT) for i in range(3))
