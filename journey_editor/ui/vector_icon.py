"""Icons painted at every common device pixel ratio, so they are never blown up.

A QIcon built from one 1× pixmap is resampled on a 1.5× or 2× screen and looks soft. Here a
paint function draws the icon once per ratio (1×, 1.25×, 1.5×, 1.75×, 2×, 2.5×, 3×) into a
pixmap of exactly that many device pixels, tagged with its ratio; Qt then picks the pixmap
made for the screen's ratio instead of scaling one.

(A custom QIconEngine would draw at any ratio, but PySide6 does not hand the ownership of
the engine returned by `clone()` to Qt, so a detached icon would crash: plain pixmaps are
the safe form.)

While the editor starts, icons are drawn for the ratios of the screens only (the palette's
24 tiles at seven ratios are 20 ms before the first frame); after the first frame the start-up
switches back to every ratio and the palette draws its tiles again (ui/shell/app.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap

PaintFunction = Callable[[QPainter, QRectF], None]

# Windows offers 125 %, 150 %, 175 %; GNOME and KDE 200 % and fractional steps; 3× phones
# and some 4K laptops.
RATIOS = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)

_drawn_ratios: dict[str, tuple[float, ...] | None] = {"only": None}


def draw_for_screens_only() -> None:
    """From now on, draw icons for the ratios of the screens there are (start-up)."""
    ratios = {screen.devicePixelRatio() for screen in QGuiApplication.screens()}
    _drawn_ratios["only"] = tuple(sorted(ratios)) or (1.0,)


def draw_for_every_ratio() -> None:
    """From now on, draw icons at every common ratio again (the default)."""
    _drawn_ratios["only"] = None


def painted_pixmap(paint: PaintFunction, size: int, ratio: float) -> QPixmap:
    """`paint` into a `size`-pixel (logical) square at `ratio` device pixels per pixel."""
    side = round(size * ratio)
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    paint(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def painted_icon(paint: PaintFunction, size: int = 24) -> QIcon:
    """A QIcon of `size` logical pixels holding one pixmap per common pixel ratio, each
    drawn by `paint(painter, rect)` in device pixels (nothing is resampled)."""
    icon = QIcon()
    for ratio in _drawn_ratios["only"] or RATIOS:
        icon.addPixmap(painted_pixmap(paint, size, ratio))
    return icon
