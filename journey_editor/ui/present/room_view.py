"""The room view: the map laid out for reading from the back of a room, read-only, with a
camera that moves to the stage (and persona) in focus and dims the rest.

It is a MapView (the same scene, items and frozen headers as the editor's canvas, following
the document's edits at once) with every gesture switched off: no click, drag, drop, wheel or
key edits anything. Keys go up to the presentation window, which steps the focus.

Reading from the back of the room: card titles are laid out at 12 pt (10 on the desk) in
slightly wider columns, the persona column is narrowed (name and role), and the zoom makes a
card title's em ROOM_TEXT_SHARE of the screen's height: 28 px on a 1920×1080 projector
(26 px of ink from the top of an "h" to the bottom of a "p"), 19 px on 1280×720, which is
the same size on the wall since a projector throws both on the same screen.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QEasingCurve,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journey_editor.layout import LayoutOptions, MapLayout
from journey_editor.layout.persona_header import persona_column
from journey_editor.ui.canvas.layout_keeper import CANVAS_OPTIONS
from journey_editor.ui.canvas.view import MapView
from journey_editor.ui.canvas.zoom import BASE_SCALE
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection

ROOM_TITLE_SIZE = 12.0  # points: card titles, stage and persona names
ROOM_TEXT_SHARE = 0.026  # a card title's em, as a share of the screen's height
CAMERA_MS = 280  # the camera's move to the next stage: long enough to follow, short to wait
CAMERA_MARGIN = 10.0  # scene units between the frozen headers and the focused column
SHADE = QColor(250, 250, 252, 165)  # over what is out of focus: dimmed, still legible
Z_SHADE = 40.0  # above cards and links, below the frozen header layers (50 …)


def room_options(base: LayoutOptions = CANVAS_OPTIONS) -> LayoutOptions:
    """The layout for the wall: bigger text relative to the columns, a narrow persona column."""
    options = replace(
        base,
        title_font_size=ROOM_TITLE_SIZE,
        body_font_size=9.5,
        stage_min_width=190.0,
        stage_max_width=360.0,
        lane_label_width=92.0,
        title_max_lines=5,
    )
    return persona_column(options, "narrow")


def room_zoom(width: int, height: int, title_size: float = ROOM_TITLE_SIZE) -> float:
    """The zoom at which card titles are ROOM_TEXT_SHARE of a `width`×`height` screen's height
    (of 16:9's height for screens narrower than that, so every column count stays alike)."""
    reference = min(height, width * 9 / 16)
    return max(0.1, reference * ROOM_TEXT_SHARE / (title_size * BASE_SCALE))


def camera_corner(
    layout: MapLayout, stage_id: str, persona_id: str | None, visible: QRectF
) -> QPointF:
    """Where the viewport's top-left corner goes (scene units) to show `stage_id`'s column in
    the middle of the space right of the frozen persona column (its left edge there, if it is
    wider), and `persona_id`'s band just under the frozen stage row (the top for all)."""
    box = next(box for box in layout.stages if box.stage_id == stage_id)
    free = visible.width() - layout.left_width
    gap = max(CAMERA_MARGIN, (free - box.rect.width) / 2)
    # Within the map: the scene's margin around it is no use on the wall.
    x = max(0.0, min(box.rect.x - layout.left_width - gap, layout.width - visible.width()))
    y = visible.top()
    band = next((band for band in layout.personas if band.persona_id == persona_id), None)
    if band is not None:
        y = band.rect.y - layout.header.height - CAMERA_MARGIN  # the stage row floats above
    elif persona_id is None:
        y = layout.header.y
    return QPointF(x, y)


class ShadeItem(QGraphicsItem):
    """A translucent veil over a path (in its parent's coordinates): what is out of focus."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.path = QPainterPath()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_SHADE)

    def set_path(self, path: QPainterPath) -> None:
        self.prepareGeometryChange()
        self.path = path
        self.update()

    def boundingRect(self) -> QRectF:
        return self.path.boundingRect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.fillPath(self.path, SHADE)


def _path(rects: list[QRectF]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for rect in rects:
        if rect.isValid():
            path.addRect(rect)
    return path


def shade_rects(
    layout: MapLayout, stage_id: str | None, persona_id: str | None
) -> tuple[list[QRectF], list[QRectF], list[QRectF]]:
    """What to dim, in the body, the frozen stage row and the frozen persona column: the
    columns of the other stages, and the bands of the other personas when one is in focus."""
    body: list[QRectF] = []
    top: list[QRectF] = []
    left: list[QRectF] = []
    header = layout.header
    for box in layout.stages:
        if box.stage_id == stage_id:
            continue
        x, width = box.rect.x, box.rect.width
        body.append(QRectF(x, layout.body_top, width, layout.height - layout.body_top))
        # The stage's own header; the phase band above stays whole, as context.
        stage_row = box.rect
        top.append(QRectF(x, stage_row.y, width, header.bottom - stage_row.y))
    if persona_id is not None:
        for band in layout.personas:
            if band.persona_id == persona_id:
                continue
            rect = band.rect
            body.append(
                QRectF(layout.left_width, rect.y, layout.width - layout.left_width, rect.height)
            )
            left.append(QRectF(0.0, rect.y, layout.left_width, rect.height))
    return body, top, left


class RoomView(MapView):
    """The read-only canvas of presentation mode."""

    camera_settled = Signal()  # the camera reached the focus (after its animation)
    _ready = False  # MapView's __init__ lays the map out before this one's parts exist

    def __init__(self, document: MapDocument, parent=None) -> None:
        super().__init__(document, Selection(), parent)
        self.focus: tuple[str | None, str | None] = (None, None)
        self._shaded: tuple[object, tuple[str | None, str | None]] | None = None
        self._camera = QVariantAnimation(self)
        self.setObjectName("room-view")
        self.setAcceptDrops(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(False)
        self._camera.setDuration(CAMERA_MS)
        self._camera.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._camera.valueChanged.connect(self._put_corner)
        self._camera.finished.connect(self.camera_settled.emit)
        scene = self.map_scene
        self.body_shade = ShadeItem()
        scene.addItem(self.body_shade)
        self.top_shade = ShadeItem(scene.top_layer)
        self.left_shade = ShadeItem(scene.left_layer)
        self._ready = True
        self._persona_column = "narrow"
        self.set_layout_options(room_options())

    # --- focus and camera ------------------------------------------------------------------------

    @property
    def camera_moving(self) -> bool:
        return self._camera.state() == QVariantAnimation.State.Running

    def set_focus(self, stage_id: str | None, persona_id: str | None, animate: bool) -> None:
        self.focus = (stage_id, persona_id)
        self._shade()
        self.aim(animate)

    def aim(self, animate: bool) -> None:
        """Move the camera to the focus: animated, or at once (resizes, snapshots)."""
        layout = self.map_scene.layout
        stage_id, persona_id = self.focus
        self._camera.stop()
        if layout is None or stage_id is None:
            return
        visible = self.visible_scene_rect()
        target = self._clamped(camera_corner(layout, stage_id, persona_id, visible))
        start = visible.topLeft()
        if not animate or not self.isVisible():
            self._put_corner(target)
            self.camera_settled.emit()
            return
        self._camera.setStartValue(start)
        self._camera.setEndValue(target)
        self._camera.start()

    def _clamped(self, corner: QPointF) -> QPointF:
        """The corner the scroll bars will really reach (so the animation ends where it stops)."""
        scale = self.transform().m11()
        rect = self.sceneRect()
        visible = self.visible_scene_rect()
        x = max(rect.left(), min(rect.right() - visible.width(), corner.x()))
        y = max(rect.top(), min(rect.bottom() - visible.height(), corner.y()))
        if rect.width() * scale <= self.viewport().width():
            x = visible.left()
        if rect.height() * scale <= self.viewport().height():
            y = visible.top()
        return QPointF(x, y)

    def _put_corner(self, corner: QPointF) -> None:
        visible = self.visible_scene_rect()
        scale = self.transform().m11()
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(horizontal.value() + round((corner.x() - visible.left()) * scale))
        vertical.setValue(vertical.value() + round((corner.y() - visible.top()) * scale))

    def _shade(self) -> None:
        layout = self.map_scene.layout
        if layout is None or self._shaded == (layout, self.focus):
            return
        self._shaded = (layout, self.focus)
        body, top, left = shade_rects(layout, *self.focus)
        self.body_shade.set_path(_path(body))
        self.top_shade.set_path(_path(top))
        self.left_shade.set_path(_path(left))

    def frame(self) -> None:
        """Zoom for the screen the presentation fills, and aim at the focus at once."""
        if not self._ready:
            return
        size = self.window().size()
        self.zoom.set(room_zoom(size.width(), size.height()))
        self.aim(animate=False)

    # --- what MapView does after an edit or a new map -----------------------------------------

    def fit_to_width(self) -> None:
        self.frame()

    def after_view_change(self) -> None:
        super().after_view_change()
        if self._ready:
            self._shade()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.frame()

    # --- no gesture edits the map: keys go to the presentation window -----------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore()

    def focusNextPrevChild(self, next: bool) -> bool:
        return False

    def mousePressEvent(self, event) -> None:
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        event.accept()

    def wheelEvent(self, event) -> None:
        event.accept()

    def contextMenuEvent(self, event) -> None:
        event.accept()

    def dragEnterEvent(self, event) -> None:
        event.ignore()

    def dropEvent(self, event) -> None:
        event.ignore()
