"""`journey-editor export FILE -o OUT.pdf|OUT.png|OUT.svg`: the handout without opening a window.

    journey-editor export map.journey.json -o map.pdf --paper A3 --portrait --fit
    journey-editor export map.journey.json -o wall.pdf --paper A4 --tile --scale 1 --overlap 10
    journey-editor export map.journey.json -o poster.pdf --size 900x1200 --summary
    journey-editor export to-be.journey.json -o changes.pdf --compare-with as-is.journey.json
    journey-editor export map.journey.json -o map.png --scale 2

A PDF is drawn by `journey_editor.export` (reportlab, no Qt: works on a server). PNG and SVG are
images of the whole map painted by the canvas, so Qt is imported only for them.
Exit codes: 0 written, 1 the map file (or the map to compare with) cannot be read, 2 the
command line is wrong (or image export is unavailable), 3 the output cannot be written.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from journey_editor.cli import exit_codes
from journey_editor.cli.words import count, language, number, say
from journey_editor.export import PAPER_SIZES_MM, PdfOptions, PdfReport, export_pdf
from journey_editor.export.comparison import ComparisonFileError, read_comparison
from journey_editor.export.pdf_options import CUSTOM
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.types import LANE_KINDS
from journey_editor.persistence import ProjectFileError, load_project

PROG = "journey-editor export"
PDF_SUFFIX = ".pdf"
IMAGE_SUFFIXES = (".png", ".svg")
DEFAULT_IMAGE_SCALE = 2.0
PAPER_CHOICES = (*PAPER_SIZES_MM, CUSTOM)
# Options that only mean something for a PDF (dest names): refused with an image output.
PDF_ONLY = (
    "paper",
    "size",
    "landscape",
    "mode",
    "overlap",
    "margin",
    "per_persona",
    "summary",
    "compare_personas",
    "channel_paths",
    "hide_lanes",
    "min_font",
    "language",
    "compare_with",
)

EXAMPLES = """\
  journey-editor export map.journey.json -o map.pdf --paper A3 --portrait
  journey-editor export map.journey.json -o wall.pdf --paper A4 --tile --scale 1
  journey-editor export map.journey.json -o poster.pdf --size 900x1200 --summary
  journey-editor export map.journey.json -o map.pdf --paper A4 --compare-personas
  journey-editor export map.journey.json -o zigzag.pdf --paper A4 --channel-paths
  journey-editor export to-be.journey.json -o changes.pdf --compare-with as-is.journey.json
  journey-editor export map.journey.json -o map.png --scale 2
"""
PAGES = (QT_TRANSLATE_NOOP("CLI", "%n page"), QT_TRANSLATE_NOOP("CLI", "%n pages"))
WROTE = QT_TRANSLATE_NOOP("CLI", "{file}: {report}")  # "map.pdf: 2 pages, A3 landscape, …"
CANNOT_WRITE = QT_TRANSLATE_NOOP("CLI", "{file}: cannot write: {reason}")  # diff -o too


class UsageError(Exception):
    """The command line asks for something impossible; the message says what."""


def add_export_parser(subparsers) -> argparse.ArgumentParser:
    """Add the `export` command to the `journey-editor` sub-parsers and return it."""
    parser = subparsers.add_parser(
        "export",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "print a map to PDF (fit on one page or tiled for a wall), or to a PNG/SVG image",
            )
        ),
        description=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Write FILE as a PDF handout (vector, fonts embedded, bookmarks per persona) or, "
                "for a .png or .svg output, as an image of the whole map.",
            )
        ),
        epilog=say(QT_TRANSLATE_NOOP("CLI", "examples:")) + "\n" + EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", metavar="FILE", help=say(QT_TRANSLATE_NOOP("CLI", "the .journey.json map"))
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=say(QT_TRANSLATE_NOOP("CLI", "OUT.pdf, OUT.png or OUT.svg")),
    )
    add_pdf_arguments(parser)
    parser.add_argument(
        "--compare-with",
        metavar="A",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "a change handout: mark on the map what changed since map A (any format the "
                "editor reads) and list every change after it",
            )
        ),
    )
    return parser


def add_pdf_arguments(parser: argparse.ArgumentParser) -> None:
    """The paper and layout options of a PDF (`export`, and `diff -o OUT.pdf`)."""
    paper = parser.add_argument_group(say(QT_TRANSLATE_NOOP("CLI", "paper (PDF)")))
    paper.add_argument(
        "--paper",
        type=_paper,
        metavar="NAME",
        help=say(
            QT_TRANSLATE_NOOP("CLI", "{papers} (default A3)"), papers=", ".join(PAPER_CHOICES)
        ),
    )
    paper.add_argument(
        "--size",
        type=_size,
        metavar="WxH",
        help=say(QT_TRANSLATE_NOOP("CLI", "custom poster size in mm, e.g. 900x1200")),
    )
    turn = paper.add_mutually_exclusive_group()
    turn.add_argument("--landscape", dest="landscape", action="store_const", const=True)
    turn.add_argument(
        "--portrait",
        dest="landscape",
        action="store_const",
        const=False,
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "orientation of a named paper (default: automatic, the way that takes the fewest "
                "sheets when tiling; landscape when fitting, unless portrait prints much larger)",
            )
        ),
    )
    paper.add_argument(
        "--margin",
        type=_non_negative,
        metavar="MM",
        help=say(QT_TRANSLATE_NOOP("CLI", "default 10")),
    )
    layout = parser.add_argument_group(say(QT_TRANSLATE_NOOP("CLI", "layout (PDF)")))
    mode = layout.add_mutually_exclusive_group()
    mode.add_argument(
        "--fit",
        dest="mode",
        action="store_const",
        const="fit",
        help=say(QT_TRANSLATE_NOOP("CLI", "the whole map on one page")),
    )
    mode.add_argument(
        "--tile",
        dest="mode",
        action="store_const",
        const="tile",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "print at --scale over as many sheets as needed, to tape a wall poster"
            )
        ),
    )
    layout.add_argument(
        "--scale",
        type=_positive,
        metavar="S",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "tile: 1 = 100 %% (default 1); images: pixels per point (default 2)"
            )
        ),
    )
    layout.add_argument(
        "--overlap",
        type=_non_negative,
        metavar="MM",
        help=say(QT_TRANSLATE_NOOP("CLI", "tile: overlap of sheets (default 10)")),
    )
    layout.add_argument(
        "--per-persona",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("CLI", "one page or tile set each")),
    )
    layout.add_argument(
        "--summary",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("CLI", "add the metrics summary pages")),
    )
    layout.add_argument(
        "--compare-personas",
        action="store_true",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "add a page comparing the personas: emotion curves, mean effort, biggest gaps",
            )
        ),
    )
    layout.add_argument(
        "--channel-paths",
        action="store_true",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "add a page per persona: its touchpoints' zig-zag between channels"
            )
        ),
    )
    layout.add_argument(
        "--hide-lanes",
        type=_lane_kinds,
        metavar="KIND,KIND",
        help=say(
            QT_TRANSLATE_NOOP("CLI", "leave out lanes of these kinds ({kinds})"),
            kinds=", ".join(LANE_KINDS),
        ),
    )
    layout.add_argument(
        "--min-font",
        type=_non_negative,
        metavar="PT",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "warn when the smallest text prints below this size (default 5)"
            )
        ),
    )
    layout.add_argument(
        "--language",
        choices=("en", "fr"),
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "language of the legend and summary (default: the map's own locale)"
            )
        ),
    )


# --- argument types -----------------------------------------------------------------------------


def _paper(text: str) -> str:
    for name in PAPER_CHOICES:
        if name.lower() == text.strip().lower():
            return name
    raise argparse.ArgumentTypeError(
        say(
            QT_TRANSLATE_NOOP("CLI", 'unknown paper "{text}" (choose one of {papers})'),
            text=text,
            papers=", ".join(PAPER_CHOICES),
        )
    )


def _size(text: str) -> tuple[float, float]:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[x×X*]\s*(\d+(?:\.\d+)?)\s*(?:mm)?\s*", text)
    if not match:
        not_a_size = QT_TRANSLATE_NOOP("CLI", '"{text}" is not a size in mm like 900x1200')
        raise argparse.ArgumentTypeError(say(not_a_size, text=text))
    width, height = float(match.group(1)), float(match.group(2))
    if width <= 0 or height <= 0:
        raise argparse.ArgumentTypeError(
            say(QT_TRANSLATE_NOOP("CLI", "both sides of the size must be more than 0 mm"))
        )
    return (width, height)


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        not_a_number = QT_TRANSLATE_NOOP("CLI", '"{text}" is not a number')
        raise argparse.ArgumentTypeError(say(not_a_number, text=text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        not_finite = QT_TRANSLATE_NOOP("CLI", '"{text}" is not a finite number')
        raise argparse.ArgumentTypeError(say(not_finite, text=text))
    return value


def _positive(text: str) -> float:
    value = _number(text)
    if value <= 0:
        positive = QT_TRANSLATE_NOOP("CLI", "{text}: must be more than 0")
        raise argparse.ArgumentTypeError(say(positive, text=text))
    return value


def _non_negative(text: str) -> float:
    value = _number(text)
    if value < 0:
        non_negative = QT_TRANSLATE_NOOP("CLI", "{text}: must be 0 or more")
        raise argparse.ArgumentTypeError(say(non_negative, text=text))
    return value


def _lane_kinds(text: str) -> frozenset[str]:
    kinds = frozenset(part.strip().replace("-", "_") for part in text.split(",") if part.strip())
    unknown = sorted(kinds - set(LANE_KINDS))
    if unknown:
        raise argparse.ArgumentTypeError(
            say(
                QT_TRANSLATE_NOOP("CLI", "unknown lane kind(s) {unknown} (known: {kinds})"),
                unknown=", ".join(unknown),
                kinds=", ".join(LANE_KINDS),
            )
        )
    return kinds


# --- running ------------------------------------------------------------------------------------


def pdf_options_from_args(args: argparse.Namespace) -> PdfOptions:
    """The PdfOptions the command line asks for; UsageError for impossible combinations."""
    mode = args.mode or "fit"
    if mode != "tile":
        if args.scale is not None:
            raise UsageError(
                say(
                    QT_TRANSLATE_NOOP("CLI", "--scale is for --tile (fit chooses the scale itself)")
                )
            )
        if args.overlap is not None:
            raise UsageError(say(QT_TRANSLATE_NOOP("CLI", "--overlap is for --tile")))
    paper = args.paper or ("custom" if args.size else "A3")
    if args.size and paper != CUSTOM:
        custom = QT_TRANSLATE_NOOP("CLI", "--size gives a custom paper: leave out --paper {paper}")
        raise UsageError(say(custom, paper=paper))
    if paper == CUSTOM and not args.size:
        raise UsageError(say(QT_TRANSLATE_NOOP("CLI", "--paper custom needs --size WxH (in mm)")))
    if paper == CUSTOM and args.landscape is not None:
        as_given = QT_TRANSLATE_NOOP(
            "CLI", "a custom --size is used as given: leave out --landscape/--portrait"
        )
        raise UsageError(say(as_given))
    values = {
        "paper": paper,
        "custom_size_mm": args.size,
        "landscape": args.landscape,  # None: automatic
        "mode": mode,
        "per_persona": args.per_persona,
        "summary": args.summary,
        "compare_personas": args.compare_personas,
        "channel_paths": args.channel_paths,
        "hidden_lane_kinds": args.hide_lanes or frozenset(),
        "compare_with": getattr(args, "compare_with", None) or "",
    }
    optional = {
        "scale": args.scale,
        "overlap_mm": args.overlap,
        "margin_mm": args.margin,
        "min_font_pt": args.min_font,
        "language": args.language,
    }
    values.update({key: value for key, value in optional.items() if value is not None})
    try:
        return PdfOptions(**values)
    except ValueError as error:
        raise UsageError(str(error)) from None


def run_export(args: argparse.Namespace) -> int:
    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in (PDF_SUFFIX, *IMAGE_SUFFIXES):
        must_end = QT_TRANSLATE_NOOP("CLI", "{file}: the output must end in .pdf, .png or .svg")
        return _usage(say(must_end, file=output))
    try:
        if suffix == PDF_SUFFIX:
            options = pdf_options_from_args(args)
        else:
            _check_image_args(args)
    except UsageError as error:
        return _usage(str(error))
    try:
        project = load_project(args.file)
    except ProjectFileError as error:
        print(error.describe(), file=sys.stderr)
        return exit_codes.INVALID_INPUT
    if suffix == PDF_SUFFIX:
        base = None
        if options.compare_with:
            try:
                base = read_comparison(options.compare_with)
            except ComparisonFileError as error:
                cannot_read = QT_TRANSLATE_NOOP("CLI", "cannot read {error}")
                print(f"{PROG}: {say(cannot_read, error=error)}", file=sys.stderr)
                return exit_codes.INVALID_INPUT
        return _write_pdf(project, output, options, base)
    return _write_image(project, output, args.scale or DEFAULT_IMAGE_SCALE)


def _check_image_args(args: argparse.Namespace) -> None:
    given = [name for name in PDF_ONLY if getattr(args, name, None) not in (None, False)]
    if given:
        flags = ", ".join("--" + name.replace("_", "-") for name in given)
        pdf_only = QT_TRANSLATE_NOOP(
            "CLI", "{options}: for PDF output only (an image shows the whole map)"
        )
        raise UsageError(say(pdf_only, options=flags))


def _write_pdf(project, output: Path, options: PdfOptions, base=None) -> int:
    try:
        write_pdf(project, output, options, base)
    except OSError as error:
        return _cannot_write(output, error)
    return exit_codes.OK


def write_pdf(project, output: Path, options: PdfOptions, base=None, prog: str = PROG) -> PdfReport:
    """Export, then say what was written (stdout) and what to check (stderr). OSError when
    the PDF cannot be written (nothing written then)."""
    report = export_pdf(project, output, options, base=base, report_language=language())
    print(say(WROTE, file=output, report=describe_report(report, options)))
    for warning in report.warnings:
        warned = say(QT_TRANSLATE_NOOP("CLI", "warning: {warning}"), warning=warning)
        print(f"{prog}: {warned}", file=sys.stderr)
    if report.proposal is not None:
        hint = QT_TRANSLATE_NOOP("CLI", "hint: rerun with --scale {scale}")
        print(f"{prog}: {say(hint, scale=f'{report.proposal.scale:g}')}", file=sys.stderr)
    return report


def describe_report(report: PdfReport, options: PdfOptions) -> str:
    if options.mode == "fit":
        how = say(QT_TRANSLATE_NOOP("CLI", "fit to page"))
    else:
        how = say(QT_TRANSLATE_NOOP("CLI", "tiled at {scale} %"), scale=f"{options.scale * 100:g}")
    described = QT_TRANSLATE_NOOP("CLI", "{pages}, {paper}, {how}, smallest text {size} pt")
    return say(
        described,
        pages=count(report.pages, PAGES),
        paper=report.paper or options.describe_paper(),
        how=how,
        size=number(report.smallest_text_pt),
    )


def _write_image(project, output: Path, scale: float) -> int:
    try:
        # Qt loads only for images, so PDF exports run where there is no GUI library.
        from journey_editor.ui.canvas.render import export_image
    except ImportError as error:
        gui = QT_TRANSLATE_NOOP("CLI", "image export needs the GUI libraries (PySide6): {error}")
        return _usage(say(gui, error=error))
    try:
        result = export_image(project, output, scale=scale)
    except ValueError as error:
        return _usage(str(error))
    except OSError as error:
        return _cannot_write(output, error)
    size = QT_TRANSLATE_NOOP("CLI", "{width} × {height}, scale {scale}")
    scale = f"{result.scale:g}"
    image = say(size, width=result.width, height=result.height, scale=scale)
    print(say(WROTE, file=output, report=image))
    for note in getattr(result, "notes", ()):
        noted = say(QT_TRANSLATE_NOOP("CLI", "note: {note}"), note=note)
        print(f"{PROG}: {noted}", file=sys.stderr)
    return exit_codes.OK


def _usage(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return exit_codes.USAGE


def _cannot_write(output: Path, error: OSError) -> int:
    reason = error.strerror or str(error)
    print(f"{PROG}: {say(CANNOT_WRITE, file=output, reason=reason)}", file=sys.stderr)
    return exit_codes.CANNOT_WRITE
