"""The window icon: the rendered PNGs of resources/icons, one per size."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from journey_editor.resources import resource_path
from journey_editor.ui.qt_app import app_icon


def test_app_icon_offers_every_rendered_size(qapp):
    icon = app_icon()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert sizes == {(n, n) for n in (16, 24, 32, 48, 64, 128, 256, 512)}


def test_small_icon_is_the_16_px_render_not_a_scaled_big_one(qapp):
    # A title-bar icon must come from the render made for its size, which keeps the stage
    # boxes and the curve apart; a 512 px image scaled down would blur them together.
    shown = app_icon().pixmap(QSize(16, 16)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    drawn = QImage(str(resource_path("icons", "journey-editor-16.png"))).convertToFormat(
        QImage.Format.Format_ARGB32
    )
    assert shown == drawn
