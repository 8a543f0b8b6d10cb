"""`import` and `convert`: other tools' files in, other tools' files out, from the shell."""

from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.persistence.formats.mermaid import import_mermaid
from journey_editor.persistence.formats.ojf import import_ojf
from journey_editor.templates import find_template
from tests.ojf_files import OWN_SAMPLES

WORKING_DAY = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


@pytest.fixture
def french_map(tmp_path) -> Path:
    path = tmp_path / "carnet.journey.json"
    path.write_bytes(find_template("menswear-omnichannel.fr").path.read_bytes())
    return path


def test_import_an_ojf_file_into_a_native_map(tmp_path, capsys):
    output = tmp_path / "museum.journey.json"
    code = main(["import", str(OWN_SAMPLES / "museum-visit-blueprint.ojf"), "-o", str(output)])
    assert code == 0
    project = load_project(output)
    assert project.title == "Museum Visit with a Timed Ticket"
    assert project.created is not None
    assert "3 stages, 1 persona, 4 cards" in capsys.readouterr().out


def test_import_mermaid_by_extension_and_csv_by_explicit_format(tmp_path):
    source = tmp_path / "day.mmd"
    source.write_text(WORKING_DAY, encoding="utf-8")
    output = tmp_path / "day.journey.json"
    assert main(["import", str(source), "-o", str(output)]) == 0
    assert [p.name for p in load_project(output).personas] == ["Me", "Cat"]

    sheet = tmp_path / "post-its.txt"
    sheet.write_text("persona;étape;titre;effort\nLéa;Achat;Paie 105 €;2\n", encoding="utf-8")
    output = tmp_path / "post-its.journey.json"
    assert main(["import", str(sheet), "--from", "csv", "-o", str(output)]) == 0
    assert load_project(output).cards[0].title == "Paie 105 €"


def test_import_csv_into_an_existing_map_keeps_the_original_file(french_map, tmp_path):
    before = french_map.read_bytes()
    sheet = tmp_path / "ajouts.csv"
    sheet.write_text("persona;étape;titre\nLéa, 31 ans;Achat;Nouvelle idée\n", encoding="utf-8")
    output = tmp_path / "enrichi.journey.json"
    code = main(["import", str(sheet), "--into", str(french_map), "-o", str(output)])
    assert code == 0
    assert french_map.read_bytes() == before
    grown = load_project(output)
    assert len(grown.cards) == len(load_project(french_map).cards) + 1


def test_a_bad_import_names_the_line_and_writes_nothing(tmp_path, capsys):
    source = tmp_path / "broken.mmd"
    source.write_text("journey\n  section A\n  Task: 9: Me\n", encoding="utf-8")
    output = tmp_path / "out.journey.json"
    assert main(["import", str(source), "-o", str(output)]) == 1
    assert "line 3" in capsys.readouterr().err
    assert not output.exists()


def test_import_refuses_unknown_extensions_and_wrong_targets(tmp_path, capsys):
    assert main(["import", str(tmp_path / "x.docx"), "-o", str(tmp_path / "x.journey.json")]) == 2
    assert "cannot tell the format" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "x.ojf"), "-o", str(tmp_path / "x.json")]) == 2


@pytest.mark.parametrize("suffix", [".ojf", ".mmd", ".csv"])
def test_convert_the_french_template_to_each_format_and_back(french_map, tmp_path, suffix):
    output = tmp_path / f"carnet{suffix}"
    assert main(["convert", str(french_map), "-o", str(output)]) == 0
    back = tmp_path / "back.journey.json"
    assert main(["import", str(output), "-o", str(back)]) == 0
    project = load_project(back)
    assert project.stages[0].name == "Découverte"
    assert any("€" in card.title for card in project.cards) or suffix == ".mmd"


def test_convert_reports_what_a_format_cannot_hold(french_map, tmp_path, capsys):
    output = tmp_path / "carnet.ojf"
    assert main(["convert", str(french_map), "-o", str(output), "--persona", "Léa, 31 ans"]) == 0
    err = capsys.readouterr().err
    assert "left out «Julien, 34 ans», «Marc, 52 ans»" in err
    assert "link(s) left out" in err
    assert import_ojf(output.read_bytes()).personas[0].name == "Léa, 31 ans"


def test_convert_to_mermaid_writes_the_documented_working_day_back(tmp_path):
    source = tmp_path / "day.mmd"
    source.write_text(WORKING_DAY, encoding="utf-8")
    output = tmp_path / "day-again.mmd"
    assert main(["convert", str(source), "-o", str(output)]) == 0
    assert import_mermaid(output.read_bytes()).model_dump(
        exclude={"created", "modified"}
    ) == import_mermaid(WORKING_DAY).model_dump(exclude={"created", "modified"})


def test_convert_csv_with_semicolons_for_french_excel(french_map, tmp_path):
    output = tmp_path / "carnet.csv"
    assert main(["convert", str(french_map), "-o", str(output), "--delimiter", ";"]) == 0
    header = output.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.startswith("persona;lane;")


def test_convert_an_unknown_persona_is_a_clear_error(french_map, tmp_path, capsys):
    output = tmp_path / "x.ojf"
    assert main(["convert", str(french_map), "-o", str(output), "--persona", "Zoé"]) == 1
    assert 'no persona "Zoé"' in capsys.readouterr().err
    assert not output.exists()


def test_convert_does_not_overwrite_without_force(french_map, tmp_path):
    output = tmp_path / "copy.journey.json"
    output.write_bytes(b"keep me")
    assert main(["convert", str(french_map), "-o", str(output)]) == 3
    assert output.read_bytes() == b"keep me"
    assert main(["convert", str(french_map), "-o", str(output), "--force"]) == 0
    assert output.read_bytes() == project_to_bytes(load_project(french_map))
