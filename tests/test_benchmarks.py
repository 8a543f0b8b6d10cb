"""The benchmarks still run: each one once on a tiny map, nothing timed or compared."""

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench():
    """The benchmark modules, imported as the scripts import each other (by bare name)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import bench_all
        import bench_window
        import generate_map
        import timing
    finally:
        sys.path.remove(str(BENCHMARKS))
    return bench_all, bench_window, generate_map, timing


def test_spread_and_growth_exponent(bench):
    *_, timing = bench
    figures = timing.spread([float(n) for n in range(1, 101)])
    assert figures == {"median": 50.5, "p95": 95.0, "max": 100.0}
    assert math.isnan(timing.spread([])["median"])
    assert timing.growth_exponent([1, 10, 100], [3.0, 3.0, 3.0]) == pytest.approx(0.0)
    assert timing.growth_exponent([1, 10, 100], [2.0, 20.0, 200.0]) == pytest.approx(1.0)
    assert timing.growth_exponent([10, 100], [1.0, 100.0]) == pytest.approx(2.0)
    assert timing.growth_exponent([10], [1.0]) is None
    assert timing.calibration_ms(rounds=1) > 0


def test_the_window_benchmark_runs_on_a_tiny_map(bench, qapp, tmp_path, monkeypatch):
    _, bench_window, generate_map, _ = bench
    from journey_editor.persistence import save_project
    from journey_editor.ui.editing import document

    # The benchmark freezes the map as the running editor does; the tests after this one
    # must not inherit that (each window would collect and freeze everything alive).
    monkeypatch.setitem(document.FREEZING, "on", document.FREEZING["on"])
    monkeypatch.setattr("gc.freeze", lambda: None)

    path = tmp_path / "tiny.journey.json"
    save_project(generate_map.generate_project(personas=2, stages=4, cards=40, seed=3), path)
    result = bench_window.run(path, moves=4, keys=2, paste=5, seed=1)
    assert result["map"]["cards"] == 40
    assert len(result["move_times_ms"]) == 4
    figures = result["figures"]
    assert figures["move_median_ms"] <= figures["move_p95_ms"] <= figures["move_max_ms"]
    assert figures["paste_ms"] is not None and figures["typing_median_ms"] is not None


def test_the_summary_table_prints(bench, capsys):
    bench_all, *_ = bench
    figures = {key: 10.0 * n for n, (key, *_) in enumerate(bench_all.WINDOW_ROWS, start=1)}
    figures |= {"launch_ms": 900.0, "rss_open_mb": 150.0}
    per_size = {
        size: {
            "figures": figures,
            "calibration_ms": 10.0,
            "launch_calibration_ms": 10.0,
            "height_share": 0.3,
            "full_collections": 0,
            "personas": 1,
        }
        for size in (500, 5000)
    }
    result = {
        "sizes": [500, 5000],
        "python": "3",
        "per_size": per_size,
        "once": {"version_ms": 100.0},
        "calibration_ms": 10.0,
    }
    result["exponents"] = bench_all.exponents(result)
    assert result["exponents"]["move_median_ms"] == pytest.approx(0.0)
    bench_all.print_table(result)
    out = capsys.readouterr().out
    assert "card move, 95th percentile" in out and "5,000" in out


def test_the_launch_probe_reports_the_first_frame(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "launch_probe.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert float(done.stdout.split()[-1]) > 0


def test_the_image_benchmark_runs_on_a_tiny_map(bench, qapp):
    *_, generate_map, _ = bench
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import bench_image
    finally:
        sys.path.remove(str(BENCHMARKS))
    project = generate_map.generate_project(personas=2, stages=4, cards=40, seed=3)
    result = bench_image.run(project, runs=1)
    for way in ("png_one_go", "png_background", "svg_one_go", "svg_background"):
        figures = result[way]
        assert 0 < figures["longest_block_ms"] <= figures["total_ms"] + 1.0
    longest = [result[way]["longest_block_ms"] for way in ("png_background", "svg_background")]
    assert result["targets"]["longest_block_ms"]["value"] == max(longest)
