"""The CSV card sheet: format, round trips, French Excel files, merging into a map, errors."""

import csv
import io
from collections import defaultdict
from pathlib import Path

import pytest

from journey_editor.model import Project
from journey_editor.persistence import ProjectFileError, load_project
from journey_editor.persistence.formats.csv_cards import export_csv, import_csv
from journey_editor.persistence.formats.csv_cards.columns import CHANNEL_ALIASES
from journey_editor.persistence.import_helpers import name_key

TEMPLATE = (
    Path(__file__).resolve().parents[3] / "resources/templates/menswear-omnichannel.fr.journey.json"
)
BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def template() -> Project:
    return load_project(TEMPLATE)


def cell_contents(project: Project, channel=lambda p, c: c.channel) -> dict:
    """(persona name, lane name, stage name) → the cards there, in order, by their content."""
    cells = defaultdict(list)
    for card in project.cards:
        persona, index = project.lane_owner(card.lane)
        key = (persona.name, persona.lanes[index].name, project.stage(card.stage).name)
        cells[key].append(
            (
                card.title,
                card.description,
                channel(project, card),
                card.effort,
                card.emotion,
                card.evidence,
                card.moment_of_truth,
                card.exit_point,
                card.tags,
            )
        )
    return dict(cells)


def rows_of(data: bytes, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def structure(project: Project) -> tuple:
    return (
        [(s.name, s.phase) for s in project.stages],
        [(p.name, [(lane.name, lane.kind) for lane in p.lanes]) for p in project.personas],
    )


# --- export format ----------------------------------------------------------------------------


def test_export_is_utf8_with_bom_crlf_and_the_documented_columns(small_project):
    data = export_csv(small_project)
    assert data.startswith(BOM)
    text = data[len(BOM) :].decode("utf-8")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    rows = rows_of(data)
    assert rows[0] == [
        "persona",
        "lane",
        "lane_kind",
        "stage",
        "phase",
        "title",
        "description",
        "channel",
        "effort",
        "emotion",
        "evidence",
        "moment_of_truth",
        "exit_point",
        "tags",
        "ref",
        "next",
    ]
    assert len(rows) == 1 + len(small_project.cards)
    assert rows[3] == [
        "Léa",
        "Points de contact",
        "touchpoints",
        "Achat",
        "Pendant",
        "Chemise à 105 €",
        "",
        "Site",  # the channel's label
        "3",
        "-1",
        "",
        "yes",
        "no",
        "",
        "c-shop",  # the card's ref: its id
        "",  # no link starts here
    ]
    assert rows[4][-3] == "caisse; attente"
    blog = next(row for row in rows if row[-2] == "c-blog")
    assert blog[-1] == "c-shop | clic"  # the link to the shop card, with its label


def test_export_rows_follow_map_order_persona_lane_stage(small_project):
    titles = [row[5] for row in rows_of(export_csv(small_project))[1:]]
    assert titles == [
        "Article de blog",
        "Conseil d'un ami",
        "Chemise à 105 €",
        "File d'attente en caisse",
        "Essayage en boutique",
    ]


def test_export_can_use_semicolons_for_french_excel(small_project):
    rows = rows_of(export_csv(small_project, delimiter=";"), delimiter=";")
    assert rows[1][:2] == ["Léa", "Points de contact"]


def test_cells_that_a_spreadsheet_would_run_as_formulas_are_protected(small_project):
    small_project.cards[0].title = '=HYPERLINK("http://x")'
    small_project.cards[1].title = "-10 % sur la 2e"
    data = export_csv(small_project)
    assert rows_of(data)[1][5] == '\'=HYPERLINK("http://x")'
    again = import_csv(data)
    assert [c.title for c in again.cards][:2] == ['=HYPERLINK("http://x")', "-10 % sur la 2e"]


# --- round trips on the French template -------------------------------------------------------


def test_template_round_trip_into_a_new_map_keeps_every_card(template):
    imported = import_csv(export_csv(template))

    assert len(imported.cards) == len(template.cards) == 71
    no_channel = lambda project, card: None  # noqa: E731 - compared separately below
    assert cell_contents(imported, no_channel) == cell_contents(template, no_channel)
    assert structure(imported) == structure(template)
    titles = {card.title for card in imported.cards}
    assert "Coup d’œil sur tablette" in titles
    assert "6,90 € de port au paiement" in titles
    assert "Article « Bien choisir son col »" in titles


def test_template_round_trip_into_a_new_map_keeps_each_cards_channel(template):
    imported = import_csv(export_csv(template))
    for before, after in zip(template.cards, sorted_like(imported, template), strict=True):
        if before.channel is None:
            assert after.channel is None
        else:
            # The same id, a new channel with the same label, or the default channel that the
            # label is a usual name of ("Presse" → print, "E-mail" → email).
            label = template.channel(before.channel).label
            assert (
                after.channel == before.channel
                or imported.channel(after.channel).label == label
                or name_key(label) in map(name_key, CHANNEL_ALIASES[after.channel])
            ), before.title


def sorted_like(imported: Project, template: Project) -> list:
    by_title = {card.title: card for card in imported.cards}
    return [by_title[card.title] for card in template.cards]


def test_template_round_trip_maps_channels_known_by_label_and_creates_the_others(template):
    imported = import_csv(export_csv(template))
    channel_of = {card.title: card.channel for card in imported.cards}
    assert channel_of["SMS du transporteur"] == "sms"  # same label in the default catalogue
    assert channel_of["E-mail d’expédition"] == "email"  # "E-mail": a known French name
    assert channel_of["Question au chat communautaire"] == "chat_de_la_communaute"  # created
    assert imported.channel("chat_de_la_communaute").label == "Chat de la communauté"


def test_template_round_trip_into_its_own_skeleton_gives_back_the_same_cards(template):
    skeleton = template.model_copy(update={"cards": [], "links": []}, deep=True)
    imported = import_csv(export_csv(template), into=skeleton)

    assert cell_contents(imported) == cell_contents(template)  # channel ids included
    assert imported.channels == template.channels
    assert structure(imported) == structure(template)


def test_template_export_import_export_gives_identical_bytes_into_the_skeleton(template):
    data = export_csv(template)
    skeleton = template.model_copy(update={"cards": [], "links": []}, deep=True)
    assert export_csv(import_csv(data, into=skeleton)) == data


def test_a_second_round_trip_into_a_new_map_changes_nothing(template):
    once = export_csv(import_csv(export_csv(template)))
    assert export_csv(import_csv(once)) == once


# --- reading what people and spreadsheets write -------------------------------------------------

FRENCH_EXCEL = (
    "Personne;Couloir;Type de couloir;Étape;Titre;Description;Canal;Effort;Émotion;Preuve;"
    "Moment de vérité;Point de sortie;Étiquettes\r\n"
    "Léa;Points de contact;;Découverte;Conseil d’une amie;;Bouche-à-oreille;1;+1;observé;;;"
    "recommandation\r\n"
    'Léa;Irritants;;Achat;"Frais de port à 6,90 €";"Découverts\r\nau dernier moment";'
    'Site web;3;-2;Hypothèse;oui;x;"prix; panier"\r\n'
    ";;;;;;;;;;;;\r\n"
    "Marc;Coulisses;;Achat;Stock unifié;;;;;proposé;non;NON;\r\n"
)


def test_a_french_excel_sheet_with_semicolons_and_bom_is_read():
    project = import_csv(BOM + FRENCH_EXCEL.encode("utf-8"), "atelier.csv")

    assert [s.name for s in project.stages] == ["Découverte", "Achat"]
    assert [p.name for p in project.personas] == ["Léa", "Marc"]
    lea, marc = project.personas
    assert [(lane.name, lane.kind) for lane in lea.lanes] == [
        ("Points de contact", "touchpoints"),
        ("Irritants", "pain_points"),
    ]
    assert [(lane.name, lane.kind) for lane in marc.lanes] == [("Coulisses", "backstage")]
    advice, fees, stock = project.cards
    assert (advice.emotion, advice.effort, advice.evidence) == (1, 1, "observed")
    # The default catalogue's labels are English; its French names are recognised too.
    assert (advice.channel, fees.channel) == ("word_of_mouth", "website")
    assert fees.description == "Découverts\nau dernier moment"
    assert (fees.emotion, fees.evidence, fees.moment_of_truth, fees.exit_point) == (
        -2,
        "assumed",
        True,
        True,
    )
    assert fees.tags == ["prix", "panier"]
    assert (stock.evidence, stock.moment_of_truth, stock.exit_point) == ("proposed", False, False)


def test_a_comma_sheet_without_bom_and_only_the_required_columns_is_read():
    data = b'Persona,Stage,Title\nMe,Work,Make tea\nMe,Home,"Sit down, finally"\n'
    project = import_csv(data)
    assert [(p.name, [lane.kind for lane in p.lanes]) for p in project.personas] == [
        ("Me", ["touchpoints"])
    ]
    assert [c.title for c in project.cards] == ["Make tea", "Sit down, finally"]


def test_headers_match_ignoring_case_accents_spaces_and_underscores():
    data = "PERSONNE,etape,  Titre ,Moment_De_Verite,exit point,EMOTION\nA,B,C,x,1,−2\n"
    card = import_csv(data.encode()).cards[0]
    assert (card.moment_of_truth, card.exit_point, card.emotion) == (True, True, -2)


def test_an_excel_sep_line_sets_the_separator_and_is_not_a_row():
    data = b"sep=;\r\npersona;stage;title;effort\r\nA;B;C;9\r\n"
    with pytest.raises(ProjectFileError) as caught:
        import_csv(data)
    assert caught.value.problems == [
        "row 2, column 'effort': must be a whole number from 1 to 5 (got \"9\")"
    ]


def test_a_new_lane_gets_its_kind_from_lane_kind_or_its_name_and_blank_lane_means_touchpoints():
    data = (
        b"persona,lane,lane_kind,stage,title\n"
        b"A,Feelings,emotions,S,one\n"
        b"A,Pain points,,S,two\n"
        b"A,Misc,,S,three\n"
        b"A,,,S,four\n"
        b"A,,actions,S,five\n"
    )
    persona = import_csv(data).personas[0]
    assert [(lane.name, lane.kind) for lane in persona.lanes] == [
        ("Feelings", "emotions"),
        ("Pain points", "pain_points"),
        ("Misc", "notes"),
        ("Touchpoints", "touchpoints"),
        ("Actions", "actions"),
    ]


def test_an_unknown_channel_is_added_to_the_catalogue():
    project = import_csv(b"persona,stage,title,channel\nA,S,Vu sur TikTok,TikTok\n")
    assert project.cards[0].channel == "tiktok"
    assert project.channel("tiktok").label == "TikTok"


# --- adding to an existing map ----------------------------------------------------------------


def test_into_adds_cards_to_a_copy_and_creates_what_is_missing_in_first_seen_order(small_project):
    before = small_project.model_copy(deep=True)
    data = (
        "persona,lane,stage,title,channel\n"
        "léa,points de contact,ACHAT,Retour en boutique,Boutique\n"
        "Marc,Émotions,Fidélité,Content,\n"
        "Nina,Touchpoints,Découverte,Pub Instagram,social_media\n"
        "Nina,Touchpoints,Retour,Colis renvoyé,\n"
        "Léa,Irritants,Usage,Bouton manquant,\n"
    ).encode()
    result = import_csv(data, into=small_project)

    assert small_project == before  # the argument is never changed
    assert result.cards[: len(before.cards)] == before.cards
    assert [s.name for s in result.stages] == ["Découverte", "Achat", "Usage", "Fidélité", "Retour"]
    assert [p.name for p in result.personas] == ["Léa", "Marc", "Nina"]
    marc = result.persona("p-marc")
    assert [(lane.name, lane.kind) for lane in marc.lanes] == [
        ("Touchpoints", "touchpoints"),
        ("Émotions", "emotions"),  # appended to an existing persona
    ]
    assert [lane.name for lane in result.persona("p-lea").lanes] == [
        "Points de contact",
        "Émotions",
        "Irritants",
    ]
    new = result.cards[len(before.cards) :]
    assert [(c.persona, c.lane, c.stage) for c in new[:1]] == [("p-lea", "l-lea-touch", "s-buy")]
    assert new[0].channel == "store"  # label "Boutique" in this map's catalogue
    assert result.cell_cards("p-lea", "l-lea-touch", "s-buy")[-1].title == "Retour en boutique"
    assert len(result.all_ids()) == len(before.all_ids()) + 5 + 1 + 1 + 1 + 1 + 1


def test_new_ids_never_clash_with_the_maps_ids(small_project):
    data = export_csv(small_project)
    result = import_csv(data, into=small_project)
    assert len(result.cards) == 2 * len(small_project.cards)
    assert len({card.id for card in result.cards}) == len(result.cards)


# --- errors -----------------------------------------------------------------------------------


def import_problems(data: bytes, into: Project | None = None) -> list[str]:
    with pytest.raises(ProjectFileError) as caught:
        import_csv(data, "atelier.csv", into=into)
    assert str(caught.value).startswith("atelier.csv: ")
    return [str(problem) for problem in caught.value.problems]


def test_every_bad_row_is_reported_with_its_spreadsheet_row_number_and_nothing_is_imported(
    small_project,
):
    before = small_project.model_copy(deep=True)
    data = (
        "persona,stage,title,description,effort,emotion,evidence,moment_of_truth\n"  # row 1
        "Léa,Achat,Fine,,2,1,observed,yes\n"  # row 2
        'Léa,Achat,"Two\nlines",,1,0,,\n'  # row 3, one row although two lines
        "Léa,Achat,,,,,,\n"  # row 4
        "Léa,Achat,Hard,,9,,,\n"  # row 5
        "Léa,Achat,Sad,,,3,seen,maybe\n"  # row 6
        "Léa,Achat,Short\n"  # row 7
        ",,Orphan,,,,,\n"  # row 8
    ).encode()
    assert import_problems(data, into=small_project) == [
        "row 4: a card needs a title or a description",
        "row 5, column 'effort': must be a whole number from 1 to 5 (got \"9\")",
        "row 6, column 'emotion': must be a whole number from -2 to +2 (got \"3\")",
        "row 6, column 'evidence': must be one of observed, assumed, proposed, or empty "
        '(got "seen")',
        "row 6, column 'moment_of_truth': must be yes or no (also true/false, 1/0, oui/non, x) "
        '(got "maybe")',
        "row 7: has 3 cells, the header row has 8 (a separator too many or too few?)",
        "row 8, column 'persona': is empty; every card needs a persona",
        "row 8, column 'stage': is empty; every card needs a stage",
    ]
    assert small_project == before


def test_error_messages_name_columns_as_the_sheet_writes_them():
    data = "Personne;Étape;Titre;Émotion\nLéa;Achat;Triste;-3\n".encode()
    assert import_problems(data) == [
        "row 2, column 'Émotion': must be a whole number from -2 to +2 (got \"-3\")"
    ]


def test_what_the_model_refuses_is_reported_per_column():
    data = f"persona,stage,title,tags\nA,B,C,ok; {'x' * 101}\n".encode()
    (problem,) = import_problems(data)
    assert problem.startswith("row 2, column 'tags': ")
    assert "100" in problem


def test_missing_required_columns_are_named():
    assert import_problems(b"persona,lane,description\nA,B,C\n") == [
        "row 1: missing column(s) 'stage', 'title'; a card sheet needs persona, stage and title "
        "columns (row 1 holds the column names)"
    ]


def test_unknown_and_duplicate_columns_are_refused():
    problems = import_problems(b"persona,stage,title,titre,author\nA,B,C,D,E\n")
    assert problems[0] == "row 1: columns 'title' and 'titre' are the same column"
    assert problems[1].startswith("row 1: unknown column 'author'; the columns are persona, lane")


def test_an_empty_file_is_refused():
    assert import_problems(b"") == ["is empty: the first row must hold the column names"]
    assert import_problems(BOM + b"\r\n\r\n") == [
        "is empty: the first row must hold the column names"
    ]


def test_a_value_under_a_column_without_header_is_refused_but_empty_trailing_cells_are_fine():
    assert len(import_csv(b"persona,stage,title,\nA,B,C,\nA,B,D,,\n").cards) == 2
    assert import_problems(b"persona,stage,title,\nA,B,C,oops\n") == [
        "row 2, column 4: holds a value but the column has no name in row 1"
    ]


def test_other_encodings_are_refused_with_the_byte_position():
    latin1 = "persona,stage,title\nLéa,Achat,Chemise\n".encode("latin-1")
    assert import_problems(latin1) == [
        "is not UTF-8 text: byte 0xE9 at line 2, column 2 (byte offset 21); perhaps Latin-1 or "
        "Windows-1252: re-save it as UTF-8"
    ]
    utf16 = "persona,stage,title\n".encode("utf-16")
    assert import_problems(utf16) == [
        "is UTF-16 text; save it as UTF-8 (with or without BOM) instead"
    ]


def test_broken_quotes_are_reported_with_the_row():
    problems = import_problems(b'persona,stage,title\nA,B,C\nA,B,"never closed\n')
    assert len(problems) == 1
    assert problems[0].startswith("row 3: cannot be read as CSV")
