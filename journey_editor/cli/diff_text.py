"""The words of `journey-editor diff`: one line per change, naming each object as the user knows
it (card «title» in persona «…», stage «…»), its id only beside it, and the summary table."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from journey_editor.compare import (
    Added,
    Changed,
    Difference,
    Figure,
    Moved,
    Place,
    ProjectDiff,
    Ref,
    Removed,
    Reordered,
    SummaryRow,
)
from journey_editor.compare.grouping import group_changes
from journey_editor.model.short_text import shorten

VALUE_LIMIT = 60  # characters of a text value shown on a line (JSON and CSV hold it all)
NAME_LIMIT = 40
KIND_WORDS = {
    "project": "map",
    "stage": "stage",
    "persona": "persona",
    "lane": "lane",
    "card": "card",
    "link": "link",
    "channel": "channel",
}
LIST_WORDS = {
    "stage": "stages",
    "persona": "personas",
    "lane": "lanes",
    "channel": "channels",
    "card": "cards",
    "link": "links",
}
SIGNS = {Added: "+", Removed: "-", Changed: "~", Moved: ">", Reordered: "↕"}


# --- naming -------------------------------------------------------------------------------------


def quoted(name: str, limit: int = NAME_LIMIT) -> str:
    return f"«{shorten(name, limit)}»" if name.strip() else "(untitled)"


def named(ref: Ref) -> str:
    """`card «Blog»`, `map «Title»`."""
    return f"{KIND_WORDS[ref.kind]} {quoted(ref.name)}"


def place_words(place: Place, with_persona: bool = True) -> str:
    """`persona «Léa», stage «Achat», lane «Irritants», position 2`."""
    parts = [f"persona {quoted(place.persona.name)}"] if with_persona else []
    parts += [
        f"stage {quoted(place.stage.name)}",
        f"lane {quoted(place.lane.name)}",
        f"position {place.index + 1}",
    ]
    return ", ".join(parts)


def subject(change: Difference) -> str:
    """The object of a change as the user knows it, with where it is."""
    if isinstance(change, Reordered):
        words = LIST_WORDS[change.kind]
        return f"{words} of persona {quoted(change.parent.name)}" if change.parent else words
    ref = change.ref
    if ref.kind == "project":
        return "map"
    text = named(ref)
    place = change.new if isinstance(change, Moved) else change.place
    if ref.kind == "card" and place is not None:
        text += f" in persona {quoted(place.persona.name)}, stage {quoted(place.stage.name)}"
    elif ref.kind == "lane" and change.parent is not None:
        text += f" of persona {quoted(change.parent.name)}"
    elif ref.kind == "link" and change.ends is not None:
        start, end = change.ends
        text += f" from card {quoted(start.name)} to card {quoted(end.name)}"
    return text


def id_note(change: Difference) -> str:
    if isinstance(change, Reordered):
        return f"[{change.parent.id}]" if change.parent else ""
    return f"[{change.ref.id}]"


# --- one line per change ------------------------------------------------------------------------


def describe(change: Difference) -> str:
    """`~ card «Blog» in persona «Léa», stage «Découverte»: effort 1 → 3  [c-blog]`."""
    sign = SIGNS[type(change)]
    what = subject(change)
    if isinstance(change, Added | Removed) and change.ref.kind == "card" and change.place:
        verb = "added in" if isinstance(change, Added) else "removed from"
        text = f"{named(change.ref)} {verb} {place_words(change.place)}"
    elif isinstance(change, Added):
        text = f"{what} added{_where_added(change)}"
    elif isinstance(change, Removed):
        text = f"{what} removed{_where_removed(change)}"
    elif isinstance(change, Changed):
        text = f"{what}: {_field_change(change)}"
    elif isinstance(change, Moved):
        text = f"{what}: {_move(change)}"
    else:
        old = ", ".join(quoted(ref.name) for ref in change.old)
        new = ", ".join(quoted(ref.name) for ref in change.new)
        text = f"{what} reordered: {old} → {new}"
        if change.kind == "link":
            text = f"{what} reordered in the file (nothing changes on the map)"
    note = id_note(change)
    return f"{sign} {text}  {note}" if note else f"{sign} {text}"


def _where_added(change: Added) -> str:
    if change.ref.kind in ("stage", "persona", "lane"):
        return f" at position {change.index + 1}"
    return ""


def _where_removed(change: Removed) -> str:
    if change.ref.kind == "persona":
        lanes = len(change.value.get("lanes", ()))
        return f" (with its {lanes} lane{'s' if lanes != 1 else ''})" if lanes else ""
    return ""


def _field_change(change: Changed) -> str:
    if change.old_target is not None or change.new_target is not None:
        old, new = _target(change.old_target), _target(change.new_target)
    else:
        old = value_text(change.old, change.field)
        new = value_text(change.new, change.field)
    return f"{change.field.replace('_', ' ')} {old} → {new}"


def _target(ref: Ref | None) -> str:
    return "none" if ref is None else quoted(ref.name or ref.id)


def _move(change: Moved) -> str:
    old, new = change.old, change.new
    if change.how == "order":
        return "moved in the file's list of cards only (same cell, same position)"
    if change.how == "position":
        return (
            f"moved in lane {quoted(new.lane.name)} from position {old.index + 1} "
            f"to {new.index + 1}"
        )
    with_persona = old.persona.id != new.persona.id
    return f"moved from {place_words(old, with_persona)} to {place_words(new, with_persona)}"


def value_text(value: Any, field: str = "") -> str:
    """A field's value for a person: text in «», numbers (emotion signed), yes/no, none."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) and field == "emotion":
        return f"{value:+d}"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return f"«{shorten(value, VALUE_LIMIT)}»" if value else "(empty)"
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(f"«{shorten(item, NAME_LIMIT)}»" for item in value) or "(none)"
    return shorten(json.dumps(value, ensure_ascii=False, sort_keys=True), VALUE_LIMIT)


# --- the whole text -----------------------------------------------------------------------------


def diff_lines(diff: ProjectDiff) -> Iterator[str]:
    """The changes in the groups of compare/grouping.py, one line each."""
    titles = {
        "map": "Map",
        "stages": "Stages",
        "personas": "Personas",
        "channels": "Channels",
        "file_order": "Order in the file only (nothing changes on the map)",
    }
    for group in group_changes(diff):
        if group.persona is None:
            yield titles[group.section]
            yield from (f"  {describe(change)}" for change in group.changes)
        else:
            yield f"Persona {quoted(group.persona.name)}  [{group.persona.id}]"
            yield from (f"  {describe(change)}" for change in group.changes)
            for stage in group.stages:
                yield f"  Stage {quoted(stage.stage.name)}  [{stage.stage.id}]"
                yield from (f"    {describe(change)}" for change in stage.changes)
        yield ""


def header_lines(
    diff: ProjectDiff, a_name: str, b_name: str, a_title: str | None, b_title: str | None
) -> Iterator[str]:
    """`--- A  «title»`, `+++ B  «title»` (no title for a missing side), the counts."""
    for mark, name, title in (("---", a_name, a_title), ("+++", b_name, b_title)):
        yield (
            f"{mark} {name}  {quoted(title, VALUE_LIMIT)}"
            if title is not None
            else f"{mark} {name}"
        )
    if diff.is_empty:
        yield "no differences"
        return
    counts = diff.counts()
    total = sum(counts.values())
    parts = ", ".join(f"{count} {name}" for name, count in counts.items() if count)
    yield f"{total} change{'s' if total != 1 else ''}: {parts}"
    yield ""


# --- summary ------------------------------------------------------------------------------------

SUMMARY_COLUMNS = (
    ("mean_effort", "effort", 17),
    ("mean_emotion", "emotion", 19),
    ("pain_points", "pain points", 12),
    ("exit_points", "exit points", 12),
    ("channel_switches", "switches", 12),
)
ROW_NAME_WIDTH = 22


def summary_lines(diff: ProjectDiff) -> Iterator[str]:
    """Before → after (Δ) per persona, per stage and for the whole map."""
    summary = diff.summary
    yield "Summary: before → after (Δ); pain points = cards on pain-point lanes"
    header = f"{'':<{ROW_NAME_WIDTH}}" + "".join(
        f" {title:<{width}}" for _, title, width in SUMMARY_COLUMNS
    )
    yield header.rstrip()
    for rows in (summary.personas, summary.stages):
        for row in rows:
            yield _summary_row(row)
    yield _summary_row(summary.whole_map)


def _summary_row(row: SummaryRow) -> str:
    if row.ref.kind == "project":
        label = "Whole map"
    else:
        label = f"{KIND_WORDS[row.ref.kind].capitalize()} {quoted(row.ref.name)}"
        if not row.in_a:
            label += " (new)"
        elif not row.in_b:
            label += " (gone)"
    label = shorten(label, ROW_NAME_WIDTH)
    cells = "".join(
        f" {_figure(getattr(row, name), name == 'mean_emotion'):<{width}}"
        for name, _, width in SUMMARY_COLUMNS
    )
    return f"{label:<{ROW_NAME_WIDTH}}{cells}".rstrip()


def _figure(figure: Figure, signed: bool) -> str:
    before, after = _number(figure.before, signed), _number(figure.after, signed)
    if before == after:
        return before
    delta = figure.delta
    text = f"{before} → {after}"
    if delta is not None:
        text += f" ({_number(delta, True)})"
    return text


def _number(value: float | int | None, signed: bool) -> str:
    if value is None:
        return "–"
    if value == 0:
        return "0" if isinstance(value, int) else "0.0"
    if isinstance(value, int):
        return f"{value:+d}" if signed else str(value)
    return f"{value:+.1f}" if signed else f"{value:.1f}"
