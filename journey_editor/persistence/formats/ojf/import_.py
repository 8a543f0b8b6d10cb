"""Map a checked OpenJourney (.ojf) document onto a project document (see `ojf` for the table)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from pydantic import TypeAdapter, ValidationError

from journey_editor.model.entities import Card
from journey_editor.model.types import ObjectId
from journey_editor.persistence.formats.ojf.export import (
    LIST_KEYS,
    NodeContext,
    default_node,
    import_catalogue,
    root_object,
)
from journey_editor.persistence.formats.ojf.memory import OJF_ATTRIBUTE, remember
from journey_editor.persistence.formats.ojf.values import (
    LANE_FALLBACK,
    PERSONA_FALLBACK,
    STAGE_FALLBACK,
    channel_for_icon,
    effort_from_severity,
    emotion_from_score,
    flag,
    lane_kind_for_name,
    name_or,
    root_values,
    same_json,
    text_or_empty,
    usable_tags,
)

_OBJECT_ID: TypeAdapter[str] = TypeAdapter(ObjectId)


def project_document(document: Mapping[str, Any]) -> dict[str, Any]:
    """The native project document of a checked OJF document (every reference resolves)."""
    stages_raw = document["stages"]
    lanes_raw = document.get("swimlanes", [])
    nodes_raw = document.get("nodes", [])
    ids = _IdClaims()
    # One id namespace: the file's ids are kept where they are valid and still free.
    stage_ids = {raw["id"]: ids.claim(raw["id"], "stage", i) for i, raw in enumerate(stages_raw)}
    lane_ids = {raw["id"]: ids.claim(raw["id"], "lane", i) for i, raw in enumerate(lanes_raw)}
    card_ids = [ids.claim(raw.get("id"), "card", i) for i, raw in enumerate(nodes_raw)]
    persona_id = ids.claim(None, "persona", 0)

    stages = [
        _named_entity(raw, stage_ids[raw["id"]], name_or(raw["name"], STAGE_FALLBACK))
        for raw in stages_raw
    ]
    lanes = []
    for raw in lanes_raw:
        lane = _named_entity(raw, lane_ids[raw["id"]], name_or(raw["name"], LANE_FALLBACK))
        lane["kind"] = lane_kind_for_name(lane["name"])
        lanes.append(lane)
    context = NodeContext(
        stage_ids={ours: theirs for theirs, ours in stage_ids.items()},
        lane_ids={ours: theirs for theirs, ours in lane_ids.items()},
        lane_kinds={lane["id"]: lane["kind"] for lane in lanes},
        channels={channel.id: channel for channel in import_catalogue()},
    )
    cards = [
        _card(raw, card_id, persona_id, stage_ids, lane_ids, context)
        for raw, card_id in zip(nodes_raw, card_ids, strict=True)
    ]

    title, persona_name, point_of_view = root_values(document)
    project: dict[str, Any] = {
        "id": _content_id(document),
        "title": title,
        "stages": stages,
        "personas": [
            {"id": persona_id, "name": persona_name, "role": point_of_view, "lanes": lanes}
        ],
        "cards": cards,
    }
    lists = {key: document.get(key, []) for key in LIST_KEYS}
    if not same_json(root_object(title, persona_name, point_of_view, None, lists), document):
        original = {
            key: value
            for key, value in document.items()
            if key not in LIST_KEYS and not _root_field_held(key, value)
        }
        project["attributes"] = {OJF_ATTRIBUTE: remember(document, original)}
    return project


def _named_entity(raw: Mapping[str, Any], our_id: str, name: str) -> dict[str, Any]:
    entity: dict[str, Any] = {"id": our_id, "name": name}
    if not same_json({"id": our_id, "name": name}, raw):
        original = {key: value for key, value in raw.items() if key not in ("id", "name")}
        if raw["id"] != our_id:
            original["id"] = raw["id"]
        if raw["name"] != name:
            original["name"] = raw["name"]
        entity["attributes"] = {OJF_ATTRIBUTE: remember(raw, original)}
    return entity


def _card(
    raw: Mapping[str, Any],
    card_id: str,
    persona_id: str,
    stage_ids: Mapping[str, str],
    lane_ids: Mapping[str, str],
    context: NodeContext,
) -> dict[str, Any]:
    card: dict[str, Any] = {
        "id": card_id,
        "persona": persona_id,
        "lane": lane_ids[raw["swimlaneId"]],
        "stage": stage_ids[raw["stageId"]],
        "title": text_or_empty(raw.get("title")),
        "description": text_or_empty(raw.get("description")),
        "channel": channel_for_icon(raw.get("icon"), raw.get("iconColor"), import_catalogue()),
        "effort": effort_from_severity(raw.get("severity")),
        "emotion": emotion_from_score(raw.get("score")),
        "moment_of_truth": flag(raw.get("isMomentOfTruth")),
        "tags": usable_tags(raw.get("tags")),
    }
    if not same_json(default_node(Card.model_construct(**card), context), raw):
        original = {
            key: value for key, value in raw.items() if not _node_field_held(key, value, card_id)
        }
        card["attributes"] = {OJF_ATTRIBUTE: remember(raw, original)}
    return card


def _node_field_held(key: str, value: Any, card_id: str) -> bool:
    """Whether the card holds this node field exactly as it is (so the memory need not)."""
    if key in ("stageId", "swimlaneId"):
        return True  # written back from the stage's and swimlane's own ids
    if key == "id":
        return value == card_id
    if key in ("title", "description"):
        return isinstance(value, str)
    if key == "tags":
        return isinstance(value, list) and usable_tags(value) == value
    if key == "isMomentOfTruth":
        return isinstance(value, bool)
    return False


def _root_field_held(key: str, value: Any) -> bool:
    if key == "persona":
        return isinstance(value, str) and name_or(value, PERSONA_FALLBACK) == value
    return key in ("pointOfView", "title") and isinstance(value, str)


def _content_id(document: Mapping[str, Any]) -> str:
    """Same content, same project id: importing a file twice gives equal projects."""
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "map-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]


class _IdClaims:
    """Hands out ids unique across stages, lanes, cards and the persona, deterministically."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def claim(self, wanted: Any, prefix: str, index: int) -> str:
        candidates = [f"{prefix}-{index + 1}"]
        if isinstance(wanted, str):
            candidates[:0] = [wanted, f"{prefix}-{wanted}"]
        for candidate in candidates:
            if candidate not in self.taken and _is_object_id(candidate):
                return self._take(candidate)
        suffix = 2
        while f"{candidates[-1]}-{suffix}" in self.taken:
            suffix += 1
        return self._take(f"{candidates[-1]}-{suffix}")

    def _take(self, object_id: str) -> str:
        self.taken.add(object_id)
        return object_id


def _is_object_id(value: str) -> bool:
    try:
        _OBJECT_ID.validate_python(value)
    except ValidationError:
        return False
    return True
