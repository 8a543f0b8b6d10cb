"""Render the app icon SVG to every raster format the platforms want.

    python packaging/render_icons.py          # (re)write the stale files
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

Stale means "no longer looks like the SVG", not "other bytes": each PNG (alone or inside the ICO
and ICNS) must decode to its size and match a fresh render within TOLERANCE on every channel of
every pixel. Byte equality broke with nothing visible changed: the committed files and a render
with PySide6 6.11.3 on this machine hold identical premultiplied pixels, but the straight values
the PNG writer stores differ by one where un-premultiplying lands on an exact half (green 3 under
alpha 6 is 127.5: 0x80 in one file, 0x7F in the other), so a few dozen pixels and the IDAT bytes
differ. Qt takes other SIMD paths on other CPUs (AVX-512 or not) and versions, so expect more of
this. Files that still match are left alone: running the script elsewhere does not churn them.
"""

from __future__ import annotations

import argparse
import operator
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICON_FOLDER = Path("resources") / "icons"
ICONS = ROOT / ICON_FOLDER
SOURCE = ICONS / "journey-editor.svg"
# Largest difference allowed on any channel of any pixel, premultiplied by alpha, out of 255.
# Premultiplied because that is what reaches the screen: under alpha 6/255 one unit of ink swings
# the straight colour by 42 units, which nobody can see. 4/255 absorbs rounding and antialiasing
# changes between Qt releases; a changed colour or a shape moved by a pixel exceeds it.
TOLERANCE = 4
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
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


def outputs(source: Path | None = None, root: Path | None = None) -> dict[Path, bytes]:
    """What the script writes, by path: the SVG `source` rendered into the tree at `root`."""
    source, root = source or SOURCE, root or ROOT
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    sizes = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(renderer, size) for size in sorted(sizes)}
    files = {root / ICON_FOLDER / f"journey-editor-{size}.png": pngs[size] for size in PNG_SIZES}
    files[root / "packaging" / "windows" / "journey-editor.ico"] = ico_bytes(
        {size: pngs[size] for size in ICO_SIZES}
    )
    files[root / "packaging" / "macos" / "journey-editor.icns"] = icns_bytes(pngs)
    return files


# --- is a committed file stale? ------------------------------------------------------------------


def raster_entries(name: str, data: bytes) -> list[tuple[str, bytes]]:
    """The PNGs a file holds, each with the slot it fills ("png", "48 px", "ic07" …), in order.

    Raises ValueError if an ICO or ICNS container is cut short or inconsistent.
    """
    if name.endswith(".ico"):
        return _ico_entries(data)
    if name.endswith(".icns"):
        return _icns_entries(data)
    return [("png", data)]


def _ico_entries(data: bytes) -> list[tuple[str, bytes]]:
    try:
        reserved, kind, count = struct.unpack_from("<HHH", data)
        entries = []
        for index in range(count):
            width, *_, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
            if offset + length > len(data):
                raise ValueError(f"entry {index + 1} runs past the end of the file")
            entries.append((f"{width or 256} px", data[offset : offset + length]))
    except struct.error as error:
        raise ValueError(f"cut short ({error})") from None
    if (reserved, kind) != (0, 1):
        raise ValueError("not an ICO header")
    return entries


def _icns_entries(data: bytes) -> list[tuple[str, bytes]]:
    if data[:4] != b"icns" or len(data) < 8 or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an ICNS header, or its length is not the file's")
    entries, position = [], 8
    while position < len(data):
        if position + 8 > len(data):
            raise ValueError("cut short")
        length = struct.unpack_from(">I", data, position + 4)[0]
        if length < 8 or position + length > len(data):
            raise ValueError(f"block at byte {position} has a bad length")
        code = data[position : position + 4].decode("latin-1")
        entries.append((code, data[position + 8 : position + length]))
        position += length
    return entries


def image_mismatch(committed: bytes, fresh: bytes) -> str | None:
    """Why the `committed` PNG does not show the `fresh` render, or None if it does.

    Same size, and every channel of every pixel (premultiplied ARGB) within TOLERANCE.
    """
    have, want = QImage.fromData(committed, "PNG"), QImage.fromData(fresh, "PNG")
    if have.isNull():
        return "is not a PNG image"
    if have.size() != want.size():
        return (
            f"is {have.width()}×{have.height()} px, the render is {want.width()}×{want.height()} px"
        )
    a, b = _premultiplied_bytes(have), _premultiplied_bytes(want)
    if a == b:
        return None
    differences = list(map(abs, map(operator.sub, a, b)))
    worst = max(differences)
    if worst <= TOLERANCE:
        return None
    pixel = differences.index(worst) // 4
    x, y = pixel % want.width(), pixel // want.width()
    return f"pixel ({x}, {y}) is off by {worst}/255 (tolerance {TOLERANCE})"


def _premultiplied_bytes(image: QImage) -> bytes:
    converted = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    # Copy while `converted` is alive: the memoryview of constBits() does not keep the image
    # alive, so bytes(image.convertToFormat(…).constBits()) can read freed memory.
    return bytes(converted.constBits())


def file_mismatch(path: Path, fresh: bytes) -> str | None:
    """Why the file at `path` is stale against the `fresh` bytes the script would write, or None."""
    if not path.is_file():
        return "missing"
    try:
        have = raster_entries(path.name, path.read_bytes())
    except ValueError as error:
        return f"unreadable: {error}"
    want = raster_entries(path.name, fresh)
    if [slot for slot, _ in have] != [slot for slot, _ in want]:
        return f"holds {[s for s, _ in have]}, expected {[s for s, _ in want]}"
    for (slot, committed), (_, rendered) in zip(have, want, strict=True):
        reason = image_mismatch(committed, rendered)
        if reason:
            return reason if slot == "png" else f"{slot}: {reason}"
    return None


def stale_files(files: dict[Path, bytes]) -> dict[Path, str]:
    """The files (of `outputs()`) that no longer match their render, each with the reason."""
    reasons = {path: file_mismatch(path, data) for path, data in files.items()}
    return {path: reason for path, reason in reasons.items() if reason}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    files = outputs()
    stale = stale_files(files)
    for path, reason in stale.items():
        if args.check:
            print(f"stale: {path.relative_to(ROOT)} ({reason})")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(files[path])
            print(f"wrote: {path.relative_to(ROOT)} (was {reason})")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
