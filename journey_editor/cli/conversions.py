"""`import` and `convert`: move maps between our format and other tools' formats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journey_editor.cli import exit_codes
from journey_editor.i18n import LANGUAGE_NAMES, language_of, system_language
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


def import_file(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if not output.name.endswith(FILE_SUFFIX):
        return _usage(f"{output}: the map to write must end in {FILE_SUFFIX}")
    code = _refuse_overwrite(output, args.force)
    if code:
        return code
    try:
        fmt = format_for(args.source, args.source_format)
    except ValueError as error:
        return _usage(str(error))
    if fmt.name == "native":
        return _usage(f"{args.source}: already a journey-editor map; use `convert` to copy it")
    if args.into and fmt.name != "csv":
        return _usage("--into works with CSV files only")
    try:
        into = load_project(args.into) if args.into else None
    except ProjectFileError as error:
        print(error.describe(), file=sys.stderr)
        return exit_codes.INVALID_INPUT
    if into is not None and args.language and args.language != language_of(into.locale):
        written_in = LANGUAGE_NAMES[language_of(into.locale)]
        return _usage(
            f"--into {args.into}: that map is in {written_in} (locale {into.locale}) and the "
            f"cards join it in its language; leave out --language {args.language}"
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
    print(
        f"{output}: imported «{project.title}» from {fmt.name}: {len(project.stages)} stages, "
        f"{len(project.personas)} personas, {len(project.cards)} cards, "
        f"in {LANGUAGE_NAMES[language_of(project.locale)]}"
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
        print(f"journey-editor convert: {ProjectSaveError(output, str(error))}", file=sys.stderr)
        return exit_codes.CANNOT_WRITE
    for warning in warnings:
        print(f"{output}: warning: {warning}", file=sys.stderr)
    print(f"{output}: wrote «{project.title}» as {target_format.name}")
    return exit_codes.OK


def _refuse_overwrite(output: Path, force: bool) -> int:
    if output.exists() and not force:
        print(f"journey-editor: {output}: already exists (use --force)", file=sys.stderr)
        return exit_codes.CANNOT_WRITE
    return exit_codes.OK


def _usage(message: str) -> int:
    print(f"journey-editor: {message}", file=sys.stderr)
    return exit_codes.USAGE


__all__ = ["FORMATS", "convert", "import_file"]
