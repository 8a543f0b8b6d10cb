"""compare/ sits beside persistence, edits and layout: Qt-free, reportlab-free, importing only
the model, and named in the import-linter contracts that keep it so."""

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_compare_loads_neither_qt_nor_reportlab_nor_other_layers():
    code = (
        "import sys, journey_editor.compare\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'reportlab') or m.startswith(('journey_editor.edits', "
        "'journey_editor.persistence', 'journey_editor.layout', 'journey_editor.ui')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_contracts_name_compare_as_a_qt_free_sibling_of_edits():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    qt_free = next(c for c in contracts if "PySide6" in c.get("forbidden_modules", ()))
    assert "journey_editor.compare" in qt_free["source_modules"]
    assert "reportlab" in qt_free["forbidden_modules"]
    layers = next(c for c in contracts if c["type"] == "layers" and "containers" not in c)
    siblings = next(layer for layer in layers["layers"] if "journey_editor.edits" in layer)
    assert "journey_editor.compare" in [name.strip() for name in siblings.split("|")]
