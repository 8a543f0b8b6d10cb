"""A PNG of the whole map: its pixel size (capped), painted strip by strip, then encoded."""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QRegion

from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.map_paint import (
    RENDER_HINTS,
    map_background,
    natural_headers,
    scene_transform,
)
from journey_editor.ui.canvas.scene import MapScene

# A 5,000-card map is about 7,000 × 22,000 points: at 2× that is 2.5 GB of pixels. Past these
# limits the scale is lowered (and the caller told) rather than allocating gigabytes.
MAX_SIDE = 16_384
MAX_PIXELS = 64_000_000  # 256 MB as 32-bit pixels
# A PNG is painted in strips of about this many pixel rows, the whole width of the image (one
# short step each on the GUI thread); the items within STRIP_PAD pixels of a strip are
# painted too, for their antialiased edges.
STRIP_HEIGHT = 128
STRIP_PAD = 4


def image_scale(width: float, height: float, scale: float) -> tuple[float, list[str]]:
    """The scale to use for a `width` × `height` point map, and why it is lower if it is."""
    notes: list[str] = []
    fitted = scale
    side = max(width, height) * fitted
    if side > MAX_SIDE:
        fitted = MAX_SIDE / max(width, height)
    if width * height * fitted * fitted > MAX_PIXELS:
        fitted = math.sqrt(MAX_PIXELS / (width * height))
    if fitted < scale:
        # Round down a little, so rounding the pixel size up can never pass the cap.
        fitted = math.floor(fitted * 1000) / 1000
        notes.append(
            QCoreApplication.translate(
                "image_export",
                "The map is too large for an image at {asked}×: written at {used}× "
                "(at most {side} pixels a side, {mp} megapixels). For print, export a PDF.",
            ).format(
                asked=f"{scale:g}",
                used=f"{fitted:.3g}",
                side=MAX_SIDE,
                mp=MAX_PIXELS // 1_000_000,
            )
        )
    return fitted, notes


class PngPicture:
    """The whole map as a QImage, painted strip by strip on the GUI thread.

    Each strip is painted with the transform of a one-shot render of the whole image (built
    by the same QTransform calls as QGraphicsScene.render), and confined to its pixel rows by
    the paint engine's system clip, which every clip an item sets is intersected with (an
    item's own `setClipRect` replaces the painter's clip, not the system clip). The strips
    therefore add up to exactly the one-shot image, with no seam. Strips span the whole
    width: tiles cut down the height too changed a few antialiased pixels of the emotion
    curves by one level (Qt's stroker works within the clip's bounds), horizontal cuts none.
    """

    def __init__(self, scene: MapScene, scale: float) -> None:
        self.scene = scene
        self.source = scene.sceneRect()  # the map and a margin of air around it
        self.scale, self.notes = image_scale(self.source.width(), self.source.height(), scale)
        width = math.ceil(self.source.width() * self.scale)
        height = math.ceil(self.source.height() * self.scale)
        # Not filled here: each strip whitens its own rows (filling 256 MB at once is a
        # long pause, and the memory is only touched strip by strip).
        self.image = QImage(QSize(width, height), QImage.Format.Format_RGB32)
        if self.image.isNull():
            raise OSError(
                QCoreApplication.translate(
                    "image_export", "not enough memory for a {w} × {h} image"
                ).format(w=width, h=height)
            )
        target = QRectF(0, 0, width, height)
        self.world = scene_transform(target, self.source)
        self.inverse, _ = self.world.inverted()
        self.background = map_background(scene, target, self.source)
        self.strips = [
            QRect(0, top, width, bottom - top)
            for top, bottom in strip_rows(height, self._uncut_rows(), STRIP_HEIGHT)
        ]

    def _uncut_rows(self) -> list[tuple[int, int]]:
        """Pixel rows no strip edge should cross: an emotion curve repaints its dashed guide
        lines across the whole map each time it is painted (~0.2 s on a 40-stage map), so it
        is best painted by one strip only."""
        rows = []
        for curve in self.scene.curves.values():
            box = self.world.mapRect(curve.sceneBoundingRect())
            rows.append((math.floor(box.top()) - STRIP_PAD, math.ceil(box.bottom()) + STRIP_PAD))
        return rows

    def paint(self, strip: QRect) -> None:
        """Paint the pixels of `strip` (and only those) as the one-shot render would."""
        engine = self.image.paintEngine()
        engine.setSystemClip(QRegion(strip))  # read when a painter begins on the image
        painter = QPainter(self.image)
        try:
            painter.fillRect(strip, QColor("white"))  # whole pixels: as QImage.fill would
            painter.setRenderHints(RENDER_HINTS)
            if not self.background.isEmpty():
                painter.fillRect(self.background, theme.MAP)
            painter.setWorldTransform(self.world)
            # The items near the strip. Target and source are the same rectangle: the scene
            # then adds exactly the identity to the world transform set above.
            near = QRectF(strip).adjusted(0, -STRIP_PAD, 0, STRIP_PAD)
            area = self.inverse.mapRect(near)
            with natural_headers(self.scene):
                self.scene.render(painter, area, area, Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
            engine.setSystemClip(QRegion())

    @property
    def size(self) -> tuple[int, int]:
        return self.image.width(), self.image.height()


def strip_rows(height: int, uncut: list[tuple[int, int]], step: int) -> list[tuple[int, int]]:
    """Cut rows 0…height into (top, bottom) strips of about `step` rows, never cutting inside
    one of the `uncut` (top, bottom) spans: the cut moves to the span's end (or to its start
    when the strip would grow past twice the step)."""
    strips: list[tuple[int, int]] = []
    top = 0
    while top < height:
        cut = min(top + step, height)
        for start, end in sorted(uncut):
            if start < cut < end:
                cut = end if end - top <= 2 * step or start <= top else start
        cut = min(max(cut, top + 1), height)
        strips.append((top, cut))
        top = cut
    return strips


def encode_png(image: QImage) -> bytes:
    """The image as PNG bytes. Touches no scene: safe on a worker thread (Qt's QImage is
    reentrant and the GIL is released while it compresses)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(QCoreApplication.translate("image_export", "the PNG encoder failed"))
    return bytes(buffer.data().data())
