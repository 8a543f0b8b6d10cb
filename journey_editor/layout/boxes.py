"""What a MapLayout is made of: one frozen record per thing a painter draws.

All coordinates are PDF points, origin top-left, y downwards. Every record is immutable and
compares by value, so a canvas can diff two layouts and touch only the items that changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from journey_editor.layout.geometry import CubicSegment, Point, Rect
from journey_editor.layout.text import TextBlock

CellKey = tuple[str, str, str]
"""(persona id, lane id, stage id): the same triple as ``Card.cell``."""


@dataclass(frozen=True, slots=True)
class TitleBlock:
    rect: Rect
    title: TextBlock
    subtitle: TextBlock | None  # client · author · date


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One sample and its label. `key` is a channel id, an effort 1…5, an emotion −2…2 (as
    text), "curve" (the emotion row's last entry: which lanes the curves go through), an
    evidence level, or "moment_of_truth" / "exit_point". The painter draws the sample in
    `swatch` exactly as on a card (chip, effort badge, face, card border, mark), the curve's
    as `glyphs.curve_sample`."""

    key: str
    swatch: Rect
    label: TextBlock
    colour: str | None = None  # channel entries
    icon: str | None = None  # channel entries


@dataclass(frozen=True, slots=True)
class LegendSection:
    kind: str  # "channels", "effort", "emotion", "evidence" or "marks"
    heading: TextBlock
    entries: tuple[LegendEntry, ...]


@dataclass(frozen=True, slots=True)
class Legend:
    rect: Rect
    sections: tuple[LegendSection, ...]


@dataclass(frozen=True, slots=True)
class PhaseBox:
    """Consecutive stages sharing one non-empty phase, in the phase band above the stage row."""

    name: str
    rect: Rect
    stage_ids: tuple[str, ...]
    label: TextBlock  # the name on one line, centred, "…" if too long


@dataclass(frozen=True, slots=True)
class StageBox:
    stage_id: str
    index: int
    rect: Rect  # the header cell in the stage row
    name: TextBlock  # at most two lines, centred
    phase: str

    @property
    def left(self) -> float:
        return self.rect.x

    @property
    def right(self) -> float:
        return self.rect.x + self.rect.width

    @property
    def column(self) -> tuple[float, float]:
        """The x-range every cell of this stage shares."""
        return (self.rect.x, self.rect.x + self.rect.width)


@dataclass(frozen=True, slots=True)
class LaneRow:
    lane_id: str
    kind: str
    label_rect: Rect  # in the lane-label column
    label: TextBlock
    rect: Rect  # the row across every stage column (from the left columns' edge to the right)
    # Where the emotion curve is drawn, when this lane hosts it (see EmotionCurve).
    curve_zone: Rect | None = None
    # Whether the scores of this lane's cards are points of the curve (`Lane.on_curve`).
    feeds_curve: bool = False


@dataclass(frozen=True, slots=True)
class PersonaHeader:
    rect: Rect  # in the persona column, the full height of the band
    avatar: Rect  # a circle's bounding box, filled with the persona colour
    name: TextBlock
    role: TextBlock | None
    quote: TextBlock | None  # already wrapped in quotation marks, italic
    initials: str = "?"  # drawn in the avatar: "LD" for "Léa Dubois"


@dataclass(frozen=True, slots=True)
class PersonaBand:
    persona_id: str
    index: int
    rect: Rect  # the whole band, full map width
    header: PersonaHeader
    colour: str
    collapsed: bool
    lanes: tuple[LaneRow, ...]  # empty when collapsed
    heat_strip: Rect  # the effort strip across the stage columns, at the top of the band
    summary: TextBlock | None = None  # collapsed personas: "6 lanes · 42 cards"


@dataclass(frozen=True, slots=True)
class CellBox:
    key: CellKey
    rect: Rect  # lane row × stage column: the drop target
    content: Rect  # the part of `rect` that holds cards (smaller under an emotion curve)
    card_ids: tuple[str, ...]  # in cell order
    columns: int  # cards are placed row-major in this many columns


def lane_tops(band: PersonaBand) -> dict[str, float]:
    """Where each lane row of `band` starts in the band (the y its cells and cards are from)."""
    return {row.lane_id: row.rect.y for row in band.lanes}


MARK_GAP = 3.0  # between a card's footer marks

# Which of a card's marks are drawn besides those its effort and emotion imply (`CardBox.shown`).
SHOWS_CHIP = 1
SHOWS_STAR = 2  # moment of truth
SHOWS_EXIT = 4  # exit point


@dataclass(frozen=True, slots=True)
class CardMarks:
    """The sizes that place a card's chip and footer marks from its rectangle: one object per
    layout, shared by every card box of it (see `layout/cards.py`, `CardStyle.marks`)."""

    pad: float
    chip: float
    footer: float  # the footer row's height
    badge_width: float
    badge_height: float
    face: float
    mark: float


@dataclass(frozen=True, slots=True)
class CardBox:
    """A card's rectangle and everything painted on it, so painters need no lookups.

    The chip and the footer marks are worked out from the rectangle when asked for (they sit
    at fixed places of it): a box holds no rectangle it does not need to, which on a
    50,000-card map is about 18 MB, and a box moved down (`shift.card`) has them moved too."""

    card_id: str
    rect: Rect
    cell: CellKey
    index: int  # position in the cell
    title: TextBlock  # wrapped, at most `title_max_lines`, the last ending in "…" if cut
    marks: CardMarks
    shown: int  # SHOWS_CHIP | SHOWS_STAR | SHOWS_EXIT, as the card has them
    channel: str | None
    colour: str | None  # the channel's colour
    icon: str | None  # the channel's icon name
    effort: int | None
    emotion: int | None
    evidence: str | None  # painters show it in the border: solid, dashed, dotted
    # Dot votes: `card_style.vote_marks` places the dots (and the number past five) from the
    # card's rectangle, straddling its top edge; 0 draws nothing.
    votes: int = 0

    @property
    def title_lines(self) -> tuple[str, ...]:
        return self.title.texts

    @property
    def chip(self) -> Rect | None:
        """Channel colour and icon; None when the card has no channel."""
        if not self.shown & SHOWS_CHIP:
            return None
        marks, rect = self.marks, self.rect
        return Rect(rect.x + marks.pad, rect.y + marks.pad, marks.chip, marks.chip)

    @property
    def effort_badge(self) -> Rect | None:
        """Five dots and the number, on the bottom edge; None without effort."""
        if self.effort is None:
            return None
        marks, rect = self.marks, self.rect
        middle = self._footer_middle()
        return Rect(
            rect.x + marks.pad,
            middle - marks.badge_height / 2,
            marks.badge_width,
            marks.badge_height,
        )

    @property
    def emotion_face(self) -> Rect | None:
        """A face, at the bottom right; None without emotion."""
        return self._right_marks()[0]

    @property
    def exit_point(self) -> Rect | None:
        """An exit mark, left of the face; None when the card is no exit point."""
        return self._right_marks()[1]

    @property
    def moment_of_truth(self) -> Rect | None:
        """A star mark, left of the exit mark; None when the card is no moment of truth."""
        return self._right_marks()[2]

    def _footer_middle(self) -> float:
        # On the bottom edge, so the marks of the cards of a grid row line up.
        marks, rect = self.marks, self.rect
        return rect.y + rect.height - marks.pad - marks.footer / 2

    def _right_marks(self) -> tuple[Rect | None, Rect | None, Rect | None]:
        """The face, the exit mark and the star, right to left from the right edge."""
        shown, emotion = self.shown, self.emotion
        if emotion is None and not shown & (SHOWS_STAR | SHOWS_EXIT):
            return None, None, None
        marks, rect = self.marks, self.rect
        middle = self._footer_middle()
        cursor = rect.x + rect.width - marks.pad
        face = exit_mark = star = None
        if emotion is not None:
            cursor -= marks.face
            face = Rect(cursor, middle - marks.face / 2, marks.face, marks.face)
            cursor -= MARK_GAP
        mark = marks.mark
        if shown & SHOWS_EXIT:
            cursor -= mark
            exit_mark = Rect(cursor, middle - mark / 2, mark, mark)
            cursor -= MARK_GAP
        if shown & SHOWS_STAR:
            cursor -= mark
            star = Rect(cursor, middle - mark / 2, mark, mark)
        return face, exit_mark, star


# How far apart two offsets may be and still draw the same (a hundred-thousandth of a point:
# the sums that place a card pushed along differ from a fresh layout's in the last bits).
SAME_PLACE = 1e-5


def drawn_alike(before: CardBox, after: CardBox) -> bool:
    """Whether `after` is `before` drawn somewhere else: the same size and everything painted
    on it the same, at the same place relative to its rectangle (a card pushed along by the
    cards above it in its cell, or by a lane row above that grew). A canvas then moves the
    picture it has instead of painting the card again."""
    a, b = before.rect, after.rect
    if a.width != b.width or a.height != b.height:
        return False
    if (
        before.marks != after.marks
        or before.shown != after.shown
        or before.colour != after.colour
        or before.icon != after.icon
        or before.effort != after.effort
        or before.emotion != after.emotion
        or before.evidence != after.evidence
        or before.votes != after.votes
    ):
        return False
    ta, tb = before.title, after.title
    if (
        ta.texts != tb.texts
        or ta.size != tb.size
        or ta.bold != tb.bold
        or ta.italic != tb.italic
        or ta.line_height != tb.line_height
        or ta.rect.width != tb.rect.width
        or ta.rect.height != tb.rect.height
        or (ta.xs is None) != (tb.xs is None)
    ):
        return False
    dx, dy = b.x - a.x, b.y - a.y
    offsets = [
        (ta.rect.x + dx, tb.rect.x),
        (ta.rect.y + dy, tb.rect.y),
        (ta.first_baseline + dy, tb.first_baseline),
    ]
    if ta.xs is not None and tb.xs is not None:
        if len(ta.xs) != len(tb.xs):
            return False
        offsets.extend((x + dx, y) for x, y in zip(ta.xs, tb.xs, strict=True))
    return all(abs(moved - there) <= SAME_PLACE for moved, there in offsets)


@dataclass(frozen=True, slots=True)
class LinkPath:
    link_id: str
    from_card: str
    to_card: str
    segments: tuple[CubicSegment, ...]  # from an edge of one card to an edge of the other
    arrow: tuple[Point, Point, Point]  # a filled triangle at the end, tip first
    # Beside: the label, placed along the path where it covers no card (nor another label).
    label: TextBlock | None
    # Numbered, when no such place exists: a marker numbered 1, 2 … on the path's middle and
    # a line for the links table ("Website → Store · reserves online"). One or the other.
    number: int | None = None
    marker: TextBlock | None = None  # the number, centred on the path; a circle round it
    listing: str = ""


class CurvePoint(NamedTuple):
    """One scored card on its persona's curve: the card it stands for, and where."""

    x: float
    y: float
    card_id: str
    emotion: int


@dataclass(frozen=True, slots=True)
class EmotionCurve:
    persona_id: str
    lane_id: str  # the lane whose `curve_zone` holds the curve
    zone: Rect
    baseline_y: float  # the neutral (0) level
    x_range: tuple[float, float]  # of the baseline: the whole stage area
    levels: tuple[float, ...]  # y of emotions −2, −1, 0, +1, +2 (guide lines, faces)
    points: tuple[CurvePoint, ...]  # in sequence order; x strictly increasing
    hot_spots: tuple[CurvePoint, ...]  # points at the minimum emotion, when it is ≤ −1
    segments: tuple[CubicSegment, ...]  # len(points) - 1 segments through the points


@dataclass(frozen=True, slots=True)
class HeatCell:
    persona_id: str
    stage_id: str
    rect: Rect
    mean_effort: float | None  # from model.metrics; None when no card of the cell has effort
    scored: int  # how many cards the mean is over
    figure: str = ""  # the mean as printed ("3,7" in French); "" when there is none
