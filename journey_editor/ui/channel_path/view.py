"""The channel path drawn in a widget, laid out in the widget's own size (a point is a pixel).
Hovering a dot names its card in a tooltip and rings it; clicking it asks for the card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from journey_editor.layout import Rect, colours
from journey_editor.layout.channel_path import ChannelPath, ChannelPathLabels, channel_path
from journey_editor.layout.geometry import Point
from journey_editor.model.project import Project
from journey_editor.ui.canvas import theme
from journey_editor.ui.card_tips import card_tooltip
from journey_editor.ui.channel_path.painter import paint_channel_path

MARGIN = 24.0


class ChannelPathView(QWidget):
    card_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(560, 360)
        self.project: Project | None = None
        self.persona_id = ""
        self.labels = ChannelPathLabels()
        self.path: ChannelPath | None = None
        self.hovered = ""  # the card id of the dot under the pointer

    def set_content(self, project: Project, persona_id: str, labels: ChannelPathLabels) -> None:
        self.project, self.persona_id, self.labels = project, persona_id, labels
        self.relayout()

    def relayout(self) -> None:
        known = self.project is not None and any(
            p.id == self.persona_id for p in self.project.personas
        )
        if not known:
            self.path = None
        else:
            area = Rect(MARGIN, MARGIN, self.width() - 2 * MARGIN, self.height() - 2 * MARGIN)
            self.path = channel_path(self.project, self.persona_id, area, self.labels)
        self.hovered = ""
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(colours.WHITE))
        if self.path is not None:
            paint_channel_path(painter, self.path)
            dot = next((d for d in self.path.dots if d.card_id == self.hovered), None)
            if dot is not None:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(theme.ACCENT, max(1.5, 1.4 * self.path.scale)))
                radius = self.path.dot_radius * 1.8
                painter.drawEllipse(QPointF(*dot.centre), radius, radius)
        painter.end()

    def card_at(self, pos: QPointF) -> str:
        if self.path is None:
            return ""
        dot = self.path.dot_near(Point(pos.x(), pos.y()))
        return dot.card_id if dot is not None else ""

    def _show_tip(self, pos: QPointF, global_pos: QPoint) -> None:
        card_id = self.card_at(pos)
        if card_id != self.hovered:
            self.hovered = card_id
            self.update()
        text = card_tooltip(self.project, card_id, by_persona=False) if card_id else ""
        if text:
            QToolTip.showText(global_pos, text, self)
        else:
            QToolTip.hideText()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._show_tip(event.position(), event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tip(QPointF(event.pos()), event.globalPos())
            return True
        return super().event(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self.hovered:
            self.hovered = ""
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        card_id = self.card_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and card_id:
            self.card_clicked.emit(card_id)
            return
        super().mousePressEvent(event)
