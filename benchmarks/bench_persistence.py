"""Time loading and saving a large map against the targets of the persistence layer.

On the generated 5,000-card map (or on --file), the median of --runs runs of:
  (a) json.loads of the file's bytes: the baseline, measured in the same run;
  (b) load_project(path): read, strict JSON decode, migrate, validate (pydantic + integrity);
  (c) save_project(project, path): serialise, atomic write with fsync, backup of the old file;
plus, for information, project_from_bytes, project_to_bytes and compute_metrics.

Targets: (b) < 500 ms and (b) ≤ 4 × (a); (c) < 300 ms.

    python benchmarks/bench_persistence.py [--runs 7] [--cards 5000] [--seed 1]
                                           [--file MAP] [--json] [--check]
"""

from __future__ import annotations

import json
import platform
import sys
import tempfile
from pathlib import Path

from generate_map import generate_bytes
from timing import benchmark_parser, median_ms, print_rows, report

from journey_editor.model.metrics import compute_metrics
from journey_editor.persistence import (
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
)

LOAD_LIMIT_MS = 500.0
LOAD_RATIO_LIMIT = 4.0
SAVE_LIMIT_MS = 300.0


def run(map_path: Path, runs: int, work_dir: Path) -> dict:
    data = map_path.read_bytes()
    project = load_project(map_path)
    save_path = work_dir / "saved.journey.json"

    rows = {}
    rows["json_loads"] = median_ms(lambda: json.loads(data), runs)
    rows["load_project"] = median_ms(lambda: load_project(map_path), runs)
    # The warm-up save creates the file, so every timed save overwrites it and keeps a backup,
    # as saving an open map does.
    rows["save_project"] = median_ms(lambda: save_project(project, save_path), runs)
    rows["project_from_bytes"] = median_ms(lambda: project_from_bytes(data, "bench"), runs)
    rows["project_to_bytes"] = median_ms(lambda: project_to_bytes(project), runs)
    rows["compute_metrics"] = median_ms(lambda: compute_metrics(project), runs)

    load_ms = rows["load_project"][0]
    json_ms = rows["json_loads"][0]
    save_ms = rows["save_project"][0]
    ratio = load_ms / json_ms if json_ms > 0 else float("inf")
    return {
        "map": {
            "path": str(map_path),
            "bytes": len(data),
            "cards": len(project.cards),
            "links": len(project.links),
            "personas": len(project.personas),
            "stages": len(project.stages),
        },
        "runs": runs,
        "python": platform.python_version(),
        "median_ms": {name: round(median, 2) for name, (median, _) in rows.items()},
        "all_ms": {name: [round(t, 2) for t in times] for name, (_, times) in rows.items()},
        "load_over_json_loads": round(ratio, 2),
        "targets": {
            "load_project_ms": {"limit": LOAD_LIMIT_MS, "ok": load_ms < LOAD_LIMIT_MS},
            "load_over_json_loads": {"limit": LOAD_RATIO_LIMIT, "ok": ratio <= LOAD_RATIO_LIMIT},
            "save_project_ms": {"limit": SAVE_LIMIT_MS, "ok": save_ms < SAVE_LIMIT_MS},
        },
    }


def print_table(result: dict) -> None:
    info = result["map"]
    print(
        f"map: {info['cards']:,} cards, {info['links']} links, {info['personas']} personas × "
        f"{info['stages']} stages, {info['bytes']:,} bytes ({info['path']})"
    )
    print(f"median of {result['runs']} runs, Python {result['python']}\n")
    medians = result["median_ms"]
    targets = result["targets"]

    def verdict(key: str) -> str:
        return "ok" if targets[key]["ok"] else "MISSED"

    lines = [
        ("(a) json.loads (baseline)", medians["json_loads"], ""),
        (
            "(b) load_project",
            medians["load_project"],
            f"< {LOAD_LIMIT_MS:.0f} ms: {verdict('load_project_ms')}",
        ),
        (
            "    (b) / (a)",
            None,
            f"{result['load_over_json_loads']:.2f}× (≤ {LOAD_RATIO_LIMIT:.0f}×: "
            f"{verdict('load_over_json_loads')})",
        ),
        (
            "(c) save_project",
            medians["save_project"],
            f"< {SAVE_LIMIT_MS:.0f} ms: {verdict('save_project_ms')}",
        ),
        ("    project_from_bytes", medians["project_from_bytes"], "no file I/O"),
        ("    project_to_bytes", medians["project_to_bytes"], "no file I/O"),
        ("    compute_metrics", medians["compute_metrics"], ""),
    ]
    print_rows(lines, ("step", "ms", "target"), width=28, decimals=1)


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__.splitlines()[0], 7, "timed runs per step")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="journey-bench-") as temp:
        work_dir = Path(temp)
        if args.file is not None:
            map_path = args.file
        else:
            map_path = work_dir / "generated.journey.json"
            map_path.write_bytes(generate_bytes(cards=args.cards, seed=args.seed))
        result = run(map_path, args.runs, work_dir)

    return report(result, args.json, args.check, print_table)


if __name__ == "__main__":
    sys.exit(main())
