"""Painting a region of a MapScene into any QPainter, as the map looks on the canvas.

The frozen header layers are put back at their natural place while painting (`natural_headers`),
and the map's own background colour goes under the grid (`map_background`). The PDF preview
paints regions (`render_region`); the image exports paint strips and groups with the very
transform a one-go render uses (`scene_transform`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QTransform

from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.scene import MapScene

RENDER_HINTS = (
    QPainter.RenderHint.Antialiasing
    | QPainter.RenderHint.TextAntialiasing
    | QPainter.RenderHint.SmoothPixmapTransform
)


@contextmanager
def natural_headers(scene: MapScene) -> Iterator[None]:
    """Paint the frozen headers once, at their place in the map, whatever a view did.

    The layers are moved back to the origin, and the scene's sticky top (where its persona
    headers slide their names to) is cleared while painting, then both are restored so the
    window's canvas showing this scene is not disturbed.
    """
    layers = (scene.top_layer, scene.left_layer, scene.corner_layer)
    positions = [layer.pos() for layer in layers]
    sticky = scene.sticky_top
    try:
        for layer in layers:
            layer.setPos(QPointF(0.0, 0.0))
        scene.sticky_top = float("-inf")
        yield
    finally:
        scene.sticky_top = sticky
        for layer, position in zip(layers, positions, strict=True):
            layer.setPos(position)


def render_region(scene: MapScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    """Paint `source` (layout points) of the map into `target`, on the canvas's map colour."""
    painter.save()
    painter.setRenderHints(RENDER_HINTS)
    painter.setClipRect(target)
    background = map_background(scene, target, source)
    if not background.isEmpty():
        painter.fillRect(background, theme.MAP)
    with natural_headers(scene):
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.restore()


def map_background(scene: MapScene, target: QRectF, source: QRectF) -> QRectF:
    """Where, in `target`, the map's own background goes (seen between persona bands): from
    the header down, so a PDF layout's title block and legend above it stay on white paper,
    as in the PDF. Empty when `source` shows none of it."""
    scale_x = target.width() / source.width() if source.width() else 1.0
    scale_y = target.height() / source.height() if source.height() else 1.0
    grid = scene.map_rect()
    if scene.layout is not None:
        grid.setTop(scene.layout.header.y)
    map_area = grid.intersected(source)
    if map_area.isEmpty():
        return QRectF()
    return QRectF(
        target.x() + (map_area.x() - source.x()) * scale_x,
        target.y() + (map_area.y() - source.y()) * scale_y,
        map_area.width() * scale_x,
        map_area.height() * scale_y,
    )


def scene_transform(target: QRectF, source: QRectF) -> QTransform:
    """What QGraphicsScene.render sets to paint `source` into `target` (ignoring the aspect
    ratio), built by the same calls so the numbers are the same to the last bit."""
    return (
        QTransform()
        .translate(target.left(), target.top())
        .scale(target.width() / source.width(), target.height() / source.height())
        .translate(-source.left(), -source.top())
    )
