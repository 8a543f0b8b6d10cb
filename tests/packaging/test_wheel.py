"""The wheel, installed the way a user would: its resources are found with no checkout around.

The slow test of `make test` (marked `slow`; `pytest -m "not slow"` skips it while iterating):
about 10 s here, mostly pip building the wheel. Steps, once per session:

1. copy the source tree to a temporary folder (pip builds in place: it would leave build/ and
   *.egg-info in the checkout, and setuptools reuses a stale build/lib) and build the wheel
   there with `pip wheel` (the build backend is fetched like `make`'s own install does it);
2. install it with `--no-deps` into a fresh venv outside the checkout; the dependencies
   (PySide6, pydantic, reportlab …) come from the running environment through a .pth file
   (site-packages added that way have their own .pth files ignored, so the checkout's
   editable install stays out);
3. run the venv's `journey-editor` from a temporary folder with the environment emptied, as
   packaging/check_build.py runs the PyInstaller app, and reuse its checks.
"""

from __future__ import annotations

import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="runs the venv's bin/journey-editor"),
]

PACKAGE = ROOT / "journey_editor"
RESOURCES = ROOT / "resources"
SAMPLE = "menswear-omnichannel.fr.journey.json"
# Not sources: never copied for the build.
SKIPPED_AT_TOP = {".git", ".venv", "build", "dist"}
SKIPPED_ANYWHERE = {"__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis"}


def _not_sources(folder: str, names: list[str]) -> set[str]:
    skipped = SKIPPED_AT_TOP if Path(folder) == ROOT else set()
    return {
        name
        for name in names
        if name in skipped or name in SKIPPED_ANYWHERE or name.endswith(".egg-info")
    }


def _run(command: list[str | Path], **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=False, **kwargs
    )
    assert done.returncode == 0, f"{' '.join(map(str, command))}:\n{done.stdout}{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=_not_sources, symlinks=True)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work, source])
    (built,) = work.glob("journey_editor-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv holding the wheel; returns its folder."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel])
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
    dependencies = [*site.getsitepackages()]
    if site.ENABLE_USER_SITE:
        dependencies.append(site.getusersitepackages())
    (Path(purelib.stdout.strip()) / "_journey_editor_test_dependencies.pth").write_text(
        "".join(f"{folder}\n" for folder in dependencies), encoding="utf-8"
    )
    return env_dir


@pytest.fixture(scope="module")
def app(check_build, installed, tmp_path_factory):
    """The venv's `journey-editor` script, run like the built app: cwd and HOME a temporary
    folder, no PYTHONPATH, PATH=/usr/bin:/bin."""
    return check_build.App(installed / "bin", tmp_path_factory.mktemp("home"))


def test_installed_package_and_its_resources_come_from_the_venv(check_build, app, installed):
    done = _run(
        [
            installed / "bin" / "python",
            "-c",
            "import journey_editor, journey_editor.resources as r;"
            "print(journey_editor.__file__); print(r.resource_path())",
        ],
        cwd=app.home,
        env=check_build.minimal_env(app.home),
    )
    module, resources = (Path(line) for line in done.stdout.splitlines())
    assert installed.resolve() in module.resolve().parents, module
    assert resources.resolve() == module.resolve().parent / "resources"
    assert (resources / "fonts" / "DejaVuSans.ttf").is_file()


def test_wheel_ships_every_module_and_every_resource(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    modules = {
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "__pycache__" not in path.parts
    }
    resources = {
        f"journey_editor/resources/{path.relative_to(RESOURCES).as_posix()}"
        for path in RESOURCES.rglob("*")
        if path.is_file()
    }
    assert modules - names == set()
    assert resources - names == set()
    distribution = "-".join(wheel.name.split("-")[:2])  # journey_editor-0.1.0
    assert {name.split("/")[0] for name in names} == {
        "journey_editor",
        f"{distribution}.dist-info",
    }, "nothing but the package at the top of site-packages (no stray resources/)"


def test_installed_command_prints_its_version(check_build, app):
    assert check_build.check_version_and_help(app).startswith("journey-editor ")


def test_installed_command_exports_a_bundled_template_with_dejavu_embedded(
    check_build, app, installed
):
    # The template the wheel installed, not the checkout's: it must have come along.
    (template,) = installed.glob(f"lib/python*/site-packages/journey_editor/resources/*/{SAMPLE}")
    found = check_build.check_pdf(app, app.home / "out.pdf", sample=template)
    assert (app.home / "out.pdf").is_file()
    assert found["pages"] >= 1
    assert any("DejaVuSans" in font for font in found["fonts"])
