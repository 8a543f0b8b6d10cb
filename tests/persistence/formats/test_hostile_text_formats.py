"""Hostile text in the exchange formats (issue 13, item 7): the CSV sheet never hands a
spreadsheet a formula, whatever the cell; a Mermaid round trip keeps private-use characters
(the reader's own placeholders live in those planes) and the lines of a description."""

from __future__ import annotations

import csv
import io

import pytest

from journey_editor.cli import main
from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.persistence.formats.csv_cards import export_csv, import_csv
from journey_editor.persistence.formats.mermaid import export_mermaid, import_mermaid
from journey_editor.persistence.formats.mermaid.syntax import protect_entities
from tests.bad_files import HOSTILE_TEXT, NOT_SAVEABLE, spread

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def rows_of(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def assert_no_cell_runs(rows: list[list[str]]) -> None:
    for row in rows[1:]:
        for cell in row:
            runs = cell.startswith(FORMULA_STARTS) and not cell.lstrip("+-").isdigit()
            assert not runs, f"a spreadsheet would run {cell!r}"


# --- CSV -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_every_cell_is_protected_the_channel_too(small_project, start):
    formula = f'{start}HYPERLINK("http://example.invalid","clic")'
    project = spread(small_project, formula)
    rows = rows_of(export_csv(project))
    assert_no_cell_runs(rows)
    channel_column = rows[0].index("channel")
    assert "'" + formula in [row[channel_column] for row in rows[1:]]
    # The import drops the apostrophe again: the same channel, label and all.
    again = import_csv(export_csv(project))
    assert formula in {channel.label for channel in again.channels}
    assert formula in {card.title for card in again.cards}


def test_scores_stay_numbers(small_project):
    rows = rows_of(export_csv(small_project))
    emotion = rows[0].index("emotion")
    assert "-1" in [row[emotion] for row in rows[1:]]


def test_convert_protects_the_channel_cell_of_an_imported_formula(small_project, tmp_path):
    """The issue's case: an imported `'=HYPERLINK(…)` channel came back live."""
    sheet = tmp_path / "ateliers.csv"
    sheet.write_text(
        'persona,stage,title,channel\nLéa,Achat,Appel,\'=HYPERLINK("http://x")\n',
        encoding="utf-8",
    )
    imported = tmp_path / "ateliers.journey.json"
    assert main(["import", str(sheet), "-o", str(imported)]) == 0
    assert '=HYPERLINK("http://x")' in {c.label for c in load_project(imported).channels}
    out = tmp_path / "sortie.csv"
    assert main(["convert", str(imported), "-o", str(out)]) == 0
    rows = rows_of(out.read_bytes())
    assert rows[1][rows[0].index("channel")] == '\'=HYPERLINK("http://x")'
    assert_no_cell_runs(rows)


@pytest.mark.parametrize(
    "case", [c for c in HOSTILE_TEXT if c not in NOT_SAVEABLE], ids=lambda c: c
)
def test_every_hostile_text_goes_through_the_sheet(case, small_project):
    rows = rows_of(export_csv(spread(small_project, HOSTILE_TEXT[case])))
    assert_no_cell_runs(rows)
    # Names have their length limits on import (500 characters): a card's title has none.
    small_project.cards[0].title = HOSTILE_TEXT[case]
    again = import_csv(export_csv(small_project))
    assert HOSTILE_TEXT[case].strip() in {card.title for card in again.cards}


# --- Mermaid -------------------------------------------------------------------------------------

PRIVATE_USE = HOSTILE_TEXT["private-use planes"]


def test_private_use_characters_survive_a_round_trip(small_project):
    small_project.title = PRIVATE_USE
    small_project.cards[0].title = PRIVATE_USE
    small_project.personas[0].name = "Léa \U000f0002"
    text, _ = export_mermaid(small_project)
    again = import_mermaid(text.encode())
    assert again.title == PRIVATE_USE
    assert PRIVATE_USE in {card.title for card in again.cards}
    assert "Léa \U000f0002" in {persona.name for persona in again.personas}


def test_a_placeholder_like_character_is_never_read_as_one():
    """The first placeholder is U+F0000: a real U+F0000 beside an entity code stays itself."""
    protected = protect_entities("a \U000f0000 #59; \U000f0001 #35;")
    assert protected.restore_decoded(protected.text) == "a \U000f0000 ; \U000f0001 #"
    assert protected.restore_raw(protected.text) == "a \U000f0000 #59; \U000f0001 #35;"


def test_a_line_with_more_codes_than_placeholders_is_a_message_not_a_traceback():
    line = "#59;" * (0x110000 - 0xF0000 + 1)
    data = f"journey\n  title x\n  section S\n    {line}: 3: Me\n".encode()
    with pytest.raises(Exception) as raised:
        import_mermaid(data)
    assert "line 4" in str(raised.value)
    assert "more than 131,072 entity codes" in str(raised.value)


def test_a_multi_line_description_keeps_its_lines(small_project):
    small_project.description = HOSTILE_TEXT["indented lines"]
    text, warnings = export_mermaid(small_project)
    assert import_mermaid(text.encode()).description == HOSTILE_TEXT["indented lines"]
    assert not [w for w in warnings if w.startswith("project description")]


def test_blank_lines_around_a_description_are_dropped_with_a_warning(small_project):
    small_project.description = "\n\nLigne\n"
    text, warnings = export_mermaid(small_project)
    assert import_mermaid(text.encode()).description == "Ligne"
    assert "project description: the blank lines at its start and end are left out" in warnings


def test_convert_and_import_keep_private_use_characters_and_description_lines(
    small_project, tmp_path
):
    small_project.title = PRIVATE_USE
    small_project.description = HOSTILE_TEXT["indented lines"]
    source = tmp_path / "carte.journey.json"
    source.write_bytes(project_to_bytes(small_project))
    diagram = tmp_path / "carte.mmd"
    assert main(["convert", str(source), "-o", str(diagram)]) == 0
    back = tmp_path / "retour.journey.json"
    assert main(["import", str(diagram), "-o", str(back)]) == 0
    project = load_project(back)
    assert project.title == PRIVATE_USE
    assert project.description == HOSTILE_TEXT["indented lines"]
