"""`journey-editor to-be AS_IS [OUT]`: File → Save as to-be… without opening a window.

    journey-editor to-be shop.journey.json                      → shop-to-be.journey.json
    journey-editor to-be shop.journey.json future.journey.json --title "Shop, 2026"

OUT is a copy of the as-is map that keeps every id and records the as-is's file name, title
and the SHA-256 of its bytes (persistence/to_be.py). Without OUT it goes beside the as-is,
named after it with the map's word for to-be (shop-to-be, boutique-cible).
Exit codes: 0 written, 1 the as-is cannot be read, 2 the command line is wrong, 3 OUT exists
(without --force) or cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journey_editor.cli import exit_codes
from journey_editor.cli.words import ALREADY_EXISTS, say
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.persistence import (
    FILE_SUFFIX,
    ProjectFileError,
    ProjectSaveError,
    save_project,
)
from journey_editor.persistence.file_names import suggested_stem
from journey_editor.persistence.to_be import to_be_of_file, to_be_title

PROG = "journey-editor to-be"


def add_to_be_parser(subparsers, force_help: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "to-be",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "make the to-be of a map: a copy keeping every id, naming its as-is file"
            )
        ),
        description=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Write OUT, the to-be of the map AS_IS: a copy of it that keeps every id and "
                "records AS_IS's file name, title and the SHA-256 hash of its bytes, as File > "
                "Save as to-be… does in the editor. Its title is marked as the to-be, in the "
                "map's language.",
            )
        ),
    )
    parser.add_argument(
        "as_is",
        metavar="AS_IS",
        help=say(QT_TRANSLATE_NOOP("CLI", "the .journey.json map it is based on")),
    )
    parser.add_argument(
        "output",
        nargs="?",
        metavar="OUT",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "the .journey.json file to create (default: beside AS_IS, "
                "NAME-to-be.journey.json, in the map's language)",
            )
        ),
    )
    parser.add_argument(
        "--title",
        help=say(QT_TRANSLATE_NOOP("CLI", "title of the to-be (default: AS_IS's, marked to-be)")),
    )
    parser.add_argument("--force", action="store_true", help=force_help)
    return parser


def run_to_be(args: argparse.Namespace) -> int:
    as_is = Path(args.as_is)
    try:
        project = to_be_of_file(as_is)
    except ProjectFileError as error:
        print(error.describe(), file=sys.stderr)
        return exit_codes.INVALID_INPUT
    if args.output:
        output = Path(args.output)
    else:
        stem = as_is.name.removesuffix(FILE_SUFFIX)
        output = as_is.parent / (suggested_stem(to_be_title(stem, project.locale)) + FILE_SUFFIX)
    if not output.name.endswith(FILE_SUFFIX):
        must_end = QT_TRANSLATE_NOOP("CLI", "{file}: the name must end in {suffix}")
        print(f"{PROG}: " + say(must_end, file=output, suffix=FILE_SUFFIX), file=sys.stderr)
        return exit_codes.USAGE
    if output.resolve() == as_is.resolve():
        over = QT_TRANSLATE_NOOP("CLI", "{file}: the to-be cannot replace its as-is")
        print(f"{PROG}: " + say(over, file=output), file=sys.stderr)
        return exit_codes.USAGE
    if output.exists() and not args.force:
        print(f"{PROG}: " + say(ALREADY_EXISTS, file=output), file=sys.stderr)
        return exit_codes.CANNOT_WRITE
    if args.title:
        project.title = args.title
    try:
        save_project(project, output, keep_backup=False)
    except ProjectSaveError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return exit_codes.CANNOT_WRITE
    created = QT_TRANSLATE_NOOP("CLI", "{file}: created «{title}», the to-be of {as_is}")
    print(say(created, file=output, title=project.title, as_is=as_is.name))
    return exit_codes.OK
