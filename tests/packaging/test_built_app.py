"""The PyInstaller build, run as a user's machine would: no Python, no venv, no screen.

Skipped unless `make package` has built dist/journey-editor/journey-editor (it takes about a
minute, so plain `make test` does not build it). The checks are packaging/check_build.py's, the
script behind `make package-check`.
"""

from __future__ import annotations

import sys

import pytest

from .conftest import ROOT

APP = ROOT / "dist" / "journey-editor"
EXE = APP / "journey-editor"

pytestmark = [
    pytest.mark.skipif(
        not EXE.is_file(), reason="no built app: run `make package` to build dist/journey-editor/"
    ),
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="reads /proc/<pid>/maps of the running app"
    ),
]


@pytest.fixture(scope="module")
def app(check_build, tmp_path_factory):
    return check_build.App(APP, tmp_path_factory.mktemp("home"))


def test_version_and_help_reach_stdout(check_build, app):
    assert check_build.check_version_and_help(app).startswith("journey-editor ")


def test_editor_window_starts_on_the_bundled_python_only(check_build, app):
    found = check_build.check_gui_uses_only_bundled_python(app)
    assert found["libpython"]
    assert all(path.startswith(f"{APP.resolve()}/") for path in found["libpython"])
    assert found["bundled_extension_modules_mapped"] > 0


def test_snapshot_renders_the_sample_map(check_build, app, tmp_path):
    found = check_build.check_snapshot(app, tmp_path / "snapshot.png")
    assert found["size"].startswith(f"{check_build.SNAPSHOT_WIDTH}×")


def test_pdf_keeps_accented_text_and_embeds_its_fonts(check_build, app, tmp_path):
    found = check_build.check_pdf(app, tmp_path / "map.pdf")
    assert found["pages"] >= 1
    assert any("DejaVuSans" in font for font in found["fonts"])


def test_resources_sit_where_resource_path_looks_for_them():
    bundled = APP / "_internal" / "journey_editor" / "resources"
    for relative in (
        "fonts/DejaVuSans.ttf",
        "fonts/LICENSE-DejaVu.txt",
        "templates/menswear-omnichannel.fr.journey.json",
        "icons/journey-editor-256.png",
    ):
        assert (bundled / relative).is_file(), relative
    source = ROOT / "resources" / "translations"
    for catalogue in sorted(source.glob("*.ts")) + sorted(source.glob("*.qm")):
        assert (bundled / "translations" / catalogue.name).is_file(), catalogue.name


def test_app_folder_has_no_broken_links(check_build, app):
    assert check_build.check_folder(app)["links"] == "all resolve"


def test_only_the_shipped_languages_of_qt_come_along():
    qt_catalogues = APP / "_internal" / "PySide6" / "Qt" / "translations"
    languages = {path.stem.rsplit("_", 1)[-1] for path in qt_catalogues.glob("*.qm")}
    assert "fr" in languages
    assert languages <= {"en", "fr"}
