"""Rubber-band selection: drag on empty space to select the cards the band touches (with
Ctrl, added to the current selection). The highlight follows the band live; the Selection
(and so the inspector) is written once, on release."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtWidgets import QRubberBand

from journey_editor.ui.canvas.interactions.context import CanvasContext
from journey_editor.ui.canvas.interactions.hits import scene_point
from journey_editor.ui.canvas.interactions.selecting import ctrl
from journey_editor.ui.canvas.items.card import CardItem


class RubberBand:
    def __init__(self, view: CanvasContext, press_pos: QPointF, modifiers: Qt.KeyboardModifier):
        self.view = view
        self.origin = press_pos
        self.base = view.selection.card_ids() if ctrl(modifiers) else ()
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, view.viewport())
        self.band.setGeometry(QRect(press_pos.toPoint(), QSize()))
        self.band.show()
        self.ids: tuple[str, ...] = self.base

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        view = self.view
        widget_rect = QRect(self.origin.toPoint(), pos.toPoint()).normalized()
        self.band.setGeometry(widget_rect)
        first = scene_point(view, self.origin)
        second = scene_point(view, pos)
        area = QRectF(first, second).normalized()
        found = [
            item
            for item in view.map_scene.items(area, Qt.ItemSelectionMode.IntersectsItemShape)
            if isinstance(item, CardItem)
        ]
        layout = view.map_layout()
        order = {card_id: n for n, card_id in enumerate(layout.cards)}
        inside = sorted((item.object_id for item in found), key=lambda i: order.get(i, 0))
        ids = list(self.base) + [card_id for card_id in inside if card_id not in self.base]
        self.ids = tuple(ids)
        view.map_scene.set_highlight("card", self.ids)
        view.autoscroll.follow(pos)

    def finish(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.move(pos, modifiers)
        self.cancel()
        self.view.selecting.select_cards(self.ids)

    def cancel(self) -> None:
        self.band.hide()
        self.band.deleteLater()
        self.view.autoscroll.stop()
        selection = self.view.selection
        self.view.map_scene.set_highlight(selection.kind, selection.ids)
