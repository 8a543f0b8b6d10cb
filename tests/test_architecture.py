"""The layering rules of DESIGN.md hold: the document half of the app never imports Qt."""

import subprocess
import sys
from pathlib import Path

from .import_graph import circles, import_graph

ROOT = Path(__file__).resolve().parents[1]


def run_import_linter() -> subprocess.CompletedProcess:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_import_linter_contracts_are_kept():
    result = run_import_linter()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contracts_cover_every_qt_free_layer():
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    layers = ("model", "persistence", "edits", "compare", "layout")
    for layer in (f"journey_editor.{name}" for name in layers):
        assert f'"{layer}"' in config
    assert '"PySide6"' in config and '"reportlab"' in config


def test_a_qt_import_in_the_model_would_break_the_contract(tmp_path):
    offender = ROOT / "journey_editor" / "model" / "_contract_probe.py"
    offender.write_text("import PySide6.QtCore  # noqa: F401\n", encoding="utf-8")
    try:
        result = run_import_linter()
    finally:
        offender.unlink()
    assert result.returncode != 0
    assert "journey_editor.model._contract_probe" in result.stdout


def test_no_import_circle_anywhere_in_the_package():
    # Every import counts: top of the module, inside a function, under TYPE_CHECKING.
    found = circles(import_graph(ROOT))
    assert found == [], "\n".join(" ↔ ".join(circle) for circle in found)


def test_the_circle_finder_sees_a_circle_closed_only_by_type_hints():
    graph = {
        "journey_editor.a": {"journey_editor.b"},
        "journey_editor.b": {"journey_editor.c"},
        "journey_editor.c": {"journey_editor.a"},
        "journey_editor.d": {"journey_editor.a"},
    }
    assert circles(graph) == [["journey_editor.a", "journey_editor.b", "journey_editor.c"]]


def test_the_import_graph_counts_type_checking_and_function_imports(tmp_path):
    package = tmp_path / "journey_editor"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "one.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from journey_editor import two\n"
    )
    (package / "two.py").write_text("def f():\n    from journey_editor.one import g\n")
    graph = import_graph(tmp_path)
    assert graph["journey_editor.one"] == {"journey_editor.two"}
    assert graph["journey_editor.two"] == {"journey_editor.one"}
    assert circles(graph) == [["journey_editor.one", "journey_editor.two"]]
