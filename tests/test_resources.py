"""The one helper that finds bundled files: which folder it picks, and that it is the only one.

The installed cases for real: tests/packaging/test_wheel.py (a wheel in a fresh venv) and
tests/packaging/test_built_app.py (the PyInstaller app).
"""

from __future__ import annotations

import re
from pathlib import Path

import journey_editor
from journey_editor.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(journey_editor.__file__).resolve().parent


def make_package(parent: Path) -> Path:
    package = parent / "journey_editor"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    return package


def test_a_checkout_finds_the_top_level_folder():
    assert resource_path() == ROOT / "resources"
    assert resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resource_path("templates", "menswear-omnichannel.fr.journey.json").is_file()


def test_a_checkout_ignores_a_stale_folder_inside_the_package(tmp_path):
    # Compiled catalogues (*.qm, untracked) outlive the move in checkouts from before it.
    package = make_package(tmp_path)
    (package / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources").mkdir()
    (tmp_path / "pyproject.toml").write_text("")
    assert resources_root(package) == tmp_path / "resources"


def test_an_installed_package_looks_inside_itself(tmp_path):
    # Wheel in site-packages, or the PyInstaller app's _internal/: no pyproject.toml beside
    # the package, and another distribution's top-level resources/ is none of ours.
    package = make_package(tmp_path / "site-packages")
    (package / "resources").mkdir()
    (package.parent / "resources").mkdir()
    assert resources_root(package) == package / "resources"


def test_a_folder_named_resources_without_pyproject_is_not_a_checkout(tmp_path):
    package = make_package(tmp_path)
    (tmp_path / "resources").mkdir()
    assert resources_root(package) == package / "resources"


def test_no_other_module_looks_for_bundled_files_itself():
    lookups = re.compile(r"""["']resources["']|importlib\.resources|_MEIPASS""")
    offenders = [
        path.relative_to(PACKAGE).as_posix()
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "resources.py" or path.parent != PACKAGE
        if lookups.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "use journey_editor.resources.resource_path"
