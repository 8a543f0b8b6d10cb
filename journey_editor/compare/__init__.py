"""Comparing two maps (no Qt, no reportlab): `diff_projects(a, b)` lists what changed, by id;
`apply_diff(a, diff)` makes those changes. A three-way merge builds on the two.

    diff = diff_projects(as_is, to_be)
    for change in diff.changes: ...          # Added, Removed, Changed, Moved, Reordered
    diff.summary.personas[0].mean_effort     # Figure(before, after).delta
    assert apply_diff(as_is, diff) == to_be
"""

from journey_editor.compare.apply import DiffApplyError, apply_diff
from journey_editor.compare.engine import diff_projects
from journey_editor.compare.records import (
    Added,
    Changed,
    Difference,
    DiffSummary,
    Figure,
    Moved,
    Place,
    ProjectDiff,
    Ref,
    Removed,
    Reordered,
    SummaryRow,
    change_type,
)

__all__ = [
    "Added",
    "Changed",
    "DiffApplyError",
    "DiffSummary",
    "Difference",
    "Figure",
    "Moved",
    "Place",
    "ProjectDiff",
    "Ref",
    "Removed",
    "Reordered",
    "SummaryRow",
    "apply_diff",
    "change_type",
    "diff_projects",
]
