"""What a gesture may use of the canvas: `CanvasContext`, and the few calls one part of the
canvas's input makes on another (`Selecting`, `AutoScroll`, `InlineEditing`, `Pointer`).

`MapView` is the one implementation (with its SelectionController, AutoScroller, InlineEditor
and PointerRouter); the gestures are typed against these protocols, never against the view,
so the view can import its gestures without an import circle, and a gesture's reach is
written down here. A test (tests/ui/canvas/test_gesture_context.py) reads the interaction
modules and fails on any use of the context that is not declared below.

This module imports no gesture: only the model side (document, selection, layout), the scene
and Qt types.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QScrollBar, QWidget

from journey_editor.layout import CellKey, MapLayout
from journey_editor.ui.canvas.scene import MapScene
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection


@dataclass(frozen=True)
class Hit:
    """What is under a point of the viewport (see `hits.hit_at`)."""

    kind: str | None  # "card", "link", "stage", "persona", "lane", "cell", "frozen" or None
    scene_pos: QPointF
    object_id: str | None = None
    cell: CellKey | None = None


class Selecting(Protocol):
    """Clicks and selection changes (the view's SelectionController)."""

    @property
    def empty_cell(self) -> CellKey | None:
        """The marked cell when no card is selected (a click or the arrow keys put it there)."""
        ...

    def pressed(self, hit: Hit, modifiers: Qt.KeyboardModifier) -> None: ...
    def clicked(self, hit: Hit, modifiers: Qt.KeyboardModifier) -> None: ...
    def select_cards(self, ids: tuple[str, ...], focus: str | None = None) -> None: ...
    def select_header(self, kind: str, object_id: str) -> None: ...
    def select_link(self, link_id: str) -> None: ...
    def select_cell(self, cell: CellKey) -> None: ...
    def clear(self) -> None: ...
    def current_card(self) -> str | None: ...


class AutoScroll(Protocol):
    """Scrolling while a drag nears the viewport's edge (the view's AutoScroller)."""

    def follow(self, pos: QPointF) -> None: ...
    def stop(self) -> None: ...


class InlineEditing(Protocol):
    """Renaming in place (the view's InlineEditor)."""

    def open(self, kind: str, object_id: str) -> bool: ...


class Pointer(Protocol):
    """The mouse gesture under way (the view's PointerRouter), as the keys and the autoscroll
    see it."""

    def cancel(self) -> bool: ...
    def refresh(self) -> None: ...
    def modifiers_changed(self, modifiers: Qt.KeyboardModifier) -> None: ...
    def hold_space(self, held: bool) -> None: ...


class CanvasContext(Protocol):
    """Everything a gesture may use of the canvas (MapView)."""

    # The open map and its selection: gestures read the project and pass the document to
    # `verbs`, which make every edit.
    @property
    def document(self) -> MapDocument: ...
    @property
    def selection(self) -> Selection: ...

    # What is shown.
    @property
    def map_scene(self) -> MapScene: ...
    def map_layout(self) -> MapLayout: ...

    # The other parts of the canvas's input.
    @property
    def selecting(self) -> Selecting: ...
    @property
    def autoscroll(self) -> AutoScroll: ...
    @property
    def inline_editor(self) -> InlineEditing: ...
    @property
    def pointer(self) -> Pointer: ...

    # The widget: the viewport (parent of menus, editors, the rubber band; the cursor), its
    # scene-to-viewport mapping, its scroll bars and the keyboard focus.
    def viewport(self) -> QWidget: ...
    def viewportTransform(self) -> QTransform: ...
    def horizontalScrollBar(self) -> QScrollBar: ...
    def verticalScrollBar(self) -> QScrollBar: ...
    def setFocus(self, reason: Qt.FocusReason) -> None: ...

    # Services of the view.
    def reveal(self, object_id: str) -> None:
        """Scroll the least so the object shows outside the frozen headers."""
        ...

    def reveal_cell(self, cell: CellKey) -> None: ...
    def cell_lit(self, cell: CellKey) -> bool:
        """Whether a cell is in the spotlight (every cell is, without one)."""
        ...

    def report(self, message: str) -> None:
        """A refused edit: tell the user (the status bar; the canvas has no dialogs)."""
        ...

    def update_cursor(self) -> None: ...
    def open_keyboard_menu(self) -> None: ...
    def link_selected_card(self) -> None:
        """Link mode from the keyboard for the selected card (`L`, Card ▸ Link to…)."""
        ...
