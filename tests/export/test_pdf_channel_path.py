"""The PDF's channel path pages (`--channel-paths`): one per persona, bookmarked, with the
figures in the text and the dots painted in their channels' colours."""

import pypdfium2
import pytest
from pypdf import PdfReader

from journey_editor.export import PdfOptions
from journey_editor.export.page_plan import plan_pages


def test_one_page_per_persona_after_the_maps_each_under_one_bookmark(pdf, template, export_to):
    options = PdfOptions(paper="A4", channel_paths=True, language="en")
    path, report = export_to(template, options)
    reader = PdfReader(path)
    pages = plan_pages(template, options)
    paths = [page for page in pages if page.kind == "channel_path"]
    assert [page.channel_path.persona_id for page in paths] == [p.id for p in template.personas]
    assert report.pages == len(reader.pages) == len(pages)
    outline = dict(pdf.outline_titles(reader, nested=True))
    assert outline["Channel paths"] == [p.name for p in template.personas]
    texts = pdf.page_texts(reader)[-len(paths) :]
    for persona, text in zip(template.personas, texts, strict=True):
        assert f"Channel path — {pdf.normalise(persona.name)}" in text
        assert "Channel switches: " in text and "per step: " in text
        used = {c.channel for c in template.cards if c.persona == persona.id and c.channel}
        labels = [ch.label for ch in template.channels if ch.id in used]
        # The rows name the channels (those of touchpoints; others may be missing).
        assert sum(pdf.normalise(label) in text for label in labels) >= 2


def test_the_dots_are_painted_in_their_channels_colours(small_project, export_to):
    options = PdfOptions(paper="A4", channel_paths=True, language="en")
    path, _ = export_to(small_project, options)
    pages = plan_pages(small_project, options)
    index = next(i for i, page in enumerate(pages) if page.kind == "channel_path")
    page = pages[index]
    document = pypdfium2.PdfDocument(str(path))
    scale = 3.0
    image = document[index].render(scale=scale).to_pil().convert("RGB")
    for dot in page.channel_path.dots:
        x, y = dot.centre
        r, g, b = image.getpixel((round(x * scale), round(y * scale)))
        want = tuple(int(dot.colour[i : i + 2], 16) for i in (1, 3, 5))
        assert max(abs(r - want[0]), abs(g - want[1]), abs(b - want[2])) <= 8, dot


def test_the_option_is_remembered_and_off_by_default():
    assert PdfOptions().channel_paths is False
    assert PdfOptions.from_dict(PdfOptions(channel_paths=True).to_dict()).channel_paths is True
    assert PdfOptions.from_dict({"channel_paths": "yes"}).channel_paths is False


@pytest.mark.parametrize("language", ["fr"])
def test_the_page_speaks_the_pdfs_language(pdf, small_project, export_to, language):
    options = PdfOptions(paper="A4", channel_paths=True, language=language)
    path, _ = export_to(small_project, options)
    text = pdf.page_texts(PdfReader(path))[-1]
    assert "Parcours des canaux — " in text
