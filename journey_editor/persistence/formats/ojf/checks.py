"""Check the shape of a decoded OpenJourney (.ojf) document before it is mapped.

Every problem names the object the way a reader finds it in the file: its position in its list,
its id and its title or name, then the field, e.g.
`node #4 "n4" «Baggage Handover», field 'stageId': refers to stage "s9", which does not exist`.
Strict on what the structure needs (types, references, the score range), lenient on content the
map can live without (a blank name or tag is replaced or kept aside, never refused).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from journey_editor.model.problems import Problem
from journey_editor.persistence.formats.ojf.values import SCORE_RANGE, is_number

_ROOT_TEXTS = ("persona", "pointOfView", "title")
_METADATA_TEXTS = ("title", "persona", "pov", "pointOfView")
_NODE_TEXTS = ("title", "description", "severity", "sentiment", "purpose", "icon", "iconColor")


def document_problems(document: Mapping[str, Any]) -> list[Problem]:
    problems = _root_problems(document)
    stages = _list_field(document, "stages", problems, required=True)
    lanes = _list_field(document, "swimlanes", problems, required=False)
    nodes = _list_field(document, "nodes", problems, required=False)
    stage_ids = _named_list_problems(stages, "stage", problems)
    lane_ids = _named_list_problems(lanes, "swimlane", problems)
    for index, node in enumerate(nodes):
        problems.extend(_node_problems(index, node, stage_ids, lane_ids))
    return problems


def _root_problems(document: Mapping[str, Any]) -> list[Problem]:
    problems = [
        _file_problem(key, _must_be("text", document[key]))
        for key in _ROOT_TEXTS
        if key in document and not _is_text_or_null(document[key])
    ]
    meta = document.get("metadata")
    if meta is not None and not isinstance(meta, dict):
        problems.append(_file_problem("metadata", _must_be("an object", meta)))
    elif isinstance(meta, dict):
        problems.extend(
            _file_problem(f"metadata.{key}", _must_be("text", meta[key]))
            for key in _METADATA_TEXTS
            if key in meta and not _is_text_or_null(meta[key])
        )
    return problems


def _list_field(
    document: Mapping[str, Any], key: str, problems: list[Problem], required: bool
) -> list[Any]:
    if key not in document:
        if required:
            problems.append(_file_problem(key, "is required but missing"))
        return []
    value = document[key]
    if not isinstance(value, list):
        problems.append(_file_problem(key, _must_be("a list", value)))
        return []
    return value


def _named_list_problems(items: list[Any], kind: str, problems: list[Problem]) -> set[str]:
    """Check stages or swimlanes ({id, name}); return the ids nodes may refer to."""
    first_index: dict[str, int] = {}
    for index, item in enumerate(items):
        problems.extend(_named_object_problems(index, item, kind, first_index))
    return set(first_index)


def _named_object_problems(
    index: int, item: Any, kind: str, first_index: dict[str, int]
) -> list[Problem]:
    label = f"{kind} #{index + 1}"
    if not isinstance(item, dict):
        return [Problem(label, None, None, None, _must_be("an object", item))]
    object_id, name = item.get("id"), item.get("name")
    shown_id = object_id if isinstance(object_id, str) and object_id.strip() else None
    shown_name = name if isinstance(name, str) else None
    found: list[tuple[str, str]] = []
    if "id" not in item:
        found.append(("id", f"is required but missing: nodes refer to {kind}s by id"))
    elif not isinstance(object_id, str):
        found.append(("id", _must_be("text", object_id)))
    elif object_id in first_index:
        found.append(("id", f"duplicate id, already used by {kind} #{first_index[object_id]}"))
    else:
        first_index[object_id] = index + 1
    if "name" not in item:
        found.append(("name", "is required but missing"))
    elif not isinstance(name, str):
        found.append(("name", _must_be("text", name)))
    return [Problem(label, shown_id, shown_name, field, message) for field, message in found]


def _node_problems(index: int, node: Any, stage_ids: set[str], lane_ids: set[str]) -> list[Problem]:
    label = f"node #{index + 1}"
    if not isinstance(node, dict):
        return [Problem(label, None, None, None, _must_be("an object", node))]
    node_id, title = node.get("id"), node.get("title")
    shown_id = node_id if isinstance(node_id, str) and node_id.strip() else None
    shown_title = title if isinstance(title, str) else None
    problems: list[Problem] = []

    def report(field: str, message: str) -> None:
        problems.append(Problem(label, shown_id, shown_title, field, message))

    for field, kind, known in (
        ("stageId", "stage", stage_ids),
        ("swimlaneId", "swimlane", lane_ids),
    ):
        if field not in node:
            report(field, "is required but missing")
        elif not isinstance(node[field], str):
            report(field, _must_be("text", node[field]))
        elif node[field] not in known:
            report(field, f'refers to {kind} "{node[field]}", which does not exist')
    for field in _NODE_TEXTS:
        if field in node and not _is_text_or_null(node[field]):
            report(field, _must_be("text", node[field]))
    score = node.get("score")
    if score is not None:
        if not is_number(score):
            report("score", _must_be("a number", score))
        elif not SCORE_RANGE[0] <= score <= SCORE_RANGE[1]:
            report("score", f"must be between -5 and +5 (got {_show(score)})")
    moment = node.get("isMomentOfTruth")
    if moment is not None and not isinstance(moment, bool):
        report("isMomentOfTruth", _must_be("true or false", moment))
    tags = node.get("tags")
    if tags is not None:
        if not isinstance(tags, list):
            report("tags", _must_be("a list of text", tags))
        else:
            for position, tag in enumerate(tags):
                if not isinstance(tag, str):
                    report(f"tags[{position}]", _must_be("text", tag))
    blueprint = node.get("blueprint")
    if blueprint is not None and not isinstance(blueprint, dict):
        report("blueprint", _must_be("an object", blueprint))
    return problems


def _file_problem(field: str, message: str) -> Problem:
    return Problem("file", None, None, field, message)


def _is_text_or_null(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _must_be(what: str, value: Any) -> str:
    return f"must be {what} (got {_show(value)})"


def _show(value: Any, limit: int = 60) -> str:
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
