"""Read the text of a Mermaid `journey` diagram into plain data, collecting every bad line.

Follows Mermaid's grammar (see `mermaid.syntax`) with a few conveniences: a Markdown fence
(```mermaid … ```) around the diagram and YAML front matter (only its `title` is used) are
accepted. Stricter than Mermaid where Mermaid would silently lose data: a task with a third `:`
or a score outside 1…5 is an error, not a shrug. A `<br>` (`<br/>`, `<br />`, `<BR>` …) in a
section or task name is the line break Mermaid draws: "\n" in the stage name or card title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from journey_editor.persistence.formats.mermaid.syntax import (
    ProtectedLine,
    TooManyCodes,
    protect_entities,
    with_line_breaks,
)
from journey_editor.persistence.import_helpers import MAX_NAME_LENGTH


@dataclass
class ParsedTask:
    name: str
    score: int
    actors: list[str]  # empty: Mermaid draws the task without actors


@dataclass
class ParsedSection:
    name: str | None  # None: the tasks written before the first `section` line
    tasks: list[ParsedTask] = field(default_factory=list)


@dataclass
class ParsedJourney:
    title: str = ""
    description: str = ""
    acc_title: str = ""
    sections: list[ParsedSection] = field(default_factory=list)


class _LineError(Exception):
    pass


def parse_journey(text: str) -> tuple[ParsedJourney, list[str]]:
    """The journey, and one "line N: …" message per bad line (empty when all is well)."""
    return _Reader(text.split("\n")).read()


class _Reader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = [line.removesuffix("\r") for line in lines]
        self.journey = ParsedJourney()
        self.problems: list[str] = []

    def read(self) -> tuple[ParsedJourney, list[str]]:
        start = self._find_header()
        if start is None:
            return self.journey, self.problems
        number = start
        while number < len(self.lines):
            number = self._read_line(number)
        return self.journey, self.problems

    # --- the part before `journey`: blank lines, comments, a fence, front matter ------------

    def _find_header(self) -> int | None:
        """Index of the line after `journey`; None (with a problem) if there is no header."""
        self._strip_markdown_fence()
        index = self._skip_front_matter(self._next_content(0))
        index = self._next_content(index)
        if index >= len(self.lines):
            self.problems.append("holds no Mermaid diagram: the first line must be 'journey'")
            return None
        line = self.lines[index].strip()
        match = re.match(r"journey(?=\s|%%|#|$)(.*)$", line, re.I | re.S)
        if not match:
            self.problems.append(
                f'line {index + 1}: a Mermaid journey starts with the line "journey" '
                f'(got "{_shorten(line)}")'
            )
            return None
        if match.group(1).strip():
            # Mermaid accepts `journey title …` on one line; read the rest as its own statement.
            self.lines[index] = match.group(1)
            return index
        return index + 1

    def _next_content(self, index: int) -> int:
        while index < len(self.lines) and _is_blank_or_comment(self.lines[index]):
            index += 1
        return index

    def _strip_markdown_fence(self) -> None:
        content = [i for i, line in enumerate(self.lines) if line.strip()]
        if (
            len(content) >= 2
            and self.lines[content[0]].lstrip().startswith("```")
            and self.lines[content[-1]].strip() == "```"
        ):
            self.lines[content[0]] = self.lines[content[-1]] = ""

    def _skip_front_matter(self, index: int) -> int:
        if index >= len(self.lines) or self.lines[index].strip() != "---":
            return index
        for end in range(index + 1, len(self.lines)):
            line = self.lines[end]
            if line.strip() == "---":
                return end + 1
            match = re.match(r"title\s*:\s*(.*)$", line)  # top level only: not indented
            if match:
                self.journey.title = match.group(1).strip().strip("\"'")
        self.problems.append(f"line {index + 1}: the front matter '---' is never closed")
        return len(self.lines)

    # --- statements ----------------------------------------------------------------------------

    def _read_line(self, index: int) -> int:
        """Read the statement at `index`; return the index of the next unread line."""
        try:
            return self._statement(index)
        except (_LineError, TooManyCodes) as error:
            self.problems.append(f"line {index + 1}: {error}")
            return index + 1

    def _statement(self, index: int) -> int:
        protected = protect_entities(self.lines[index])
        head = protected.text.strip()
        # The accessibility statements take the rest of the line verbatim, comments included.
        match = re.match(r"acc(title|descr)\s*:(.*)$", head, re.I | re.S)
        if match:
            value = protected.restore_decoded(match.group(2)).strip()
            if match.group(1).lower() == "title":
                self.journey.acc_title = value
            else:
                self.journey.description = value
            return index + 1
        match = re.match(r"accdescr\s*\{(.*)$", head, re.I | re.S)
        if match:
            return self._description_block(index, protected.restore_raw(match.group(1)))
        statement = _strip_comments(protected.text).strip()
        if statement:
            self._simple_statement(statement, protected)
        return index + 1

    def _simple_statement(self, statement: str, protected: ProtectedLine) -> None:
        if ";" in statement:
            raise _LineError("';' is not allowed in a Mermaid journey (write #59; for a ';')")
        lowered = statement.lower()
        if lowered.startswith("journey"):
            raise _LineError(
                "a line cannot start with 'journey': Mermaid reads it as a second header "
                "(write #106; for a task name's first 'j')"
            )
        match = re.match(r"(title|section)(?:\s(.*))?$", statement, re.I | re.S)
        if match and match.group(1).lower() == "title":
            self._title(protected.restore_decoded(match.group(2) or "").strip())
        elif match:
            self._section(match.group(2) or "", protected)
        else:
            self._task(statement, protected)

    def _title(self, title: str) -> None:
        if not title:
            raise _LineError("'title' needs a text after it")
        self.journey.title = title

    def _section(self, rest: str, protected: ProtectedLine) -> None:
        if ":" in rest:
            raise _LineError(
                "a section name cannot contain ':' (Mermaid would read a task; write #58; "
                "for a ':')"
            )
        name = with_line_breaks(rest, protected)
        if not name:
            raise _LineError("'section' needs a name after it")
        _check_length(name, "section name")
        self.journey.sections.append(ParsedSection(name))

    def _task(self, statement: str, protected: ProtectedLine) -> None:
        raw_name, colon, data = statement.partition(":")
        if not colon:
            raise _LineError(
                f'"{_shorten(protected.restore_raw(statement))}" is not a title, section or task; '
                'a task is written "Task name: score: Actor, Actor"'
            )
        name = with_line_breaks(raw_name, protected)
        if not name:
            raise _LineError("a task needs a name before its ':'")
        pieces = data.split(":")
        if len(pieces) > 2:
            raise _LineError(
                f"a task has at most two ':' (\"name: score: actors\"), this one has "
                f"{len(pieces)}; write #58; for a ':' inside a name"
            )
        score = _score(protected.restore_raw(pieces[0]).strip(), name)
        actors = _actors(pieces[1], protected) if len(pieces) == 2 else []
        self._current_section().tasks.append(ParsedTask(name, score, actors))

    def _current_section(self) -> ParsedSection:
        if not self.journey.sections:
            self.journey.sections.append(ParsedSection(None))
        return self.journey.sections[-1]

    def _description_block(self, index: int, first: str) -> int:
        """`accDescr { … }`, possibly over several lines; text after `}` is a statement."""
        parts: list[str] = []
        text = first
        for end in range(index, len(self.lines)):
            if end > index:
                text = self.lines[end]
                if text.lstrip().startswith("%%"):
                    continue  # Mermaid drops comment lines before it parses anything
            protected = protect_entities(text)
            before, brace, after = protected.text.partition("}")
            # The line's indentation goes, spaces written as codes (#32;) stay: the writer
            # keeps a description's own indentation that way.
            parts.append(protected.restore_decoded(before.strip()))
            if brace:
                self.journey.description = "\n".join(parts).strip("\n")
                if after.strip():
                    self.lines[end] = protected.restore_raw(after)
                    return end
                return end + 1
        # Everything after an unclosed brace is swallowed by it: report once and stop there.
        self.problems.append(f"line {index + 1}: 'accDescr {{' is never closed with '}}'")
        return len(self.lines)


def _score(text: str, task: str) -> int:
    if not text:
        raise _LineError(
            f'the task «{_shorten(task)}» has no score: write "{_shorten(task)}: 3: Actor" '
            "with a score from 1 to 5"
        )
    if not re.fullmatch(r"\+?\d{1,3}", text) or not 1 <= int(text) <= 5:
        raise _LineError(f'score must be a whole number from 1 to 5 (got "{_shorten(text)}")')
    return int(text)


def _actors(text: str, protected: ProtectedLine) -> list[str]:
    actors: list[str] = []
    for piece in text.split(","):
        name = protected.restore_decoded(piece).strip()
        # "Me, , Cat" or a trailing comma: Mermaid draws a nameless actor; we drop it.
        if name and name not in actors:
            _check_length(name, "actor name")
            actors.append(name)
    return actors


def _check_length(name: str, what: str) -> None:
    if len(name) > MAX_NAME_LENGTH:
        raise _LineError(f"the {what} is {len(name)} characters long, over {MAX_NAME_LENGTH}")


def _strip_comments(text: str) -> str:
    """Cut `%%` and `#` comments (entity codes are already protected)."""
    return text.split("%%", 1)[0].split("#", 1)[0]


def _is_blank_or_comment(line: str) -> bool:
    try:
        return not _strip_comments(protect_entities(line).text).strip()
    except TooManyCodes:
        return False  # read as a statement, which reports it


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
