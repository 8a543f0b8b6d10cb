"""Dragging cards: the selected cards follow the cursor as a ghost, a line shows where they
will land, and the release calls one verb, `verbs.move_cards` (or, Ctrl held,
`verbs.copy_cards`): one undo step.

The drop position is the layout's: `drop_index_at` for the index among the cell's cards and
`drop_indicator` for the line, so what the line shows is exactly where the cards end up.
Released outside any cell, or cancelled with Esc, nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt

from journey_editor.edits import EditError
from journey_editor.layout import CellKey, drop_index_at, drop_indicator
from journey_editor.ui.canvas.interactions.context import CanvasContext
from journey_editor.ui.canvas.interactions.hits import drop_cell_at, scene_point
from journey_editor.ui.canvas.interactions.selecting import ctrl
from journey_editor.ui.canvas.items.overlays import CardGhostItem
from journey_editor.ui.editing import verbs

FADED = 0.35  # the dragged cards' opacity at their origin while the ghost travels


class CardDrag:
    def __init__(self, view: CanvasContext, pressed_id: str, press_pos: QPointF) -> None:
        self.view = view
        layout = view.map_layout()
        selected = view.selection.card_ids()
        ids = selected if pressed_id in selected else (pressed_id,)
        self.ids = tuple(card_id for card_id in ids if card_id in layout.cards)
        self.target: tuple[CellKey, int] | None = None
        box = layout.cards[pressed_id]
        start = scene_point(view, press_pos)
        self.grab = QPointF(start.x() - box.rect.x, start.y() - box.rect.y)
        self.ghost = CardGhostItem(box, len(self.ids))
        view.map_scene.addItem(self.ghost)
        self.faded = [view.map_scene.cards[i] for i in self.ids if i in view.map_scene.cards]
        for item in self.faded:
            item.setOpacity(FADED)
        self.move(press_pos, Qt.KeyboardModifier.NoModifier)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        view = self.view
        point = scene_point(view, pos)
        self.ghost.setPos(point - self.grab)
        self.ghost.set_copying(ctrl(modifiers))
        self.target = None
        found = drop_cell_at(view, pos)
        layout = view.map_layout()
        scene = view.map_scene
        if found is None:
            scene.drop_indicator.hide()
            scene.drop_cell.hide()
        else:
            cell, point = found
            index = drop_index_at(layout, cell, point.x(), point.y())
            self.target = (cell, index)
            scene.drop_indicator.show_line(*drop_indicator(layout, cell, index))
            rect = layout.cells[cell].rect
            scene.drop_cell.show_rect(QRectF(rect.x, rect.y, rect.width, rect.height))
        view.autoscroll.follow(pos)

    def finish(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.move(pos, modifiers)
        target = self.target
        self.cancel()
        if target is None or not self.ids:
            return
        cell, index = target
        view = self.view
        try:
            if ctrl(modifiers):
                copies = verbs.copy_cards(view.document, self.ids, cell, index)
                view.selecting.select_cards(copies)
            else:
                verbs.move_cards(view.document, self.ids, cell, index)
        except EditError as error:
            view.report(str(error))

    def cancel(self) -> None:
        scene = self.view.map_scene
        scene.removeItem(self.ghost)
        scene.drop_indicator.hide()
        scene.drop_cell.hide()
        for item in self.faded:
            item.setOpacity(1.0)
        self.view.autoscroll.stop()
