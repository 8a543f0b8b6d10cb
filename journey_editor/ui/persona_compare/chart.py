"""The comparison drawn in a widget: laid out in the widget's own size (a point is a pixel),
so a bigger window gets bigger text and a taller chart. Hovering a marker names its card in a
tooltip at once (and rings the marker); clicking it asks for the card on the map."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from journey_editor.layout import Rect, colours
from journey_editor.layout.compute import LayoutCache
from journey_editor.layout.persona_compare import (
    ComparedPoint,
    CompareLabels,
    PersonaComparison,
    compare_personas,
    points_near,
)
from journey_editor.model.project import Project
from journey_editor.ui.canvas import theme
from journey_editor.ui.card_tips import card_tooltip
from journey_editor.ui.persona_compare.painter import paint_comparison

MARGIN = 24.0
MIN_SCALE = 0.85  # below this the window is too small to present from: it clips instead


class CompareChart(QWidget):
    """Paints `comparison`; `set_content` gives it the map, the personas and the words."""

    card_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(640, 420)
        self.project: Project | None = None
        self.persona_ids: tuple[str, ...] = ()
        self.labels = CompareLabels()
        self.comparison: PersonaComparison | None = None
        self.hovered: tuple[ComparedPoint, ...] = ()
        self._cache = LayoutCache()

    # --- content --------------------------------------------------------------------------

    def set_content(self, project: Project, persona_ids, labels: CompareLabels) -> None:
        self.project = project
        self.persona_ids = tuple(persona_ids)
        self.labels = labels
        self.relayout()

    def relayout(self) -> None:
        if self.project is None:
            return
        area = Rect(MARGIN, MARGIN, self.width() - 2 * MARGIN, self.height() - 2 * MARGIN)
        self.comparison = compare_personas(
            self.project,
            area,
            self.persona_ids,
            self.labels,
            cache=self._cache,
            min_scale=MIN_SCALE,
        )
        self.hovered = ()
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(colours.WHITE))
        if self.comparison is not None:
            paint_comparison(painter, self.comparison)
            self._paint_hover(painter)
        painter.end()

    def _paint_hover(self, painter: QPainter) -> None:
        if not self.hovered or self.comparison is None:
            return
        radius = self.comparison.marker_radius * 2.0
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(theme.ACCENT, max(1.5, self.comparison.scale * 1.4)))
        point = self.hovered[0]
        painter.drawEllipse(QPointF(point.x, point.y), radius, radius)

    # --- pointing -------------------------------------------------------------------------

    def points_at(self, pos: QPointF) -> list[ComparedPoint]:
        if self.comparison is None:
            return []
        return points_near(self.comparison, pos.x(), pos.y())

    def tooltip_at(self, pos: QPointF) -> str:
        """What hovering `pos` says: each card under the pointer, nearest first."""
        if self.project is None:
            return ""
        texts = [
            card_tooltip(self.project, point.card_id, by_persona=True)
            for point in self.points_at(pos)
        ]
        return "\n\n".join(text for text in texts if text)

    def _show_tip(self, pos: QPointF, global_pos: QPoint) -> None:
        hovered = tuple(self.points_at(pos))
        if hovered != self.hovered:
            self.hovered = hovered
            self.update()
        text = self.tooltip_at(pos)
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
            self.hovered = ()
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.points_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and found:
            self.card_clicked.emit(found[0].card_id)
            return
        super().mousePressEvent(event)
