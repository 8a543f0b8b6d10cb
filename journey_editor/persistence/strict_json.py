"""Decode a JSON document strictly: UTF-8 only, no NaN, no duplicate keys, bounded size.

Python's json module and pydantic both accept things that would later hurt us (NaN saved as
null, duplicate keys where the last one silently wins, lone surrogates that cannot be written
back as UTF-8). Every refusal here is a one-line reason with a line and column where one exists.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_FILE_BYTES = 64 * 1024 * 1024
UTF8_BOM = b"\xef\xbb\xbf"

# The one nesting limit of the whole program: a map (the native document: the project object
# is level 1, its lists level 2, an entity level 3, its attributes level 4 …) may hold objects
# and arrays this many levels deep. Real maps use about 10 (an imported OJF node's service
# blueprint kept in a card's attributes); every later step that recurses (pydantic's
# validation and serialisation, json.dumps in the surrogate check and the OJF content id, the
# OJF memory comparisons) stays far from Python's recursion limit at this depth, so a map that
# loads always saves.
MAX_DEPTH = 64

# Python refuses to convert integers of more than 4300 digits (sys.get_int_max_str_digits),
# both reading and writing them; no number in a map needs more than a few. Longer numbers are
# refused with a message (line, column) instead of int()'s bare ValueError.
MAX_NUMBER_DIGITS = 4300

_NON_FINITE = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')
_STRING_OR_NUMBER = re.compile(r'"(?:[^"\\]|\\.)*"|(-?[0-9][0-9.eE+-]*)')
_LONG_DIGITS = re.compile(rf"-?[0-9]{{{MAX_NUMBER_DIGITS + 1},}}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class JsonInputError(ValueError):
    """One-line reason why bytes are not an acceptable JSON object."""


class _DuplicateKey(Exception):
    pass


class _NonFinite(Exception):
    pass


class _HugeNumber(Exception):
    def __init__(self, token: str, reason: str) -> None:
        super().__init__(reason)
        self.token = token
        self.reason = reason


def size_text(size: int) -> str:
    """A byte count for a message: one decimal in MiB, exact bytes where rounding would lie."""
    if size < 2**20:
        return f"{size:,} bytes"
    mib = f"{size / 2**20:.1f}".removesuffix(".0")
    if size != round(size / 2**20, 1) * 2**20:
        # "64 MiB, over the 64 MiB limit" reads as a contradiction: give the bytes too.
        return f"{mib} MiB ({size:,} bytes)"
    return f"{mib} MiB"


def too_big(size: int, what: str = "") -> str:
    """The reason a file of `size` bytes is refused (over MAX_FILE_BYTES)."""
    limit = f"{MAX_FILE_BYTES // 2**20} MiB"
    suffix = f" for a {what}" if what else ""
    return f"is {size_text(size)}, over the {limit} limit{suffix}"


def decode_json_object(
    data: bytes, what: str = "project file", max_depth: int = MAX_DEPTH
) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise JsonInputError(too_big(len(data), what))
    text = _decode_utf8(data)
    if not text or text.isspace():  # (strip() would copy a 20 MB text to find out)
        raise JsonInputError(f"is empty, not a {what}")
    try:
        value = json.loads(
            text,
            object_pairs_hook=_refuse_duplicates,
            parse_constant=_refuse,
            parse_float=_parse_float,  # integers: int() in C, fast; too long ones raise below
        )
    except _HugeNumber as error:
        raise JsonInputError(_huge_number_message(text, error.token, error.reason)) from None
    except json.JSONDecodeError as error:
        raise JsonInputError(
            f"is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except ValueError:  # int() refused an integer of more than 4300 digits
        token = _first_long_integer(text)
        reason = (
            f"a number of {len(token.lstrip('-')):,} digits, "
            f"over the {MAX_NUMBER_DIGITS:,}-digit limit"
        )
        raise JsonInputError(_huge_number_message(text, token, reason)) from None
    except _DuplicateKey as error:
        raise JsonInputError(str(error)) from None
    except _NonFinite:
        line, column = _position_of_non_finite(text)
        raise JsonInputError(
            f"holds NaN or Infinity at line {line}, column {column}: JSON numbers must be finite"
        ) from None
    except RecursionError:
        raise JsonInputError(
            f"is nested too deeply to be a journey map (over {max_depth} levels)"
        ) from None
    if not isinstance(value, dict):
        raise JsonInputError(f"must hold a JSON object at top level, not {_json_kind(value)}")
    check_depth(value, max_depth)
    # find() first: the regular expression scans 20 MB at a tenth of its speed.
    if "\\u" in text and _SURROGATE_ESCAPE.search(text):
        _refuse_lone_surrogates(value)
    return value


def depth_problem(value: Any, max_depth: int = MAX_DEPTH) -> str | None:
    """Why `value` nests deeper than `max_depth` objects and arrays (naming where), or None.

    Iterative, so that it works on values of any depth without recursing itself."""
    if _within_depth(value, max_depth):
        return None  # the common case, fast; the walk below names the place
    stack: list[tuple[Any, int, tuple[str | int, ...], str | None]] = [(value, 1, (), None)]
    while stack:
        item, depth, path, owner = stack.pop()
        if isinstance(item, dict):
            if depth > max_depth:
                return _depth_message(depth, path, owner, max_depth)
            object_id = item.get("id")
            here = object_id if isinstance(object_id, str) and object_id else owner
            stack.extend(
                (v, depth + 1, (*path, k), here)
                for k, v in item.items()
                if isinstance(v, dict | list | tuple)
            )
        elif isinstance(item, list | tuple):
            if depth > max_depth:
                return _depth_message(depth, path, owner, max_depth)
            stack.extend(
                (v, depth + 1, (*path, i), owner)
                for i, v in enumerate(item)
                if isinstance(v, dict | list | tuple)
            )
    return None


# What a decoded document is made of: exact types are tested first (a set lookup), four times
# faster than isinstance with a union on every value of a 50,000-card map; anything else (a
# subclass of dict or list, in a value that did not come from json.loads) falls back to it.
_CONTAINER_TYPES = frozenset({dict, list, tuple})
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


def _within_depth(value: Any, max_depth: int) -> bool:
    if not isinstance(value, dict | list | tuple):
        return True
    containers, scalars = _CONTAINER_TYPES, _SCALAR_TYPES
    stack = [(value, 1)]
    push, pop = stack.append, stack.pop
    while stack:
        item, depth = pop()
        if depth > max_depth:
            return False
        below = depth + 1
        for child in item.values() if isinstance(item, dict) else item:
            kind = type(child)
            if kind in containers or (
                kind not in scalars and isinstance(child, dict | list | tuple)
            ):
                push((child, below))
    return True


def check_depth(value: Any, max_depth: int = MAX_DEPTH) -> None:
    problem = depth_problem(value, max_depth)
    if problem is not None:
        raise JsonInputError(problem)


def _depth_message(
    depth: int, path: tuple[str | int, ...], owner: str | None, max_depth: int
) -> str:
    where = json_path(path[:8]) + ("…" if len(path) > 8 else "")
    in_object = f' in the object with id "{owner}"' if owner else ""
    return (
        f"is nested over {max_depth} levels deep{in_object}, at {where} "
        f"(level {depth}; the limit is {max_depth} levels of objects and arrays)"
    )


def json_path(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "the top level"


def _parse_float(token: str) -> float:
    if len(token) > MAX_NUMBER_DIGITS:
        raise _HugeNumber(
            token,
            f"a number of {len(token):,} characters, over the {MAX_NUMBER_DIGITS:,}-digit limit",
        )
    value = float(token)
    if not math.isfinite(value):
        raise _HugeNumber(token, "a number too large to be held (it would become Infinity)")
    return value


def _huge_number_message(text: str, token: str, reason: str) -> str:
    offsets = (m.start(1) for m in _STRING_OR_NUMBER.finditer(text) if m.group(1) == token)
    # The string-aware scan loses step after a stray quote; then the first occurrence will do.
    offset = next(offsets, None)
    if offset is None:
        offset = max(text.find(token), 0)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"holds {reason} at line {line}, column {column} ({_number_preview(token)})"


def _first_long_integer(text: str) -> str:
    for match in _STRING_OR_NUMBER.finditer(text):
        token = match.group(1)
        if token and len(token.lstrip("-")) > MAX_NUMBER_DIGITS and token.lstrip("-").isdigit():
            return token
    # The string-aware scan loses step after a stray quote: the first long run of digits.
    found = _LONG_DIGITS.search(text)
    return found.group(0) if found else "?"


def _number_preview(token: str) -> str:
    return token if len(token) <= 20 else f"{token[:8]}…{token[-8:]}"


def _decode_utf8(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) > 1 and b"\x00" in data[:4]):
        raise JsonInputError("is UTF-16 text; save it as UTF-8 (with or without BOM) instead")
    if data.startswith(UTF8_BOM):
        # Windows Notepad writes a BOM; it carries no meaning for us.
        data = data[len(UTF8_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise JsonInputError(
            f"is not UTF-8 text: byte 0x{data[error.start]:02X} at line {line}, column {column} "
            "(perhaps Latin-1 or Windows-1252; re-save it as UTF-8)"
        ) from None


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                owner = result.get("id")
                where = f' in the object with id "{owner}"' if isinstance(owner, str) else ""
                raise _DuplicateKey(f'has the key "{key}" twice{where}; keep one of them')
            seen.add(key)
    return result


def _refuse(token: str) -> None:
    raise _NonFinite(token)


def _position_of_non_finite(text: str) -> tuple[int, int]:
    for match in _NON_FINITE.finditer(text):
        if match.group(1):
            offset = match.start(1)
            line = text.count("\n", 0, offset) + 1
            return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
    return 1, 1


def _refuse_lone_surrogates(value: Any) -> None:
    problem = surrogate_problem(value)
    if problem is not None:
        raise JsonInputError(problem)


def surrogate_problem(value: Any) -> str | None:
    """Why `value` cannot be written as UTF-8 (a lone surrogate, naming where), or None.

    Iterative: safe on values of any depth."""
    stack: list[tuple[Any, tuple[str | int, ...], str | None]] = [(value, (), None)]
    while stack:
        item, path, owner = stack.pop()
        if isinstance(item, str):
            if _is_broken(item):
                in_object = f' in the object with id "{owner}"' if owner else ""
                return (
                    "holds a \\uD800–\\uDFFF escape that is not a valid character "
                    f"(a broken emoji?){in_object}, field {json_path(path)}"
                )
        elif isinstance(item, dict):
            object_id = item.get("id")
            here = object_id if isinstance(object_id, str) and object_id else owner
            for key, child in item.items():
                if isinstance(key, str) and _is_broken(key):
                    return (
                        "holds a \\uD800–\\uDFFF escape that is not a valid character "
                        f"(a broken emoji?) in a key at {json_path(path)}"
                    )
                stack.append((child, (*path, key), here))
        elif isinstance(item, list | tuple):
            stack.extend((child, (*path, i), owner) for i, child in enumerate(item))
    return None


def _is_broken(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return "a number"
