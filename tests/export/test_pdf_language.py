"""The PDF's own words (legend, summary, sheet labels, metadata) speak the map's language:
a French map gets a French handout, an English one an English handout, unless the
`language` option (the CLI's --language, the dialog's "Words in") says otherwise."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from journey_editor.cli import main
from journey_editor.export import PdfOptions, export_pdf
from journey_editor.persistence import save_project
from journey_editor.templates import find_template

FRENCH_LEGEND = ("Canaux", "Effort", "Émotion", "Preuve", "Repères", "1 sans effort")
ENGLISH_LEGEND = ("Channels", "Emotion", "Evidence", "Marks", "1 effortless", "5 very hard")


def test_a_french_map_gets_a_french_legend_and_summary(pdf, small_project, export_to):
    assert small_project.locale == "fr-BE"
    path, _ = export_to(small_project, PdfOptions(paper="A4", summary=True))
    reader = PdfReader(path)
    legend, table, *summary_pages = pdf.page_texts(reader)
    summary = " ".join(summary_pages)
    assert table.startswith("Liens")  # the links table, in French too
    for word in (*FRENCH_LEGEND, "5 très difficile", "moment de vérité", "point de sortie"):
        assert word in legend
    for word in ENGLISH_LEGEND:
        assert word not in legend
    assert "Synthèse — Boutique de chemises" in summary
    # French plural rule, decimal comma and words: 1 lien, 1,8.
    assert "5 fiches · 4 points de contact · 1 lien · effort moyen 1,8" in summary
    assert "Léa 4 3 1,7 +0,7 2 Chemise à 105 € (Achat)" in summary
    for heading in ("Fiches", "Points de contact", "Effort moyen", "Changements de canal"):
        assert heading in summary
    # The zig-zag table: French decimal comma and percent with its space.
    for heading in ("Taux de changement", "Allers-retours", "Part numérique", "Points de sortie"):
        assert heading in summary
    assert "Léa 2 1,00 0 67 % 0" in summary
    assert pdf.outline_titles(reader, nested=True)[-1] == (
        "Synthèse",
        [
            "Par persona",
            "Par étape",
            "Canaux et sorties par persona",
            "Canaux et sorties par étape",
            "Léa — étape par étape",
            "Marc — étape par étape",
        ],
    )
    assert reader.metadata.subject == "Carte d'expérience client — Maison Œillet"


def test_an_english_map_keeps_an_english_legend(pdf, small_project, export_to):
    english = small_project.model_copy(update={"locale": "en-GB"})
    path, _ = export_to(english, PdfOptions(paper="A4"))
    legend = pdf.text(PdfReader(path))
    for word in ENGLISH_LEGEND:
        assert word in legend
    assert "Canaux" not in legend


def test_the_language_option_overrides_the_maps_locale(pdf, small_project, export_to):
    path, _ = export_to(small_project, PdfOptions(paper="A4", language="en"))
    legend = pdf.text(PdfReader(path))
    assert "Channels" in legend and "Canaux" not in legend
    # The map's own texts are never translated.
    assert "Points de contact" in legend and "Article de blog" in legend


def test_tiled_sheets_are_labelled_in_the_maps_language(pdf, small_project, export_to):
    options = PdfOptions(paper="A4", landscape=False, mode="tile", scale=2.0)
    path, _ = export_to(small_project, options)
    first = pdf.page_texts(PdfReader(path))[0]
    assert "rangée 1 / colonne 1" in first and "feuille 1 sur" in first


def test_an_unknown_language_option_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        PdfOptions(language="de")
    # Remembered dialog settings never break the dialog: a bad value falls back to the map's.
    assert PdfOptions.from_dict({"language": "de"}).language == ""
    assert PdfOptions.from_dict(PdfOptions(language="fr").to_dict()).language == "fr"


def test_the_cli_exports_the_legend_in_the_language_asked(pdf, small_project, tmp_path):
    source = tmp_path / "atelier.journey.json"
    save_project(small_project, source)
    french, english = tmp_path / "fr.pdf", tmp_path / "en.pdf"
    assert main(["export", str(source), "-o", str(french)]) == 0
    assert main(["export", str(source), "-o", str(english), "--language", "en"]) == 0
    assert "Canaux" in pdf.text(PdfReader(french))
    assert "Channels" in pdf.text(PdfReader(english))


def test_one_decimal_mark_per_handout_in_the_effort_strip_and_the_summary(pdf, export_to):
    template_fr = find_template("menswear-omnichannel.fr").load()
    # A French map printed in French writes 3,7 everywhere; printed in English, 3.7 everywhere.
    for language, mark, other in (("fr", ",", "."), ("en", ".", ",")):
        path, _ = export_to(template_fr, PdfOptions(paper="A3", summary=True, language=language))
        reader = PdfReader(path)
        strip = {
            figure
            for figure in pdf.page_texts(reader)[0].split()
            if len(figure) == 3
            and figure[0].isdigit()
            and figure[1] in ",."
            and figure[2].isdigit()
        }
        assert strip, "the effort strip prints its figures"
        assert all(figure[1] == mark for figure in strip), (language, strip)
        assert not any(figure[1] == other for figure in strip)
        summary = pdf.page_texts(reader)[-1]
        assert f"1{mark}" in summary or f"2{mark}" in summary or f"3{mark}" in summary


def test_the_small_text_warning_writes_its_size_with_the_languages_decimal_mark():
    french_map = find_template("menswear-omnichannel.fr").load()
    options = PdfOptions(paper="A4", language="fr")
    report = export_pdf(french_map, io.BytesIO(), options, report_language="fr")
    assert any("en 2,8\xa0pt" in warning for warning in report.warnings), report.warnings
