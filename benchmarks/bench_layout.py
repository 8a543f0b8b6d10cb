"""Time the layout engine on a large map against its target.

On the generated 5,000-card map (or on --file), the median of --runs runs of:
  (a) one pass over the cards building a trivial dict {card id: card}: the baseline, measured
      in the same run, so the ratio travels between machines;
  (b) compute_layout(project): a first layout, nothing cached (what opening a map costs);
  (c) compute_layout(project, cache=LayoutCache()) with a cache kept from an earlier layout of
      the same map (a full re-layout after an edit);
  (d) update_layout after moving one card to another stage of its persona (the middle persona
      of the map), with the cache: only that band, and the bands below it if it changed height,
      are laid out again (what a canvas pays per card move).

Target: (b) < 300 ms.

    python benchmarks/bench_layout.py [--runs 7] [--cards 5000] [--seed 1] [--file MAP]
                                      [--json] [--check]
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable

from generate_map import generate_project
from timing import benchmark_parser, median_ms, print_rows, report

from journey_editor.layout import LayoutCache, LayoutOptions, compute_layout, update_layout
from journey_editor.persistence import load_project

LAYOUT_LIMIT_MS = 300.0


def card_mover(project, options: LayoutOptions, cache: LayoutCache) -> Callable[[], object]:
    """A step that moves one card of the middle persona to the next stage and back, in turn,
    and updates the layout after each move."""
    persona = project.personas[len(project.personas) // 2]
    card = next(card for card in project.cards if card.persona == persona.id)
    stages = [stage.id for stage in project.stages]
    home = card.stage
    away = stages[(stages.index(home) + 1) % len(stages)]
    state = {"layout": compute_layout(project, options, cache)}

    def move() -> None:
        # A move changes the card's place in the list too: it goes to the end of its new cell.
        project.cards.remove(card)
        card.stage = away if card.stage == home else home
        project.cards.append(card)
        state["layout"] = update_layout(state["layout"], project, {persona.id}, cache)

    return move


def run(project, runs: int) -> dict:
    options = LayoutOptions()
    cache = LayoutCache()
    compute_layout(project, options, cache)
    rows = {
        "baseline_dict": median_ms(lambda: {card.id: card for card in project.cards}, runs),
        "compute_layout": median_ms(lambda: compute_layout(project, options), runs),
        "compute_layout_cached": median_ms(lambda: compute_layout(project, options, cache), runs),
    }
    rows["update_layout_move"] = median_ms(card_mover(project, options, cache), runs)
    layout = compute_layout(project, options)
    baseline = rows["baseline_dict"][0]
    layout_ms = rows["compute_layout"][0]
    return {
        "map": {
            "cards": len(project.cards),
            "links": len(project.links),
            "personas": len(project.personas),
            "stages": len(project.stages),
            "cells": len(layout.cells),
            "size_pt": [round(layout.width, 1), round(layout.height, 1)],
        },
        "runs": runs,
        "python": platform.python_version(),
        "median_ms": {name: round(median, 2) for name, (median, _) in rows.items()},
        "all_ms": {name: [round(t, 2) for t in times] for name, (_, times) in rows.items()},
        "layout_over_baseline": round(layout_ms / baseline, 1) if baseline > 0 else None,
        "per_card_us": round(layout_ms * 1000.0 / max(1, len(project.cards)), 2),
        "targets": {
            "compute_layout_ms": {"limit": LAYOUT_LIMIT_MS, "ok": layout_ms < LAYOUT_LIMIT_MS}
        },
    }


def print_table(result: dict) -> None:
    info = result["map"]
    print(
        f"map: {info['cards']:,} cards, {info['links']} links, {info['personas']} personas × "
        f"{info['stages']} stages = {info['cells']:,} cells, "
        f"{info['size_pt'][0]:,} × {info['size_pt'][1]:,} pt"
    )
    print(f"median of {result['runs']} runs, Python {result['python']}\n")
    medians = result["median_ms"]
    ok = "ok" if result["targets"]["compute_layout_ms"]["ok"] else "MISSED"
    lines = [
        ("(a) {id: card} (baseline)", medians["baseline_dict"], ""),
        ("(b) compute_layout", medians["compute_layout"], f"< {LAYOUT_LIMIT_MS:.0f} ms: {ok}"),
        ("    (b) / (a)", None, f"{result['layout_over_baseline']}×"),
        ("    per card", None, f"{result['per_card_us']} µs"),
        ("(c) compute_layout, cached", medians["compute_layout_cached"], "full re-layout"),
        ("(d) update_layout, card move", medians["update_layout_move"], "one band (and below)"),
    ]
    print_rows(lines)


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__.splitlines()[0], 7, "timed runs per step")
    args = parser.parse_args(argv)

    if args.file is not None:
        project = load_project(args.file)
    else:
        project = generate_project(cards=args.cards, seed=args.seed)
    result = run(project, args.runs)

    return report(result, args.json, args.check, print_table)


if __name__ == "__main__":
    sys.exit(main())
