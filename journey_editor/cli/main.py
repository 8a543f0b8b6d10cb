"""Entry point: parse the command line and dispatch to one command."""

from __future__ import annotations

import argparse
import difflib
import gc
import os
import sys
import textwrap
from collections.abc import Sequence
from functools import cache
from typing import NoReturn

from journey_editor import __version__
from journey_editor.cli import exit_codes
from journey_editor.cli.words import say
from journey_editor.i18n import LANGUAGES, QT_TRANSLATE_NOOP

# A command imports what it needs when it runs (issue 14: `--version`, `validate` and `info`
# start without reportlab, Qt, the converters or the comparison engine); the parser is built
# with only the sub-command that is asked for (every one for the top-level --help).

COMMANDS = (
    "validate",
    "info",
    "new",
    "to-be",
    "import",
    "convert",
    "snapshot",
    "export",
    "diff",
    "merge",
)


class _FormatNames(Sequence[str]):
    """The names of the file formats, for `choices`: the converters load only when a parser
    that offers them reads its arguments or prints its help."""

    def __init__(self, native: bool) -> None:
        self._native = native
        self._found: tuple[str, ...] | None = None
        # What argparse shows for them (the names, as FORMATS lists them: a test checks it),
        # given as the metavar so that building the parser does not list them.
        names = FORMAT_NAMES if native else FORMAT_NAMES[1:]
        self.metavar = "{" + ",".join(names) + "}"

    def _names(self) -> tuple[str, ...]:
        if self._found is None:
            from journey_editor.persistence.formats import FORMATS

            self._found = tuple(name for name in FORMATS if self._native or name != "native")
        return self._found

    def __getitem__(self, index):  # type: ignore[override]
        return self._names()[index]

    def __len__(self) -> int:
        return len(self._names())

    def __contains__(self, name: object) -> bool:
        return name in self._names()


FORMAT_NAMES = ("native", "ojf", "mermaid", "csv")
ALL_FORMATS = _FormatNames(native=True)
IMPORT_FORMATS = _FormatNames(native=False)

# argparse's own words, given in ours (see Parser).
USAGE_PREFIX = QT_TRANSLATE_NOOP("CLI", "usage: ")
SECTION_TITLE = QT_TRANSLATE_NOOP("CLI", "{title}:")  # "options:", "commands (…):"
# The lines after the first go under it, after "usage: " in the language spoken.
USAGE = QT_TRANSLATE_NOOP(
    "CLI",
    "journey-editor [FILE]                 open the editor (on FILE, or on a sample map)\n"
    "journey-editor COMMAND [OPTIONS] ...  work on map files without opening the editor\n"
    "journey-editor COMMAND --help         the options of one command",
)

DESCRIPTION = QT_TRANSLATE_NOOP(
    "CLI",
    """journey-editor is an offline desktop editor for customer-journey maps: stages of the journey
across the top, a band of swimlanes per persona, touchpoint cards on the cells, effort (1-5)
and emotion (-2..+2) scored on each card, and a PDF handout or wall poster to print.

A map is one file, NAME.journey.json (plain JSON: keep it, mail it, put it in git).

Open the editor:
  journey-editor                        a new map, started from the bundled sample
  journey-editor workshop.journey.json  open that map (a new map: journey-editor new FILE)
In the editor, F1 lists every keyboard shortcut; File > New map starts an empty map.
""",
)

EXIT_CODES = (
    ("0", QT_TRANSLATE_NOOP("CLI", "success")),
    ("1", QT_TRANSLATE_NOOP("CLI", "a file could not be read or is not a valid journey map")),
    ("2", QT_TRANSLATE_NOOP("CLI", "the command line is wrong")),
    ("3", QT_TRANSLATE_NOOP("CLI", "an output file could not be written")),
    (
        "4",
        QT_TRANSLATE_NOOP(
            "CLI",
            "the editor window cannot open: a system library is missing (the message says which)",
        ),
    ),
)
DIFF_EXIT_CODES = QT_TRANSLATE_NOOP(
    "CLI", "diff, like diff(1): 0 the maps are equal, 1 they differ, 2 trouble"
)

# (command line, what it does): the explanation in column EXAMPLE_COLUMN, on the command's line
# when it fits there, else on the next.
EXAMPLES = (
    (
        "journey-editor new workshop.journey.json",
        QT_TRANSLATE_NOOP("CLI", "an empty map: five stages, one persona"),
    ),
    (
        "journey-editor new --language fr atelier.journey.json",
        QT_TRANSLATE_NOOP("CLI", "the same in French (Découverte, Achat …)"),
    ),
    ("journey-editor new --list-templates", QT_TRANSLATE_NOOP("CLI", "the bundled sample maps")),
    ("journey-editor new --template service-lifecycle my-map.journey.json", ""),
    (
        "journey-editor to-be workshop.journey.json future.journey.json",
        QT_TRANSLATE_NOOP("CLI", "the to-be of a map: a copy that keeps every id, names its as-is"),
    ),
    ("journey-editor workshop.journey.json", QT_TRANSLATE_NOOP("CLI", "open it in the editor")),
    (
        "journey-editor validate workshop.journey.json",
        QT_TRANSLATE_NOOP("CLI", "is it a valid map? (exit 1 if not)"),
    ),
    (
        "journey-editor info workshop.journey.json",
        QT_TRANSLATE_NOOP("CLI", "counts and scores per persona and stage"),
    ),
    (
        "journey-editor import stickies.csv -o workshop.journey.json",
        QT_TRANSLATE_NOOP("CLI", "a map from a spreadsheet of cards"),
    ),
    (
        "journey-editor import day.mmd --language fr -o journee.journey.json",
        QT_TRANSLATE_NOOP("CLI", "a Mermaid journey as a French map"),
    ),
    (
        "journey-editor import stickies.csv --into workshop.journey.json -o workshop.journey.json "
        "--force",
        QT_TRANSLATE_NOOP("CLI", "add a spreadsheet's cards to a map"),
    ),
    (
        "journey-editor convert workshop.journey.json -o workshop.mmd",
        QT_TRANSLATE_NOOP("CLI", "the map as a Mermaid journey diagram"),
    ),
    (
        "journey-editor export workshop.journey.json -o workshop.pdf --paper A3 --portrait "
        "--summary",
        QT_TRANSLATE_NOOP("CLI", "a handout on one A3 page, plus metrics"),
    ),
    (
        "journey-editor export workshop.journey.json -o wall.pdf --paper A4 --tile --scale 1",
        QT_TRANSLATE_NOOP("CLI", "a wall poster on A4 sheets, at 100 %"),
    ),
    (
        "journey-editor export workshop.journey.json -o workshop.png",
        QT_TRANSLATE_NOOP("CLI", "an image of the whole map"),
    ),
    (
        "journey-editor snapshot workshop.journey.json -o workshop.png --width 1600",
        QT_TRANSLATE_NOOP("CLI", "a screenshot of the editor, headless"),
    ),
    (
        "journey-editor diff as-is.journey.json to-be.journey.json",
        QT_TRANSLATE_NOOP("CLI", "what changed, by persona and stage"),
    ),
    (
        "journey-editor merge base.journey.json mine.journey.json theirs.journey.json",
        QT_TRANSLATE_NOOP("CLI", "mine with theirs' changes since base (git's merge driver)"),
    ),
)
EXAMPLE_COLUMN = 55
HELP_WIDTH = 100  # the longest line of --help


def epilog() -> str:
    """Exit codes and examples, in the system's language."""
    lines = [say(QT_TRANSLATE_NOOP("CLI", "exit codes:"))]
    lines += [f"  {code}  {say(meaning)}" for code, meaning in EXIT_CODES]
    lines += [f"  {say(DIFF_EXIT_CODES)}", "", say(QT_TRANSLATE_NOOP("CLI", "examples:"))]
    for command, explanation in EXAMPLES:
        line = f"  {command}"
        words = textwrap.wrap(say(explanation), HELP_WIDTH - EXAMPLE_COLUMN) if explanation else []
        if words and len(line) + 2 <= EXAMPLE_COLUMN:
            line = f"{line:<{EXAMPLE_COLUMN}}{words.pop(0)}"
        lines.append(line)
        lines += [" " * EXAMPLE_COLUMN + part for part in words]
    python_m = QT_TRANSLATE_NOOP(
        "CLI", "`python -m journey_editor` works the same way as `journey-editor`."
    )
    lines += ["", say(python_m)]
    return "\n".join(lines) + "\n"


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        """argparse's "usage: " in the system's language."""
        super().add_usage(usage, actions, groups, say(USAGE_PREFIX) if prefix is None else prefix)

    def start_section(self, heading):
        """A group's title: argparse adds the colon, French wants a no-break space before it."""
        if heading:
            heading = say(SECTION_TITLE, title=heading).removesuffix(":")
        super().start_section(heading)


@cache
def _formatter(base: type[argparse.HelpFormatter]) -> type[argparse.HelpFormatter]:
    return type(f"Translated{base.__name__}", (_Formatter, base), {})


class Parser(argparse.ArgumentParser):
    """argparse speaking the system's language where it lets us: our texts (descriptions,
    help, epilog) go through `say`, and so do the words of its own that a parser can give:
    "usage:", the "positional arguments" and "options" titles, -h's help, "error:". Its error
    sentences ("the following arguments are required: …", "invalid choice: …") stay English:
    argparse takes them from gettext, which reads compiled .mo catalogues only, and we ship
    none. Sub-commands are made of this class too (add_subparsers uses the parser's class)."""

    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:
        kwargs["formatter_class"] = _formatter(
            kwargs.get("formatter_class", argparse.HelpFormatter)
        )
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = say(QT_TRANSLATE_NOOP("CLI", "positional arguments"))
        self._optionals.title = say(QT_TRANSLATE_NOOP("CLI", "options"))
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=say(QT_TRANSLATE_NOOP("CLI", "show this help message and exit")),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        error = say(QT_TRANSLATE_NOOP("CLI", "error: {message}"), message=message)
        self.exit(exit_codes.USAGE, f"{self.prog}: {error}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; `only`: the one sub-command to add of those whose
    definitions need heavy modules (None: all of them, as the top-level --help lists)."""

    def wanted(command: str) -> bool:
        return only is None or only == command

    indent = "\n" + " " * len(say(USAGE_PREFIX))
    parser = Parser(
        prog="journey-editor",
        usage=indent.join(say(USAGE).splitlines()),
        description=say(DESCRIPTION),
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    version_help = QT_TRANSLATE_NOOP("CLI", "show program's version number and exit")
    parser.add_argument(
        "--version",
        action="version",
        version=f"journey-editor {__version__}",
        help=say(version_help),
    )
    sub = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        title=say(QT_TRANSLATE_NOOP("CLI", "commands (each has its own --help)")),
        prog="journey-editor",  # not the three-line usage above: "journey-editor export …"
    )

    validate = sub.add_parser(
        "validate",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "check map files; one line per problem, exit 1 if any is invalid"
            )
        ),
    )
    validate.add_argument("files", nargs="+", metavar="FILE")

    info = sub.add_parser(
        "info",
        help=say(
            QT_TRANSLATE_NOOP("CLI", "print a map's title, counts and metrics per persona/stage")
        ),
    )
    info.add_argument("file", metavar="FILE")

    new = sub.add_parser(
        "new",
        help=say(
            QT_TRANSLATE_NOOP("CLI", "create a new map file, empty or from a bundled template")
        ),
    )
    new.add_argument(
        "output",
        nargs="?",
        metavar="OUT",
        help=say(QT_TRANSLATE_NOOP("CLI", "the .journey.json file to create")),
    )
    new.add_argument(
        "--template",
        metavar="NAME",
        help=say(QT_TRANSLATE_NOOP("CLI", "start from this bundled template")),
    )
    new.add_argument(
        "--list-templates",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("CLI", "list templates and exit")),
    )
    new.add_argument("--title", help=say(QT_TRANSLATE_NOOP("CLI", "title of the new map")))
    new.add_argument(
        "--author", default="", help=say(QT_TRANSLATE_NOOP("CLI", "author recorded in the new map"))
    )
    new.add_argument(
        "--language",
        choices=LANGUAGES,
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "words of the new map: title, stages, persona, lanes, channel labels "
                "(default: the system's language; a template keeps its own)",
            )
        ),
    )
    new.add_argument("--force", action="store_true", help=say(FORCE_HELP))
    if wanted("to-be"):
        from journey_editor.cli import to_be_command

        to_be_command.add_to_be_parser(sub, say(FORCE_HELP))

    importer = sub.add_parser(
        "import",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "make a .journey.json map from an .ojf, Mermaid (.mmd) or .csv file"
            )
        ),
    )
    importer.add_argument("source", metavar="SRC")
    importer.add_argument("-o", "--output", required=True, metavar="OUT.journey.json")
    importer.add_argument(
        "--from", dest="source_format", choices=IMPORT_FORMATS, metavar=IMPORT_FORMATS.metavar
    )
    importer.add_argument(
        "--into",
        metavar="MAP",
        help=say(
            QT_TRANSLATE_NOOP("CLI", "CSV only: add the cards to a copy of this existing map")
        ),
    )
    _language_option(importer)
    importer.add_argument("--force", action="store_true", help=say(FORCE_HELP))

    convert = sub.add_parser(
        "convert",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "write a map in another format: .ojf, .mmd, .csv or .journey.json"
            )
        ),
    )
    convert.add_argument("source", metavar="SRC")
    convert.add_argument("-o", "--output", required=True, metavar="OUT")
    convert.add_argument(
        "--from", dest="source_format", choices=ALL_FORMATS, metavar=ALL_FORMATS.metavar
    )
    convert.add_argument(
        "--to", dest="target_format", choices=ALL_FORMATS, metavar=ALL_FORMATS.metavar
    )
    convert.add_argument(
        "--persona",
        help=say(
            QT_TRANSLATE_NOOP("CLI", "OJF holds one persona: its name or id (default: first)")
        ),
    )
    convert.add_argument(
        "--delimiter",
        default=",",
        choices=[",", ";", "tab"],
        help=say(QT_TRANSLATE_NOOP("CLI", "CSV separator (default ,)")),
    )
    _language_option(convert)
    convert.add_argument("--force", action="store_true", help=say(FORCE_HELP))

    snap = sub.add_parser(
        "snapshot",
        help=say(QT_TRANSLATE_NOOP("CLI", "render the editor window with FILE to a PNG, headless")),
    )
    snap.add_argument("file", metavar="FILE")
    snap.add_argument("-o", "--output", required=True, metavar="OUT.png")
    snap.add_argument(
        "--width",
        type=int,
        default=1600,
        help=say(QT_TRANSLATE_NOOP("CLI", "window width in pixels")),
    )
    snap.add_argument(
        "--height",
        type=int,
        help=say(QT_TRANSLATE_NOOP("CLI", "window height (default: 0.62 × width)")),
    )
    snap.add_argument(
        "--fit",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("CLI", "fit the whole map in the window")),
    )
    snap.add_argument(
        "--channel-path",
        nargs="?",
        const="1",
        metavar="PERSONA",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "render the View → Channel path window instead, for the persona named PERSONA "
                "or numbered PERSONA (default: the first)",
            )
        ),
    )
    snap.add_argument(
        "--present",
        action="store_true",
        help=say(
            QT_TRANSLATE_NOOP("CLI", "render presentation mode (F5): the map as the room sees it")
        ),
    )
    snap.add_argument(
        "--stage",
        type=int,
        default=1,
        metavar="N",
        help=say(
            QT_TRANSLATE_NOOP("CLI", "with --present: the stage in focus, from 1 (default 1)")
        ),
    )
    snap.add_argument(
        "--size",
        type=_size,
        metavar="WxH",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "the screen (--present) or window size in pixels, e.g. 1920x1080"
            )
        ),
    )
    if wanted("export"):
        from journey_editor.cli import export_command

        export_command.add_export_parser(sub)
    if wanted("diff"):
        from journey_editor.cli import diff_command

        diff_command.add_diff_parser(sub)
    if wanted("merge"):
        from journey_editor.cli.merge_command import add_merge_parser

        add_merge_parser(sub)
    return parser


FORCE_HELP = QT_TRANSLATE_NOOP("CLI", "overwrite OUT if it exists")


def _size(text: str) -> tuple[int, int]:
    """ "1920x1080" → (1920, 1080): the --size of a snapshot."""
    width, separator, height = text.lower().replace("×", "x").partition("x")
    if separator and width.strip().isdigit() and height.strip().isdigit():
        size = int(width), int(height)
        if 200 <= size[0] <= 8192 and 200 <= size[1] <= 8192:
            return size
    raise argparse.ArgumentTypeError(
        say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "{value!r} is no size: give WIDTHxHEIGHT in pixels, 200 to 8192, e.g. 1920x1080",
            ),
            value=text,
        )
    )


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "language of an imported map: its locale, channel labels and the names the "
                "import makes up (default: the source's own, e.g. French CSV column names, else "
                "the system's; --into: that map's)",
            )
        ),
    )


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and (args_list[0] in COMMANDS or args_list[0].startswith("-")):
            only = args_list[0] if args_list[0] in COMMANDS else None
            if args_list[0] == "--version":
                only = ""  # no sub-command's definition is needed
            args = build_parser(only).parse_args(args_list)
            return _dispatch(args)
        if len(args_list) > 1:
            at_most_one = QT_TRANSLATE_NOOP(
                "CLI", "give at most one FILE to open (see journey-editor --help)"
            )
            print(f"journey-editor: {say(at_most_one)}", file=sys.stderr)
            return exit_codes.USAGE
        if args_list and _looks_like_a_mistyped_command(args_list[0]):
            print(_not_a_command(args_list[0]), file=sys.stderr)
            return exit_codes.USAGE
        # The editor's start-up makes the whole map, its layout and its scene at once: the
        # collector would scan them again and again for garbage there is none of (a third of
        # a 50,000-card load). The window switches it back on after its first frame
        # (ui/shell/app.py); here it comes back whatever happens.
        gc.disable()
        try:
            from journey_editor.cli import commands

            return commands.open_file(args_list[0] if args_list else None)
        finally:
            gc.enable()
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
    hint = QT_TRANSLATE_NOOP("CLI", "Did you mean `journey-editor {command}`?")
    message = QT_TRANSLATE_NOOP(
        "CLI",
        "{word} is neither a map file nor a command.{hint} Commands: {commands} "
        "(see journey-editor --help)",
    )
    return "journey-editor: " + say(
        message,
        word=repr(word),
        hint=" " + say(hint, command=close[0]) if close else "",
        commands=", ".join(COMMANDS),
    )


def _dispatch(args: argparse.Namespace) -> int:
    from journey_editor.cli import commands

    if args.command == "validate":
        return commands.validate(args.files)
    if args.command == "info":
        return commands.info(args.file)
    if args.command == "new":
        return commands.new(args)
    if args.command == "to-be":
        from journey_editor.cli import to_be_command

        return to_be_command.run_to_be(args)
    if args.command in ("import", "convert"):
        from journey_editor.cli import conversions

        run = conversions.import_file if args.command == "import" else conversions.convert
        return run(args)
    if args.command == "snapshot":
        return commands.snapshot(args)
    if args.command == "export":
        from journey_editor.cli import export_command

        return export_command.run_export(args)
    if args.command == "diff":
        from journey_editor.cli import diff_command

        return diff_command.run_diff(args)
    if args.command == "merge":
        from journey_editor.cli.merge_command import run_merge

        return run_merge(args)
    return commands.open_file(None)
