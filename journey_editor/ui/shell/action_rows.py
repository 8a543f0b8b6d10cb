"""The shape of a row of the action table (ui/shell/actions.py), and what rows say in words:
the lines of Help → Keyboard shortcuts and the README's Markdown table.

Kept apart from the table itself: the help dialog reads these lines without importing the
table's handlers, so the table's F1 row can open the dialog without an import circle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from journey_editor.ui.shell.editor_window import EditorWindow

Key = QKeySequence.StandardKey | str
Handler = Callable[["EditorWindow"], object]


@dataclass(frozen=True)
class Command:
    """One action. Texts are English, marked for lupdate; translated when shown."""

    name: str
    text: str | None  # menu text, context "MainMenu"; None: the action's own (a dock's toggle)
    run: Handler | None = None
    keys: tuple[Key, ...] = ()  # a standard key stands for the platform's main binding
    menu: str | None = None  # "file", "file/export" …
    canvas: bool = False  # keys act only while the map (or its inline editor) has the focus
    needs: Literal["cards", "selection", "clipboard"] | None = None  # enabled only then
    section: str | None = None  # heading in the help, context "Shortcuts"
    help: str | None = None  # its line there; rows with the same line share it
    also: str | None = None  # a gesture doing the same, shown after the keys ("double-click")
    make: Callable[[EditorWindow, str | None], QAction] | None = None  # an action Qt provides
    translate: bool = True  # False: `text` is shown as it is (digits, names of the map)
    tip: str = ""


@dataclass(frozen=True)
class Menu:
    """A menu; a submenu ("file/export") sits in its parent where its row stands."""

    path: str
    text: str  # context "MainMenu"
    button: str | None = None  # its toolbar button's text, where TOOLBAR names it
    rows: Callable[[], Iterable[Command]] | None = None  # rows made when the menus are built
    on_show: Callable[[EditorWindow, QMenu], object] | None = None  # each time it opens
    make: Callable[[EditorWindow], QMenu] | None = None  # a menu of its own kind
    tips: bool = False


@dataclass(frozen=True)
class Separator:
    menu: str


@dataclass(frozen=True)
class Gesture:
    """A help line that is no action: keys the canvas handles itself, or a mouse gesture."""

    section: str
    help: str
    keys: tuple[str, ...] = ()  # handled by the canvas (tests send them to it)
    words: str | None = None  # the gesture in words, shown after the keys
    uses: tuple[str, ...] = ()  # keys the canvas takes as part of the gesture (Space+drag)
    # Who handles the keys: "canvas" (the editor's map), or "presentation" (presentation
    # mode's windows: ui/present/controller.py `handle_key`).
    target: Literal["canvas", "presentation"] = "canvas"


@dataclass(frozen=True)
class HelpLine:
    """One line of Help → Keyboard shortcuts, as shown under its section."""

    section: str
    keys: str
    what: str


def key_sequences(keys: Iterable[Key]) -> list[QKeySequence]:
    """The shortcuts of a row, in order: a standard key gives the platform's main binding
    (none where the platform has none: Quit on Windows)."""
    found: list[QKeySequence] = []
    for key in keys:
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in found:
            found.append(sequence)
    return found


def help_lines(
    commands: Sequence[Command],
    gestures: Sequence[Gesture],
    sections: Sequence[str],
    for_readme: bool = False,
) -> list[HelpLine]:
    """Section by section, the gestures, then the commands (rows with the same help line
    share it, their keys joined). In the interface language and the platform's key names;
    in English and Qt's portable key names `for_readme`."""
    if for_readme:
        form = QKeySequence.SequenceFormat.PortableText

        def tr(text: str) -> str:
            return text
    else:
        form = QKeySequence.SequenceFormat.NativeText

        def tr(text: str) -> str:
            return QCoreApplication.translate("Shortcuts", text)

    lines = []
    for section in sections:
        for gesture in (g for g in gestures if g.section == section):
            shown = [QKeySequence(key).toString(form) for key in gesture.keys]
            shown += [tr(gesture.words)] if gesture.words else []
            lines.append(HelpLine(tr(section), " / ".join(shown), tr(gesture.help)))
        shared: dict[str, list[Command]] = {}
        for row in commands:
            if row.help and row.section == section:
                shared.setdefault(row.help, []).append(row)
        for what, rows in shared.items():
            shown = [s.toString(form) for row in rows for s in key_sequences(row.keys)]
            shown += [tr(row.also) for row in rows if row.also]
            lines.append(HelpLine(tr(section), " / ".join(shown), tr(what)))
    return lines


# --- the README ------------------------------------------------------------------------------

README_START = (
    "<!-- Generated from journey_editor/ui/shell/actions.py: edit the table there, then run\n"
    "     .venv/bin/python -m journey_editor.ui.shell.actions --write-readme README.md -->"
)
README_END = "<!-- end of the generated table -->"


def markdown_table(lines: Sequence[HelpLine]) -> str:
    rows = ["| keys | what it does |", "|---|---|"]
    rows += [f"| {_cell(line.keys)} | {_cell(line.what)} |" for line in lines]
    return "\n".join(rows) + "\n"


def with_table(readme: str, table: str) -> str:
    """`readme` with `table` between the markers."""
    start = readme.index(README_START) + len(README_START)
    end = readme.index(README_END, start)
    # Blank lines around the table: Markdown then reads the markers as blocks of their own.
    return readme[:start] + "\n\n" + table + "\n" + readme[end:]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
