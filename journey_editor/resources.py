"""The one way to find bundled files (fonts, icons, templates, translations).

Their source is the top-level `resources/` folder of the repository. They sit in one of two
places, and `resource_path` looks in the right one:

- a source checkout, or an editable install of it (`pip install -e .`, what `make` does):
  `resources/` beside the `journey_editor/` package folder, with `pyproject.toml`;
- an installed wheel and the PyInstaller app: inside the package, `journey_editor/resources/`
  (setup.py maps the folder there in the wheel; packaging/journey-editor.spec puts it at
  `journey_editor/resources/` under `sys._MEIPASS`, where the frozen package's `__file__`
  points).

A checkout wins when both exist: a checkout from before the move may still hold untracked
compiled catalogues (*.qm) in a stale `journey_editor/resources/translations/`.
"""

from pathlib import Path

FOLDER = "resources"


def resources_root(package: Path) -> Path:
    """The resource folder for the `journey_editor` package folder `package`."""
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / FOLDER).is_dir():
        return checkout / FOLDER
    # Installed: never the site-packages/resources another distribution may have left there.
    return package / FOLDER


_ROOT = resources_root(Path(__file__).resolve().parent)


def resource_path(*parts: str) -> Path:
    return _ROOT.joinpath(*parts)
