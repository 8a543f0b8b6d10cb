"""What every benchmark shares: the median timer, the common command line, the result table."""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    """Median wall time of `runs` calls, after one untimed warm-up call (fonts loaded, caches
    warm). Garbage collection stays on, as in the app, but starts each run from a clean slate."""
    action()
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(times), times


def benchmark_parser(description: str, runs: int, runs_help: str = "timed runs per step"):
    """The options every benchmark takes: runs, the generated map (cards, seed) or a file,
    JSON output and --check (exit 1 when a target is missed)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--runs", type=_at_least_one, default=runs, help=f"{runs_help} (default {runs})"
    )
    parser.add_argument("--cards", type=int, default=5000, help="size of the generated map")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated map")
    parser.add_argument("--file", type=Path, help="time this map instead of a generated one")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--check", action="store_true", help="exit with 1 if a target is missed")
    return parser


def print_rows(
    rows: Iterable[tuple[str, float | None, str]],
    heading: tuple[str, str, str] = ("step", "ms", "note"),
    width: int = 30,
    decimals: int = 2,
) -> None:
    """One line per step: name, figure (blank when None) and a note."""
    print(f"{heading[0]:<{width}}{heading[1]:>10}  {heading[2]}")
    for name, value, note in rows:
        figure = f"{value:10.{decimals}f}" if value is not None else " " * 10
        print(f"{name:<{width}}{figure}  {note}".rstrip())


def _at_least_one(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def report(result: dict, as_json: bool, check: bool, print_table: Callable[[dict], None]) -> int:
    """Print the result (JSON or the benchmark's table); the exit status: 1 when --check and
    a target was missed."""
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print_table(result)
    missed = [name for name, target in result["targets"].items() if not target["ok"]]
    return 1 if check and missed else 0
