"""Change marks on map B: where each badge goes, relative to the MapLayout's boxes.

Pure geometry (no Qt, no reportlab), so the canvas can draw the very same marks: it needs a
MapLayout and a ProjectDiff, and `layout` and `compare` are independent siblings, so the
function that takes both lives here, above them.

    marks = change_marks(layout, diff, ChangeWords("fr"))
    for badge in marks.badges: badge.kind, badge.rect, badge.text, badge.baseline

What a card carries (layout points, y down; nothing covers a title line or a footer mark):

      ┌ − 1 card removed ┐          ┌ + new ┐   top edge: the card itself (new, or what
    ┌─┴──────────────────┴──────────┴───────┴─┐  changed: "~ effort 3 → 2 · emotion −1 → +1",
    │▌[icon] Title, wrapped as the layout did  │  shortened to fit, the table has them all);
    │▌●●●○○ 3                       ★ ⇥ (☺)    │  left of it, on a cell's first card, how many
    └─┬──────────────────┬─────────────────────┘  cards of the cell B no longer has
      └ ↳ from «Achat» ┘                           bottom edge: where a moved card came from

A badge straddles the card's edge: BADGE_OUT points in the gap around the card (cell padding
and card gap are 8 and 6 points), BADGE_IN points over the card's padding, above the first
title line's accents and below the footer. Top badges sit right, bottom badges left, so the
bottom badge of one card and the top badge of the card under it (which share a card gap)
meet only when both are long, and then the bottom one is shortened. Stage, persona and lane
headers that are new or changed carry a badge in a free corner (none when their name fills
the corners: the table lists them anyway). Removed cards are not drawn: B has no place for
them; the cell they left says how many.

Black and white: each kind has its own shape and sign, not only its colour: new = a filled
dark badge with "+", changed = a solid outline with "~", moved = a dashed outline with "↳",
removed = a dotted outline with "−".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from journey_editor.compare import (
    Added,
    Changed,
    Difference,
    Moved,
    ProjectDiff,
    Removed,
)
from journey_editor.export.change_words import ChangeWords
from journey_editor.layout import DEFAULT_MEASURE, MapLayout, Rect, TextBlock, TextWrapper
from journey_editor.layout.text import ASCENT, DESCENT

BadgeKind = Literal["added", "changed", "moved", "removed"]
Edge = Literal["top", "bottom", "corner"]

SIZE = 6.0  # badge text, points (as printed at 100 %)
HEIGHT = 8.0
PAD_X = 2.5  # between the badge's rounded end and its text
BADGE_OUT = 5.0  # a card badge's part outside the card (the gaps are 6 and 8 points)
BADGE_IN = HEIGHT - BADGE_OUT  # its part over the card (the card padding is 5 points)
INSET = 6.0  # between a card's side and its badge (the rounded corner, the channel strip)
SPACE = 3.0  # between two badges on one edge
MIN_WIDTH = 2 * PAD_X + 12.0  # a badge narrower than this says nothing: left out
CORNER_INSET = 2.0  # header badges: from the header box's corner
_WRAPPER = TextWrapper(DEFAULT_MEASURE)


@dataclass(frozen=True)
class BadgeStyle:
    """How a kind of badge looks, for any painter ("#RRGGBB"; dashes in points at SIZE, ()
    solid; a dash of length 0 with round caps is a dot)."""

    fill: str
    line: str
    text: str
    dash: tuple[float, ...]
    bold: bool
    line_width: float = 0.8


STYLES: dict[str, BadgeStyle] = {
    # Dark and filled: reads as "new" in grey too; white text, a white rim on dark headers.
    "added": BadgeStyle("#00664a", "#ffffff", "#ffffff", (), True, 0.6),
    "changed": BadgeStyle("#fff1e0", "#b34700", "#17202b", (), False),
    "moved": BadgeStyle("#ffffff", "#0057a0", "#17202b", (2.2, 1.3), False),
    "removed": BadgeStyle("#ffffff", "#8a1c1c", "#17202b", (0.0, 1.7), False, 0.9),
}


@dataclass(frozen=True)
class Badge:
    """One mark: its box, its text on one line starting at (x, baseline), at `size`."""

    kind: BadgeKind
    rect: Rect
    text: str
    x: float
    baseline: float
    size: float
    edge: Edge
    object_id: str  # the card (stage, persona, lane) it marks; for "removed", the first card
    # of its cell, or the cell's stage id when the cell is empty


@dataclass(frozen=True)
class ChangeMarks:
    badges: tuple[Badge, ...]
    # Cards of the diff's places that are on the map (for tests and the canvas): id → kind
    marked: dict[str, BadgeKind]

    def __bool__(self) -> bool:
        return bool(self.badges)


def text_width(text: str, size: float = SIZE, bold: bool = False) -> float:
    return _WRAPPER.width(text, size, bold)


def make_badge(
    kind: BadgeKind,
    text: str,
    left: float,
    top: float,
    max_width: float,
    edge: Edge,
    object_id: str,
    size: float = SIZE,
    height: float = HEIGHT,
) -> Badge | None:
    """A badge at (left, top) as wide as `text` needs, at most `max_width` (the text then ends
    in "…"); None when even "…" would not fit."""
    pad = PAD_X * size / SIZE
    if max_width < MIN_WIDTH * size / SIZE:
        return None
    bold = STYLES[kind].bold
    shown = _WRAPPER.fit_line(text, max_width - 2 * pad, size, bold)
    if not shown:
        return None
    width = text_width(shown, size, bold) + 2 * pad
    # The glyphs (ascent + descent) centred in the badge's height.
    baseline = top + (height - (ASCENT + DESCENT) * size) / 2 + ASCENT * size
    return Badge(
        kind, Rect(left, top, width, height), shown, left + pad, baseline, size, edge, object_id
    )


def _moved_right(badge: Badge, right: float) -> Badge:
    """`badge` moved so that its right side is at `right`."""
    dx = right - badge.rect.right
    rect = Rect(badge.rect.x + dx, badge.rect.y, badge.rect.width, badge.rect.height)
    return Badge(
        badge.kind,
        rect,
        badge.text,
        badge.x + dx,
        badge.baseline,
        badge.size,
        badge.edge,
        badge.object_id,
    )


# --- what each card carries -----------------------------------------------------------------


@dataclass
class _CardMarks:
    added: bool = False
    changed: list[Changed] | None = None
    moved: Moved | None = None


def _card_marks(changes: Iterable[Difference]) -> dict[str, _CardMarks]:
    marks: dict[str, _CardMarks] = {}
    for change in changes:
        if isinstance(change, Added | Changed | Moved) and change.ref.kind == "card":
            mark = marks.setdefault(change.ref.id, _CardMarks())
            if isinstance(change, Added):
                mark.added = True
            elif isinstance(change, Changed):
                mark.changed = [*(mark.changed or []), change]
            elif change.how in ("cell", "position"):  # "order": nothing shows on the map
                mark.moved = change
    return {key: mark for key, mark in marks.items() if mark.added or mark.changed or mark.moved}


def _removed_per_cell(changes: Iterable[Difference]) -> dict[tuple[str, str, str], int]:
    cells: dict[tuple[str, str, str], int] = {}
    for change in changes:
        if isinstance(change, Removed) and change.ref.kind == "card" and change.place:
            cells[change.place.cell] = cells.get(change.place.cell, 0) + 1
    return cells


def change_marks(layout: MapLayout, diff: ProjectDiff, words: ChangeWords) -> ChangeMarks:
    """The badges for the changes of `diff` (A → B) on `layout` (a layout of B, or of part of
    B: objects it does not show get no badge)."""
    per_card = _card_marks(diff.changes)
    removed = _removed_per_cell(diff.changes)
    badges: list[Badge] = []
    marked: dict[str, BadgeKind] = {}

    # Top edge of a cell's first card (or the empty cell): "− N cards removed", on the left.
    removed_badges: dict[str, Badge] = {}
    for key, count in removed.items():
        cell = layout.cells.get(key)
        if cell is None:
            continue  # the persona, lane or stage is gone too: the table lists the cards
        text = words.badge_removed(count)
        if cell.card_ids:
            first = layout.cards[cell.card_ids[0]].rect
            left, top = first.x + INSET, first.y - BADGE_OUT
            room = first.width - 2 * INSET
            owner = cell.card_ids[0]
        else:
            left, top = cell.content.x + INSET, cell.content.y + 2.0
            room = cell.content.width - 2 * INSET
            owner = key[2]
        badge = make_badge("removed", text, left, top, room, "top", owner)
        if badge is not None:
            removed_badges[owner] = badge
            badges.append(badge)

    # Top edge: new, or what changed, on the right; bottom edge: where it came from, on the left.
    tops: dict[str, Badge] = {}
    for card_id, mark in per_card.items():
        box = layout.cards.get(card_id)
        if box is None:
            continue
        marked[card_id] = "added" if mark.added else "changed" if mark.changed else "moved"
        rect = box.rect
        if mark.added or mark.changed:
            kind: BadgeKind = "added" if mark.added else "changed"
            texts = [words.badge_new()] if mark.added else _field_texts(mark.changed, words)
            left_limit = rect.x + INSET
            beside = removed_badges.get(card_id)
            if beside is not None:
                left_limit = beside.rect.right + SPACE
            room = rect.right - INSET - left_limit
            text = _fitting(texts, room, kind)
            badge = make_badge(kind, text, left_limit, rect.y - BADGE_OUT, room, "top", card_id)
            if badge is not None:
                badge = _moved_right(badge, rect.right - INSET)
                tops[card_id] = badge
                badges.append(badge)
    for card_id, mark in per_card.items():
        box = layout.cards.get(card_id)
        if box is None or mark.moved is None or mark.added:
            continue
        rect = box.rect
        right_limit = rect.right - INSET
        top = rect.bottom - BADGE_IN
        for other in _cards_below(layout, card_id):
            badge_above = tops.get(other) or removed_badges.get(other)
            if badge_above is not None and badge_above.rect.y < top + HEIGHT:
                right_limit = min(right_limit, badge_above.rect.x - SPACE)
        room = right_limit - (rect.x + INSET)
        badge = make_badge(
            "moved", words.badge_moved(mark.moved), rect.x + INSET, top, room, "bottom", card_id
        )
        if badge is not None:
            badges.append(badge)

    badges.extend(_header_badges(layout, diff, words))
    return ChangeMarks(tuple(badges), marked)


def _field_texts(records: list[Changed] | None, words: ChangeWords) -> list[str]:
    """What changed, with values, then with the fields' names only (for little room)."""
    return [words.badge_fields(records or []), words.badge_fields(records or [], values=False)]


def _fitting(texts: list[str], room: float, kind: BadgeKind) -> str:
    """The first of `texts` that fits `room` whole, else the last (to be shortened)."""
    bold = STYLES[kind].bold
    for text in texts:
        if text_width(text, SIZE, bold) + 2 * PAD_X <= room:
            return text
    return texts[-1]


def _cards_below(layout: MapLayout, card_id: str) -> list[str]:
    """The cards of the same cell right under `card_id` (sharing its card gap)."""
    box = layout.cards[card_id]
    cell = layout.cells.get(box.cell)
    if cell is None:
        return []
    below = []
    for other_id in cell.card_ids:
        other = layout.cards[other_id].rect
        overlaps = other.x < box.rect.right and box.rect.x < other.right
        if overlaps and 0 <= other.y - box.rect.bottom <= 2 * HEIGHT:
            below.append(other_id)
    return below


# --- stage, persona and lane headers --------------------------------------------------------


def _header_badges(layout: MapLayout, diff: ProjectDiff, words: ChangeWords) -> list[Badge]:
    added: set[tuple[str, str]] = set()
    changed: dict[tuple[str, str], list[Changed]] = {}
    for change in diff.changes:
        if isinstance(change, Added):
            added.add((change.ref.kind, change.ref.id))
        elif isinstance(change, Changed) and change.ref.kind in ("stage", "persona", "lane"):
            changed.setdefault((change.ref.kind, change.ref.id), []).append(change)
    if not added and not changed:
        return []
    places: list[tuple[str, str, Rect, list[TextBlock | None], list[Rect]]] = []
    for stage in layout.stages:
        places.append(("stage", stage.stage_id, stage.rect, [stage.name], []))
    for band in layout.personas:
        header = band.header
        blocks = [header.name, header.role, header.quote]
        places.append(("persona", band.persona_id, header.rect, blocks, [header.avatar]))
        for lane in band.lanes:
            places.append(("lane", lane.lane_id, lane.label_rect, [lane.label], []))
    badges = []
    for kind, object_id, rect, blocks, shapes in places:
        key = (kind, object_id)
        if key in added:
            badge_kind: BadgeKind = "added"
            texts = [words.badge_new()]
        elif key in changed:
            badge_kind = "changed"
            texts = _field_texts(changed[key], words)
        else:
            continue
        badge = _corner_badge(badge_kind, texts, rect, blocks, shapes, object_id)
        if badge is not None:
            badges.append(badge)
    return badges


def _corner_badge(
    kind: BadgeKind,
    texts: list[str],
    rect: Rect,
    blocks: list[TextBlock | None],
    shapes: list[Rect],
    object_id: str,
) -> Badge | None:
    """A badge in a corner of `rect` (top right, bottom right, bottom left, top left) beside
    `blocks`' lines and `shapes`, never over them: the first corner where the first of `texts`
    fits whole, else the next text; else the roomiest corner, the last text shortened ("…")."""
    inked = [*shapes]
    for block in blocks:
        if block is None:
            continue
        for line in block.lines:
            width = _WRAPPER.width(line.text, block.size, block.bold)
            top = line.baseline - ASCENT * block.size
            inked.append(Rect(line.x, top, width, (ASCENT + DESCENT) * block.size))
    if rect.height < HEIGHT + 2 * CORNER_INSET:
        return None
    inner_left, inner_right = rect.x + CORNER_INSET, rect.right - CORNER_INSET
    corners: list[tuple[float, float, float, bool]] = []  # room, top, edge x, on the right
    for top in (rect.y + CORNER_INSET, rect.bottom - CORNER_INSET - HEIGHT):
        beside = [ink for ink in inked if ink.y < top + HEIGHT and top < ink.bottom]
        right_limit = max((ink.right for ink in beside), default=inner_left - SPACE)
        left_limit = min((ink.x for ink in beside), default=inner_right + SPACE)
        corners.append((inner_right - max(inner_left, right_limit + SPACE), top, inner_right, True))
        corners.append((min(inner_right, left_limit - SPACE) - inner_left, top, inner_left, False))
    for text in texts:
        full = make_badge(kind, text, 0.0, 0.0, inner_right - inner_left, "corner", object_id)
        if full is None:
            return None
        for room, top, edge, right in corners:
            if room >= full.rect.width:
                x = edge - full.rect.width if right else edge
                return make_badge(kind, text, x, top, room, "corner", object_id)
    room, top, edge, right = max(corners, key=lambda corner: corner[0])
    if room < MIN_WIDTH:
        return None
    badge = make_badge(kind, texts[-1], edge, top, room, "corner", object_id)
    if badge is not None and right:
        badge = _moved_right(badge, edge)
    return badge


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom
