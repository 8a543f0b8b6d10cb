"""Reconnecting a link by dragging one of its ends: the selected link shows a handle on each
end; dragging one draws the connector from the link's other, fixed end to the pointer,
snapping to the card under it with the same feedback as drawing a new link (accent, or red
where it would be refused: the card at the other end, or a link that already exists in that
direction). Releasing on another card calls one verb, `verbs.reconnect_link` (one undo
step); released on the card it was on, elsewhere, or Esc: nothing changes. A refusal says
why in the status bar (`report`). The link itself fades while its end is away.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journey_editor.edits import EditError
from journey_editor.ui.canvas.interactions.context import CanvasContext
from journey_editor.ui.canvas.interactions.hits import card_at, card_rect, scene_point
from journey_editor.ui.canvas.items.link_drawing import handle_centre
from journey_editor.ui.editing import verbs

FADED = 0.3  # the link's opacity while one of its ends is dragged


class ReconnectDrag:
    def __init__(self, view: CanvasContext, link_id: str, end: str, press_pos: QPointF) -> None:
        self.view = view
        self.link_id = link_id
        self.end = end  # "from" or "to": the end that moves
        scene = view.map_scene
        item = scene.links.get(link_id)
        self.item = item
        spec = item.spec if item is not None else None
        self.from_card = spec.from_card if spec is not None else ""
        self.to_card = spec.to_card if spec is not None else ""
        # The end that stays, where the link's path meets its card now.
        self.fixed = scene.link_ends.point("to" if end == "from" else "from")
        self.target: str | None = None
        scene.link_ends.hide_ends()
        if item is not None:
            item.setOpacity(FADED)
        self.move(press_pos, Qt.KeyboardModifier.NoModifier)

    @property
    def current(self) -> str:
        """The card the moving end is on now."""
        return self.from_card if self.end == "from" else self.to_card

    def ends_with(self, card_id: str) -> tuple[str, str]:
        """(from, to) of the link with its moving end on `card_id`."""
        if self.end == "from":
            return card_id, self.to_card
        return self.from_card, card_id

    def refusal(self, card_id: str) -> str | None:
        if card_id == self.current:
            return None  # back where it was: no change, nothing to refuse
        return verbs.link_refusal(self.view.document, *self.ends_with(card_id))

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        view = self.view
        target = card_at(view, pos)
        self.target = target
        rect = card_rect(view, target) if target is not None else None
        rubber = view.map_scene.link_rubber
        refused = target is not None and self.refusal(target) is not None
        if self.end == "to":
            if rect is None:
                end = scene_point(view, pos)
            else:
                end = QPointF(rect.left(), rect.center().y())
            rubber.show_connector(self.fixed, end, rect, refused)
        else:
            start = scene_point(view, pos) if rect is None else handle_centre(rect)
            rubber.show_connector(start, self.fixed, rect, refused, target_at_start=True)
        view.autoscroll.follow(pos)

    def finish(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.move(pos, modifiers)
        target = self.target
        self.cancel()
        if target is None or target == self.current:
            return
        view = self.view
        refusal = self.refusal(target)
        if refusal is not None:
            view.report(refusal)
            return
        try:
            verbs.reconnect_link(view.document, self.link_id, self.end, target)
        except EditError as error:
            view.report(str(error))
            return
        view.selecting.select_link(self.link_id)

    def cancel(self) -> None:
        scene = self.view.map_scene
        scene.link_rubber.hide()
        if self.item is not None:
            self.item.setOpacity(1.0)
        scene.show_link_ends()
        self.view.autoscroll.stop()
