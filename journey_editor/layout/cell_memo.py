"""Remembers each cell's packing and boxes between layouts, so re-laying out a band after a
one-card edit only redoes the cells whose cards changed.

An entry is reused when the cell's cards hold the same field values as when it was made
(a shallow snapshot of each card's fields, so a card changed in place is noticed too), with the
same channels, width and position.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from journey_editor.layout.boxes import CardBox, CellBox, CellKey
from journey_editor.layout.cards import CellPack
from journey_editor.model.entities import Card, Channel


def _snapshot(cards: Sequence[Card]) -> tuple[dict[str, Any], ...]:
    return tuple(dict(card.__dict__) for card in cards)


def _unchanged(snapshot: tuple[dict[str, Any], ...], cards: Sequence[Card]) -> bool:
    return len(snapshot) == len(cards) and all(
        saved == card.__dict__ for saved, card in zip(snapshot, cards, strict=True)
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
        if entry is not None and entry[1] is pack and entry[0] == geometry:
            return entry[2], entry[3]
        cell, boxes = compute()
        self._places[key] = (geometry, pack, cell, boxes)
        return cell, boxes
