"""An imported map is written in one language: --language, else the one the source names (an
.ojf `locale`, a CSV's French column names), else the caller's default, else the interface's.
Its locale, its default channels' labels and the names the import makes up follow it."""

import json

import pytest

from journey_editor.default_words import default_channels_in
from journey_editor.model.channels import default_channels
from journey_editor.persistence.formats import FORMATS, read_any
from journey_editor.persistence.formats.csv_cards import import_csv
from journey_editor.persistence.formats.mermaid import export_mermaid, import_mermaid
from journey_editor.persistence.formats.ojf import export_ojf, import_ojf
from journey_editor.templates import starter_project

ENGLISH_LABELS = [c.label for c in default_channels()]
FRENCH_LABELS = [c.label for c in default_channels_in("fr")]

FRENCH_SHEET = "personne;étape;titre;canal\nLéa;Achat;Paie 105 €;Site web\n".encode()
ENGLISH_SHEET = b"persona,stage,title,channel\nLea,Purchase,Pays,Website\n"
NEUTRAL_SHEET = b"persona,stage,title,description,effort\nLea,Purchase,Pays,,2\n"


def labels(project) -> list[str]:
    return [channel.label for channel in project.channels]


def lane_names(project) -> list[str]:
    return [lane.name for persona in project.personas for lane in persona.lanes]


# --- CSV ------------------------------------------------------------------------------------


def test_a_french_header_row_makes_a_french_map():
    project = import_csv(FRENCH_SHEET)
    assert project.locale == "fr"
    assert labels(project) == FRENCH_LABELS
    assert lane_names(project) == ["Points de contact"]  # the lane the sheet did not name
    assert project.cards[0].channel == "website"


@pytest.mark.parametrize(
    "sheet",
    ["personne,étape,titre\nLéa,Achat,Paie\n", "persona;Étape;TITRE;effort\nLéa;Achat;Paie;2\n"],
)
def test_more_french_than_english_column_names_is_french(sheet):
    assert import_csv(sheet.encode("utf-8")).locale == "fr"


@pytest.mark.parametrize("sheet", [ENGLISH_SHEET, NEUTRAL_SHEET])
def test_english_column_names_say_nothing_so_the_default_decides(sheet):
    # Our own export writes English column names for a French map too.
    assert import_csv(sheet).locale == "en"
    french = import_csv(sheet, default_language="fr")
    assert french.locale == "fr"
    assert labels(french) == FRENCH_LABELS
    assert lane_names(french) == ["Points de contact"]
    assert french.cards[0].channel == ("website" if sheet is ENGLISH_SHEET else None)


def test_an_explicit_language_wins_over_the_header_row():
    project = import_csv(FRENCH_SHEET, language="en", default_language="fr")
    assert project.locale == "en"
    assert labels(project) == ENGLISH_LABELS
    assert lane_names(project) == ["Touchpoints"]
    assert project.cards[0].channel == "website"  # "Site web" is still the website


def test_cards_added_into_a_map_follow_that_maps_language():
    into = starter_project(language="en")
    project = import_csv(FRENCH_SHEET, into=into, language="fr")
    assert project.locale == "en"
    assert project.channels == into.channels
    assert "Points de contact" not in lane_names(project)


# --- Mermaid -----------------------------------------------------------------------------------

DAY = "journey\n  Wake up: 3\n  section Work\n    Make tea: 5: Me\n"


def test_a_french_mermaid_import_gets_french_lanes_persona_stage_and_channels():
    project = import_mermaid(DAY, language="fr")
    assert project.locale == "fr"
    assert labels(project) == FRENCH_LABELS
    assert [s.name for s in project.stages] == ["Étape sans titre", "Work"]
    assert [p.name for p in project.personas] == ["Tout le monde", "Me"]
    assert lane_names(project) == ["Points de contact", "Émotions"] * 2


def test_an_english_mermaid_import_is_as_before_and_both_export_the_same_text():
    english = import_mermaid(DAY)
    assert english.locale == "en"
    assert [s.name for s in english.stages] == ["Untitled stage", "Work"]
    assert [p.name for p in english.personas] == ["Everyone", "Me"]
    assert lane_names(english) == ["Touchpoints", "Emotions"] * 2
    assert export_mermaid(english)[0] == export_mermaid(import_mermaid(DAY, language="fr"))[0]


def test_mermaid_names_no_language_so_the_default_decides():
    assert import_mermaid(DAY, default_language="fr").locale == "fr"
    assert import_mermaid(DAY, language="en", default_language="fr").locale == "en"


def test_an_actor_named_like_the_french_no_actor_persona_keeps_it():
    text = "journey\n  section S\n    Alone: 3\n    Together: 4: Tout le monde\n"
    project = import_mermaid(text, language="fr")
    assert [p.name for p in project.personas] == ["Tout le monde (sans acteur)", "Tout le monde"]


# --- OJF ---------------------------------------------------------------------------------------


def ojf(**root) -> bytes:
    document = {
        "version": "1.0",
        "persona": "Léa",
        **root,
        "stages": [{"id": "s1", "name": "Achat"}],
        "swimlanes": [{"id": "l1", "name": "Points de contact"}],
        "nodes": [
            {
                "stageId": "s1",
                "swimlaneId": "l1",
                "title": "Site",
                "icon": "globe",
                "iconColor": "#0072B2",
            }
        ],
    }
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    "root",
    [{"locale": "fr-FR"}, {"language": "fr"}, {"lang": "FR"}, {"metadata": {"locale": "fr_CA"}}],
)
def test_an_ojf_file_that_names_its_language_makes_a_map_in_it(root):
    project = import_ojf(ojf(**root))
    assert project.locale == "fr"
    assert labels(project) == FRENCH_LABELS
    assert project.cards[0].channel == "website"


@pytest.mark.parametrize(
    "root", [{}, {"locale": "de-DE"}, {"locale": 7}, {"metadata": {"language": ["fr"]}}]
)
def test_an_ojf_file_without_a_known_language_takes_the_default(root):
    assert import_ojf(ojf(**root)).locale == "en"
    assert import_ojf(ojf(**root), default_language="fr").locale == "fr"


def test_the_ojf_language_field_goes_back_out_unchanged_and_language_wins():
    data = ojf(locale="fr-FR")
    english = import_ojf(data, language="en")
    assert english.locale == "en"
    assert labels(english) == ENGLISH_LABELS
    assert json.loads(export_ojf(english))["locale"] == "fr-FR"
    assert import_ojf(export_ojf(import_ojf(data))) == import_ojf(data)


# --- the registry ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"), [("csv", ENGLISH_SHEET), ("mermaid", DAY.encode()), ("ojf", ojf())]
)
def test_read_any_passes_the_language_and_the_default_on(tmp_path, name, data):
    path = tmp_path / f"source{FORMATS[name].suffixes[0]}"
    path.write_bytes(data)
    assert read_any(path, FORMATS[name]).locale == "en"
    assert read_any(path, FORMATS[name], default_language="fr").locale == "fr"
    assert read_any(path, FORMATS[name], language="en", default_language="fr").locale == "en"
