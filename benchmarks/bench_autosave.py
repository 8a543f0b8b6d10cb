"""Time how long an autosave blocks the UI thread on a large map.

On the generated 5,000-card map (or on --file), the median of --runs runs of:
  (a) baseline: json.dumps of the same map as a plain dict (model_dump(mode="json"), built
      before timing), measured in the same run so the ratio travels between machines;
  (b) blocked: AutosaveController.write_now() — project_to_bytes on the UI thread and handing
      the bytes to the worker; this is all the user can feel;
  (c) worker: RecoveryStore.write of those bytes (data + metadata, atomic, fsynced), on the
      worker thread, for information;
plus project_to_bytes alone, for information.

Target: (b) < 100 ms (no visible stutter every autosave interval) and (b) ≤ 3 × (a).

    python benchmarks/bench_autosave.py [--runs 9] [--cards 5000] [--seed 1] [--file MAP]
                                        [--json] [--check]
"""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate_map import generate_project
from PySide6.QtCore import QCoreApplication
from timing import benchmark_parser, median_ms, print_rows, report

from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.persistence.recovery import RecoveryStore
from journey_editor.settings import Settings
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.files.autosave import AutosaveController

BLOCKED_LIMIT_MS = 100.0
BLOCKED_RATIO_LIMIT = 3.0


def blocked_ms(controller: AutosaveController, runs: int) -> tuple[float, list[float]]:
    """Like timing.median_ms, but each run waits for the previous write outside the timing:
    only the UI thread's part of write_now is measured, not the worker's."""
    controller.write_now()
    controller.flush()
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        controller.write_now()
        times.append((time.perf_counter() - started) * 1000.0)
        controller.flush()
    return statistics.median(times), times


def run(project, runs: int, work_dir: Path) -> dict:
    app = QCoreApplication.instance() or QCoreApplication([])
    document = MapDocument(project, work_dir / "map.journey.json")
    store = RecoveryStore(work_dir / "recovery")
    controller = AutosaveController(document, store, Settings(autosave_seconds=0))
    data = project_to_bytes(project)

    rows = {}
    as_dict = project.model_dump(mode="json")  # built once: the baseline is the dump alone
    rows["json_dumps"] = median_ms(lambda: json.dumps(as_dict), runs)
    rows["blocked"] = blocked_ms(controller, runs)
    rows["worker_write"] = median_ms(
        lambda: store.write("bench", data, None, project.title, "autosave"), runs
    )
    rows["project_to_bytes"] = median_ms(lambda: project_to_bytes(project), runs)
    controller.stop(keep_copy=False)
    del app

    blocked, baseline = rows["blocked"][0], rows["json_dumps"][0]
    ratio = blocked / baseline if baseline > 0 else float("inf")
    return {
        "map": {
            "cards": len(project.cards),
            "links": len(project.links),
            "personas": len(project.personas),
            "stages": len(project.stages),
            "bytes": len(data),
        },
        "runs": runs,
        "python": platform.python_version(),
        "median_ms": {name: round(median, 2) for name, (median, _) in rows.items()},
        "all_ms": {name: [round(t, 2) for t in times] for name, (_, times) in rows.items()},
        "blocked_over_json_dumps": round(ratio, 2),
        "targets": {
            "blocked_ms": {"limit": BLOCKED_LIMIT_MS, "ok": blocked < BLOCKED_LIMIT_MS},
            "blocked_over_json_dumps": {
                "limit": BLOCKED_RATIO_LIMIT,
                "ok": ratio <= BLOCKED_RATIO_LIMIT,
            },
        },
    }


def print_table(result: dict) -> None:
    info = result["map"]
    print(
        f"map: {info['cards']:,} cards, {info['links']} links, {info['personas']} personas × "
        f"{info['stages']} stages, {info['bytes']:,} bytes"
    )
    print(f"median of {result['runs']} runs, Python {result['python']}\n")
    medians, targets = result["median_ms"], result["targets"]

    def verdict(key: str) -> str:
        return "ok" if targets[key]["ok"] else "MISSED"

    lines = [
        ("(a) json.dumps (baseline)", medians["json_dumps"], ""),
        (
            "(b) UI thread blocked",
            medians["blocked"],
            f"< {BLOCKED_LIMIT_MS:.0f} ms: {verdict('blocked_ms')}",
        ),
        (
            "    (b) / (a)",
            None,
            f"{result['blocked_over_json_dumps']:.2f}× (≤ {BLOCKED_RATIO_LIMIT:.0f}×: "
            f"{verdict('blocked_over_json_dumps')})",
        ),
        ("(c) worker: write + fsync", medians["worker_write"], "off the UI thread"),
        ("    project_to_bytes", medians["project_to_bytes"], "no file I/O"),
    ]
    print_rows(lines, ("step", "ms", "target"), width=28, decimals=1)


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__.splitlines()[0], 9, "timed runs per step")
    args = parser.parse_args(argv)

    if args.file is not None:
        project = load_project(args.file)
    else:
        project = generate_project(cards=args.cards, seed=args.seed)
    with tempfile.TemporaryDirectory(prefix="journey-bench-") as temp:
        result = run(project, args.runs, Path(temp))

    return report(result, args.json, args.check, print_table)


if __name__ == "__main__":
    sys.exit(main())
