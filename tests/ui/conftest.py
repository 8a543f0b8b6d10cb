"""Fixtures shared by the UI tests: a saved map, shown main windows, private window state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from journey_editor.persistence.native import project_to_bytes


@pytest.fixture(autouse=True)
def clipboard_left_empty(qapp):
    """Copied cards (QMimeData made in Python) left on the clipboard crash the interpreter at
    exit, after every test passed (exit status 139): empty it after each UI test."""
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def map_path(small_project, tmp_path) -> Path:
    """The small map saved as a file, for tests that open, save or watch one."""
    path = tmp_path / "atelier.journey.json"
    path.write_bytes(project_to_bytes(small_project))
    return path
