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


@dataclass(frozen=True, slots=True)
class CardBox:
    """A card's rectangle and everything painted on it, so painters need no lookups."""

    card_id: str
    rect: Rect
    cell: CellKey
    index: int  # position in the cell
    title: TextBlock  # wrapped, at most `title_max_lines`, the last ending in "…" if cut
    chip: Rect | None  # channel colour and icon; None when the card has no channel
    effort_badge: Rect | None  # five dots and the number; None without effort
    emotion_face: Rect | None  # a face; None without emotion
    moment_of_truth: Rect | None  # a star mark
    exit_point: Rect | None  # an exit mark
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
