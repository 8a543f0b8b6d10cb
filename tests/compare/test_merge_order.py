"""The three-way order merge of one list (merge_order): both sides' moves when they do not cross,
mine's order and the objects theirs moved when they do, additions after their neighbour."""

from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.compare.merge_order import merge_order


def merged(base: str, mine: str, theirs: str, present: str | None = None, quick: bool = False):
    present = present if present is not None else "".join(dict.fromkeys(mine + theirs))
    order, lost = merge_order(list(base), list(mine), list(theirs), list(present), quick)
    return "".join(order), "".join(lost)


def test_one_side_unchanged_gives_the_other_side():
    assert merged("ABCD", "DCBA", "ABCD") == ("DCBA", "")
    assert merged("ABCD", "ABCD", "BADC") == ("BADC", "")
    assert merged("ABCD", "CADB", "CADB") == ("CADB", "")


def test_moves_that_do_not_cross_are_both_kept():
    assert merged("ABCD", "DABC", "BCDA") == ("DBCA", "")
    assert merged("ABCDE", "BACDE", "ABCED") == ("BACED", "")


def test_crossing_moves_keep_mine_and_name_what_theirs_moved():
    assert merged("ABC", "BAC", "ACB") == ("BAC", "B")


def test_an_object_moved_to_two_places_stays_where_mine_put_it():
    assert merged("ABC", "BCA", "BAC") == ("BCA", "A")


def test_additions_at_one_place_come_mine_first():
    assert merged("XY", "XNY", "XTY") == ("XNTY", "")
    assert merged("XY", "NXY", "TXY") == ("NTXY", "")
    assert merged("XY", "XYN", "XYT") == ("XYNT", "")
    assert merged("XY", "XN1Y", "XTY", "XN1TY") == ("XN1TY", "")


def test_an_addition_after_an_object_the_other_side_moved_keeps_its_neighbour_after():
    # Theirs added S at the end; mine moved the last one (D) to the front: S stays last.
    assert merged("ABCD", "DABC", "ABCDS") == ("DABCS", "")
    # Theirs added S after B, which mine moved to the end: S goes before C.
    assert merged("ABCD", "ACDB", "ABSCD") == ("ASCDB", "")


def test_objects_not_kept_are_left_out_and_kept_ones_only_in_base_stay():
    assert merged("ABCD", "ABD", "BCD", "BD") == ("BD", "")
    assert merged("ABC", "ABC", "AC", "ABC") == ("ABC", "")


def test_quick_takes_mine_when_both_reordered():
    assert merged("ABC", "BAC", "ACB", quick=True) == ("BAC", "")
    assert merged("ABC", "ABC", "ACB", quick=True) == ("ACB", "")


@settings(max_examples=300, deadline=None)
@given(st.permutations(range(7)), st.permutations(range(7)), st.permutations(range(7)))
def test_pairs_swapped_by_one_side_stay_swapped_unless_the_moves_cross(base, mine, theirs):
    base, mine, theirs = (list(map(str, order)) for order in (base, mine, theirs))
    order, lost = merge_order(base, mine, theirs, base)
    assert sorted(order) == sorted(base)
    rank = {side: {x: i for i, x in enumerate(seq)} for side, seq in
            (("b", base), ("m", mine), ("t", theirs), ("o", order))}  # fmt: skip

    def before(side, x, y):
        return rank[side][x] < rank[side][y]

    if order != mine:
        for x in base:
            for y in base:
                if x == y:
                    continue
                if before("m", x, y) != before("b", x, y):
                    assert before("o", x, y) == before("m", x, y)
                elif before("t", x, y) != before("b", x, y):
                    assert before("o", x, y) == before("t", x, y)
                else:
                    assert before("o", x, y) == before("b", x, y)
    assert set(lost) <= set(base)
