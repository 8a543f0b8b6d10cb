"""The app icon: one SVG, rendered to PNG, ICO and ICNS by packaging/render_icons.py."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from .conftest import ROOT

ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "journey-editor.svg"


def png_of(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def one_pixel_png(argb: int) -> bytes:
    """A 1×1 PNG holding this straight (not premultiplied) ARGB value."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.setPixel(0, 0, argb)
    return png_of(image)


def ico_pngs(render_icons: ModuleType, ico: bytes) -> dict[int, bytes]:
    return {int(slot.split()[0]): png for slot, png in render_icons.raster_entries("x.ico", ico)}


def changed_svg(tmp_path: Path, old: str, new: str) -> Path:
    text = SVG.read_text(encoding="utf-8")
    assert text.count(old) == 1
    changed = tmp_path / "journey-editor.svg"
    changed.write_text(text.replace(old, new), encoding="utf-8")
    return changed


# --- the committed rasters still show the SVG -----------------------------------------------------


def test_committed_icons_match_a_fresh_render_of_the_svg(qapp, render_icons):
    # Within a few units per channel, not byte for byte: see render_icons.TOLERANCE.
    stale = {
        path.relative_to(ROOT).as_posix(): reason
        for path, reason in render_icons.stale_files(render_icons.outputs()).items()
    }
    assert stale == {}, "run `python packaging/render_icons.py`"


def test_icons_rendered_from_a_recoloured_svg_are_all_stale(qapp, render_icons, tmp_path):
    recoloured = changed_svg(tmp_path, 'fill="#0072B2"', 'fill="#D55E00"')  # the blue tile
    files = render_icons.outputs(source=recoloured)
    stale = render_icons.stale_files(files)
    assert sorted(stale) == sorted(files)  # every PNG, the ICO, the ICNS
    assert all("off by" in reason for reason in stale.values())


def test_a_shape_moved_by_one_pixel_is_stale_where_it_shows(qapp, render_icons, tmp_path):
    moved = changed_svg(tmp_path, '<circle cx="392" cy="300"', '<circle cx="393" cy="300"')
    stale = render_icons.stale_files(render_icons.outputs(source=moved))
    assert ICONS / "journey-editor-512.png" in stale
    assert ROOT / "packaging" / "macos" / "journey-editor.icns" in stale


# --- the comparison -------------------------------------------------------------------------------


def test_what_differs_between_qt_versions_is_within_the_tolerance(qapp, render_icons):
    # Measured: the committed 128 px icon against PySide6 6.11.3's render. An edge pixel of alpha
    # 6 holds green 3 premultiplied, 127.5 straight: one Qt wrote 0x80, the other 0x7F.
    committed, rendered = one_pixel_png(0x060080AA), one_pixel_png(0x06007FAA)
    assert committed != rendered
    assert render_icons.image_mismatch(committed, rendered) is None


def test_a_difference_beyond_the_tolerance_names_the_pixel(qapp, render_icons):
    image = QImage(8, 4, QImage.Format.Format_ARGB32)
    image.fill(QColor("#0072B2"))
    fresh = png_of(image)
    image.setPixelColor(5, 2, QColor(0, 0x72, 0xB2 + render_icons.TOLERANCE))
    assert render_icons.image_mismatch(png_of(image), fresh) is None
    image.setPixelColor(5, 2, QColor(0, 0x72, 0xB2 + render_icons.TOLERANCE + 1))
    assert render_icons.image_mismatch(png_of(image), fresh) == (
        f"pixel (5, 2) is off by {render_icons.TOLERANCE + 1}/255 "
        f"(tolerance {render_icons.TOLERANCE})"
    )


def test_a_raster_of_the_wrong_size_or_no_image_is_a_mismatch(qapp, render_icons):
    small, big = (
        QImage(16, 16, QImage.Format.Format_ARGB32),
        QImage(32, 32, QImage.Format.Format_ARGB32),
    )
    small.fill(0)
    big.fill(0)
    assert render_icons.image_mismatch(png_of(small), png_of(big)) == (
        "is 16×16 px, the render is 32×32 px"
    )
    assert render_icons.image_mismatch(b"not a png", png_of(big)) == "is not a PNG image"


def test_a_container_missing_a_size_or_cut_short_is_stale(qapp, render_icons, tmp_path):
    files = render_icons.outputs(root=tmp_path)
    ico = next(path for path in files if path.suffix == ".ico")
    assert render_icons.file_mismatch(ico, files[ico]) == "missing"
    ico.parent.mkdir(parents=True)
    ico.write_bytes(files[ico][:100])
    assert render_icons.file_mismatch(ico, files[ico]).startswith("unreadable: ")
    fewer = {size: png for size, png in ico_pngs(render_icons, files[ico]).items() if size != 48}
    ico.write_bytes(render_icons.ico_bytes(fewer))
    assert render_icons.file_mismatch(ico, files[ico]).startswith(
        "holds ['16 px', '24 px', '32 px', '64 px'"
    )


# --- --check and the writing run agree with the test ------------------------------------------


@pytest.fixture
def icon_tree(render_icons, tmp_path, monkeypatch) -> Path:
    """A copy of the committed rasters, where the script may write (never into the checkout)."""
    for path in render_icons.outputs():
        copy = tmp_path / path.relative_to(ROOT)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
    monkeypatch.setattr(render_icons, "ROOT", tmp_path)
    return tmp_path


def test_check_passes_on_the_committed_icons_and_writing_changes_nothing(
    qapp, render_icons, icon_tree, capsys
):
    before = {path: path.read_bytes() for path in icon_tree.rglob("*.*")}
    assert render_icons.main(["--check"]) == 0
    # Byte-different but matching renders are left alone: no churn from another Qt.
    assert render_icons.main([]) == 0
    assert {path: path.read_bytes() for path in icon_tree.rglob("*.*")} == before
    assert capsys.readouterr().out == ""


def test_check_fails_on_a_changed_svg_until_the_icons_are_rewritten(
    qapp, render_icons, icon_tree, monkeypatch, capsys
):
    monkeypatch.setattr(
        render_icons, "SOURCE", changed_svg(icon_tree, 'fill="#E69F00"', 'fill="#CC79A7"')
    )
    assert render_icons.main(["--check"]) == 1
    report = capsys.readouterr().out.splitlines()
    assert len(report) == len(render_icons.PNG_SIZES) + 2  # the PNGs, the ICO, the ICNS
    assert all(line.startswith("stale: ") for line in report)
    assert render_icons.main([]) == 0
    assert render_icons.main(["--check"]) == 0


# --- what each file holds ------------------------------------------------------------------------


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
