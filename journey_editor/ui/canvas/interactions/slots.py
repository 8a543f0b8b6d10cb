"""Gaps between neighbours (stage columns, persona bands, lanes): which gap a point falls in,
and where its insertion line is drawn. Shared by header drags and palette drops."""

from __future__ import annotations


def slot_for(centres: list[float], value: float) -> int:
    """The gap (0 … len) for a drop at `value`: after every neighbour whose centre is before."""
    return sum(1 for centre in centres if centre < value)


def final_index(slot: int, source: int) -> int:
    """Move edits take the final position; a gap after the moving item's own shifts by one."""
    return slot - 1 if slot > source else slot


def boundary(starts: list[float], ends: list[float], slot: int, empty: float) -> float:
    """Where the insertion line of gap `slot` goes: mid-way between two neighbours, on the
    outer edge at either end, or at `empty` when there is no neighbour at all."""
    if not starts:
        return empty
    if slot <= 0:
        return starts[0]
    if slot >= len(starts):
        return ends[-1]
    return (ends[slot - 1] + starts[slot]) / 2
