"""`journey-editor diff A B`: what changed between two versions of a map, by id.

    journey-editor diff as-is.journey.json to-be.journey.json
    journey-editor diff before.journey.json after.journey.json --format json
    journey-editor diff workshop.csv workshop.journey.json --format csv
    journey-editor diff as-is.journey.json to-be.journey.json -o changes.pdf --paper A3

With -o OUT.pdf it writes a change handout instead of the text: map B with the changes marked
on it, then the change table and the summary (the paper and layout options of `export`).
Like diff(1): exit 0 when the maps are equal, 1 when they differ, 2 on trouble (a file that
cannot be read, a wrong command line). Called by git as an external diff (seven or nine
arguments: path, old file, old hash, old mode, new file, new hash, new mode [, new path,
rename note]) it compares the two versions of path and exits 0 whether they differ or not, as
git expects; a side that does not exist (/dev/null) is an empty map.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from journey_editor.cli import exit_codes
from journey_editor.cli.diff_text import (
    describe,
    diff_lines,
    header_lines,
    place_words,
    quoted,
    summary_lines,
)
from journey_editor.cli.export_command import (
    CANNOT_WRITE,
    PDF_ONLY,
    UsageError,
    add_pdf_arguments,
    pdf_options_from_args,
    write_pdf,
)
from journey_editor.cli.words import say
from journey_editor.compare import (
    Added,
    Changed,
    Difference,
    Moved,
    ProjectDiff,
    Removed,
    Reordered,
    SummaryRow,
    change_type,
    diff_projects,
)
from journey_editor.export import PdfOptions
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.project import Project
from journey_editor.persistence import ProjectFileError
from journey_editor.persistence.formats import format_for
from journey_editor.persistence.native import read_file_bytes

PROG = "journey-editor diff"
DIFFERENT = 1  # like diff(1)
TROUBLE = 2
NO_FILE = "/dev/null"  # what git passes for the missing side of an added or deleted file
GIT_ARGUMENT_COUNTS = (7, 9)
CSV_COLUMNS = (
    "change",
    "kind",
    "id",
    "name",
    "persona",
    "persona_id",
    "stage",
    "stage_id",
    "lane",
    "lane_id",
    "field",
    "old",
    "new",
    "text",
)

DESCRIPTION = QT_TRANSLATE_NOOP(
    "CLI",
    """Compare map A with map B, object by object (matched by id): stages, personas, lanes, cards,
links and channels added, removed, changed (field by field, old → new), moved (a card to another
cell or position) or reordered, grouped by persona and stage; then, per persona and per stage,
mean effort, mean emotion, pain points, exit points and channel switches before → after (Δ).
A and B may be in any format the editor reads: .journey.json, .ojf, .mmd, .csv.
With -o OUT.pdf: a change handout of B instead of the text (the changes marked on the map,
then every change and the summary), on the paper of `journey-editor export`.""",
)

EXIT_CODES = QT_TRANSLATE_NOOP(
    "CLI",
    """exit codes: 0 the maps are equal, 1 they differ, 2 trouble (a file cannot be read, a wrong
command line); called by git as an external diff, 0 for equal and different alike.""",
)

EXAMPLES = """\
  journey-editor diff as-is.journey.json to-be.journey.json
  journey-editor diff before.journey.json after.journey.json --format json > changes.json
  journey-editor diff stickies.csv workshop.journey.json --format csv > changes.csv
  git difftool -y -x 'journey-editor diff' HEAD~1 -- workshop.journey.json
  journey-editor diff as-is.journey.json to-be.journey.json -o changes.pdf --paper A3
"""
WITH_GIT = QT_TRANSLATE_NOOP(
    "CLI",
    """with git (README, "Comparing two versions"): in .gitattributes `*.journey.json diff=journey`,
then `git config diff.journey.command 'journey-editor diff'`: git diff and git log -p --ext-diff
show map changes instead of JSON lines.""",
)


def add_diff_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "diff",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "compare two maps: what was added, removed, changed, moved (exit 1 if they differ)",
            )
        ),
        description=say(DESCRIPTION),
        epilog=f"{say(EXIT_CODES)}\n\n{say(QT_TRANSLATE_NOOP('CLI', 'examples:'))}\n{EXAMPLES}\n"
        f"{say(WITH_GIT)}\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "a", metavar="A", help=say(QT_TRANSLATE_NOOP("CLI", "the map before (e.g. the as-is)"))
    )
    parser.add_argument(
        "b", metavar="B", help=say(QT_TRANSLATE_NOOP("CLI", "the map after (e.g. the to-be)"))
    )
    parser.add_argument("git_arguments", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "text for people (default), json or csv (one row per change) for tools"
            )
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "write a change handout of B: the changes marked on the map, then listed"
            )
        ),
    )
    add_pdf_arguments(parser)
    return parser


@dataclass(frozen=True)
class _Side:
    name: str  # as shown: the path given, or a/PATH and b/PATH under git
    file: str  # where the bytes are
    format_name: str  # the name whose extension says the format


def run_diff(args: argparse.Namespace) -> int:
    sides = _sides(args)
    if isinstance(sides, str):
        print(f"{PROG}: {sides}", file=sys.stderr)
        return exit_codes.USAGE
    try:
        options = _pdf_options(args)
    except UsageError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return exit_codes.USAGE
    under_git = bool(args.git_arguments)
    try:
        a, b = _read(sides[0]), _read(sides[1])
    except ProjectFileError as error:
        print(error.describe(), file=sys.stderr)
        return TROUBLE
    except ValueError as error:  # the format cannot be told from the name
        print(f"{PROG}: {error}", file=sys.stderr)
        return TROUBLE
    if a is None and b is None:
        print(f"{PROG}: {say(QT_TRANSLATE_NOOP('CLI', 'neither side is a file'))}", file=sys.stderr)
        return TROUBLE
    names = tuple(NO_FILE if side.file == NO_FILE else side.name for side in sides)
    titles = (a.title if a else None, b.title if b else None)
    a = a if a is not None else _empty_like(b)
    b = b if b is not None else _empty_like(a)
    diff = diff_projects(a, b)
    if options is not None:
        # The handout names A as the command line (or git) does.
        options = replace(options, compare_with=names[0])
        try:
            write_pdf(b, Path(args.output), options, base=a, prog=PROG)
        except OSError as error:
            reason = error.strerror or str(error)
            cannot = say(CANNOT_WRITE, file=args.output, reason=reason)
            print(f"{PROG}: {cannot}", file=sys.stderr)
            return TROUBLE
        return exit_codes.OK if diff.is_empty or under_git else DIFFERENT
    try:
        if args.format == "json":
            print(json.dumps(diff_json(diff, names, (a, b)), ensure_ascii=False, indent=2))
        elif args.format == "csv":
            write_csv(diff, sys.stdout)
        else:
            print("\n".join(diff_text(diff, names, titles)))
        sys.stdout.flush()
    except BrokenPipeError:
        # `journey-editor diff a b | head`: the reader left, the answer stands.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if diff.is_empty or under_git:
        return exit_codes.OK
    return DIFFERENT


def _pdf_options(args: argparse.Namespace) -> PdfOptions | None:
    """The handout's options with -o OUT.pdf, else None; UsageError for PDF options without
    -o, another output than a PDF, or --format with -o."""
    if not args.output:
        given = [name for name in PDF_ONLY if getattr(args, name, None) not in (None, False)]
        if given:
            flags = ", ".join("--" + name.replace("_", "-") for name in given)
            handout_only = QT_TRANSLATE_NOOP(
                "CLI", "{options}: for the PDF handout only (-o OUT.pdf)"
            )
            raise UsageError(say(handout_only, options=flags))
        return None
    if Path(args.output).suffix.lower() != ".pdf":
        a_pdf = QT_TRANSLATE_NOOP("CLI", "{file}: the handout is a PDF (-o OUT.pdf)")
        raise UsageError(say(a_pdf, file=args.output))
    if args.format is not None:
        text_only = QT_TRANSLATE_NOOP(
            "CLI", "--format is for the text output; -o writes a PDF handout"
        )
        raise UsageError(say(text_only))
    return pdf_options_from_args(args)


def _sides(args: argparse.Namespace) -> tuple[_Side, _Side] | str:
    extra = args.git_arguments
    if not extra:
        return _Side(args.a, args.a, args.a), _Side(args.b, args.b, args.b)
    count = 2 + len(extra)
    if count not in GIT_ARGUMENT_COUNTS:
        two_maps = QT_TRANSLATE_NOOP("CLI", "give two maps, A and B (got {count} arguments)")
        return say(two_maps, count=count)
    # git: path old-file old-hex old-mode new-file new-hex new-mode [new-path rename-note]
    path, old_file, new_file = args.a, args.b, extra[2]
    new_path = extra[5] if count == 9 else path
    return _Side(f"a/{path}", old_file, path), _Side(f"b/{new_path}", new_file, new_path)


def _read(side: _Side) -> Project | None:
    if side.file == NO_FILE:
        return None
    fmt = format_for(side.format_name)
    # The format's own reader, not read_any: an import must not get today's date or a title
    # made from the file name, which would show as changes between two imports.
    return fmt.read(read_file_bytes(side.file), side.name)


def _empty_like(other: Project) -> Project:
    """The missing side of a file git adds or deletes: a map with nothing in it."""
    return Project(id=other.id, channels=[])


# --- output ---------------------------------------------------------------------------------


def diff_text(
    diff: ProjectDiff, names: tuple[str, ...], titles: tuple[str | None, ...]
) -> list[str]:
    lines = list(header_lines(diff, names[0], names[1], *titles))
    if not diff.is_empty:
        lines += diff_lines(diff)
        lines += summary_lines(diff)
    return lines


def diff_json(
    diff: ProjectDiff, names: tuple[str, ...], projects: tuple[Project, Project]
) -> dict[str, Any]:
    """The whole diff: every record with all its fields (ids, names, places with 0-based
    positions, JSON values), its text line, and the summary with before, after and delta."""
    return {
        "a": {"file": names[0], "title": projects[0].title},
        "b": {"file": names[1], "title": projects[1].title},
        "equal": diff.is_empty,
        "counts": diff.counts(),
        "changes": [
            {"change": change_type(change), **asdict(change), "text": describe(change)}
            for change in diff.changes
        ],
        "summary": {
            "personas": [_row_json(row) for row in diff.summary.personas],
            "stages": [_row_json(row) for row in diff.summary.stages],
            "map": _row_json(diff.summary.whole_map),
        },
    }


def _row_json(row: SummaryRow) -> dict[str, Any]:
    data: dict[str, Any] = {**asdict(row.ref), "in_a": row.in_a, "in_b": row.in_b}
    for name in SummaryRow.FIGURES:
        figure = getattr(row, name)
        data[name] = {"before": figure.before, "after": figure.after, "delta": figure.delta}
    return data


def write_csv(diff: ProjectDiff, stream) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for change in diff.changes:
        row = _csv_row(change)
        writer.writerow([row.get(column, "") for column in CSV_COLUMNS])


def _csv_row(change: Difference) -> dict[str, Any]:
    row: dict[str, Any] = {"change": change_type(change), "text": describe(change)}
    if isinstance(change, Reordered):
        row["kind"] = change.kind
        if change.parent is not None:
            row.update(persona=change.parent.name, persona_id=change.parent.id)
        row["old"] = ", ".join(quoted(ref.name) for ref in change.old)
        row["new"] = ", ".join(quoted(ref.name) for ref in change.new)
        return row
    ref = change.ref
    row.update(kind=ref.kind, id=ref.id, name=ref.name)
    if ref.kind in ("persona", "stage"):
        row.update({ref.kind: ref.name, f"{ref.kind}_id": ref.id})
    if ref.kind == "lane":
        row.update(lane=ref.name, lane_id=ref.id)
    parent = getattr(change, "parent", None)
    if parent is not None:
        row.update(persona=parent.name, persona_id=parent.id)
    place = change.new if isinstance(change, Moved) else change.place
    if place is not None:
        row.update(
            persona=place.persona.name,
            persona_id=place.persona.id,
            stage=place.stage.name,
            stage_id=place.stage.id,
        )
        if ref.kind == "card":
            row.update(lane=place.lane.name, lane_id=place.lane.id)
    if isinstance(change, Changed):
        row.update(field=change.field, old=_cell(change.old), new=_cell(change.new))
    elif isinstance(change, Moved):
        row.update(old=place_words(change.old), new=place_words(change.new))
    elif isinstance(change, Added):
        row["new"] = _cell(change.value)
    elif isinstance(change, Removed):
        row["old"] = _cell(change.value)
    return row


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


__all__ = ["add_diff_parser", "diff_json", "diff_text", "run_diff", "write_csv"]
