"""What an imported OJF object looked like, kept in the entity's `attributes["ojf"]`.

    {"keys": [the object's keys, in file order],
     "original": {field: value for every field the model does not hold verbatim}}

"Not held verbatim" means: the model has no field for it (sentiment, purpose, icon, iconColor,
blueprint, version, metadata, unknown keys), holds it converted (score → emotion, severity →
effort), or had to change it (an id renamed to stay unique, a blank name replaced). The memory is
written only when the exporter would not give back the very same object without it, so a file
this editor exported imports without any memory at all.

On export a remembered value is written back unchanged as long as the import of that value still
gives what the model holds now; once the user has edited the field, the model's value wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

OJF_ATTRIBUTE = "ojf"


@dataclass(frozen=True)
class Memory:
    keys: list[str]
    original: dict[str, Any]


def remember(raw: Mapping[str, Any], original: dict[str, Any]) -> dict[str, Any]:
    return {"keys": list(raw), "original": original}


def recall(attributes: Mapping[str, Any]) -> Memory | None:
    """The memory of an entity, or None if it has none (or one this module did not write)."""
    memory = attributes.get(OJF_ATTRIBUTE)
    if not isinstance(memory, Mapping):
        return None
    keys, original = memory.get("keys"), memory.get("original")
    if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys):
        return None
    if not isinstance(original, Mapping):
        return None
    return Memory(list(keys), dict(original))


def original_fields(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """The remembered original OJF fields of an entity (e.g. a card's "blueprint"), or {}."""
    memory = recall(attributes)
    return dict(memory.original) if memory else {}
