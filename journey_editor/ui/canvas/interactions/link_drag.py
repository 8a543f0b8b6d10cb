"""Drawing a link with the mouse: from a card's link handle (or Alt-drag from anywhere on a
card) a rubber connector follows the pointer and snaps to the card under it, outlined in the
accent colour (or red where the link would be refused: the card itself, or a link that
already exists in that direction). Releasing on another card calls one verb,
`verbs.add_link` (one undo step) and selects the new link; releasing elsewhere, or Esc,
changes nothing. A refused release says why in the status bar (`report`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journey_editor.edits import EditError
from journey_editor.ui.canvas.interactions.context import CanvasContext
from journey_editor.ui.canvas.interactions.hits import card_at, card_rect, scene_point
from journey_editor.ui.canvas.items.link_drawing import handle_centre
from journey_editor.ui.editing import verbs


class LinkDrag:
    def __init__(self, view: CanvasContext, from_card: str, press_pos: QPointF) -> None:
        self.view = view
        self.from_card = from_card
        self.target: str | None = None
        source = card_rect(view, from_card)
        if source is not None:  # the handle stays on the source card while drawing
            view.map_scene.link_handle.show_on(from_card, source)
        self.move(press_pos, Qt.KeyboardModifier.NoModifier)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        view = self.view
        source = card_rect(view, self.from_card)
        if source is None:
            return
        start = handle_centre(source)
        target = card_at(view, pos)
        self.target = target
        rubber = view.map_scene.link_rubber
        rect = card_rect(view, target) if target is not None else None
        if target is None or rect is None:
            rubber.show_connector(start, scene_point(view, pos), None)
        else:
            refused = verbs.link_refusal(view.document, self.from_card, target) is not None
            end = QPointF(rect.left(), rect.center().y())
            if target == self.from_card:
                end = scene_point(view, pos)
            rubber.show_connector(start, end, rect, refused)
        view.autoscroll.follow(pos)

    def finish(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.move(pos, modifiers)
        target = self.target
        self.cancel()
        if target is None:
            return
        view = self.view
        refusal = verbs.link_refusal(view.document, self.from_card, target)
        if refusal is not None:
            view.report(refusal)
            return
        try:
            link_id = verbs.add_link(view.document, self.from_card, target)
        except EditError as error:
            view.report(str(error))
            return
        view.selecting.select_link(link_id)

    def cancel(self) -> None:
        self.view.map_scene.link_rubber.hide()
        self.view.map_scene.link_handle.hide_handle()
        self.view.autoscroll.stop()
