"""The layering rules of DESIGN.md hold: the document half of the app never imports Qt."""

import subprocess
import sys
from pathlib import Path

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
    layers = ("model", "persistence", "edits", "layout")
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
