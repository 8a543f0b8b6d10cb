"""Dragging a stage header sideways, a persona header or a lane label up and down, to reorder.

While dragging, a translucent ghost follows the cursor along the axis and an insertion line
shows the gap the header will go to; the release calls `verbs.move_header` (one MoveStage /
MovePersona / MoveLane, one undo step). A lane moves only within its own persona.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt

from journey_editor.edits import EditError
from journey_editor.layout import MapLayout
from journey_editor.ui.canvas.interactions.context import CanvasContext
from journey_editor.ui.canvas.interactions.hits import scene_point
from journey_editor.ui.canvas.interactions.slots import boundary, final_index, slot_for
from journey_editor.ui.canvas.items.overlays import HeaderGhostItem
from journey_editor.ui.editing import verbs


class Track:
    """The reorderable siblings of a header along one axis, from the layout."""

    def __init__(self, layout: MapLayout, kind: str, object_id: str) -> None:
        self.kind = kind
        self.object_id = object_id
        if kind == "stage":
            spans = [(box.stage_id, box.rect.x, box.rect.right) for box in layout.stages]
        elif kind == "persona":
            spans = [(b.persona_id, b.rect.y, b.rect.bottom) for b in layout.personas]
        else:
            band = next(b for b in layout.personas if any(r.lane_id == object_id for r in b.lanes))
            spans = [(r.lane_id, r.rect.y, r.rect.bottom) for r in band.lanes]
        self.ids = [span[0] for span in spans]
        self.starts = [span[1] for span in spans]
        self.ends = [span[2] for span in spans]
        self.centres = [(start + end) / 2 for _, start, end in spans]
        self.source = self.ids.index(object_id)

    def boundary(self, slot: int) -> float:
        return boundary(self.starts, self.ends, slot, self.starts[0])


class HeaderDrag:
    def __init__(self, view: CanvasContext, kind: str, object_id: str, press_pos: QPointF) -> None:
        self.view = view
        self.kind = kind
        self.track = Track(view.map_layout(), kind, object_id)
        self.start = scene_point(view, press_pos)
        self.slot: int | None = None
        scene = view.map_scene
        self.item = scene.item_for(kind, object_id)
        self.layer = scene.top_layer if kind == "stage" else scene.left_layer
        rect = self.item.boundingRect() if self.item is not None else QRectF()
        self.ghost = HeaderGhostItem(rect, self.layer)
        if self.item is not None:
            self.item.setOpacity(0.45)
        self.move(press_pos, Qt.KeyboardModifier.NoModifier)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        point = scene_point(self.view, pos)
        horizontal = self.kind == "stage"
        value = point.x() if horizontal else point.y()
        delta = value - (self.start.x() if horizontal else self.start.y())
        self.ghost.setPos(delta if horizontal else 0.0, 0.0 if horizontal else delta)
        self.slot = slot_for(self.track.centres, value)
        self._show_line(self.track.boundary(self.slot))
        self.view.autoscroll.follow(pos)

    def _show_line(self, at: float) -> None:
        layout = self.view.map_layout()
        scene = self.view.map_scene
        if self.kind == "stage":
            top = self.layer.pos().y() + layout.header.y
            scene.drop_indicator.show_line(at, top, at, layout.height)
        elif self.kind == "persona":
            left = self.layer.pos().x()
            scene.drop_indicator.show_line(left, at, layout.width, at)
        else:
            left = self.layer.pos().x() + layout.options.persona_width
            scene.drop_indicator.show_line(left, at, layout.width, at)

    def finish(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.move(pos, modifiers)
        slot = self.slot
        self.cancel()
        if slot is None:
            return
        target = final_index(slot, self.track.source)
        try:  # dropped back in its own gap: the verb makes no edit (no undo step)
            verbs.move_header(self.view.document, self.kind, self.track.object_id, target)
        except EditError as error:
            self.view.report(str(error))

    def cancel(self) -> None:
        scene = self.view.map_scene
        scene.removeItem(self.ghost)
        scene.drop_indicator.hide()
        if self.item is not None:
            self.item.setOpacity(1.0)
        self.view.autoscroll.stop()
