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

    def hits(self, rect: Rect) -> bool:
        return any(
            other.intersects(rect) for key in self._keys(rect) for other in self.cells.get(key, ())
        )


def _card_names(project: Project | None) -> dict[str, str]:
    """What the links table calls a card: its channel's name, else its title."""
    if project is None:
        return {}
    channels = {channel.id: channel.label for channel in project.channels}
    return {
        card.id: (channels.get(card.channel or "") or card.title.strip() or "?")
        for card in project.cards
    }


def link_paths(
    links: list[Link],
    cards: dict[str, CardBox],
    options: LayoutOptions,
    wrapper: TextWrapper,
    previous: MapLayout | None = None,
    project: Project | None = None,
) -> tuple[LinkPath, ...]:
    """The path of every link whose two cards are laid out, its label beside it or its number
    (see the module). A link whose path and label come out as in the `previous` layout keeps
    its previous object."""
    if not options.show_links:
        return ()
    earlier: dict[str, LinkPath] = {}
    if previous is not None:
        earlier = {path.link_id: path for path in previous.links}
    names = _card_names(project)
    size = options.body_font_size
    line = size * options.line_spacing
    blocked = _Boxes()
    for box in cards.values():
        r = box.rect
        blocked.add(
            Rect(
                r.x - CLEARANCE, r.y - CLEARANCE, r.width + 2 * CLEARANCE, r.height + 2 * CLEARANCE
            )
        )
    # First the place of every label that fits beside its connector; a marker sits on the
    # middle of each other one, and a label that a marker would cover gets a number too.
    routed: list[tuple[Link, CubicSegment, str, TextBlock | None]] = []
    middles = _Boxes()
    for link in links:
        source, target = cards.get(link.from_card), cards.get(link.to_card)
        if source is None or target is None:
            continue
        segment = route(source, target, options)
        full = " ".join(link.label.split())
        label = None
        if full:
            text = wrapper.fit_line(full, options.link_label_max_width, size)
            # Cut short ("…") counts as not fitting: the table gives the whole text.
            if text == full:
                label = _beside(segment, text, wrapper, size, line, options, blocked)
            if label is None:
                middles.add(marker_area(segment.point_at(0.5)))
            else:
                blocked.add(label_area(label))
        routed.append((link, segment, full, label))
    routed = [
        (link, segment, full, None if label and middles.hits(label_area(label)) else label)
        for link, segment, full, label in routed
    ]
    # Numbers in reading order: persona band by band, then left to right, top to bottom.
    band_top: dict[str, float] = {}
    for box in cards.values():
        band_top[box.cell[0]] = min(band_top.get(box.cell[0], box.rect.y), box.rect.y)

    def reading(item: tuple[Link, CubicSegment, str, TextBlock | None]) -> tuple:
        at = item[1].point_at(0.5)
        return (band_top[cards[item[0].from_card].cell[0]], round(at.x, 3), round(at.y, 3))

    numbers = {
        item[0].id: number
        for number, item in enumerate(
            sorted((item for item in routed if item[2] and item[3] is None), key=reading), 1
        )
    }
    paths = []
    for link, segment, full, label in routed:
        number = numbers.get(link.id)
        marker = None
        listing = ""
        if number is not None:
            marker = _marker(segment.point_at(0.5), number, wrapper, size, options)
            ends = f"{names.get(link.from_card, '?')} → {names.get(link.to_card, '?')}"
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
        old = earlier.get(link.id)
        paths.append(old if old is not None and old == path else path)
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
