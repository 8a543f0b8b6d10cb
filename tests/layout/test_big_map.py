"""The generated 5,000-card benchmark map: the rules hold and the layout stays quick."""

import sys
from pathlib import Path

import pytest

from journey_editor.layout import compute_layout

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def big_project():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate_map import generate_project
    finally:
        sys.path.remove(str(BENCHMARKS))
    return generate_project()


def test_the_big_map_keeps_every_rule(big_project, layout_rules):
    layout = compute_layout(big_project)
    layout_rules(layout)
    assert len(layout.cards) == 5000
    assert len(layout.cells) == 12 * 6 * 40
    assert len(layout.links) == len(big_project.links)
    assert len(layout.emotion_curves) == 12
