"""A link between two cards (a channel switch): a Bézier with an arrowhead, and its label on a
light background beside it, or its numbered marker, as the layout decided."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from journey_editor.layout import LinkPath
from journey_editor.layout.links import label_area, marker_area
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.base import Z_LINK, MapItem
from journey_editor.ui.canvas.marks import qrect
from journey_editor.ui.canvas.text import draw_block

HIT_WIDTH = 9.0  # scene units: a click this close to the stroke selects the link


class LinkItem(MapItem):
    kind = "link"

    def __init__(self, link: LinkPath) -> None:
        super().__init__(link.link_id, link)
        self.setZValue(Z_LINK)
        self._path = QPainterPath()
        self._shape: QPainterPath | None = None
        self.set_spec(link)

    def set_spec(self, spec: LinkPath) -> None:
        old = getattr(self, "spec", None)
        self.spec = spec
        if old is not None and old is not spec and old.segments == spec.segments:
            path = self._path  # the same curve (a number given again): no path to make
        else:
            path = QPainterPath()
            if spec.segments:
                path.moveTo(*spec.segments[0].start)
                for segment in spec.segments:
                    path.cubicTo(QPointF(*segment.c1), QPointF(*segment.c2), QPointF(*segment.end))
        self._path = path
        # The clickable shape is made when first asked for (a click, a hover): renumbering
        # a thousand links after one edit then costs their paths, not their outlines.
        self._shape = None
        bounds = path.boundingRect()
        arrow = QPolygonF([QPointF(*p) for p in spec.arrow]).boundingRect()
        bounds = bounds.united(arrow)
        if spec.label is not None:
            bounds = bounds.united(qrect(label_area(spec.label)))
        if spec.marker is not None:
            bounds = bounds.united(qrect(marker_area(spec.marker.rect.center)))
        self.set_bounds(bounds.adjusted(-HIT_WIDTH, -HIT_WIDTH, HIT_WIDTH, HIT_WIDTH))
        # A numbered link's words on hover, as the print's links table lists them.
        self.setToolTip(f"{spec.number} · {spec.listing}" if spec.number is not None else "")
        self.update()

    def shape(self) -> QPainterPath:
        # Wider than the stroke, so a link is easy to click; never the whole bounding box.
        if self._shape is None:
            spec = self.spec
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            shape = stroker.createStroke(self._path)
            shape.addPolygon(QPolygonF([QPointF(*p) for p in spec.arrow]))
            if spec.label is not None and spec.label.texts:
                shape.addRect(qrect(label_area(spec.label)))
            if spec.marker is not None:
                shape.addEllipse(qrect(marker_area(spec.marker.rect.center)))
            self._shape = shape.simplified()
        return self._shape

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
        # The layout decided (layout/links.py): the label beside the connector where it
        # covers no card, else a numbered marker listed in the print's links table.
        text = link.label if link.label is not None else link.marker
        if text is None or not text.texts:
            return
        if option.levelOfDetailFromTransform(painter.worldTransform()) * text.size < 4.0:
            return  # unreadably small
        if link.label is not None:
            painter.setPen(QPen(theme.GRID, 0.6))
            painter.setBrush(theme.CARD_BG)
            painter.drawRoundedRect(qrect(label_area(link.label)), 3.0, 3.0)
            draw_block(painter, link.label, theme.MUTED)
        else:
            painter.setPen(QPen(theme.LINK, 0.9))
            painter.setBrush(theme.CARD_BG)
            painter.drawEllipse(qrect(marker_area(link.marker.rect.center)))
            draw_block(painter, link.marker, theme.LINK)
