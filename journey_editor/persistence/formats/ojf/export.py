"""Build the OpenJourney (.ojf) document of one persona of a map (see `ojf` for the mapping)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from journey_editor.model.channels import default_channels
from journey_editor.model.entities import Card, Channel, Persona
from journey_editor.model.problems import IntegrityError
from journey_editor.model.project import Project
from journey_editor.persistence.formats.ojf.memory import Memory, recall
from journey_editor.persistence.formats.ojf.values import (
    LANE_FALLBACK,
    OJF_VERSION,
    PURPOSE_OF_KIND,
    SENTIMENT_OF_EMOTION,
    SEVERITY_OF_EFFORT,
    STAGE_FALLBACK,
    channel_for_icon,
    effort_from_severity,
    emotion_from_score,
    flag,
    name_or,
    root_values,
    score_from_emotion,
    text_or_empty,
    usable_tags,
)

LIST_KEYS = ("stages", "swimlanes", "nodes")

# Node fields whose value follows a model field: kept as imported while that field is unchanged.
_FOLLOWS = {
    "score": "emotion",
    "sentiment": "emotion",
    "severity": "effort",
    "icon": "channel",
    "iconColor": "channel",
}
# Node fields the model holds as they are, and how the importer reads them.
_HELD: dict[str, Callable[[Any], Any]] = {
    "title": text_or_empty,
    "description": text_or_empty,
    "tags": usable_tags,
    "isMomentOfTruth": flag,
}


@cache
def import_catalogue() -> tuple[Channel, ...]:
    """The channels an imported map starts with: icon + colour are matched against these."""
    return tuple(default_channels())


@dataclass(frozen=True)
class NodeContext:
    stage_ids: Mapping[str, str]  # our stage id → the id written in the file
    lane_ids: Mapping[str, str]  # our lane id → the id written in the file
    lane_kinds: Mapping[str, str]
    channels: Mapping[str, Channel]


def export_document(project: Project, persona_id: str | None = None) -> dict[str, Any]:
    problems = project.integrity_problems()
    if problems:
        raise IntegrityError(problems)
    persona = pick_persona(project, persona_id)
    stage_ids = file_ids(project.stages)
    lane_ids = file_ids(persona.lanes)
    context = NodeContext(
        stage_ids,
        lane_ids,
        {lane.id: lane.kind for lane in persona.lanes},
        {channel.id: channel for channel in project.channels},
    )
    lists = {
        "stages": [named_object(s, stage_ids[s.id], STAGE_FALLBACK) for s in project.stages],
        "swimlanes": [named_object(x, lane_ids[x.id], LANE_FALLBACK) for x in persona.lanes],
        "nodes": [
            node_object(card, context) for card in project.cards if card.persona == persona.id
        ],
    }
    return root_object(project.title, persona.name, persona.role, recall(project.attributes), lists)


def document_bytes(document: Mapping[str, Any]) -> bytes:
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def pick_persona(project: Project, persona_id: str | None) -> Persona:
    if not project.personas:
        raise ValueError("the map has no persona, and an .ojf file holds exactly one")
    if persona_id is None:
        return project.personas[0]
    for persona in project.personas:
        if persona.id == persona_id:
            return persona
    known = ", ".join(f'"{p.id}" ({p.name})' for p in project.personas)
    raise ValueError(f'the map has no persona "{persona_id}" (it has {known})')


def file_ids(entities: Iterable[Any]) -> dict[str, str]:
    """Our id → the id to write: the original OJF id when remembered, kept unique per list."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for entity in entities:
        memory = recall(entity.attributes)
        wanted = memory.original.get("id", entity.id) if memory else entity.id
        if not isinstance(wanted, str) or wanted in used:
            wanted = entity.id
        candidate, suffix = wanted, 2
        while candidate in used:
            candidate, suffix = f"{wanted}-{suffix}", suffix + 1
        used.add(candidate)
        ids[entity.id] = candidate
    return ids


# --- stages and swimlanes -----------------------------------------------------------------------


def named_object(entity: Any, file_id: str, fallback: str) -> dict[str, Any]:
    held = {"id": file_id, "name": entity.name}
    memory = recall(entity.attributes)
    if memory is None:
        return held
    out: dict[str, Any] = {}
    for key in memory.keys:
        if key == "id":
            out[key] = file_id
        elif key == "name":
            out[key] = _kept_or_current(memory, key, entity.name, lambda v: name_or(v, fallback))
        elif key in memory.original:
            out[key] = memory.original[key]
    for key, value in held.items():
        out.setdefault(key, value)
    return out


def _kept_or_current(memory: Memory, key: str, current: Any, read: Callable[[Any], Any]) -> Any:
    """The remembered value while reading it still gives the model's value, else the latter."""
    if key in memory.original and read(memory.original[key]) == current:
        return memory.original[key]
    return current


# --- nodes --------------------------------------------------------------------------------------


def default_node(card: Card, context: NodeContext) -> dict[str, Any]:
    """The node of a card that never was an OJF node: every field the model can fill."""
    node: dict[str, Any] = {
        "id": card.id,
        "stageId": context.stage_ids[card.stage],
        "swimlaneId": context.lane_ids[card.lane],
        "title": card.title,
        "description": card.description,
    }
    if card.effort is not None:
        node["severity"] = SEVERITY_OF_EFFORT[card.effort]
    if card.emotion is not None:
        node["score"] = score_from_emotion(card.emotion)
        node["sentiment"] = SENTIMENT_OF_EMOTION[card.emotion]
    node["purpose"] = PURPOSE_OF_KIND[context.lane_kinds[card.lane]]
    channel = context.channels.get(card.channel) if card.channel is not None else None
    if channel is not None:
        if channel.icon:
            node["icon"] = channel.icon
        node["iconColor"] = channel.colour
    node["tags"] = list(card.tags)
    node["isMomentOfTruth"] = card.moment_of_truth
    return node


def node_object(card: Card, context: NodeContext) -> dict[str, Any]:
    held = default_node(card, context)
    memory = recall(card.attributes)
    if memory is None:
        return held
    original = memory.original
    unchanged = {
        "emotion": emotion_from_score(original.get("score")) == card.emotion,
        "effort": effort_from_severity(original.get("severity")) == card.effort,
        "channel": channel_for_icon(
            original.get("icon"), original.get("iconColor"), import_catalogue()
        )
        == card.channel,
    }
    current = {
        "title": card.title,
        "description": card.description,
        "tags": list(card.tags),
        "isMomentOfTruth": card.moment_of_truth,
    }
    out: dict[str, Any] = {}
    for key in memory.keys:
        if key in _FOLLOWS:
            if unchanged[_FOLLOWS[key]]:
                if key in original:
                    out[key] = original[key]
            elif key in held:
                out[key] = held[key]
        elif key in _HELD:
            out[key] = _kept_or_current(memory, key, current[key], _HELD[key])
        elif key == "id":
            out[key] = original.get("id", held["id"])
        elif key in ("stageId", "swimlaneId"):
            out[key] = held[key]
        elif key in original:
            out[key] = original[key]  # purpose, blueprint, fields we do not know
    # Fields the node did not have: added once the model has something to say in them.
    for key, value in held.items():
        if key in out or key in memory.keys or key in ("id", "purpose"):
            continue
        if key in _FOLLOWS:
            add = not unchanged[_FOLLOWS[key]]
        else:
            add = key in ("stageId", "swimlaneId") or bool(value)
        if add:
            out[key] = value
    return out


# --- the root object ----------------------------------------------------------------------------


def root_object(
    title: str,
    persona_name: str,
    point_of_view: str,
    memory: Memory | None,
    lists: Mapping[str, list[Any]],
) -> dict[str, Any]:
    out: dict[str, Any]
    if memory is None:
        out = {"version": OJF_VERSION, "persona": persona_name, "pointOfView": point_of_view}
        out.update(lists)
    else:
        held = {"persona": persona_name, "pointOfView": point_of_view, "title": title}
        out = {}
        for key in memory.keys:
            if key in lists:
                out[key] = lists[key]
            elif key in memory.original:
                out[key] = memory.original[key]
            elif key in held:
                out[key] = held[key]
        for key in LIST_KEYS:
            if key not in out and lists[key]:
                out[key] = lists[key]
    _align_root(out, title, persona_name, point_of_view)
    return out


def _align_root(out: dict[str, Any], title: str, persona_name: str, point_of_view: str) -> None:
    """Write the model's title / persona / point of view where the importer will read them."""
    _, name_read, role_read = root_values(out)
    if name_read != persona_name:
        _set_root_text(out, "persona", ("persona",), persona_name)
    if role_read != point_of_view:
        _set_root_text(out, "pointOfView", ("pov", "pointOfView"), point_of_view)
    if root_values(out)[0] != title:
        _set_root_text(out, "title", ("title",), title)


def _set_root_text(out: dict[str, Any], key: str, meta_keys: tuple[str, ...], value: str) -> None:
    meta = out.get("metadata")
    if key not in out and isinstance(meta, dict):
        meta_key = next((k for k in meta_keys if isinstance(meta.get(k), str)), meta_keys[0])
        out["metadata"] = {**meta, meta_key: value}
        return
    if key in out:
        out[key] = value
        return
    # A new key goes before the lists, where a reader looks for it.
    items = list(out.items())
    at = next((i for i, (k, _) in enumerate(items) if k in LIST_KEYS), len(items))
    items.insert(at, (key, value))
    out.clear()
    out.update(items)
