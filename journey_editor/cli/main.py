"""Entry point: parse the command line and dispatch to one command."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Sequence

from journey_editor import __version__
from journey_editor.cli import commands, conversions, diff_command, exit_codes, export_command
from journey_editor.i18n import LANGUAGES
from journey_editor.persistence.formats import FORMATS

COMMANDS = ("validate", "info", "new", "import", "convert", "snapshot", "export", "diff")

ALL_FORMATS = list(FORMATS)
IMPORT_FORMATS = [name for name in FORMATS if name != "native"]

USAGE = """\
journey-editor [FILE]                 open the editor (on FILE, or on a sample map)
       journey-editor COMMAND [OPTIONS] ...  work on map files without opening the editor
       journey-editor COMMAND --help         the options of one command"""

DESCRIPTION = """\
journey-editor is an offline desktop editor for customer-journey maps: stages of the journey
across the top, a band of swimlanes per persona, touchpoint cards on the cells, effort (1-5)
and emotion (-2..+2) scored on each card, and a PDF handout or wall poster to print.

A map is one file, NAME.journey.json (plain JSON: keep it, mail it, put it in git).

Open the editor:
  journey-editor                        a new map, started from the bundled sample
  journey-editor workshop.journey.json  open that map (a new map: journey-editor new FILE)
In the editor, F1 lists every keyboard shortcut; File > New map starts an empty map.
"""

EPILOG = """\
exit codes:
  0  success
  1  a file could not be read or is not a valid journey map
  2  the command line is wrong
  3  an output file could not be written
  4  the editor window cannot open: a system library is missing (the message says which)
  diff, like diff(1): 0 the maps are equal, 1 they differ, 2 trouble

examples:
  journey-editor new workshop.journey.json             an empty map: five stages, one persona
  journey-editor new --language fr atelier.journey.json
                                                       the same in French (Découverte, Achat …)
  journey-editor new --list-templates                  the bundled sample maps
  journey-editor new --template service-lifecycle my-map.journey.json
  journey-editor workshop.journey.json                 open it in the editor
  journey-editor validate workshop.journey.json        is it a valid map? (exit 1 if not)
  journey-editor info workshop.journey.json            counts and scores per persona and stage
  journey-editor import stickies.csv -o workshop.journey.json
                                                       a map from a spreadsheet of cards
  journey-editor import day.mmd --language fr -o journee.journey.json
                                                       a Mermaid journey as a French map
  journey-editor import stickies.csv --into workshop.journey.json -o workshop.journey.json --force
                                                       add a spreadsheet's cards to a map
  journey-editor convert workshop.journey.json -o workshop.mmd
                                                       the map as a Mermaid journey diagram
  journey-editor export workshop.journey.json -o workshop.pdf --paper A3 --portrait --summary
                                                       a handout on one A3 page, plus metrics
  journey-editor export workshop.journey.json -o wall.pdf --paper A4 --tile --scale 1
                                                       a wall poster on A4 sheets, at 100 %
  journey-editor export workshop.journey.json -o workshop.png
                                                       an image of the whole map
  journey-editor snapshot workshop.journey.json -o workshop.png --width 1600
                                                       a screenshot of the editor, headless
  journey-editor diff as-is.journey.json to-be.journey.json
                                                       what changed, by persona and stage

`python -m journey_editor` works the same way as `journey-editor`.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey-editor",
        usage=USAGE,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"journey-editor {__version__}")
    sub = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        title="commands (each has its own --help)",
        prog="journey-editor",  # not the three-line usage above: "journey-editor export …"
    )

    validate = sub.add_parser(
        "validate", help="check map files; one line per problem, exit 1 if any is invalid"
    )
    validate.add_argument("files", nargs="+", metavar="FILE")

    info = sub.add_parser("info", help="print a map's title, counts and metrics per persona/stage")
    info.add_argument("file", metavar="FILE")

    new = sub.add_parser("new", help="create a new map file, empty or from a bundled template")
    new.add_argument("output", nargs="?", metavar="OUT", help="the .journey.json file to create")
    new.add_argument("--template", metavar="NAME", help="start from this bundled template")
    new.add_argument("--list-templates", action="store_true", help="list templates and exit")
    new.add_argument("--title", help="title of the new map")
    new.add_argument("--author", default="", help="author recorded in the new map")
    new.add_argument(
        "--language",
        choices=LANGUAGES,
        help="words of the new map: title, stages, persona, lanes, channel labels "
        "(default: the system's language; a template keeps its own)",
    )
    new.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    importer = sub.add_parser(
        "import", help="make a .journey.json map from an .ojf, Mermaid (.mmd) or .csv file"
    )
    importer.add_argument("source", metavar="SRC")
    importer.add_argument("-o", "--output", required=True, metavar="OUT.journey.json")
    importer.add_argument("--from", dest="source_format", choices=IMPORT_FORMATS)
    importer.add_argument(
        "--into", metavar="MAP", help="CSV only: add the cards to a copy of this existing map"
    )
    _language_option(importer)
    importer.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    convert = sub.add_parser(
        "convert", help="write a map in another format: .ojf, .mmd, .csv or .journey.json"
    )
    convert.add_argument("source", metavar="SRC")
    convert.add_argument("-o", "--output", required=True, metavar="OUT")
    convert.add_argument("--from", dest="source_format", choices=ALL_FORMATS)
    convert.add_argument("--to", dest="target_format", choices=ALL_FORMATS)
    convert.add_argument("--persona", help="OJF holds one persona: its name or id (default: first)")
    convert.add_argument(
        "--delimiter", default=",", choices=[",", ";", "tab"], help="CSV separator (default ,)"
    )
    _language_option(convert)
    convert.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    snap = sub.add_parser("snapshot", help="render the editor window with FILE to a PNG, headless")
    snap.add_argument("file", metavar="FILE")
    snap.add_argument("-o", "--output", required=True, metavar="OUT.png")
    snap.add_argument("--width", type=int, default=1600, help="window width in pixels")
    snap.add_argument("--height", type=int, help="window height (default: 0.62 × width)")
    snap.add_argument("--fit", action="store_true", help="fit the whole map in the window")
    export_command.add_export_parser(sub)
    diff_command.add_diff_parser(sub)
    return parser


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="language of an imported map: its locale, channel labels and the names the "
        "import makes up (default: the source's own, e.g. French CSV column names, else the "
        "system's; --into: that map's)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and (args_list[0] in COMMANDS or args_list[0].startswith("-")):
            args = build_parser().parse_args(args_list)
            return _dispatch(args)
        if len(args_list) > 1:
            print(
                "journey-editor: give at most one FILE to open (see journey-editor --help)",
                file=sys.stderr,
            )
            return exit_codes.USAGE
        if args_list and _looks_like_a_mistyped_command(args_list[0]):
            print(_not_a_command(args_list[0]), file=sys.stderr)
            return exit_codes.USAGE
        return commands.open_file(args_list[0] if args_list else None)
    except KeyboardInterrupt:
        return exit_codes.INTERRUPTED
    except BrokenPipeError:
        # `journey-editor info map | head`: the reader left; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return exit_codes.OK


def _looks_like_a_mistyped_command(word: str) -> bool:
    """`journey-editor exprot …`: a bare word that is no file is a command typed wrong."""
    return not os.path.exists(word) and not any(c in word for c in "./\\") and word.isalnum()


def _not_a_command(word: str) -> str:
    close = difflib.get_close_matches(word, COMMANDS, n=1)
    hint = f" Did you mean `journey-editor {close[0]}`?" if close else ""
    return (
        f"journey-editor: {word!r} is neither a map file nor a command.{hint}"
        f" Commands: {', '.join(COMMANDS)} (see journey-editor --help)"
    )


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "validate":
        return commands.validate(args.files)
    if args.command == "info":
        return commands.info(args.file)
    if args.command == "new":
        return commands.new(args)
    if args.command == "import":
        return conversions.import_file(args)
    if args.command == "convert":
        return conversions.convert(args)
    if args.command == "snapshot":
        return commands.snapshot(args)
    if args.command == "export":
        return export_command.run_export(args)
    if args.command == "diff":
        return diff_command.run_diff(args)
    return commands.open_file(None)
