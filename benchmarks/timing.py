"""The one way the benchmarks time a step: median wall time of several runs."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


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
