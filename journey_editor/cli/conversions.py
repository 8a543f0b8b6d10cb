"""`import` and `convert`: move maps between our format and other tools' formats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journey_editor.cli import exit_codes
from journey_editor.cli.words import (
    ALREADY_EXISTS,
    CARDS,
    PERSONAS,
    STAGES,
    count,
    language_name,
    say,
)
from journey_editor.i18n import QT_TRANSLATE_NOOP, language_of, system_language
from journey_editor.model.problems import IntegrityError
from journey_editor.model.project import Project
from journey_editor.persistence import (
    FILE_SUFFIX,
    ProjectFileError,
    ProjectSaveError,
    load_project,
    save_project,
)
from journey_editor.persistence.atomic import atomic_write_bytes
from journey_editor.persistence.formats import (
    FORMATS,
    ExportOptions,
    Format,
    format_for,
    read_any,
)
from journey_editor.persistence.native import os_reason

WARNING = QT_TRANSLATE_NOOP("CLI", "{file}: warning: {warning}")


def import_file(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if not output.name.endswith(FILE_SUFFIX):
        must_end = QT_TRANSLATE_NOOP("CLI", "{file}: the map to write must end in {suffix}")
        return _usage(say(must_end, file=output, suffix=FILE_SUFFIX))
    code = _refuse_overwrite(output, args.force)
    if code:
        return code
    try:
        fmt = format_for(args.source, args.source_format)
    except ValueError as error:
        return _usage(str(error))
    if fmt.name == "native":
        native = QT_TRANSLATE_NOOP(
            "CLI", "{file}: already a journey-editor map; use `convert` to copy it"
        )
        return _usage(say(native, file=args.source))
    if args.into and fmt.name != "csv":
        return _usage(say(QT_TRANSLATE_NOOP("CLI", "--into works with CSV files only")))
    try:
        into = load_project(args.into) if args.into else None
    except ProjectFileError as error:
        print(error.describe(), file=sys.stderr)
        return exit_codes.INVALID_INPUT
    if into is not None and args.language and args.language != language_of(into.locale):
        message = QT_TRANSLATE_NOOP(
            "CLI",
            "--into {map}: that map is in {language} (locale {locale}) and the cards join it "
            "in its language; leave out --language {code}",
        )
        return _usage(
            say(
                message,
                map=args.into,
                language=language_name(into.locale),
                locale=into.locale,
                code=args.language,
            )
        )
    try:
        project = _read(args.source, fmt, args.language, into)
    except ProjectFileError as error:
        print(error.describe(), file=sys.stderr)
        return exit_codes.INVALID_INPUT
    try:
        save_project(project, output)
    except ProjectSaveError as error:
        print(f"journey-editor import: {error}", file=sys.stderr)
        return exit_codes.CANNOT_WRITE
    imported = QT_TRANSLATE_NOOP(
        "CLI",
        "{file}: imported «{title}» from {format}: {stages}, {personas}, {cards}, in {language}",
    )
    print(
        say(
            imported,
            file=output,
            title=project.title,
            format=fmt.name,
            stages=count(len(project.stages), STAGES),
            personas=count(len(project.personas), PERSONAS),
            cards=count(len(project.cards), CARDS),
            language=language_name(project.locale),
        )
    )
    return exit_codes.OK


def _read(source: str, fmt: Format, language: str | None, into: Project | None = None) -> Project:
    """The map in SRC. The language of an import: --language, else the source's own (an .ojf
    locale, French CSV column names), else the system's (i18n.system_language, the one helper
    `new` uses too); a CSV added --into a map keeps that map's."""
    return read_any(source, fmt, into, language=language, default_language=system_language())


def convert(args: argparse.Namespace) -> int:
    output = Path(args.output)
    try:
        source_format = format_for(args.source, args.source_format)
        target_format = format_for(output, args.target_format)
    except ValueError as error:
        return _usage(str(error))
    code = _refuse_overwrite(output, args.force)
    if code:
        return code
    try:
        project = _read(args.source, source_format, args.language)
    except ProjectFileError as error:
        print(error.describe(), file=sys.stderr)
        return exit_codes.INVALID_INPUT
    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    options = ExportOptions(persona=args.persona, delimiter=delimiter)
    try:
        data, warnings = target_format.write(project, options)
    except (ValueError, IntegrityError) as error:
        print(f"journey-editor convert: {output}: {error}", file=sys.stderr)
        return exit_codes.INVALID_INPUT
    try:
        atomic_write_bytes(output, data, keep_backup=output.exists())
    except OSError as error:
        # str(error) would print "[Errno 13] Permission denied: '/…/.map.ojf.tmp-1234'": the
        # user's file and the reason in words instead.
        failure = ProjectSaveError(output, os_reason(error))
        print(f"journey-editor convert: {failure}", file=sys.stderr)
        return exit_codes.CANNOT_WRITE
    for warning in warnings:
        print(say(WARNING, file=output, warning=warning), file=sys.stderr)
    wrote = QT_TRANSLATE_NOOP("CLI", "{file}: wrote «{title}» as {format}")
    print(say(wrote, file=output, title=project.title, format=target_format.name))
    return exit_codes.OK


def _refuse_overwrite(output: Path, force: bool) -> int:
    if output.exists() and not force:
        print("journey-editor: " + say(ALREADY_EXISTS, file=output), file=sys.stderr)
        return exit_codes.CANNOT_WRITE
    return exit_codes.OK


def _usage(message: str) -> int:
    print(f"journey-editor: {message}", file=sys.stderr)
    return exit_codes.USAGE


__all__ = ["FORMATS", "convert", "import_file"]
