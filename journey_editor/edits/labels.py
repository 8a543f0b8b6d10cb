"""Short human texts naming an edit, for the undo menu."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from journey_editor.model.short_text import shorten

# The field that names each kind of object to a person.
TITLE_FIELDS = {
    "stage": "name",
    "persona": "name",
    "lane": "name",
    "card": "title",
    "link": "label",
    "channel": "label",
    "project": "title",
}


def named(kind: str, obj: Any) -> str:
    """'card «Blog»', or 'card ""' when it has no title yet (a card just dropped from the
    palette): the undo history says "untitled card", never an id the user has not seen."""
    title = getattr(obj, TITLE_FIELDS[kind], "") or ""
    if title.strip():
        return f"{kind} «{shorten(title)}»"
    return f'{kind} ""'


def counted(kind: str, objects: Collection[Any]) -> str:
    """'card «Blog»' for one object, '3 cards' for several."""
    if len(objects) == 1:
        return named(kind, next(iter(objects)))
    return f"{len(objects)} {kind}s"


def update_label(kind: str, old: Any, changes: Mapping[str, Any]) -> str:
    title_field = TITLE_FIELDS[kind]
    if set(changes) == {title_field} and isinstance(changes[title_field], str):
        return f"Rename {named(kind, old)} to «{shorten(changes[title_field])}»"
    if len(changes) == 1:
        field = next(iter(changes)).replace("_", " ")
        return f"Change {field} of {named(kind, old)}"
    return f"Edit {named(kind, old)}"
