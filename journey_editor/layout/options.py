"""The knobs of the layout: zoom-independent sizes in PDF points, and what to show.

Zoom is the view's business (a QGraphicsView transform, a PDF scale): the layout is always
computed at 100 %, so the screen and the printed page hold the same geometry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from journey_editor.layout.text import DEFAULT_MEASURE, TextMeasure

if TYPE_CHECKING:
    from journey_editor.model.entities import Card


@dataclass(frozen=True)
class LayoutLabels:
    """The few words the layout itself writes (legend, collapsed summary), so a translated UI
    can replace them. The map's own texts come from the project."""

    channels: str = "Channels"
    effort: str = "Effort"
    emotion: str = "Emotion"
    evidence: str = "Evidence"
    marks: str = "Marks"
    effort_values: tuple[str, ...] = ("1 effortless", "2", "3", "4", "5 very hard")
    emotion_values: tuple[str, ...] = ("−2", "−1", "0", "+1", "+2")
    evidence_values: tuple[str, ...] = ("observed", "assumed", "proposed")
    moment_of_truth: str = "moment of truth"
    exit_point: str = "exit point"
    votes: str = "dot votes"  # the marks' sample of votes (only on a map with votes)
    links: str = "Links"  # the legend's links section: a numbered marker, and where to look
    link_marker: str = "numbered link: listed on the Links page after the map"
    # {lanes} and {cards} are replaced by the collapsed persona's counts.
    collapsed_summary: str = "{lanes} lanes · {cards} cards"
    # Which lanes the emotion curves go through (see layout/curve_legend.py): {lanes} is the
    # list, of lane kinds (in the order of LANE_KINDS) and quoted lane names.
    emotion_curve: str = "Emotion curve: {lanes}"
    lane_kinds: tuple[str, ...] = (
        "touchpoints",
        "actions",
        "thoughts",
        "emotions",
        "pain points",
        "opportunities",
        "backstage",
        "notes",
    )
    lane_name: str = "“{name}”"
    list_last: str = "{items} and {last}"
    no_lane: str = "no lane"
    # The decimal mark of figures (effort strip); None: the map's own language decides.
    decimal_mark: str | None = None
    # The title block's line on a to-be map (Project.based_on): the as-is's title and file name;
    # the second when the as-is has no title.
    based_on: str = "To-be, based on «{title}» ({file})"
    based_on_file: str = "To-be, based on {file}"


@dataclass(frozen=True)
class CardFilter:
    """Which cards a layout shows (the canvas's filters, `view_filter.py`): those of one
    evidence level and / or with one tag; the others are left out as if absent."""

    evidence: str | None = None
    tag: str | None = None

    def shows(self, card: Card) -> bool:
        if self.evidence is not None and card.evidence != self.evidence:
            return False
        return self.tag is None or self.tag in card.tags


@dataclass(frozen=True)
class LayoutOptions:
    # --- columns --------------------------------------------------------------------------------
    stage_min_width: float = 170.0
    # A stage column widens (up to this) when its name does not fit on two lines.
    stage_max_width: float = 340.0
    persona_width: float = 150.0
    # What the persona header shows (a view setting: see `persona_header.persona_column`):
    # "full" name, role and quote; "name" name and role; "initials" the avatar alone.
    persona_header: str = "full"
    lane_label_width: float = 110.0

    # --- cells and cards ------------------------------------------------------------------------
    cell_padding: float = 8.0
    card_gap: float = 6.0
    card_padding: float = 5.0
    card_min_height: float = 34.0
    # A card never gets narrower than this; None = the width of a minimum stage column's cell.
    card_min_width: float | None = None
    # Past this many cards, a cell wraps its cards into several columns, if its stage column
    # is wide enough for two cards of `card_min_width`; otherwise the lane row grows.
    cards_per_column: int = 3
    title_max_lines: int = 4
    chip_size: float = 14.0
    badge_width: float = 36.0
    badge_height: float = 9.0
    face_size: float = 11.0
    mark_size: float = 9.0
    footer_gap: float = 3.0

    # --- fonts (points) -------------------------------------------------------------------------
    title_font_size: float = 10.0  # card titles, stage and persona names
    body_font_size: float = 8.0  # roles, quotes, lane names, phases, legend, link labels
    map_title_font_size: float = 16.0
    line_spacing: float = 1.2

    # --- header rows ----------------------------------------------------------------------------
    title_block: bool = True  # map title, client · author · date, and the legend
    legend: bool = True
    phase_height: float = 20.0  # the phase band; 0 when no stage has a phase
    stage_row_min_height: float = 30.0
    header_padding: float = 6.0
    title_block_padding: float = 10.0

    # --- persona bands --------------------------------------------------------------------------
    heat_strip_height: float = 6.0
    band_gap: float = 4.0
    collapsed_height: float = 30.0
    avatar_size: float = 18.0
    persona_padding: float = 8.0
    persona_name_max_lines: int = 3
    persona_role_max_lines: int = 3
    persona_quote_max_lines: int = 6
    lane_label_max_lines: int = 3

    # --- emotion curves and links ---------------------------------------------------------------
    show_emotion_curves: bool = True
    emotion_curve_height: float = 72.0
    # Room between the lane's edge and the ±2 levels, so a face at ±2 stays inside the row.
    emotion_curve_padding: float = 9.0
    # 0 = Catmull-Rom, 1 = straight segments; in between, flatter tangents.
    curve_tension: float = 0.0
    # True: horizontal tangents at peaks and troughs and no overshoot between two points, so a
    # hot spot's face sits exactly at the bottom of the curve. False: plain Catmull-Rom, only
    # clamped to the lane row.
    curve_monotone: bool = True
    show_links: bool = True
    link_label_max_width: float = 110.0
    arrow_length: float = 6.0
    arrow_half_width: float = 3.0

    # --- what to show ---------------------------------------------------------------------------
    collapsed_personas: frozenset[str] = frozenset()
    hidden_lane_kinds: frozenset[str] = frozenset()
    card_filter: CardFilter | None = None  # None: every card
    # Extra height at the bottom of some cells, as ((persona, lane, stage), points) pairs: room
    # for the cards another version had there (compare mode: `change_marks.ghost_room` works it
    # out, `change_marks.change_marks` puts the ghosts in it).
    cell_room: tuple[tuple[tuple[str, str, str], float], ...] = ()
    measure: TextMeasure = field(default=DEFAULT_MEASURE)
    labels: LayoutLabels = field(default_factory=LayoutLabels)

    def __post_init__(self) -> None:
        positive = ("stage_min_width", "persona_width", "card_min_height", "title_font_size")
        for name in positive:
            if getattr(self, name) <= 0:
                raise ValueError(f"LayoutOptions.{name} must be positive")
        if self.stage_max_width < self.stage_min_width:
            raise ValueError("LayoutOptions.stage_max_width is below stage_min_width")
        if self.card_width <= 0:
            raise ValueError("LayoutOptions: cell_padding leaves no room for a card")
        if self.persona_header not in ("full", "name", "initials"):
            raise ValueError(f"LayoutOptions.persona_header: unknown {self.persona_header!r}")
        if self.cards_per_column < 1 or self.title_max_lines < 1:
            raise ValueError("LayoutOptions: cards_per_column and title_max_lines must be ≥ 1")

    @cached_property
    def room_by_cell(self) -> dict[tuple[str, str, str], float]:
        """`cell_room` as a dictionary."""
        return dict(self.cell_room)

    @property
    def left_width(self) -> float:
        """The persona column and the lane-label column: frozen while scrolling sideways."""
        return self.persona_width + self.lane_label_width

    @property
    def card_width(self) -> float:
        if self.card_min_width is not None:
            return self.card_min_width
        return self.stage_min_width - 2 * self.cell_padding

    @property
    def empty_row_height(self) -> float:
        """A lane row with no card still has room for one, so it stays a drop target."""
        return 2 * self.cell_padding + self.card_min_height
