"""Fixtures shared by the UI tests: a saved map, shown main windows, private window state."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from journey_editor.persistence.native import project_to_bytes


@pytest.fixture
def private_window_state(tmp_path):
    """Keep the window's saved geometry and dock state (QSettings) in a temporary folder: a
    test that hides a dock must not hide it for the next test, nor for the developer."""
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


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
