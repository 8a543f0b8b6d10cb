"""What every map item shares: an id, a kind, the layout record it paints, and its z-order.

`spec` is the (immutable) layout value an item draws; the scene compares the new layout's
value with it (`is` first, then `==`) and calls `set_spec` only when it differs, so an edit
repaints just the items it changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

# Stacking, bottom to top. The frozen header layers sit above everything that scrolls under
# them; the drag ghost and drop indicators above the layers.
Z_ROW = 0.0
Z_CELL_MARK = 0.5
Z_CURVE = 1.0
Z_CARD = 2.0
Z_LINK = 3.0
Z_VEIL = 10.0  # the spotlight's veil: over cards and links, under the frozen headers
Z_LEFT_LAYER = 50.0
Z_TOP_LAYER = 60.0
Z_CORNER = 70.0
Z_INDICATOR = 90.0
Z_GHOST = 100.0

NO_PEN = QPen(Qt.PenStyle.NoPen)

# Kinds a click can select (Selection kinds), and the frozen backdrop that blocks clicks.
SELECTABLE_KINDS = frozenset({"card", "stage", "persona", "lane"})


class MapItem(QGraphicsRectItem):
    """A rectangle item that paints itself: its bounds are the rectangle's, answered by Qt
    without calling into Python (Qt asks for an item's bounds thousands of times when a band
    of cards moves or a frame is painted; a Python `boundingRect` made that most of the cost).
    The rectangle has no pen, so the bounds are exactly the rectangle."""

    kind = "item"
    highlighted = False  # set on an item while it is selected

    def __init__(self, object_id: str, spec: Any, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.object_id = object_id
        self.spec = spec
        self.setPen(NO_PEN)
        # Items are painted by the view, never moved or selected by Qt's own machinery.
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_bounds(self, bounds: QRectF) -> None:
        self.setRect(bounds)  # Qt prepares the geometry change when it differs

    def spec_to_scene(self, rect: QRectF) -> QRectF:
        """A rectangle of this item's layout record in scene coordinates: records are in the
        coordinates of the item's parent (a band's group, a frozen layer) or the scene's."""
        parent = self.parentItem()
        return parent.mapRectToScene(rect) if parent is not None else QRectF(rect)

    def set_spec(self, spec: Any) -> None:
        """Show a new layout record: subclasses reposition and resize, then repaint."""
        self.spec = spec
        self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def keep_picture(self, on: bool) -> None:
        """Keep the item's picture, at the view's scale, to draw again in one copy (or stop):
        a card pushed along by an edit, a curve uncovered by a card moved over it, then cost
        a copy, not a painting. Qt keeps a few kilobytes per item it has drawn so, which only
        the items near what the view shows should hold (see MapScene.show_bands_near); an
        export paints each item once and keeps none."""
        mode = QGraphicsItem.CacheMode
        wanted = mode.DeviceCoordinateCache if on else mode.NoCache
        if self.cacheMode() != wanted:
            self.setCacheMode(wanted)
