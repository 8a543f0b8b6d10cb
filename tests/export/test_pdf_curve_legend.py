"""The printed legend says which lanes the emotion curves go through, in the PDF's language,
from the map's actual lanes once one of them differs from its kind's default."""

from __future__ import annotations

from pypdf import PdfReader

from journey_editor.export import PdfOptions
from journey_editor.templates import find_template


def set_lane(project, lane_id: str, **changes) -> None:
    persona, index = project.lane_owner(lane_id)
    persona.lanes[index] = persona.lanes[index].model_copy(update=changes)


def test_an_english_handout_names_the_default_lanes(pdf, small_project, export_to):
    english = small_project.model_copy(update={"locale": "en"})
    path, _ = export_to(english, PdfOptions(paper="A4"))
    assert "Emotion curve: touchpoints and emotions" in pdf.text(PdfReader(path))


def test_a_french_handout_names_them_in_french(pdf, small_project, export_to):
    path, _ = export_to(small_project, PdfOptions(paper="A4"))
    text = pdf.text(PdfReader(path))
    assert "Courbe d'émotion : points de contact et émotions" in text
    assert "Emotion curve" not in text and "touchpoints" not in text


def test_the_legend_follows_the_lanes_settings(pdf, small_project, export_to):
    set_lane(small_project, "l-lea-pain", feeds_curve=True)
    path, _ = export_to(small_project, PdfOptions(paper="A4"))
    text = pdf.text(PdfReader(path))
    assert "Courbe d'émotion : points de contact, émotions et irritants" in text
    path, _ = export_to(small_project, PdfOptions(paper="A4", language="en"), name="en.pdf")
    assert "Emotion curve: touchpoints, emotions and pain points" in pdf.text(PdfReader(path))


def test_only_some_lanes_of_a_kind_are_named(pdf, small_project, export_to):
    set_lane(small_project, "l-marc-touch", feeds_curve=False)
    path, _ = export_to(small_project, PdfOptions(paper="A4"))
    text = pdf.text(PdfReader(path))
    assert "Courbe d'émotion : « Points de contact » et émotions" in text


def test_the_french_template_prints_its_curve_legend(pdf, export_to):
    project = find_template("menswear-omnichannel.fr").load()
    path, _ = export_to(project, PdfOptions(paper="A3"))
    assert "Courbe d'émotion : points de contact et émotions" in pdf.text(PdfReader(path))
