"""Fixtures for the export tests: settings in a temporary folder, maps small and large."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journey_editor.templates import find_template
from journey_editor.ui.none_guard import protect_none

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    protect_none()  # PySide6 6.12 on Python 3.11: see journey_editor/ui/none_guard.py
    # Never read or write the user's own settings.
    monkeypatch.setenv("JOURNEY_EDITOR_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def french_project():
    return find_template("menswear-omnichannel.fr").load()


@pytest.fixture(scope="session")
def big_project():
    """The benchmarks' 5,000-card map (12 personas × 6 lanes × 40 stages)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.generate_map import generate_project

    return generate_project()
