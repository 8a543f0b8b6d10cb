"""Bookmarks: where on a page an outline entry points."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Anchor:
    """An outline entry on its page: `y` in page points from the page's top (y down), where
    the reader's view should start; `level` 0 is top level, 1 its child."""

    title: str
    level: int
    y: float
