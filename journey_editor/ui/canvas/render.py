"""Images of the whole map (PNG, SVG), painted by the canvas's own scene.

Qt renders the same MapScene the window shows, so an image looks exactly like the canvas at
100 %. The scene here is built for the purpose and never shown: its frozen header layers
stay at their natural place (top and left), so they appear once, where they belong.

A PNG is painted in strips of rows (`PngPicture`), an SVG in groups of items (`SvgPicture`):
the command line (`export_image`) paints them all in one go, File → Export → Image
(ui/handout/image_job.py) one short step at a time with the window's events in between, and
both get the same pixels as one render of the whole scene. Encoding (`encode_png`,
`well_formed_svg`) touches no scene and may run on a worker thread.

Used by `journey-editor export FILE -o OUT.png|OUT.svg`, by File → Export → Image
(ui/handout/image_dialog.py) and by the PDF dialog's page preview (`build_scene`,
`render_region`).
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from journey_editor.layout import LayoutOptions
from journey_editor.model.project import Project
from journey_editor.persistence.atomic import atomic_write_bytes
from journey_editor.ui.canvas.layout_keeper import CANVAS_OPTIONS, LayoutKeeper
from journey_editor.ui.canvas.png_strips import PngPicture, encode_png
from journey_editor.ui.canvas.scene import MapScene
from journey_editor.ui.canvas.svg_groups import paint_svg, svg_texts, well_formed_svg
from journey_editor.ui.canvas.text import ensure_fonts

IMAGE_SUFFIXES = (".png", ".svg")


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
            result = ImageExport(output, *picture.size, picture.scale, picture.notes)
    finally:
        scene.clear()
        scene.deleteLater()
    atomic_write_bytes(output, data, keep_backup=False)
    return result
