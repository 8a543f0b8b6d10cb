"""Link paths: one cubic Bézier from an edge of one card to an edge of the other.

Routing, by where the target card is:
- to the right (its left edge at or past the source's right edge): from the middle of the
  source's right edge to the middle of the target's left edge, with horizontal handles, an
  S-curve that reads left to right even when it crosses lanes or personas;
- to the left: the mirror image (right to left);
- in the same column range, the next card of the same single-column cell: straight down (or
  up) from the bottom edge to the top edge;
- in the same column range otherwise (cards between them, other lanes, other personas): a
  bracket leaving the source's right edge and coming back into the target's right edge,
  through the column's right padding, so it does not run across the cards in between.

Links to a card that is not laid out (hidden lane, collapsed persona) are left out.

A link's label is never dropped, and the choice is made here, once, for every painter (PDF,
canvas, PNG/SVG images): the label goes beside the connector, at the first place along it
(the middle, then a little before or after, then just above or below) where its padded box
covers no card and no other label; when there is none (or when a marker would cover it), the
connector gets a small marker numbered 1, 2 … in reading order (band by band, left to right),
and the link a line for the links table: "Website → Store · reserves online" (the from-card's
channel → the to-card's channel, or the cards' titles when they have no channel).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product

from journey_editor.layout.boxes import CardBox, LinkPath
from journey_editor.layout.geometry import CubicSegment, Point, Rect
from journey_editor.layout.map_layout import MapLayout
from journey_editor.layout.options import LayoutOptions
from journey_editor.layout.text import TextBlock, TextWrapper, place_lines, shown_text
from journey_editor.model.entities import Link
from journey_editor.model.project import Project

MIN_HANDLE = 18.0
LABEL_PAD = 2.5  # the label's light background reaches this far beyond its text
CLEARANCE = 1.5  # and keeps this far from a card
MARKER_RADIUS = 6.5  # a numbered marker's circle
# Where along the path a label may sit (t), tried in this order, then shifted off the path.
ALONG = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)
MARKER_TEXT = 1.0  # its number, at the body text's size (never the smallest text printed)
GRID = 160.0  # the card index's cell


def route(source: CardBox, target: CardBox, options: LayoutOptions) -> CubicSegment:
    a, b = source.rect, target.rect
    a_mid_y, b_mid_y = a.y + a.height / 2, b.y + b.height / 2
    if b.x >= a.right:
        start, end = Point(a.right, a_mid_y), Point(b.x, b_mid_y)
        handle = max(MIN_HANDLE, (end.x - start.x) / 2)
        return CubicSegment(
            start, Point(start.x + handle, start.y), Point(end.x - handle, end.y), end
        )
    if b.right <= a.x:
        start, end = Point(a.x, a_mid_y), Point(b.right, b_mid_y)
        handle = max(MIN_HANDLE, (start.x - end.x) / 2)
        return CubicSegment(
            start, Point(start.x - handle, start.y), Point(end.x + handle, end.y), end
        )
    if source.cell == target.cell and abs(source.index - target.index) == 1 and a.x == b.x:
        if b.y >= a.bottom:
            start, end = Point(a.x + a.width / 2, a.bottom), Point(b.x + b.width / 2, b.y)
        else:
            start, end = Point(a.x + a.width / 2, a.y), Point(b.x + b.width / 2, b.bottom)
        third = (end.y - start.y) / 3
        return CubicSegment(
            start, Point(start.x, start.y + third), Point(end.x, end.y - third), end
        )
    # The bracket bulges 3/4 of its handle beyond the edges: to about the column's edge.
    handle = max(MIN_HANDLE, options.cell_padding * 4 / 3)
    start, end = Point(a.right, a_mid_y), Point(b.right, b_mid_y)
    return CubicSegment(start, Point(start.x + handle, start.y), Point(end.x + handle, end.y), end)


def arrow_head(segment: CubicSegment, options: LayoutOptions) -> tuple[Point, Point, Point]:
    """A triangle whose tip is the path's end, pointing along the path's final direction."""
    tip = segment.end
    dx, dy = tip.x - segment.c2.x, tip.y - segment.c2.y
    if dx == 0 and dy == 0:
        dx, dy = tip.x - segment.start.x, tip.y - segment.start.y
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    back_x, back_y = tip.x - ux * options.arrow_length, tip.y - uy * options.arrow_length
    half = options.arrow_half_width
    return (
        tip,
        Point(back_x - uy * half, back_y + ux * half),
        Point(back_x + uy * half, back_y - ux * half),
    )


def label_area(label: TextBlock) -> Rect:
    """The label's background: its text grown by LABEL_PAD (half that above and below)."""
    rect = label.rect
    return Rect(
        rect.x - LABEL_PAD,
        rect.y - LABEL_PAD / 2,
        rect.width + 2 * LABEL_PAD,
        rect.height + LABEL_PAD,
    )


def marker_area(centre: Point) -> Rect:
    r = MARKER_RADIUS
    return Rect(centre.x - r, centre.y - r, 2 * r, 2 * r)


class _Boxes:
    """Rectangles indexed by a coarse grid: does a rectangle overlap any of them?"""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[Rect]] = {}

    def _keys(self, rect: Rect):
        for i in range(int(rect.x // GRID), int(rect.right // GRID) + 1):
            for j in range(int(rect.y // GRID), int(rect.bottom // GRID) + 1):
                yield i, j

    def add(self, rect: Rect) -> None:
        for key in self._keys(rect):
            self.cells.setdefault(key, []).append(rect)

    def remove(self, rect: Rect) -> None:
        """Take out one rectangle equal to `rect`; ValueError when there is none."""
        for key in self._keys(rect):
            self.cells[key].remove(rect)

    def hits(self, rect: Rect) -> bool:
        return any(
            other.intersects(rect) for key in self._keys(rect) for other in self.cells.get(key, ())
        )


def _card_name(project: Project | None, card_id: str) -> str:
    """What the links table calls a card: its channel's name, else its title."""
    if project is None:
        return "?"
    try:
        card = project.card(card_id)
    except KeyError:
        return "?"
    if card.channel is not None:
        for channel in project.channels:
            if channel.id == card.channel and channel.label:
                return channel.label
    return card.title.strip() or "?"


def _clear_of(box: CardBox) -> Rect:
    r = box.rect
    return Rect(r.x - CLEARANCE, r.y - CLEARANCE, r.width + 2 * CLEARANCE, r.height + 2 * CLEARANCE)


@dataclass(frozen=True)
class LinkChange:
    """What an update changed for the links, from `update_layout`: the card boxes that are
    no more and those that are new, and the areas where something changed."""

    old_boxes: Sequence[CardBox]
    new_boxes: Sequence[CardBox]
    areas: Sequence[Rect]


@dataclass
class _Placed:
    full: str  # the label's text, whitespace folded ("" without a label)
    segment: CubicSegment
    label: TextBlock | None  # beside the connector, before markers are considered
    region: Rect | None  # everything the label's placement looked at (None: no label text)


@dataclass
class LinkMemo:
    """What `link_paths` keeps from one layout to the next (in the LayoutCache): the card
    rectangles of the layout it last served, by grid cell, and where each link's label went.

    After an edit, a link whose two cards kept their boxes and whose label's whole
    neighbourhood (`_Placed.region`) holds no changed card and no moved label keeps its
    previous placement: the placement looks at nothing else, so it would come out the same.
    The cost of an update is then the links near what changed, not all of them."""

    layout: MapLayout | None = None  # the layout the memo describes (set by compute)
    cards: _Boxes | None = None
    order: tuple[str, ...] = ()
    placed: dict[str, _Placed] = field(default_factory=dict)


def _card_grid(
    cards: Mapping[str, CardBox], memo: LinkMemo | None, change: LinkChange | None, reuse: bool
) -> _Boxes:
    if reuse and memo is not None and memo.cards is not None and change is not None:
        grid = memo.cards
        try:
            for box in change.old_boxes:
                grid.remove(_clear_of(box))
            for box in change.new_boxes:
                grid.add(_clear_of(box))
            return grid
        except (KeyError, ValueError):
            pass  # not the layout the memo was made for after all: start again
    grid = _Boxes()
    for box in cards.values():
        grid.add(_clear_of(box))
    return grid


class _Blocked:
    """The card rectangles and the labels placed so far."""

    def __init__(self, cards: _Boxes) -> None:
        self.cards = cards
        self.labels = _Boxes()

    def hits(self, rect: Rect) -> bool:
        return self.cards.hits(rect) or self.labels.hits(rect)


def _region(segment: CubicSegment, width: float, line: float) -> Rect:
    """Every place `_beside` may try for a label `width` wide: the path's control polygon
    (the curve stays inside it) grown by a label's width and a line and a half each way."""
    xs = (segment.start.x, segment.c1.x, segment.c2.x, segment.end.x)
    ys = (segment.start.y, segment.c1.y, segment.c2.y, segment.end.y)
    across = width + 4 * LABEL_PAD + CLEARANCE
    down = 1.5 * line + 2 * LABEL_PAD + CLEARANCE
    return Rect(
        min(xs) - across,
        min(ys) - down,
        max(xs) - min(xs) + 2 * across,
        max(ys) - min(ys) + 2 * down,
    )


def link_paths(
    links: list[Link],
    cards: dict[str, CardBox],
    options: LayoutOptions,
    wrapper: TextWrapper,
    previous: MapLayout | None = None,
    project: Project | None = None,
    memo: LinkMemo | None = None,
    change: LinkChange | None = None,
    band_tops: Mapping[str, float] | None = None,
) -> tuple[LinkPath, ...]:
    """The path of every link whose two cards are laid out, its label beside it or its number
    (see the module). A link whose path and label come out as in the `previous` layout keeps
    its previous object. With a `memo` made for `previous` and the `change` since, only the
    links near what changed are placed again (see LinkMemo)."""
    if not options.show_links:
        return ()
    earlier: dict[str, LinkPath] = {}
    if previous is not None:
        earlier = {path.link_id: path for path in previous.links}
    order = tuple(link.id for link in links)
    reuse = (
        memo is not None
        and previous is not None
        and memo.layout is previous
        and change is not None
        and memo.order == order
    )
    size = options.body_font_size
    line = size * options.line_spacing
    blocked = _Blocked(_card_grid(cards, memo, change, reuse))
    dirty = _Boxes()
    before: dict[str, _Placed] = memo.placed if reuse and memo is not None else {}
    if reuse and change is not None:
        for area in change.areas:
            dirty.add(area)
    previous_cards = previous.cards if previous is not None else {}
    # First the place of every label that fits beside its connector; a marker sits on the
    # middle of each other one, and a label that a marker would cover gets a number too.
    routed: list[tuple[Link, CubicSegment, str, TextBlock | None, bool]] = []
    placed: dict[str, _Placed] = {}
    middles = _Boxes()
    for link in links:
        source, target = cards.get(link.from_card), cards.get(link.to_card)
        if source is None or target is None:
            continue
        full = " ".join(link.label.split())
        old = before.get(link.id)
        kept = (
            old is not None
            and old.full == full
            and previous_cards.get(link.from_card) is source
            and previous_cards.get(link.to_card) is target
            and (old.region is None or not dirty.hits(old.region))
        )
        if kept:
            segment, label, region = old.segment, old.label, old.region
        else:
            segment = route(source, target, options)
            label = region = None
            if full:
                text = wrapper.fit_line(full, options.link_label_max_width, size)
                region = _region(segment, wrapper.width(text, size), line)
                # Cut short ("…") counts as not fitting: the table gives the whole text.
                if text == full:
                    label = _beside(segment, text, wrapper, size, line, options, blocked)
            if old is not None and old.label != label:
                # Labels after this one may now fit where this one was, or no longer where it is.
                for moved in (old.label, label):
                    if moved is not None:
                        dirty.add(label_area(moved))
            elif old is None and label is not None:
                dirty.add(label_area(label))
        placed[link.id] = _Placed(full, segment, label, region)
        if full:
            if label is None:
                middles.add(marker_area(segment.point_at(0.5)))
            else:
                blocked.labels.add(label_area(label))
        routed.append((link, segment, full, label, kept))
    if memo is not None:
        memo.cards, memo.order, memo.placed = blocked.cards, order, placed
        memo.layout = None  # until compute says which layout this is
    routed = [
        (link, segment, full, None if label and middles.hits(label_area(label)) else label, kept)
        for link, segment, full, label, kept in routed
    ]
    # Numbers in reading order: persona band by band, then left to right, top to bottom.
    if band_tops is None:
        band_top: dict[str, float] = {}
        for box in cards.values():
            band_top[box.cell[0]] = min(band_top.get(box.cell[0], box.rect.y), box.rect.y)
    else:
        band_top = dict(band_tops)

    def reading(item) -> tuple:
        at = item[1].point_at(0.5)
        return (band_top[cards[item[0].from_card].cell[0]], round(at.x, 3), round(at.y, 3))

    numbers = {
        item[0].id: number
        for number, item in enumerate(
            sorted((item for item in routed if item[2] and item[3] is None), key=reading), 1
        )
    }
    paths = []
    for link, segment, full, label, kept in routed:
        number = numbers.get(link.id)
        old_path = earlier.get(link.id)
        if kept and old_path is not None and old_path.label == label and old_path.number == number:
            paths.append(old_path)  # same cards, same label, same number: the same picture
            continue
        marker = None
        listing = ""
        if number is not None:
            marker = _marker(segment.point_at(0.5), number, wrapper, size, options)
            ends = f"{_card_name(project, link.from_card)} → {_card_name(project, link.to_card)}"
            listing = shown_text(f"{ends} · {full}")
        path = LinkPath(
            link_id=link.id,
            from_card=link.from_card,
            to_card=link.to_card,
            segments=(segment,),
            arrow=arrow_head(segment, options),
            label=label,
            number=number,
            marker=marker,
            listing=listing,
        )
        paths.append(old_path if old_path is not None and old_path == path else path)
    return tuple(paths)


def marker_sample(swatch: Rect) -> TextBlock:
    """The legend's sample marker, numbered 1, in `swatch`."""
    options = LayoutOptions()
    return _marker(swatch.center, 1, TextWrapper(options.measure), options.body_font_size, options)


def _marker(
    at: Point, number: int, wrapper: TextWrapper, size: float, options: LayoutOptions
) -> TextBlock:
    digits = str(number)
    small = size * MARKER_TEXT
    width = wrapper.width(digits, small, True)
    line = small * options.line_spacing
    return place_lines(
        (digits,), at.x - width / 2, at.y - line / 2, width, small, options.line_spacing, bold=True
    )


def _beside(
    segment: CubicSegment,
    text: str,
    wrapper: TextWrapper,
    size: float,
    line: float,
    options: LayoutOptions,
    blocked: _Boxes,
) -> TextBlock | None:
    """The label on the path at the first free place, or None."""
    width = wrapper.width(text, size)
    gap = 2 * LABEL_PAD
    # Centred on the path, then starting or ending at it (into an empty part of a cell).
    sideways = (-width / 2, gap, -width - gap)
    for shift in (0.0, -(line / 2 + LABEL_PAD), line / 2 + LABEL_PAD):
        for t, dx in product(ALONG, sideways):
            at = segment.point_at(t)
            label = place_lines(
                (text,),
                at.x + dx,
                at.y - line / 2 + shift,
                width,
                size,
                options.line_spacing,
            )
            if not blocked.hits(label_area(label)):
                return label
    return None
