"""The commands behind the CLI verbs. Each prints for a person and returns an exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journey_editor.cli import exit_codes
from journey_editor.cli.summary import format_summary
from journey_editor.cli.words import ALREADY_EXISTS, CARDS, PERSONAS, count, language_name, say
from journey_editor.i18n import QT_TRANSLATE_NOOP, language_of, system_language
from journey_editor.persistence import (
    FILE_SUFFIX,
    ProjectFileError,
    ProjectSaveError,
    load_project,
    save_project,
)
from journey_editor.system_libraries import missing_libraries
from journey_editor.templates import (
    DEFAULT_SAMPLE,
    find_template,
    list_templates,
    project_from_template,
    starter_project,
)


def validate(files: list[str]) -> int:
    worst = exit_codes.OK
    for name in files:
        try:
            project = load_project(name)
        except ProjectFileError as error:
            print(error.describe(), file=sys.stderr)
            worst = exit_codes.INVALID_INPUT
            continue
        print(
            say(
                QT_TRANSLATE_NOOP("CLI", "{file}: valid ({cards}, {personas})"),
                file=name,
                cards=count(len(project.cards), CARDS),
                personas=count(len(project.personas), PERSONAS),
            )
        )
    return worst


def info(file: str) -> int:
    try:
        project = load_project(file)
    except ProjectFileError as error:
        print(error.describe(), file=sys.stderr)
        return exit_codes.INVALID_INPUT
    print(format_summary(project, Path(file)))
    return exit_codes.OK


def new(args: argparse.Namespace) -> int:
    if args.list_templates:
        for template in list_templates():
            print(f"{template.name:32} {template.load().title}")
        return exit_codes.OK
    if not args.output:
        print(
            "journey-editor new: " + say(QT_TRANSLATE_NOOP("CLI", "give the file to create (OUT)")),
            file=sys.stderr,
        )
        return exit_codes.USAGE
    output = Path(args.output)
    if not output.name.endswith(FILE_SUFFIX):
        must_end = QT_TRANSLATE_NOOP("CLI", "{file}: the name must end in {suffix}")
        print(
            "journey-editor new: " + say(must_end, file=output, suffix=FILE_SUFFIX),
            file=sys.stderr,
        )
        return exit_codes.USAGE
    if output.exists() and not args.force:
        print("journey-editor new: " + say(ALREADY_EXISTS, file=output), file=sys.stderr)
        return exit_codes.CANNOT_WRITE
    if args.template:
        try:
            find_template(args.template)
        except KeyError:
            unknown = QT_TRANSLATE_NOOP("CLI", 'no template named "{name}" (available: {known})')
            known = ", ".join(template.name for template in list_templates())
            print(
                "journey-editor new: " + say(unknown, name=args.template, known=known),
                file=sys.stderr,
            )
            return exit_codes.USAGE
        project = project_from_template(args.template, author=args.author)
        written_in = language_of(project.locale)
        if args.language and args.language != written_in:
            message = QT_TRANSLATE_NOOP(
                "CLI",
                "the template {template} is written in {language} and keeps its words; leave "
                "out --language {code}, or start an empty map in {other}",
            )
            print(
                "journey-editor new: "
                + say(
                    message,
                    template=args.template,
                    language=language_name(written_in),
                    code=args.language,
                    other=language_name(args.language),
                ),
                file=sys.stderr,
            )
            return exit_codes.USAGE
    else:
        # --language, else the system's: the one helper `import` uses too.
        project = starter_project(args.author, args.language or system_language())
    if args.title:
        project.title = args.title
    try:
        save_project(project, output, keep_backup=False)
    except ProjectSaveError as error:
        print(f"journey-editor new: {error}", file=sys.stderr)
        return exit_codes.CANNOT_WRITE
    created = QT_TRANSLATE_NOOP("CLI", "{file}: created «{title}» in {language}")
    print(say(created, file=output, title=project.title, language=language_name(project.locale)))
    return exit_codes.OK


def open_file(file: str | None) -> int:
    """Open the editor on FILE, or on a new map made from the bundled sample."""
    if file is None:
        project, path = project_from_template(DEFAULT_SAMPLE), None
    else:
        try:
            project, path = load_project(file), Path(file)
        except ProjectFileError as error:
            print(error.describe(), file=sys.stderr)
            return exit_codes.INVALID_INPUT
    # Before Qt loads its display plugin: a missing system library gets the install command,
    # not Qt's abort naming a library that is installed.
    missing = missing_libraries()
    if missing is not None:
        print(missing.message(), file=sys.stderr)
        return exit_codes.MISSING_LIBRARY
    from journey_editor.ui.shell.app import run_editor  # Qt loads only when a window is wanted

    return run_editor(project, path)


def _persona_named(project, text: str) -> str | None:
    """The persona a command line names: by its number (1 = the first) or its name, ignoring
    case and spaces around."""
    if text.strip().isdigit():
        index = int(text) - 1
        return project.personas[index].id if 0 <= index < len(project.personas) else None
    wanted = text.strip().casefold()
    return next((p.id for p in project.personas if p.name.strip().casefold() == wanted), None)


def snapshot(args: argparse.Namespace) -> int:
    try:
        project = load_project(args.file)
    except ProjectFileError as error:
        print(error.describe(), file=sys.stderr)
        return exit_codes.INVALID_INPUT
    persona_id = None
    if getattr(args, "channel_path", None) is not None:
        persona_id = _persona_named(project, args.channel_path)
        if persona_id is None:
            names = ", ".join(f"«{p.name}»" for p in project.personas) or "—"
            text = QT_TRANSLATE_NOOP("CLI", "{file}: no persona «{name}»; the personas: {names}")
            print(say(text, file=args.file, name=args.channel_path, names=names), file=sys.stderr)
            return exit_codes.USAGE
    from journey_editor.ui.shell.snapshot import render_presentation, render_snapshot

    width, height = args.size if args.size else (args.width, args.height)
    if args.present and not 1 <= args.stage <= len(project.stages):
        message = QT_TRANSLATE_NOOP(
            "CLI", "{file}: --stage {number}: the map has stages 1 to {count}"
        )
        if not project.stages:
            message = QT_TRANSLATE_NOOP("CLI", "{file}: the map has no stage to present")
        print(
            say(message, file=args.file, number=args.stage, count=len(project.stages)),
            file=sys.stderr,
        )
        return exit_codes.INVALID_INPUT
    try:
        if args.present:
            size = args.size or (1920, 1080)
            render_presentation(project, Path(args.output), size, args.stage, Path(args.file))
        else:
            render_snapshot(
                project,
                Path(args.output),
                width,
                height,
                args.fit,
                Path(args.file),
                channel_path=persona_id,
            )
    except OSError as error:
        print(f"journey-editor snapshot: {error}", file=sys.stderr)
        return exit_codes.CANNOT_WRITE
    print(
        say(
            QT_TRANSLATE_NOOP("CLI", "{file}: snapshot of «{title}»"),
            file=args.output,
            title=project.title,
        )
    )
    return exit_codes.OK
