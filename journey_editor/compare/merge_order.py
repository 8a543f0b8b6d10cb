"""The three-way merge of one list's order (stages, personas, a persona's lanes, channels, the
cards of one cell), given as ids.

The rule, for the objects kept in the merged map:
1. The objects on all three sides (base, mine, theirs) keep both sides' moves. A move is read
   pair by pair: each side keeps or swaps the base order of every two objects, and a pair takes
   the order of the side that swapped it (both sides can only swap a pair the same way). When
   those pairs make one order, that is the order; when they go round in a circle (the moves
   cross: mine put A before B and theirs B before C while both kept C after A …), MINE's order
   is kept and the objects theirs moved are reported.
   An object moved on both sides that does not end where theirs put it is reported as well.
2. The objects only in mine (added, or kept although theirs deleted them) follow the object
   before them in mine.
3. The objects only in theirs follow the object before them in theirs, after the objects of
   step 2 placed there: two copies adding at one place give mine's first, then theirs'.
In steps 2 and 3, when the other side moved the object before, an added object goes before the
object after it instead (last when there is none): a stage added at the end stays at the end
when the other side moved the last stage to the front.
So when one side did nothing to the list, the merged order is the other side's exactly.

`quick`: for a long list whose order nobody sees (the file's list of cards), step 1 takes
mine's order when both sides reordered, without comparing every pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from journey_editor.compare.ordering import kept_in_order, rank_of


def merge_order(
    base: Sequence[str],
    mine: Sequence[str],
    theirs: Sequence[str],
    present: Iterable[str],
    quick: bool = False,
) -> tuple[list[str], list[str]]:
    """The merged order of the ids in `present` (the list's objects in the merged map, in any
    order), and the ids whose place theirs chose but could not get (see the module's rule)."""
    present_ids = list(dict.fromkeys(present))
    kept = set(present_ids)
    in_base, in_mine, in_theirs = set(base), set(mine), set(theirs)
    common = in_base & in_mine & in_theirs & kept
    common_base = [x for x in base if x in common]
    common_mine = [x for x in mine if x in common]
    common_theirs = [x for x in theirs if x in common]
    order, lost = _common_order(common_base, common_mine, common_theirs, quick)
    placed = set(order)
    moved_by_mine = common - kept_in_order(common_base, common_mine)
    moved_by_theirs = (
        set() if order == common_mine else common - kept_in_order(common_base, common_theirs)
    )
    _insert(order, placed, mine, kept, lambda _item: True, moved_by_theirs)
    # Theirs' objects go after the run of mine's own objects (those theirs does not have) that
    # follows the same object.
    _insert(order, placed, theirs, kept, lambda item: item in in_theirs, moved_by_mine)
    order += [x for x in present_ids if x not in placed]
    return order, lost


def _common_order(
    base: list[str], mine: list[str], theirs: list[str], quick: bool
) -> tuple[list[str], list[str]]:
    if theirs == base or mine == theirs:
        return list(mine), []
    if mine == base:
        return list(theirs), []
    if quick:
        return list(mine), []
    mine_rank, theirs_rank = rank_of(mine), rank_of(theirs)
    wins = dict.fromkeys(base, 0)  # how many objects each goes before
    for index, first in enumerate(base):
        for second in base[index + 1 :]:
            swapped = (
                mine_rank[first] > mine_rank[second] or theirs_rank[first] > theirs_rank[second]
            )
            wins[second if swapped else first] += 1
    # The pairs make one order exactly when every object goes before a different number of others.
    crossing = sorted(wins.values()) != list(range(len(base)))
    order = list(mine) if crossing else sorted(base, key=lambda item: -wins[item])
    moved_by_theirs = [item for item in base if item not in kept_in_order(base, theirs)]
    moved_by_mine = set(base) - kept_in_order(base, mine)
    order_rank = rank_of(order)
    lost = [
        item
        for item in moved_by_theirs
        if (crossing or item in moved_by_mine)
        and _before(item, order, order_rank) != _before(item, theirs, theirs_rank)
    ]
    return order, lost


def _before(item: str, order: list[str], rank: dict[str, int]) -> set[str]:
    return set(order[: rank[item]])


def _insert(
    order: list[str],
    placed: set[str],
    side: Sequence[str],
    kept: set[str],
    ours,
    moved_away: set[str],
) -> None:
    """Put every kept object of `side` not yet placed right after the object before it in
    `side` (first when none), past the objects already there that are not `ours` (so that
    mine's come before theirs); or, when the object before is in `moved_away`, right before
    the object after it (last when none)."""
    previous: str | None = None
    for position, item in enumerate(side):
        if item in placed:
            previous = item
            continue
        if item not in kept:
            continue
        point = None
        if previous in moved_away:
            following = next((x for x in side[position + 1 :] if x in placed), None)
            if following is None:
                point = len(order)
            elif following not in moved_away:
                point = order.index(following)
        if point is None:
            point = order.index(previous) + 1 if previous is not None else 0
            while point < len(order) and not ours(order[point]):
                point += 1
        order.insert(point, item)
        placed.add(item)
        previous = item
