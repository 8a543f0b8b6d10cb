"""The body's background: lane rows with the cell grid, and each band's effort heat strip."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journey_editor.layout import HeatCell, LaneRow
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.base import Z_ROW, MapItem
from journey_editor.ui.canvas.items.headers import lane_tint
from journey_editor.ui.canvas.marks import qrect
from journey_editor.ui.canvas.text import map_font

HEAT_NUMBER_MIN_WIDTH = 28.0  # a heat cell narrower than this shows the colour only


class RowSpec(NamedTuple):
    row: LaneRow
    colour: str  # the persona's
    shade: int
    stage_edges: tuple[float, ...]  # x of the stage columns' left edges, and the last right


class LaneRowItem(MapItem):
    """One lane across the stage columns: its tinted background and the cells' grid lines.
    The cells themselves are hit-tested on the layout; one item per row keeps the scene small
    (a 40-stage map would otherwise carry thousands of cell items)."""

    kind = "row"

    def __init__(self, spec: RowSpec) -> None:
        super().__init__(spec.row.lane_id, spec)
        self.setZValue(Z_ROW)
        # A row spans the whole map: paint only the part the view exposes.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.set_spec(spec)

    def set_spec(self, spec: RowSpec) -> None:
        self.spec = spec
        self.set_bounds(qrect(spec.row.rect))
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        spec = self.spec
        rect = self.rect()
        exposed = option.exposedRect
        painter.fillRect(
            rect.intersected(exposed), theme.tint(spec.colour, lane_tint(spec.colour, spec.shade))
        )
        painter.setPen(QPen(theme.GRID, 0.8))
        top, bottom = rect.top(), rect.bottom()
        for x in spec.stage_edges[1:-1]:
            if exposed.left() - 1 <= x <= exposed.right() + 1:
                painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setPen(QPen(theme.ROW_LINE, 0.8))
        bottom_left = QPointF(max(rect.left(), exposed.left() - 1), rect.bottom())
        painter.drawLine(
            bottom_left, QPointF(min(rect.right(), exposed.right() + 1), rect.bottom())
        )


class HeatStripItem(MapItem):
    """A band's effort strip: per stage, the mean effort as a colour (and the number when the
    strip is wide enough), light grey where nothing is scored."""

    kind = "heat"

    def __init__(self, persona_id: str, strip: QRectF, cells: tuple[HeatCell, ...]) -> None:
        super().__init__(persona_id, (strip, cells))
        self.setZValue(Z_ROW)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.set_spec((strip, cells))

    def set_spec(self, spec: tuple[QRectF, tuple[HeatCell, ...]]) -> None:
        self.spec = spec
        self.set_bounds(spec[0])
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        strip, cells = self.spec
        exposed = option.exposedRect
        painter.fillRect(strip.intersected(exposed), theme.tint("#8a95a3", 0.18))
        size = strip.height() * 0.95
        font = map_font(painter, size, True)
        left, right = exposed.left(), exposed.right()
        for cell in cells:
            if cell.mean_effort is None or cell.rect.x > right or cell.rect.right < left:
                continue
            rect = qrect(cell.rect).adjusted(0.5, 0.0, -0.5, 0.0)
            fill = theme.effort_colour(cell.mean_effort)
            painter.fillRect(rect, fill)
            if rect.width() >= HEAT_NUMBER_MIN_WIDTH:
                painter.setFont(font)
                painter.setPen(theme.readable_on(fill.name()))
                baseline = rect.bottom() - strip.height() * 0.14
                painter.drawText(QPointF(rect.x() + 3.0, baseline), cell.figure)
