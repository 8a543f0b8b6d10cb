"""What is under a point of the viewport: a card, a header, a cell, or a frozen area.

Headers are found through the scene's items, because the frozen layers move them away from
their layout position while scrolling; cells and drop positions come from the layout's hit
tests (`cell_at`, `drop_index_at`), which are exact and cheap. A point over a frozen
backdrop never reaches the cells scrolled underneath.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt

from journey_editor.layout import CellKey, cell_at
from journey_editor.layout import card_at as layout_card_at
from journey_editor.ui.canvas.interactions.context import CanvasContext, Hit
from journey_editor.ui.canvas.items.link_drawing import END_RADIUS, HANDLE_RADIUS, handle_centre

HEADER_KINDS = ("stage", "persona", "lane")
# The spotlight's veil blocks too: what it dims cannot be clicked, dragged to or dropped on.
BLOCKING_KINDS = ("backdrop", "corner", "phase", "veil")


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
        if kind in ("card", "link") or kind in HEADER_KINDS:
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
    """The cell a drop at `pos` lands in (over a card or a link: the cell beneath), with the scene
    point; None over headers, frozen areas, gaps and outside the map."""
    hit = hit_at(view, pos)
    if hit.kind not in ("card", "cell", "link") or view.map_scene.layout is None:
        return None
    cell = hit.cell or cell_at(view.map_scene.layout, hit.scene_pos.x(), hit.scene_pos.y())
    return (cell, hit.scene_pos) if cell is not None else None


def card_rect(view: CanvasContext, card_id: str) -> QRectF | None:
    """A card's rectangle in scene coordinates (None: not shown)."""
    box = view.map_layout().cards.get(card_id)
    if box is None:
        return None
    return QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height)


def card_at(view: CanvasContext, pos: QPointF) -> str | None:
    """The card under a viewport point (also under a link drawn over it), or None."""
    hit = hit_at(view, pos)
    if hit.kind == "card":
        return hit.object_id
    if hit.kind != "link":
        return None
    point = hit.scene_pos
    # The cell under the point, then its few cards (not a walk over every card of the map).
    return layout_card_at(view.map_layout(), point.x(), point.y())


def handle_at(view: CanvasContext, pos: QPointF, card_id: str | None) -> bool:
    """Whether a viewport point is on the link handle of `card_id` (the hovered card)."""
    if card_id is None:
        return False
    rect = card_rect(view, card_id)
    if rect is None:
        return False
    scale = max(view.viewportTransform().m11(), 0.01)
    reach = max(HANDLE_RADIUS + 2.0, 8.0 / scale)  # at least 8 pixels when zoomed out
    offset = scene_point(view, pos) - handle_centre(rect)
    return offset.x() ** 2 + offset.y() ** 2 <= reach**2


def link_end_at(view: CanvasContext, pos: QPointF) -> tuple[str, str] | None:
    """(link id, "from" or "to") when a viewport point is on an end handle of the selected
    link; the nearer end when both are in reach (a short link)."""
    ends = view.map_scene.link_ends
    if ends.link_id is None or not ends.isVisible():
        return None
    scale = max(view.viewportTransform().m11(), 0.01)
    reach = max(END_RADIUS + 3.0, 9.0 / scale)  # at least 9 pixels when zoomed out
    point = scene_point(view, pos)
    distances = []
    for end in ("from", "to"):
        offset = point - ends.point(end)
        distances.append((offset.x() ** 2 + offset.y() ** 2, end))
    distance, end = min(distances)
    return (ends.link_id, end) if distance <= reach**2 else None
