"""The records of a diff grouped as the map reads (compare/grouping.py), on the as-is / to-be
pair: the same headings, in the same order, as `journey-editor diff` prints."""

import sys
from pathlib import Path

from journey_editor.compare import diff_projects
from journey_editor.compare.grouping import group_changes

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.compare.pair import as_is, to_be  # noqa: E402


def outline(groups):
    lines = []
    for group in groups:
        lines.append((group.section, group.persona.name if group.persona else None, group.count()))
        lines += [("  stage", stage.stage.name, len(stage.changes)) for stage in group.stages]
    return lines


def test_the_pair_grouped_by_persona_and_stage():
    diff = diff_projects(as_is(), to_be())
    groups = group_changes(diff)
    assert outline(groups) == [
        ("map", None, 1),
        ("stages", None, 1),
        ("personas", None, 1),
        ("channels", None, 1),
        ("persona", "Marc", 1),
        ("  stage", "Achat", 1),
        ("persona", "Léa", 7),
        ("  stage", "Découverte", 2),
        ("  stage", "Achat", 2),
        ("  stage", "Usage", 3),
    ]
    assert sum(group.count() for group in groups) == len(diff.changes)


def test_what_only_the_file_order_shows_comes_last():
    before = as_is()
    data = before.model_dump()
    data["cards"].reverse()
    after = type(before).model_validate(data)
    groups = group_changes(diff_projects(before, after))
    assert groups[-1].section == "file_order"
    assert groups[-1].changes
    assert {change.how for change in groups[-1].changes} == {"order"}
