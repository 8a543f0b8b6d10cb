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
"""

from __future__ import annotations

from journey_editor.layout.boxes import CardBox, LinkPath
from journey_editor.layout.geometry import CubicSegment, Point
from journey_editor.layout.map_layout import MapLayout
from journey_editor.layout.options import LayoutOptions
from journey_editor.layout.text import TextWrapper, place_lines
from journey_editor.model.entities import Link

MIN_HANDLE = 18.0


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


def link_paths(
    links: list[Link],
    cards: dict[str, CardBox],
    options: LayoutOptions,
    wrapper: TextWrapper,
    previous: MapLayout | None = None,
) -> tuple[LinkPath, ...]:
    """The path of every link whose two cards are laid out. With the `previous` layout, a link
    whose two card boxes are the very objects it had there (bands taken over by update_layout)
    and whose label reads the same keeps its previous path."""
    if not options.show_links:
        return ()
    earlier: dict[str, LinkPath] = {}
    earlier_cards: dict[str, CardBox] = {}
    if previous is not None:
        earlier = {path.link_id: path for path in previous.links}
        earlier_cards = previous.cards
    size = options.body_font_size
    line = size * options.line_spacing
    paths = []
    for link in links:
        source, target = cards.get(link.from_card), cards.get(link.to_card)
        if source is None or target is None:
            continue
        text = link.label.strip()
        if text:
            text = wrapper.fit_line(text, options.link_label_max_width, size)
        old = earlier.get(link.id)
        if (
            old is not None
            and old.from_card == link.from_card
            and old.to_card == link.to_card
            and earlier_cards.get(link.from_card) is source
            and earlier_cards.get(link.to_card) is target
            and (old.label.texts[0] if old.label is not None else "") == text
        ):
            paths.append(old)
            continue
        segment = route(source, target, options)
        label = None
        if text:
            width = wrapper.width(text, size)
            middle = segment.point_at(0.5)
            label = place_lines(
                (text,),
                middle.x - width / 2,
                middle.y - line / 2,
                width,
                size,
                options.line_spacing,
            )
        paths.append(
            LinkPath(
                link_id=link.id,
                from_card=link.from_card,
                to_card=link.to_card,
                segments=(segment,),
                arrow=arrow_head(segment, options),
                label=label,
            )
        )
    return tuple(paths)
