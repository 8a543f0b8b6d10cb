"""What the PDF preview paints from: the PDF's own MapLayout in a canvas scene, plus the
title block and legend (which only the PDF has), and a miniature of the whole map.

A 5,000-card map takes ~0.2 s to lay out and ~0.1 s to paint whole, so both happen once per
set of lanes shown (`pdf_layout_key`) and are reused for every paper, margin or scale.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journey_editor.layout import LegendEntry, MapLayout, curve_sample
from journey_editor.layout import card_style as style
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.card_painter import border_pen
from journey_editor.ui.canvas.items.base import Z_CORNER
from journey_editor.ui.canvas.map_paint import RENDER_HINTS, render_region
from journey_editor.ui.canvas.marks import (
    paint_chip,
    paint_effort,
    paint_exit,
    paint_face,
    paint_star,
)
from journey_editor.ui.canvas.scene import MapScene
from journey_editor.ui.canvas.text import draw_block, ensure_fonts

MINIATURE_SIDE = 2400  # pixels, the longer side at most
MINIATURE_PIXELS = 2_000_000


class TitleLegendItem(QGraphicsItem):
    """The title block and legend of the PDF layout (the canvas shows neither)."""

    def __init__(self, layout: MapLayout) -> None:
        super().__init__()
        self.layout = layout
        rects = []
        if layout.title_block is not None:
            rects.append(layout.title_block.rect)
        if layout.legend is not None:
            rects.append(layout.legend.rect)
        self._bounds = QRectF()
        for rect in rects:
            self._bounds = self._bounds.united(QRectF(rect.x, rect.y, rect.width, rect.height))
        self.setZValue(Z_CORNER + 1)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        block = self.layout.title_block
        if block is not None:
            draw_block(painter, block.title, theme.INK)
            if block.subtitle is not None:
                draw_block(painter, block.subtitle, theme.MUTED)
        legend = self.layout.legend
        if legend is None:
            return
        for section in legend.sections:
            draw_block(painter, section.heading, theme.INK)
            for entry in section.entries:
                painter.save()
                _paint_swatch(painter, section.kind, entry)
                painter.restore()
                draw_block(painter, entry.label, theme.MUTED)


def _paint_swatch(painter: QPainter, kind: str, entry: LegendEntry) -> None:
    """The sample as it looks on a card (the layout's legend contract)."""
    swatch = entry.swatch
    if kind == "channels":
        paint_chip(painter, swatch, entry.colour or "#888888", entry.icon)
    elif kind == "effort" and entry.key.lstrip("-").isdigit():
        paint_effort(painter, swatch, int(entry.key))
    elif kind == "emotion" and entry.key == "curve":
        pen = QPen(theme.CURVE, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        segment = curve_sample(entry.swatch)
        path = QPainterPath(QPointF(*segment.start))
        path.cubicTo(QPointF(*segment.c1), QPointF(*segment.c2), QPointF(*segment.end))
        painter.drawPath(path)
    elif kind == "emotion" and entry.key.lstrip("-+").isdigit():
        paint_face(painter, swatch, int(entry.key))
    elif kind == "evidence":
        painter.setPen(border_pen(entry.key))
        painter.setBrush(theme.CARD_BG)
        radius = style.LEGEND_SWATCH_RADIUS  # as the PDF draws it
        painter.drawRoundedRect(QRectF(*swatch), radius, radius)
    elif entry.key == "moment_of_truth":
        paint_star(painter, swatch)
    elif entry.key == "exit_point":
        paint_exit(painter, swatch)
    elif entry.key == "votes":
        painter.setPen(QPen(theme.colour(style.VOTE_RING), style.VOTE_RING_WIDTH))
        painter.setBrush(theme.colour(style.VOTE_FILL))
        for dot in style.vote_sample(swatch):
            painter.drawEllipse(QRectF(*dot))


class PreviewSource:
    """The scene and miniature for one layout."""

    def __init__(self, layout: MapLayout, title: str) -> None:
        ensure_fonts()
        self.layout = layout
        self.scene = MapScene()
        self.scene.show_layout(layout, title)
        if layout.title_block is not None or layout.legend is not None:
            self.scene.addItem(TitleLegendItem(layout))
        self.map_rect = QRectF(0.0, 0.0, layout.width, layout.height)
        self.miniature, self.miniature_scale = self._miniature()

    def _miniature(self) -> tuple[QImage, float]:
        width, height = self.map_rect.width(), self.map_rect.height()
        scale = min(MINIATURE_SIDE / max(width, height, 1.0), 1.0)
        scale = min(scale, math.sqrt(MINIATURE_PIXELS / max(width * height, 1.0)))
        size_w, size_h = max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))
        image = QImage(size_w, size_h, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(RENDER_HINTS)
        render_region(
            self.scene, painter, QRectF(0, 0, width * scale, height * scale), self.map_rect
        )
        painter.end()
        return image, scale

    def paint_region(self, painter: QPainter, target: QRectF, source: QRectF) -> None:
        """`source` (layout points) into `target`: from the miniature when it has enough
        pixels for the target, else rendered from the scene (then only the items inside
        `source` are painted, which is quick however large the map)."""
        scale = target.width() / source.width() if source.width() else 1.0
        if scale <= self.miniature_scale * 1.05:
            k = self.miniature_scale
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(
                target,
                self.miniature,
                QRectF(source.x() * k, source.y() * k, source.width() * k, source.height() * k),
            )
            painter.restore()
        else:
            render_region(self.scene, painter, target, source)

    def close(self) -> None:
        self.scene.clear()
        self.scene.deleteLater()
