"""A card on the map: positioned at its CardBox, painted by `card_painter`."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_editor.layout import CardBox
from journey_editor.layout.boxes import drawn_alike
from journey_editor.ui.canvas.card_painter import MARGIN, SHADOW_MARGIN, VOTE_MARGIN, paint_card
from journey_editor.ui.canvas.items.base import Z_CARD, MapItem


class CardItem(MapItem):
    kind = "card"

    editing = False  # the inline editor covers the title: do not draw it twice

    def __init__(self, box: CardBox, parent: QGraphicsItem | None = None) -> None:
        # Made in its band's group straight away: no move from the scene's top level after.
        super().__init__(box.card_id, box, parent)
        self.spec: CardBox = box
        self.setZValue(Z_CARD)
        self._place(box)

    @property
    def persona(self) -> str:
        """The persona this card was last laid out in (still known after the card is gone)."""
        return self.spec.cell[0]

    def set_spec(self, spec: CardBox) -> None:
        moved_only = drawn_alike(self.spec, spec)
        self.spec = spec
        if moved_only:
            # Its picture holds: a kept one (see `keep_picture`) is only moved, not
            # painted again — a lane row that grows moves every card below it.
            self.setPos(spec.rect.x, spec.rect.y)
            return
        self._place(spec)
        self.update()

    def _place(self, box: CardBox) -> None:
        # Painted in local coordinates with the item at the card's corner: a card that only
        # moves costs a setPos, and the BSP index keeps working on small, local rectangles.
        self._fit_bounds()
        self.setPos(box.rect.x, box.rect.y)

    def _fit_bounds(self) -> None:
        # Room for the selection outline only while selected: tighter bounds keep a card's
        # repaint from dragging its neighbours (a card gap apart) into it.
        margin = MARGIN if self.highlighted else SHADOW_MARGIN
        top = max(margin, VOTE_MARGIN) if self.spec.votes else margin
        width, height = self.spec.rect.width, self.spec.rect.height
        self.set_bounds(QRectF(-margin, -top, width + 2 * margin, height + margin + top))

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self._fit_bounds()
            self.update()

    def shape(self) -> QPainterPath:
        # Clicks count on the card itself, not on the room kept for its selection outline.
        path = QPainterPath()
        path.addRect(QRectF(0.0, 0.0, self.spec.rect.width, self.spec.rect.height))
        return path

    def card_rect(self) -> QRectF:
        """The card's own rectangle in scene coordinates (no selection outline)."""
        rect = self.spec.rect
        return self.spec_to_scene(QRectF(rect.x, rect.y, rect.width, rect.height))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        box = self.spec
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.translate(-box.rect.x, -box.rect.y)
        paint_card(painter, box, lod, self.highlighted, title=not self.editing)

    def set_editing(self, on: bool) -> None:
        if on != self.editing:
            self.editing = on
            self.update()
