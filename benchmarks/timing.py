"""What every benchmark shares: the median timer, the common command line, the result table."""

from __future__ import annotations

import argparse
import gc
import json
import math
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


def calibration_ms(rounds: int = 5) -> float:
    """The fastest of `rounds` runs of a fixed pure-Python loop (integer arithmetic, a dict, a
    list, attribute-free: what an interpreter does everywhere). Figures divided by it travel
    between machines and through a busy machine's slow moments better than milliseconds."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        table: dict[int, int] = {}
        items: list[int] = []
        total = 0
        for i in range(200_000):
            total += i * i % 7
            if i % 8 == 0:
                table[i] = total
                items.append(i)
        best = min(best, (time.perf_counter() - started) * 1000.0)
    return best


def spread(times: list[float]) -> dict[str, float]:
    """Median, 95th percentile (nearest rank) and worst of some timings, in their unit."""
    if not times:
        return {"median": math.nan, "p95": math.nan, "max": math.nan}
    ordered = sorted(times)
    rank = max(1, math.ceil(0.95 * len(ordered)))
    return {
        "median": statistics.median(ordered),
        "p95": ordered[rank - 1],
        "max": ordered[-1],
    }


def growth_exponent(sizes: list[float], values: list[float]) -> float | None:
    """The slope of log(value) over log(size), least squares: 0 means "does not grow with the
    map", 1 "grows in proportion". None with fewer than two usable points."""
    points = [
        (math.log(size), math.log(value))
        for size, value in zip(sizes, values, strict=True)
        if size and size > 0 and value is not None and value > 0 and math.isfinite(value)
    ]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread_x = sum((x - mean_x) ** 2 for x, _ in points)
    if spread_x == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread_x


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
