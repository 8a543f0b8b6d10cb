"""Compare marks: where the differences between the map and another version of it are drawn
ON the map — for the canvas's compare mode, and for a PDF that shows the changes.

Pure geometry from plain data, like the rest of `layout/`: the caller says what changed
(`ChangeSet`: ids, cards as they were, fields old → new; `export/change_input.py` makes one from
a `compare.ProjectDiff`), this module says where each mark goes. It does not read a diff itself:
`compare/` and `layout/` are independent siblings (an import-linter contract), so the one
function that reads both lives a layer above them, in `export/`.

What goes where:
- **ghosts** — a removed card is drawn as a card in its old cell (persona, lane, stage), after
  the cell's real cards, in room the layout makes for it: `ghost_room(layout, gone)` gives the
  extra height per cell, to be laid out again with `LayoutOptions(cell_room=…)`; then
  `change_marks` puts each ghost, full cell width, one under the other, in that room. Room
  rather than an overlay at the old position: the cards that are there now would cover the
  ghost or be covered by it, and a ghost over a real card's text is unreadable. A ghost whose
  cell is gone (or hidden, or its persona collapsed) has no place and no mark.
- **badges** — a pill straddling the top edge of a card, right-aligned (half in the gap above
  the card, half in its top padding: over no text): "new", "removed" (on ghosts), "moved", or
  what changed ("effort 4 → 2 · emotion −1 → +1", cut with "…" to the card's width; `details`
  holds every line, for a tooltip). Headers (stage, persona, lane) get theirs in the first
  corner of the header where it covers none of the header's text.
- **arrows** — a card moved to another cell: from a small ring in its old cell (in the padding
  on the side facing the card) to the card's nearest edge, one cubic Bézier.
- **other curves** — each persona's emotion curve of the other version, redrawn in this map's
  curve zone: the points of the other layout's curve, x taken to the same place of the same
  stage's column here, y to this zone's level of the same emotion.

Coordinates: PDF points, y down, as the `MapLayout` they are computed from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from journey_editor.layout.boxes import CardBox, CellKey, CurvePoint, EmotionCurve, PersonaBand
from journey_editor.layout.cards import CardStyle, card_box, measure_card
from journey_editor.layout.curves import catmull_rom, emotion_levels
from journey_editor.layout.geometry import CubicSegment, Point, Rect
from journey_editor.layout.links import arrow_head
from journey_editor.layout.map_layout import MapLayout
from journey_editor.layout.text import ASCENT, DESCENT, TextBlock, TextWrapper
from journey_editor.model.entities import Card, Channel
from journey_editor.model.short_text import shorten
from journey_editor.model.types import EMOTION_RANGE

# --- the look both painters read ---------------------------------------------------------------

BADGE_FONT_SIZE = 8.0
BADGE_HEIGHT = 10.0  # straddling a card's top edge, 5 pt into it: its padding, above the text
BADGE_PADDING = 3.5  # text to the pill's ends
BADGE_INSET = 6.0  # from the card's right edge
HEADER_BADGE_INSET = 3.0  # from a header's edges
ARROW_RING = 2.6  # radius of the ring marking where a moved card was
GHOST_OPACITY = 0.45

# Fill and text of each sort of badge; colour is never the only carrier (each says its word).
BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "added": ("#1b7a3d", "#ffffff"),
    "changed": ("#b45f06", "#ffffff"),
    "moved": ("#5b4a9e", "#ffffff"),
    "removed": ("#6b7480", "#ffffff"),
    # A merge conflict left to settle (ui/conflicts/): its own colour, and its own side of
    # the card (left), so a card compared and in conflict shows both badges.
    "conflict": ("#b3261e", "#ffffff"),
}
GHOST_BORDER = "#6b7480"
ARROW_COLOUR = "#5b4a9e"
OTHER_CURVE_COLOUR = "#8a95a3"

BadgeSort = Literal["added", "changed", "moved", "removed", "conflict"]
TargetKind = Literal["card", "ghost", "stage", "persona", "lane"]


# --- what changed (the input) ------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    """One field of an object, as the files hold it (JSON values). For a field naming another
    object (a card's channel), `old` and `new` are that object's name."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class GoneCard:
    """A card only the other version has: as it was there, with its channel (for the chip)
    and its cell and position in that version."""

    card: Card
    channel: Channel | None
    cell: CellKey
    index: int


@dataclass(frozen=True)
class MovedCard:
    """A card in another cell than in the other version: its cell there, and the names of that
    place (persona, lane, stage) for the words."""

    card_id: str
    cell: CellKey
    names: tuple[str, str, str]


@dataclass(frozen=True)
class ChangeSet:
    """What differs, by id: `added` objects only this map has (cards, stages, personas,
    lanes), `gone` cards only the other has, `changed` fields per object (cards, stages,
    personas, lanes), `moved` cards (another cell) and `reordered` cards (same cell, another
    position: old and new index)."""

    added: frozenset[str] = frozenset()
    gone: tuple[GoneCard, ...] = ()
    changed: Mapping[str, tuple[FieldChange, ...]] = field(default_factory=dict)
    moved: Mapping[str, MovedCard] = field(default_factory=dict)
    reordered: Mapping[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class MarkWords:
    """The words the marks write, English by default; the interface passes its translation.
    `fields` names the fields ("effort" → "effort"); `values` words the values of kinds and
    evidence levels; `text_fields` are written by name only on a badge (a title is too long
    for one), in full in `details`."""

    added: str = "new"
    removed: str = "removed"
    moved: str = "moved"
    moved_from: str = "moved from {place}"
    place: str = "stage «{stage}», lane «{lane}»"
    place_with_persona: str = "persona «{persona}», stage «{stage}», lane «{lane}»"
    position: str = "position {old} → {new}"
    change: str = "{field} {old} → {new}"
    text_change: str = "{field} changed"
    separator: str = " · "
    yes: str = "yes"
    no: str = "no"
    none: str = "none"
    empty: str = "(empty)"
    fields: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, str] = field(default_factory=dict)
    text_fields: frozenset[str] = frozenset(
        {"title", "description", "name", "role", "quote", "goals", "frustrations", "tags"}
        | {"attributes", "phase", "colour"}
    )

    def field_name(self, name: str) -> str:
        return self.fields.get(name, name.replace("_", " "))


# --- where the marks go (the output) -----------------------------------------------------------


@dataclass(frozen=True)
class GhostCard:
    """A removed card drawn as it was, in the room of its old cell (`box.card_id` is its id;
    no card of this map has it)."""

    box: CardBox


@dataclass(frozen=True)
class Badge:
    """A pill with a short text on a card, a ghost or a header; `details` are the full lines
    (a tooltip, a footnote)."""

    target: str
    target_kind: TargetKind
    sort: BadgeSort
    rect: Rect
    label: TextBlock
    details: tuple[str, ...]


@dataclass(frozen=True)
class MoveArrow:
    """From where a moved card was (`origin`: the centre of a small ring in its old cell) to
    the card: one cubic Bézier and an arrow head at the card's edge."""

    card_id: str
    old_cell: CellKey
    origin: Point
    segment: CubicSegment
    head: tuple[Point, Point, Point]


@dataclass(frozen=True)
class OtherCurve:
    """A persona's emotion curve in the other version, in this map's curve zone."""

    persona_id: str
    points: tuple[CurvePoint, ...]
    segments: tuple[CubicSegment, ...]


@dataclass(frozen=True)
class ChangeMarks:
    ghosts: tuple[GhostCard, ...] = ()
    badges: tuple[Badge, ...] = ()
    arrows: tuple[MoveArrow, ...] = ()
    curves: tuple[OtherCurve, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.ghosts or self.badges or self.arrows or self.curves)


# --- room for the ghosts -----------------------------------------------------------------------


def ghost_room(layout: MapLayout, gone: Sequence[GoneCard]) -> tuple[tuple[CellKey, float], ...]:
    """The extra height each cell needs for the ghosts of `gone` (for `LayoutOptions.cell_room`),
    sorted, so the same changes give an equal value. Only cells the layout shows get room."""
    options = layout.options
    style = CardStyle.from_options(options)
    wrapper = TextWrapper(options.measure)
    room: dict[CellKey, float] = {}
    for ghost in gone:
        cell = layout.cells.get(ghost.cell)
        if cell is None:
            continue
        width = _ghost_width(cell.rect.width, layout)
        height = measure_card(ghost.card, width, ghost.channel is not None, style, wrapper).height
        room[ghost.cell] = room.get(ghost.cell, 0.0) + options.card_gap + height
    return tuple(sorted(room.items()))


def _ghost_width(cell_width: float, layout: MapLayout) -> float:
    return cell_width - 2 * layout.options.cell_padding


# --- the marks ---------------------------------------------------------------------------------


def change_marks(
    layout: MapLayout,
    changes: ChangeSet,
    other: MapLayout | None = None,
    words: MarkWords | None = None,
) -> ChangeMarks:
    """Every mark of `changes` on `layout` (laid out with the room of `ghost_room`), and the
    other version's curves from `other` (its layout, with the same options). Ids that `layout`
    does not show (a hidden lane, a collapsed persona, a card deleted since) get no mark."""
    words = words or MarkWords()
    placer = _Placer(layout, words)
    ghosts = placer.ghosts(changes.gone)
    badges = [placer.ghost_badge(ghost) for ghost in ghosts]
    badges += placer.card_badges(changes)
    badges += placer.header_badges(changes)
    arrows = tuple(
        arrow
        for card_id, moved in changes.moved.items()
        if (arrow := move_arrow(layout, card_id, moved.cell)) is not None
    )
    curves = other_curves(layout, other) if other is not None else ()
    return ChangeMarks(tuple(ghosts), tuple(b for b in badges if b is not None), arrows, curves)


def conflict_marks(
    layout: MapLayout, conflicts: Mapping[str, tuple[str, tuple[str, ...]]]
) -> ChangeMarks:
    """A "conflict" badge on each card and header of `conflicts` (id → the badge's text and
    its tooltip lines) that `layout` shows: on a card's top edge, left-aligned (a compare
    badge keeps the right), at most half the card wide; on a header, in a free corner."""
    placer = _Placer(layout, MarkWords())
    badges: list[Badge] = []
    for card_id, box in layout.cards.items():
        if card_id in conflicts:
            text, details = conflicts[card_id]
            badges.append(placer.card_badge(box, "conflict", text, details, left=True))
    badges += placer.marked_headers(conflicts, "conflict")
    return ChangeMarks(badges=tuple(badges))


class _Placer:
    def __init__(self, layout: MapLayout, words: MarkWords) -> None:
        self.layout = layout
        self.words = words
        self.options = layout.options
        self.style = CardStyle.from_options(layout.options)
        self.wrapper = TextWrapper(layout.options.measure)

    # --- ghosts ---------------------------------------------------------------------------------

    def ghosts(self, gone: Sequence[GoneCard]) -> list[GhostCard]:
        layout, options = self.layout, self.options
        by_cell: dict[CellKey, list[GoneCard]] = {}
        for ghost in gone:
            if ghost.cell in layout.cells and ghost.card.id not in layout.cards:
                by_cell.setdefault(ghost.cell, []).append(ghost)
        placed = []
        for key, cell_ghosts in by_cell.items():
            cell = layout.cells[key]
            real = layout.cell_cards(key)
            pad, gap = options.cell_padding, options.card_gap
            y = max(box.rect.bottom for box in real) + gap if real else cell.content.y + pad
            x, width = cell.rect.x + pad, _ghost_width(cell.rect.width, layout)
            for offset, ghost in enumerate(sorted(cell_ghosts, key=lambda g: g.index)):
                card, channel = ghost.card, ghost.channel
                content = measure_card(card, width, channel is not None, self.style, self.wrapper)
                index = len(real) + offset
                box = card_box(card, x, y, width, content, channel, key, index, self.style)
                placed.append(GhostCard(box))
                y += content.height + gap
        return placed

    def ghost_badge(self, ghost: GhostCard) -> Badge:
        return self._card_badge(ghost.box, "ghost", "removed", [self.words.removed], ())

    # --- cards ----------------------------------------------------------------------------------

    def card_badges(self, changes: ChangeSet) -> list[Badge | None]:
        words, cards = self.words, self.layout.cards
        ids = [i for i in cards if i in changes.added or i in changes.changed]
        ids += [i for i in cards if i in changes.moved or i in changes.reordered]
        badges = []
        seen: set[str] = set()
        for card_id in ids:
            if card_id in seen:
                continue
            seen.add(card_id)
            box = cards[card_id]
            if card_id in changes.added:
                badges.append(self._card_badge(box, "card", "added", [words.added], ()))
                continue
            short: list[str] = []
            details: list[str] = []
            moved = changes.moved.get(card_id)
            if moved is not None:
                short.append(words.moved)
                details.append(words.moved_from.format(place=self._place_words(moved, box)))
            reordered = changes.reordered.get(card_id)
            if reordered is not None:
                text = words.position.format(old=reordered[0] + 1, new=reordered[1] + 1)
                short.append(text)
                details.append(text)
            for change in changes.changed.get(card_id, ()):
                short.append(self.short_change(change))
                details.append(self.full_change(change))
            sort: BadgeSort = "changed" if changes.changed.get(card_id) else "moved"
            badges.append(self._card_badge(box, "card", sort, short, tuple(details)))
        return badges

    def _place_words(self, moved: MovedCard, box: CardBox) -> str:
        persona, lane, stage = moved.names
        if moved.cell[0] != box.cell[0]:
            return self.words.place_with_persona.format(persona=persona, lane=lane, stage=stage)
        return self.words.place.format(lane=lane, stage=stage)

    def _card_badge(
        self,
        box: CardBox,
        kind: TargetKind,
        sort: BadgeSort,
        short: list[str],
        details: tuple[str, ...],
    ) -> Badge:
        card = box.rect
        limit = card.width - 2 * BADGE_INSET
        text, width = self._fit(self.words.separator.join(short), limit)
        x = card.right - BADGE_INSET - width
        rect = Rect(x, card.y - BADGE_HEIGHT / 2, width, BADGE_HEIGHT)
        return Badge(box.card_id, kind, sort, rect, self._label(text, rect), details or (text,))

    def card_badge(
        self, box: CardBox, sort: BadgeSort, text: str, details: tuple[str, ...], left: bool
    ) -> Badge:
        """One badge of `text` on a card; `left`: from its left edge, at most half its width."""
        if not left:
            return self._card_badge(box, "card", sort, [text], details)
        card = box.rect
        text, width = self._fit(text, card.width / 2 - BADGE_INSET)
        rect = Rect(card.x + BADGE_INSET, card.y - BADGE_HEIGHT / 2, width, BADGE_HEIGHT)
        return Badge(box.card_id, "card", sort, rect, self._label(text, rect), details or (text,))

    # --- headers --------------------------------------------------------------------------------

    def _headers(self) -> list[tuple[str, TargetKind, Rect, tuple[TextBlock | None, ...]]]:
        layout = self.layout
        headers: list[tuple[str, TargetKind, Rect, tuple[TextBlock | None, ...]]] = []
        for stage in layout.stages:
            headers.append((stage.stage_id, "stage", stage.rect, (stage.name,)))
        for band in layout.personas:
            head = band.header
            headers.append(
                (band.persona_id, "persona", head.rect, (head.name, head.role, head.quote))
            )
            headers += [(row.lane_id, "lane", row.label_rect, (row.label,)) for row in _lanes(band)]
        return headers

    def marked_headers(
        self, marked: Mapping[str, tuple[str, tuple[str, ...]]], sort: BadgeSort
    ) -> list[Badge]:
        """A badge of the given text on each header `marked` names."""
        badges = []
        for object_id, kind, rect, texts in self._headers():
            if object_id not in marked:
                continue
            text, details = marked[object_id]
            text, width = self._fit(text, rect.width - 2 * HEADER_BADGE_INSET)
            spot = _free_corner(rect, width, [t for t in texts if t is not None], self.wrapper)
            badges.append(
                Badge(object_id, kind, sort, spot, self._label(text, spot), details or (text,))
            )
        return badges

    def header_badges(self, changes: ChangeSet) -> list[Badge | None]:
        words = self.words
        badges: list[Badge | None] = []
        for object_id, kind, rect, texts in self._headers():
            if object_id in changes.added:
                short, details = [words.added], ()
                sort: BadgeSort = "added"
            elif changes.changed.get(object_id):
                fields = changes.changed[object_id]
                short = [self.short_change(change) for change in fields]
                details = tuple(self.full_change(change) for change in fields)
                sort = "changed"
            else:
                continue
            limit = rect.width - 2 * HEADER_BADGE_INSET
            text, width = self._fit(words.separator.join(short), limit)
            spot = _free_corner(rect, width, [t for t in texts if t is not None], self.wrapper)
            badges.append(Badge(object_id, kind, sort, spot, self._label(text, spot), details))
        return badges

    # --- words ----------------------------------------------------------------------------------

    def short_change(self, change: FieldChange) -> str:
        words = self.words
        if change.field in words.text_fields:
            return words.field_name(change.field)
        return words.change.format(
            field=words.field_name(change.field),
            old=self.value(change.old, change.field, 16),
            new=self.value(change.new, change.field, 16),
        )

    def full_change(self, change: FieldChange) -> str:
        words = self.words
        if change.field == "attributes":
            return words.text_change.format(field=words.field_name(change.field))
        return words.change.format(
            field=words.field_name(change.field),
            old=self.value(change.old, change.field, 60),
            new=self.value(change.new, change.field, 60),
        )

    def value(self, value: Any, field_name: str, limit: int) -> str:
        words = self.words
        if value is None:
            return words.none
        if isinstance(value, bool):
            return words.yes if value else words.no
        if isinstance(value, int) and field_name == "emotion":
            return f"+{value}" if value > 0 else f"−{-value}" if value < 0 else "0"
        if isinstance(value, int | float):
            return str(value)
        if isinstance(value, str):
            if field_name in ("evidence", "kind"):
                return words.values.get(value, value)
            return f"«{shorten(value, limit)}»" if value else words.empty
        if isinstance(value, list):
            shown = ", ".join(f"«{shorten(str(item), limit)}»" for item in value)
            return shown or words.empty
        return shorten(str(value), limit)

    def _fit(self, text: str, limit: float) -> tuple[str, float]:
        room = max(0.0, limit - 2 * BADGE_PADDING)
        text = self.wrapper.fit_line(text, room, BADGE_FONT_SIZE)
        return text, self.wrapper.width(text, BADGE_FONT_SIZE) + 2 * BADGE_PADDING

    def _label(self, text: str, rect: Rect) -> TextBlock:
        size = BADGE_FONT_SIZE
        # One line, centred in the pill: the glyphs' box (ascent + descent) in its middle.
        baseline = rect.y + rect.height / 2 + size * (ASCENT - DESCENT) / 2
        return TextBlock(
            (text,), rect, size, False, False, rect.height, baseline, (rect.x + BADGE_PADDING,)
        )


def _lanes(band: PersonaBand):
    return band.lanes if not band.collapsed else ()


def _free_corner(rect: Rect, width: float, blocks: list[TextBlock], wrapper: TextWrapper) -> Rect:
    """A badge `width` wide inside a header `rect`: the first corner (top right, bottom right,
    top left, bottom left) where it covers none of the header's text lines; top right when
    every corner does."""
    inset, height = HEADER_BADGE_INSET, BADGE_HEIGHT
    left, right = rect.x + inset, rect.right - inset - width
    top, bottom = rect.y + inset, rect.bottom - inset - height
    corners = [Rect(x, y, width, height) for y, x in ((top, right), (bottom, right))]
    corners += [Rect(x, y, width, height) for y, x in ((top, left), (bottom, left))]
    boxes = [
        Rect(line.x, line.baseline - block.size, wrapper.width(line.text, block.size), block.size)
        for block in blocks
        for line in block.lines
    ]
    for corner in corners:
        if not any(corner.intersects(box) for box in boxes):
            return corner
    return corners[0]


# --- arrows ------------------------------------------------------------------------------------


def move_arrow(layout: MapLayout, card_id: str, old_cell: CellKey) -> MoveArrow | None:
    """The arrow from `old_cell` to the card, or None when either is not shown or the card is
    in that cell now.

    It starts in the middle of the old cell's bottom padding, which no card (nor ghost) covers,
    and ends on the card's nearest edge: its left or right edge for another column (horizontal
    handles), its top or bottom edge in the same column (vertical ones). Painters draw it
    under the cards: where it crosses one, the card hides it."""
    box = layout.cards.get(card_id)
    cell = layout.cells.get(old_cell)
    if box is None or cell is None or box.cell == old_cell:
        return None
    pad = layout.options.cell_padding
    content, b = cell.content, box.rect
    start = Point(content.x + content.width / 2, content.bottom - pad / 2)
    if b.x >= content.right or b.right <= content.x:  # another column: sideways
        rightwards = b.x >= content.right
        end = Point(b.x if rightwards else b.right, b.y + b.height / 2)
        handle = max(18.0, abs(end.x - start.x) / 2) * (1 if rightwards else -1)
        segment = CubicSegment(
            start, Point(start.x + handle, start.y), Point(end.x - handle, end.y), end
        )
    else:  # the same column: up or down
        end = Point(b.x + b.width / 2, b.y if b.y >= start.y else b.bottom)
        third = (end.y - start.y) / 3
        segment = CubicSegment(
            start, Point(start.x, start.y + third), Point(end.x, end.y - third), end
        )
    return MoveArrow(card_id, old_cell, start, segment, arrow_head(segment, layout.options))


# --- the other version's curves ----------------------------------------------------------------


def other_curves(layout: MapLayout, other: MapLayout) -> tuple[OtherCurve, ...]:
    """The curves of `other` moved into `layout`'s curve zones (personas both show); none
    for a persona whose curve is the same in both (it would hide under this map's own)."""
    bands = {band.persona_id: band for band in layout.personas}
    own = {curve.persona_id: curve.points for curve in layout.emotion_curves}
    stages = {box.stage_id: box for box in layout.stages}
    other_stages = {box.stage_id: box for box in other.stages}
    options = layout.options
    curves = []
    for curve in other.emotion_curves:
        band = bands.get(curve.persona_id)
        zone = _curve_zone(band) if band is not None else None
        if zone is None:
            continue
        levels = emotion_levels(zone, options.emotion_curve_padding)
        points = _moved_points(curve, other, other_stages, stages, levels)
        if not points or _same_line(points, own.get(curve.persona_id, ())):
            continue
        segments = catmull_rom(
            [Point(p.x, p.y) for p in points],
            tension=options.curve_tension,
            monotone=options.curve_monotone,
            y_limits=(levels[-1], levels[0]),
        )
        curves.append(OtherCurve(curve.persona_id, tuple(points), segments))
    return tuple(curves)


def _same_line(points: list[CurvePoint], own: tuple[CurvePoint, ...]) -> bool:
    return len(points) == len(own) and all(
        abs(a.x - b.x) < 0.5 and a.emotion == b.emotion for a, b in zip(points, own, strict=True)
    )


def _curve_zone(band: PersonaBand) -> Rect | None:
    return next((row.curve_zone for row in band.lanes if row.curve_zone is not None), None)


def _moved_points(
    curve: EmotionCurve,
    other: MapLayout,
    other_stages: dict,
    stages: dict,
    levels: tuple[float, ...],
) -> list[CurvePoint]:
    lowest = EMOTION_RANGE[0]
    points = []
    for point in curve.points:
        box = other.cards.get(point.card_id)
        if box is None:
            continue
        stage_id = box.cell[2]
        there, here = other_stages.get(stage_id), stages.get(stage_id)
        if there is None or here is None:
            continue
        share = (point.x - there.rect.x) / there.rect.width if there.rect.width else 0.5
        x = here.rect.x + share * here.rect.width
        points.append(CurvePoint(x, levels[point.emotion - lowest], point.card_id, point.emotion))
    points.sort(key=lambda p: p.x)
    # x must increase strictly for the curve: two points on one vertical (stages that changed
    # order) are nudged apart by a hair.
    for i in range(1, len(points)):
        if points[i].x <= points[i - 1].x:
            points[i] = points[i]._replace(x=points[i - 1].x + 0.01)
    return points


__all__ = [
    "ARROW_COLOUR",
    "BADGE_COLOURS",
    "GHOST_BORDER",
    "GHOST_OPACITY",
    "OTHER_CURVE_COLOUR",
    "Badge",
    "ChangeMarks",
    "ChangeSet",
    "FieldChange",
    "GhostCard",
    "GoneCard",
    "MarkWords",
    "MoveArrow",
    "MovedCard",
    "OtherCurve",
    "change_marks",
    "conflict_marks",
    "ghost_room",
    "move_arrow",
    "other_curves",
]
