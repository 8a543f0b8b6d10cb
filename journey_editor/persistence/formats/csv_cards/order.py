"""The order of the rows of an exported card sheet.

Rows follow map order: persona, then lane, then stage, then the card's place in its cell. But an
import creates stages, personas and lanes in the order it first meets them, and in plain map
order a stage can be met late: if a persona's first lane skips "Delivery", "Use" is met before
it. So a row may be moved up, just before the row that would introduce an object too early, to
introduce the missing one first. The cards of one cell always keep their order. When no order
of rows can introduce everything in order (persona A only in stage 2, persona B only in stage
1), the rows stay as they are and the import's order differs.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from journey_editor.model.entities import Card
from journey_editor.model.project import Project

Key = tuple  # ("persona", index) | ("lane", persona index, lane index) | ("stage", index)


@dataclass(frozen=True)
class _Row:
    card: Card
    persona: int
    lane: int
    stage: int
    position: int

    def objects(self) -> tuple[Key, Key, Key]:
        return (("persona", self.persona), ("lane", self.persona, self.lane), ("stage", self.stage))


def cards_in_sheet_order(project: Project) -> list[Card]:
    rows = sorted(_rows(project), key=lambda r: (r.persona, r.lane, r.stage, r.position))
    return [row.card for row in _Introducer(rows).ordered()]


def _rows(project: Project) -> list[_Row]:
    stage_index = {stage.id: index for index, stage in enumerate(project.stages)}
    lane_index: dict[str, tuple[int, int]] = {}
    for p_index, persona in enumerate(project.personas):
        for l_index, lane in enumerate(persona.lanes):
            lane_index[lane.id] = (p_index, l_index)
    return [
        _Row(card, *lane_index[card.lane], stage_index[card.stage], position)
        for position, card in enumerate(project.cards)
    ]


class _Introducer:
    def __init__(self, rows: list[_Row]) -> None:
        self.rows = rows
        self.done = [False] * len(rows)
        self.out: list[_Row] = []
        self.seen: set[Key] = set()
        self.pending: dict[Key, deque[int]] = {}
        for index, row in enumerate(rows):
            for key in row.objects():
                self.pending.setdefault(key, deque()).append(index)
        # The objects of each dimension in the order the import should meet them.
        self.expected: dict[Key, list[Key]] = {}
        for key in sorted(self.pending):
            self.expected.setdefault(_dimension(key), []).append(key)
        self.next_expected = dict.fromkeys(self.expected, 0)

    def ordered(self) -> list[_Row]:
        for index in range(len(self.rows)):
            if not self.done[index]:
                self._emit(index, frozenset())
        return self.out

    def _emit(self, index: int, waiting: frozenset[int]) -> None:
        while (missing := self._first_missing(self.rows[index])) is not None:
            first = self._first_pending(missing)
            if first in waiting or first == index:
                break  # no order of rows can introduce everything in order
            self._emit(first, waiting | {index})
        self.done[index] = True
        self.out.append(self.rows[index])
        self.seen.update(self.rows[index].objects())

    def _first_missing(self, row: _Row) -> Key | None:
        """An object that must be met before one this row would introduce."""
        for key in row.objects():
            if key in self.seen:
                continue
            expected = self._next_unseen(_dimension(key))
            if expected != key:
                return expected
        return None

    def _next_unseen(self, dimension: Key) -> Key | None:
        keys = self.expected[dimension]
        position = self.next_expected[dimension]
        while position < len(keys) and keys[position] in self.seen:
            position += 1
        self.next_expected[dimension] = position
        return keys[position] if position < len(keys) else None

    def _first_pending(self, key: Key) -> int:
        queue = self.pending[key]
        while self.done[queue[0]]:
            queue.popleft()
        return queue[0]


def _dimension(key: Key) -> Key:
    # Lanes are ordered within their persona; personas and stages across the map.
    return ("lane", key[1]) if key[0] == "lane" else (key[0],)
