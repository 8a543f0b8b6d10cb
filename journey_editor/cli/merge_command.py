"""`journey-editor merge BASE MINE THEIRS [-o OUT] [--name NAME]`: the three-way merge of two
copies of one map, as git's merge driver calls it (`journey-editor merge %O %A %B --name %P`).

The merged map (compare/merge.py) is written over MINE (git's %A), or to OUT, atomically, with
the conflicts recorded in it; one summary line on stdout, then one line per conflict, dropped
link and renamed object. Exit 0 merged without conflict, 1 merged with conflicts (the file
written is still a valid map that opens, holding mine's value for each conflict), 2 trouble: a
map that cannot be read (the message names the file, the object and the field), a file that
cannot be written, a wrong command line; nothing is written then.

An empty BASE is a map with nothing in it: git gives one when both branches added the file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from journey_editor.cli import exit_codes
from journey_editor.cli.diff_text import KIND_WORDS, quoted, value_text
from journey_editor.cli.words import count, say
from journey_editor.compare import (
    Changed,
    DiffApplyError,
    MergeResult,
    Removed,
    diff_projects,
    merge_projects,
)
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model import Conflict, IntegrityError, Project
from journey_editor.persistence import ProjectFileError, project_from_bytes, project_to_bytes
from journey_editor.persistence.atomic import atomic_write_bytes
from journey_editor.persistence.native import os_reason, read_file_bytes

PROG = "journey-editor merge"
CONFLICTS = 1  # git's convention for a merge driver: non-zero, the file is left conflicted
TROUBLE = 2
DETAIL_LINES = 20  # conflicts, dropped links and renames listed one per line, at most

DESCRIPTION = QT_TRANSLATE_NOOP(
    "CLI",
    """Merge two copies of one map that went separate ways since BASE: MINE with the changes THEIRS
made since BASE, object by object (matched by id) and field by field. Changes to different
objects or fields merge silently; cards added on both sides to one cell are all kept, mine
first; both sides' moves are kept unless they cross. A field changed differently on both sides,
or an object deleted on one side and changed on the other, is a conflict: the merged map holds
mine's version and records the conflict (base, mine and theirs) for the editor. A link whose
card the other side deleted is dropped and reported. The merged map is written over MINE (or
OUT), atomically; it is always a valid map.""",
)
EXIT_CODES = QT_TRANSLATE_NOOP(
    "CLI",
    """exit codes: 0 merged without conflict, 1 merged with conflicts (recorded in the map written,
which opens), 2 trouble (a file cannot be read or written, a wrong command line; nothing
written).""",
)
EXAMPLES = """\
  journey-editor merge base.journey.json mine.journey.json theirs.journey.json
  journey-editor merge v1.journey.json mine.journey.json theirs.journey.json -o merged.journey.json
"""
WITH_GIT = QT_TRANSLATE_NOOP(
    "CLI",
    """as git's merge driver (README, "Working on two laptops"): in .gitattributes
`*.journey.json merge=journey-map`, then
`git config merge.journey-map.driver 'journey-editor merge %O %A %B --name %P'`.""",
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("CLI", "{file}: could not write the merged map: {reason}")
CANNOT_MERGE = QT_TRANSLATE_NOOP("CLI", "could not merge the maps: {reason}")

# Counted nouns of the summary line.
CHANGES = (
    QT_TRANSLATE_NOOP("CLI", "%n change from theirs"),
    QT_TRANSLATE_NOOP("CLI", "%n changes from theirs"),
)
CONFLICT_COUNT = (QT_TRANSLATE_NOOP("CLI", "%n conflict"), QT_TRANSLATE_NOOP("CLI", "%n conflicts"))
DROPPED_COUNT = (
    QT_TRANSLATE_NOOP("CLI", "%n link dropped"),
    QT_TRANSLATE_NOOP("CLI", "%n links dropped"),
)
RENAMED_COUNT = (
    QT_TRANSLATE_NOOP("CLI", "%n object of theirs renamed"),
    QT_TRANSLATE_NOOP("CLI", "%n objects of theirs renamed"),
)
SIDES = {
    "base": QT_TRANSLATE_NOOP("CLI", "base"),
    "mine": QT_TRANSLATE_NOOP("CLI", "mine"),
    "theirs": QT_TRANSLATE_NOOP("CLI", "theirs"),
}


def add_merge_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "merge",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "merge two copies of a map since their common version; git's merge driver "
                "(exit 1 with conflicts)",
            )
        ),
        description=say(DESCRIPTION),
        epilog=f"{say(EXIT_CODES)}\n\n{say(QT_TRANSLATE_NOOP('CLI', 'examples:'))}\n{EXAMPLES}\n"
        f"{say(WITH_GIT)}\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "base",
        metavar="BASE",
        help=say(QT_TRANSLATE_NOOP("CLI", "the version both copies started from (git: %%O)")),
    )
    parser.add_argument(
        "mine",
        metavar="MINE",
        help=say(QT_TRANSLATE_NOOP("CLI", "my copy; the merged map is written over it (git: %%A)")),
    )
    parser.add_argument(
        "theirs",
        metavar="THEIRS",
        help=say(QT_TRANSLATE_NOOP("CLI", "the other copy (git: %%B)")),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=say(QT_TRANSLATE_NOOP("CLI", "write the merged map to OUT instead of over MINE")),
    )
    parser.add_argument(
        "--name",
        metavar="NAME",
        help=say(
            QT_TRANSLATE_NOOP(
                "CLI", "the map's name in messages, instead of the three paths (git: %%P)"
            )
        ),
    )
    return parser


def run_merge(args: argparse.Namespace) -> int:
    try:
        base = _read(args.base, _label(args, "base"), may_be_empty=True)
        mine = _read(args.mine, _label(args, "mine"))
        theirs = _read(args.theirs, _label(args, "theirs"))
    except ProjectFileError as error:
        print(error.describe(), file=sys.stderr)
        return TROUBLE
    assert mine is not None and theirs is not None
    if base is None:
        base = Project(id=mine.id, channels=[])
    output = args.output or args.mine
    try:
        result = merge_projects(base, mine, theirs)
        data = project_to_bytes(result.project)
        # Never write a map that would not open (a conflict holding an object one level deeper
        # than the object itself, already at the nesting limit).
        project_from_bytes(data, output)
    except ProjectFileError as error:
        print(f"{PROG}: {say(CANNOT_MERGE, reason=error.describe())}", file=sys.stderr)
        return TROUBLE
    except (DiffApplyError, IntegrityError, ValueError, RuntimeError) as error:
        print(f"{PROG}: {say(CANNOT_MERGE, reason=error)}", file=sys.stderr)
        return TROUBLE
    try:
        atomic_write_bytes(Path(output), data, keep_backup=False)
    except OSError as error:
        print(say(CANNOT_WRITE, file=output, reason=os_reason(error)), file=sys.stderr)
        return TROUBLE
    print("\n".join(summary_lines(result, mine, theirs)))
    return CONFLICTS if result.conflicts else exit_codes.OK


def _label(args: argparse.Namespace, side: str) -> str:
    """How a side's file is named in messages: its path, or NAME (side) under git."""
    if args.name:
        return f"{args.name} ({say(SIDES[side])})"
    return getattr(args, side)


def _read(path: str, label: str, may_be_empty: bool = False) -> Project | None:
    try:
        data = read_file_bytes(path)
    except ProjectFileError as error:
        raise ProjectFileError(label, error.problems) from None
    if may_be_empty and not data.strip():
        return None
    return project_from_bytes(data, label)


# --- the summary ---------------------------------------------------------------------------------


def summary_lines(result: MergeResult, mine: Project, theirs: Project) -> list[str]:
    """`merged: 12 changes from theirs, 3 conflicts (card «Blog» effort: mine 4, theirs 2 …),
    1 link dropped`, then one line per conflict, dropped link and renamed object."""
    parts = [count(_changes_taken(result, mine), CHANGES)]
    conflicts = result.conflicts
    if conflicts:
        first = _conflict_words(conflicts[0], mine, theirs)
        more = " …" if len(conflicts) > 1 else ""
        parts.append(f"{count(len(conflicts), CONFLICT_COUNT)} ({first}{more})")
    else:
        parts.append(say(QT_TRANSLATE_NOOP("CLI", "no conflict")))
    if result.dropped:
        parts.append(count(len(result.dropped), DROPPED_COUNT))
    if result.renamed:
        parts.append(count(len(result.renamed), RENAMED_COUNT))
    lines = [say(QT_TRANSLATE_NOOP("CLI", "merged: {parts}"), parts=", ".join(parts))]
    details = [
        say(
            QT_TRANSLATE_NOOP("CLI", "  conflict: {what} ({reason})"),
            what=_conflict_words(conflict, mine, theirs, with_base=True),
            reason=conflict.reason,
        )
        for conflict in conflicts
    ]
    details += [
        say(
            QT_TRANSLATE_NOOP("CLI", "  dropped: {what}: {reason}"),
            what=_object_words(item.kind, item.name, item.id),
            reason=item.reason,
        )
        for item in result.dropped
    ]
    details += [
        say(
            QT_TRANSLATE_NOOP("CLI", "  renamed: {what}: {old} → {new}"),
            what=f"{KIND_WORDS[item.kind]} {quoted(item.name or item.old)}",
            old=item.old,
            new=item.new,
        )
        for item in result.renamed
    ]
    if len(details) > DETAIL_LINES:
        hidden = len(details) - DETAIL_LINES + 1
        details = details[: DETAIL_LINES - 1]
        details.append(say(QT_TRANSLATE_NOOP("CLI", "  … and {count} more"), count=hidden))
    return lines + details


def _changes_taken(result: MergeResult, mine: Project) -> int:
    """How many differences between mine and the merged map are theirs' changes (not the
    conflicts recorded, nor mine's links dropped, which are reported on their own)."""
    dropped = {(item.kind, item.id) for item in result.dropped}
    return sum(
        1
        for change in diff_projects(mine, result.project).changes
        if not (
            isinstance(change, Changed)
            and change.ref.kind == "project"
            and change.field == "conflicts"
        )
        and not (isinstance(change, Removed) and change.key in dropped)
    )


def _conflict_words(
    conflict: Conflict, mine: Project, theirs: Project, with_base: bool = False
) -> str:
    """`card «Blog» effort: mine 4, theirs 2`; a whole object: `card «Blog»: deleted in mine,
    changed in theirs`."""
    subject = _object_words(conflict.kind, conflict.name, conflict.id if with_base else None)
    if conflict.field is None:
        return f"{subject}: {conflict.reason}" if not with_base else subject
    sides = (("base",) if with_base else ()) + ("mine", "theirs")
    values = ", ".join(
        f"{say(SIDES[side])} {_value(getattr(conflict, side), conflict.field, mine, theirs)}"
        for side in sides
    )
    return f"{subject} {conflict.field.replace('_', ' ')}: {values}"


def _object_words(kind: str, name: str, object_id: str | None) -> str:
    """`card «Blog» [c-blog]`; a link without a label: `link [k-1]`."""
    words = [KIND_WORDS[kind]]
    if name.strip() or object_id is None:
        words.append(quoted(name))
    if object_id is not None:
        words.append(f"[{object_id}]")
    return " ".join(words)


def _value(value: Any, field: str, mine: Project, theirs: Project) -> str:
    if field == "cell" and isinstance(value, dict):
        names = _names(mine) | _names(theirs)
        parts = (value.get(key, "") for key in ("persona", "lane", "stage"))
        return " / ".join(quoted(names.get(part, part)) for part in parts)
    if field == "position" and isinstance(value, int):
        return str(value + 1)
    return value_text(value, field)


def _names(project: Project) -> dict[str, str]:
    names = {stage.id: stage.name for stage in project.stages}
    for persona in project.personas:
        names[persona.id] = persona.name
        names.update((lane.id, lane.name) for lane in persona.lanes)
    return names


__all__ = ["add_merge_parser", "run_merge", "summary_lines"]
