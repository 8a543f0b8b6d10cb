"""Drawing the layout's text blocks in DejaVu Sans, at the layout's sizes.

The layout measured every line with DejaVu Sans's own advance widths (`DejaVuMetrics`), so
drawing in that font at exactly the layout's size, unhinted, keeps each line inside the box
it was wrapped to: the screen shows the same line breaks as the PDF.

Sizes are scene units (PDF points). A QFont's point size is converted to pixels with the
paint device's DPI, so the font is created at ``size × 72 / dpi`` points: one em is then
`size` scene units on any device (screen, QImage, printer).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter

from journey_editor.layout import TextBlock
from journey_editor.resources import resource_path

FAMILY = "DejaVu Sans"
_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
_loaded = False


def ensure_fonts() -> None:
    """Register the bundled DejaVu Sans once per process (the system may not have it)."""
    global _loaded
    if _loaded:
        return
    for name in _FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    _loaded = True


@lru_cache(maxsize=256)
def _font(size: float, bold: bool, italic: bool, dpi: float) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(size * 72.0 / dpi)
    font.setBold(bold)
    font.setItalic(italic)
    # Hinting would round advances to whole device pixels and widen small text past the
    # measured width; unhinted text scales exactly with the zoom.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def device_dpi(painter: QPainter) -> float:
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return float(dpi or 96)


def map_font(painter: QPainter, size: float, bold: bool = False, italic: bool = False) -> QFont:
    """DejaVu Sans whose em is `size` scene units on the painter's device."""
    return _font(round(size, 3), bold, italic, device_dpi(painter))


def font_for_dpi(size: float, dpi: float, bold: bool = False, italic: bool = False) -> QFont:
    """The same font for a widget that is not painted through a QPainter (inline editor)."""
    return _font(round(size, 3), bold, italic, dpi)


def draw_block(painter: QPainter, block: TextBlock, pen: QColor) -> None:
    """Each line of `block` at its baseline, as the layout placed it."""
    if not block.texts:
        return
    painter.setFont(map_font(painter, block.size, block.bold, block.italic))
    painter.setPen(pen)
    for line in block.lines:
        painter.drawText(QPointF(line.x, line.baseline), line.text)


def draw_greeked(painter: QPainter, block: TextBlock, colour: QColor) -> None:
    """Text too small to read at this zoom: a grey bar per line keeps the map's texture
    without the cost of shaping glyphs nobody can see."""
    if not block.texts:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    height = block.size * 0.45
    for line, text in zip(block.lines, block.texts, strict=True):
        width = min(block.rect.width, len(text) * block.size * 0.5)
        painter.drawRect(QRectF(line.x, line.baseline - height, width, height))
