"""PNG and SVG images of the whole map, rendered by the canvas's scene."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journey_editor.ui.canvas.layout_keeper import CANVAS_OPTIONS, LayoutKeeper
from journey_editor.ui.canvas.map_paint import render_region
from journey_editor.ui.canvas.png_strips import MAX_PIXELS, MAX_SIDE, image_scale
from journey_editor.ui.canvas.render import build_scene, export_image
from journey_editor.ui.canvas.scene import MARGIN

SVG = "{http://www.w3.org/2000/svg}"


def _non_white(image: QImage, step: int = 5) -> int:
    white = QColor("white").rgb()
    return sum(
        image.pixel(x, y) != white
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_png_has_the_map_size_times_the_scale_and_is_not_blank(qapp, tmp_path, small_project):
    layout = LayoutKeeper(CANVAS_OPTIONS).full(small_project)
    out = tmp_path / "map.png"
    result = export_image(small_project, out, scale=2.0)
    image = QImage(str(out))
    assert not image.isNull()
    expected_w, expected_h = (layout.width + 2 * MARGIN) * 2, (layout.height + 2 * MARGIN) * 2
    assert abs(image.width() - expected_w) <= 1 and abs(image.height() - expected_h) <= 1
    assert image.width() / image.height() == pytest.approx(expected_w / expected_h, rel=0.01)
    assert (result.width, result.height, result.scale, result.notes) == (
        image.width(),
        image.height(),
        2.0,
        [],
    )
    assert _non_white(image) > 0.5 * (image.width() // 5) * (image.height() // 5)
    # The margin around the map stays white; the stage row (dark) is at the top.
    assert image.pixel(5, 5) == QColor("white").rgb()
    stage = layout.stages[0].rect
    centre = ((stage.x + MARGIN + 4) * 2, (stage.y + MARGIN + 4) * 2)
    assert QColor(image.pixel(*map(round, centre))).lightness() < 80


def test_png_scale_one_is_half_the_size(qapp, tmp_path, small_project):
    export_image(small_project, tmp_path / "a.png", scale=1.0)
    export_image(small_project, tmp_path / "b.png", scale=2.0)
    one, two = QImage(str(tmp_path / "a.png")), QImage(str(tmp_path / "b.png"))
    assert abs(two.width() - 2 * one.width()) <= 2


def test_svg_parses_and_holds_every_card_title_as_text(qapp, tmp_path, french_project):
    out = tmp_path / "map.svg"
    export_image(french_project, out)
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == french_project.title
    assert "personas" in root.find(f"{SVG}desc").text
    words = " ".join("".join(node.itertext()) for node in root.iter(f"{SVG}text"))
    for card in french_project.cards:
        # Titles are wrapped over several <text> lines: look for each word.
        for word in card.title.split():
            assert word in words, (card.title, word)
    assert "Découverte" in words and "€" in words


def test_frozen_headers_are_painted_once_at_their_place_even_after_a_view_scrolled(
    qapp, small_project
):
    scene = build_scene(small_project)
    layout = scene.layout
    # As if a view had scrolled far down and right: the layers moved with it.
    for layer in (scene.top_layer, scene.left_layer, scene.corner_layer):
        layer.follow(100.0, 150.0)
    scene.set_sticky_top(500.0)
    moved = scene.top_layer.pos()
    assert 0 < moved.y() < layout.height - 60
    source = QRectF(0, 0, layout.width, layout.height)
    image = QImage(round(layout.width), round(layout.height), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    render_region(scene, painter, QRectF(source), source)
    painter.end()
    # The stage row is dark at its own place, and nowhere near where the layer had moved.
    stage = layout.stages[0].rect
    assert QColor(image.pixel(round(stage.x + 5), round(stage.y + 5))).lightness() < 80
    assert QColor(image.pixel(round(stage.x + 5), round(stage.y + moved.y() + 5))).lightness() > 80
    # … and the view's state is given back untouched.
    assert scene.top_layer.pos() == moved
    assert scene.sticky_top == 500.0


def test_image_scale_caps_side_and_area():
    assert image_scale(1000, 800, 2.0) == (2.0, [])
    scale, notes = image_scale(7100, 22450, 2.0)
    assert max(7100, 22450) * scale <= MAX_SIDE
    assert 7100 * 22450 * scale * scale <= MAX_PIXELS
    assert notes and "PDF" in notes[0]


def test_unknown_suffix_and_bad_scale_are_refused(qapp, tmp_path, small_project):
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        export_image(small_project, tmp_path / "map.jpg")
    with pytest.raises(ValueError):
        export_image(small_project, tmp_path / "map.png", scale=0)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_raises_oserror_and_leaves_nothing(qapp, tmp_path, small_project):
    # A "folder" that is a file fails for root too (tests may run as root in CI).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OSError):
        export_image(small_project, blocker / "map.png")
    assert list(tmp_path.iterdir()) == [blocker]


def test_the_5000_card_map_png_respects_the_pixel_cap(qapp, tmp_path, big_project):
    out = tmp_path / "big.png"
    result = export_image(big_project, out, scale=2.0)
    assert result.scale < 2.0 and result.notes
    assert max(result.width, result.height) <= MAX_SIDE
    assert result.width * result.height <= MAX_PIXELS
    reader_size = QImage(str(out)).size()
    assert (reader_size.width(), reader_size.height()) == (result.width, result.height)


def test_a_fresh_process_exports_headless_as_the_cli_will(tmp_path):
    # No QApplication and no QT_QPA_PLATFORM: export_image(headless=True) sets up its own.
    out = tmp_path / "cli.png"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from journey_editor.templates import find_template\n"
        "from journey_editor.ui.canvas.render import export_image\n"
        "r = export_image(find_template('menswear-omnichannel.fr').load(), Path(sys.argv[1]),"
        " scale=1.0, headless=True)\n"
        "print(r.width, r.height)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    width, height = map(int, done.stdout.split())
    image = QImage(str(out))
    assert (image.width(), image.height()) == (width, height)
