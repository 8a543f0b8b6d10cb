"""A persona's emotion curve: guide levels, the neutral baseline, the smooth line through its
cards' scores, a face at each point and a red ring on the hot spots (the lowest points).

Each point stands for a card (`CurvePoint.card_id`): hovering a point shows which one in a
tooltip (the scene's `describe_card` writes it), and the point of a selected card wears the
selection ring, as the card itself wears its outline (the scene's highlight, `set_highlight`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
)

from journey_editor.layout import CurvePoint, EmotionCurve, Rect, curve_point_at
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.base import Z_CURVE, MapItem
from journey_editor.ui.canvas.marks import paint_face, qrect

FACE = 13.0  # a curve face is a little larger than a card's: it is read from afar
RING = 2.6  # hot-spot ring, beyond the face
SELECTED_RING = FACE / 2 + RING + 2.4  # the selected card's ring, outside the hot-spot ring
SELECTED_PEN = 2.2
HOVER_RADIUS = FACE / 2 + RING  # how near a point the pointer must be for its tooltip


class EmotionCurveItem(MapItem):
    kind = "curve"

    def __init__(self, curve: EmotionCurve) -> None:
        super().__init__(curve.persona_id, curve)
        self.setZValue(Z_CURVE)
        # The curve spans the map's width: draw the faces of the exposed part only.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptHoverEvents(True)
        self._path: QPainterPath | None = None
        self.card_ids: frozenset[str] = frozenset()
        self.hovered: CurvePoint | None = None
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

    def _path_within(self, area: QRectF) -> QPainterPath:
        """The curve's segments that come near `area` (each stays inside its control points'
        box): the whole path when it all shows. A stretch starts where the segment before it
        lies wholly outside, so its cap does not show."""
        spec = self.spec
        reach = SELECTED_PEN + 2.4  # the line's half width, and some
        near = area.adjusted(-reach, -reach, reach, reach)
        left, right, top, bottom = near.left(), near.right(), near.top(), near.bottom()
        path = QPainterPath()
        drawing = False
        shown = 0
        for segment in spec.segments:
            xs = (segment.start.x, segment.c1.x, segment.c2.x, segment.end.x)
            ys = (segment.start.y, segment.c1.y, segment.c2.y, segment.end.y)
            if max(xs) < left or min(xs) > right or max(ys) < top or min(ys) > bottom:
                drawing = False
                continue
            if not drawing:
                path.moveTo(segment.start.x, segment.start.y)
                drawing = True
            path.cubicTo(QPointF(*segment.c1), QPointF(*segment.c2), QPointF(*segment.end))
            shown += 1
        if shown == len(spec.segments):
            return self.path()
        return path

    def set_spec(self, spec: EmotionCurve) -> None:
        # A curve already on show repaints what changed; a new one is painted whole.
        old = self.spec if self.scene() is not None else None
        self.spec = spec
        self._path = None  # built when first painted: a long curve may never be on screen
        self.card_ids = frozenset(point.card_id for point in spec.points)
        self._set_hovered(None)  # the points moved: the next hover move finds its point again
        margin = SELECTED_RING + SELECTED_PEN
        bounds = qrect(spec.zone).adjusted(-margin, -margin, margin, margin)
        changed = _changed_areas(old, spec) if old is not None else None
        if changed is None or bounds != self.rect():
            self.set_bounds(bounds)
            self.update()
            return
        # A card moved along the curve changes its two ends' neighbourhoods, not the stretch
        # between: only those are painted again (a long curve costs a few milliseconds).
        for area in changed:
            self.update(area.adjusted(-margin, -margin, margin, margin))

    # --- which card a point stands for ----------------------------------------------------------

    def point_at(self, pos: QPointF) -> CurvePoint | None:
        """The point under `pos` (scene coordinates: the item sits at the origin)."""
        return curve_point_at(self.spec, pos.x(), pos.y(), HOVER_RADIUS)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._set_hovered(self.point_at(event.pos()))

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._set_hovered(self.point_at(event.pos()))

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._set_hovered(None)

    def _set_hovered(self, point: CurvePoint | None) -> None:
        if point == self.hovered:
            return
        self.hovered = point
        self.refresh_tooltip()

    def refresh_tooltip(self) -> None:
        """The hovered point's card, described now (the scene calls this again just before
        showing it, so an edit made while the pointer rests is never shown stale)."""
        text = ""
        describe = getattr(self.scene(), "describe_card", None)
        if self.hovered is not None and describe is not None:
            text = describe(self.hovered.card_id)
        # Qt's help event shows the tooltip of the item under the pointer: only over a point.
        if text != self.toolTip():
            self.setToolTip(text)

    # --- painting -------------------------------------------------------------------------------

    def _selected(self) -> frozenset[str]:
        scene = self.scene()
        if scene is None or getattr(scene, "highlight_kind", None) != "card":
            return frozenset()
        return self.card_ids & scene.highlight_ids

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        curve = self.spec
        # Only the stretch that shows: dashing a line across a 40-stage map costs thousands of
        # dashes, stroking its whole path and drawing its every face a few milliseconds.
        area = _shown_area(painter, option)
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
        painter.drawPath(self._path_within(area))

        selected = self._selected()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod * FACE < 4.0:
            # Faces of a pixel or two: the line says it all, but a selected point still shows.
            for point in curve.points:
                if point.card_id in selected:
                    _paint_selected_ring(painter, point)
            return
        hot = {point.card_id for point in curve.hot_spots}
        exposed = area.adjusted(-SELECTED_RING, -SELECTED_RING, SELECTED_RING, SELECTED_RING)
        for point in curve.points:
            if not exposed.contains(point.x, point.y):
                continue
            if point.card_id in selected:
                _paint_selected_ring(painter, point)
            face = Rect(point.x - FACE / 2, point.y - FACE / 2, FACE, FACE)
            if point.card_id in hot:
                ring = FACE / 2 + RING
                painter.setPen(QPen(theme.HOT_SPOT, 1.8))
                painter.setBrush(theme.tint(theme.HOT_SPOT.name(), 0.18))
                painter.drawEllipse(QRectF(point.x - ring, point.y - ring, 2 * ring, 2 * ring))
            paint_face(painter, face, point.emotion, 0.9)


def _changed_areas(old: EmotionCurve, new: EmotionCurve) -> list[QRectF] | None:
    """Where `new` differs from `old`: the boxes of the segments and the faces (points) one
    has and the other has not. None when more than the line and its faces changed (the zone,
    the levels: everything is painted again)."""
    if (old.zone, old.levels, old.x_range) != (new.zone, new.levels, new.x_range):
        return None
    areas = []
    for segment in set(old.segments).symmetric_difference(new.segments):
        xs = (segment.start.x, segment.c1.x, segment.c2.x, segment.end.x)
        ys = (segment.start.y, segment.c1.y, segment.c2.y, segment.end.y)
        areas.append(QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    hot = {point.card_id for point in (*old.hot_spots, *new.hot_spots)}
    for point in set(old.points).symmetric_difference(new.points):
        areas.append(QRectF(point.x, point.y, 0.0, 0.0))
    for point in (*old.points, *new.points):
        if point.card_id in hot and (point in old.hot_spots) != (point in new.hot_spots):
            areas.append(QRectF(point.x, point.y, 0.0, 0.0))
    if len(areas) > 64:
        return None
    return areas


def _shown_area(painter: QPainter, option: QStyleOptionGraphicsItem) -> QRectF:
    """The part of the item this paint can show, in its coordinates: the exposed rectangle,
    within the painter's clip and its device (Qt asks an item that keeps its picture to paint
    all of itself into a picture of the part on the screen)."""
    area = QRectF(option.exposedRect)
    if painter.hasClipping():
        area = area.intersected(painter.clipBoundingRect())
    device = painter.device()
    inverse, invertible = painter.worldTransform().inverted()
    if device is not None and invertible and device.width() > 0 and device.height() > 0:
        area = area.intersected(inverse.mapRect(QRectF(0, 0, device.width(), device.height())))
    return area


def _paint_selected_ring(painter: QPainter, point: CurvePoint) -> None:
    """The selection's accent ring round a point, outside the hot-spot ring: both can show."""
    painter.setPen(QPen(theme.ACCENT, SELECTED_PEN))
    painter.setBrush(theme.ACCENT_FILL)
    ring = SELECTED_RING
    painter.drawEllipse(QRectF(point.x - ring, point.y - ring, 2 * ring, 2 * ring))
