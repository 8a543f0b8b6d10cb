"""A persona's emotion curve: guide levels, the neutral baseline, the smooth line through its
cards' scores, a face at each point and a red ring on the hot spots (the lowest points)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journey_editor.layout import EmotionCurve, Rect
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.base import Z_CURVE, MapItem
from journey_editor.ui.canvas.marks import paint_face, qrect

FACE = 13.0  # a curve face is a little larger than a card's: it is read from afar
RING = 2.6  # hot-spot ring, beyond the face


class EmotionCurveItem(MapItem):
    kind = "curve"

    def __init__(self, curve: EmotionCurve) -> None:
        super().__init__(curve.persona_id, curve)
        self.setZValue(Z_CURVE)
        # The curve spans the map's width: draw the faces of the exposed part only.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._path: QPainterPath | None = None
        self.set_spec(curve)

    def path(self) -> QPainterPath:
        if self._path is None:
            spec = self.spec
            path = QPainterPath()
            if spec.points:
                path.moveTo(spec.points[0].x, spec.points[0].y)
                for segment in spec.segments:
                    path.cubicTo(QPointF(*segment.c1), QPointF(*segment.c2), QPointF(*segment.end))
            self._path = path
        return self._path

    def set_spec(self, spec: EmotionCurve) -> None:
        self.spec = spec
        self._path = None  # built when first painted: a long curve may never be on screen
        margin = FACE / 2 + RING + 2
        self.set_bounds(qrect(spec.zone).adjusted(-margin, -margin, margin, margin))
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        curve = self.spec
        # Only the exposed stretch: dashing a line across a 40-stage map costs thousands of dashes.
        area = option.exposedRect
        left, right = max(curve.x_range[0], area.left()), min(curve.x_range[1], area.right())
        guide = QPen(theme.GRID, 0.7, Qt.PenStyle.DashLine)
        guide.setDashPattern([2.0, 3.0])
        painter.setPen(guide)
        for level in curve.levels:
            if level != curve.baseline_y:
                painter.drawLine(QPointF(left, level), QPointF(right, level))
        painter.setPen(QPen(theme.FAINT, 1.0))
        painter.drawLine(QPointF(left, curve.baseline_y), QPointF(right, curve.baseline_y))

        line = QPen(theme.CURVE, 2.4)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())

        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod * FACE < 4.0:
            return  # faces of a pixel or two: the line says it all
        hot = {point.card_id for point in curve.hot_spots}
        exposed = option.exposedRect.adjusted(-FACE, -FACE, FACE, FACE)
        for point in curve.points:
            if not exposed.contains(point.x, point.y):
                continue
            face = Rect(point.x - FACE / 2, point.y - FACE / 2, FACE, FACE)
            if point.card_id in hot:
                ring = FACE / 2 + RING
                painter.setPen(QPen(theme.HOT_SPOT, 1.8))
                painter.setBrush(theme.tint(theme.HOT_SPOT.name(), 0.18))
                painter.drawEllipse(QRectF(point.x - ring, point.y - ring, 2 * ring, 2 * ring))
            paint_face(painter, face, point.emotion, 0.9)
