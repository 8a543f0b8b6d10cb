"""A diff read as the plain `ChangeSet` that `layout/change_marks.py` places on the map.

Here, in `export/`, because it is the lowest layer above both `compare/` (the diff) and
`layout/` (the marks), which are independent siblings; and it is Qt-free, so the canvas's compare
mode (`ui/compare/`) and a PDF of the changes read a diff the same way.

The map shown is side B of the diff (`diff_projects(other, shown)`), the other version side A.
"""

from __future__ import annotations

from journey_editor.compare import Added, Changed, Moved, ProjectDiff, Removed
from journey_editor.layout.change_marks import (
    ChangeSet,
    FieldChange,
    GoneCard,
    MovedCard,
)
from journey_editor.model.entities import Card
from journey_editor.model.project import Project

# The objects whose marks go on the map; the others (the map's own fields, channels, links,
# the order of lists) are in the changes panel only.
MARKED_KINDS = ("card", "stage", "persona", "lane")


def change_set(diff: ProjectDiff, other: Project) -> ChangeSet:
    """What `diff` (from `other` to the map shown) marks on the map."""
    channels = {channel.id: channel for channel in other.channels}
    added: set[str] = set()
    gone: list[GoneCard] = []
    changed: dict[str, list[FieldChange]] = {}
    moved: dict[str, MovedCard] = {}
    reordered: dict[str, tuple[int, int]] = {}
    for change in diff.changes:
        if isinstance(change, Added) and change.ref.kind in MARKED_KINDS:
            added.add(change.ref.id)
        elif isinstance(change, Removed) and change.ref.kind == "card" and change.place:
            card = Card.model_validate(change.value)
            channel = channels.get(card.channel) if card.channel is not None else None
            gone.append(GoneCard(card, channel, change.place.cell, change.place.index))
        elif isinstance(change, Changed) and change.ref.kind in MARKED_KINDS:
            old, new = change.old, change.new
            if change.old_target is not None or change.new_target is not None:
                old = _name(change.old_target)
                new = _name(change.new_target)
            changed.setdefault(change.ref.id, []).append(FieldChange(change.field, old, new))
        elif isinstance(change, Moved):
            if change.how == "cell":
                place = change.old
                names = (place.persona.name, place.lane.name, place.stage.name)
                moved[change.ref.id] = MovedCard(change.ref.id, place.cell, names)
            elif change.how == "position":
                reordered[change.ref.id] = (change.old.index, change.new.index)
    return ChangeSet(
        added=frozenset(added),
        gone=tuple(gone),
        changed={object_id: tuple(fields) for object_id, fields in changed.items()},
        moved=moved,
        reordered=reordered,
    )


def _name(ref) -> str | None:
    return None if ref is None else (ref.name or ref.id)


__all__ = ["MARKED_KINDS", "change_set"]
