"""Images of the whole map (PNG, SVG), painted by the canvas's own scene.

Qt renders the same MapScene the window shows, so an image looks exactly like the canvas at
100 %. The scene here is built for the purpose and never shown: its frozen header layers
stay at their natural place (top and left), so they appear once, where they belong.

Used by `journey-editor export FILE -o OUT.png|OUT.svg`, by File → Export → Image
(ui/handout/image_dialog.py) and by the PDF dialog's page preview (`build_scene`,
`render_region`).
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPainter, QRegion, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsItem

from journey_editor.layout import LayoutOptions, shown_text
from journey_editor.layout.text import NOT_XML
from journey_editor.model.project import Project
from journey_editor.persistence.atomic import atomic_write_bytes
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.layout_keeper import CANVAS_OPTIONS, LayoutKeeper
from journey_editor.ui.canvas.scene import MapScene
from journey_editor.ui.canvas.text import ensure_fonts

# A 5,000-card map is about 7,000 × 22,000 points: at 2× that is 2.5 GB of pixels. Past these
# limits the scale is lowered (and the caller told) rather than allocating gigabytes.
MAX_SIDE = 16_384
MAX_PIXELS = 64_000_000  # 256 MB as 32-bit pixels
IMAGE_SUFFIXES = (".png", ".svg")
# A PNG is painted in strips of about this many pixel rows, the whole width of the image (one
# short step each on the GUI thread); the items within STRIP_PAD pixels of a strip are
# painted too, for their antialiased edges.
STRIP_HEIGHT = 128
STRIP_PAD = 4
# An SVG is painted this many top-level items at a time (a card is one).
SVG_GROUP = 250

RENDER_HINTS = (
    QPainter.RenderHint.Antialiasing
    | QPainter.RenderHint.TextAntialiasing
    | QPainter.RenderHint.SmoothPixmapTransform
)


@dataclass
class ImageExport:
    """What was written: pixel size (PNG) or user units (SVG), the scale used, and notes for
    the user (e.g. the scale was lowered to keep the image within memory)."""

    path: Path
    width: int
    height: int
    scale: float
    notes: list[str] = field(default_factory=list)


def ensure_application(headless: bool = False) -> QApplication:
    """A QApplication. When one must be created: on the offscreen platform if `headless`
    (the CLI: no window ever appears, even on a desktop) or when there is no screen."""
    app = QApplication.instance()
    if app is None:
        no_screen = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        elif no_screen:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from journey_editor.ui.qt_app import application

        app = application()
    ensure_fonts()
    assert isinstance(app, QApplication)
    return app


def build_scene(project: Project, options: LayoutOptions = CANVAS_OPTIONS) -> MapScene:
    """A scene of the whole map, laid out with `options` (the canvas's by default)."""
    ensure_fonts()
    scene = MapScene()
    scene.show_layout(LayoutKeeper(options).full(project), project.title)
    return scene


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


def check_request(output: Path, scale: float) -> str:
    """The image's suffix (.png or .svg). Raises ValueError, in words for the user, for
    another suffix or a scale that is not a positive number."""
    suffix = Path(output).suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        raise ValueError(
            QCoreApplication.translate(
                "image_export", "an image must end in .png or .svg, not «{name}»"
            ).format(name=Path(output).name)
        )
    if not scale > 0 or not math.isfinite(scale):
        raise ValueError(
            QCoreApplication.translate("image_export", "the scale must be a positive number")
        )
    return suffix


def export_image(
    project: Project, output: Path, scale: float = 2.0, headless: bool = False
) -> ImageExport:
    """Write the whole map to `output` (.png or .svg), atomically, in one go. Raises
    ValueError for another suffix or a non-positive scale, OSError when the file cannot be
    written.

    `scale` is pixels per layout point for PNG (lowered for huge maps: see the notes);
    an SVG is always at 1 unit per point. `headless` (the CLI) creates the QApplication, if
    there is none yet, on the offscreen platform. The window's File → Export → Image does
    the same work in short steps (ui/handout/image_job.py): both paint the same strips, so
    the pixels are the same."""
    output = Path(output)
    suffix = check_request(output, scale)
    ensure_application(headless)
    scene = build_scene(project)
    try:
        if suffix == ".svg":
            svg = paint_svg(scene, *svg_texts(project))
            data, result = well_formed_svg(svg.data), ImageExport(output, *svg.size, 1.0, [])
        else:
            picture = PngPicture(scene, scale)
            for strip in picture.strips:
                picture.paint(strip)
            data = encode_png(picture.image)
            result = picture.result(output)
    finally:
        scene.clear()
        scene.deleteLater()
    atomic_write_bytes(output, data, keep_backup=False)
    return result


class PngPicture:
    """The whole map as a QImage, painted strip by strip on the GUI thread.

    Each strip is painted with the transform of a one-shot render of the whole image (built
    by the same QTransform calls as QGraphicsScene.render), and confined to its pixel rows by
    the paint engine's system clip, which every clip an item sets is intersected with (an
    item's own `setClipRect` replaces the painter's clip, not the system clip). The strips
    therefore add up to exactly the one-shot image, with no seam. Strips span the whole
    width: a cut across the width would change a few antialiased pixels of the lines that
    cross it (Qt's strokers clip lines to the device rectangle).
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

    def result(self, output: Path) -> ImageExport:
        return ImageExport(output, self.image.width(), self.image.height(), self.scale, self.notes)


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


def scene_transform(target: QRectF, source: QRectF) -> QTransform:
    """What QGraphicsScene.render sets to paint `source` into `target` (ignoring the aspect
    ratio), built by the same calls so the numbers are the same to the last bit."""
    return (
        QTransform()
        .translate(target.left(), target.top())
        .scale(target.width() / source.width(), target.height() / source.height())
        .translate(-source.left(), -source.top())
    )


def encode_png(image: QImage) -> bytes:
    """The image as PNG bytes. Touches no scene: safe on a worker thread (Qt's QImage is
    reentrant and the GIL is released while it compresses)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(QCoreApplication.translate("image_export", "the PNG encoder failed"))
    return bytes(buffer.data().data())


@dataclass
class SvgPainting:
    """The SVG as Qt wrote it (to pass through `well_formed_svg`) and its size in points."""

    data: bytes
    size: tuple[int, int]


def svg_texts(project: Project) -> tuple[str, str]:
    """The SVG's title and description of the map."""
    title = shown_text(project.title) or QCoreApplication.translate("image_export", "Journey map")
    return title, shown_text(_description(project))


class SvgPicture:
    """The whole map as an SVG, painted a group of items at a time on the GUI thread.

    An SVG cannot be cut into strips (each item would be drawn once per strip it crosses, and
    viewers show hairlines where clipped copies meet). Instead the scene's top-level items,
    in their stacking order, are cut into groups; all are hidden (`hide`, in steps), then
    each group is shown alone, rendered, and hidden again, so every item is painted once, in
    the order a one-go render paints it. The scene is spent: built for this picture, its
    items stay hidden.
    """

    def __init__(self, scene: MapScene, title: str, description: str) -> None:
        from PySide6.QtSvg import QSvgGenerator  # only SVG needs the module

        self.scene = scene
        self.source = scene.sceneRect()
        width, height = math.ceil(self.source.width()), math.ceil(self.source.height())
        self.size = (width, height)
        self._array = QByteArray()
        self._buffer = QBuffer(self._array)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._generator = QSvgGenerator()
        self._generator.setOutputDevice(self._buffer)
        # 72 dpi: one SVG user unit is one layout point, and the map's fonts (sized for the
        # device's dpi) get exactly the layout's sizes.
        self._generator.setResolution(72)
        self._generator.setSize(QSize(width, height))
        self._generator.setViewBox(QRectF(0, 0, width, height))
        self._generator.setTitle(title)
        self._generator.setDescription(description)
        target = QRectF(0, 0, self.source.width(), self.source.height())
        self.world = scene_transform(target, self.source)
        shown = [
            item
            for item in scene.items(Qt.SortOrder.AscendingOrder)
            if item.parentItem() is None and item.isVisible()
        ]
        self.groups = [shown[i : i + SVG_GROUP] for i in range(0, len(shown), SVG_GROUP)]
        self._painter = QPainter(self._generator)
        self._painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        background = map_background(scene, target, self.source)
        if not background.isEmpty():
            self._painter.save()
            self._painter.setRenderHints(RENDER_HINTS)
            self._painter.fillRect(background, theme.MAP)
            self._painter.restore()

    def hide(self, group: list[QGraphicsItem]) -> None:
        """Hide a group before any is painted (every group must be hidden first)."""
        for item in group:
            item.setVisible(False)

    def paint(self, group: list[QGraphicsItem]) -> None:
        """Paint the items of `group` (and their children) over what is painted already."""
        area = QRectF()
        for item in group:
            item.setVisible(True)
            area |= item.sceneBoundingRect() | item.mapRectToScene(item.childrenBoundingRect())
        try:
            painter = self._painter
            painter.save()
            painter.setRenderHints(RENDER_HINTS)
            painter.setWorldTransform(self.world)
            # Only the group's own corner of the map is searched for items; target and source
            # the same rectangle add exactly the identity to the one-go transform set above.
            area.adjust(-2, -2, 2, 2)
            with natural_headers(self.scene):
                self.scene.render(painter, area, area, Qt.AspectRatioMode.IgnoreAspectRatio)
            painter.restore()
        finally:
            for item in group:
                item.setVisible(False)

    def finish(self) -> SvgPainting:
        """End the SVG, once every group is painted."""
        self.close()
        return SvgPainting(bytes(self._array.data()), self.size)

    def close(self) -> None:
        """End the painting, finished or not: Qt aborts when a paint device is destroyed
        while a painter is still active on it (an export cancelled midway)."""
        if self._painter.isActive():
            self._painter.end()
        self._buffer.close()


def paint_svg(scene: MapScene, title: str, description: str) -> SvgPainting:
    """Paint the whole map into an SVG in one go (GUI thread: it paints the scene's items)."""
    picture = SvgPicture(scene, title, description)
    try:
        for group in picture.groups:
            picture.hide(group)
        for group in picture.groups:
            picture.paint(group)
        return picture.finish()
    finally:
        picture.close()


# A character reference to a code point XML 1.0 forbids is as fatal as the raw character.
_BAD_REFERENCE = re.compile(r"&#(x[0-9a-fA-F]{1,8}|[0-9]{1,10});")


def well_formed_svg(data: bytes) -> bytes:
    """The SVG with every code point XML cannot hold taken out, raw or as a reference: the
    drawn text has none (`shown_text`), and this pass makes sure of the rest of the file, so
    a browser never refuses it."""
    text = data.decode("utf-8", errors="replace")

    def allowed(match: re.Match[str]) -> str:
        code = match.group(1)
        value = int(code[1:], 16) if code[:1] in "xX" else int(code)
        if value > 0x10FFFF or NOT_XML.fullmatch(chr(value)):
            return ""
        return match.group(0)

    text = NOT_XML.sub("", _BAD_REFERENCE.sub(allowed, text))
    return text.encode("utf-8")


def _description(project: Project) -> str:
    parts = [project.client, project.author]
    counts = QCoreApplication.translate(
        "image_export", "{personas} personas, {stages} stages, {cards} cards"
    ).format(personas=len(project.personas), stages=len(project.stages), cards=len(project.cards))
    lead = " · ".join(part for part in parts if part)
    return (
        QCoreApplication.translate("image_export", "Customer-journey map")
        + (f" — {lead}" if lead else "")
        + f" ({counts})"
    )
