"""`diff_projects(a, b)`: the changes between two maps, by id.

Objects are matched by id within their kind (a stage and a card may share nothing else). The
records come in map order (see `ProjectDiff`); inside one list, a `Reordered` record comes
before the records of the list's objects, which follow the merged order of both sides (B's
order, with the objects only in A where they were in A).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from journey_editor.compare.ordering import kept_in_order, merged_order, rank_of
from journey_editor.compare.records import (
    Added,
    Changed,
    Difference,
    Kind,
    Moved,
    MoveHow,
    ProjectDiff,
    Ref,
    Removed,
    Reordered,
)
from journey_editor.compare.sides import Side, field_values, file_value
from journey_editor.compare.summary import summarise
from journey_editor.model.project import Project

# Fields that are not compared as fields: the id is the key; a persona's lanes are diffed one by
# one; a card's cell is its place (a change of cell is a move).
SKIPPED_FIELDS: dict[str, tuple[str, ...]] = {
    "project": ("stages", "personas", "cards", "links", "channels"),
    "stage": ("id",),
    "persona": ("id", "lanes"),
    "lane": ("id",),
    "channel": ("id",),
    "card": ("id", "persona", "lane", "stage"),
    "link": ("id",),
}
# Fields that hold the id of another object: (field) -> kind of that object.
REFERENCE_FIELDS: dict[tuple[str, str], Kind] = {
    ("card", "channel"): "channel",
    ("link", "from_card"): "card",
    ("link", "to_card"): "card",
}


def diff_projects(a: Project, b: Project) -> ProjectDiff:
    """Every difference between A and B, and the summary of figures per persona and stage.

    `apply_diff(a, diff_projects(a, b)) == b`, and `diff_projects(a, a).is_empty`.
    """
    old, new = Side(a), Side(b)
    changes: list[Difference] = []
    changes += _field_changes("project", a, b, new.project_ref())
    changes += _list_changes("stage", a.stages, b.stages, old, new)
    changes += _persona_changes(old, new)
    changes += _list_changes("channel", a.channels, b.channels, old, new)
    order = _MapOrder(old, new)
    changes += _card_changes(old, new, order)
    changes += _link_changes(old, new, order)
    return ProjectDiff(tuple(changes), summarise(a, b))


# --- fields and lists ---------------------------------------------------------------------------


def _field_changes(
    kind: str, a_item, b_item, ref: Ref, new: Side | None = None, old: Side | None = None, **extra
) -> list[Changed]:
    skipped = SKIPPED_FIELDS[kind]
    before, after = field_values(a_item, skipped), field_values(b_item, skipped)
    changes = []
    for name, value in after.items():
        if before[name] == value:
            continue
        targets: dict[str, Any] = {}
        target_kind = REFERENCE_FIELDS.get((kind, name))
        if target_kind is not None and old is not None and new is not None:
            targets = {
                "old_target": old.ref(target_kind, before[name]) if before[name] else None,
                "new_target": new.ref(target_kind, value) if value else None,
            }
        changes.append(Changed(ref, name, before[name], value, **extra, **targets))
    return changes


def _list_changes(
    kind: Kind,
    a_items: Sequence,
    b_items: Sequence,
    old: Side,
    new: Side,
    parent: tuple[Ref, Ref] | None = None,
) -> list[Difference]:
    """Reordered, then per object (merged order): Removed, Added or its Changed fields."""
    a_ids = [item.id for item in a_items]
    b_ids = [item.id for item in b_items]
    a_by_id = dict(zip(a_ids, a_items, strict=True))
    b_by_id = dict(zip(b_ids, b_items, strict=True))
    a_parent, b_parent = parent if parent else (None, None)
    changes: list[Difference] = []
    reordered = _reordered(kind, a_ids, b_ids, old, new, b_parent)
    if reordered is not None:
        changes.append(reordered)
    b_index = rank_of(b_ids)
    a_index = rank_of(a_ids)
    for object_id in merged_order(a_ids, b_ids):
        if object_id not in b_by_id:
            item = a_by_id[object_id]
            changes.append(
                Removed(old.ref(kind, object_id), file_value(item), a_index[object_id], a_parent)
            )
        elif object_id not in a_by_id:
            index = b_index[object_id]
            changes.append(
                Added(
                    new.ref(kind, object_id),
                    file_value(b_by_id[object_id]),
                    b_ids[index - 1] if index else None,
                    index,
                    b_parent,
                )
            )
        else:
            ref = new.ref(kind, object_id)
            extra = {"parent": b_parent} if b_parent else {}
            changes += _field_changes(
                kind, a_by_id[object_id], b_by_id[object_id], ref, new, old, **extra
            )
    return changes


def _reordered(
    kind: Kind, a_ids: list[str], b_ids: list[str], old: Side, new: Side, parent: Ref | None
) -> Reordered | None:
    in_b, in_a = set(b_ids), set(a_ids)
    old_order = [object_id for object_id in a_ids if object_id in in_b]
    new_order = [object_id for object_id in b_ids if object_id in in_a]
    if old_order == new_order:
        return None
    return Reordered(
        kind,
        parent,
        tuple(old.ref(kind, object_id) for object_id in old_order),
        tuple(new.ref(kind, object_id) for object_id in new_order),
    )


def _persona_changes(old: Side, new: Side) -> list[Difference]:
    """Personas as a list; after the records of each persona, the changes of its lanes."""
    records = _list_changes("persona", old.project.personas, new.project.personas, old, new)
    result: list[Difference] = [record for record in records if isinstance(record, Reordered)]
    own: dict[str, list[Difference]] = {}
    for record in records:
        if not isinstance(record, Reordered):
            own.setdefault(record.ref.id, []).append(record)
    for persona_id in merged_order(list(old.personas), list(new.personas)):
        result += own.get(persona_id, [])
        result += _lane_changes(persona_id, old, new)
    return result


def _lane_changes(persona_id: str, old: Side, new: Side) -> list[Difference]:
    """The lanes of a persona on both sides (an added or removed persona has its lanes in its
    value)."""
    if persona_id not in old.personas or persona_id not in new.personas:
        return []
    a_persona, b_persona = old.personas[persona_id], new.personas[persona_id]
    parent = (old.persona_ref(persona_id), new.persona_ref(persona_id))
    return _list_changes("lane", a_persona.lanes, b_persona.lanes, old, new, parent)


# --- cards and links ----------------------------------------------------------------------------


class _MapOrder:
    """Sort keys that put cards (and links, by their first card) in map order: persona, stage,
    lane, position in the cell; the merged order of both sides for each."""

    def __init__(self, old: Side, new: Side) -> None:
        self.old, self.new = old, new
        self.persona = rank_of(merged_order(list(old.personas), list(new.personas)))
        self.stage = rank_of(merged_order(list(old.stages), list(new.stages)))
        lanes: dict[str, int] = {}
        for persona_id in self.persona:
            for lane_id in merged_order(_lane_ids(old, persona_id), _lane_ids(new, persona_id)):
                lanes.setdefault(lane_id, len(lanes))
        self.lane = lanes

    def card_key(self, card_id: str, side: Side) -> tuple[int, ...]:
        card = side.cards[card_id]
        place = side.place(card_id)
        return (
            self.persona.get(card.persona, -1),
            self.stage.get(card.stage, -1),
            self.lane.get(card.lane, -1),
            place.index,
            side.card_at[card_id],
        )


def _lane_ids(side: Side, persona_id: str) -> list[str]:
    persona = side.personas.get(persona_id)
    return [lane.id for lane in persona.lanes] if persona else []


def _card_changes(old: Side, new: Side, order: _MapOrder) -> list[Difference]:
    a_ids = [card.id for card in old.project.cards]
    b_ids = [card.id for card in new.project.cards]
    moves = _card_moves(old, new)
    keyed: list[tuple[tuple[int, ...], int, list[Difference]]] = []
    for card_id in a_ids:
        if card_id not in new.cards:
            removed = Removed(
                old.card_ref(card_id),
                file_value(old.cards[card_id]),
                old.card_at[card_id],
                place=old.place(card_id),
            )
            keyed.append((order.card_key(card_id, old), 0, [removed]))
    for index, card_id in enumerate(b_ids):
        ref, place = new.card_ref(card_id), new.place(card_id)
        after = b_ids[index - 1] if index else None
        records: list[Difference] = []
        if card_id not in old.cards:
            records.append(Added(ref, file_value(new.cards[card_id]), after, index, place=place))
        else:
            how = moves.get(card_id)
            if how is not None:
                records.append(Moved(ref, old.place(card_id), place, how, after, index))
            records += _field_changes(
                "card", old.cards[card_id], new.cards[card_id], ref, new, old, place=place
            )
        if records:
            keyed.append((order.card_key(card_id, new), 1, records))
    keyed.sort(key=lambda entry: (entry[0], entry[1]))
    return [record for _, _, records in keyed for record in records]


def _card_moves(old: Side, new: Side) -> dict[str, MoveHow]:
    """The cards on both sides that moved, and how (see `Moved`)."""
    common = [card.id for card in old.project.cards if card.id in new.cards]
    moves: dict[str, MoveHow] = {
        card_id: "cell" for card_id in common if old.cards[card_id].cell != new.cards[card_id].cell
    }
    old_cells = _by_cell((cid for cid in common if cid not in moves), old)
    new_cells = _by_cell(
        (card.id for card in new.project.cards if card.id in old.cards and card.id not in moves),
        new,
    )
    stable: set[str] = set()
    for cell, old_order in old_cells.items():
        kept = kept_in_order(old_order, new_cells[cell])
        stable |= kept
        moves.update((card_id, "position") for card_id in old_order if card_id not in kept)
    old_flat = [card_id for card_id in common if card_id in stable]
    new_flat = [card.id for card in new.project.cards if card.id in stable]
    if old_flat != new_flat:
        kept = kept_in_order(old_flat, new_flat)
        moves.update((card_id, "order") for card_id in old_flat if card_id not in kept)
    return moves


def _by_cell(card_ids: Iterable[str], side: Side) -> dict[tuple[str, str, str], list[str]]:
    cells: dict[tuple[str, str, str], list[str]] = {}
    for card_id in card_ids:
        cells.setdefault(side.cards[card_id].cell, []).append(card_id)
    return cells


def _link_changes(old: Side, new: Side, order: _MapOrder) -> list[Difference]:
    records = _list_changes("link", old.project.links, new.project.links, old, new)
    head = [record for record in records if isinstance(record, Reordered)]
    rest = [_with_link_place(record, old, new) for record in records if record not in head]

    def key(record: Difference) -> tuple[int, ...]:
        side = old if isinstance(record, Removed) else new
        link = side.links[record.ref.id]  # type: ignore[union-attr]
        return order.card_key(link.from_card, side)

    return [*head, *sorted(rest, key=key)]


def _with_link_place(record: Difference, old: Side, new: Side) -> Difference:
    side = old if isinstance(record, Removed) else new
    link_id = record.ref.id  # type: ignore[union-attr]
    return replace(record, place=side.link_place(link_id), ends=side.link_ends(link_id))


__all__ = ["diff_projects"]
