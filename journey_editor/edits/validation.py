"""Checking new and changed objects against their pydantic rules, before the project changes."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from journey_editor.edits.base import EditError
from journey_editor.model.types import EFFORT_RANGE, EMOTION_RANGE, VOTES_RANGE
from journey_editor.model.validation_messages import problems_from_validation_error

Model = TypeVar("Model", bound=BaseModel)

# pydantic reports one bound at a time; a person wants to hear the whole scale.
_RANGES = {"effort": EFFORT_RANGE, "emotion": EMOTION_RANGE, "votes": VOTES_RANGE}


def edit_error_from(error: ValidationError, document: Any, kind: str) -> EditError:
    detail = error.errors()[0]
    problem = problems_from_validation_error(error, document, root_kind=kind)[0]
    message = problem.message
    name = detail["loc"][-1] if detail["loc"] else None
    if detail["type"] in ("greater_than_equal", "less_than_equal") and name in _RANGES:
        low, high = _RANGES[name]
        message = f"must be between {low} and {high} (got {detail['input']!r})"
    return EditError(problem.kind, problem.object_id, problem.field, message)


# Shown when an update tries to change an object's id: references elsewhere would dangle.
ID_IS_FIXED = "an id cannot be changed (other objects refer to it)"


def read_only(changes: Mapping[str, Any]) -> Mapping[str, Any]:
    """A private read-only copy, so the caller's dict can change without rewriting the edit."""
    return MappingProxyType(dict(changes))


def validated(model_cls: type[Model], document: Mapping[str, Any], kind: str) -> Model:
    try:
        return model_cls.model_validate(document)
    except ValidationError as error:
        raise edit_error_from(error, document, kind) from None


def validated_new(model_cls: type[Model], obj: Any, kind: str) -> Model:
    """A fresh, re-validated copy of `obj`: the project never shares an object with an edit.

    Sharing would let a later in-place change (a persona's lanes) rewrite an edit on the undo
    stack; re-validating catches objects built with `model_construct` or mutated after creation.
    """
    if not isinstance(obj, model_cls):
        raise EditError(kind, None, None, f"expected a {model_cls.__name__}, got {obj!r}")
    return validated(model_cls, obj.model_dump(), kind)


def validated_update(
    model_cls: type[Model],
    old: Any,
    changes: Mapping[str, Any],
    kind: str,
    fixed: Mapping[str, str],
) -> tuple[Model, dict[str, Any]]:
    """The object with `changes` applied, and the former values of the changed fields.

    `fixed` maps the fields an update may not touch to the reason, shown to the user.
    `old` may be a larger model than `model_cls` (the Project for its own scalar fields).
    """
    object_id = getattr(old, "id", None)
    for name in changes:
        if name in fixed:
            raise EditError(kind, object_id, name, fixed[name])
        if name not in model_cls.model_fields:
            raise EditError(kind, object_id, name, f"unknown field: a {kind} has no such field")
    document = {name: getattr(old, name) for name in model_cls.model_fields} | dict(changes)
    new = validated(model_cls, document, kind)
    return new, {name: getattr(old, name) for name in changes}
