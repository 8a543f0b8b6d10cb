"""Render the app icon SVG to every raster format the platforms want.

    python packaging/render_icons.py          # (re)write the files
    python packaging/render_icons.py --check  # exit 1 if a committed file is stale

One source, `resources/icons/journey-editor.svg`, rendered with Qt's QSvgRenderer
(in PySide6-Essentials, so no extra dependency):

- `resources/icons/journey-editor-<N>.png`, N in 16 … 512: the window icon at run
  time and the Linux hicolor theme icons;
- `packaging/windows/journey-editor.ico`: one file with 16 … 256 px entries (PNG-compressed
  entries, read by Windows Vista and later);
- `packaging/macos/journey-editor.icns`: PNG entries for 16 … 1024 px (the 1x and @2x slots).

The ICO and ICNS containers are written here, byte by byte, rather than through Pillow or
`iconutil`, so the same files come out on any OS and the script needs nothing but Qt.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "journey-editor.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# One step per colour channel: how far renders of one SVG differ between CPUs (is_current).
TOLERANCE = 1
# ICNS type codes with PNG payloads, by pixel size (the @2x slots reuse the bigger renders).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128@2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256@2x
    (b"ic10", 1024),  # 512@2x
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    # The pHYs chunk would otherwise follow the screen (or its absence): fix it at 96 dpi.
    image.setDotsPerMeterX(3780)
    image.setDotsPerMeterY(3780)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Quality 0 = strongest zlib compression in Qt's PNG writer; fixed so output is stable.
    image.save(buffer, "PNG", 0)
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: ICONDIR, one ICONDIRENTRY per size, then the PNG payloads."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payloads = [], []
    for size in sizes:
        payload = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(payload), offset))
        payloads.append(payload)
        offset += len(payload)
    return header + b"".join(entries) + b"".join(payloads)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' + total length, then (type, length, PNG) blocks."""
    blocks = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def outputs() -> dict[Path, bytes]:
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    sizes = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(renderer, size) for size in sorted(sizes)}
    files = {ICONS / f"journey-editor-{size}.png": pngs[size] for size in PNG_SIZES}
    files[ROOT / "packaging" / "windows" / "journey-editor.ico"] = ico_bytes(
        {size: pngs[size] for size in ICO_SIZES}
    )
    files[ROOT / "packaging" / "macos" / "journey-editor.icns"] = icns_bytes(pngs)
    return files


def png_payloads(data: bytes) -> list[tuple[bytes, bytes]]:
    """(slot, PNG) of each picture in a PNG, ICO or ICNS file, in file order."""
    if data.startswith(b"\x89PNG"):
        return [(b"png", data)]
    found = []
    if data.startswith(b"icns"):
        position = 8
        while position < len(data):
            code, length = (
                data[position : position + 4],
                struct.unpack_from(">I", data, position + 4)[0],
            )
            found.append((code, data[position + 8 : position + length]))
            position += length
        return found
    count = struct.unpack_from("<HHH", data)[2]
    for index in range(count):
        width, *_, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        found.append((bytes([width]), data[offset : offset + length]))
    return found


def same_picture(first: bytes, second: bytes) -> bool:
    """The same size, and no channel of any pixel more than TOLERANCE apart."""
    images = [
        QImage.fromData(data, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
        for data in (first, second)
    ]
    if images[0].isNull() or images[0].size() != images[1].size():
        return False
    pixels = [bytes(image.constBits()) for image in images]
    return pixels[0] == pixels[1] or all(
        abs(a - b) <= TOLERANCE for a, b in zip(*pixels, strict=True)
    )


def is_current(path: Path, data: bytes) -> bool:
    """Does the file at `path` hold what was just rendered (`data`)?

    Byte for byte, or picture for picture within TOLERANCE: Qt's rasteriser takes other SIMD
    paths on other CPUs (AVX-512 or not …) and rounds a few anti-aliased edge pixels one step
    differently, so the same SVG gives slightly different PNG bytes from machine to machine.
    That is no stale icon, and rewriting the files for it would only churn them in git."""
    if not path.is_file():
        return False
    current = path.read_bytes()
    if current == data:
        return True
    try:
        old, new = png_payloads(current), png_payloads(data)
    except struct.error:
        return False
    return [slot for slot, _ in old] == [slot for slot, _ in new] and all(
        a == b or same_picture(a, b) for (_, a), (_, b) in zip(old, new, strict=True)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for path, data in outputs().items():
        if is_current(path, data):
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in stale:
        verb = "stale" if args.check else "wrote"
        print(f"{verb}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
