"""Links in the card sheet: a `ref` column names each card, a `next` column the cards it links
to ("A3 | label", one per line). Both directions: export writes them, import reads them."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey_editor.model import Project
from journey_editor.persistence import ProjectFileError, load_project
from journey_editor.persistence.formats.csv_cards import export_csv, import_csv
from journey_editor.persistence.formats.csv_cards.columns import format_next, parse_next

TEMPLATES = sorted((Path(__file__).resolve().parents[3] / "resources/templates").glob("*.json"))


def link_ends(project: Project) -> list[tuple[str, str, str]]:
    title = {card.id: card.title for card in project.cards}
    return sorted((title[k.from_card], title[k.to_card], k.label) for k in project.links)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name.split(".")[0])
def test_every_link_of_a_template_survives_a_round_trip_into_a_new_map(path):
    template = load_project(path)
    assert template.links, "the templates draw the zig-zag"
    imported = import_csv(export_csv(template))
    assert link_ends(imported) == link_ends(template)
    # The refs were the cards' ids, so the cards keep them.
    assert {c.id for c in imported.cards} == {c.id for c in template.cards}
    assert {(k.from_card, k.to_card) for k in imported.links} == {
        (k.from_card, k.to_card) for k in template.links
    }


def test_a_sheet_typed_by_hand_links_its_rows_in_french_too():
    data = (
        "Personne;Étape;Titre;Canal;Réf;Suivant\r\n"
        "Léa;Découverte;Lit un article;Blog;A1;A2 | clique sur le lien\r\n"
        'Léa;Recherche;Compare;Site web;A2;"A3 | réserve en ligne; retire en boutique\n'
        'A1"\r\n'
        "Léa;Achat;Essaie en boutique;Boutique;A3;\r\n"
    ).encode()
    project = import_csv(data)
    assert link_ends(project) == [
        ("Compare", "Essaie en boutique", "réserve en ligne; retire en boutique"),
        ("Compare", "Lit un article", ""),
        ("Lit un article", "Compare", "clique sur le lien"),
    ]


def test_refs_clashing_with_the_maps_ids_get_new_ids_and_the_links_still_hold(small_project):
    data = (
        "persona,stage,title,ref,next\r\n"
        "Léa,Achat,First,c-shop,c-blog\r\n"  # both refs are ids the map already has
        "Léa,Achat,Second,c-blog,\r\n"
    ).encode()
    merged = import_csv(data, into=small_project)
    first = next(c for c in merged.cards if c.title == "First")
    second = next(c for c in merged.cards if c.title == "Second")
    assert first.id not in {c.id for c in small_project.cards}
    new_links = [k for k in merged.links if k not in small_project.links]
    assert [(k.from_card, k.to_card) for k in new_links] == [(first.id, second.id)]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("A,B,T,r1,r9\r\n", "row 2, column 'next': no row has the ref \"r9\" (column 'ref')"),
        ("A,B,T,r1,r1\r\n", "row 2, column 'next': links the card to itself (\"r1\")"),
        (
            "A,B,T,r1,r2;r2\r\nA,B,U,r2,\r\n",
            "row 2, column 'next': links to \"r2\" twice",
        ),
        (
            "A,B,T,r1,\r\nA,B,U,r1,\r\n",
            "row 3, column 'ref': \"r1\" is already the ref of row 2; each card needs its own",
        ),
        (
            "A,B,T,r1,| lonely label\r\n",
            "row 2, column 'next': a link needs the ref of the card it goes to",
        ),
        ("A,B,T,r|1,\r\n", 'row 2, column \'ref\': a ref cannot hold "|" or ";"'),
    ],
)
def test_bad_links_are_reported_by_row_and_column_and_nothing_is_imported(rows, message):
    data = ("persona,stage,title,ref,next\r\n" + rows).encode()
    with pytest.raises(ProjectFileError) as raised:
        import_csv(data, source="links.csv")
    assert any(problem.startswith(message) for problem in raised.value.problems), (
        raised.value.problems
    )
    assert "links.csv" in str(raised.value)


def test_a_card_whose_id_a_cell_cannot_hold_gets_a_numbered_ref(small_project):
    odd = small_project.model_copy(deep=True)
    odd.cards[0].id = "a|b"
    for link in odd.links:
        link.from_card = "a|b" if link.from_card == small_project.cards[0].id else link.from_card
        link.to_card = "a|b" if link.to_card == small_project.cards[0].id else link.to_card
    odd = Project.model_validate(odd.model_dump())
    imported = import_csv(export_csv(odd))
    assert link_ends(imported) == link_ends(odd)
    assert "#1" in {c.id for c in imported.cards}


refs = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_\-]{0,8}", fullmatch=True)
labels = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x85|"),
    max_size=30,
)


@given(st.lists(st.tuples(refs, labels), max_size=5))
def test_a_next_cell_reads_back_as_it_was_written(links):
    expected = [(ref, " ".join(label.split())) for ref, label in links]
    assert parse_next(format_next(links)) == expected


def test_converting_to_csv_warns_when_a_link_label_loses_its_line_breaks(small_project):
    from journey_editor.persistence.formats import FORMATS, ExportOptions

    two_lines = small_project.model_copy(deep=True)
    two_lines.links[0].label = "clic\npuis achat"
    _, warnings = FORMATS["csv"].write(two_lines, ExportOptions())
    assert warnings == ["1 link label(s) written on one line: a sheet holds one line per link"]
    _, warnings = FORMATS["csv"].write(small_project, ExportOptions())
    assert warnings == []
