"""Fixtures for the PDF tests: exporting to a temporary file, reading it back with pypdf,
rendering it with pypdfium2, and the maps to print (the bundled templates, the generated
5,000-card map)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from journey_editor.export import PdfOptions, PdfReport, export_pdf
from journey_editor.model.project import Project
from journey_editor.templates import find_template, list_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_NAMES = [template.name for template in list_templates()]


def normalise(text: str) -> str:
    """Whitespace collapsed: a wrapped title reads the same as its one-line original."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(reader: PdfReader) -> str:
    return normalise(" ".join(page.extract_text() for page in reader.pages))


def page_texts(reader: PdfReader) -> list[str]:
    return [normalise(page.extract_text()) for page in reader.pages]


def outline_titles(reader: PdfReader, nested: bool = False) -> list:
    """Top-level outline titles; with `nested`, (title, [children titles]) pairs."""
    result = []
    items = reader.outline
    for index, item in enumerate(items):
        if isinstance(item, list):
            continue
        children = items[index + 1] if index + 1 < len(items) else None
        kids = [c["/Title"] for c in children] if isinstance(children, list) else []
        result.append((item["/Title"], kids) if nested else item["/Title"])
    return result


class PdfRead:
    """The reading helpers, handed to tests by the `pdf` fixture (test modules cannot import
    each other under pytest's importlib mode)."""

    normalise = staticmethod(normalise)
    text = staticmethod(pdf_text)
    page_texts = staticmethod(page_texts)
    outline_titles = staticmethod(outline_titles)


@pytest.fixture
def pdf() -> type[PdfRead]:
    return PdfRead


@pytest.fixture
def export_to(tmp_path) -> Callable[..., tuple[Path, PdfReport]]:
    """export_to(project, options=PdfOptions(), name="map.pdf") -> (path, report)."""

    def export(project: Project, options: PdfOptions | None = None, name: str = "map.pdf"):
        path = tmp_path / name
        report = export_pdf(project, path, options or PdfOptions())
        return path, report

    return export


@pytest.fixture(params=TEMPLATE_NAMES)
def template(request) -> Project:
    return find_template(request.param).load()


@pytest.fixture(scope="session")
def big_project() -> Project:
    """The generated 5,000-card map of the benchmarks (12 personas, 40 stages)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.generate_map import generate_project

    return generate_project()
