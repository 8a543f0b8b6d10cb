"""The lexical rules of Mermaid's `journey` diagram that both the reader and the writer follow.

Mermaid (packages/mermaid/src/diagrams/user-journey/parser/journey.jison) reads a task as
`name: score: actor, actor`: a name stops at `:`, `#` starts a comment, `;` is a syntax error
and a line starting with a keyword (`journey`, `title `, `section `, `accTitle:`, `accDescr`) is
that statement, never a task. Before lexing, Mermaid replaces entity codes `#58;` (decimal) and
`#quot;` (named) by placeholders and shows them as the characters they stand for. The writer
uses those codes to carry the forbidden characters through unchanged, and the reader decodes
them, so escaping loses nothing.

Line breaks: Mermaid draws `<br>`, `<br/>`, `<br />`, `<BR>` … (its `lineBreakRegex` in
packages/mermaid/src/diagrams/common/common.ts: `<br`, any spaces, an optional `/`, `>`, in any
case) as line breaks in section and task names. The reader turns them into "\n"; the writer
writes a "\n" of a stage name or card title as `<br>`, and the `<` of a tag that is text (a
title about HTML) as `#60;`, which Mermaid shows as "<" and no longer reads as a tag.
"""

from __future__ import annotations

import html.entities
import re
from dataclasses import dataclass, field

# Mermaid's own pattern (JavaScript \w is ASCII-only).
ENTITY = re.compile(r"#([A-Za-z0-9_]+);")

# Lines that Mermaid reads as a statement rather than a task name (its lexer is
# case-insensitive and takes the first matching rule, so "Journeyman: 3" is the header keyword).
KEYWORD_START = re.compile(r"journey|title\s|section\s|acctitle\s*$|accdescr\s*($|\{)", re.I)

# The tags Mermaid draws as a line break (JavaScript \s and Python's both take Unicode spaces).
LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
LINE_BREAK = "<br>"

# Characters each kind of text cannot hold as they are.
TITLE_SPECIALS = "#;\n\r"
SECTION_SPECIALS = "#;:\r"  # "\n": see escape(line_breaks=True)
TASK_SPECIALS = "#;:\r"
ACTOR_SPECIALS = "#;:,\n\r"
DESCRIPTION_SPECIALS = "#}\r"

_CHAR_NAMES = {"\n": "line break", "\r": "carriage return", "%%": "%%"}

# Placeholders live in the supplementary private-use planes (15 and 16). Real text may hold
# those characters too (a company's own glyphs, an icon font): every one of them in a line is
# given a placeholder of its own that stands for itself, so after protection each character of
# those planes in the line is a placeholder, and restoring cannot mistake text for one.
_PLACEHOLDER_BASE = 0xF0000
_PLACEHOLDER_COUNT = 0x110000 - _PLACEHOLDER_BASE
_PROTECTED = re.compile(r"#([A-Za-z0-9_]+);|[\U000F0000-\U0010FFFF]")


class TooManyCodes(ValueError):
    """A line with more entity codes and private-use characters than there are placeholders."""


def with_line_breaks(text: str, protected: ProtectedLine) -> str:
    """A section or task name as it reads: line-break tags → "\n", entity codes decoded
    (after the tags, so that "#60;br>" stays the text "<br>"), spaces around it stripped."""
    return protected.restore_decoded(LINE_BREAK_TAG.sub("\n", text)).strip()


def decode_entity(name: str) -> str | None:
    """The text an entity code stands for, or None if Mermaid would not decode it."""
    if name.isdigit():
        if len(name.lstrip("0")) > 7:
            # Past U+10FFFF anyway, and int() refuses more than 4300 digits with a ValueError.
            return None
        code = int(name)
        if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return chr(code)
        return None
    return html.entities.html5.get(name + ";")


def entity_code(char: str) -> str:
    return f"#{ord(char)};"


@dataclass
class ProtectedLine:
    """A line whose entity codes are replaced by single placeholder characters, so that the
    `#` and `;` inside them are not read as a comment or a syntax error."""

    text: str
    raw: dict[str, str] = field(default_factory=dict)
    decoded: dict[str, str] = field(default_factory=dict)

    def restore_decoded(self, text: str) -> str:
        return _replace_placeholders(text, self.decoded)

    def restore_raw(self, text: str) -> str:
        return _replace_placeholders(text, self.raw)


def protect_entities(line: str) -> ProtectedLine:
    """Entity codes (and the line's own private-use characters of planes 15 and 16, which
    stand for themselves) replaced by placeholders. Raises TooManyCodes past 131,072 of them."""
    protected = ProtectedLine("")

    def substitute(match: re.Match[str]) -> str:
        raw = match.group(0)
        if match.group(1) is None:
            decoded: str | None = raw  # a private-use character of the text itself
        else:
            decoded = decode_entity(match.group(1))
            if decoded is None:
                return raw  # shown literally, like Mermaid's browser output
        if len(protected.raw) >= _PLACEHOLDER_COUNT:
            raise TooManyCodes(
                f"holds more than {_PLACEHOLDER_COUNT:,} entity codes and private-use characters"
            )
        placeholder = chr(_PLACEHOLDER_BASE + len(protected.raw))
        protected.raw[placeholder] = raw
        protected.decoded[placeholder] = decoded
        return placeholder

    protected.text = _PROTECTED.sub(substitute, line)
    return protected


def _replace_placeholders(text: str, table: dict[str, str]) -> str:
    if not table:
        return text
    return "".join(table.get(char, char) for char in text)


@dataclass
class Escaped:
    text: str
    escaped: list[str]  # the characters written as entity codes, in first-seen order
    keyword: str = ""  # the Mermaid keyword the text started with, if any

    def describe(self) -> str:
        parts = []
        for char in self.escaped:
            shown = _CHAR_NAMES.get(char, f"'{char}'")
            code = "#37;" if char == "%%" else entity_code(char)
            parts.append(f"{shown} as {code}")
        reason = f" (it starts with the Mermaid keyword '{self.keyword}')" if self.keyword else ""
        return "wrote " + ", ".join(parts) + reason + ", entity codes Mermaid displays unchanged"


def escape(
    text: str, specials: str, keyword_guard: bool = False, line_breaks: bool = False
) -> Escaped:
    """Write `text` so that Mermaid reads it back as the same characters. With `line_breaks`
    (section and task names), a "\n" is written as `<br>` and the `<` of a tag already in the
    text as `#60;`, so that the reader turns exactly the line breaks back into "\n"."""
    escaped: list[str] = []
    out = []
    tags = {match.start() for match in LINE_BREAK_TAG.finditer(text)} if line_breaks else set()
    for index, char in enumerate(text):
        if line_breaks and char == "\n":
            out.append(LINE_BREAK)
        elif char in specials or index in tags:
            out.append(entity_code(char))
            if char not in escaped:
                escaped.append(char)
        else:
            out.append(char)
    result = "".join(out)
    if "%%" in result:
        # Mermaid drops a "%%" comment to the end of the line.
        result = result.replace("%", "#37;")
        escaped.append("%%")
    keyword = KEYWORD_START.match(result) if keyword_guard else None
    if keyword:
        result = entity_code(result[0]) + result[1:]
        escaped.append(text[0])
    return Escaped(result, escaped, _keyword_name(keyword.group(0)) if keyword else "")


def _keyword_name(matched: str) -> str:
    word = re.match(r"[a-z]+", matched.lower())
    spelled = {"acctitle": "accTitle", "accdescr": "accDescr"}
    return spelled.get(word.group(0), word.group(0)) if word else matched
