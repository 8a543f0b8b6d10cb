"""Check the built app the way a user's machine would run it: no Python, no venv, headless.

    .venv/bin/python packaging/check_build.py [--app dist/journey-editor] [--runs 5]

Runs `dist/journey-editor/journey-editor` with the environment emptied (HOME and TMPDIR of a
fresh temporary folder, PATH=/usr/bin:/bin, QT_QPA_PLATFORM=offscreen and nothing else), and
checks that:

- it prints its version and its help on stdout;
- the editor window starts on the bundled sample and every Python library it maps is the
  bundled one (`/proc/<pid>/maps`: no libpython, extension module or site-packages from outside
  the app folder);
- `snapshot` renders a PNG of the right size that is not blank;
- `export` writes a PDF whose text holds an accented card title, with its fonts embedded;

then measures start-up time (median of N runs of `--version` and of a full `snapshot`) and the
size of the app folder. Exit status 0 when every check passes. tests/packaging/test_built_app.py
runs the same checks under pytest. Needs the dev venv (PySide6 to read the PNG, pypdf).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_APP = ROOT / "dist" / "journey-editor"
SAMPLE = ROOT / "resources" / "templates" / "menswear-omnichannel.fr.journey.json"
# Accents, œ and a typographic apostrophe: the text survives only if the TTF is embedded and used.
KNOWN_TITLES = ("Coup d’œil sur tablette", "Colis soigné livré en 48 h")
MAP_TITLE = "Parcours client omnicanal — Maison Carnet, chemises homme"
SNAPSHOT_WIDTH = 1200


class CheckFailed(AssertionError):
    pass


def executable(app: Path) -> Path:
    name = "journey-editor.exe" if sys.platform == "win32" else "journey-editor"
    return app / name


def minimal_env(home: Path) -> dict[str, str]:
    """What a desktop launcher could give the app, minus anything Python-related."""
    return {
        "HOME": str(home),
        "TMPDIR": str(home),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
    }


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


class App:
    """The built executable, run with a minimal environment in a throwaway home."""

    def __init__(self, app: Path, home: Path) -> None:
        self.folder = app
        self.exe = executable(app)
        self.home = home
        if not self.exe.is_file():
            raise CheckFailed(f"no built app at {self.exe}: run `make package` first")

    def run(self, *args: str, timeout: float = 120) -> Run:
        start = time.perf_counter()
        done = subprocess.run(
            [str(self.exe), *args],
            cwd=self.home,
            env=minimal_env(self.home),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )
        return Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - start)

    def ok(self, *args: str) -> Run:
        result = self.run(*args)
        if result.returncode != 0:
            raise CheckFailed(
                f"journey-editor {' '.join(args)} exited {result.returncode}:\n{result.stderr}"
            )
        return result

    @contextmanager
    def gui(self, *args: str, extra_env: dict[str, str] | None = None) -> Iterator[GuiRun]:
        """The editor window (no command), running until the block ends."""
        log = self.home / "gui-stderr.txt"
        with log.open("wb") as stderr:
            process = subprocess.Popen(
                [str(self.exe), *args],
                cwd=self.home,
                env={**minimal_env(self.home), **(extra_env or {})},
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            try:
                yield GuiRun(process, log)
            finally:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


@dataclass
class GuiRun:
    process: subprocess.Popen
    stderr: Path

    def exited(self) -> str | None:
        """Why the editor is gone, or None while it runs."""
        if self.process.poll() is None:
            return None
        output = self.stderr.read_text(encoding="utf-8", errors="replace")
        return f"the editor exited with status {self.process.returncode}:\n{output}"


# --- the checks -------------------------------------------------------------------------------


def check_version_and_help(app: App) -> str:
    from journey_editor import __version__

    version = app.ok("--version").stdout.strip()
    if version != f"journey-editor {__version__}":
        raise CheckFailed(f"--version printed {version!r}")
    help_text = app.ok("--help").stdout
    if "usage: journey-editor" not in help_text or "export" not in help_text:
        raise CheckFailed(f"--help printed no usage on stdout:\n{help_text[:300]}")
    return version


def mapped_files(pid: int) -> set[str]:
    lines = Path(f"/proc/{pid}/maps").read_text().splitlines()
    return {line.split(maxsplit=5)[5] for line in lines if len(line.split(maxsplit=5)) == 6}


def foreign_python(mapped: set[str], app_folder: Path) -> list[str]:
    """Mapped files that look like Python but come from outside the app folder."""
    inside = str(app_folder.resolve()) + os.sep
    pythonish = ("python", "site-packages", ".cpython-", "PySide6", "shiboken6", ".venv")
    return sorted(
        path
        for path in mapped
        if path.startswith("/")
        and not path.startswith(inside)
        and any(s in path for s in pythonish)
    )


def check_gui_uses_only_bundled_python(app: App, timeout: float = 60) -> dict[str, object]:
    """Start the editor window on the sample and, once its event loop runs (the app's test
    hook, ui/shell/test_hook.py, writes a marker file then), read the process's memory map."""
    if not Path("/proc/self/maps").exists():
        raise CheckFailed("needs /proc (Linux) to inspect the running app")
    marker = app.home / "window-ready.txt"
    script = app.home / "hook.json"
    script.write_text(json.dumps({"operations": [{"op": "marker", "path": str(marker)}]}))
    hook = {"JOURNEY_EDITOR_TEST_HOOK": str(script)}
    start = time.perf_counter()
    with app.gui(str(SAMPLE), extra_env=hook) as gui:
        deadline = time.monotonic() + timeout
        while not marker.exists():
            if reason := gui.exited():
                raise CheckFailed(reason)
            if time.monotonic() > deadline:
                raise CheckFailed(f"no window after {timeout:.0f} s (no marker from the test hook)")
            time.sleep(0.05)
        window_ready = time.perf_counter() - start
        ready = marker.read_text(encoding="utf-8")
        if ready.startswith("error"):
            raise CheckFailed(f"the test hook failed in the app: {ready}")
        mapped = mapped_files(gui.process.pid)
        if reason := gui.exited():
            raise CheckFailed(reason)
    libpython = sorted(path for path in mapped if "libpython" in path)
    if not libpython or not all(path.startswith(str(app.folder.resolve())) for path in libpython):
        raise CheckFailed(f"libpython is not the bundled one: {libpython}")
    if foreign := foreign_python(mapped, app.folder):
        raise CheckFailed(
            "the app maps Python files from outside its folder:\n" + "\n".join(foreign)
        )
    bundled = sorted(
        Path(path).name
        for path in mapped
        if path.startswith(str(app.folder.resolve())) and (".cpython-" in path or "abi3" in path)
    )
    return {
        "libpython": libpython,
        "bundled_extension_modules_mapped": len(bundled),
        "window_ready_seconds": round(window_ready, 2),
    }


def check_snapshot(app: App, out: Path) -> dict[str, object]:
    from PySide6.QtGui import QImage

    result = app.ok("snapshot", str(SAMPLE), "-o", str(out), "--width", str(SNAPSHOT_WIDTH))
    image = QImage(str(out))
    if image.isNull():
        raise CheckFailed(f"snapshot wrote no readable PNG: {result.stdout} {result.stderr}")
    if image.width() != SNAPSHOT_WIDTH or image.height() < SNAPSHOT_WIDTH // 3:
        raise CheckFailed(f"snapshot is {image.width()}×{image.height()}")
    # Not blank: many colours, and a good share of pixels unlike the most common one.
    small = image.scaled(200, 200 * image.height() // image.width())
    pixels = [small.pixel(x, y) for y in range(small.height()) for x in range(small.width())]
    colours = len(set(pixels))
    background = max(set(pixels), key=pixels.count)
    drawn = sum(1 for p in pixels if p != background) / len(pixels)
    if colours < 50 or drawn < 0.10:
        raise CheckFailed(f"snapshot looks blank: {colours} colours, {drawn:.0%} drawn")
    return {
        "size": f"{image.width()}×{image.height()}",
        "colours": colours,
        "drawn": round(drawn, 2),
    }


def _fonts(resources) -> Iterator[object]:
    """Every font dictionary reachable from a page's resources, form XObjects included."""
    resources = resources.get_object() if resources is not None else {}
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from _fonts(xobject.get("/Resources"))


def check_pdf(app: App, out: Path, sample: Path = SAMPLE) -> dict[str, object]:
    """`export` of `sample` (the menswear map, or a copy of it): text and embedded fonts."""
    from pypdf import PdfReader

    app.ok("export", str(sample), "-o", str(out))
    reader = PdfReader(str(out))
    if not reader.pages:
        raise CheckFailed("the PDF has no page")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    missing = [title for title in (*KNOWN_TITLES, MAP_TITLE) if title not in text]
    if missing:
        raise CheckFailed(f"the PDF text lacks {missing}")
    fonts = {}
    for page in reader.pages:
        for font in _fonts(page.get("/Resources")):
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font.get("/BaseFont"))] = embedded
    if not fonts or not all(fonts.values()):
        raise CheckFailed(f"fonts not all embedded: {fonts}")
    return {"pages": len(reader.pages), "bytes": out.stat().st_size, "fonts": sorted(fonts)}


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (PyInstaller links some libraries to a second name)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def check_folder(app: App) -> dict[str, object]:
    """Every link resolves inside the folder, and its size (reported, not judged)."""
    root = app.folder.resolve()
    broken = [
        str(path.relative_to(app.folder))
        for path in app.folder.rglob("*")
        if path.is_symlink() and (not path.exists() or root not in path.resolve().parents)
    ]
    if broken:
        raise CheckFailed(f"links that lead nowhere or out of the app: {broken}")
    return {"megabytes": round(folder_size(app.folder) / 1e6, 1), "links": "all resolve"}


def startup_times(app: App, out: Path, runs: int) -> dict[str, float]:
    version = [app.ok("--version").seconds for _ in range(runs)]
    snapshot = [
        app.ok("snapshot", str(SAMPLE), "-o", str(out), "--width", str(SNAPSHOT_WIDTH)).seconds
        for _ in range(runs)
    ]
    return {"version": statistics.median(version), "snapshot": statistics.median(snapshot)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=DEFAULT_APP, help="the built app folder")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (median reported)")
    parser.add_argument("--keep", type=Path, help="copy the snapshot and PDF into this folder")
    args = parser.parse_args(argv)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="journey-editor-check-") as tmp:
        home = Path(tmp)
        try:
            app = App(args.app, home)
        except CheckFailed as error:
            print(f"FAIL {error}")
            return 1
        checks = [
            ("version and help on stdout", lambda: check_version_and_help(app)),
            (
                "editor window uses only bundled Python",
                lambda: check_gui_uses_only_bundled_python(app),
            ),
            ("snapshot PNG", lambda: check_snapshot(app, home / "snapshot.png")),
            ("PDF export", lambda: check_pdf(app, home / "map.pdf")),
            ("app folder", lambda: check_folder(app)),
        ]
        for name, check in checks:
            try:
                detail = check()
            except (CheckFailed, subprocess.TimeoutExpired) as error:
                failures += 1
                print(f"FAIL {name}: {error}")
            else:
                print(f"ok   {name}: {detail}")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name in ("snapshot.png", "map.pdf"):
                if (home / name).exists():
                    (args.keep / name).write_bytes((home / name).read_bytes())
        if not failures:
            times = startup_times(app, home / "timed.png", args.runs)
            print(
                f"time median of {args.runs}: --version {times['version']:.2f} s, "
                f"snapshot {times['snapshot']:.2f} s"
            )
        size = folder_size(args.app)
        print(
            f"size {args.app}: {size / 1e6:.1f} MB in {sum(1 for _ in args.app.rglob('*'))} entries"
        )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
