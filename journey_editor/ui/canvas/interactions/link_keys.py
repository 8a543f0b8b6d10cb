"""Linking from the keyboard: with a card selected, `L` (Card ▸ Link to…) enters link mode.
The rubber connector runs from the card to a highlighted target card; the arrow keys and
Tab / Shift+Tab move the target to the next card that way (skipping empty cells), Enter
links (`verbs.add_link`, one undo step; a refused link says why and stays in link mode),
Esc leaves without a change.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent

from journey_editor.edits import EditError
from journey_editor.ui.canvas.interactions.context import CanvasContext
from journey_editor.ui.canvas.interactions.hits import card_rect
from journey_editor.ui.canvas.items.link_drawing import handle_centre
from journey_editor.ui.canvas.navigation import Position, neighbour
from journey_editor.ui.editing import verbs

KEYS = {
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_Tab: "next_stage",
    Qt.Key.Key_Backtab: "previous_stage",
}
MAX_STEPS = 500  # cells crossed looking for the next card one way (a map's edge ends sooner)


class LinkKeys:
    def __init__(self, view: CanvasContext) -> None:
        self.view = view
        self.from_card: str | None = None
        self.target: str | None = None

    @property
    def active(self) -> bool:
        return self.from_card is not None

    def start(self, from_card: str) -> bool:
        layout = self.view.map_layout()
        if from_card not in layout.cards:
            return False
        self.from_card, self.target = from_card, None
        for direction in ("right", "down", "next_stage", "left", "up", "previous_stage"):
            target = self._next(from_card, direction)
            if target is not None:
                self.target = target
                break
        self._show()
        return True

    def key_press(self, event: QKeyEvent) -> bool:
        """A key while in link mode (all keys are ours until Enter or Esc)."""
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._link()
        elif key in KEYS:
            self.step(KEYS[key])
        return True

    def step(self, direction: str) -> None:
        start = self.target or self.from_card
        if start is None:
            return
        target = self._next(start, direction)
        if target is not None:
            self.target = target
            self.view.reveal(target)
            self._show()

    def leave(self) -> None:
        self.from_card = self.target = None
        scene = self.view.map_scene
        scene.link_rubber.hide()
        scene.link_handle.hide_handle()

    def _next(self, card_id: str, direction: str) -> str | None:
        layout = self.view.map_layout()
        position: Position | None = (layout.cards[card_id].cell, card_id)
        for _ in range(MAX_STEPS):
            position = neighbour(layout, position, direction) if position else None
            if position is None:
                return None
            found = position[1]
            if found is not None and found != self.from_card:
                return found
        return None

    def _show(self) -> None:
        view, from_card = self.view, self.from_card
        source = card_rect(view, from_card) if from_card is not None else None
        if source is None:
            self.leave()
            return
        scene = view.map_scene
        scene.link_handle.show_on(from_card, source)
        start = handle_centre(source)
        target = card_rect(view, self.target) if self.target is not None else None
        if target is None:
            scene.link_rubber.show_connector(start, start + QPointF(40.0, 0.0), None)
            return
        refused = verbs.link_refusal(view.document, from_card, self.target) is not None
        end = QPointF(target.left(), target.center().y())
        scene.link_rubber.show_connector(start, end, target, refused)

    def _link(self) -> None:
        view, from_card, target = self.view, self.from_card, self.target
        if from_card is None or target is None:
            return
        refusal = verbs.link_refusal(view.document, from_card, target)
        if refusal is not None:
            view.report(refusal)
            return
        self.leave()
        try:
            link_id = verbs.add_link(view.document, from_card, target)
        except EditError as error:
            view.report(str(error))
            return
        view.selecting.select_link(link_id)
