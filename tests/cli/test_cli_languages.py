"""`new`, `import` and `convert` write a map in one language: --language fr|en, else (import)
the source's own, else the system's (LC_ALL, LC_MESSAGES, LANG), through one Qt-free helper."""

import json
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.default_words import default_channels_in
from journey_editor.model.factory import DEFAULT_LANE_KINDS, DEFAULT_LANE_NAMES
from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.templates import starter_project

FRENCH_STAGES = ["Découverte", "Considération", "Achat", "Utilisation", "Fidélisation"]
ENGLISH_STAGES = ["Awareness", "Consideration", "Purchase", "Use", "Loyalty"]
DAY = "journey\n  title Ma journée\n  section Au<br/>travail\n    Thé<BR>vert: 5: Moi\n"


@pytest.fixture(autouse=True)
def english_system(monkeypatch):
    """The C locale unless a test says otherwise: a developer's own LANG changes nothing."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def labels(project) -> list[str]:
    return [channel.label for channel in project.channels]


def has_default_lanes(project, language: str) -> bool:
    names = DEFAULT_LANE_NAMES[language]
    return [lane.name for lane in project.personas[0].lanes] == [
        names[kind] for kind in DEFAULT_LANE_KINDS
    ]


# --- new ------------------------------------------------------------------------------------


def test_new_in_french_writes_french_stages_persona_lanes_and_channels(tmp_path, capsys):
    output = tmp_path / "atelier.journey.json"
    assert main(["new", "--language", "fr", str(output)]) == 0
    project = load_project(output)
    assert project.locale == "fr"
    assert project.title == "Parcours sans titre"
    assert [s.name for s in project.stages] == FRENCH_STAGES
    assert project.personas[0].name == "Client"
    assert has_default_lanes(project, "fr")
    assert labels(project) == [c.label for c in default_channels_in("fr")]
    assert "Imprimés et presse" in labels(project)
    assert capsys.readouterr().out.strip().endswith("«Parcours sans titre» in French")


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_new_without_language_follows_the_system_locale(monkeypatch, tmp_path, environ, language):
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    output = tmp_path / "map.journey.json"
    assert main(["new", str(output)]) == 0
    project = load_project(output)
    assert project.locale == language
    assert [s.name for s in project.stages] == (
        FRENCH_STAGES if language == "fr" else ENGLISH_STAGES
    )
    assert has_default_lanes(project, language)


def test_language_wins_over_the_system_locale(monkeypatch, tmp_path):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    output = tmp_path / "map.journey.json"
    assert main(["new", "--language", "en", str(output)]) == 0
    assert [s.name for s in load_project(output).stages] == ENGLISH_STAGES


def test_a_template_keeps_its_language_and_refuses_another(tmp_path, capsys):
    output = tmp_path / "carnet.journey.json"
    args = ["new", "--template", "menswear-omnichannel.fr", str(output)]
    assert main([*args, "--language", "en"]) == 2
    err = capsys.readouterr().err
    assert "menswear-omnichannel.fr is written in French" in err
    assert "leave out --language en" in err
    assert not output.exists()
    assert main([*args, "--language", "fr"]) == 0
    assert load_project(output).locale.startswith("fr")


def test_an_unknown_language_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as raised:
        main(["new", "--language", "de", str(tmp_path / "x.journey.json")])
    assert raised.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


# --- import -----------------------------------------------------------------------------------


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_french_sheet_becomes_a_french_map_with_the_apps_french_channels(tmp_path, capsys):
    sheet = write(
        tmp_path / "post-its.csv",
        "personne;étape;titre;canal\n"
        "Léa;Découverte;Article;Imprimés et presse\n"
        "Léa;Achat;Colis;courrier et livraison\n"
        "Léa;Achat;Commande;SITE WEB\n",
    )
    output = tmp_path / "post-its.journey.json"
    assert main(["import", str(sheet), "-o", str(output)]) == 0
    project = load_project(output)
    assert project.locale == "fr"
    assert [card.channel for card in project.cards] == ["print", "post", "website"]
    assert labels(project) == [c.label for c in default_channels_in("fr")]
    assert [lane.name for lane in project.personas[0].lanes] == ["Points de contact"]
    assert capsys.readouterr().out.strip().endswith("3 cards, in French")


def test_language_wins_over_a_french_header_row(tmp_path):
    sheet = write(tmp_path / "p.csv", "personne;étape;titre;canal\nLéa;Achat;Colis;Courrier\n")
    output = tmp_path / "p.journey.json"
    assert main(["import", str(sheet), "--language", "en", "-o", str(output)]) == 0
    project = load_project(output)
    assert project.locale == "en"
    assert project.channel(project.cards[0].channel).label == "Post & delivery"
    assert project.personas[0].lanes[0].name == "Touchpoints"


def test_an_english_sheet_takes_the_system_language(monkeypatch, tmp_path):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    sheet = write(tmp_path / "p.csv", "persona,stage,title\nLea,Purchase,Pays\n")
    output = tmp_path / "p.journey.json"
    assert main(["import", str(sheet), "-o", str(output)]) == 0
    assert load_project(output).locale == "fr"


def test_a_mermaid_journey_takes_the_system_language_and_its_breaks(monkeypatch, tmp_path):
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    source = write(tmp_path / "day.mmd", DAY)
    output = tmp_path / "day.journey.json"
    assert main(["import", str(source), "-o", str(output)]) == 0
    project = load_project(output)
    assert project.locale == "fr"
    assert [lane.name for lane in project.personas[0].lanes] == ["Points de contact", "Émotions"]
    assert project.stages[0].name == "Au\ntravail"
    assert project.cards[0].title == "Thé\nvert"
    back = tmp_path / "back.mmd"
    assert main(["convert", str(output), "-o", str(back)]) == 0
    assert "section Au<br>travail" in back.read_text(encoding="utf-8")
    assert "Thé<br>vert: 5: Moi" in back.read_text(encoding="utf-8")


def test_an_ojf_file_naming_its_locale_is_imported_in_it(tmp_path):
    document = {
        "version": "1.0",
        "locale": "fr-FR",
        "stages": [{"id": "s1", "name": "Achat"}],
        "swimlanes": [{"id": "l1", "name": "Canaux"}],
        "nodes": [],
    }
    source = write(tmp_path / "achat.ojf", json.dumps(document))
    output = tmp_path / "achat.journey.json"
    assert main(["import", str(source), "-o", str(output)]) == 0
    assert load_project(output).locale == "fr"
    assert main(["import", str(source), "--language", "en", "-o", str(output), "--force"]) == 0
    assert load_project(output).locale == "en"


def test_into_a_map_keeps_its_language_and_refuses_another(tmp_path, capsys):
    into = tmp_path / "atelier.journey.json"
    into.write_bytes(project_to_bytes(starter_project(language="en")))
    sheet = write(tmp_path / "p.csv", "personne;étape;titre;canal\nLéa;Achat;Colis;Courrier\n")
    output = tmp_path / "out.journey.json"
    args = ["import", str(sheet), "--into", str(into), "-o", str(output)]
    assert main([*args, "--language", "fr"]) == 2
    err = capsys.readouterr().err
    assert f"--into {into}: that map is in English (locale en)" in err
    assert not output.exists()
    assert main(args) == 0
    project = load_project(output)
    assert project.locale == "en"
    assert project.channel(project.cards[0].channel).label == "Post & delivery"


def test_bad_input_still_names_file_and_line(tmp_path, capsys):
    source = write(tmp_path / "day.mmd", "journey\n  section <br/>\n    <BR>: 3: Me\n")
    output = tmp_path / "day.journey.json"
    assert main(["import", str(source), "--language", "fr", "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert f"{source}: line 2: 'section' needs a name after it" in err
    assert f"{source}: line 3: a task needs a name before its ':'" in err
    assert "Traceback" not in err
    assert not output.exists()


def test_convert_takes_the_same_language_option(tmp_path):
    source = write(tmp_path / "day.mmd", DAY)
    output = tmp_path / "day.csv"
    assert main(["convert", str(source), "--language", "fr", "-o", str(output)]) == 0
    assert "Points de contact" in output.read_bytes().decode("utf-8-sig")


# --- help and README ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["new", "import", "convert"])
def test_help_of_each_command_explains_language(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--language {en,fr}" in out
    assert "system's" in out


def test_the_readme_command_table_shows_language():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if line.startswith("| `journey-editor ")]
    for command in ("new [", "import SRC"):
        row = next(line for line in rows if f"journey-editor {command}" in line)
        assert "--language fr\\|en" in row, row
