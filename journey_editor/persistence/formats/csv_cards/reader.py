"""Read the rows of a card sheet into checked values, collecting every problem with its row.

Row numbers are those a spreadsheet shows: the header is row 1, a cell spanning several lines is
still one row, and blank rows count (and are skipped).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from journey_editor.model.entities import Card
from journey_editor.model.validation_messages import problems_from_validation_error
from journey_editor.persistence.formats.csv_cards.columns import (
    REQUIRED_COLUMNS,
    CellError,
    accepted_headers,
    column_for_header,
    header_language,
    parse_effort,
    parse_emotion,
    parse_evidence,
    parse_flag,
    parse_lane_kind,
    parse_next,
    parse_tags,
    unprotect_formula,
)
from journey_editor.persistence.import_helpers import MAX_NAME_LENGTH

DELIMITERS = (",", ";", "\t")
MAX_REF_LENGTH = 200  # as long as an id may be: a ref that is a free id becomes the card's id


@dataclass
class CardRow:
    row: int
    persona: str
    lane: str  # "" → the persona's first lane of lane_kind (touchpoints if no kind)
    lane_kind: str | None
    stage: str
    phase: str
    channel: str  # "" → no channel
    card: dict[str, Any] = field(default_factory=dict)  # the Card fields the sheet carries
    ref: str = ""  # the card's reference in the sheet ("" → none), for links
    next: list[tuple[str, str]] = field(default_factory=list)  # links out: (ref, label)


@dataclass
class CardSheet:
    rows: list[CardRow]
    problems: list[str]  # one message per bad row; when any, `rows` is empty
    language: str | None = None  # "fr" when the header row is written in French


def read_card_rows(text: str) -> CardSheet:
    records, problems = _records(text)
    if problems:
        return CardSheet([], problems)
    if not records or not any(cell.strip() for cell in records[0][1]):
        return CardSheet([], ["is empty: the first row must hold the column names"])
    header, problems = _Header.read(records[0][1])
    if problems:
        return CardSheet([], problems)
    rows: list[CardRow] = []
    for number, cells in records[1:]:
        if not any(cell.strip() for cell in cells):
            continue
        row = _RowReader(header, number, cells).read()
        if isinstance(row, CardRow):
            rows.append(row)
        else:
            problems += row
    problems += _link_problems(rows, header)
    return CardSheet([] if problems else rows, problems, header_language(records[0][1]))


def _link_problems(rows: list[CardRow], header: _Header) -> list[str]:
    """Refs used twice, links to a ref no row has, to the card itself, or twice."""
    problems = []
    ref_column = header.shown.get("ref", "ref")
    next_column = header.shown.get("next", "next")
    row_of_ref: dict[str, int] = {}
    for row in rows:
        if not row.ref:
            continue
        if row.ref in row_of_ref:
            problems.append(
                f"row {row.row}, column '{ref_column}': \"{row.ref}\" is already the ref of "
                f"row {row_of_ref[row.ref]}; each card needs its own"
            )
        else:
            row_of_ref[row.ref] = row.row
    for row in rows:
        seen = set()
        where = f"row {row.row}, column '{next_column}'"
        for ref, _ in row.next:
            if ref not in row_of_ref:
                problems.append(f"{where}: no row has the ref \"{ref}\" (column '{ref_column}')")
            elif ref == row.ref:
                problems.append(f'{where}: links the card to itself ("{ref}")')
            elif ref in seen:
                problems.append(f'{where}: links to "{ref}" twice')
            seen.add(ref)
    return problems


# --- records ----------------------------------------------------------------------------------


def _records(text: str) -> tuple[list[tuple[int, list[str]]], list[str]]:
    first_line, _, rest = text.partition("\n")
    match = re.fullmatch(r"sep=(.)\r?", first_line)
    if match:
        # Excel's own hint line; Excel hides it, so the header is still row 1.
        text, delimiter = rest, match.group(1)
    else:
        delimiter = _sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            records.append((number, cells))
    except csv.Error as error:
        row = len(records) + 1
        return records, [f"row {row}: cannot be read as CSV ({error}); check its quotes"]
    return records, []


def _sniff_delimiter(header_line: str) -> str:
    """The separator that occurs most in the header row, outside quotes (a tie → comma)."""
    unquoted = re.sub(r'"[^"]*"', "", header_line)
    counts = {delimiter: unquoted.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


# --- header -----------------------------------------------------------------------------------


@dataclass
class _Header:
    index_of: dict[str, int]  # column field → cell index
    shown: dict[str, str]  # column field → the header as the sheet writes it
    width: int
    unnamed: list[int]  # cells without a header: they must stay empty

    @classmethod
    def read(cls, cells: list[str]) -> tuple[_Header, list[str]]:
        header = cls({}, {}, len(cells), [])
        problems: list[str] = []
        for index, text in enumerate(cells):
            name = text.strip()
            if not name:
                header.unnamed.append(index)
                continue
            column = column_for_header(name)
            if column is None:
                problems.append(
                    f"row 1: unknown column '{name}'; the columns are {accepted_headers()} "
                    "(French names are accepted too)"
                )
            elif column in header.index_of:
                problems.append(
                    f"row 1: columns '{header.shown[column]}' and '{name}' are the same column"
                )
            else:
                header.index_of[column] = index
                header.shown[column] = name
        missing = [f"'{name}'" for name in REQUIRED_COLUMNS if name not in header.index_of]
        if missing:
            problems.append(
                f"row 1: missing column(s) {', '.join(missing)}; a card sheet needs persona, "
                "stage and title columns (row 1 holds the column names)"
            )
        return header, problems


# --- rows -------------------------------------------------------------------------------------

_CARD_TEXT_FIELDS = ("title", "description")


class _RowReader:
    def __init__(self, header: _Header, number: int, cells: list[str]) -> None:
        self.header = header
        self.number = number
        self.cells = cells
        self.problems: list[str] = []

    def read(self) -> CardRow | list[str]:
        if not self._check_width():
            return self.problems
        row = CardRow(
            row=self.number,
            persona=self._name("persona", required=True),
            lane=self._name("lane"),
            lane_kind=self._parsed("lane_kind", parse_lane_kind),
            stage=self._name("stage", required=True),
            phase=self._text("phase").strip(),
            channel=self._name("channel"),
        )
        row.card = self._card_fields()
        row.ref = self._ref()
        row.next = self._parsed("next", parse_next) or []
        return self.problems or row

    def _check_width(self) -> bool:
        width = self.header.width
        extra = self.cells[width:]
        if len(self.cells) < width or any(cell.strip() for cell in extra):
            self.problems.append(
                f"row {self.number}: has {len(self.cells)} cells, the header row has {width} "
                "(a separator too many or too few?)"
            )
            return False
        for index in self.header.unnamed:
            if self.cells[index].strip():
                self.problems.append(
                    f"row {self.number}, column {index + 1}: holds a value but the column has "
                    "no name in row 1"
                )
        return True

    def _text(self, column: str) -> str:
        index = self.header.index_of.get(column)
        if index is None:
            return ""
        return unprotect_formula(self.cells[index].replace("\r\n", "\n"))

    def _where(self, column: str) -> str:
        return f"row {self.number}, column '{self.header.shown.get(column, column)}'"

    def _name(self, column: str, required: bool = False) -> str:
        name = self._text(column).strip()
        if required and not name:
            self.problems.append(f"{self._where(column)}: is empty; every card needs a {column}")
        elif len(name) > MAX_NAME_LENGTH:
            self.problems.append(
                f"{self._where(column)}: is {len(name)} characters long, over {MAX_NAME_LENGTH}"
            )
        return name

    def _ref(self) -> str:
        ref = self._text("ref").strip()
        if len(ref) > MAX_REF_LENGTH or "\n" in ref:
            self.problems.append(
                f"{self._where('ref')}: a ref is one line of at most {MAX_REF_LENGTH} characters"
            )
        elif any(mark in ref for mark in ("|", ";")):
            self.problems.append(f'{self._where("ref")}: a ref cannot hold "|" or ";" ("{ref}")')
        return ref

    def _parsed(self, column: str, parse):
        try:
            return parse(self._text(column))
        except CellError as error:
            self.problems.append(f"{self._where(column)}: {error}")
            return None

    def _card_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "title": self._text("title").strip(),
            "description": self._text("description"),
            "effort": self._parsed("effort", parse_effort),
            "emotion": self._parsed("emotion", parse_emotion),
            "evidence": self._parsed("evidence", parse_evidence),
            "moment_of_truth": bool(self._parsed("moment_of_truth", parse_flag)),
            "exit_point": bool(self._parsed("exit_point", parse_flag)),
            "tags": parse_tags(self._text("tags")),
        }
        if not fields["title"] and not fields["description"].strip():
            self.problems.append(f"row {self.number}: a card needs a title or a description")
        self._validate(fields)
        return fields

    def _validate(self, fields: dict[str, Any]) -> None:
        """What the model itself refuses (a tag over 100 characters …), worded per column."""
        try:
            Card(id="row", persona="p", lane="l", stage="s", **fields)
        except ValidationError as error:
            for problem in problems_from_validation_error(error, fields, root_kind="card"):
                column = (problem.field or "").split("[")[0].split(".")[0]
                self.problems.append(f"{self._where(column)}: {problem.message}")
