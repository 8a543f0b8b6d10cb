"""What is under a point of the viewport: a card, a header, a cell, or a frozen area.

Headers are found through the scene's items, because the frozen layers move them away from
their layout position while scrolling; cells and drop positions come from the layout's hit
tests (`cell_at`, `drop_index_at`), which are exact and cheap. A point over a frozen
backdrop never reaches the cells scrolled underneath.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journey_editor.layout import CellKey, cell_at
from journey_editor.ui.canvas.interactions.context import CanvasContext, Hit

HEADER_KINDS = ("stage", "persona", "lane")
BLOCKING_KINDS = ("backdrop", "corner", "phase")


def scene_point(view: CanvasContext, pos: QPointF) -> QPointF:
    """Exact (fractional) scene coordinates of a viewport point."""
    inverse, _ok = view.viewportTransform().inverted()
    return inverse.map(QPointF(pos))


def hit_at(view: CanvasContext, pos: QPointF) -> Hit:
    scene = view.map_scene
    point = scene_point(view, pos)
    items = scene.items(
        point,
        Qt.ItemSelectionMode.IntersectsItemShape,
        Qt.SortOrder.DescendingOrder,
        view.viewportTransform(),
    )
    for item in items:
        kind = getattr(item, "kind", None)
        if kind == "card" or kind in HEADER_KINDS:
            return Hit(kind, point, item.object_id)
        if kind in BLOCKING_KINDS:
            return Hit("frozen", point)
    layout = scene.layout
    if layout is not None:
        cell = cell_at(layout, point.x(), point.y())
        if cell is not None:
            return Hit("cell", point, cell=cell)
    return Hit(None, point)


def drop_cell_at(view: CanvasContext, pos: QPointF) -> tuple[CellKey, QPointF] | None:
    """The cell a drop at `pos` lands in (over a card counts as its cell), with the scene
    point; None over headers, frozen areas, gaps and outside the map."""
    hit = hit_at(view, pos)
    if hit.kind not in ("card", "cell") or view.map_scene.layout is None:
        return None
    cell = hit.cell or cell_at(view.map_scene.layout, hit.scene_pos.x(), hit.scene_pos.y())
    return (cell, hit.scene_pos) if cell is not None else None
