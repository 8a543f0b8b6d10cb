"""Build the self-contained app folder with PyInstaller, and on Linux the install tarball.

    .venv/bin/python packaging/build.py        # what `make package` runs

Output: `dist/journey-editor/` (the onedir app; `dist/Journey Editor.app` on macOS) and, on
Linux, `dist/journey-editor-<version>-linux-<arch>.tar.gz` with the app, the desktop
integration files and `install.sh`.

Reproducibility: the build sets PYTHONHASHSEED=0 (PyInstaller's module graph and the frozen
archives otherwise depend on set iteration order) and SOURCE_DATE_EPOCH (Windows PE time stamp,
tarball member times), defaulting to a fixed value so two builds of one tree match; CI can pass
the commit time instead. See packaging/README.md for what stays different between machines.
"""

from __future__ import annotations

import gzip
import io
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ID = "io.github.journey_editor.JourneyEditor"
DEFAULT_EPOCH = "1763856000"  # 2025-11-23 00:00 UTC; any fixed value will do
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    text = (ROOT / "journey_editor" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert match, "journey_editor/__init__.py has no __version__"
    return match.group(1)


def build_environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)
    env["PYTHONHASHSEED"] = "0"
    # The icons are rendered offscreen if the script below needs Qt.
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run(command: list[str], env: dict[str, str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def check_icons(env: dict[str, str]) -> None:
    """The raster icons are generated files kept in the tree: refuse to ship stale ones."""
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "render_icons.py"), "--check"], cwd=ROOT, env=env
    )
    if result.returncode:
        sys.exit("icons are stale: run `python packaging/render_icons.py` and rebuild")


def pyinstaller(env: dict[str, str]) -> None:
    spec = PACKAGING / "journey-editor.spec"
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(spec),
        ],
        env,
    )


def linux_tree(app: Path) -> dict[str, Path | bytes]:
    """The tarball's members (path inside the archive → source file, or bytes)."""
    linux = PACKAGING / "linux"
    icons = ROOT / "resources" / "icons"
    members: dict[str, Path | bytes] = {
        "install.sh": linux / "install.sh",
        f"share/applications/{APP_ID}.desktop": linux / f"{APP_ID}.desktop",
        f"share/mime/packages/{APP_ID}.xml": linux / f"{APP_ID}.mime.xml",
        f"share/metainfo/{APP_ID}.metainfo.xml": linux / f"{APP_ID}.metainfo.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg": icons / "journey-editor.svg",
        "share/icons/hicolor/scalable/mimetypes/application-x-journey-map.svg": icons
        / "journey-editor.svg",
    }
    for size in ICON_SIZES:
        png = icons / f"journey-editor-{size}.png"
        members[f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"] = png
        members[f"share/icons/hicolor/{size}x{size}/mimetypes/application-x-journey-map.png"] = png
    for path in sorted(app.rglob("*")):
        if path.is_file() or path.is_symlink():
            members[f"journey-editor/{path.relative_to(app).as_posix()}"] = path
    return members


def linux_tarball(app: Path, target_folder: Path, epoch: int) -> Path:
    """`journey-editor-<version>-linux-<arch>.tar.gz` in target_folder, from the app folder.

    The same inputs give the same bytes: sorted members, fixed times, owners and modes, and a
    gzip header without a time stamp."""
    name = f"journey-editor-{version()}-linux-{platform.machine()}"
    target = target_folder / f"{name}.tar.gz"
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        folders: set[str] = set()
        for arcname, source in sorted(linux_tree(app).items()):
            parts = arcname.split("/")
            for depth in range(1, len(parts)):
                folder = "/".join(parts[:depth])
                if folder not in folders:
                    folders.add(folder)
                    info = tarfile.TarInfo(f"{name}/{folder}")
                    info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, epoch
                    tar.addfile(info)
            info = tarfile.TarInfo(f"{name}/{arcname}")
            info.mtime = epoch
            if isinstance(source, Path) and source.is_symlink():
                info.type, info.mode = tarfile.SYMTYPE, 0o777
                info.linkname = os.readlink(source)
                tar.addfile(info)
                continue
            data = source.read_bytes() if isinstance(source, Path) else source
            executable = isinstance(source, Path) and os.access(source, os.X_OK)
            info.size, info.mode = len(data), 0o755 if executable else 0o644
            tar.addfile(info, io.BytesIO(data))
    with (
        open(target, "wb") as out,
        gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz,
    ):
        gz.write(raw.getvalue())
    return target


def main() -> int:
    env = build_environment()
    check_icons(env)
    for stale in (DIST / "journey-editor", DIST / "Journey Editor.app"):
        shutil.rmtree(stale, ignore_errors=True)
    pyinstaller(env)
    if sys.platform.startswith("linux"):
        tarball = linux_tarball(DIST / "journey-editor", DIST, int(env["SOURCE_DATE_EPOCH"]))
        print(f"built {tarball.relative_to(ROOT)}")
    print(f"built {(DIST / 'journey-editor').relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
