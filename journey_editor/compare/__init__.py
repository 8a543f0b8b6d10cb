"""Comparing two maps (no Qt, no reportlab): `diff_projects(a, b)` lists what changed, by id;
`apply_diff(a, diff)` makes those changes; `merge_projects(base, mine, theirs)` merges two
copies of one map, built on the two.

    diff = diff_projects(as_is, to_be)
    for change in diff.changes: ...          # Added, Removed, Changed, Moved, Reordered
    diff.summary.personas[0].mean_effort     # Figure(before, after).delta
    assert apply_diff(as_is, diff) == to_be
    merge_projects(base, mine, theirs).conflicts   # Conflict records; mine's value is kept
"""

from journey_editor.compare.apply import DiffApplyError, apply_diff
from journey_editor.compare.engine import diff_projects
from journey_editor.compare.merge import Dropped, MergeResult, Renamed, merge_projects
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
    "Dropped",
    "Figure",
    "MergeResult",
    "Moved",
    "Place",
    "ProjectDiff",
    "Ref",
    "Removed",
    "Renamed",
    "Reordered",
    "SummaryRow",
    "apply_diff",
    "change_type",
    "diff_projects",
    "merge_projects",
]
