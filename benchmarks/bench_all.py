"""`make bench`: the editor's speed at growing map sizes, and how each figure grows, in one table.

For each size (500 → 50,000 cards; the generated map keeps about 417 cards per persona band, so
what grows is the number of bands), a fresh process per measurement:
  - cold launch to first frame: `journey-editor FILE` started --launches times
    (benchmarks/launch_probe.py), from the spawn to the map view's first painted frame;
  - bench_window.py: the real main window; card moves (median, 95th percentile, worst; a mix
    of moves that change a lane's height and moves that do not; no collection forced before a
    move), typing in the inspector, a paste of a tenth of the map, peak RSS.
Then, once: `journey-editor --version` and `info` (a process each), the launch on the bundled
template (no FILE), a paste of 5,000 cards into the 5,000-card map, and the ratios of
bench_persistence.py (load ÷ json.loads) and bench_pdf.py (export ÷ bare reportlab).

Every time is also divided by a calibration loop measured in the same process (timing.py), so
runs on a busy machine compare; the growth exponent is the log-log slope of that ratio over the
sizes (0: does not grow with the map; 1: in proportion).

    python benchmarks/bench_all.py [--quick] [--sizes 500,5000] [--launches 3] [--moves 60]
                                   [--no-others] [--json]
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
from pathlib import Path

from bench_window import PRIVATE_FOLDERS, personas_for
from generate_map import generate_project
from timing import calibration_ms, growth_exponent

from journey_editor.persistence import save_project

HERE = Path(__file__).resolve().parent
FULL_SIZES = (500, 2000, 5000, 20000, 50000)
QUICK_SIZES = (500, 2000, 5000)
LAUNCH_5K_MS = 1000.0
LAUNCH_TEMPLATE_MS = 700.0
VERSION_MS = 150.0

# (key in bench_window's figures, row name, target text)
WINDOW_ROWS = (
    ("move_median_ms", "card move, median", "≤ 8 ms at 5k, 12 at 50k"),
    ("move_p95_ms", "card move, 95th percentile", "≤ 16 ms at 5k"),
    ("move_max_ms", "card move, worst", ""),
    ("move_height_median_ms", "  moves changing a height", ""),
    ("move_plain_median_ms", "  other moves", ""),
    ("typing_median_ms", "typing a character, median", "as a move"),
    ("typing_p95_ms", "typing, 95th percentile", ""),
    ("typing_max_ms", "typing, worst", ""),
    ("paste_ms", "paste a tenth of the map", "linear: exponent ≤ 1"),
    ("open_in_process_ms", "window open, in process", ""),
)


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Launches as an installed copy runs: with byte-code caches, which the warm-up launch
    # writes. A shell with PYTHONDONTWRITEBYTECODE set would have every launch compile the
    # editor's 210 modules from source again (a quarter of a second).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in PRIVATE_FOLDERS:
        env[name] = str(home)
    return env


def launch_ms(arguments: list[str], env: dict[str, str]) -> float:
    """One cold launch of the editor: spawn → first painted frame."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(HERE / "launch_probe.py"), *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"launch failed ({done.returncode}): {done.stderr[-2000:]}")
    return (float(lines[-1]) - started) * 1000.0


def command_ms(arguments: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall time of `python -m journey_editor ARGS`, a process each."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "journey_editor", *arguments],
            env=env,
            capture_output=True,
            timeout=300,
            check=False,
        )
        times.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(times)


def window_run(path: Path, env: dict[str, str], moves: int, keys: int, paste: int) -> dict:
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "bench_window.py"),
            "--file",
            str(path),
            "--moves",
            str(moves),
            "--keys",
            str(keys),
            "--paste",
            str(paste),
            "--json",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench_window failed: {done.stderr[-3000:]}")
    return json.loads(done.stdout)


def other_benchmark(script: str, arguments: list[str], env: dict[str, str]) -> dict | None:
    done = subprocess.run(
        [sys.executable, str(HERE / script), *arguments, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if done.returncode != 0:
        print(f"{script} failed: {done.stderr[-1000:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout)


def run(sizes: list[int], launches: int, moves: int, keys: int, others: bool, quick: bool):
    result: dict = {"sizes": sizes, "python": sys.version.split()[0], "per_size": {}, "once": {}}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = child_env(work)
        calibrations = [calibration_ms()]
        once = result["once"]
        # Warm the byte-code caches and the disk: the first launch ever is no cold *process*.
        command_ms(["--version"], env, 1)
        launch_ms([], env)
        once["version_ms"] = command_ms(["--version"], env, 5 if not quick else 3)
        once["launch_template_ms"] = statistics.median(
            launch_ms([], env) for _ in range(max(1, launches))
        )
        for cards in sizes:
            path = work / f"map-{cards}.journey.json"
            project = generate_project(personas=personas_for(cards), cards=cards, seed=1)
            save_project(project, path)
            del project
            print(f"… {cards:,} cards", file=sys.stderr, flush=True)
            calibration = calibration_ms()
            calibrations.append(calibration)
            launch = statistics.median(launch_ms([str(path)], env) for _ in range(launches))
            window = window_run(path, env, moves, keys, max(1, cards // 10))
            figures = dict(window["figures"])
            figures["launch_ms"] = launch
            result["per_size"][cards] = {
                "figures": figures,
                "calibration_ms": window["calibration_ms"],
                "launch_calibration_ms": calibration,
                "height_share": window["height_share"],
                "full_collections": window["full_collections"],
                "personas": window["map"]["personas"],
            }
            if cards == 5000:
                once["info_5k_ms"] = command_ms(["info", str(path)], env, 3)
                paste = window_run(path, env, 1, 0, 5000)
                once["paste_5000_ms"] = paste["figures"]["paste_ms"]
                once["paste_5000_calibration_ms"] = paste["calibration_ms"]
        if others:
            runs = ["--runs", "3" if quick else "7"]
            persistence = other_benchmark("bench_persistence.py", runs, env)
            if persistence is not None:
                once["load_over_json_loads"] = persistence["load_over_json_loads"]
            pdf = other_benchmark("bench_pdf.py", ["--runs", "1" if quick else "3"], env)
            if pdf is not None:
                # The baseline that writes its streams as the export does (binary, no ASCII85).
                once["pdf_over_bare"] = pdf["ratio_strict"]
        calibrations.append(calibration_ms())
        result["calibration_ms"] = min(calibrations)
    result["exponents"] = exponents(result)
    return result


def exponents(result: dict) -> dict[str, float | None]:
    sizes = sorted(result["per_size"])
    keys = [key for key, *_ in WINDOW_ROWS] + ["launch_ms", "rss_open_mb"]
    found = {}
    for key in keys:
        values = []
        for size in sizes:
            entry = result["per_size"][size]
            value = entry["figures"].get(key)
            if value is not None and not key.endswith("_mb"):
                cal = entry["launch_calibration_ms" if key == "launch_ms" else "calibration_ms"]
                value = value / cal
            values.append(value)
        found[key] = growth_exponent(sizes, values)
    return found


def print_table(result: dict) -> None:
    sizes = sorted(result["per_size"], key=int)
    print(
        f"journey-editor benchmarks, Python {result['python']}, calibration loop "
        f"{result['calibration_ms']:.1f} ms (min of the run)"
    )
    print("ms unless said; 'exp.': growth exponent over the sizes (log-log slope of ms ÷ cal)\n")
    head = f"{'figure':<30}" + "".join(f"{size:>9,}" for size in sizes)
    print(head + f"{'exp.':>7}  target")
    rows = [*WINDOW_ROWS, ("launch_ms", "cold launch → first frame", "≤ 1000 at 5k, 3000 at 50k")]
    rows.append(("rss_open_mb", "peak RSS, map open (MB)", "≤ 400 at 50k"))
    for key, name, target in rows:
        line = f"{name:<30}"
        for size in sizes:
            value = result["per_size"][size]["figures"].get(key)
            line += f"{value:9.1f}" if value is not None else f"{'—':>9}"
        exponent = result["exponents"].get(key)
        line += f"{exponent:7.2f}" if exponent is not None else f"{'—':>7}"
        print(f"{line}  {target}".rstrip())
    share = "".join(f"{result['per_size'][s]['height_share']:9.0%}" for s in sizes)
    print(f"{'  share of height moves':<30}{share}")
    full = "".join(f"{result['per_size'][s]['full_collections']:9d}" for s in sizes)
    print(f"{'  full collections in moves':<30}{full}")
    cal = "".join(f"{result['per_size'][s]['calibration_ms']:9.1f}" for s in sizes)
    print(f"{'  calibration of the run':<30}{cal}")

    once = result["once"]
    print()
    singles = [
        ("journey-editor --version", once.get("version_ms"), f"≤ {VERSION_MS:g}"),
        ("journey-editor info (5k)", once.get("info_5k_ms"), ""),
        ("launch, bundled template", once.get("launch_template_ms"), f"≤ {LAUNCH_TEMPLATE_MS:g}"),
        ("paste 5,000 cards (5k map)", once.get("paste_5000_ms"), "≤ 1000"),
    ]
    if "load_over_json_loads" in once:
        singles.append(("load ÷ json.loads (5k), ×", once["load_over_json_loads"], "≤ 4"))
    for name, value in once.get("pdf_over_bare", {}).items():
        singles.append((f"PDF {name} ÷ bare reportlab, ×", value, "≤ 3"))
    for name, value, target in singles:
        figure = f"{value:9.1f}" if isinstance(value, int | float) else f"{'—':>9}"
        print(f"{name:<30}{figure}  {target}".rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 → 5,000 cards, fewer runs")
    parser.add_argument("--sizes", help="comma-separated card counts (default 500 … 50,000)")
    parser.add_argument("--launches", type=int, help="cold launches per size (default 3, quick 1)")
    parser.add_argument("--moves", type=int, help="timed moves per size (default 60, quick 30)")
    parser.add_argument("--keys", type=int, default=20, help="keystrokes per size (default 20)")
    parser.add_argument("--no-others", action="store_true", help="skip persistence and PDF")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.sizes:
        sizes = [int(text) for text in args.sizes.split(",")]
    else:
        sizes = list(QUICK_SIZES if args.quick else FULL_SIZES)
    launches = args.launches or (1 if args.quick else 3)
    moves = args.moves or (30 if args.quick else 60)
    result = run(sizes, launches, moves, args.keys, not args.no_others, args.quick)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
