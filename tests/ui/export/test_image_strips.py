"""A PNG painted strip by strip is the one-shot render of the whole map, pixel for pixel; an
SVG painted a group of items at a time draws what the one-go SVG draws."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journey_editor.ui.canvas import png_strips, svg_groups
from journey_editor.ui.canvas.map_paint import render_region
from journey_editor.ui.canvas.png_strips import PngPicture, image_scale, strip_rows
from journey_editor.ui.canvas.render import build_scene


def one_shot(scene, scale: float) -> QImage:
    """The whole map in one QGraphicsScene.render call, as exports were made before tiles."""
    source = scene.sceneRect()
    used, _ = image_scale(source.width(), source.height(), scale)
    image = QImage(
        math.ceil(source.width() * used),
        math.ceil(source.height() * used),
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    render_region(scene, painter, QRectF(0, 0, image.width(), image.height()), source)
    painter.end()
    return image


def in_strips(scene, scale: float) -> PngPicture:
    picture = PngPicture(scene, scale)
    for strip in picture.strips:
        picture.paint(strip)
    return picture


def differing_rows(a: QImage, b: QImage) -> list[int]:
    return [
        y
        for y in range(a.height())
        if any(a.pixel(x, y) != b.pixel(x, y) for x in range(a.width()))
    ]


@pytest.mark.parametrize("scale", [2.0, 1.0, 0.77, 1.37])
def test_strips_add_up_to_the_one_shot_render_with_no_seam(qapp, monkeypatch, small_project, scale):
    # Thin strips of an odd height, so that strip edges cross cards, texts, links, headers and
    # the corner's title (an item that sets its own clip).
    monkeypatch.setattr(png_strips, "STRIP_HEIGHT", 23)
    scene = build_scene(small_project)
    picture = in_strips(scene, scale)
    assert len(picture.strips) > 10
    expected = one_shot(scene, scale)
    assert picture.image.size() == expected.size()
    assert differing_rows(picture.image, expected) == []


def test_the_french_sample_in_strips_is_the_one_shot_render(qapp, monkeypatch, french_project):
    monkeypatch.setattr(png_strips, "STRIP_HEIGHT", 50)
    scene = build_scene(french_project)
    picture = in_strips(scene, 2.0)
    assert len(picture.strips) > 20
    assert picture.image == one_shot(scene, 2.0)


def test_a_strip_paints_every_pixel_of_its_rows_and_nothing_else(qapp, monkeypatch, small_project):
    monkeypatch.setattr(png_strips, "STRIP_HEIGHT", 150)
    scene = build_scene(small_project)
    picture = PngPicture(scene, 1.0)
    # The image is not filled beforehand (each strip whitens its rows): mark it all.
    marker = QColor("magenta").rgb()
    picture.image.fill(marker)
    strip = picture.strips[len(picture.strips) // 2]
    picture.paint(strip)
    for y in range(0, picture.image.height(), 3):
        for x in range(0, picture.image.width(), 3):
            inside = strip.contains(x, y)
            assert (picture.image.pixel(x, y) != marker) == inside, (x, y)


def test_no_strip_edge_cuts_an_emotion_curve(qapp, monkeypatch, french_project):
    monkeypatch.setattr(png_strips, "STRIP_HEIGHT", 40)
    scene = build_scene(french_project)
    picture = PngPicture(scene, 2.0)
    assert scene.curves
    for curve in scene.curves.values():
        box = picture.world.mapRect(curve.sceneBoundingRect())
        inside = [
            s for s in picture.strips if s.top() <= box.top() and box.bottom() <= s.bottom() + 1
        ]
        assert len(inside) == 1, box


def test_strip_rows_cover_every_row_once_and_step_round_spans():
    assert strip_rows(10, [], 4) == [(0, 4), (4, 8), (8, 10)]
    # A span across the natural cut at 100: the cut moves to its end…
    assert strip_rows(300, [(90, 130)], 100) == [(0, 130), (130, 230), (230, 300)]
    # …or to its start when the strip would grow past twice the step.
    assert strip_rows(500, [(50, 400)], 100)[0] == (0, 50)
    for height, spans, step in [(1000, [(90, 130), (400, 460), (455, 700)], 64), (7, [], 100)]:
        rows = strip_rows(height, spans, step)
        assert rows[0][0] == 0 and rows[-1][1] == height
        assert all(a[1] == b[0] for a, b in pairwise(rows))
        assert all(bottom > top for top, bottom in rows)


def one_go_svg(scene, title: str) -> bytes:
    """The SVG as it was painted before groups: the whole scene in one render call."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtSvg import QSvgGenerator

    source = scene.sceneRect()
    width, height = math.ceil(source.width()), math.ceil(source.height())
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(72)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title)
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    render_region(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    buffer.close()
    return bytes(array.data())


def drawn(svg: bytes, size) -> QImage:
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return image


def test_an_svg_painted_in_groups_draws_what_the_one_go_svg_draws(
    qapp, monkeypatch, french_project
):
    monkeypatch.setattr(svg_groups, "SVG_GROUP", 7)
    scene = build_scene(french_project)
    picture = svg_groups.SvgPicture(scene, "Atelier", "")
    assert len(picture.groups) > 10
    for group in picture.groups:
        picture.hide(group)
    for group in picture.groups:
        picture.paint(group)
    grouped = picture.finish()
    before = one_go_svg(build_scene(french_project), "Atelier")  # that scene is spent
    assert grouped.data.count(b"<text") == before.count(b"<text") > 100
    assert drawn(grouped.data, grouped.size) == drawn(before, grouped.size)
