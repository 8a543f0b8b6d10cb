"""What the wheel holds: the part pyproject.toml cannot say (everything else is there).

pyproject.toml can either find packages or list them, not both; we need both. Every package
under journey_editor/ is found automatically, and the top-level resources/ folder is shipped
inside the package as `journey_editor/resources/`, where journey_editor/resources.py looks for
it once installed. `pip install .` copies the files there; `pip install -e .` (what `make`
does) leaves them in resources/, where the same helper finds them in a checkout.
"""

from setuptools import find_namespace_packages, setup

# The data folders are namespace packages to setuptools: list each one, or it warns.
RESOURCES = [
    "journey_editor.resources",
    *(f"journey_editor.resources.{name}" for name in find_namespace_packages(where="resources")),
]

setup(
    packages=[
        *find_namespace_packages(
            include=["journey_editor", "journey_editor.*"], exclude=["*.__pycache__"]
        ),
        *RESOURCES,
    ],
    package_dir={"journey_editor.resources": "resources"},
    package_data={package: ["*"] for package in RESOURCES},
)
