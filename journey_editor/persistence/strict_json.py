"""Decode a JSON document strictly: UTF-8 only, no NaN, no duplicate keys, bounded size.

Python's json module and pydantic both accept things that would later hurt us (NaN saved as
null, duplicate keys where the last one silently wins, lone surrogates that cannot be written
back as UTF-8). Every refusal here is a one-line reason with a line and column where one exists.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_FILE_BYTES = 64 * 1024 * 1024
UTF8_BOM = b"\xef\xbb\xbf"

_NON_FINITE = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class JsonInputError(ValueError):
    """One-line reason why bytes are not an acceptable JSON object."""


class _DuplicateKey(Exception):
    pass


class _NonFinite(Exception):
    pass


def decode_json_object(data: bytes, what: str = "project file") -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise JsonInputError(
            f"is {len(data) / 2**20:.0f} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit "
            f"for a {what}"
        )
    text = _decode_utf8(data)
    if not text.strip():
        raise JsonInputError(f"is empty, not a {what}")
    try:
        value = json.loads(text, object_pairs_hook=_refuse_duplicates, parse_constant=_refuse)
    except json.JSONDecodeError as error:
        raise JsonInputError(
            f"is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except _DuplicateKey as error:
        raise JsonInputError(str(error)) from None
    except _NonFinite:
        line, column = _position_of_non_finite(text)
        raise JsonInputError(
            f"holds NaN or Infinity at line {line}, column {column}: JSON numbers must be finite"
        ) from None
    except RecursionError:
        raise JsonInputError("is nested too deeply to be a journey map") from None
    if not isinstance(value, dict):
        raise JsonInputError(f"must hold a JSON object at top level, not {_json_kind(value)}")
    if _SURROGATE_ESCAPE.search(text):
        _refuse_lone_surrogates(value)
    return value


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
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise JsonInputError(
            "holds a \\uD800–\\uDFFF escape that is not a valid character (a broken emoji?)"
        ) from None


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
