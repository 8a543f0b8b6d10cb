"""Zoom: the view's scale, kept around a fixed point of the viewport.

100 % shows the map at its printed size on a standard 96-dpi screen (a layout point is 1/72
inch, so 4/3 of a pixel), like a PDF viewer's 100 %; the layout itself never changes with the
zoom. Ctrl+wheel zooms continuously around the mouse; zoom in / out step through familiar
percentages around the viewport's centre.

It works on any QGraphicsView and tells its owner through two callbacks: `moved` after every
change of scale or scroll (the frozen headers re-pin), `zoomed(factor)` when the factor changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

BASE_SCALE = 96.0 / 72.0
MIN_ZOOM = 0.02  # a 5,000-card map fits a laptop screen at about 4 %
MAX_ZOOM = 5.0
STEPS = (0.05, 0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
STEPS += (2.5, 3.0, 4.0, 5.0)
WHEEL_BASE = 1.0015  # per eighth of a degree: one notch (120) ≈ ×1.2
# A map opens fitted to the window's width, but never smaller than this: card titles (10 pt)
# are then 10 px high and lane names and roles (8 pt) 8 px, the smallest text still read
# at arm's length on a laptop; below it a wide map scrolls sideways instead of shrinking.
READABLE_ZOOM = 0.75
# … nor larger than this: a three-stage map on a wide screen would otherwise open at 200 %.
OPENING_MAX_ZOOM = 1.5


def next_step(current: float, up: bool) -> float:
    """The next familiar zoom above (or below) `current`."""
    if up:
        return next(
            (step for step in STEPS if step > current * 1.001), min(MAX_ZOOM, current * 1.25)
        )
    smaller = [step for step in STEPS if step < current * 0.999]
    return smaller[-1] if smaller else max(MIN_ZOOM, current / 1.25)


class ZoomControl:
    def __init__(
        self, view: QGraphicsView, moved: Callable[[], None], zoomed: Callable[[float], None]
    ) -> None:
        self.view = view
        self.moved = moved
        self.zoomed = zoomed
        self.factor = 1.0

    def set(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to `factor` keeping the scene point under `anchor` (viewport pixels; default
        the centre) where it is."""
        view = self.view
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if anchor is None:
            anchor = QPointF(view.viewport().rect().center())
        inverse, _ok = view.viewportTransform().inverted()
        fixed = inverse.map(anchor)
        scale = BASE_SCALE * factor
        view.setTransform(QTransform.fromScale(scale, scale))
        moved = view.viewportTransform().map(fixed) - anchor
        horizontal, vertical = view.horizontalScrollBar(), view.verticalScrollBar()
        horizontal.setValue(horizontal.value() + round(moved.x()))
        vertical.setValue(vertical.value() + round(moved.y()))
        changed = abs(factor - self.factor) > 1e-9
        self.factor = factor
        self.moved()
        if changed:
            self.zoomed(factor)

    def step(self, up: bool) -> None:
        self.set(next_step(self.factor, up))

    def wheel(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if delta:
            self.set(self.factor * WHEEL_BASE**delta, event.position())

    def width_fit(self) -> float:
        """The zoom at which the map's width (with its margin) fills the viewport, kept between
        READABLE_ZOOM and OPENING_MAX_ZOOM."""
        view = self.view
        width = view.map_scene.sceneRect().width()
        viewport = view.viewport().width() - 2
        if width <= 0 or viewport <= 0:
            return self.factor
        return max(READABLE_ZOOM, min(OPENING_MAX_ZOOM, viewport / (width * BASE_SCALE)))

    def fit(self) -> None:
        """The whole map (with its margin) in the viewport."""
        view = self.view
        rect = view.map_scene.sceneRect()  # the map, not the room to scroll below it
        viewport = view.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        factor = min(
            (viewport.width() - 2) / (rect.width() * BASE_SCALE),
            (viewport.height() - 2) / (rect.height() * BASE_SCALE),
        )
        self.set(factor)
        view.centerOn(rect.center())
        self.moved()
