"""Keys the canvas handles itself: arrows and Tab / Shift+Tab move the selection (past the
top / left edge onto the stage, lane and persona headers), Esc cancels a gesture or clears
the selection, Space held turns the left button into a pan.

Everything else (1–5, −/+, Del, F2, Ctrl+D, Ctrl+Z …) is a QAction of the main window, so
the same shortcut works from menus and toolbars and is listed in one place; the effort and
emotion keys a shortcut cannot catch on every layout (AZERTY's digit row, Shift++) end here
too and go through the same verbs (score_keys.py).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

from journey_editor.ui.canvas.interactions.context import CanvasContext, Hit
from journey_editor.ui.canvas.interactions.link_keys import LinkKeys
from journey_editor.ui.canvas.interactions.score_keys import effort_of, emotion_step_of
from journey_editor.ui.canvas.navigation import (
    Header,
    Position,
    Target,
    first_position,
    from_header,
    header_beyond,
    neighbour,
)
from journey_editor.ui.editing import verbs

ARROWS = {
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
}


class KeyboardNavigation:
    def __init__(self, view: CanvasContext) -> None:
        self.view = view
        self.link_mode = LinkKeys(view)  # `L`: link the selected card from the keyboard

    def start_link_mode(self) -> bool:
        card_id = self.view.selecting.current_card()
        return card_id is not None and self.link_mode.start(card_id)

    def key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        view = self.view
        if self.link_mode.active:
            return self.link_mode.key_press(event)
        if key == Qt.Key.Key_Control:
            view.pointer.modifiers_changed(event.modifiers())
            return False
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            view.pointer.hold_space(True)
            return True
        if key == Qt.Key.Key_Escape:
            if not view.pointer.cancel():
                view.selecting.clear()
            return True
        shift_f10 = key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Menu or shift_f10:
            view.open_keyboard_menu()
            return True
        if key in ARROWS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return self.go(ARROWS[key])
        return self.score(event)

    def score(self, event: QKeyEvent) -> bool:
        """Effort and emotion keys that no shortcut caught (AZERTY's digit row, Shift++)."""
        cards = self.view.selection.card_ids()
        if not cards:
            return False
        effort = effort_of(event, QGuiApplication.platformName())
        if effort is not None:
            verbs.set_effort(self.view.document, cards, effort)
            return True
        step = emotion_step_of(event)
        if step is not None:
            verbs.bump_emotion(self.view.document, cards, step)
            return True
        return False

    def key_release(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Control:
            self.view.pointer.modifiers_changed(event.modifiers())
            return False
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.view.pointer.hold_space(False)
            return True
        return False

    def tab(self, forward: bool) -> bool:
        """Tab / Shift+Tab; False when there is nothing to move from (focus leaves the map)."""
        if self.link_mode.active:
            self.link_mode.step("next_stage" if forward else "previous_stage")
            return True
        if self.current() is None:
            return False
        return self.go("next_stage" if forward else "previous_stage")

    def go(self, direction: str) -> bool:
        layout = self.view.map_scene.layout
        if layout is None:
            return False
        selection = self.view.selection
        current = self.current()
        target: Target | None
        if selection.kind in ("stage", "persona", "lane") and selection.ids:
            target = from_header(layout, Header(selection.kind, selection.ids[0]), direction)
        elif current is None:
            target = first_position(layout)
        else:
            target = neighbour(layout, current, direction)
            # Under a spotlight the keys cross what it dims: no card there can be selected.
            while (
                target is not None
                and not isinstance(target, Header)
                and not self.view.cell_lit(target[0])
            ):
                target = neighbour(layout, target, direction)
            if target is None:
                target = header_beyond(layout, current, direction)
        if target is None:
            return True  # at the edge: stay, but the key is still ours
        if isinstance(target, Header):
            self.view.selecting.select_header(target.kind, target.object_id)
            self.view.reveal(target.object_id)
            return True
        cell, card_id = target
        if card_id is not None:
            self.view.selecting.select_cards((card_id,))
            self.view.reveal(card_id)
        else:
            self.view.selecting.select_cell(cell)
            self.view.reveal_cell(cell)
        return True

    def current(self) -> Position | None:
        """Where the keyboard stands: the focused card, the marked empty cell, or the first
        cell of a selected stage / persona / lane."""
        view = self.view
        layout = view.map_scene.layout
        if layout is None:
            return None
        selecting, selection = view.selecting, view.selection
        card_id = selecting.current_card()
        if card_id is not None and card_id in layout.cards:
            return (layout.cards[card_id].cell, card_id)
        if not selection.ids and selecting.empty_cell is not None:
            return (selecting.empty_cell, None)
        if not selection.ids or not layout.personas or not layout.stages:
            return None
        object_id = selection.ids[0]
        first_stage = layout.stages[0].stage_id
        for band in layout.personas:
            for row in band.lanes:
                if selection.kind == "stage":
                    return ((band.persona_id, row.lane_id, object_id), None)
                if selection.kind == "persona" and band.persona_id == object_id:
                    return ((band.persona_id, row.lane_id, first_stage), None)
                if selection.kind == "lane" and row.lane_id == object_id:
                    return ((band.persona_id, row.lane_id, first_stage), None)
        return None

    def context_target(self) -> tuple[Hit, QPointF] | None:
        """What the Menu key (or Shift+F10) opens a menu for: the current card, the selected
        header or the marked cell, and the viewport point to show the menu at."""
        view = self.view
        layout = view.map_scene.layout
        selection = view.selection
        if layout is None:
            return None
        card_id = view.selecting.current_card()
        if card_id is not None:
            object_id, kind = card_id, "card"
        elif selection.kind in ("stage", "persona", "lane") and selection.ids:
            object_id, kind = selection.ids[0], selection.kind
        elif not selection.ids and view.selecting.empty_cell in layout.cells:
            cell = view.selecting.empty_cell
            rect = layout.cells[cell].rect
            centre = QPointF(rect.x + rect.width / 2, rect.y + rect.height / 2)
            return Hit("cell", centre, cell=cell), view.viewportTransform().map(centre)
        else:
            return None
        item = view.map_scene.find(object_id)
        if item is None:
            return None
        centre = item.mapRectToScene(item.boundingRect()).center()
        return Hit(kind, centre, object_id), view.viewportTransform().map(centre)
