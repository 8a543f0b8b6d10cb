"""Time the PDF export on a large map against its targets.

On the generated 5,000-card map (or on --file), the median of --runs runs of:
  (a) the baseline, measured in the same run so the ratio travels between machines: plain
      reportlab drawing one rectangle per card box and one drawString per title line (the
      same boxes and lines the layout placed) on one page, then saving — the least any PDF
      of this many cards and lines costs;
  (a') the same with the export's stream settings (binary instead of ASCII85 streams), for
      the record: the export saves that way, so this is its strictest yardstick;
  (b) export_pdf fit to one A0 page (layout included, from the Project);
  (c) export_pdf tiled on A4 at scale 1 (about 450 sheets for the default map).

Targets: (b) and (c) each < 3 s, and ≤ 3 × (a).

    python benchmarks/bench_pdf.py [--runs 5] [--cards 5000] [--seed 1] [--file MAP]
                                   [--json] [--check]
"""

from __future__ import annotations

import io
import platform
import sys
from collections.abc import Callable

from generate_map import generate_project
from reportlab.pdfgen.canvas import Canvas
from timing import benchmark_parser, median_ms, report

from journey_editor.export import PdfOptions, export_pdf
from journey_editor.export.fonts import REGULAR, register_fonts
from journey_editor.export.page_plan import layout_options
from journey_editor.export.pdf_render import binary_streams
from journey_editor.layout import MapLayout, compute_layout
from journey_editor.persistence import load_project

EXPORT_LIMIT_MS = 3000.0
RATIO_LIMIT = 3.0
FIT = PdfOptions(paper="A0", mode="fit")
TILE = PdfOptions(paper="A4", mode="tile", scale=1.0)


def bare_pdf(layout: MapLayout, binary: bool = False) -> bytes:
    """(a): one rect per card box, one drawString per title line, on one page."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(layout.width, layout.height), invariant=1)
    height = layout.height
    canvas.setFont(REGULAR, layout.options.title_font_size)
    for box in layout.cards.values():
        x, y, width, box_height = box.rect
        canvas.rect(x, height - y - box_height, width, box_height)
        for line in box.title.lines:
            canvas.drawString(line.x, height - line.baseline, line.text)
    canvas.showPage()
    if binary:
        with binary_streams():
            canvas.save()
    else:
        canvas.save()
    return buffer.getvalue()


def run(project, runs: int) -> dict:
    register_fonts()
    layout = compute_layout(project, layout_options(FIT))
    sizes: dict[str, int] = {}
    pages: dict[str, int] = {}

    def export(name: str, options: PdfOptions) -> Callable[[], None]:
        def action() -> None:
            buffer = io.BytesIO()
            pages[name] = export_pdf(project, buffer, options).pages
            sizes[name] = len(buffer.getvalue())

        return action

    def baseline(name: str, binary: bool) -> Callable[[], None]:
        def action() -> None:
            sizes[name] = len(bare_pdf(layout, binary))

        return action

    rows = {
        "baseline": median_ms(baseline("baseline", False), runs),
        "baseline_binary": median_ms(baseline("baseline_binary", True), runs),
        "fit_A0": median_ms(export("fit_A0", FIT), runs),
        "tile_A4": median_ms(export("tile_A4", TILE), runs),
    }
    medians = {name: median for name, (median, _) in rows.items()}
    base, strict = medians["baseline"], medians["baseline_binary"]
    targets = {}
    for name in ("fit_A0", "tile_A4"):
        targets[f"{name}_ms"] = {
            "limit": EXPORT_LIMIT_MS,
            "ok": medians[name] < EXPORT_LIMIT_MS,
        }
        targets[f"{name}_ratio"] = {
            "limit": RATIO_LIMIT,
            "ok": medians[name] / base <= RATIO_LIMIT,
        }
    lines = sum(len(box.title.texts) for box in layout.cards.values())
    return {
        "map": {
            "cards": len(project.cards),
            "title_lines": lines,
            "personas": len(project.personas),
            "stages": len(project.stages),
            "size_pt": [round(layout.width, 1), round(layout.height, 1)],
        },
        "runs": runs,
        "python": platform.python_version(),
        "median_ms": {name: round(value, 1) for name, value in medians.items()},
        "all_ms": {name: [round(t, 1) for t in times] for name, (_, times) in rows.items()},
        "ratio": {
            name: round(medians[name] / base, 2) for name in ("fit_A0", "tile_A4") if base > 0
        },
        "ratio_strict": {
            name: round(medians[name] / strict, 2) for name in ("fit_A0", "tile_A4") if strict > 0
        },
        "pages": pages,
        "bytes": sizes,
        "targets": targets,
    }


def print_table(result: dict) -> None:
    info = result["map"]
    print(
        f"map: {info['cards']:,} cards ({info['title_lines']:,} title lines), "
        f"{info['personas']} personas × {info['stages']} stages, "
        f"{info['size_pt'][0]:,} × {info['size_pt'][1]:,} pt"
    )
    print(f"median of {result['runs']} runs, Python {result['python']}\n")
    medians, ratio, strict = result["median_ms"], result["ratio"], result["ratio_strict"]
    pages, sizes, targets = result["pages"], result["bytes"], result["targets"]

    def verdict(name: str) -> str:
        ok = targets[f"{name}_ms"]["ok"] and targets[f"{name}_ratio"]["ok"]
        return "ok" if ok else "MISSED"

    rows = [
        ("(a) bare rects + strings", medians["baseline"], "baseline", sizes["baseline"]),
        (
            "(a') same, binary streams",
            medians["baseline_binary"],
            "export's stream settings",
            sizes["baseline_binary"],
        ),
        (
            "(b) export fit, A0",
            medians["fit_A0"],
            f"{pages['fit_A0']} page; {ratio['fit_A0']}× (a), {strict['fit_A0']}× (a'): "
            + verdict("fit_A0"),
            sizes["fit_A0"],
        ),
        (
            "(c) export tiled, A4, 100 %",
            medians["tile_A4"],
            f"{pages['tile_A4']} pages; {ratio['tile_A4']}× (a), {strict['tile_A4']}× (a'): "
            + verdict("tile_A4"),
            sizes["tile_A4"],
        ),
    ]
    print(f"{'step':<30}{'ms':>9}{'kB':>8}  note")
    for name, ms, note, size in rows:
        print(f"{name:<30}{ms:9.1f}{size / 1000:8.0f}  {note}")
    print(f"\ntargets: < {EXPORT_LIMIT_MS:.0f} ms each, ≤ {RATIO_LIMIT:g} × (a)")


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__.splitlines()[0], 5, "timed runs per step")
    args = parser.parse_args(argv)

    if args.file is not None:
        project = load_project(args.file)
    else:
        project = generate_project(cards=args.cards, seed=args.seed)
    result = run(project, args.runs)

    return report(result, args.json, args.check, print_table)


if __name__ == "__main__":
    sys.exit(main())
