"""The frozen header layers: the stage row (top), the persona column (left) and the corner.

Each layer is a parent item whose children are the header items. The view moves a layer as
it scrolls (`follow`), so the headers stay on screen while remaining ordinary scene items:
hit tests, drags and the inline editor work on them as on anything else. A layer paints an
opaque backdrop behind its headers (cards scroll *under* it) and a soft shadow on its inner
edge while it is detached from its natural place.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem

from journey_editor.layout import shown_text
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.base import Z_CORNER, Z_LEFT_LAYER, Z_TOP_LAYER
from journey_editor.ui.canvas.text import map_font

SHADOW = 6.0
BAND_MARGIN = 24.0  # room around a band for what overhangs its edge


class FrozenLayer(QGraphicsItem):
    """`axis` "top": follows the view's top edge; "left": its left edge; "corner": both."""

    kind = "backdrop"
    object_id = ""

    def __init__(self, axis: str) -> None:
        super().__init__()
        self.axis = axis
        self.area = QRectF()  # the backdrop, in layer coordinates (= layout coordinates)
        self.setZValue({"top": Z_TOP_LAYER, "left": Z_LEFT_LAYER, "corner": Z_CORNER}[axis])
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_area(self, area: QRectF) -> None:
        if area != self.area:
            self.prepareGeometryChange()
            self.area = area

    def follow(self, view_left: float, view_top: float) -> None:
        """Keep the layer on screen given the scene point at the viewport's top-left corner."""
        dx = max(0.0, view_left - self.area.left()) if self.axis != "top" else 0.0
        dy = max(0.0, view_top - self.area.top()) if self.axis != "left" else 0.0
        if self.pos() != QPointF(dx, dy):
            self.setPos(dx, dy)

    def detached(self) -> bool:
        return self.pos() != QPointF(0.0, 0.0)

    def boundingRect(self) -> QRectF:
        return self.area.adjusted(0, 0, SHADOW, SHADOW)

    def shape(self) -> QPainterPath:
        # The shadow is decoration: only the backdrop itself stops clicks.
        path = QPainterPath()
        path.addRect(self.area)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.fillRect(self.area, theme.MAP)
        if not self.detached():
            return
        # A shadow on the edge that content scrolls under: the header visibly floats.
        if self.axis in ("top", "corner") and self.pos().y() > 0:
            edge = QRectF(self.area.left(), self.area.bottom(), self.area.width(), SHADOW)
            painter.fillRect(edge, _shade(edge.topLeft(), edge.bottomLeft()))
        if self.axis in ("left", "corner") and self.pos().x() > 0:
            edge = QRectF(self.area.right(), self.area.top(), SHADOW, self.area.height())
            painter.fillRect(edge, _shade(edge.topLeft(), edge.topRight()))


def _shade(start: QPointF, end: QPointF) -> QLinearGradient:
    gradient = QLinearGradient(start, end)
    gradient.setColorAt(0.0, QColor(20, 30, 45, 60))
    gradient.setColorAt(1.0, QColor(20, 30, 45, 0))
    return gradient


class CornerItem(QGraphicsItem):
    """The top-left corner above the persona and lane columns: the map's title."""

    kind = "corner"
    object_id = ""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.rect = QRectF()
        self.title = ""
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_content(self, rect: QRectF, title: str) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect
        title = shown_text(title)  # bounded and without bidi controls, as every drawn text
        if title != self.title:
            self.title = title
            self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.fillRect(self.rect, theme.CORNER_BG)
        if not self.title:
            return
        painter.setPen(theme.HEADER_TEXT)
        painter.setFont(map_font(painter, 10.0, True))
        text_rect = self.rect.adjusted(10, 4, -10, -4)
        painter.setClipRect(text_rect)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        if text_rect.height() >= 2.6 * 10.0:  # room for two lines: wrap, else elide
            painter.drawText(text_rect, flags | Qt.TextFlag.TextWordWrap, self.title)
            return
        text = painter.fontMetrics().elidedText(
            self.title, Qt.TextElideMode.ElideRight, int(text_rect.width())
        )
        painter.drawText(text_rect, flags, text)


class BandGroup(QGraphicsRectItem):
    """The items of one persona band, in the band's own coordinates (its layout records are:
    see `MapLayout.bands`), the group placed at the band's top. A band that only moves because
    a band above it grew is one `setPos`, whatever it holds. Three per band: the rows and heat
    strip (`Z_ROW`, under the drop marks), the curve, cards and links (`Z_CURVE`, over them),
    and the header and lane labels inside the frozen left layer.

    The group covers its band (`set_extent`) and says its children stay inside it
    (`ItemContainsChildrenInShape`): a repaint or a hit test skips a band off the screen
    without looking at its items one by one, and a band that moves is repainted as one
    rectangle. It draws nothing (no pen, no brush: Qt's own no-op paint, no Python call)."""

    kind = "band"
    object_id = ""

    def __init__(self, z: float, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setPen(Qt.PenStyle.NoPen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(z)
        # Where it was put last, in Python: every edit looks at every band's groups.
        self.top = 0.0
        self.extent = (0.0, 0.0)
        self.near = True  # shown: near the part of the map a view shows (`set_near`)

    def set_near(self, near: bool) -> None:
        """Shown when its band is near what the view shows, hidden otherwise: Qt then skips
        its items when the band moves (a taller band above) as when it paints — a hidden
        item takes no repaint requests — so a band's move costs what is on the screen."""
        if near != self.near:
            self.near = near
            self.setVisible(near)

    def place(self, top: float, width: float, height: float) -> None:
        """At the band's top, covering the band (`width` × `height`); the margin keeps what
        overhangs its edge (a selected card's outline, a vote badge) inside."""
        if top != self.top:
            self.top = top
            self.setPos(0.0, top)
        if (width, height) != self.extent:
            self.extent = (width, height)
            margin = BAND_MARGIN
            self.setRect(QRectF(-margin, -margin, width + 2 * margin, height + 2 * margin))


class RowGroup(BandGroup):
    """The cards of one lane row, in the row's own coordinates (their layout records are: see
    `MapLayout.local_cards`), inside their band's front group at the row's top: a row pushed
    down by a taller row above is one `setPos`, however many cards it holds, and Qt repaints
    it as one rectangle. Like a band's group it covers what it holds and draws nothing."""

    kind = "row"
