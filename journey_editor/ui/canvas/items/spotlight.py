"""The spotlight's veil: everything of the map's body but one persona's band or one stage's
column, faded under a translucent wash, the lit part framed (layout/view_filter.py says what
is lit). Its shape is the veiled part only, so a click there meets the veil, not the cards
under it (`interactions/hits.py` treats it as a blocking area), and a click in the light
reaches the map as always."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.base import Z_VEIL

VEIL = QColor(255, 255, 255, 190)  # the map is a white page in light and dark schemes alike
FRAME_WIDTH = 2.0
DIMMED = 0.35  # the opacity of the headers of what is veiled


class SpotlightVeil(QGraphicsItem):
    kind = "veil"

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_VEIL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._path = QPainterPath()
        self._lit = QRectF()
        self._bounds = QRectF()
        self.hide()

    def set_area(self, body: QRectF, lit: QRectF | None) -> None:
        """Veil `body` but `lit`; None: no spotlight, nothing veiled."""
        if lit is None:
            self.hide()
            return
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        path.addRect(body)
        path.addRect(lit.intersected(body))
        self.prepareGeometryChange()
        self._path = path
        self._lit = lit
        grow = FRAME_WIDTH
        self._bounds = body.united(lit).adjusted(-grow, -grow, grow, grow)
        self.show()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.fillPath(self._path, VEIL)
        pen = QPen(theme.ACCENT, FRAME_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._lit.adjusted(1.0, 1.0, -1.0, -1.0))
