"""Hostile input, round two: huge numbers, nesting at and over the one depth limit, lone
surrogates that got into a map, messages about size and failed conversions.

"Valid" means "saveable": whatever loads, imports or pastes within the limits saves and reopens.
"""

from __future__ import annotations

import json

import pytest

from journey_editor.cli import main
from journey_editor.persistence import (
    ProjectFileError,
    ProjectSaveError,
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
)
from journey_editor.persistence.formats.mermaid import import_mermaid
from journey_editor.persistence.formats.ojf import OJF_MAX_DEPTH, export_ojf, import_ojf
from journey_editor.persistence.native import UnwritableMapError, copy_bytes
from journey_editor.persistence.strict_json import MAX_DEPTH, MAX_NUMBER_DIGITS, too_big
from tests.ojf_files import OWN_SAMPLES

MUSEUM = OWN_SAMPLES / "museum-visit-blueprint.ojf"


def nested(levels: int) -> object:
    """A value `levels` levels of arrays deep (levels ≥ 1), ending in a number."""
    value: object = [1]
    for _ in range(levels - 1):
        value = [value]
    return value


def depth_of(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((depth_of(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth_of(v) for v in value), default=0)
    return 0


# --- the depth limit ---------------------------------------------------------------------------


def test_the_limit_is_far_above_what_real_maps_use():
    from journey_editor.templates import find_template

    for name in ("menswear-omnichannel.fr", "b2b-lead-generation", "service-lifecycle"):
        document = json.loads(find_template(name).path.read_bytes())
        assert depth_of(document) <= 10 < MAX_DEPTH
    imported = json.loads(project_to_bytes(import_ojf(MUSEUM.read_bytes())))
    assert depth_of(imported) <= 12 < MAX_DEPTH


def _native_with_attributes(small_project, value: object) -> bytes:
    document = json.loads(project_to_bytes(small_project))
    document["cards"][1]["attributes"] = {"deep": value}  # a card's attribute value: level 5
    return json.dumps(document).encode()


def test_a_map_at_the_depth_limit_loads_saves_and_reopens(small_project, tmp_path):
    data = _native_with_attributes(small_project, nested(MAX_DEPTH - 4))
    assert depth_of(json.loads(data)) == MAX_DEPTH
    project = project_from_bytes(data)
    path = tmp_path / "profond.journey.json"
    save_project(project, path)
    assert load_project(path) == project


def test_one_level_over_the_limit_is_refused_naming_depth_and_place(small_project):
    data = _native_with_attributes(small_project, nested(MAX_DEPTH - 3))
    card_id = json.loads(data)["cards"][1]["id"]
    with pytest.raises(ProjectFileError) as raised:
        project_from_bytes(data, "profond.journey.json")
    message = str(raised.value)
    assert f"over {MAX_DEPTH} levels" in message and f"level {MAX_DEPTH + 1}" in message
    assert f'id "{card_id}"' in message and "cards[1].attributes.deep[0]" in message


def _ojf_with_lane_field(levels: int) -> bytes:
    # A swimlane's unknown field goes deepest into the map (project → personas → persona →
    # lanes → lane → attributes → ojf → original → field).
    document = json.loads(MUSEUM.read_bytes())
    document["swimlanes"][0]["layers"] = nested(levels)
    return json.dumps(document).encode()


def test_an_ojf_file_at_its_limit_imports_and_the_map_saves_and_reopens(tmp_path):
    data = _ojf_with_lane_field(OJF_MAX_DEPTH - 3)  # root, swimlanes, lane: 3 levels
    assert depth_of(json.loads(data)) == OJF_MAX_DEPTH
    project = import_ojf(data)
    assert depth_of(json.loads(project_to_bytes(project))) == MAX_DEPTH
    path = tmp_path / "musee.journey.json"
    save_project(project, path)
    assert load_project(path) == project
    assert json.loads(export_ojf(project))["swimlanes"][0]["layers"] == nested(OJF_MAX_DEPTH - 3)


def test_an_ojf_file_one_level_deeper_is_refused():
    with pytest.raises(ProjectFileError) as raised:
        import_ojf(_ojf_with_lane_field(OJF_MAX_DEPTH - 2), "musee.ojf")
    message = str(raised.value)
    assert message.startswith("musee.ojf: ")
    assert f"over {OJF_MAX_DEPTH} levels" in message and 'id "l1"' in message
    assert "swimlanes[0].layers[0]" in message


@pytest.mark.parametrize("levels", [1_000, 100_000])
def test_extreme_nesting_in_an_ojf_file_is_refused(levels):
    data = b'{"stages": [], "x": ' + b"[" * levels + b"]" * levels + b"}"
    with pytest.raises(ProjectFileError, match="nested"):
        import_ojf(data, "x.ojf")


# --- numbers too long for int() ----------------------------------------------------------------


def test_a_huge_number_in_an_ojf_file_is_refused_with_line_and_column():
    document = MUSEUM.read_text(encoding="utf-8")
    assert '"score": 5' in document
    data = document.replace('"score": 5', '"score": 5' + "0" * 5000, 1).encode()
    with pytest.raises(ProjectFileError) as raised:
        import_ojf(data, "musee.ojf")
    message = str(raised.value)
    assert message.startswith("musee.ojf: ") and "5,001 digits" in message
    assert "line" in message and "column" in message


def test_numbers_up_to_the_limit_load_and_save(small_project):
    big = int("9" * MAX_NUMBER_DIGITS)
    data = _native_with_attributes(small_project, {"n": big, "m": -big, "f": 1e308})
    project = project_from_bytes(data)
    assert project_from_bytes(project_to_bytes(project)) == project


def _mermaid_outcome(text: str) -> object:
    try:
        project = import_mermaid(text, "m.mmd")
    except ProjectFileError as error:
        return str(error)
    assert project_from_bytes(project_to_bytes(project)) == project
    return project.title, [stage.name for stage in project.stages], project.cards[0].title


@pytest.mark.parametrize("digits", [4_301, 10_000, 100_000])
@pytest.mark.parametrize(
    "template",
    [
        "journey\n  title T {code} x\n  section S\n    Task: 3: Me\n",
        "journey\n  section S {code}\n    Task: 3: Me\n",
        "journey\n  section S\n    Task {code}: 3: Me\n",
    ],
    ids=["title", "section", "task"],
)
def test_a_huge_mermaid_entity_code_is_read_like_any_code_past_unicode(template, digits):
    # Not a ValueError from int(): the same outcome as #99999999; (past U+10FFFF), which
    # Mermaid does not decode either.
    huge = _mermaid_outcome(template.format(code="#" + "9" * digits + ";"))
    assert huge == _mermaid_outcome(template.format(code="#99999999;"))


def test_an_entity_code_with_leading_zeros_still_decodes():
    project = import_mermaid("journey\n  section S\n    A #0000000000000065; b: 3: Me\n")
    assert project.cards[0].title == "A A b"


# --- a map that cannot be written ---------------------------------------------------------------


def test_a_save_blocked_by_a_lone_surrogate_names_the_object_and_field(small_project, tmp_path):
    card = small_project.cards[0]
    object.__setattr__(card, "title", "Cassé \ud83d")  # past validation, like a bug would
    path = tmp_path / "carte.journey.json"
    with pytest.raises(ProjectSaveError) as raised:
        save_project(small_project, path)
    reason = raised.value.reason
    assert f'id "{card.id}"' in reason and "cards[0].title" in reason and "\\uD800" in reason
    assert not path.exists()
    with pytest.raises(UnwritableMapError):
        project_to_bytes(small_project)
    # The recovery copy is written all the same, and reopens with the character replaced.
    reopened = project_from_bytes(copy_bytes(small_project))
    assert reopened.cards[0].title == "Cassé \ufffd"


def test_a_save_blocked_by_nesting_names_the_depth_and_place(small_project, tmp_path):
    object.__setattr__(small_project.cards[2], "attributes", {"x": nested(300)})
    with pytest.raises(ProjectSaveError) as raised:
        save_project(small_project, tmp_path / "carte.journey.json")
    assert f"over {MAX_DEPTH} levels" in raised.value.reason
    assert "cards[2].attributes.x" in raised.value.reason
    assert copy_bytes(small_project)  # written anyway, for a person to look at


# --- messages --------------------------------------------------------------------------------


def test_one_byte_over_the_size_limit_does_not_read_as_equal_to_it(tmp_path):
    assert too_big(64 * 2**20 + 1) == "is 64 MiB (67,108,865 bytes), over the 64 MiB limit"
    assert too_big(100 * 2**20) == "is 100 MiB, over the 64 MiB limit"
    path = tmp_path / "grand.journey.json"
    with path.open("wb") as stream:
        stream.truncate(64 * 2**20 + 1)
    with pytest.raises(ProjectFileError, match=r"67,108,865 bytes\), over the 64 MiB limit"):
        load_project(path)


def test_convert_names_the_users_file_and_the_reason_in_words(tmp_path, capsys, monkeypatch):
    from journey_editor.cli import conversions

    source = tmp_path / "carte.ojf"
    source.write_bytes(MUSEUM.read_bytes())
    output = tmp_path / "sortie.mmd"

    def refuse(path, data, keep_backup):
        temporary = path.with_name(f".{path.name}.tmp-1234")
        raise PermissionError(13, "Permission denied", str(temporary))

    monkeypatch.setattr(conversions, "atomic_write_bytes", refuse)
    assert main(["convert", str(source), "-o", str(output)]) == 3
    err = capsys.readouterr().err
    assert f"{output}: could not save: permission denied" in err
    assert "Errno" not in err and ".tmp-" not in err
