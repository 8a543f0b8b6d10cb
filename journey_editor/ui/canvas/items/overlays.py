"""Transient items the gestures show: the drop indicator, a marked cell, drag ghosts."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journey_editor.layout import CardBox
from journey_editor.layout import card_style as style
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.card_painter import MARGIN, paint_card
from journey_editor.ui.canvas.items.base import Z_CELL_MARK, Z_GHOST, Z_INDICATOR
from journey_editor.ui.canvas.text import map_font

INDICATOR_WIDTH = 3.0
END_DOT = 3.2


class DropIndicatorItem(QGraphicsItem):
    """A thick accent line with a dot at each end: "your cards land here"."""

    def __init__(self) -> None:
        super().__init__()
        self.line = QLineF()
        self.setZValue(Z_INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        line = QLineF(x1, y1, x2, y2)
        if line != self.line:
            self.prepareGeometryChange()
            self.line = line
        self.show()

    def boundingRect(self) -> QRectF:
        grow = END_DOT + INDICATOR_WIDTH
        return (
            QRectF(self.line.p1(), self.line.p2()).normalized().adjusted(-grow, -grow, grow, grow)
        )

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        pen = QPen(theme.ACCENT, INDICATOR_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self.line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.ACCENT)
        for point in (self.line.p1(), self.line.p2()):
            painter.drawEllipse(point, END_DOT, END_DOT)


class CellMarkItem(QGraphicsItem):
    """A cell drawn attention to: the drop target while dragging (filled), or the empty cell
    the keyboard or a click selected (dashed outline)."""

    def __init__(self, dashed: bool) -> None:
        super().__init__()
        self.rect = QRectF()
        self.dashed = dashed
        self.setZValue(Z_CELL_MARK if not dashed else Z_CELL_MARK + 0.1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect
        self.show()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        inner = self.rect.adjusted(1.5, 1.5, -1.5, -1.5)
        if self.dashed:
            pen = QPen(theme.ACCENT, 2.0, Qt.PenStyle.DashLine)
            pen.setDashPattern([3.0, 2.0])
            painter.setPen(pen)
            painter.setBrush(theme.ACCENT_FILL)
        else:
            # Fill only: the drop indicator line, drawn over it, must be the strongest mark.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.ACCENT_FILL)
        painter.drawRoundedRect(inner, 3.0, 3.0)


class CardGhostItem(QGraphicsItem):
    """The dragged card under the cursor; with several cards, a stack and their count; with
    Ctrl held, a "+" badge: the drop will copy."""

    def __init__(self, box: CardBox, count: int) -> None:
        super().__init__()
        self.box = box
        self.count = count
        self.copying = False
        self.setZValue(Z_GHOST)
        self.setOpacity(0.8)  # the drop line stays visible through it
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_copying(self, copying: bool) -> None:
        if copying != self.copying:
            self.copying = copying
            self.update()

    def boundingRect(self) -> QRectF:
        rect = self.box.rect
        grow = MARGIN + 12
        return QRectF(-grow, -grow, rect.width + 2 * grow, rect.height + 2 * grow)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        box = self.box
        width, height = box.rect.width, box.rect.height
        if self.count > 1:
            painter.setPen(QPen(theme.CARD_BORDER_STRONG, 0.8))
            painter.setBrush(theme.CARD_BG)
            for step in (2, 1):
                offset = 4.0 * step
                outline = QRectF(offset, offset, width, height)
                painter.drawRoundedRect(outline, style.RADIUS, style.RADIUS)
        painter.save()
        painter.translate(-box.rect.x, -box.rect.y)
        paint_card(painter, box, 1.0, selected=True)
        painter.restore()
        badge = str(self.count) if self.count > 1 else ""
        if self.copying:
            badge = f"+{badge}" if badge else "+"
        if badge:
            radius = 8.0 + 2.5 * max(0, len(badge) - 1)
            centre = QPointF(width, 0.0)
            painter.setPen(QPen(theme.CARD_BG, 1.5))
            painter.setBrush(theme.ACCENT)
            painter.drawEllipse(centre, radius, 8.0)
            painter.setPen(theme.CARD_BG)
            painter.setFont(map_font(painter, 9.0, True))
            painter.drawText(
                QRectF(centre.x() - radius, -8.0, 2 * radius, 16.0),
                Qt.AlignmentFlag.AlignCenter,
                badge,
            )


class HeaderGhostItem(QGraphicsItem):
    """A translucent copy of the header being dragged, sliding along its axis."""

    def __init__(self, rect: QRectF, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.rect = rect
        self.setZValue(Z_GHOST)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setPen(QPen(theme.ACCENT, 2.0))
        painter.setBrush(theme.ACCENT_FILL)
        painter.drawRect(self.rect.adjusted(1, 1, -1, -1))
