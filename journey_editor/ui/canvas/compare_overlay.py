"""Compare mode's marks on the map's scene: ghosts, badges, arrows and the other version's
curves, from one `ChangeMarks` (layout/change_marks.py). They are items of their own, beside
the map's, which never know about them: `show` puts a new set in place of the last, `clear`
takes every one away, and the map's items are exactly as they were.

A header's badge is a child of the frozen layer that holds the header (the stage row, the
persona column), so it stays on its header while the map scrolls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGraphicsItem

from journey_editor.layout.change_marks import ChangeMarks, GhostCard
from journey_editor.ui.canvas.items.base import MapItem
from journey_editor.ui.canvas.items.compare import (
    BadgeItem,
    GhostCardItem,
    MoveArrowItem,
    OtherCurveItem,
)
from journey_editor.ui.canvas.scene import MapScene


class CompareOverlay:
    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.marks = ChangeMarks()
        self.ghosts: dict[str, GhostCardItem] = {}
        self.badges: list[BadgeItem] = []
        self.arrows: dict[str, MoveArrowItem] = {}
        self.curves: dict[str, OtherCurveItem] = {}

    def show(self, marks: ChangeMarks, ghost_tip: Callable[[GhostCard], str] | None = None) -> None:
        """Show `marks` instead of the ones shown so far."""
        if marks == self.marks:
            return
        self.clear()
        self.marks = marks
        scene = self.scene
        for ghost in marks.ghosts:
            item = self.ghosts[ghost.box.card_id] = GhostCardItem(ghost)
            if ghost_tip is not None:
                item.setToolTip(ghost_tip(ghost))
            scene.addItem(item)
        for arrow in marks.arrows:
            item = self.arrows[arrow.card_id] = MoveArrowItem(arrow)
            scene.addItem(item)
        for curve in marks.curves:
            item = self.curves[curve.persona_id] = OtherCurveItem(curve)
            scene.addItem(item)
        for badge in marks.badges:
            layer = self._layer(badge.target_kind)
            item = BadgeItem(badge, layer)
            if layer is None:
                scene.addItem(item)
            self.badges.append(item)

    def clear(self) -> None:
        """Take every mark away."""
        for item in self.items():
            self.scene.removeItem(item)
        self.ghosts.clear()
        self.badges.clear()
        self.arrows.clear()
        self.curves.clear()
        self.marks = ChangeMarks()

    def items(self) -> list[MapItem]:
        return [*self.ghosts.values(), *self.badges, *self.arrows.values(), *self.curves.values()]

    def badges_of(self, target: str) -> list[BadgeItem]:
        return [item for item in self.badges if item.spec.target == target]

    def _layer(self, kind: str) -> QGraphicsItem | None:
        if kind == "stage":
            return self.scene.top_layer
        if kind in ("persona", "lane"):
            return self.scene.left_layer
        return None
