"""Order helpers of the diff: which items of a list kept their order, and one order for two lists.

Plain functions over sequences of ids; O(n log n) where a map can be large (5,000 cards).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def kept_in_order(old: Sequence[T], new: Sequence[T]) -> set[T]:
    """The largest set of items common to both sequences whose relative order is the same in
    both (a longest increasing subsequence). The common items left out are the ones that moved.

    Deterministic (patience method): the same two sequences always give the same answer.
    """
    position = {item: index for index, item in enumerate(new)}
    sequence = [item for item in old if item in position]
    tails: list[int] = []  # tails[k]: position in `new` ending the best run of length k + 1
    tail_at: list[int] = []  # index in `sequence` of that item
    previous: list[int] = [-1] * len(sequence)
    for index, item in enumerate(sequence):
        rank = position[item]
        k = bisect_left(tails, rank)
        if k == len(tails):
            tails.append(rank)
            tail_at.append(index)
        else:
            tails[k] = rank
            tail_at[k] = index
        previous[index] = tail_at[k - 1] if k else -1
    kept: set[T] = set()
    index = tail_at[-1] if tail_at else -1
    while index != -1:
        kept.add(sequence[index])
        index = previous[index]
    return kept


def merged_order(old: Sequence[T], new: Sequence[T]) -> list[T]:
    """`new`, with the items only in `old` put back right after the item that preceded them in
    `old` (at the start when none did): one order for the objects of both sides."""
    merged = list(new)
    present = set(new)
    for index, item in enumerate(old):
        if item in present:
            continue
        point = merged.index(old[index - 1]) + 1 if index else 0
        merged.insert(point, item)
        present.add(item)
    return merged


def rank_of(order: Sequence[T]) -> dict[T, int]:
    return {item: index for index, item in enumerate(order)}
