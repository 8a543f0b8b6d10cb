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
connector gets a small marker numbered 1, 2 … in reading order within its band (the band of
the from-card; left to right, top to bottom), and the link a line for the links table, which
lists them band by band under each persona's name: "Website → Store · reserves online" (the
from-card's channel → the to-card's channel, or the cards' titles when they have no channel).
Numbers start again in each band: a label that stops fitting renumbers the markers of its band
only — not those of every band below, on the screen, in a print already handed out, and in the
cost of an edit (a 50,000-card map had a thousand paths made again).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

from journey_editor.layout import shift
from journey_editor.layout.boxes import (
    CardBox,
    CellBox,
    CellKey,
    LinkPath,
    PersonaBand,
    lane_tops,
)
from journey_editor.layout.geometry import CubicSegment, Point, Rect
from journey_editor.layout.map_layout import MapLayout
from journey_editor.layout.options import LayoutOptions
from journey_editor.layout.text import TextBlock, TextWrapper, place_lines, shown_text
from journey_editor.model.entities import Link
from journey_editor.model.project import Project

MIN_HANDLE = 18.0
LABEL_PAD = 2.5  # the label's light background reaches this far beyond its text
CLEARANCE = 1.5  # and keeps this far from a card
REACH = CLEARANCE + 1.0  # a card's clear area stays this close to its cell (a margin over)
MARKER_RADIUS = 6.5  # a numbered marker's circle
# Where along the path a label may sit (t), tried in this order, then shifted off the path.
ALONG = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)
MARKER_TEXT = 1.0  # its number, at the body text's size (never the smallest text printed)
GRID = 160.0  # the label index's cell


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


WIDE = 64  # grid cells: a rectangle over more is kept apart, looked at one by one


class _Boxes:
    """Rectangles indexed by a coarse grid: does a rectangle overlap any of them?"""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[Rect]] = {}
        self.rects: list[Rect] = []
        self.wide: list[Rect] = []  # over more than WIDE grid cells (a lane row that moved)

    def add(self, rect: Rect) -> None:
        self.rects.append(rect)
        x, y, width, height = rect
        first_i, last_i = int(x // GRID), int((x + width) // GRID)
        first_j, last_j = int(y // GRID), int((y + height) // GRID)
        if (last_i - first_i + 1) * (last_j - first_j + 1) > WIDE:
            self.wide.append(rect)  # looked at one by one: cheaper than filling the grid
            return
        cells = self.cells
        for i in range(first_i, last_i + 1):
            for j in range(first_j, last_j + 1):
                found = cells.get((i, j))
                if found is None:
                    cells[(i, j)] = [rect]
                else:
                    found.append(rect)

    def hits(self, rect: Rect) -> bool:
        # The hot loop of label placement: plain loops and arithmetic, no generator.
        x, y, width, height = rect
        right, bottom = x + width, y + height
        for ox, oy, ow, oh in self.wide:
            if ox < right and x < ox + ow and oy < bottom and y < oy + oh:
                return True
        first_i, last_i = int(x // GRID), int(right // GRID)
        first_j, last_j = int(y // GRID), int(bottom // GRID)
        if (last_i - first_i + 1) * (last_j - first_j + 1) > len(self.rects):
            # A rectangle over more grid cells than there are rectangles (a link between two
            # far bands looks along thousands of points): look at each rectangle instead.
            for ox, oy, ow, oh in self.rects:
                if ox < right and x < ox + ow and oy < bottom and y < oy + oh:
                    return True
            return False
        cells = self.cells
        for i in range(first_i, last_i + 1):
            for j in range(first_j, last_j + 1):
                found = cells.get((i, j))
                if found is None:
                    continue
                for ox, oy, ow, oh in found:
                    if ox < right and x < ox + ow and oy < bottom and y < oy + oh:
                        return True
        return False


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


@dataclass(frozen=True)
class LinkChange:
    """What an update changed in one band, for its links (from `update_layout`, in the band's
    own coordinates): the card boxes that are no more and those that are new, and the areas
    where something changed."""

    old_boxes: Sequence[CardBox]
    new_boxes: Sequence[CardBox]
    areas: Sequence[Rect]


@dataclass
class _Placed:
    full: str  # the label's text, whitespace folded ("" without a label)
    source: CardBox  # the two boxes it was routed between
    target: CardBox
    segment: CubicSegment
    label: TextBlock | None  # beside the connector, before markers are considered
    region: Rect | None  # everything the label's placement looked at (None: no label text)


@dataclass
class _BandLinks:
    """The links between two cards of one band, placed in the band's own coordinates: a label
    looks only at that band's cards and labels and stays inside the band, so the placement
    holds wherever the band lands (a band that only moves keeps it as it is)."""

    band: PersonaBand  # the band (its own coordinates) it was made for
    links: tuple[Link, ...]  # its links, in the map's order (edits replace a changed link)
    placed: dict[str, _Placed]
    final: dict[str, TextBlock | None]  # each label once the band's markers are placed
    labels: _Boxes  # those labels' areas
    markers: tuple[Point, ...]  # the middles of the links numbered instead
    paths: dict[str, LinkPath]  # the paths made last time, by link id
    # The band's paths as last handed out, and the numbers they were made with.
    pairs: tuple[tuple[str | None, LinkPath], ...] = ()
    numbered_with: dict[str, int] | None = None
    numbers_made: tuple[tuple[str, ...], dict[str, int]] | None = None

    @cached_property
    def marker_grid(self) -> _Boxes:
        grid = _Boxes()
        for middle in self.markers:
            grid.add(marker_area(middle))
        return grid

    @cached_property
    def reading(self) -> tuple[str, ...]:
        """Its numbered links in reading order: left to right, top to bottom."""
        return tuple(link_id for _, _, link_id in sorted(self.numbered))

    @cached_property
    def numbered(self) -> tuple[tuple[float, float, str], ...]:
        """(x, y, id) of the middle of each link numbered instead of labelled."""
        found = []
        for link_id, placed in self.placed.items():
            if placed.full and self.final[link_id] is None:
                at = placed.segment.point_at(0.5)
                found.append((round(at.x, 3), at.y, link_id))
        return tuple(found)


@dataclass
class LinkMemo:
    """What `link_paths` keeps from one layout to the next (in the LayoutCache): each band's
    links (`_BandLinks`), for the layout it last served.

    After an edit, a band taken over as it was keeps its links' placement whole; in a band laid
    out again, a link whose two cards kept their boxes and whose label's whole neighbourhood
    (`_Placed.region`) holds no changed card and no moved label keeps its placement: the
    placement looks at nothing else, so it would come out the same. The cost of an update is
    then the links near what changed, not all of them."""

    layout: MapLayout | None = None  # the layout the memo describes (set by compute)
    bands: dict[str, _BandLinks] = field(default_factory=dict)
    sides: _Sides | None = None
    # The linked cards' boxes in their band's coordinates, by card id: (the box in its row's,
    # the row's top, the box in the band's), so a card whose row did not move keeps the very
    # box its links were routed from.
    band_boxes: dict[str, tuple[CardBox, float, CardBox]] = field(default_factory=dict)
    # The bands' card indexes the last layout used (`_BandCards`, each for its very band).
    band_cards: dict[str, _BandCards] = field(default_factory=dict)
    # The links between two bands, as last placed: each with the band-local boxes of its
    # cards and their bands' tops it was placed from (`_Placer.between`).
    between: dict[str, tuple[CardBox, CardBox, float, float, _Placed]] = field(default_factory=dict)


@dataclass
class _Sides:
    """Which links go within which band, and which between two bands, for one list of links
    (a copy: the next layout sees at C speed whether it is the same) and the cards' bands."""

    links: list[Link]
    within: dict[str, list[Link]]
    between: list[Link]
    by_card: dict[str, list[Link]]  # each card's links
    order: dict[str, int]  # each link's place in the map's list


def _sides(
    links: list[Link],
    cards: Mapping[str, CardBox],
    earlier: _Sides | None,
    changes: Mapping[str, LinkChange] | None,
) -> _Sides:
    """Sort the links by band. With the same list of links as `earlier`, only the links of the
    cards whose boxes changed (in the bands laid out again) can have changed sides."""
    if earlier is not None and changes is not None and earlier.links == links:
        moved = {box.card_id for c in changes.values() for box in (*c.old_boxes, *c.new_boxes)}
        touched = {id(link): link for card in moved for link in earlier.by_card.get(card, ())}
        if not touched:
            return earlier
        return _resort(earlier, list(touched.values()), cards)
    within: dict[str, list[Link]] = {}
    between: list[Link] = []
    by_card: dict[str, list[Link]] = {}
    for link in links:
        by_card.setdefault(link.from_card, []).append(link)
        by_card.setdefault(link.to_card, []).append(link)
        source, target = cards.get(link.from_card), cards.get(link.to_card)
        if source is None or target is None:
            continue
        persona = source.cell[0]
        if persona == target.cell[0]:
            within.setdefault(persona, []).append(link)
        else:
            between.append(link)
    order = {link.id: index for index, link in enumerate(links)}
    return _Sides(list(links), within, between, by_card, order)


_link_id = attrgetter("id")


def _resort(earlier: _Sides, links: list[Link], cards: Mapping[str, CardBox]) -> _Sides:
    ids = {link.id for link in links}
    within = dict(earlier.within)
    for persona, band_links in earlier.within.items():
        if not ids.isdisjoint(map(_link_id, band_links)):  # C-level: every link of the map
            within[persona] = [link for link in band_links if link.id not in ids]
    between = [link for link in earlier.between if link.id not in ids]
    grown: set[str] = set()
    for link in links:
        source, target = cards.get(link.from_card), cards.get(link.to_card)
        if source is None or target is None:
            continue
        persona = source.cell[0]
        if persona == target.cell[0]:
            within[persona] = [*within.get(persona, ()), link]
            grown.add(persona)
        else:
            between.append(link)
    order = earlier.order
    for persona in grown:
        within[persona].sort(key=lambda link: order[link.id])
    between.sort(key=lambda link: order[link.id])
    return _Sides(earlier.links, within, between, earlier.by_card, order)


class _BandCards:
    """Does a rectangle come within CLEARANCE of a card of one band? Answered from the band's
    own layout — its lane rows (found by bisection), their cells, the cells' cards — so there
    is no index of the cards to build, keep or bring up to date after an edit."""

    def __init__(
        self,
        band: PersonaBand,
        stage_ids: Sequence[str],
        cells: Mapping[CellKey, CellBox],
        cards: Mapping[str, CardBox],
    ) -> None:
        self.band = band
        self.persona = band.persona_id
        self.lanes = band.lanes
        self.bottoms = [row.rect.bottom for row in band.lanes]
        self.stage_ids, self.cells, self.cards = stage_ids, cells, cards
        # Each row's cells, gathered when a label first comes near it: (cell's left and right
        # edges, reach included; its cards' clear areas as left, top, right, bottom).
        self.rows: dict[int, list[tuple[float, float, list[tuple[float, ...]]]]] = {}

    def _row(self, index: int) -> list[tuple[float, float, list[tuple[float, ...]]]]:
        found = self.rows.get(index)
        if found is None:
            persona, lane, cells, cards = (
                self.persona,
                self.lanes[index].lane_id,
                self.cells,
                self.cards,
            )
            found = self.rows[index] = []
            row_top = self.lanes[index].rect.y  # cards are in their row's coordinates
            for stage in self.stage_ids:
                cell = cells.get((persona, lane, stage))
                if cell is None:
                    continue
                clear = []
                for card_id in cell.card_ids:
                    r = cards[card_id].rect
                    # The card grown by CLEARANCE on every side (left, top, right, bottom).
                    ox, oy = r.x - CLEARANCE, row_top + r.y - CLEARANCE
                    clear.append(
                        (ox, oy, ox + (r.width + 2 * CLEARANCE), oy + (r.height + 2 * CLEARANCE))
                    )
                x, width = cell.rect.x, cell.rect.width
                found.append((x - REACH, x + width + REACH, clear))
        return found

    def hits(self, rect: Rect) -> bool:
        x, y, width, height = rect
        right, bottom = x + width, y + height
        lanes = self.lanes
        for index in range(bisect_left(self.bottoms, y - REACH), len(lanes)):
            if lanes[index].rect.y - REACH > bottom:
                break
            for left, far, clear in self._row(index):
                if left > right or x > far:
                    continue
                for ox, oy, ox2, oy2 in clear:
                    if ox < right and x < ox2 and oy < bottom and y < oy2:
                        return True
        return False


class _Blocked:
    """The cards and the labels placed so far."""

    def __init__(self, cards: _BandCards) -> None:
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
    cards: Mapping[str, CardBox],
    bands: Sequence[PersonaBand],
    tops: Sequence[float],
    cells: Mapping[CellKey, CellBox],
    stage_ids: Sequence[str],
    options: LayoutOptions,
    wrapper: TextWrapper,
    previous: MapLayout | None = None,
    project: Project | None = None,
    memo: LinkMemo | None = None,
    changes: Mapping[str, LinkChange] | None = None,
) -> dict[str | None, tuple[tuple[str | None, LinkPath], ...]]:
    """The path of every link whose two cards are laid out, its label beside it or its number
    (see the module), band by band: for each persona, the links between two of its cards, in
    link order, in its band's coordinates; under None, the links between two bands, in the
    map's coordinates. A band whose links did not change gets the very same tuple back.
    `bands` are in their own coordinates, `cards` and `cells` in their lane row's, `tops`
    where each band is. With a `memo` made for `previous` and the `changes` of each band laid
    out again since, only the links near what changed are placed again (see LinkMemo)."""
    if not options.show_links:
        return {}
    top_of = {band.persona_id: top for band, top in zip(bands, tops, strict=True)}
    reuse = memo is not None and previous is not None and memo.layout is previous
    sides = _sides(links, cards, memo.sides if memo is not None and reuse else None, changes)
    earlier = memo.bands if memo is not None and reuse else {}
    size = options.body_font_size
    line = size * options.line_spacing
    band_boxes = memo.band_boxes if memo is not None and reuse else {}
    if memo is not None:
        memo.band_boxes = band_boxes
    placer = _Placer(wrapper, options, size, line, cells, cards, stage_ids, bands, band_boxes)
    if memo is not None and reuse:
        placer.earlier_band_cards = memo.band_cards
    done: dict[str, _BandLinks] = {}
    for band in bands:
        persona = band.persona_id
        band_links = tuple(sides.within.get(persona, ()))
        old = earlier.get(persona)
        if old is not None and old.band is band and old.links == band_links:
            done[persona] = old
            continue
        change = changes.get(persona) if changes is not None and old is not None else None
        done[persona] = placer.band(band, band_links, old, change)
    placed_between = memo.between if memo is not None and reuse else {}
    moved = _moved_areas(bands, tops, earlier, previous if reuse else None)
    crossing, placed_between = placer.between(
        sides.between, bands, tops, top_of, done, placed_between, moved
    )
    if memo is not None:
        memo.bands, memo.sides, memo.between = done, sides, placed_between
        memo.band_cards = placer.used_band_cards
        memo.layout = None  # until compute says which layout this is
    numbers = _numbers(done, crossing, bands, top_of)
    # Without a memo for `previous`, its paths still serve: an equal path keeps its object.
    fallback = {}
    if previous is not None and not reuse:
        fallback = {path.link_id: (frame, path) for frame, path in previous.local_links}
    by_band: dict[str | None, tuple[tuple[str | None, LinkPath], ...]] = {}
    for band in bands:
        persona = band.persona_id
        entry = done[persona]
        band_numbers = numbers.get(persona, NO_NUMBERS)
        if entry.numbered_with is not band_numbers:
            entry.pairs = _paths(
                [(link, persona) for link in entry.links],
                done,
                crossing,
                band_numbers,
                placer,
                project,
                fallback,
            )
            entry.numbered_with = band_numbers
        if entry.pairs:
            by_band[persona] = entry.pairs
    if sides.between:
        between = [(link, None) for link in sides.between if link.id in crossing]
        between_numbers = {
            link.id: number
            for link, _ in between
            if (number := numbers.get(crossing[link.id][3], NO_NUMBERS).get(link.id))
        }
        made = _paths(between, done, crossing, between_numbers, placer, project, fallback)
        if made:
            by_band[None] = made
    return by_band


class _Placer:
    """Places labels: the links of one band in its coordinates, then those between bands."""

    def __init__(
        self,
        wrapper: TextWrapper,
        options: LayoutOptions,
        size: float,
        line: float,
        cells: Mapping[CellKey, CellBox],
        cards: Mapping[str, CardBox],
        stage_ids: Sequence[str],
        bands: Sequence[PersonaBand] = (),
        band_boxes: dict[str, tuple[CardBox, float, CardBox]] | None = None,
    ):
        self.wrapper, self.options, self.size, self.line = wrapper, options, size, line
        self.cells, self.cards, self.stage_ids = cells, cards, stage_ids
        self.used_band_cards: dict[str, _BandCards] = {}
        # The last layout's, still good for a band that is the very same object (its cells
        # and cards are then the very same too).
        self.earlier_band_cards: dict[str, _BandCards] = {}
        self._bands = {band.persona_id: band for band in bands}
        self._row_tops: dict[str, dict[str, float]] = {}
        self._band_boxes = band_boxes if band_boxes is not None else {}

    def band_box(self, card_id: str) -> CardBox:
        """The card's box in its band's coordinates (cards are in their row's): the very
        object as last time when neither the box nor its row's top changed."""
        box = self.cards[card_id]
        persona, lane = box.cell[0], box.cell[1]
        tops = self._row_tops.get(persona)
        if tops is None:
            tops = self._row_tops[persona] = lane_tops(self._bands[persona])
        top = tops[lane]
        kept = self._band_boxes.get(card_id)
        if kept is not None and kept[0] is box and kept[1] == top:
            return kept[2]
        moved = shift.card(box, top)
        self._band_boxes[card_id] = (box, top, moved)
        return moved

    def band_cards(self, band: PersonaBand) -> _BandCards:
        """The band's cards, as this layout has them (made when first needed, or the last
        layout's for a band taken over as it was)."""
        persona = band.persona_id
        found = self.used_band_cards.get(persona)
        if found is None:
            found = self.earlier_band_cards.get(persona)
            if found is None or found.band is not band:
                found = _BandCards(band, self.stage_ids, self.cells, self.cards)
            self.used_band_cards[persona] = found
        return found

    def band(
        self,
        band: PersonaBand,
        links: tuple[Link, ...],
        old: _BandLinks | None,
        change: LinkChange | None,
    ) -> _BandLinks:
        before = old.placed if old is not None and change is not None else {}
        dirty = _Boxes()
        if change is not None:
            for area in change.areas:
                dirty.add(area)
        bounds = Rect(0.0, 0.0, band.rect.width, band.rect.height)
        blocked = _Blocked(self.band_cards(band))
        placed: dict[str, _Placed] = {}
        middles: list[Point] = []
        for link in links:
            full = " ".join(link.label.split())
            source, target = self.band_box(link.from_card), self.band_box(link.to_card)
            previous = before.get(link.id)
            if (
                previous is not None
                and previous.full == full
                and previous.source is source
                and previous.target is target
                and (previous.region is None or not dirty.hits(previous.region))
            ):
                now = previous
            else:
                now = self._place(link, full, source, target, blocked.hits, bounds)
                if previous is not None and previous.label != now.label:
                    # Labels after this one may now fit where it was, or no longer where it is.
                    for moved in (previous.label, now.label):
                        if moved is not None:
                            dirty.add(label_area(moved))
                elif previous is None and now.label is not None:
                    dirty.add(label_area(now.label))
            placed[link.id] = now
            if full:
                if now.label is None:
                    middles.append(now.segment.point_at(0.5))
                else:
                    blocked.labels.add(label_area(now.label))
        markers = _Boxes()
        for middle in middles:
            markers.add(marker_area(middle))
        final: dict[str, TextBlock | None] = {}
        labels = _Boxes()
        for link_id, now in placed.items():
            label = now.label
            if label is not None and markers.hits(label_area(label)):
                label = None  # a marker of this band would cover it: numbered too
            final[link_id] = label
            if label is not None:
                labels.add(label_area(label))
        paths = old.paths if old is not None else {}
        return _BandLinks(band, links, placed, final, labels, tuple(middles), paths)

    def between(
        self,
        links: list[Link],
        bands: Sequence[PersonaBand],
        tops: Sequence[float],
        top_of: dict[str, float],
        done: dict[str, _BandLinks],
        before: dict[str, tuple[CardBox, CardBox, float, float, _Placed]],
        moved: list[Rect],
    ) -> tuple[
        dict[str, tuple[CubicSegment, str, TextBlock | None, str]],
        dict[str, tuple[CardBox, CardBox, float, float, _Placed]],
    ]:
        """The links between two bands, in the map's coordinates: placed after every band's
        own links, clear of every card and label they pass. A link placed `before` from the
        very boxes, with its two bands where they were and nothing of `moved` (the map areas
        of the bands laid out again or moved) near its label, keeps its placement; and what
        is placed now, for the next time."""
        if not links:
            return {}, {}
        entries = [done[band.persona_id] for band in bands]
        bottoms = [top + band.rect.height for band, top in zip(bands, tops, strict=True)]
        placed_here = _Boxes()
        from_band: dict[str, str] = {}

        def overlapped(area: Rect):
            """The bands `area` reaches into, with their tops (bisection: a handful); a band's
            markers may stand a marker's radius out of it."""
            first = bisect_left(bottoms, area.y - MARKER_RADIUS)
            for index in range(first, len(entries)):
                top = tops[index]
                if top > area.bottom + MARKER_RADIUS:
                    break
                yield top, entries[index]

        def hits(area: Rect) -> bool:
            if placed_here.hits(area):
                return True
            for top, entry in overlapped(area):
                local = Rect(area.x, area.y - top, area.width, area.height)
                if self.band_cards(entry.band).hits(local) or entry.labels.hits(local):
                    return True
            return False

        result: dict[str, _Placed] = {}
        kept: dict[str, tuple[CardBox, CardBox, float, float, _Placed]] = {}
        dirty = _Boxes()  # labels placed anew: the links after them look again

        def near_change(region: Rect) -> bool:
            top, bottom = region.y, region.y + region.height
            return dirty.hits(region) or any(
                area.y < bottom and top < area.y + area.height for area in moved
            )

        middles = _Boxes()
        for link in links:
            source, target = self.band_box(link.from_card), self.band_box(link.to_card)
            from_band[link.id] = source.cell[0]
            source_top, target_top = top_of[source.cell[0]], top_of[target.cell[0]]
            full = " ".join(link.label.split())
            previous = before.get(link.id)
            if (
                previous is not None
                and previous[0] is source
                and previous[1] is target
                and previous[2] == source_top
                and previous[3] == target_top
                and previous[4].full == full
                and (previous[4].region is None or not near_change(previous[4].region))
            ):
                now = previous[4]
            else:
                now = self._place(
                    link,
                    full,
                    shift.card(source, source_top),
                    shift.card(target, target_top),
                    hits,
                    None,
                )
                if previous is not None and previous[4].label != now.label:
                    # The links after this one may now fit where it was, or no longer where it is.
                    for label in (previous[4].label, now.label):
                        if label is not None:
                            dirty.add(label_area(label))
                elif previous is None and now.label is not None:
                    dirty.add(label_area(now.label))
            kept[link.id] = (source, target, source_top, target_top, now)
            result[link.id] = now
            if full:
                if now.label is None:
                    middles.add(marker_area(now.segment.point_at(0.5)))
                else:
                    placed_here.add(label_area(now.label))

        def covered(label: TextBlock) -> bool:
            """Whether a numbered marker (between bands, or of a band it reaches) covers it."""
            area = label_area(label)
            if middles.hits(area):
                return True
            for top, entry in overlapped(area):
                if entry.marker_grid.hits(Rect(area.x, area.y - top, area.width, area.height)):
                    return True
            return False

        crossing = {
            link_id: (
                now.segment,
                now.full,
                None if now.label and covered(now.label) else now.label,
                from_band[link_id],
            )
            for link_id, now in result.items()
        }
        return crossing, kept

    def _place(
        self,
        link: Link,
        full: str,
        source: CardBox,
        target: CardBox,
        hits: Callable[[Rect], bool],
        bounds: Rect | None,
    ) -> _Placed:
        options, wrapper, size, line = self.options, self.wrapper, self.size, self.line
        segment = route(source, target, options)
        label = region = None
        if full:
            text = wrapper.fit_line(full, options.link_label_max_width, size)
            region = _region(segment, wrapper.width(text, size), line)
            # Cut short ("…") counts as not fitting: the table gives the whole text.
            if text == full:
                label = _beside(segment, text, wrapper, size, line, options, hits, bounds)
        return _Placed(full, source, target, segment, label, region)

    def marker(self, at: Point, number: int) -> TextBlock:
        return _marker(at, number, self.wrapper, self.size, self.options)


def _moved_areas(
    bands: Sequence[PersonaBand],
    tops: Sequence[float],
    earlier: dict[str, _BandLinks],
    previous: MapLayout | None,
) -> list[Rect]:
    """Where on the map the links between bands may meet something new: each band laid out
    again or moved, where it was and where it is (none without the last layout, when no
    placement is kept)."""
    if previous is None:
        return []
    was = previous.top_of
    spans = []  # (top, bottom): bands span the map's width, so their heights say it all
    for band, top in zip(bands, tops, strict=True):
        persona = band.persona_id
        old = earlier.get(persona)
        old_top = was.get(persona)
        if old is not None and old.band is band and old_top == top:
            continue
        spans.append((top, top + band.rect.height))
        if old is not None and old_top is not None:
            spans.append((old_top, old_top + old.band.rect.height))
    merged: list[list[float]] = []
    for top, bottom in sorted(spans):
        if merged and top <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], bottom)
        else:
            merged.append([top, bottom])
    return [Rect(-1e9, top, 2e9, bottom - top) for top, bottom in merged]


NO_NUMBERS: dict[str, int] = {}


def _numbers(
    done: dict[str, _BandLinks],
    crossing: dict[str, tuple[CubicSegment, str, TextBlock | None, str]],
    bands: Sequence[PersonaBand],
    top_of: dict[str, float],
) -> dict[str, dict[str, int]]:
    """The links numbered instead of labelled, for each band (of the from-card): 1, 2 … in
    reading order, left to right, top to bottom. A band whose numbered links are as last time
    gets the very same dict back (its paths then stay as they are), so the cost is the bands,
    not the links."""
    from_band: dict[str, list[tuple[float, float, str]]] = {}
    for link_id, (segment, full, label, persona) in crossing.items():
        if full and label is None:
            at = segment.point_at(0.5)
            from_band.setdefault(persona, []).append((round(at.x, 3), round(at.y, 3), link_id))
    numbers: dict[str, dict[str, int]] = {}
    for band in bands:
        persona = band.persona_id
        entry = done[persona]
        between = from_band.get(persona)
        if between is None:
            order = entry.reading
        else:  # links between bands read among the band's own, on the map
            top = top_of[persona]
            own = [(x, round(y + top, 3), link_id) for x, y, link_id in entry.numbered]
            order = tuple(link_id for _, _, link_id in sorted(own + between))
        if not order:
            continue
        kept = entry.numbers_made
        if between is None and kept is not None and kept[0] is order:
            numbers[persona] = kept[1]
        else:
            made = {link_id: rank for rank, link_id in enumerate(order, start=1)}
            numbers[persona] = made
            entry.numbers_made = (order, made) if between is None else None
    return numbers


def _paths(
    order: list[tuple[Link, str | None]],
    done: dict[str, _BandLinks],
    crossing: dict[str, tuple[CubicSegment, str, TextBlock | None, str]],
    numbers: dict[str, int],
    placer: _Placer,
    project: Project | None,
    fallback: dict[str, tuple[str | None, LinkPath]],
) -> tuple[tuple[str | None, LinkPath], ...]:
    """Each link's path, in its band's coordinates or the map's; a band's path that comes out
    as last time is the very same object."""
    paths: list[tuple[str | None, LinkPath]] = []
    made: dict[str, dict[str, LinkPath]] = {}
    for link, frame in order:  # one band's links, or those between bands
        number = numbers.get(link.id)
        if frame is not None:
            entry = done[frame]
            placed = entry.placed[link.id]
            segment, full, label = placed.segment, placed.full, entry.final[link.id]
            old = entry.paths.get(link.id)
            if (
                old is not None
                and old.segments[0] is segment
                and old.label == label
                and old.number == number
            ):
                made.setdefault(frame, {})[link.id] = old
                paths.append((frame, old))
                continue
        else:
            segment, full, label, _ = crossing[link.id]
            old = None
        if old is None and link.id in fallback and fallback[link.id][0] == frame:
            old = fallback[link.id][1]
        marker = None
        listing = ""
        if number is not None:
            marker = placer.marker(segment.point_at(0.5), number)
            ends = f"{_card_name(project, link.from_card)} → {_card_name(project, link.to_card)}"
            listing = shown_text(f"{ends} · {full}")
        path = LinkPath(
            link_id=link.id,
            from_card=link.from_card,
            to_card=link.to_card,
            segments=(segment,),
            arrow=arrow_head(segment, placer.options),
            label=label,
            number=number,
            marker=marker,
            listing=listing,
        )
        if old is not None and old == path:
            path = old
        if frame is not None:
            made.setdefault(frame, {})[link.id] = path
        paths.append((frame, path))
    for persona, paths_made in made.items():
        done[persona].paths = paths_made
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
    hits: Callable[[Rect], bool],
    bounds: Rect | None = None,
) -> TextBlock | None:
    """The label on the path at the first free place (inside `bounds`, when given), or
    None."""
    width = wrapper.width(text, size)
    gap = 2 * LABEL_PAD
    step = size * options.line_spacing  # the label's one line box
    # Centred on the path, then starting or ending at it (into an empty part of a cell). Each
    # place is tried on its background's rectangle (`label_area`), the block made once found.
    sideways = (-width / 2, gap, -width - gap)
    points = [segment.point_at(t) for t in ALONG]  # each place along the path, once
    area_width, area_height = width + 2 * LABEL_PAD, step + LABEL_PAD
    if bounds is not None:
        low_x, low_y = bounds.x, bounds.y
        high_x, high_y = bounds.x + bounds.width, bounds.y + bounds.height
    for offset in (0.0, -(line / 2 + LABEL_PAD), line / 2 + LABEL_PAD):
        for at in points:
            for dx in sideways:
                x, top = at.x + dx, at.y - line / 2 + offset
                area_x, area_y = x - LABEL_PAD, top - LABEL_PAD / 2
                if bounds is not None and not (
                    area_x >= low_x
                    and area_y >= low_y
                    and area_x + area_width <= high_x
                    and area_y + area_height <= high_y
                ):
                    continue
                if not hits(Rect(area_x, area_y, area_width, area_height)):
                    return place_lines((text,), x, top, width, size, options.line_spacing)
    return None
