"""persistence/ imports one way: the format registry imports each format's `__init__`, which
imports that format's modules; nothing imports back up, so there is no import circle (type
hints included). That no format imports another is a contract in pyproject.toml."""

from pathlib import Path

import pytest

from tests.import_graph import circles, import_graph

ROOT = Path(__file__).resolve().parents[3]
PERSISTENCE = "journey_editor.persistence"
FORMATS = f"{PERSISTENCE}.formats"


def inside(module: str, package: str) -> bool:
    return module == package or module.startswith(f"{package}.")


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return {
        module: {target for target in targets if inside(target, PERSISTENCE)}
        for module, targets in import_graph(ROOT).items()
        if inside(module, PERSISTENCE)
    }


def test_no_module_in_formats_imports_a_package_that_holds_it(graph):
    upward = [
        f"{module} -> {target}"
        for module, targets in sorted(graph.items())
        for target in sorted(targets)
        if inside(target, FORMATS) and module.startswith(f"{target}.")
    ]
    assert upward == []


def test_persistence_has_no_import_circle(graph):
    assert FORMATS in graph
    assert circles(graph) == []
