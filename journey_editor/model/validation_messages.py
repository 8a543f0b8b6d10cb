"""Turn pydantic's validation errors into Problems that name the object and the field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from journey_editor.model.problems import Problem

# Where each kind of object lives in a project document.
COLLECTION_KINDS = {
    "stages": "stage",
    "personas": "persona",
    "lanes": "lane",
    "cards": "card",
    "links": "link",
    "channels": "channel",
    "conflicts": "conflict",
}
_TITLE_KEYS = ("title", "name", "label")
_REFERENCE_FIELDS = {"id", "persona", "lane", "stage", "channel", "from_card", "to_card"}


def problems_from_validation_error(
    error: ValidationError, document: Any, root_kind: str = "project"
) -> list[Problem]:
    return [_problem_for(detail, document, root_kind) for detail in error.errors()]


def _problem_for(detail: Mapping[str, Any], document: Any, root_kind: str) -> Problem:
    loc = tuple(detail["loc"])
    kind, obj, field_path = root_kind, document, loc
    node = document
    # Walk down the location; remember the deepest list item that is a known kind of object.
    for depth, key in enumerate(loc):
        parent_key = loc[depth - 1] if depth else None
        node = _child(node, key)
        if node is _MISSING:
            break
        if isinstance(key, int) and parent_key in COLLECTION_KINDS:
            kind, obj, field_path = COLLECTION_KINDS[parent_key], node, loc[depth + 1 :]
    object_id, title = _identify(obj, loc, kind)
    field = _format_field(field_path)
    return Problem(kind, object_id, title, field or None, _message(detail, field_path))


_MISSING = object()


def _child(node: Any, key: Any) -> Any:
    if isinstance(node, Mapping):
        return node.get(key, _MISSING)
    if isinstance(node, Sequence) and not isinstance(node, str) and isinstance(key, int):
        return node[key] if 0 <= key < len(node) else _MISSING
    return _MISSING


def _identify(obj: Any, loc: tuple, kind: str) -> tuple[str | None, str | None]:
    if not isinstance(obj, Mapping):
        return None, None
    raw_id = obj.get("id")
    object_id = raw_id if isinstance(raw_id, str) and raw_id.strip() else None
    if object_id is None and kind != "project":
        # No usable id: fall back to the position in its list so the reader can find it.
        positions = [k for k in loc if isinstance(k, int)]
        object_id = f"#{positions[-1] + 1}" if positions else None
    title = next((obj[k] for k in _TITLE_KEYS if isinstance(obj.get(k), str) and obj[k]), None)
    return object_id, title


def _format_field(path: tuple) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif isinstance(part, str) and not part.startswith(("literal[", "function-")):
            text += f".{part}" if text else part
    return text


def _message(detail: Mapping[str, Any], field_path: tuple) -> str:
    error_type = detail["type"]
    field_name = next((p for p in reversed(field_path) if isinstance(p, str)), "")
    given = detail.get("input")
    if error_type == "extra_forbidden":
        return "unknown field: it is not part of the file format (check its spelling)"
    if error_type == "missing":
        return "is required but missing"
    if error_type == "string_pattern_mismatch":
        if field_name == "colour":
            return f'must be a colour written "#RRGGBB", like "#0072B2" (got {_show(given)})'
        if field_name in _REFERENCE_FIELDS:
            return f"must be a non-empty id without leading or trailing spaces (got {_show(given)})"
        if field_name == "locale":
            return f'must be a language tag like "en" or "fr-BE" (got {_show(given)})'
        if field_name == "sha256":
            return (
                "must be a SHA-256 hash: 64 hexadecimal digits, 0-9 and lowercase a-f "
                f"(got {_show(given)})"
            )
        if field_name == "file":
            return (
                f'must be a file name without any folder, like "shop.journey.json" '
                f"(got {_show(given)})"
            )
        return f"must contain some visible text (got {_show(given)})"
    if error_type == "value_error":  # our own validators' words
        return str(detail["msg"]).removeprefix("Value error, ")
    if error_type == "string_too_short":
        return "must not be empty"
    if error_type in ("finite_number", "float_parsing"):
        return f"must be a finite number (got {_show(given)})"
    if error_type.startswith("literal_error"):
        return f"{detail['msg'].replace('Input should be', 'must be')} (got {_show(given)})"
    message = detail["msg"].replace("Input should be", "must be")
    return f"{message} (got {_show(given)})" if "input" in detail else message


def _show(value: Any, limit: int = 60) -> str:
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
