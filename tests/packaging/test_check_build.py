"""packaging/check_build.py must be able to fail: its detectors, fed known-bad input."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_gui_check_fails_for_python_mapped_from_elsewhere(check_build):
    # The check must be able to fail: a system libpython or a venv's extension module.
    app = Path("/opt/app")
    mapped = {
        "/opt/app/_internal/libpython3.11.so.1.0",
        "/usr/lib/x86_64-linux-gnu/libc.so.6",
        "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0",
        "/home/me/.venv/lib/python3.11/site-packages/PySide6/QtCore.abi3.so",
    }
    assert check_build.foreign_python(mapped, app) == [
        "/home/me/.venv/lib/python3.11/site-packages/PySide6/QtCore.abi3.so",
        "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0",
    ]


def test_folder_check_reports_a_link_that_leads_nowhere(check_build, tmp_path):
    app_folder = tmp_path / "journey-editor"
    (app_folder / "_internal").mkdir(parents=True)
    (app_folder / "journey-editor").write_text("#!/bin/sh\n")
    (app_folder / "_internal" / "libQt6Network.so.6").symlink_to(
        "PySide6/Qt/lib/libQt6Network.so.6"
    )
    app = check_build.App(app_folder, tmp_path)
    with pytest.raises(check_build.CheckFailed, match=r"libQt6Network\.so\.6"):
        check_build.check_folder(app)
