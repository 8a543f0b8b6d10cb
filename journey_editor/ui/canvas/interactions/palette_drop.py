"""Dropping palette tiles on the canvas (the palette dock starts the QDrag, see `mime.py`):

    channel → over a cell: a line where the card goes; drop: a new touchpoint of that channel
              at that index, its title editor open at once
    stage   → anywhere on the canvas: the column gap under the cursor (left or right of the
              stages: first or last); drop: a new stage there, named at once
    persona → anywhere on the canvas: the band gap under the cursor; drop: a new persona
              there, named at once (so an empty map takes its first stage and persona too)
    lane    → over a persona's band: the lane gap under the cursor; drop: a new lane of that
              kind in that persona

A channel outside any cell, or a lane outside any band, shows "no drop" and is ignored.
Each drop is one undo step (and the name typed next, another).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QDragMoveEvent, QDropEvent

from journey_editor.edits import EditError
from journey_editor.layout import CellKey, band_at, drop_index_at, drop_indicator
from journey_editor.ui.canvas.interactions.context import CanvasContext
from journey_editor.ui.canvas.interactions.hits import drop_cell_at, scene_point
from journey_editor.ui.canvas.interactions.slots import boundary, slot_for
from journey_editor.ui.editing import verbs
from journey_editor.ui.palette_mime import PalettePayload, read_palette_payload


@dataclass(frozen=True)
class DropTarget:
    kind: str
    index: int
    line: tuple[float, float, float, float]
    cell: CellKey | None = None
    persona: str | None = None


class PaletteDrop:
    def __init__(self, view: CanvasContext) -> None:
        self.view = view
        self.payload: PalettePayload | None = None

    # --- the drag's events ----------------------------------------------------------------------

    def enter(self, event: QDragMoveEvent) -> None:
        self.payload = read_palette_payload(event.mimeData())
        if self.payload is None:
            event.ignore()
            return
        self.move(event)
        # Accept the enter even over a non-target spot, so move events keep coming.
        event.acceptProposedAction()

    def move(self, event: QDragMoveEvent) -> None:
        payload = self.payload or read_palette_payload(event.mimeData())
        target = self.target(payload, event.position()) if payload is not None else None
        self._show(target)
        self.view.autoscroll.follow(event.position())
        if target is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def leave(self) -> None:
        self._show(None)
        self.view.autoscroll.stop()
        self.payload = None

    def drop(self, event: QDropEvent) -> None:
        payload = read_palette_payload(event.mimeData())
        target = self.target(payload, event.position()) if payload is not None else None
        self.leave()
        if payload is None or target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        try:
            self.create(payload, target)
        except EditError as error:
            self.view.report(str(error))

    # --- where it lands -------------------------------------------------------------------------

    def target(self, payload: PalettePayload, pos: QPointF) -> DropTarget | None:
        layout = self.view.map_scene.layout
        if layout is None:
            return None
        point = scene_point(self.view, pos)
        if payload.kind == "channel":
            channels = {channel.id for channel in self.view.document.project.channels}
            found = drop_cell_at(self.view, pos)
            if payload.channel not in channels or found is None:
                return None
            cell, point = found
            index = drop_index_at(layout, cell, point.x(), point.y())
            return DropTarget("channel", index, drop_indicator(layout, cell, index), cell=cell)
        if payload.kind == "stage":
            boxes = layout.stages
            index = slot_for([(b.rect.x + b.right) / 2 for b in boxes], point.x())
            x = boundary(
                [b.rect.x for b in boxes], [b.right for b in boxes], index, layout.left_width
            )
            top = self.view.map_scene.top_layer.pos().y() + layout.header.y
            return DropTarget("stage", index, (x, top, x, layout.height))
        if payload.kind == "persona":
            bands = layout.personas
            index = slot_for([(b.rect.y + b.rect.bottom) / 2 for b in bands], point.y())
            y = boundary(
                [b.rect.y for b in bands], [b.rect.bottom for b in bands], index, layout.body_top
            )
            left = self.view.map_scene.left_layer.pos().x()
            return DropTarget("persona", index, (left, y, layout.width, y))
        band = band_at(layout, point.y())
        if (
            band is None
            or band.collapsed
            or point.y() < band.rect.y + layout.options.heat_strip_height / 2
        ):
            return None
        rows = band.lanes
        index = slot_for([(r.rect.y + r.rect.bottom) / 2 for r in rows], point.y())
        y = boundary([r.rect.y for r in rows], [r.rect.bottom for r in rows], index, band.rect.y)
        left = self.view.map_scene.left_layer.pos().x() + layout.options.persona_width
        return DropTarget("lane", index, (left, y, layout.width, y), persona=band.persona_id)

    def _show(self, target: DropTarget | None) -> None:
        scene = self.view.map_scene
        if target is None:
            scene.drop_indicator.hide()
            scene.drop_cell.hide()
            return
        scene.drop_indicator.show_line(*target.line)
        if target.cell is not None:
            rect = self.view.map_layout().cells[target.cell].rect
            scene.drop_cell.show_rect(QRectF(rect.x, rect.y, rect.width, rect.height))
        else:
            scene.drop_cell.hide()

    # --- what it makes --------------------------------------------------------------------------

    def create(self, payload: PalettePayload, target: DropTarget) -> None:
        view, document = self.view, self.view.document
        if target.kind == "channel" and target.cell is not None:
            card_id = verbs.add_card(
                document, *target.cell, index=target.index, channel=payload.channel
            )
            view.selecting.select_cards((card_id,))
            view.inline_editor.open("card", card_id)
        elif target.kind == "stage":
            stage_id = verbs.add_stage(document, target.index)
            view.selecting.select_header("stage", stage_id)
            view.inline_editor.open("stage", stage_id)
        elif target.kind == "persona":
            persona_id = verbs.add_persona(document, target.index)
            view.selecting.select_header("persona", persona_id)
            view.inline_editor.open("persona", persona_id)
        elif target.kind == "lane" and target.persona is not None:
            lane_id = verbs.add_lane(
                document, target.persona, payload.lane_kind or "notes", target.index
            )
            view.selecting.select_header("lane", lane_id)
