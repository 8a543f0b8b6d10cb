"""What drawing a link shows: the link handle on the hovered card's right edge, and the
rubber connector that follows the pointer, with the target card outlined (accent when the
link can be made there, red when it would be refused). A selected link shows a handle on
each of its two ends (`LinkEndsItem`): dragging one reconnects that end."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.base import Z_GHOST, Z_INDICATOR

HANDLE_RADIUS = 6.0  # scene units; a press this close to the handle's centre starts a link
REFUSED = QColor(198, 40, 40)


def handle_centre(card: QRectF) -> QPointF:
    """Where a card's link handle sits: the middle of its right edge."""
    return QPointF(card.right(), card.center().y())


class LinkHandleItem(QGraphicsItem):
    """A small accent disc with a white "+" chevron: "drag from here to link"."""

    def __init__(self) -> None:
        super().__init__()
        self.card_id: str | None = None
        self.centre = QPointF()
        self.setZValue(Z_INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_on(self, card_id: str, card: QRectF) -> None:
        centre = handle_centre(card)
        if centre != self.centre:
            self.prepareGeometryChange()
            self.centre = centre
        self.card_id = card_id
        self.show()
        self.update()

    def hide_handle(self) -> None:
        self.card_id = None
        self.hide()

    def boundingRect(self) -> QRectF:
        r = HANDLE_RADIUS + 1.5
        return QRectF(self.centre.x() - r, self.centre.y() - r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setPen(QPen(theme.CARD_BG, 1.5))
        painter.setBrush(theme.ACCENT)
        painter.drawEllipse(self.centre, HANDLE_RADIUS, HANDLE_RADIUS)
        pen = QPen(theme.CARD_BG, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        c, s = self.centre, HANDLE_RADIUS * 0.45
        painter.drawLine(QPointF(c.x() - s, c.y()), QPointF(c.x() + s, c.y()))
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(c.x() + s * 0.1, c.y() - s),
                    QPointF(c.x() + s, c.y()),
                    QPointF(c.x() + s * 0.1, c.y() + s),
                ]
            )
        )


class LinkRubberItem(QGraphicsItem):
    """The connector while a link is drawn: from the source card's handle to the pointer, or
    to the target card's left edge with that card outlined."""

    def __init__(self) -> None:
        super().__init__()
        self.start = QPointF()
        self.end = QPointF()
        self.target = QRectF()  # empty: no card under the pointer
        self.refused = False
        # Reconnecting a link's start: the card under the pointer is at the start, the
        # arrowhead stays on the fixed end.
        self.target_at_start = False
        self.setZValue(Z_GHOST)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_connector(
        self,
        start: QPointF,
        end: QPointF,
        target: QRectF | None,
        refused: bool = False,
        target_at_start: bool = False,
    ) -> None:
        self.prepareGeometryChange()
        self.start, self.end = QPointF(start), QPointF(end)
        self.target = QRectF(target) if target is not None else QRectF()
        self.refused = refused
        self.target_at_start = target_at_start
        self.show()
        self.update()

    def _path(self) -> QPainterPath:
        path = QPainterPath(self.start)
        dx = max(30.0, abs(self.end.x() - self.start.x()) / 2)
        end_dx = -dx if not self.target.isEmpty() or self.target_at_start else -dx * 0.3
        path.cubicTo(
            QPointF(self.start.x() + dx, self.start.y()),
            QPointF(self.end.x() + end_dx, self.end.y()),
            self.end,
        )
        return path

    def boundingRect(self) -> QRectF:
        rect = self._path().boundingRect().united(QRectF(self.end, self.end))
        if not self.target.isEmpty():
            rect = rect.united(self.target)
        return rect.adjusted(-8, -8, 8, 8)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        colour = REFUSED if self.refused else theme.ACCENT
        if not self.target.isEmpty():
            fill = QColor(colour)
            fill.setAlpha(40)
            painter.setPen(QPen(colour, 2.5))
            painter.setBrush(fill)
            painter.drawRoundedRect(self.target.adjusted(-3, -3, 3, 3), 5.0, 5.0)
        pen = QPen(colour, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.target.isEmpty():
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(self.start, 3.5, 3.5)
        if self.target.isEmpty() and not self.target_at_start:
            painter.drawEllipse(self.end, 3.5, 3.5)
        else:  # an arrowhead into the target card
            e = self.end
            painter.drawPolygon(
                QPolygonF([e, QPointF(e.x() - 9, e.y() - 5), QPointF(e.x() - 9, e.y() + 5)])
            )


END_RADIUS = 5.0  # scene units: the disc on each end of the selected link


class LinkEndsItem(QGraphicsItem):
    """The two ends of the selected link, as white discs ringed in the accent colour, the
    way diagram editors mark a connector's ends: "drag me to another card"."""

    def __init__(self) -> None:
        super().__init__()
        self.link_id: str | None = None
        self.start = QPointF()
        self.end = QPointF()
        self.setZValue(Z_INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_on(self, link_id: str, start: QPointF, end: QPointF) -> None:
        if (start, end) != (self.start, self.end):
            self.prepareGeometryChange()
            self.start, self.end = QPointF(start), QPointF(end)
        self.link_id = link_id
        self.show()
        self.update()

    def hide_ends(self) -> None:
        self.link_id = None
        self.hide()

    def point(self, end: str) -> QPointF:
        """Where the "from" or "to" end is drawn."""
        return self.start if end == "from" else self.end

    def boundingRect(self) -> QRectF:
        r = END_RADIUS + 2.0
        rect = QRectF(self.start, self.end).normalized()
        return rect.adjusted(-r, -r, r, r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setPen(QPen(theme.ACCENT, 2.0))
        painter.setBrush(theme.CARD_BG)
        for centre in (self.start, self.end):
            painter.drawEllipse(centre, END_RADIUS, END_RADIUS)
