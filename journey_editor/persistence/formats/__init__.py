"""Every file format a map can be read from or written to, chosen by name or file extension.

This registry imports one subpackage per other tool's format: `ojf`, `mermaid` and `csv_cards`
(named for what it holds, a sheet of cards, and so that no folder here reads as the standard
library's `csv`, which `csv_cards.reader` uses). Imports run one way, registry → format's
`__init__` → its modules: no module of a format imports this registry, its format's `__init__`
or another format (tests/persistence/formats/test_imports.py, and a contract in pyproject).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from journey_editor.model.project import Project
from journey_editor.persistence.formats.csv_cards import export_csv, import_csv
from journey_editor.persistence.formats.mermaid import export_mermaid, import_mermaid
from journey_editor.persistence.formats.ojf import export_ojf, import_ojf
from journey_editor.persistence.native import (
    FILE_SUFFIX,
    project_from_bytes,
    project_to_bytes,
    read_file_bytes,
)


@dataclass(frozen=True)
class ExportOptions:
    persona: str | None = None  # OJF holds one persona: its id or name
    delimiter: str = ","  # CSV: ";" for French-locale Excel


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]
    # read(data, source, language=…, default_language=…): see read_any
    read: Callable[..., Project]
    write: Callable[[Project, ExportOptions], tuple[bytes, list[str]]]


def _read_native(
    data: bytes, source: str, language: str | None = None, default_language: str | None = None
) -> Project:
    return project_from_bytes(data, source)  # a map has its own language


def _write_native(project: Project, options: ExportOptions) -> tuple[bytes, list[str]]:
    return project_to_bytes(project), []


def _write_ojf(project: Project, options: ExportOptions) -> tuple[bytes, list[str]]:
    if not project.personas:
        raise ValueError("the map has no persona; an .ojf file holds one persona's journey")
    persona = _find_persona(project, options.persona)
    warnings = []
    others = [p.name for p in project.personas if p.id != persona.id]
    if others:
        warnings.append(
            f"an .ojf file holds one persona: wrote «{persona.name}», left out "
            + ", ".join(f"«{name}»" for name in others)
            + " (choose with --persona)"
        )
    if project.links:
        warnings.append(f"{len(project.links)} link(s) left out: .ojf has no links")
    return export_ojf(project, persona.id), warnings


def _write_mermaid(project: Project, options: ExportOptions) -> tuple[bytes, list[str]]:
    text, warnings = export_mermaid(project)
    return text.encode("utf-8"), warnings


def _write_csv(project: Project, options: ExportOptions) -> tuple[bytes, list[str]]:
    warnings = []
    folded = sum(1 for link in project.links if len(link.label.splitlines()) > 1)
    if folded:
        warnings.append(
            f"{folded} link label(s) written on one line: a sheet holds one line per link"
        )
    return export_csv(project, delimiter=options.delimiter), warnings


FORMATS: dict[str, Format] = {
    "native": Format("native", (FILE_SUFFIX,), _read_native, _write_native),
    "ojf": Format("ojf", (".ojf",), import_ojf, _write_ojf),
    "mermaid": Format("mermaid", (".mmd", ".mermaid", ".md"), import_mermaid, _write_mermaid),
    "csv": Format("csv", (".csv",), import_csv, _write_csv),
}


def format_for(path: str | Path, explicit: str | None = None) -> Format:
    """The format named, or the one the file name's extension says; ValueError otherwise."""
    if explicit is not None:
        if explicit not in FORMATS:
            raise ValueError(f'unknown format "{explicit}" (known: {", ".join(FORMATS)})')
        return FORMATS[explicit]
    name = Path(path).name.lower()
    for candidate in FORMATS.values():
        if name.endswith(candidate.suffixes):
            return candidate
    known = ", ".join(s for f in FORMATS.values() for s in f.suffixes)
    raise ValueError(f"{path}: cannot tell the format from the file name (known: {known})")


def read_any(
    path: str | Path,
    fmt: Format,
    into: Project | None = None,
    *,
    language: str | None = None,
    default_language: str | None = None,
) -> Project:
    """Read a map in any format; imported maps get today's dates where they have none.

    An imported map's language (its locale and the words the import writes into it: channel
    labels, names of lanes, stages and personas it makes up) is `language`, else the one the
    source names (an .ojf `locale`, a CSV's French header row), else `default_language`, else
    the interface's. A CSV added `into` a map keeps that map's language; a native map its own.
    """
    data = read_file_bytes(path)
    options = {"language": language, "default_language": default_language}
    if fmt.name == "csv":
        project = import_csv(data, str(path), into=into, **options)
    else:
        project = fmt.read(data, str(path), **options)
    if fmt.name != "native":
        project = _stamp_import(project, Path(path))
    return project


def _stamp_import(project: Project, path: Path) -> Project:
    now = datetime.now(UTC).replace(microsecond=0)
    updates: dict[str, object] = {}
    if project.created is None:
        updates["created"] = now
    if project.modified is None:
        updates["modified"] = now
    if not project.title:
        updates["title"] = path.name.rsplit(".", 1)[0]
    return project.model_copy(update=updates)


def _find_persona(project: Project, wanted: str | None):
    if wanted is None:
        return project.personas[0]
    for persona in project.personas:
        if wanted in (persona.id, persona.name):
            return persona
    names = ", ".join(f"«{p.name}»" for p in project.personas)
    raise ValueError(f'no persona "{wanted}" in the map (personas: {names})')
