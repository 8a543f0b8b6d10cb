"""The one way to find bundled files (fonts, icons, templates, translations).

Resources live inside the package, so the same lookup works from an editable checkout, an
installed wheel and a PyInstaller build (which unpacks package data next to the modules).
"""

from importlib.resources import as_file, files
from pathlib import Path

_ROOT = files("journey_editor") / "resources"


def resource_path(*parts: str) -> Path:
    target = _ROOT.joinpath(*parts)
    # Package data is on the file system in all the ways we ship; as_file makes that explicit.
    with as_file(target) as path:
        return Path(path)
