"""Small pieces shared by the importers of other formats (Mermaid, CSV): decoding, ids, names.

Imported objects get readable ids derived from their names ("stage-go-to-work"), so importing
the same text twice gives equal projects and a diff of two imports reads well.
"""

from __future__ import annotations

import re

from journey_editor.model.factory import PERSONA_COLOURS

# The one rule for comparing names lives in the model (the capture bar matches with it too);
# the importers keep reading it here.
from journey_editor.model.text_keys import name_key as name_key
from journey_editor.model.text_keys import strip_accents
from journey_editor.persistence.strict_json import MAX_FILE_BYTES

UTF8_BOM = b"\xef\xbb\xbf"
MAX_NAME_LENGTH = 500  # the model's limit for stage, persona, lane and channel names
ID_SLUG_LIMIT = 40


class TextInputError(ValueError):
    """One-line reason why bytes are not acceptable UTF-8 text."""


def decode_utf8_text(data: bytes | str, what: str) -> str:
    """UTF-8 with or without BOM; anything else is refused with the offending byte's position."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if len(data) > MAX_FILE_BYTES:
        raise TextInputError(
            f"is {len(data) / 2**20:.0f} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit "
            f"for a {what}"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) > 1 and b"\x00" in data[:4]):
        raise TextInputError("is UTF-16 text; save it as UTF-8 (with or without BOM) instead")
    data = data.removeprefix(UTF8_BOM)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise TextInputError(
            f"is not UTF-8 text: byte 0x{data[error.start]:02X} at line {line}, column {column} "
            f"(byte offset {error.start}); perhaps Latin-1 or Windows-1252: re-save it as UTF-8"
        ) from None


def slugify(text: str, fallback: str, limit: int = ID_SLUG_LIMIT) -> str:
    """ASCII, lower-case, hyphenated: "Étape d’achat" → "etape-d-achat"."""
    ascii_text = strip_accents(text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    slug = slug[:limit].rstrip("-")
    return slug or fallback


class IdAllocator:
    """Hands out readable ids, unique within one namespace (the project's, or the channels')."""

    def __init__(self, taken: set[str] | None = None, separator: str = "-") -> None:
        self.taken = set(taken or ())
        self.separator = separator
        # Where to resume counting for a base, so 5,000 cards titled alike stay linear.
        self._next_counter: dict[str, int] = {}

    def new(self, prefix: str, *names: str) -> str:
        parts = [prefix] if prefix else []
        parts += [slugify(name, "x").replace("-", self.separator) for name in names]
        base = self.separator.join(parts) or "item"
        candidate, counter = base, self._next_counter.get(base, 1)
        if counter > 1:
            candidate = f"{base}{self.separator}{counter}"
        while candidate in self.taken:
            counter += 1
            candidate = f"{base}{self.separator}{counter}"
        self._next_counter[base] = counter
        self.taken.add(candidate)
        return candidate


def persona_colour(index: int) -> str:
    return PERSONA_COLOURS[index % len(PERSONA_COLOURS)]


def first_line(text: str) -> str:
    """The first non-blank line, stripped ("" if none): a name for a card that has no title."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
