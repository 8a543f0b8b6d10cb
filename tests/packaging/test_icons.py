"""The app icon: one SVG, rendered to PNG, ICO and ICNS by packaging/render_icons.py."""

from __future__ import annotations

import struct

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from .conftest import ROOT

ICONS = ROOT / "resources" / "icons"


def test_committed_icons_are_what_the_script_renders(qapp, render_icons):
    stale = [
        path.relative_to(ROOT).as_posix()
        for path, data in render_icons.outputs().items()
        if not render_icons.is_current(path, data)
    ]
    assert stale == [], "run `python packaging/render_icons.py`"


def _with_pixel_shifted(png: bytes, step: int) -> bytes:
    image = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    colour = image.pixelColor(8, 8)
    colour.setRed(colour.red() - step if colour.red() >= step else colour.red() + step)
    image.setPixelColor(8, 8, colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def test_a_rounding_step_is_current_but_a_real_change_is_stale(qapp, render_icons, tmp_path):
    # Renders on other CPUs differ by one step in a few edge pixels; an edited SVG by more.
    rendered = render_icons.outputs()
    png = rendered[ICONS / "journey-editor-16.png"]
    committed = tmp_path / "icon.png"
    committed.write_bytes(_with_pixel_shifted(png, 1))
    assert render_icons.is_current(committed, png)
    committed.write_bytes(_with_pixel_shifted(png, 3))
    assert not render_icons.is_current(committed, png)
    ico = rendered[ROOT / "packaging" / "windows" / "journey-editor.ico"]
    committed.write_bytes(render_icons.ico_bytes({16: _with_pixel_shifted(png, 3)}))
    assert not render_icons.is_current(committed, ico)


def test_each_png_has_its_size_and_a_transparent_corner(qapp, render_icons):
    for size in render_icons.PNG_SIZES:
        image = QImage(str(ICONS / f"journey-editor-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # rounded tile, not a square
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_ico_lists_every_size_up_to_256(render_icons):
    data = (ROOT / "packaging" / "windows" / "journey-editor.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(render_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, *_, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert width == height
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == list(render_icons.ICO_SIZES)


def test_icns_blocks_cover_16_to_1024_px(qapp, render_icons):
    data = (ROOT / "packaging" / "macos" / "journey-editor.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    position, found = 8, {}
    while position < len(data):
        code, length = (
            data[position : position + 4],
            struct.unpack_from(">I", data, position + 4)[0],
        )
        image = QImage.fromData(data[position + 8 : position + length], "PNG")
        found[code] = image.width()
        position += length
    assert found == {code: size for code, size in render_icons.ICNS_TYPES}
