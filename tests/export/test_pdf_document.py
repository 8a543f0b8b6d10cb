"""The PDF read back with pypdf: pages and their sizes, fonts, metadata, bookmarks, text of
what was asked for (and not of what was left out), reproducible bytes, progress, cancelling,
and an atomic write."""

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from journey_editor import __version__
from journey_editor.export import (
    MM,
    ExportCancelled,
    PdfOptions,
    export_pdf,
    pdf_render,
    plan_pages,
)


def page_sizes(reader: PdfReader) -> list[tuple[float, float]]:
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]


@pytest.mark.parametrize(
    ("options", "size_mm"),
    [
        (PdfOptions(paper="A4", landscape=False), (210, 297)),
        (PdfOptions(paper="A4", landscape=True), (297, 210)),
        (PdfOptions(paper="A0", landscape=False), (841, 1189)),
        (PdfOptions(paper="Letter", landscape=True), (279.4, 215.9)),
        (PdfOptions(paper="custom", custom_size_mm=(600, 900)), (600, 900)),
    ],
)
def test_fit_prints_one_page_of_the_paper_asked_for(small_project, export_to, options, size_mm):
    path, report = export_to(small_project, options)
    reader = PdfReader(path)
    # The map, then the links table (the small map's one link has no room beside it).
    assert report.pages == len(reader.pages) == 2
    width, height = page_sizes(reader)[0]
    assert (width / MM, height / MM) == pytest.approx(size_mm, abs=0.05)


def test_tiles_are_all_the_paper_size_and_as_many_as_planned(template, export_to):
    options = PdfOptions(paper="A4", landscape=False, mode="tile", scale=1.0)
    path, report = export_to(template, options)
    reader = PdfReader(path)
    assert len(reader.pages) == report.pages == len(plan_pages(template, options)) > 1
    for width, height in page_sizes(reader):
        assert (width / MM, height / MM) == pytest.approx((210, 297), abs=0.05)


def test_every_card_title_of_every_template_is_in_the_text(pdf, template, export_to):
    path, _ = export_to(template, PdfOptions(paper="A3"))
    text = pdf.text(PdfReader(path))
    missing = [card.title for card in template.cards if pdf.normalise(card.title) not in text]
    assert missing == []
    for persona in template.personas:
        assert pdf.normalise(persona.name) in text
    for stage in template.stages:
        assert pdf.normalise(stage.name) in text


def test_french_text_comes_out_intact(pdf, export_to):
    from journey_editor.templates import find_template

    project = find_template("menswear-omnichannel.fr").load()
    text = pdf.text(PdfReader(export_to(project)[0]))
    for expected in ("Découverte", "Fidélité", "cœur", "6,90 €", "« Bien choisir", "—"):
        assert expected in text


def test_accents_ligatures_and_symbols_survive_in_a_small_map(pdf, small_project, export_to):
    text = pdf.text(PdfReader(export_to(small_project)[0]))
    for expected in ("Chemise à 105 €", "Maison Œillet", "«omnicanal»", "Boutique de chemises —"):
        assert expected in text


def fonts_of(reader: PdfReader) -> dict[str, object]:
    """Every font dictionary reachable from the pages, through forms (XObjects) too."""
    found: dict[str, object] = {}
    seen: set[int] = set()

    def visit(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
        for xobject in (resources.get("/XObject") or {}).values():
            ref = getattr(xobject, "idnum", None)
            if ref in seen:
                continue
            seen.add(ref)
            visit(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def test_every_font_is_an_embedded_dejavu_subset_and_no_standard_14_font(template, export_to):
    path, _ = export_to(template, PdfOptions(paper="A4", mode="tile", summary=True))
    fonts = fonts_of(PdfReader(path))
    assert fonts, "the document has text"
    for name, font in fonts.items():
        assert "DejaVu" in name
        assert "Helvetica" not in name and "Times" not in name and "Courier" not in name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is embedded"
    faces = {name.split("+")[-1] for name in fonts}
    assert faces == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def test_metadata_names_the_map_its_author_client_personas_and_stages(template, export_to):
    path, _ = export_to(template, PdfOptions(language="en"))
    meta = PdfReader(path).metadata
    assert meta.title == template.title
    assert meta.author == template.author
    assert meta.subject == f"Customer-journey map — {template.client}"
    keywords = meta["/Keywords"]
    for name in [p.name for p in template.personas] + [s.name for s in template.stages]:
        assert name in keywords
    assert meta.creator == f"journey-editor {__version__}"


def test_one_bookmark_per_persona_then_the_summary(pdf, template, export_to):
    path, _ = export_to(template, PdfOptions(summary=True, language="en"))
    reader = PdfReader(path)
    names = [p.name for p in template.personas]
    assert pdf.outline_titles(reader) == [*names, "Links", "Summary"]
    nested = dict(pdf.outline_titles(reader, nested=True))
    assert nested["Summary"][:2] == ["By persona", "By stage"]
    # Bookmarks point where the planner says: the band tops, the links table, the summary.
    pages = plan_pages(template, PdfOptions(summary=True, language="en"))
    items = [item for item in reader.outline if not isinstance(item, list)]
    targets = [reader.get_destination_page_number(item) for item in items]
    assert targets == [0] * len(names) + [1, 2]
    for item, anchor in zip(items, pages[0].anchors, strict=False):
        assert float(item["/Top"]) == pytest.approx(pages[0].page_size[1] - anchor.y, abs=0.01)


def test_per_persona_prints_each_persona_alone_on_its_own_page(pdf, template, export_to):
    path, report = export_to(template, PdfOptions(per_persona=True))
    reader = PdfReader(path)
    # One map per persona, then the links tables of the personas with numbered links.
    assert report.pages == len(template.personas) + 1
    word = "Liens" if template.locale.startswith("fr") else "Links"  # the map's language
    titles = [f"{word} — {p.name}" for p in template.personas]
    assert pdf.outline_titles(reader) == [p.name for p in template.personas] + titles
    texts = pdf.page_texts(reader)
    for index, persona in enumerate(template.personas):
        assert pdf.normalise(persona.name) in texts[index]
        others = [p for p in template.personas if p.id != persona.id]
        for other in others:
            assert pdf.normalise(other.name) not in texts[index]
        own = [c.title for c in template.cards if c.persona == persona.id]
        assert all(pdf.normalise(title) in texts[index] for title in own)


def test_per_persona_tiles_make_one_tile_set_per_persona(pdf, small_project, export_to):
    options = PdfOptions(paper="A4", mode="tile", scale=2.0, per_persona=True)
    path, report = export_to(small_project, options)
    pages = plan_pages(small_project, options)
    assert [p.map_key for p in pages].count(("p-lea",)) == pages[0].rows * pages[0].columns
    assert report.pages == len(PdfReader(path).pages) == len(pages)
    assert pdf.outline_titles(PdfReader(path)) == ["Léa", "Marc", "Liens — Léa"]


def test_hidden_lanes_leave_their_cards_out(pdf, template, export_to):
    hidden = frozenset({"backstage", "thoughts"})
    path, _ = export_to(template, PdfOptions(hidden_lane_kinds=hidden))
    text = pdf.text(PdfReader(path))
    kind_of = {lane.id: lane.kind for p in template.personas for lane in p.lanes}
    shown = [c.title for c in template.cards if kind_of[c.lane] not in hidden]
    gone = [c.title for c in template.cards if kind_of[c.lane] in hidden]
    assert gone, "the templates have backstage and thoughts cards"
    assert all(pdf.normalise(title) in text for title in shown)
    assert [title for title in gone if pdf.normalise(title) in text] == []


def test_the_summary_lists_personas_stages_and_their_figures(pdf, small_project, export_to):
    options = PdfOptions(paper="A4", summary=True, language="en")  # words: see test_pdf_language
    path, report = export_to(small_project, options)
    reader = PdfReader(path)
    assert report.pages == 4  # the map, the links table, the summary on two pages
    summary = " ".join(pdf.page_texts(reader)[2:])
    assert "Summary — Boutique de chemises" in summary
    assert "5 cards · 4 touchpoints · 1 link ·" in summary
    for heading in ("Cards", "Touchpoints", "Mean effort", "Mean emotion", "Channel switches"):
        assert heading in summary
    for name in ("Léa", "Marc", "Découverte", "Achat", "Usage"):
        assert name in summary
    # Léa: 4 cards, 3 touchpoints, mean effort (1+1+3)/3 = 1.7, mean emotion (2+1-1)/3 = +0.7,
    # blog → word of mouth → website: 2 switches, hot spot "Chemise à 105 €" (Achat).
    assert "Léa 4 3 1.7 +0.7 2 Chemise à 105 € (Achat)" in summary
    assert "Marc 1 1 2.0 +1.0 0 —" in summary


def test_the_summary_counts_the_zig_zag_per_persona_stage_and_map(pdf, small_project, export_to):
    options = PdfOptions(paper="A4", summary=True, language="en")
    path, _ = export_to(small_project, options)
    summary = " ".join(pdf.page_texts(PdfReader(path))[2:])
    for heading in ("Switches per step", "Round trips", "Digital share", "Exit points"):
        assert heading in summary
    # Léa: blog → word of mouth → website: 2 switches over 2 steps (1.00), no round trip,
    # blog and website digital of three touchpoints with a channel (67%), no exit point.
    assert "Léa 2 1.00 0 67% 0" in summary
    # Marc has one touchpoint: no step, so no frequency.
    assert "Marc 0 — 0" in summary
    assert "round trips: switches back to a channel the persona left earlier" in summary


def test_summary_figures_leave_hidden_lanes_out(pdf, small_project, export_to):
    options = PdfOptions(summary=True, hidden_lane_kinds={"pain_points"}, language="en")
    path, _ = export_to(small_project, options)
    summary = pdf.page_texts(PdfReader(path))[2]
    assert "4 cards · 4 touchpoints" in summary
    assert "left out: pain points" in summary


def test_with_source_date_epoch_exporting_twice_gives_identical_bytes(template, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # reproducible builds, tests
    options = PdfOptions(paper="A4", mode="tile", summary=True)
    first, second = io.BytesIO(), io.BytesIO()
    export_pdf(template, first, options)
    export_pdf(template, second, options)
    assert first.getvalue() == second.getvalue()
    assert first.getvalue().startswith(b"%PDF-")

    dates = PdfReader(first).metadata
    assert dates.creation_date == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert dates.modification_date == dates.creation_date


def test_without_source_date_epoch_a_handout_carries_the_real_time(small_project, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(UTC).replace(microsecond=0)
    buffer = io.BytesIO()
    export_pdf(small_project, buffer, PdfOptions(paper="A4"))
    after = datetime.now(UTC)
    metadata = PdfReader(buffer).metadata
    assert before <= metadata.creation_date.astimezone(UTC) <= after
    assert metadata.modification_date == metadata.creation_date


def test_the_fit_warning_fires_for_a_huge_map_on_a4(big_project):
    report = export_pdf(big_project, io.BytesIO(), PdfOptions(paper="A4", landscape=False))
    assert report.pages == 5  # the map, then its links table on 4 pages
    assert report.smallest_text_pt < 1.0
    (warning,) = [w for w in report.warnings if "smallest text" in w]
    assert warning.startswith(f"fit: the smallest text prints at {report.smallest_text_pt:.1f} pt")
    assert "below 5 pt" in warning and "larger paper or tile" in warning


def test_no_warning_when_the_text_stays_legible(small_project):
    report = export_pdf(small_project, io.BytesIO(), PdfOptions(paper="A3", landscape=False))
    assert report.smallest_text_pt >= 5.0
    assert not [w for w in report.warnings if "smallest text" in w]


def test_tiles_at_a_small_scale_warn_too(small_project):
    report = export_pdf(small_project, io.BytesIO(), PdfOptions(mode="tile", scale=0.4))
    assert report.smallest_text_pt == pytest.approx(8.0 * 0.4)
    assert any("use a larger scale" in w for w in report.warnings)


def test_fit_suggests_turning_the_paper_when_that_prints_the_map_much_larger():
    from journey_editor.templates import find_template

    tall = find_template("b2b-lead-generation").load()  # 770 × 1348 points
    report = export_pdf(tall, io.BytesIO(), PdfOptions(paper="A3", landscape=True))
    assert "fit: portrait paper would print the map 1.4× larger" in report.warnings
    report = export_pdf(tall, io.BytesIO(), PdfOptions(paper="A3", landscape=False))
    assert not [w for w in report.warnings if "paper would print" in w]


def test_progress_is_reported_after_each_page_and_cancel_stops_between_pages(small_project):
    calls = []
    options = PdfOptions(paper="A4", mode="tile", scale=2.0)
    report = export_pdf(
        small_project, io.BytesIO(), options, progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(n, report.pages) for n in range(1, report.pages + 1)]

    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 2  # after two pages

    output = io.BytesIO()
    with pytest.raises(ExportCancelled):
        export_pdf(small_project, output, options, cancelled=cancelled)
    assert output.getvalue() == b""


def test_a_failed_export_leaves_the_existing_file_untouched(small_project, tmp_path, monkeypatch):
    path = tmp_path / "handout.pdf"
    path.write_bytes(b"the previous handout")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(pdf_render, "paint_summary", broken)
    with pytest.raises(RuntimeError):
        export_pdf(small_project, path, PdfOptions(summary=True))
    assert path.read_bytes() == b"the previous handout"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_a_cancelled_export_leaves_the_existing_file_untouched(small_project, tmp_path):
    path = tmp_path / "handout.pdf"
    path.write_bytes(b"the previous handout")
    with pytest.raises(ExportCancelled):
        export_pdf(small_project, path, PdfOptions(), cancelled=lambda: True)
    assert path.read_bytes() == b"the previous handout"


def test_an_unwritable_output_raises_oserror_and_leaves_nothing(small_project, tmp_path):
    with pytest.raises(OSError):
        export_pdf(small_project, tmp_path / "missing-folder" / "map.pdf")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_map_still_prints_its_title(pdf, export_to):
    from journey_editor.model import Project

    project = Project(id="empty", title="Atelier à venir")
    path, report = export_to(project)
    assert report.pages == 1
    assert "Atelier à venir" in pdf.text(PdfReader(path))


def test_a_thin_last_row_or_column_is_reported_in_the_readers_language():
    from journey_editor.templates import find_template

    service = find_template("service-lifecycle").load()
    options = PdfOptions(paper="A4", mode="tile", scale=1.5)
    report = export_pdf(service, io.BytesIO(), options, report_language="fr")
    assert (
        report.pages == 18 + 1 and report.paper
    )  # the tiles, the links table == "A4 portrait (auto)"
    assert (report.proposal.scale, report.proposal.sheets) == (1.44, 15)
    assert (
        "feuilles\u00a0: la dernière colonne de feuilles ne contient que 19\u00a0% d'une "
        "feuille\u00a0; à 144\u00a0%, la carte tient sur 15 au lieu de 18\u00a0feuilles"
    ) in report.warnings
    fitted = export_pdf(service, io.BytesIO(), PdfOptions(paper="A4"))
    assert fitted.proposal is None


def test_auto_fit_gives_no_turn_the_paper_hint():
    from journey_editor.templates import find_template

    tall = find_template("b2b-lead-generation").load()
    report = export_pdf(tall, io.BytesIO(), PdfOptions(paper="A3"))
    assert report.paper == "A3 portrait (auto)"
    assert not [w for w in report.warnings if "paper would print" in w]
