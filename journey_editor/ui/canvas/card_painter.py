"""How a card looks, painted from its CardBox alone (the canvas item, the drag ghost and any
export that renders the scene all use this).

    ┌▌─────────────────────────────┐   white rounded card, channel colour on the left edge
    │▌[icon] Title, wrapped as the │   chip: channel colour + icon
    │▌       layout wrapped it     │
    │▌●●●○○ 3           ★ ⇥ (☺)    │   effort, moment of truth, exit, emotion
    └──────────────────────────────┘   border: observed solid, assumed dashed, proposed dotted

Zoomed far out the text is unreadable anyway: below `DETAIL_LOD` the card is drawn as a
plain shape with its colour strip and greyed text lines, which keeps a 5,000-card map fluid.
Antialiased curves are what costs (a rounded rectangle is several times the price of a plain
one), so the card is one rounded shape filled and stroked in a single call, and the strip
and the shadow are plain shapes.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPen

from journey_editor.layout import CardBox
from journey_editor.layout import card_style as style
from journey_editor.layout import colours as c
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.marks import (
    paint_chip,
    paint_effort,
    paint_exit,
    paint_face,
    paint_star,
    paint_votes,
    qrect,
)
from journey_editor.ui.canvas.text import draw_block, draw_greeked

# The card's look (radius, strip, shadow, borders) is `layout/card_style.py`, shared with the
# PDF; what follows is the screen's own: selection and the simplified drawing zoomed out.
SELECTION_GAP = 2.2  # between the card and its selection outline
SELECTION_WIDTH = 2.4
MARGIN = SELECTION_GAP + SELECTION_WIDTH  # how far painting reaches outside the card
SHADOW_MARGIN = 2.0  # … when it is not selected: the border's half width and the shadow
VOTE_MARGIN = style.VOTE_REACH + 0.5  # above a card with votes: its dots straddle the top edge
# Scene-to-device scale under which text is smaller than ~4 px: draw the card simplified.
DETAIL_LOD = 0.45
# … and under which a card is a few pixels wide: a plain tile in its channel's tint (the
# whole-map overview of a 5,000-card map paints in a blink and still shows the channel mix).
COARSE_LOD = 0.2
GREEK = theme.tint(c.INK, 0.22)
SHADOW_PEN = QPen(theme.with_alpha(style.SHADOW_COLOUR, style.SHADOW_ALPHA), style.SHADOW_WIDTH)
SELECTION_PEN = QPen(theme.ACCENT, SELECTION_WIDTH)


@lru_cache(maxsize=8)
def border_pen(evidence: str | None) -> QPen:
    border = style.border(evidence)
    pen = QPen(theme.colour(border.colour), border.width)
    if not border.solid:
        # Flat caps: round ones cost ten times as much to rasterise, for no visible gain.
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setDashPattern(list(border.dashes))  # in pen widths, as the style gives them
    return pen


def _broken_border(painter: QPainter, x: float, y: float, width: float, height: float) -> None:
    """A dashed or dotted border along the four straight edges: dashing the rounded corners
    too costs ten times as much, and the gap at each corner reads as part of the pattern."""
    right, bottom, r = x + width, y + height, style.RADIUS
    painter.drawLine(QPointF(x + r, y), QPointF(right - r, y))
    painter.drawLine(QPointF(x + r, bottom), QPointF(right - r, bottom))
    painter.drawLine(QPointF(x, y + r), QPointF(x, bottom - r))
    painter.drawLine(QPointF(right, y + r), QPointF(right, bottom - r))


def paint_card(
    painter: QPainter,
    box: CardBox,
    lod: float = 1.0,
    selected: bool = False,
    title: bool = True,
) -> None:
    """Draw `box` in layout coordinates (translate the painter first to draw it elsewhere).
    `title` False leaves the title out (the inline editor is typing it over the card)."""
    rect = qrect(box.rect)
    x, y, width, height = box.rect

    if lod < COARSE_LOD:
        fill = theme.tint(box.colour, 0.55) if box.colour is not None else theme.CARD_BG
        painter.fillRect(rect, fill)
        if selected:
            painter.fillRect(rect, theme.ACCENT)
        return

    if lod >= DETAIL_LOD:
        # A soft shadow under the bottom edge lifts the card off the tinted lane.
        painter.setPen(SHADOW_PEN)
        start, end = style.shadow_line(box.rect)
        painter.drawLine(QPointF(*start), QPointF(*end))
    pen = border_pen(box.evidence)
    painter.setBrush(theme.CARD_BG)
    if pen.style() == Qt.PenStyle.SolidLine:
        painter.setPen(pen)
        painter.drawRoundedRect(rect, style.RADIUS, style.RADIUS)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, style.RADIUS, style.RADIUS)
        painter.setPen(pen)
        _broken_border(painter, x, y, width, height)

    if box.colour is not None:
        painter.fillRect(qrect(style.strip_rect(box.rect)), theme.colour(box.colour))

    if lod < DETAIL_LOD:
        draw_greeked(painter, box.title, GREEK)
    else:
        if box.chip is not None and box.colour is not None:
            paint_chip(painter, box.chip, box.colour, box.icon)
        if title:
            draw_block(painter, box.title, theme.INK)
        if box.effort_badge is not None and box.effort is not None:
            paint_effort(painter, box.effort_badge, box.effort)
        if box.moment_of_truth is not None:
            paint_star(painter, box.moment_of_truth)
        if box.exit_point is not None:
            paint_exit(painter, box.exit_point)
        if box.emotion_face is not None and box.emotion is not None:
            paint_face(painter, box.emotion_face, box.emotion)
    # Votes read even zoomed out (where the text is greeked): finding the voted cards on the
    # whole map is what they are for.
    if box.votes:
        paint_votes(painter, box.rect, box.votes)

    if selected:
        painter.setPen(SELECTION_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        grow = SELECTION_GAP + SELECTION_WIDTH / 2
        outline = rect.adjusted(-grow, -grow, grow, grow)
        painter.drawRoundedRect(outline, style.RADIUS + grow, style.RADIUS + grow)
