"""A link between two cards (a channel switch): a Bézier with an arrowhead and its label on a
light background so it reads over the cards and grid it crosses."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from journey_editor.layout import LinkPath
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.base import Z_LINK, MapItem
from journey_editor.ui.canvas.marks import qrect
from journey_editor.ui.canvas.text import draw_block

LABEL_PAD = 2.5
HIT_WIDTH = 9.0  # scene units: a click this close to the stroke selects the link


class LinkItem(MapItem):
    kind = "link"

    def __init__(self, link: LinkPath) -> None:
        super().__init__(link.link_id, link)
        self.setZValue(Z_LINK)
        self._path = QPainterPath()
        self._shape = QPainterPath()
        self.set_spec(link)

    def set_spec(self, spec: LinkPath) -> None:
        self.spec = spec
        path = QPainterPath()
        if spec.segments:
            path.moveTo(*spec.segments[0].start)
            for segment in spec.segments:
                path.cubicTo(QPointF(*segment.c1), QPointF(*segment.c2), QPointF(*segment.end))
        self._path = path
        stroker = QPainterPathStroker()
        stroker.setWidth(HIT_WIDTH)
        shape = stroker.createStroke(path)
        shape.addPolygon(QPolygonF([QPointF(*p) for p in spec.arrow]))
        if spec.label is not None and spec.label.texts:
            shape.addRect(self._label_rect())
        self._shape = shape.simplified()
        bounds = path.boundingRect()
        arrow = QPolygonF([QPointF(*p) for p in spec.arrow]).boundingRect()
        bounds = bounds.united(arrow)
        if spec.label is not None:
            bounds = bounds.united(self._label_rect())
        self.set_bounds(bounds.adjusted(-HIT_WIDTH, -HIT_WIDTH, HIT_WIDTH, HIT_WIDTH))
        self.update()

    def shape(self) -> QPainterPath:
        # Wider than the stroke, so a link is easy to click; never the whole bounding box.
        return self._shape

    def _label_rect(self):
        label = self.spec.label
        return qrect(label.rect).adjusted(-LABEL_PAD, -LABEL_PAD / 2, LABEL_PAD, LABEL_PAD / 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        link = self.spec
        # Solid: a dashed Bézier costs many times more to rasterise, and the arrowhead and the
        # thinner, lighter stroke already tell a link from the emotion curve.
        colour = theme.ACCENT if self.highlighted else theme.LINK
        if self.highlighted:  # selected: a halo under a thicker accent stroke
            halo = QPen(theme.ACCENT.lighter(170), 6.0)
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        pen = QPen(colour, 2.2 if self.highlighted else 1.3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(*p) for p in link.arrow]))
        if link.label is None or not link.label.texts:
            return
        if option.levelOfDetailFromTransform(painter.worldTransform()) * link.label.size < 4.0:
            return  # unreadably small
        if self.highlighted or self._label_readable():
            painter.setPen(QPen(theme.GRID, 0.6))
            painter.setBrush(theme.CARD_BG)
            painter.drawRoundedRect(self._label_rect(), 3.0, 3.0)
            draw_block(painter, link.label, theme.MUTED)
        else:
            # The label would cover a card's text: a dot says "there is a label"; selecting
            # either card shows it.
            painter.setPen(QPen(theme.CARD_BG, 0.8))
            painter.setBrush(theme.LINK)
            painter.drawEllipse(self._label_rect().center(), 2.6, 2.6)

    def _label_readable(self) -> bool:
        scene = self.scene()
        if scene is None:
            return True
        link = self.spec
        if getattr(scene, "highlight_kind", None) == "card":
            ids = scene.highlight_ids
            if link.from_card in ids or link.to_card in ids:
                return True
        area = self._label_rect()
        for item in scene.items(area, Qt.ItemSelectionMode.IntersectsItemShape):
            if getattr(item, "kind", None) == "card":
                return False
        return True
