"""What the user has selected, shared by the canvas, the inspector and the menus.

The canvas writes it (from the scene's selection), the inspector and the actions read it. It
holds ids only, never model objects, so it can never go stale after an undo.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, Signal

SelectionKind = Literal["card", "stage", "persona", "lane", "link"]


class Selection(QObject):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kind: SelectionKind | None = None
        self._ids: tuple[str, ...] = ()

    @property
    def kind(self) -> SelectionKind | None:
        return self._kind

    @property
    def ids(self) -> tuple[str, ...]:
        return self._ids

    def card_ids(self) -> tuple[str, ...]:
        return self._ids if self._kind == "card" else ()

    def set(self, kind: SelectionKind | None, ids: tuple[str, ...] | list[str]) -> None:
        ids = tuple(ids)
        if not ids:
            kind = None
        if (kind, ids) == (self._kind, self._ids):
            return
        self._kind, self._ids = kind, ids
        self.changed.emit()

    def clear(self) -> None:
        self.set(None, ())

    def forget(self, removed_ids: set[str] | frozenset[str]) -> None:
        """Drop ids that no longer exist (after a delete or an undo of an add)."""
        kept = tuple(i for i in self._ids if i not in removed_ids)
        if kept != self._ids:
            self.set(self._kind, kept)
