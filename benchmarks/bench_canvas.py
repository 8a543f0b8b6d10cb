"""Time the canvas on a large map against its targets (offscreen Qt).

On the generated 5,000-card map (or on --file), written to a temporary folder:
  (a) baseline: 5,000 bare QGraphicsRectItems created and added to a scene, measured in the
      same run, so the ratios travel between machines;
  (b) open: load the file + layout + scene build (MapDocument + MapView), view shown at
      1400 × 900 and its first frame painted;
  (c) one card move: `document.apply(MoveCards(...))` + the scene update + the repaint
      (`QApplication.processEvents()`), the moved card on screen, the median of --moves moves
      (a card of the middle persona to the next stage of its lane and back, in turn);
  (d) undo of a move (the same path backwards), for information;
  peak RSS of the process (`resource.getrusage`).

Targets: (b) < 1.5 s, (c) < 16 ms median, peak RSS < 400 MB.

    python benchmarks/bench_canvas.py [--runs 5] [--moves 21] [--cards 5000] [--seed 1]
                                      [--file MAP] [--json] [--check]
"""

from __future__ import annotations

import gc
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate_map import generate_project
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene
from timing import benchmark_parser, print_rows, report

from journey_editor.edits import MoveCards
from journey_editor.persistence import load_project, save_project
from journey_editor.ui.canvas.view import MapView
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.editing.selection import Selection
from journey_editor.ui.none_guard import protect_none

OPEN_LIMIT_MS = 1500.0
MOVE_LIMIT_MS = 16.0
RSS_LIMIT_MB = 400.0
VIEW_SIZE = (1400, 900)


def now_ms() -> float:
    return time.perf_counter() * 1000.0


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def baseline_rect_items(count: int) -> float:
    """Create `count` plain rect items and add them to a scene: what any scene of that many
    items costs at the least."""
    gc.collect()
    started = now_ms()
    scene = QGraphicsScene()
    for i in range(count):
        item = QGraphicsRectItem(float(i % 40) * 180.0, float(i // 40) * 50.0, 150.0, 40.0)
        scene.addItem(item)
    elapsed = now_ms() - started
    scene.clear()
    scene.deleteLater()
    return elapsed


def open_map(app: QApplication, path: Path) -> tuple[dict[str, float], MapView]:
    """Load + layout + scene build + first frame, with the parts timed separately."""
    gc.collect()
    times: dict[str, float] = {}
    started = now_ms()
    document = MapDocument(load_project(path))
    times["load"] = now_ms() - started
    mark = now_ms()
    view = MapView(document, Selection())  # layout + scene build
    times["layout_and_scene"] = now_ms() - mark
    mark = now_ms()
    view.resize(*VIEW_SIZE)
    view.show()
    app.processEvents()
    view.viewport().repaint()  # the first frame, painted now rather than whenever
    times["first_frame"] = now_ms() - mark
    times["open"] = now_ms() - started
    return times, view


def close_view(app: QApplication, view: MapView) -> None:
    document = view.document
    view.close()
    view.deleteLater()
    document.undo_stack.clear()
    document.deleteLater()
    # processEvents() leaves deferred deletes alone outside an event loop: deliver them.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


class Parts:
    """Where a move's time goes: the edit, the layout update, the scene sync (the canvas's
    own work besides painting), timed by wrapping the view's two steps."""

    def __init__(self, view: MapView) -> None:
        self.layout: list[float] = []
        self.scene: list[float] = []
        keeper, scene = view.keeper, view.map_scene
        after, show = keeper.after, scene.show_layout

        def timed_after(*args):
            started = now_ms()
            result = after(*args)
            self.layout.append(now_ms() - started)
            return result

        def timed_show(*args):
            started = now_ms()
            result = show(*args)
            self.scene.append(now_ms() - started)
            return result

        keeper.after = timed_after
        scene.show_layout = timed_show

    def clear(self) -> None:
        self.layout.clear()
        self.scene.clear()


def time_moves(
    app: QApplication, view: MapView, moves: int, parts: Parts | None = None
) -> tuple[list[float], list[float], list[float]]:
    """Move one card of the middle persona to the next stage and back, `moves` times; each
    move timed from the edit to the repainted screen (and the repaint alone). Then undo them,
    timed the same way."""
    document = view.document
    project = document.project
    persona = project.personas[len(project.personas) // 2]
    card = next(c for c in project.cards if c.persona == persona.id)
    stages = [stage.id for stage in project.stages]
    home = card.stage
    away = stages[(stages.index(home) + 1) % len(stages)]
    view.reveal(card.id)
    app.processEvents()
    move_times, paint_times = [], []
    if parts is not None:
        parts.clear()
    for n in range(moves):
        target = away if n % 2 == 0 else home
        edit = MoveCards((card.id,), card.persona, card.lane, target, 0)
        gc.collect()
        started = now_ms()
        document.apply(edit)
        applied = now_ms()
        app.processEvents()
        move_times.append(now_ms() - started)
        paint_times.append(now_ms() - applied)
    undo_times = []
    for _ in range(moves):
        gc.collect()
        started = now_ms()
        document.undo_stack.undo()
        app.processEvents()
        undo_times.append(now_ms() - started)
    return move_times, paint_times, undo_times


def run(path: Path, runs: int, moves: int) -> dict:
    app = QApplication.instance() or QApplication([])
    protect_none()
    baseline_rect_items(200)  # warm-up
    baselines = [baseline_rect_items(5000) for _ in range(runs)]

    # One untimed open warms caches (fonts, imports), as a second window would find them.
    _, view = open_map(app, path)
    close_view(app, view)
    opens: list[dict[str, float]] = []
    for _ in range(runs):
        times, view = open_map(app, path)
        opens.append(times)
        close_view(app, view)

    _, view = open_map(app, path)
    parts = Parts(view)
    time_moves(app, view, 3)  # warm-up
    document = view.document
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    app.processEvents()
    move_times, paint_times, undo_times = time_moves(app, view, moves, parts)
    layout_times, scene_times = parts.layout[:moves], parts.scene[:moves]
    layout = view.map_layout()
    info = {
        "cards": len(document.project.cards),
        "items": len(view.map_scene.items()),
        "personas": len(document.project.personas),
        "stages": len(document.project.stages),
        "size_pt": [round(layout.width, 1), round(layout.height, 1)],
    }
    close_view(app, view)

    def median(key: str) -> float:
        return statistics.median(t[key] for t in opens)

    baseline = statistics.median(baselines)
    open_ms = median("open")
    move_ms = statistics.median(move_times)
    rss = peak_rss_mb()
    return {
        "map": info,
        "runs": runs,
        "moves": moves,
        "python": platform.python_version(),
        "median_ms": {
            "baseline_5000_rect_items": round(baseline, 2),
            "open": round(open_ms, 1),
            "open_load": round(median("load"), 1),
            "open_layout_and_scene": round(median("layout_and_scene"), 1),
            "open_first_frame": round(median("first_frame"), 1),
            "card_move": round(move_ms, 2),
            "card_move_layout": round(statistics.median(layout_times), 2),
            "card_move_scene_sync": round(statistics.median(scene_times), 2),
            "card_move_repaint": round(statistics.median(paint_times), 2),
            "card_move_undo": round(statistics.median(undo_times), 2),
        },
        "all_ms": {
            "open": [round(t["open"], 1) for t in opens],
            "card_move": [round(t, 2) for t in move_times],
        },
        "ratios": {
            "open_over_baseline": round(open_ms / baseline, 1) if baseline else None,
            "scene_over_baseline": round(median("layout_and_scene") / baseline, 1)
            if baseline
            else None,
            "move_over_baseline": round(move_ms / baseline, 3) if baseline else None,
        },
        "peak_rss_mb": round(rss, 1),
        "targets": {
            "open_ms": {"limit": OPEN_LIMIT_MS, "ok": open_ms < OPEN_LIMIT_MS},
            "card_move_ms": {"limit": MOVE_LIMIT_MS, "ok": move_ms < MOVE_LIMIT_MS},
            "peak_rss_mb": {"limit": RSS_LIMIT_MB, "ok": rss < RSS_LIMIT_MB},
        },
    }


def print_table(result: dict) -> None:
    info = result["map"]
    print(
        f"map: {info['cards']:,} cards, {info['personas']} personas × {info['stages']} stages, "
        f"{info['items']:,} scene items, {info['size_pt'][0]:,} × {info['size_pt'][1]:,} pt"
    )
    print(
        f"median of {result['runs']} opens and {result['moves']} moves, offscreen "
        f"{VIEW_SIZE[0]}×{VIEW_SIZE[1]}, Python {result['python']}\n"
    )
    medians, ratios, targets = result["median_ms"], result["ratios"], result["targets"]

    def verdict(name: str) -> str:
        target = targets[name]
        return f"< {target['limit']:g}: {'ok' if target['ok'] else 'MISSED'}"

    lines = [
        ("(a) 5,000 QGraphicsRectItems", medians["baseline_5000_rect_items"], "baseline"),
        ("(b) open", medians["open"], f"ms {verdict('open_ms')}"),
        ("    load file", medians["open_load"], ""),
        ("    layout + scene build", medians["open_layout_and_scene"], ""),
        ("    first frame", medians["open_first_frame"], ""),
        ("    (b) / (a)", None, f"{ratios['open_over_baseline']}×"),
        ("    scene / (a)", None, f"{ratios['scene_over_baseline']}×"),
        ("(c) card move + repaint", medians["card_move"], f"ms {verdict('card_move_ms')}"),
        ("    layout (update_layout)", medians["card_move_layout"], "journey_editor.layout"),
        ("    scene sync (canvas)", medians["card_move_scene_sync"], ""),
        ("    repaint (canvas)", medians["card_move_repaint"], ""),
        (
            "    edit, undo command, rest",
            medians["card_move"]
            - medians["card_move_layout"]
            - medians["card_move_scene_sync"]
            - medians["card_move_repaint"],
            "by difference",
        ),
        ("    (c) / (a)", None, f"{ratios['move_over_baseline']}×"),
        ("(d) undo of a move", medians["card_move_undo"], "for information"),
        ("peak RSS (MB)", result["peak_rss_mb"], f"MB {verdict('peak_rss_mb')}"),
    ]
    print_rows(lines, ("step", "value", "note"), width=32)


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__.splitlines()[0], 5, "timed opens")
    parser.add_argument("--moves", type=int, default=21, help="timed card moves (default 21)")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.moves < 1:
        parser.error("--runs and --moves must be at least 1")

    with tempfile.TemporaryDirectory() as folder:
        path = args.file
        if path is None:
            path = Path(folder) / "big.journey.json"
            save_project(generate_project(cards=args.cards, seed=args.seed), path)
        result = run(path, args.runs, args.moves)

    return report(result, args.json, args.check, print_table)


if __name__ == "__main__":
    sys.exit(main())
