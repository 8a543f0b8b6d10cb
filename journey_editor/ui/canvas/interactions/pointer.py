"""The mouse on the canvas: a press becomes a click, or — once the cursor has travelled the
platform's drag distance with the button held — a gesture chosen by what was pressed:

    card → CardDrag   header → HeaderDrag   cell / empty space → RubberBand
    a card's link handle, or Alt + card → LinkDrag
    an end handle of the selected link → ReconnectDrag
    middle button, or left button with Space held → Pan (at once)

Without a button, the pointer shows the link handle of the card it hovers.
A gesture ends on release (commit) or Esc (`cancel`), never leaving half an edit behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from journey_editor.ui.canvas.interactions.card_drag import CardDrag
from journey_editor.ui.canvas.interactions.context import CanvasContext, Hit
from journey_editor.ui.canvas.interactions.header_drag import HeaderDrag
from journey_editor.ui.canvas.interactions.hits import (
    HEADER_KINDS,
    card_at,
    card_rect,
    handle_at,
    hit_at,
    link_end_at,
    scene_point,
)
from journey_editor.ui.canvas.interactions.link_drag import LinkDrag
from journey_editor.ui.canvas.interactions.link_reconnect import ReconnectDrag
from journey_editor.ui.canvas.interactions.pan import Pan
from journey_editor.ui.canvas.interactions.rubber_band import RubberBand


class Gesture(Protocol):
    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None: ...
    def finish(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None: ...
    def cancel(self) -> None: ...


@dataclass
class Press:
    pos: QPointF
    hit: Hit
    modifiers: Qt.KeyboardModifier
    link_from: str | None = None  # pressed on this card's link handle, or Alt + this card
    reconnect: tuple[str, str] | None = None  # pressed on this (link, "from" / "to") end


class PointerRouter:
    def __init__(self, view: CanvasContext) -> None:
        self.view = view
        self.press_state: Press | None = None
        self.gesture: Gesture | None = None
        self.space_held = False
        self._last_pos = QPointF()
        self._last_modifiers = Qt.KeyboardModifier.NoModifier
        self._on_link_end = False  # the pointer, no button held, is on a selected link's end

    @property
    def busy(self) -> bool:
        return self.gesture is not None

    def press(self, event: QMouseEvent) -> bool:
        pos, button = event.position(), event.button()
        if self.gesture is not None:
            return True  # a second button during a gesture: ignore it
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self.space_held
        ):
            self.gesture = Pan(self.view, pos)
            return True
        if button != Qt.MouseButton.LeftButton:
            return False
        # The selected link's end handles first: its start sits where its card's link
        # handle does.
        end = link_end_at(self.view, pos)
        if end is not None:
            hit = Hit("link", scene_point(self.view, pos), end[0])
            self.press_state = Press(pos, hit, event.modifiers(), reconnect=end)
            return True
        handle_card = self.view.map_scene.link_handle.card_id or card_at(self.view, pos)
        if handle_at(self.view, pos, handle_card):
            hit = Hit("card", hit_at(self.view, pos).scene_pos, handle_card)
            self.press_state = Press(pos, hit, event.modifiers(), link_from=handle_card)
            return True
        hit = hit_at(self.view, pos)
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        link_from = card_at(self.view, pos) if alt else None
        if link_from is not None:
            hit = Hit("card", hit.scene_pos, link_from)
        self.press_state = Press(pos, hit, event.modifiers(), link_from=link_from)
        self.view.selecting.pressed(hit, event.modifiers())
        return True

    def move(self, event: QMouseEvent) -> bool:
        pos, modifiers = event.position(), event.modifiers()
        self._last_pos, self._last_modifiers = pos, modifiers
        if self.gesture is not None:
            self.gesture.move(pos, modifiers)
            return True
        press = self.press_state
        if press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self.hover(pos)
            return False
        travelled = (pos - press.pos).manhattanLength()
        if travelled < QApplication.startDragDistance():
            return True
        self.view.map_scene.link_handle.hide_handle()  # a link drag shows it again
        self.gesture = self._start(press)
        if self.gesture is not None:
            self.gesture.move(pos, modifiers)
        return True

    def release(self, event: QMouseEvent) -> bool:
        pos, modifiers = event.position(), event.modifiers()
        gesture, press = self.gesture, self.press_state
        self.gesture, self.press_state = None, None
        if gesture is not None:
            gesture.finish(pos, modifiers)
            return True
        if press is not None and event.button() == Qt.MouseButton.LeftButton:
            self.view.selecting.clicked(press.hit, press.modifiers)
            return True
        return False

    def hover(self, pos: QPointF) -> None:
        """No button held: show the link handle of the card under the pointer."""
        handle = self.view.map_scene.link_handle
        on_end = link_end_at(self.view, pos) is not None
        if on_end != self._on_link_end:  # the "move" cursor over a link's end, as draw.io has
            self._on_link_end = on_end
            if on_end:
                self.view.viewport().setCursor(Qt.CursorShape.SizeAllCursor)
            else:
                self.view.update_cursor()
        if on_end:
            handle.hide_handle()  # an end of the selected link: that is what a press takes
            return
        if handle.card_id is not None and handle_at(self.view, pos, handle.card_id):
            return  # on the handle itself (half of it sticks out of the card)
        card_id = card_at(self.view, pos)
        rect = card_rect(self.view, card_id) if card_id is not None else None
        if card_id is None or rect is None:
            handle.hide_handle()
        else:
            handle.show_on(card_id, rect)

    def cancel(self) -> bool:
        """Esc: abandon the gesture under way, if any."""
        gesture = self.gesture
        self.gesture, self.press_state = None, None
        if gesture is None:
            return False
        gesture.cancel()
        return True

    def hold_space(self, held: bool) -> None:
        """Space pressed (True) or released: while held, the left button pans."""
        self.space_held = held
        self.view.update_cursor()

    def modifiers_changed(self, modifiers: Qt.KeyboardModifier) -> None:
        """Ctrl pressed or released mid-drag: show copy / move at once, not at the next move."""
        if self.gesture is not None:
            self._last_modifiers = modifiers
            self.gesture.move(self._last_pos, modifiers)

    def refresh(self) -> None:
        """Re-aim the running gesture at the last cursor position (after an autoscroll)."""
        if self.gesture is not None:
            self.gesture.move(self._last_pos, self._last_modifiers)

    def _start(self, press: Press) -> Gesture | None:
        hit, view = press.hit, self.view
        if press.reconnect is not None:
            return ReconnectDrag(view, *press.reconnect, press.pos)
        if press.link_from is not None:
            return LinkDrag(view, press.link_from, press.pos)
        if hit.kind == "card" and hit.object_id is not None:
            return CardDrag(view, hit.object_id, press.pos)
        if hit.kind in HEADER_KINDS and hit.object_id is not None:
            return HeaderDrag(view, hit.kind, hit.object_id, press.pos)
        if hit.kind in ("cell", None):
            return RubberBand(view, press.pos, press.modifiers)
        return None
