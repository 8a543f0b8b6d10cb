"""A layered mapping answers as the dict it stands for, whatever was set and taken out, and
never changes the mapping it was made from (issue 14: no copy of the whole map per edit)."""

from hypothesis import given
from hypothesis import strategies as st

from journey_editor.layout.layered import Layered, derived

KEYS = st.integers(0, 40)
OPS = st.lists(st.tuples(st.sampled_from(("set", "same", "del", "derive")), KEYS), max_size=80)


@given(start=st.dictionaries(KEYS, st.integers()), ops=OPS)
def test_a_layered_mapping_is_the_dict_it_stands_for(start, ops):
    shared = {key: object() for key in start}
    frozen = dict(shared)
    layered = Layered(shared)
    plain = dict(shared)
    for op, key in ops:
        if op == "set":
            value = object()
            layered[key] = value
            plain[key] = value
        elif op == "same" and key in frozen:  # back to the very object of the shared dict
            layered[key] = frozen[key]
            plain[key] = frozen[key]
        elif op == "del" and key in plain:
            del layered[key]
            del plain[key]
        elif op == "derive":
            before = dict(layered.items())
            layered = derived(layered)
            assert dict(layered.items()) == before
        assert len(layered) == len(plain)
        assert (key in layered) == (key in plain)
        assert layered.get(key, "none") is plain.get(key, "none")
    assert dict(layered.items()) == plain and sorted(layered) == sorted(plain)
    assert shared == frozen and all(shared[key] is frozen[key] for key in frozen)


def test_small_maps_are_copied_and_big_ones_shared():
    small = {index: index for index in range(100)}
    assert type(derived(small)) is dict and derived(small) is not small
    big = {index: index for index in range(30_000)}
    layered = derived(big)
    assert isinstance(layered, Layered) and layered._base is big
    layered[5] = "five"
    again = derived(layered)
    assert again[5] == "five" and big[5] == 5 and again._base is big
