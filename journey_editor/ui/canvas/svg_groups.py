"""An SVG of the whole map: painted a group of items at a time, then made well formed."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journey_editor.layout import shown_text
from journey_editor.layout.text import NOT_XML
from journey_editor.model.project import Project
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.layers import BandGroup, RowGroup
from journey_editor.ui.canvas.map_paint import (
    RENDER_HINTS,
    map_background,
    natural_headers,
    scene_transform,
)
from journey_editor.ui.canvas.scene import MapScene

# An SVG is painted this many top-level items at a time (a card is one).
SVG_GROUP = 250


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
    in their stacking order, are cut into groups (a persona band's group of rows or of cards
    counts as its items: it paints nothing itself and stays shown); all are hidden (`hide`,
    in steps), then each group is shown alone, rendered, and hidden again, so every item is
    painted once, in the order a one-go render paints it. The scene is spent: built for this
    picture, its items stay hidden.
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
        # The canvas scene keeps no index (see MapScene), and without one Qt hands the items
        # out in the order they were added, whatever the order asked for: this scene, built
        # for the picture, gets the index that sorts them by stacking order.
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        shown = [
            item
            for item in scene.items(Qt.SortOrder.AscendingOrder)
            if item.isVisible() and _painted_alone(item)
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


def _painted_alone(item: QGraphicsItem) -> bool:
    """Whether `item` is one of the units the SVG is painted in: a top-level item, or an item
    of a band's group on the scene, a card of a row's group counting as one (the groups,
    which paint nothing, stay shown)."""
    if isinstance(item, BandGroup):
        return False
    parent = item.parentItem()
    while isinstance(parent, RowGroup):
        parent = parent.parentItem()
    if parent is None:
        return True
    return isinstance(parent, BandGroup) and parent.parentItem() is None


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
