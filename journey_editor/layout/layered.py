"""A dict made from an earlier one and the few entries an edit changed, without copying it.

`update_layout` hands every untouched band over object for object, but the new layout still
needs its own mapping of every cell and card. Copying the earlier one costs the whole map
(tens of milliseconds at 50,000 cards, on every edit); a `Layered` mapping shares the earlier
one (never changing it) and keeps only its own changes on top. When the changes pile up, the
next layout flattens them into a fresh dict once.

Small maps get a plain copy instead: a C-level copy of a few thousand entries costs less than
the Python-level lookups of a layered one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

SHARE_FROM = 20_000  # entries: below, a copy is cheaper than a layered mapping
_MISSING = object()


class Layered(MutableMapping[K, V]):
    __slots__ = ("_base", "_gone", "_len", "_over")

    def __init__(self, base: dict[K, V]) -> None:
        self._base = base  # shared with the layouts made before: never changed
        self._over: dict[K, V] = {}  # entries added or replaced since
        self._gone: set[K] = set()  # keys of `base` taken out since
        self._len = len(base)

    def __getitem__(self, key: K) -> V:
        value = self._over.get(key, _MISSING)
        if value is not _MISSING:
            return value  # type: ignore[return-value]
        if key in self._gone:
            raise KeyError(key)
        return self._base[key]

    def get(self, key: K, default=None):  # type: ignore[override]
        value = self._over.get(key, _MISSING)
        if value is not _MISSING:
            return value
        if key in self._gone:
            return default
        return self._base.get(key, default)

    def __contains__(self, key: object) -> bool:
        if key in self._over:
            return True
        return key in self._base and key not in self._gone

    def __iter__(self) -> Iterator[K]:
        over, gone = self._over, self._gone
        for key in self._base:
            if key not in gone and key not in over:
                yield key
        yield from over

    def __len__(self) -> int:
        return self._len

    def __setitem__(self, key: K, value: V) -> None:
        present = key in self
        base = self._base.get(key, _MISSING)
        if base is value:
            self._over.pop(key, None)  # back to the shared entry
        else:
            self._over[key] = value
        self._gone.discard(key)
        if not present:
            self._len += 1

    def __delitem__(self, key: K) -> None:
        if key not in self:
            raise KeyError(key)
        self._over.pop(key, None)
        if key in self._base:
            self._gone.add(key)
        self._len -= 1

    def update(self, pairs: Iterable[tuple[K, V]] = (), **_: V) -> None:  # type: ignore[override]
        for key, value in pairs.items() if isinstance(pairs, Mapping) else pairs:
            self[key] = value

    def flat(self) -> dict[K, V]:
        """Every entry in one plain dict."""
        if not self._over and not self._gone:
            return self._base
        flat = {key: value for key, value in self._base.items() if key not in self._gone}
        flat.update(self._over)
        return flat

    def layers(self) -> tuple[dict[K, V], set[K], dict[K, V]]:
        """(entries set since, keys taken out since, the shared entries), for a reader that
        looks up many keys in a row: a key is in the first, else absent if in the second,
        else as in the third (read them, never change them)."""
        return self._over, self._gone, self._base

    def changes(self) -> int:
        return len(self._over) + len(self._gone)


def derived(earlier: Mapping[K, V]) -> MutableMapping[K, V]:
    """A mapping to change that starts as `earlier` (which stays as it is)."""
    if isinstance(earlier, Layered):
        if earlier.changes() > max(1024, len(earlier) // 8):
            return Layered(earlier.flat())
        made: Layered[K, V] = Layered(earlier._base)
        made._over = dict(earlier._over)
        made._gone = set(earlier._gone)
        made._len = earlier._len
        return made
    if len(earlier) < SHARE_FROM:
        # `copy`, not `dict(…)`: a dict that had entries deleted (every layout takes a band's
        # out) is copied entry by entry by the constructor, cloned in one block by `copy`.
        return earlier.copy() if isinstance(earlier, dict) else dict(earlier)
    return Layered(earlier if isinstance(earlier, dict) else dict(earlier))
