"""High-DPI: icons are drawn at the screen's pixel ratio, not blown up from 1× pixmaps; the
application carries its icon; the whole window renders at 2× under QT_SCALE_FACTOR=2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from journey_editor.model.channels import default_channels
from journey_editor.resources import resource_path
from journey_editor.ui.icons import channel_icon, paint_channel_icon
from journey_editor.ui.palette.dock import PaletteDock

SHOTS = Path(os.environ.get("JOURNEY_EDITOR_SHOTS", "/tmp/journey-editor-shots"))


def _direct(size: int, icon_name: str, colour: str) -> QImage:
    """The icon painted straight into a pixmap of `size` device pixels: the sharp reference."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    inset = size * 0.06
    paint_channel_icon(
        painter, QRectF(inset, inset, size - 2 * inset, size - 2 * inset), icon_name, QColor(colour)
    )
    painter.end()
    return pixmap.toImage()


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0, 3.0])
def test_channel_icons_are_drawn_at_the_device_pixel_ratio(qapp, ratio):
    icon = channel_icon("store", "#D55E00", 24)
    pixmap = icon.pixmap(QSize(24, 24), ratio)
    assert pixmap.devicePixelRatio() == ratio
    assert pixmap.width() == pixmap.height() == round(24 * ratio)
    # Pixel for pixel what a vector drawing at that size gives: nothing was resampled.
    expected = _direct(round(24 * ratio), "store", "#D55E00")
    assert pixmap.toImage().convertToFormat(expected.format()) == expected


def test_a_resampled_icon_would_be_caught(qapp):
    small = _direct(24, "store", "#D55E00")
    blown_up = small.scaled(48, 48, mode=Qt.TransformationMode.SmoothTransformation)
    assert blown_up.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied) != _direct(
        48, "store", "#D55E00"
    ).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def test_palette_tiles_are_crisp_at_2x(qtbot, small_project):
    from journey_editor.ui.editing.document import MapDocument
    from journey_editor.ui.editing.selection import Selection

    document = MapDocument(small_project)
    dock = PaletteDock(document, Selection())
    qtbot.addWidget(dock)
    for payload in ({"kind": "channel", "channel": "store"}, {"kind": "persona"}):
        icon = dock.tile(**payload).icon()
        pixmap = icon.pixmap(dock.digital.iconSize(), 2.0)
        assert pixmap.devicePixelRatio() == 2.0
        assert pixmap.size() == dock.digital.iconSize() * 2
    document.undo_stack.cleanChanged.disconnect()


def test_every_default_channel_has_a_drawable_icon_at_2x(qapp):
    for channel in default_channels():
        image = channel_icon(channel.icon, channel.colour, 16).pixmap(QSize(16, 16), 2.0)
        assert image.width() == 32
        opaque = image.toImage()
        assert any(opaque.pixelColor(x, y).alpha() > 200 for x in range(32) for y in range(32)), (
            channel.id
        )


def test_the_app_icon_has_real_pixels_for_2x_screens(qapp):
    from journey_editor.ui.qt_app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    pixmap = icon.pixmap(QSize(32, 32), 2.0)
    assert pixmap.size() == QSize(64, 64)
    # The 64 px file itself, not the 32 px one enlarged.
    drawn = QImage(str(resource_path("icons", "journey-editor-64.png")))
    assert pixmap.toImage().convertToFormat(drawn.format()) == drawn


_SCALED_WINDOW = textwrap.dedent(
    """
    import json, sys
    from journey_editor.ui.qt_app import application
    from journey_editor.settings import Settings
    from journey_editor.templates import project_from_template
    app = application()
    from journey_editor.ui.shell.main_window import MainWindow
    window = MainWindow(project_from_template("b2b-lead-generation"), None, settings=Settings())
    window.resize(1100, 700)
    window.show()
    app.processEvents()
    shot = window.grab()
    shot.save(sys.argv[1])
    tiles = window.palette_dock.digital
    tile = tiles.item(0).icon().pixmap(tiles.iconSize(), window.devicePixelRatioF())
    print(json.dumps({
        "ratio": window.devicePixelRatioF(),
        "logical": [window.width(), window.height()],
        "pixels": [shot.width(), shot.height()],
        "tile": [tile.width(), tile.height(), tile.devicePixelRatio()],
        "app_icon": not app.windowIcon().isNull(),
    }))
    """
)


def test_the_window_renders_at_2x_with_qt_scale_factor(tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / "window-scale-2.png"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_SCALE_FACTOR="2",
        JOURNEY_EDITOR_CONFIG_DIR=str(tmp_path / "config"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),  # the window's saved geometry stays private
    )
    done = subprocess.run(
        [sys.executable, "-c", _SCALED_WINDOW, str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert facts["ratio"] == 2.0
    assert facts["pixels"] == [2 * facts["logical"][0], 2 * facts["logical"][1]]
    assert facts["tile"] == [72, 72, 2.0]
    assert facts["app_icon"]
    assert shot.exists()


def test_inspector_faces_and_swatches_are_drawn_at_2x(qapp):
    from journey_editor.ui.inspector.glyphs import face_icon, swatch_icon

    # At the sizes the inspector shows them: 28 px faces, 24 px colour swatches.
    for icon, size in ((face_icon(-2), 28), (face_icon(2), 28), (swatch_icon("#0072B2"), 24)):
        for ratio in (1.5, 2.0):
            pixmap = icon.pixmap(QSize(size, size), ratio)
            assert pixmap.devicePixelRatio() == ratio
            assert pixmap.width() == round(size * ratio)
    # The faces differ where it matters: the mouth.
    assert face_icon(-2).pixmap(QSize(28, 28), 2.0).toImage() != (
        face_icon(2).pixmap(QSize(28, 28), 2.0).toImage()
    )
