"""The layout layer stays pure: no Qt and no reportlab, so the CLI and the PDF can use it
without a GUI. (The import-linter contract in pyproject.toml says the same for the other
Qt-free layers; this check needs nothing but the source.)"""

import ast
from pathlib import Path

import journey_editor.layout

FORBIDDEN = ("PySide6", "shiboken6", "reportlab", "PyQt5", "PyQt6")
PACKAGE = Path(journey_editor.layout.__file__).parent


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_layout_imports_no_gui_and_no_pdf_library():
    sources = sorted(PACKAGE.glob("*.py"))
    assert len(sources) > 5
    for path in sources:
        for name in imported_modules(path):
            assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_the_layout_depends_only_on_the_model_inside_the_package():
    for path in sorted(PACKAGE.glob("*.py")):
        for name in imported_modules(path):
            if name.startswith("journey_editor."):
                layer = name.split(".")[1]
                assert layer in ("layout", "model"), f"{path.name} imports {name}"
