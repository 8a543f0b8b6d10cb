"""Remembers each cell's packing and boxes between layouts, so re-laying out a band after a
one-card edit only redoes the cells whose cards changed.

An entry is reused when the cell holds the very card objects it held when the entry was made
(edits never change a card in place: they put a new version in the list, see
`model/card_list.py`), with the same channels, width and position. Remembering the cards by
identity keeps the memo small: a reference per card, not a copy of its fields (tens of
megabytes on a 50,000-card map).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from journey_editor.layout.boxes import CardBox, CellBox, CellKey
from journey_editor.layout.cards import CellPack
from journey_editor.model.entities import Card, Channel


def _snapshot(cards: Sequence[Card]) -> tuple[Card, ...]:
    return tuple(cards)


def _unchanged(snapshot: tuple[Card, ...], cards: Sequence[Card]) -> bool:
    return len(snapshot) == len(cards) and all(
        saved is card for saved, card in zip(snapshot, cards, strict=True)
    )


def _same(first: Sequence[Any], second: Sequence[Any]) -> bool:
    return len(first) == len(second) and all(a == b for a, b in zip(first, second, strict=True))


class CellMemo:
    """One entry per cell: the latest packing and placement seen for it."""

    def __init__(self) -> None:
        self._packs: dict[CellKey, tuple[tuple, tuple, float, object, CellPack]] = {}
        self._places: dict[CellKey, tuple[tuple, CellPack, CellBox, list[CardBox]]] = {}

    def pack(
        self,
        key: CellKey,
        cards: Sequence[Card],
        channels: tuple[Channel | None, ...],
        width: float,
        options: object,
        compute: Callable[[], CellPack],
    ) -> CellPack:
        entry = self._packs.get(key)
        if (
            entry is not None
            and entry[2] == width
            and entry[3] is options
            and _unchanged(entry[0], cards)
            and _same(entry[1], channels)
        ):
            return entry[4]
        result = compute()
        self._packs[key] = (_snapshot(cards), channels, width, options, result)
        return result

    def last_pack(self, key: CellKey, width: float, options: object) -> CellPack | None:
        """The cell's last pack at this width and with these options, unchecked: for a cell
        the caller knows to hold the very cards it held then."""
        entry = self._packs.get(key)
        if entry is not None and entry[2] == width and entry[3] is options:
            return entry[4]
        return None

    def place(
        self,
        key: CellKey,
        geometry: tuple,
        pack: CellPack,
        compute: Callable[[], tuple[CellBox, list[CardBox]]],
    ) -> tuple[CellBox, list[CardBox]]:
        """The cell's boxes, made again only when its pack or its place changed: the very pack
        `pack` handed out was checked against the cell's cards and channels (a change to either
        makes a new pack), so the pack's identity stands for them."""
        entry = self._places.get(key)
        if entry is not None and entry[1] is pack:
            if entry[0] == geometry:
                return entry[2], entry[3]
            (_, was_content, was_style), (rect, content, style) = entry[0], geometry
            if (
                was_content.x == content.x
                and was_content.y == content.y
                and was_content.width == content.width
                and was_style == style
            ):
                # Only the cell's height changed (its row grew or shrank for another cell):
                # the cards sit where they sat, and keep their very boxes.
                cell = replace(entry[2], rect=rect, content=content)
                self._places[key] = (geometry, pack, cell, entry[3])
                return cell, entry[3]
        cell, boxes = compute()
        self._places[key] = (geometry, pack, cell, boxes)
        return cell, boxes
