"""MapView: the canvas widget the main window puts in its centre.

It wires the parts together and routes Qt's events to them; the work is elsewhere:
`scene` + `scene_sync` (items from the layout), `layout_keeper` (layout after each edit),
`zoom`, the frozen `items.layers`, and `interactions/` (one module per gesture or input).
The gestures see the view only as the `CanvasContext` of `interactions/context.py`: what it
declares, MapView must keep offering (tests/ui/canvas/test_gesture_context.py checks both).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QMainWindow, QMenu

from journey_editor.edits import Change
from journey_editor.layout import CellKey, LayoutOptions, MapLayout
from journey_editor.layout.persona_header import column_of, persona_column
from journey_editor.layout.view_filter import ViewFilter, is_lit, lit_area
from journey_editor.ui.appearance import canvas_background
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.interactions.autoscroll import AutoScroller
from journey_editor.ui.canvas.interactions.context_menu import menu_for
from journey_editor.ui.canvas.interactions.hits import hit_at, scene_point
from journey_editor.ui.canvas.interactions.inline_editor import InlineEditor
from journey_editor.ui.canvas.interactions.keyboard import KeyboardNavigation
from journey_editor.ui.canvas.interactions.palette_drop import PaletteDrop
from journey_editor.ui.canvas.interactions.pointer import PointerRouter
from journey_editor.ui.canvas.interactions.selecting import SelectionController
from journey_editor.ui.canvas.items.spotlight import DIMMED
from journey_editor.ui.canvas.layout_keeper import LayoutKeeper
from journey_editor.ui.canvas.scene import MapScene
from journey_editor.ui.canvas.scene_sync import SyncReport
from journey_editor.ui.canvas.text import ensure_fonts
from journey_editor.ui.canvas.zoom import ZoomControl
from journey_editor.ui.card_tips import card_tooltip
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.none_guard import protect_none

REVEAL_MARGIN = 16.0  # scene units kept between a revealed object and the frozen headers
# Room to scroll below a map taller than the view, kept while the map grows or shrinks by
# less (scene units): a row that grows then changes no scroll bar (see `_fit_scroll_range`).
SCROLL_SLACK = 320.0


class MapView(QGraphicsView):
    zoom_changed = Signal(float)
    filter_changed = Signal()  # the spotlight or a filter was set or cleared

    def __init__(self, document: MapDocument, selection: Selection, parent=None) -> None:
        protect_none()  # before the first paint: see none_guard.py
        super().__init__(parent)
        ensure_fonts()
        self.document = document
        self.selection = selection
        self.map_scene = MapScene(self)
        self.map_scene.keep_pictures = True
        self.map_scene.describe_card = lambda card_id: card_tooltip(document.project, card_id)
        self.setScene(self.map_scene)
        self.keeper = LayoutKeeper()
        self._dimmed: tuple[str, str] | None = None  # the spotlight the headers were dimmed for
        self.zoom = ZoomControl(self, self.after_view_change, self.zoom_changed.emit)
        self.selecting = SelectionController(self, selection)
        self.pointer = PointerRouter(self)
        self.autoscroll = AutoScroller(self)
        self.inline_editor = InlineEditor(self)
        self.palette_drop = PaletteDrop(self)
        self.keyboard = KeyboardNavigation(self)
        self.last_sync = SyncReport()  # what the last edit touched (tests, diagnostics)
        # A map opens fitted to the window's width: done when the view is first shown (its size
        # is known only then), or at once when a map is opened in a shown window.
        self._opening_fit_pending = True
        self._persona_column = column_of(self.keeper.options)
        self._configure()
        self.zoom.set(1.0)
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        selection.changed.connect(self._keep_selection_lit)
        self._on_replaced()

    def _configure(self) -> None:
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setBackgroundBrush(canvas_background(self.palette()))
        # Zoom anchors itself (see zoom.py); Qt's anchoring would fight the frozen headers.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)  # the hovered card shows its link handle
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)

    # --- the interface the main window uses -----------------------------------------------------

    def zoom_in(self) -> None:
        self.zoom.step(up=True)

    def zoom_out(self) -> None:
        self.zoom.step(up=False)

    def reset_zoom(self) -> None:
        self.zoom.set(1.0)

    def fit_to_window(self) -> None:
        self.zoom.fit()

    def zoom_factor(self) -> float:
        return self.zoom.factor

    def fit_to_width(self) -> None:
        """The opening view: the map's width fills the canvas (between a readable zoom and
        150 %: see zoom.READABLE_ZOOM), scrolled to the top-left stage."""
        self.zoom.set(self.zoom.width_fit())
        self.show_top_left()

    def show_top_left(self) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def visible_scene_rect(self) -> QRectF:
        """The part of the map the viewport shows now, in scene units."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def set_persona_column(self, column: str) -> None:
        """The persona column "full", "narrow" or "initials": a view setting, not an edit, kept
        over whatever options come next (compare mode's room for ghosts)."""
        self._persona_column = column
        self.set_layout_options(self.keeper.options)

    def persona_column(self) -> str:
        return self._persona_column

    def rename_selected(self) -> None:
        kind, ids = self.selection.kind, self.selection.ids
        if not ids or kind is None:
            return
        if kind == "card":
            card_id = self.selecting.current_card()
            if card_id is not None:
                self.edit_card_title(card_id)
        elif kind in ("stage", "persona", "lane", "link"):
            self.inline_editor.open(kind, ids[0])

    def link_selected_card(self) -> None:
        """`L` / Card ▸ Link to…: link the selected card to another one from the keyboard."""
        if not self.keyboard.start_link_mode():
            return
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_card_title(self, card_id: str) -> None:
        self.inline_editor.open("card", card_id)

    def reveal(self, object_id: str) -> None:
        item = self.map_scene.find(object_id)
        if item is None:
            return
        kind = item.kind
        rect = item.mapRectToScene(item.boundingRect())
        # Headers are frozen along one axis: only the other one may need scrolling.
        frozen_left = kind in ("persona", "lane")
        self._ensure_visible(rect, horizontal=not frozen_left, vertical=kind != "stage")

    def reveal_cell(self, cell: CellKey) -> None:
        layout = self.map_scene.layout
        if layout is not None and cell in layout.cells:
            rect = layout.cells[cell].rect
            self._ensure_visible(QRectF(rect.x, rect.y, rect.width, rect.height))

    def selected_cell(self) -> tuple[str, str, str] | None:
        return self.selecting.selected_cell()

    # --- spotlight and filters (view state: the map, its file and its undo stack never change) --

    @property
    def view_filter(self) -> ViewFilter:
        return self.keeper.view_filter

    def set_view_filter(self, view_filter: ViewFilter) -> None:
        """Show the map through `view_filter`: the filters lay it out again (what they hide
        takes no room and leaves the selection), the spotlight only veils."""
        previous = self.keeper.view_filter
        if view_filter == previous:
            return
        relayout = view_filter.options(self.keeper.options) != previous.options(self.keeper.options)
        self.keeper.view_filter = view_filter
        if relayout:
            project = self.document.project
            self.last_sync = self.map_scene.show_layout(self.keeper.full(project), project.title)
            self.selecting.after_layout()
        self._show_spotlight()
        self._keep_selection_lit()
        self.after_view_change()
        self.filter_changed.emit()

    def shows_card(self, card_id: str) -> bool:
        """Whether a card is on screen and in the light: neither filtered out nor dimmed."""
        box = self.map_layout().cards.get(card_id)
        return box is not None and is_lit(box, self.keeper.view_filter.spotlight)

    def cell_lit(self, cell: CellKey) -> bool:
        spotlight = self.keeper.view_filter.spotlight
        if spotlight is None:
            return True
        kind, object_id = spotlight
        return cell[0] == object_id if kind == "persona" else cell[2] == object_id

    def _show_spotlight(self) -> None:
        """Veil all but the spotlight (after every layout: bands and columns move); a spotlight
        whose persona or stage is gone goes too."""
        scene = self.map_scene
        layout = scene.layout
        if layout is None:
            return
        spotlight = self.keeper.view_filter.spotlight
        lit = lit_area(layout, spotlight)
        if spotlight is not None and lit is None:
            self.keeper.view_filter = replace(self.keeper.view_filter, spotlight=None)
            spotlight = None
            self.filter_changed.emit()
        body = QRectF(
            layout.left_width,
            layout.body_top,
            layout.width - layout.left_width,
            layout.height - layout.body_top,
        )
        scene.veil.set_area(body, None if lit is None else QRectF(*lit))
        if spotlight is None and self._dimmed is None:
            return  # nothing dimmed, nothing to dim: no pass over every header of the map
        self._dimmed = spotlight
        kind, lit_id = spotlight if spotlight is not None else (None, None)
        for stage_id, item in scene.stages.items():
            item.setOpacity(DIMMED if kind == "stage" and stage_id != lit_id else 1.0)
        for persona_id, item in scene.personas.items():
            item.setOpacity(DIMMED if kind == "persona" and persona_id != lit_id else 1.0)
        lit_lanes = {
            row.lane_id
            for band in layout.bands  # in the band's own coordinates: only ids are read
            if band.persona_id == lit_id
            for row in band.lanes
        }
        for lane_id, item in scene.lanes.items():
            item.setOpacity(DIMMED if kind == "persona" and lane_id not in lit_lanes else 1.0)

    def _keep_selection_lit(self) -> None:
        """A dimmed card is never selected, however it was reached (click, arrows, rubber
        band, Select all): so no key or inspector field edits it by accident."""
        if self.keeper.view_filter.spotlight is None or self.selection.kind != "card":
            return
        unlit = {card_id for card_id in self.selection.ids if not self.shows_card(card_id)}
        if unlit:
            self.selection.forget(unlit)

    def map_layout(self) -> MapLayout:
        layout = self.map_scene.layout
        assert layout is not None  # built in __init__
        return layout

    def set_layout_options(self, options: LayoutOptions) -> None:
        """Lay the map out again with other options (compare mode makes room for ghosts), in
        place: the zoom, the scroll position and the selection stay."""
        options = persona_column(options, self._persona_column)
        if options == self.keeper.options:
            return
        self.keeper.options = options
        project = self.document.project
        self.last_sync = self.map_scene.show_layout(self.keeper.full(project), project.title)
        self.selecting.after_layout()
        self._show_spotlight()
        self.after_view_change()

    # --- following the document -----------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        project = self.document.project
        layout = self.keeper.after(change, project)
        self.last_sync = self.map_scene.show_layout(layout, project.title)
        self.keyboard.link_mode.leave()  # the cards it pointed at may have moved or gone
        self.selecting.after_layout()
        self._show_spotlight()
        self.after_view_change()

    def _on_replaced(self) -> None:
        """A whole new project (open, new): a fresh scene, scrolled to the top-left."""
        self.pointer.cancel()
        self.inline_editor.cancel()
        self.keyboard.link_mode.leave()
        project = self.document.project
        # Another map: the filters named its tags, lanes and ids; they start clear.
        had_filter = self.keeper.view_filter.active
        self.keeper = LayoutKeeper(self.keeper.options)
        self.map_scene.clear_map()
        self.selecting.empty_cell = None
        self.last_sync = self.map_scene.show_layout(self.keeper.full(project), project.title)
        self.selecting.after_layout()
        self._show_spotlight()
        if had_filter:
            self.filter_changed.emit()
        if self.isVisible():
            self.fit_to_width()
        else:
            self._opening_fit_pending = True
            self.show_top_left()
        self.after_view_change()

    def after_view_change(self) -> None:
        """Scrolled, zoomed, resized or re-laid out: re-pin the frozen headers, move the
        inline editor along."""
        self._fit_scroll_range()
        corner = scene_point(self, QPointF(0.0, 0.0))
        scene = self.map_scene
        for layer in (scene.top_layer, scene.left_layer, scene.corner_layer):
            layer.follow(corner.x(), corner.y())
        # The bands within a screenful of what shows: a small scroll shows no band in the
        # making, and a band far off costs nothing when a band above it grows.
        shown = self.visible_scene_rect()
        scene.show_bands_near(shown.adjusted(0.0, -shown.height(), 0.0, shown.height()))
        layout = scene.layout
        if layout is not None:
            scene.set_sticky_top(max(layout.body_top, corner.y() + layout.header.height))
        self.inline_editor.reposition()

    def _fit_scroll_range(self) -> None:
        """What the scroll bars cover: the scene's rectangle (the map and its margin), with
        SCROLL_SLACK more below a map taller than the view, kept as long as the map stays
        within it. A change of range repaints a scroll bar and lays the view out again (about
        3 ms of a card move that makes a row taller); a map that fits stays exactly centred."""
        rect = self.map_scene.sceneRect()
        if rect.height() * self.transform().m22() <= self.viewport().height():
            wanted = rect
        else:
            now = self.sceneRect()
            if (
                now.topLeft() == rect.topLeft()
                and now.width() == rect.width()
                and rect.height() < now.height() <= rect.height() + 2 * SCROLL_SLACK
            ):
                return
            wanted = rect.adjusted(0.0, 0.0, 0.0, SCROLL_SLACK)
        if wanted != self.sceneRect():
            self.setSceneRect(wanted)

    def _ensure_visible(self, rect: QRectF, horizontal: bool = True, vertical: bool = True):
        """Scroll the least so `rect` shows outside the frozen headers."""
        layout = self.map_scene.layout
        if layout is None:
            return
        visible = self.visible_scene_rect()
        left = visible.left() + layout.left_width + REVEAL_MARGIN
        top = visible.top() + layout.header.height + REVEAL_MARGIN
        right, bottom = visible.right() - REVEAL_MARGIN, visible.bottom() - REVEAL_MARGIN
        scale = self.transform().m11()
        if horizontal:
            dx = _shift(rect.left(), rect.right(), left, right)
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + round(dx * scale))
        if vertical:
            dy = _shift(rect.top(), rect.bottom(), top, bottom)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + round(dy * scale))

    # --- messages and cursor ---------------------------------------------------------------------

    def report(self, message: str) -> None:
        """A refused edit: tell the user in the status bar (the canvas has no dialogs)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            text = self.tr("Not done: {message}").format(message=message)
            window.statusBar().showMessage(text, 8000)

    def update_cursor(self) -> None:
        shape = (
            Qt.CursorShape.OpenHandCursor if self.pointer.space_held else Qt.CursorShape.ArrowCursor
        )
        self.viewport().setCursor(shape)

    # --- Qt events ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.inline_editor.is_open:
            self.inline_editor.commit()
        if not self.hasFocus():
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self.pointer.press(event):
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.pointer.move(event):
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.pointer.release(event):
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.pointer.cancel()
        hit = hit_at(self, event.position())
        if hit.kind == "card" and hit.object_id is not None:
            self.selecting.select_cards((hit.object_id,))
            self.edit_card_title(hit.object_id)
        elif hit.kind == "link" and hit.object_id is not None:
            self.selecting.select_link(hit.object_id)
            self.inline_editor.open("link", hit.object_id)
        elif hit.kind in ("stage", "persona", "lane") and hit.object_id is not None:
            self.inline_editor.open(hit.kind, hit.object_id)
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if not self.pointer.busy:
            self.map_scene.link_handle.hide_handle()

    def wheelEvent(self, event: QWheelEvent) -> None:
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.zoom.wheel(event)
            event.accept()
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - (event.angleDelta().y() or event.angleDelta().x()))
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.keyboard.key_press(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if self.keyboard.key_release(event):
            event.accept()
        else:
            super().keyReleaseEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab / Shift+Tab walk the stages while something on the map is selected.
        if self.keyboard.tab(next):
            return True
        return super().focusNextPrevChild(next)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.pointer.busy:
            return
        position = event.globalPos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            # Menu key / Shift+F10: the menu of what the keyboard stands on, shown there.
            target = self.keyboard.context_target()
            if target is None:
                event.accept()
                return
            hit, at = target
            position = self.viewport().mapToGlobal(at.toPoint())
        else:
            hit = hit_at(self, QPointF(event.pos()))
        menu = menu_for(self, hit)
        if menu is not None:
            show_menu(menu, position)
            menu.deleteLater()
        event.accept()

    def open_keyboard_menu(self) -> None:
        """Menu key / Shift+F10: the right-click menu of the current card, header or cell."""
        centre = self.viewport().rect().center()
        self.contextMenuEvent(
            QContextMenuEvent(
                QContextMenuEvent.Reason.Keyboard, centre, self.viewport().mapToGlobal(centre)
            )
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.palette_drop.enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.palette_drop.move(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.palette_drop.leave()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.palette_drop.drop(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.after_view_change()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._opening_fit_pending and not self.viewport().rect().isEmpty():
            self._opening_fit_pending = False
            self.fit_to_width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.after_view_change()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Light / dark switched: the desk around the map follows, the map stays paper.
            self.setBackgroundBrush(canvas_background(self.palette()))
            self.viewport().update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, self.backgroundBrush())
        painter.fillRect(self.map_scene.map_rect(), theme.MAP)


def show_menu(menu: QMenu, position: QPoint) -> None:
    """Run a context menu (modal); tests replace this to look at the menu instead."""
    menu.exec(position)


def _shift(start: float, end: float, low: float, high: float) -> float:
    """How far to scroll so [start, end] lies within [low, high] (its start, if too long)."""
    if end - start > high - low or start < low:
        return start - low
    if end > high:
        return end - high
    return 0.0
