"""How long an image export holds the GUI thread: the longest time the window cannot answer.

A 1 ms precise QTimer ticks whenever the event loop gets a chance, as a window's repaints and
clicks would be handled; the longest gap between two ticks is the longest block. Both ways of
making the PNG of one map are timed in the same process, alternating:

  one go      `export_image` (the command line, and File → Export → Image before issue 14):
              layout, scene, paint, PNG compression and write in one call on the GUI thread;
  background  `ImageExportJob` (File → Export → Image now): layout, then the image painted
              strip by strip with the event loop running between steps, compression and write
              on a worker thread.

For each: the longest block, the number of blocks over 50 ms, and the total time until the
file is written. The PNG is asked at 2× (a 5,000-card map is then capped at 64 megapixels);
the same is then timed for an SVG of the map (painted a group of items at a time).

    python benchmarks/bench_image.py [--cards 5000] [--runs 1] [--file MAP] [--json] [--check]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate_map import generate_project
from PySide6.QtCore import QEventLoop, Qt, QTimer
from timing import benchmark_parser, calibration_ms, print_rows, report

from journey_editor.persistence import load_project
from journey_editor.ui.canvas.render import ensure_application, export_image
from journey_editor.ui.handout.image_job import ImageExportJob
from journey_editor.ui.none_guard import protect_none

SCALE = 2.0
LONG_BLOCK_MS = 50.0
# The window should answer a click or repaint within a quarter of a second, whatever the map.
LONGEST_BLOCK_TARGET_MS = 250.0


class Watch:
    """Ticks every millisecond the event loop allows; the gaps between ticks are the blocks.
    (Not a zero-interval timer: spinning would take a core from the workers.)"""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000.0)
        self.last = now

    def start(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> dict[str, float]:
        self._tick()  # the block that ended the run counts too
        self.timer.stop()
        return {
            "longest_block_ms": max(self.gaps),
            "blocks_over_50ms": sum(gap > LONG_BLOCK_MS for gap in self.gaps),
        }


def one_go(project, out: Path, watch: Watch) -> dict[str, float]:
    loop = QEventLoop()
    started = time.perf_counter()
    watch.start()

    def export() -> None:
        export_image(project, out, scale=SCALE)
        loop.quit()

    QTimer.singleShot(0, export)
    loop.exec()
    figures = watch.stop()
    figures["total_ms"] = (time.perf_counter() - started) * 1000.0
    return figures


def background(project, out: Path, watch: Watch) -> dict[str, float]:
    loop = QEventLoop()
    job = ImageExportJob()
    job.finished.connect(lambda result: loop.quit())
    failed: list[str] = []
    job.failed.connect(lambda reason: (failed.append(reason), loop.quit()))
    started = time.perf_counter()
    watch.start()
    QTimer.singleShot(0, lambda: job.start(project, out, SCALE))
    loop.exec()
    figures = watch.stop()
    figures["total_ms"] = (time.perf_counter() - started) * 1000.0
    job.wait()
    if failed:
        raise RuntimeError(f"the image export failed: {failed[0]}")
    return figures


def run(project, runs: int) -> dict:
    ensure_application()
    watch = Watch()
    calibration = calibration_ms()
    ways = {"one_go": one_go, "background": background}
    measured: dict[tuple[str, str], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".png", ".svg"):
            for n in range(runs):
                for way, export in ways.items():
                    out = Path(folder) / f"{way}-{n}{suffix}"
                    measured.setdefault((suffix, way), []).append(export(project, out, watch))
                    out.unlink()
    best = {
        f"{suffix[1:]}_{way}": min(results, key=lambda figures: figures["longest_block_ms"])
        for (suffix, way), results in measured.items()
    }
    longest = max(
        best["png_background"]["longest_block_ms"], best["svg_background"]["longest_block_ms"]
    )
    return {
        "map": {"cards": len(project.cards), "personas": len(project.personas)},
        "runs": runs,
        "calibration_ms": calibration,
        **best,
        "targets": {
            "longest_block_ms": {
                "value": longest,
                "target": LONGEST_BLOCK_TARGET_MS,
                "ok": longest <= LONGEST_BLOCK_TARGET_MS,
            }
        },
    }


def print_table(result: dict) -> None:
    cards = result["map"]["cards"]
    print(
        f"Image export of a {cards:,}-card map (PNG at {SCALE:g}×), best of {result['runs']} run(s)"
    )
    rows = []
    for key, name in (
        ("png_one_go", "PNG in one go (CLI; window before)"),
        ("png_background", "PNG in the background (window)"),
        ("svg_one_go", "SVG in one go (CLI; window before)"),
        ("svg_background", "SVG in the background (window)"),
    ):
        figures = result[key]
        rows.append((f"{name}: longest block", figures["longest_block_ms"], ""))
        rows.append(
            (f"{name}: total", figures["total_ms"], f"{figures['blocks_over_50ms']} blocks > 50 ms")
        )
    target = result["targets"]["longest_block_ms"]
    rows.append(("target: longest block", target["target"], "ok" if target["ok"] else "MISSED"))
    print_rows(rows, width=52, decimals=0)
    print(f"calibration loop: {result['calibration_ms']:.1f} ms")


def main() -> int:
    parser = benchmark_parser(__doc__.splitlines()[0], runs=1, runs_help="runs of each way")
    options = parser.parse_args()
    protect_none()
    if options.file is not None:
        project = load_project(options.file)
    else:
        project = generate_project(cards=options.cards, seed=options.seed)
    return report(run(project, options.runs), options.json, options.check, print_table)


if __name__ == "__main__":
    sys.exit(main())
