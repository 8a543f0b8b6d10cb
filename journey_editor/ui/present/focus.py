"""The focus of presentation mode, as pure functions of the map's order (no Qt): which stage
is in focus, and which persona (None: all of them).

↑ / ↓ walk "all personas" → the first persona → … → the last one; ↑ from the first goes back
to all. → / ← walk the stages and stop at the ends (a clicker pressed once too often must not
jump back to the start of the journey).
"""

from __future__ import annotations

from collections.abc import Sequence


def step_stage(stages: Sequence[str], current: str | None, delta: int) -> str | None:
    """The stage `delta` steps from `current`, held at the first and last; None: no stages."""
    if not stages:
        return None
    index = stages.index(current) if current in stages else 0
    return stages[max(0, min(len(stages) - 1, index + delta))]


def end_stage(stages: Sequence[str], last: bool) -> str | None:
    if not stages:
        return None
    return stages[-1] if last else stages[0]


def step_persona(personas: Sequence[str], current: str | None, delta: int) -> str | None:
    """The persona `delta` steps from `current` in [all, first … last], held at both ends."""
    choices: list[str | None] = [None, *personas]
    index = choices.index(current) if current in choices else 0
    return choices[max(0, min(len(choices) - 1, index + delta))]


def kept(order: Sequence[str], current: str | None, fallback_first: bool) -> str | None:
    """`current` if it still exists (the map may change while presenting), else the first
    (`fallback_first`) or None."""
    if current in order:
        return current
    return order[0] if fallback_first and order else None
