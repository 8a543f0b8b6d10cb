"""The marks of compare mode, paint only, each from its `layout.change_marks` record:

- `GhostCardItem`: a removed card, drawn as a card but faded, with a dashed grey frame, in
  the room the layout made for it in its old cell. Its kind "ghost" is none a click selects:
  a click on it lands on its cell, as on empty paper;
- `BadgeItem`: a pill with a short text ("new", "removed", "moved", "effort 4 → 2"), its
  tooltip the full list of what changed;
- `MoveArrowItem`: a faint arrow from a ring in a moved card's old cell to the card, under the
  cards (where it crosses one, the card hides it);
- `OtherCurveItem`: the other version's emotion curve, dashed grey, under this map's curve.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journey_editor.layout import card_style as style
from journey_editor.layout.change_marks import (
    ARROW_COLOUR,
    BADGE_COLOURS,
    GHOST_BORDER,
    GHOST_OPACITY,
    OTHER_CURVE_COLOUR,
    Badge,
    GhostCard,
    MoveArrow,
    OtherCurve,
)
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.card_painter import SHADOW_MARGIN, paint_card
from journey_editor.ui.canvas.items.base import Z_CARD, Z_CURVE, Z_LINK, MapItem
from journey_editor.ui.canvas.marks import qrect
from journey_editor.ui.canvas.text import draw_block

Z_OTHER_CURVE = Z_CURVE - 0.1  # under this map's own curve
Z_ARROW = (Z_CURVE + Z_CARD) / 2  # over the rows and curves, under the cards
Z_GHOST = Z_CARD
Z_BADGE = Z_LINK + 0.5  # over cards and links
Z_HEADER_BADGE = 10.0  # over the headers of the frozen layer it belongs to
GHOST_FRAME = 1.3


class GhostCardItem(MapItem):
    kind = "ghost"

    def __init__(self, ghost: GhostCard) -> None:
        super().__init__(ghost.box.card_id, ghost)
        self.setZValue(Z_GHOST)
        rect = qrect(ghost.box.rect)
        self.set_bounds(rect.adjusted(-SHADOW_MARGIN, -SHADOW_MARGIN, SHADOW_MARGIN, SHADOW_MARGIN))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        box = self.spec.box
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.save()
        painter.setOpacity(GHOST_OPACITY)
        paint_card(painter, box, lod)
        painter.restore()
        frame = QPen(theme.colour(GHOST_BORDER), GHOST_FRAME)
        frame.setDashPattern([3.0, 2.5])
        painter.setPen(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(qrect(box.rect), style.RADIUS, style.RADIUS)


class BadgeItem(MapItem):
    kind = "badge"

    def __init__(self, badge: Badge, parent: QGraphicsItem | None = None) -> None:
        super().__init__(badge.target, badge, parent)
        self.setZValue(Z_BADGE if parent is None else Z_HEADER_BADGE)
        self.set_bounds(qrect(badge.rect).adjusted(-1, -1, 1, 1))
        self.setToolTip("\n".join(badge.details))

    @property
    def text(self) -> str:
        return self.spec.label.texts[0] if self.spec.label.texts else ""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        badge = self.spec
        fill, ink = BADGE_COLOURS[badge.sort]
        rect = qrect(badge.rect)
        painter.setPen(QPen(theme.CARD_BG, 1.0))  # a white rim parts it from what is under it
        painter.setBrush(theme.colour(fill))
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        if option.levelOfDetailFromTransform(painter.worldTransform()) * badge.label.size < 3.5:
            return  # unreadably small: the colour says there is a change
        draw_block(painter, badge.label, theme.colour(ink))


class MoveArrowItem(MapItem):
    kind = "arrow"

    def __init__(self, arrow: MoveArrow) -> None:
        super().__init__(arrow.card_id, arrow)
        self.setZValue(Z_ARROW)
        segment = arrow.segment
        path = QPainterPath(QPointF(*segment.start))
        path.cubicTo(QPointF(*segment.c1), QPointF(*segment.c2), QPointF(*segment.end))
        self._path = path
        self._head = QPolygonF([QPointF(*point) for point in arrow.head])
        bounds = path.boundingRect().united(self._head.boundingRect())
        self.set_bounds(bounds.adjusted(-4, -4, 4, 4))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        colour = theme.with_alpha(ARROW_COLOUR, 150)
        pen = QPen(colour, 1.4)
        pen.setDashPattern([4.0, 2.5])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        origin = self.spec.origin
        ring = 2.6
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(theme.CARD_BG)
        painter.drawEllipse(QRectF(origin.x - ring, origin.y - ring, 2 * ring, 2 * ring))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)


class OtherCurveItem(MapItem):
    kind = "other_curve"

    def __init__(self, curve: OtherCurve) -> None:
        super().__init__(curve.persona_id, curve)
        self.setZValue(Z_OTHER_CURVE)
        path = QPainterPath()
        if curve.points:
            path.moveTo(curve.points[0].x, curve.points[0].y)
            for segment in curve.segments:
                path.cubicTo(QPointF(*segment.c1), QPointF(*segment.c2), QPointF(*segment.end))
        self._path = path
        bounds = path.boundingRect()
        for point in curve.points:
            bounds = bounds.united(QRectF(point.x - 4, point.y - 4, 8, 8))
        self.set_bounds(bounds.adjusted(-3, -3, 3, 3))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        grey = theme.colour(OTHER_CURVE_COLOUR)
        pen = QPen(grey, 2.0)
        pen.setDashPattern([3.0, 2.0])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(QPen(grey, 1.4))
        painter.setBrush(theme.CARD_BG)
        for point in self.spec.points:
            painter.drawEllipse(QPointF(point.x, point.y), 3.2, 3.2)
