"""Fuzzing the loader with the bundled templates' JSON text, mutated.

Characters inserted, deleted or replaced, deep nesting, huge numbers, surrogate escapes: the
result either loads, and then saves and reloads equal, or is refused with ProjectFileError and
a message. Never another exception. A few hundred examples run with the suite; the heavier run
(thousands) is marked `fuzz` and deselected by default: `pytest -m fuzz tests/persistence`.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.persistence import ProjectFileError, project_from_bytes, project_to_bytes
from journey_editor.persistence.strict_json import MAX_DEPTH, MAX_NUMBER_DIGITS
from journey_editor.templates import find_template

TEMPLATES = ("b2b-lead-generation", "menswear-omnichannel.fr", "service-lifecycle")


@cache
def template_text(name: str) -> str:
    return find_template(name).path.read_text(encoding="utf-8")


def _depths() -> st.SearchStrategy[int]:
    return st.sampled_from([MAX_DEPTH - 5, MAX_DEPTH - 2, MAX_DEPTH, MAX_DEPTH + 1, 3_000])


_PIECES = st.one_of(
    st.text(max_size=3),
    st.sampled_from(['"', "{", "}", "[", "]", ",", ":", "\\", "-", "0", "e", "NaN", "null"]),
    st.sampled_from(["\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", '\\"', "\\x"]),
    st.integers(MAX_NUMBER_DIGITS - 2, 6_000).map(lambda n: "9" * n),
    st.sampled_from(["1e999", "-1e400", "0." + "1" * 5_000, "1" * 4_301]),
    _depths().map(lambda n: "[" * n + "]" * n),
    _depths().map(lambda n: '{"a": ' * n + "1" + "}" * n),
)

# One edit: at a position (a fraction of the text's length), delete `cut` characters and insert
# a piece. Positions just after a ':' (a value) are favoured, where edits matter most.
_EDIT = st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 8), _PIECES, st.booleans())


def mutate(text: str, edits: list[tuple[float, int, str, bool]]) -> str:
    for fraction, cut, piece, at_value in edits:
        position = int(fraction * len(text))
        if at_value:
            colon = text.find(": ", position)
            position = colon + 2 if colon >= 0 else position
        text = text[:position] + piece + text[position + cut :]
    return text


def check_loads_and_round_trips_or_is_refused(data: bytes) -> None:
    try:
        project = project_from_bytes(data, "mutated.journey.json")
    except ProjectFileError as error:
        message = str(error)
        assert message.startswith("mutated.journey.json: ") and len(message) > 24
        assert "Traceback" not in message
        return
    saved = project_to_bytes(project)
    assert project_from_bytes(saved) == project
    assert project_to_bytes(project_from_bytes(saved)) == saved


def _mutated_bytes() -> st.SearchStrategy[bytes]:
    return st.builds(
        lambda name, edits: mutate(template_text(name), edits).encode("utf-8", "surrogatepass"),
        st.sampled_from(TEMPLATES),
        st.lists(_EDIT, min_size=1, max_size=4),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_bytes())
def test_mutated_templates_load_or_are_refused_with_a_message(data):
    check_loads_and_round_trips_or_is_refused(data)


@pytest.mark.fuzz
@settings(max_examples=5_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_bytes())
def test_mutated_templates_heavy(data):
    check_loads_and_round_trips_or_is_refused(data)


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_templates_themselves_round_trip(name):
    check_loads_and_round_trips_or_is_refused(template_text(name).encode())
