"""A change handout (`PdfOptions.compare_with`): map B with the changes marked on it, then the
change table. Read back with pypdf (the table's exact counts for the known as-is / to-be pair,
the badges' texts on the map page), rendered with pypdfium2 (the marks draw inside their badges
only, nothing else on the map moves; in grey, each kind of badge still looks its own), and the
badges' geometry checked against every card's title, chip and footer marks."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import ImageChops, ImageDraw
from pypdf import PdfReader

from journey_editor.compare import diff_projects
from journey_editor.export import PdfOptions, export_pdf
from journey_editor.export.change_marks import HEIGHT, change_marks
from journey_editor.export.change_words import ChangeWords
from journey_editor.export.comparison import ComparisonFileError, read_comparison
from journey_editor.export.page_plan import make_plan
from journey_editor.layout import DEFAULT_MEASURE, Rect
from journey_editor.layout.text import ASCENT, DESCENT
from journey_editor.persistence import project_to_bytes

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.compare.pair import as_is, to_be  # noqa: E402

ENGLISH = PdfOptions(paper="A3", language="en")
MEASURE = DEFAULT_MEASURE
RENDER_SCALE = 3.0


@pytest.fixture
def as_is_file(tmp_path) -> Path:
    path = tmp_path / "as-is.journey.json"
    path.write_bytes(project_to_bytes(as_is()))
    return path


@pytest.fixture
def handout(tmp_path, as_is_file) -> tuple[Path, PdfReader]:
    path = tmp_path / "changes.pdf"
    export_pdf(to_be(), path, replace(ENGLISH, compare_with=str(as_is_file)))
    return path, PdfReader(path)


def change_pages_text(reader: PdfReader, pdf) -> str:
    return " ".join(pdf.page_texts(reader)[1:])


# --- the change table -----------------------------------------------------------------------


def test_the_table_counts_every_change_of_the_pair_exactly(handout, pdf):
    _, reader = handout
    text = change_pages_text(reader, pdf)
    assert "Changes — Boutique de chemises — parcours cible" in text
    assert "Compared with as-is.journey.json «Boutique de chemises — parcours «omnicanal»»" in text
    assert "12 changes (added: 4, removed: 2, changed: 4, moved: 1, reordered: 1)" in text
    # One row per change, each starting with its sign and word.
    assert text.count("+ added ") == 4
    assert text.count("− removed ") == 2
    assert text.count("~ changed ") == 4
    assert text.count("↳ moved ") == 1
    assert text.count("↕ reordered ") == 1


def test_each_change_names_its_object_place_and_old_and_new_values(handout, pdf):
    text = change_pages_text(handout[1], pdf)
    for row in (
        "+ added stage «Fidélité» position 4",
        "+ added channel «E-mail»",
        "↕ reordered personas «Léa», «Marc» → «Marc», «Léa»",
        "~ changed card «Essayage en boutique» lane «Touchpoints», position 1 emotion +1 → +2",
        "~ changed card «Chemise à 105 €» lane «Points de contact», position 1 effort 3 → 2",
        "~ changed card «Chemise à 105 €» lane «Points de contact», position 1 emotion −1 → +1",
        "− removed card «Conseil d'un ami» lane «Points de contact», position 2",
        "− removed link «clic» from card «Article de blog» to card «Chemise à 105 €»",
        "+ added card «E-mail de suivi» lane «Points de contact», position 1",
        "+ added card «Retour compliqué» lane «Irritants», position 2",
        "↳ moved card «File d'attente en caisse» lane «Irritants», position 1 from stage "
        "«Achat», lane «Irritants», position 1 to stage «Usage», lane «Irritants», position 1",
    ):
        assert row in text, row


def test_changes_are_grouped_by_persona_then_stage_in_map_order(handout, pdf):
    text = change_pages_text(handout[1], pdf)
    text = text[text.index("Every change Change Object Where What changed") :]
    order = [
        "Map ~ changed map",
        "Stages + added stage «Fidélité»",
        "Personas ↕ reordered",
        "Channels + added channel «E-mail»",
        "Persona «Marc» Stage «Achat» ~ changed card «Essayage en boutique»",
        "Persona «Léa»",
        "Stage «Découverte»",
        "Stage «Achat»",
        "Stage «Usage» + added card «E-mail de suivi»",
    ]
    position = 0
    for part in order:  # each after the one before
        position = text.find(part, position)
        assert position >= 0, part


def test_the_summary_table_gives_before_after_and_delta_per_persona_and_stage(handout, pdf):
    text = change_pages_text(handout[1], pdf)
    assert (
        "Persona or stage Mean effort Mean emotion Pain points Exit points Channel switches" in text
    )
    assert "Persona «Léa» 1.7 → 1.3 (−0.3) +0.7 → +1.3 (+0.7) 1 → 2 (+1) 0 → 1 (+1) 2" in text
    assert "Stage «Usage» – → 1.0 – → +1.0 0 → 2 (+2) 0 → 1 (+1) 0 → 1 (+1)" in text
    assert "Stage «Fidélité» (new) – – 0 0 0" in text
    assert "Whole map 1.8 → 1.5 (−0.2) +0.8 → +1.5 (+0.8) 1 → 2 (+1) 0 → 1 (+1) 2" in text


def outline(items, level: int = 0) -> list[tuple[int, str]]:
    """The whole outline as (level, title), in order."""
    found = []
    for item in items:
        if isinstance(item, list):
            found += outline(item, level + 1)
        else:
            found.append((level, item["/Title"]))
    return found


def test_the_change_pages_are_bookmarked(handout):
    entries = outline(handout[1].outline)
    start = entries.index((0, "Changes"))
    assert entries[:start] == [(0, "Marc"), (0, "Léa")]  # the map's personas, in B's order
    assert entries[start:] == [
        (0, "Changes"),
        (1, "Summary of changes"),
        (1, "Every change"),
        (2, "Map"),
        (2, "Stages"),
        (2, "Personas"),
        (2, "Channels"),
        (2, "Persona «Marc»"),
        (2, "Persona «Léa»"),
    ]


def test_a_french_map_gets_a_french_handout(tmp_path, as_is_file, pdf):
    path = tmp_path / "fr.pdf"
    export_pdf(to_be(), path, PdfOptions(compare_with=str(as_is_file)))  # locale fr-BE
    reader = PdfReader(path)
    map_text, *rest = pdf.page_texts(reader)
    text = " ".join(rest)
    assert "Changements — Boutique de chemises" in text
    assert "ajouts : 4" in text
    assert "↳ déplacement fiche «File d'attente en caisse»" in text
    assert "Étape «Fidélité» (ajout)" in text
    assert "1,7 → 1,3 (−0,3)" in text  # the French decimal mark
    assert "+ nouveau" in map_text and "↳ depuis «Achat»" in map_text
    assert "− 1 fiche retirée" in map_text


# --- the marks on the map -------------------------------------------------------------------


def test_the_map_page_carries_a_badge_for_each_change_it_can_show(handout, pdf):
    map_text = pdf.page_texts(handout[1])[0]
    assert map_text.count("+ new") == 4  # two cards, the new stage, and the note under the map
    assert "~ effort 3 → 2 · emotion −1 → +1" in map_text  # one badge, both fields
    assert "~ emotion +1 → +2" in map_text
    assert "↳ from «Achat»" in map_text
    assert "− 1 card removed" in map_text  # where «Conseil d'un ami» was
    assert "Conseil d'un ami" not in map_text  # not drawn: B has no place for it
    assert "Marked: what changed since as-is.journey.json" in map_text


def test_badges_cover_no_title_chip_or_footer_mark_and_no_other_badge(big_pair):
    a, b = big_pair
    (job,) = make_plan(b, ENGLISH).maps.values()
    marks = change_marks(job.layout, diff_projects(a, b), ChangeWords("en"))
    assert len(marks.badges) > 500
    assert {badge.kind for badge in marks.badges} == {"changed", "moved", "removed"}
    inked = _Grid(rect for box in job.layout.cards.values() for rect in _inked(box))
    for badge in marks.badges:
        assert not [rect for rect in inked.near(badge.rect) if _overlap(badge.rect, rect)], badge
    others = _Grid(badge.rect for badge in marks.badges)
    for badge in marks.badges:
        touching = [rect for rect in others.near(badge.rect) if _overlap(badge.rect, rect)]
        assert touching == [badge.rect], badge


class _Grid:
    """Rectangles by 50-point squares, to find those near another quickly."""

    def __init__(self, rects) -> None:
        self.cells: dict[tuple[int, int], list[Rect]] = {}
        for rect in rects:
            for key in self._keys(rect):
                self.cells.setdefault(key, []).append(rect)

    @staticmethod
    def _keys(rect: Rect):
        for x in range(int(rect.x // 50), int(rect.right // 50) + 1):
            for y in range(int(rect.y // 50), int(rect.bottom // 50) + 1):
                yield (x, y)

    def near(self, rect: Rect) -> list[Rect]:
        found = {id(r): r for key in self._keys(rect) for r in self.cells.get(key, ())}
        return list(found.values())


def test_a_badge_straddles_its_cards_edge_and_keeps_inside_its_width(big_pair):
    a, b = big_pair
    job = next(iter(make_plan(b, ENGLISH).maps.values()))
    marks = change_marks(job.layout, diff_projects(a, b), ChangeWords("en"))
    for badge in marks.badges:
        if badge.edge == "corner":
            continue
        if badge.kind == "removed" and badge.object_id not in job.layout.cards:
            continue  # an emptied cell: the badge sits in the cell itself
        card = job.layout.cards[badge.object_id].rect
        edge = card.y if badge.edge == "top" else card.bottom
        assert badge.rect.y < edge < badge.rect.bottom
        assert card.x < badge.rect.x and badge.rect.right < card.right
        assert badge.rect.height == HEIGHT


def _inked(box) -> list[Rect]:
    """What a card shows that a badge must not cover: title glyphs, chip, footer marks."""
    rects = [r for r in (box.chip, box.effort_badge, box.emotion_face, box.moment_of_truth) if r]
    if box.exit_point:
        rects.append(box.exit_point)
    title = box.title
    for line in title.lines:
        # From the top of accented capitals to the bottom of descenders.
        top = line.baseline - ASCENT * title.size
        width = MEASURE.width(line.text, title.size, title.bold)
        rects.append(Rect(line.x, top, width, (ASCENT + DESCENT) * title.size))
    return rects


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def test_marks_draw_inside_their_badges_only(tmp_path, as_is_file):
    """Rendered with and without the comparison, the map pages differ only inside badges (and
    the line in the margin): no card, title or curve moves or is covered elsewhere."""
    plain, marked = io.BytesIO(), io.BytesIO()
    export_pdf(to_be(), plain, ENGLISH)
    options = replace(ENGLISH, compare_with=str(as_is_file))
    export_pdf(to_be(), marked, options)
    plan = make_plan(to_be(), options)
    page = plan.pages[0]
    job = plan.maps[page.map_key]
    before, after = _render(plain.getvalue()), _render(marked.getvalue())
    changed = ImageChops.difference(before, after).point(lambda value: 255 if value > 24 else 0)
    assert changed.getbbox() is not None, "the marks drew nothing"
    draw = ImageDraw.Draw(changed)
    for badge in job.marks:
        draw.rectangle(_on_page(page, badge.rect, grow=1.5), fill=0)
    width, height = changed.size
    draw.rectangle((0, page.printable.bottom * RENDER_SCALE, width, height), fill=0)  # the note
    assert changed.getbbox() is None, changed.getbbox()


def test_each_kind_of_badge_reads_in_grey(tmp_path, as_is_file):
    """A photocopy: the new badge is a dark pill with light text, the others light with a
    dark outline; the moved and removed outlines are broken (dashed, dotted), the changed one
    is not."""
    options = replace(ENGLISH, compare_with=str(as_is_file))
    output = io.BytesIO()
    export_pdf(to_be(), output, options)
    plan = make_plan(to_be(), options)
    page = plan.pages[0]
    image = _render(output.getvalue(), grey=True)
    shades = {}
    for badge in plan.maps[page.map_key].marks:
        box = _on_page(page, badge.rect)
        crop = image.crop(tuple(round(v) for v in box))
        pixels = crop.tobytes()
        shades.setdefault(badge.kind, []).append(sum(pixels) / len(pixels))
        if badge.kind in ("changed", "moved", "removed"):
            # Along the top edge of the outline (past the rounded ends): solid for changed,
            # broken for the others.
            end = badge.rect.height * page.scale * RENDER_SCALE
            y = round(box[1])
            line = [image.getpixel((x, y)) for x in range(round(box[0] + end), round(box[2] - end))]
            gaps = sum(1 for value in line if value > 200)
            if badge.kind == "changed":
                assert gaps < 0.1 * len(line), (badge.kind, gaps, len(line))
            else:
                assert gaps > 0.2 * len(line), (badge.kind, gaps, len(line))
    assert max(shades["added"]) < 140  # dark
    assert min(min(shades[kind]) for kind in ("changed", "moved", "removed")) > 170  # light


def _render(data: bytes, grey: bool = False):
    document = pdfium.PdfDocument(data)
    image = document[0].render(scale=RENDER_SCALE, grayscale=grey).to_pil()
    return image.convert("L")


def _on_page(page, rect: Rect, grow: float = 0.0) -> tuple[float, float, float, float]:
    """A layout rectangle on the rendered page (pixels), grown by `grow` layout points."""
    k = page.scale
    x = (page.target.x + (rect.x - grow - page.source.x) * k) * RENDER_SCALE
    y = (page.target.y + (rect.y - grow - page.source.y) * k) * RENDER_SCALE
    w = (rect.width + 2 * grow) * k * RENDER_SCALE
    h = (rect.height + 2 * grow) * k * RENDER_SCALE
    return (x, y, x + w, y + h)


# --- pages, options, files ------------------------------------------------------------------


def test_a_long_diff_breaks_into_pages_that_each_stay_inside_the_paper(big_pair):
    a, b = big_pair
    plan = make_plan(b, PdfOptions(paper="A4", language="en"), base=a)
    pages = [page for page in plan.pages if page.kind == "changes"]
    assert len(pages) > 50  # thousands of rows: never one overflowing page
    for page in pages:
        area = page.printable
        for text in page.changes.texts:
            assert area.y <= text.baseline - text.size * ASCENT
            assert text.baseline + text.size * DESCENT <= area.bottom + 0.01
            assert area.x - 0.01 <= text.x <= area.right
    # Every continued page repeats its table's title and header row.
    for page in pages[1:]:
        words = [text.text for text in page.changes.texts[:8]]
        assert words[0].removesuffix(" (continued)") in ("Summary of changes", "Every change")
        assert "What changed" in words or "Mean effort" in words, words


def test_without_changes_the_handout_says_so_and_marks_nothing(tmp_path, pdf):
    base = tmp_path / "same.journey.json"
    base.write_bytes(project_to_bytes(to_be()))
    path = tmp_path / "same.pdf"
    export_pdf(to_be(), path, replace(ENGLISH, compare_with=str(base)))
    texts = pdf.page_texts(PdfReader(path))
    assert len(texts) == 2
    assert "No differences: the two maps are the same." in texts[1]
    assert "+ new" not in texts[0] and "Compared with same.journey.json: no differences" in texts[0]


def test_hidden_lanes_leave_their_changes_out(tmp_path, as_is_file, pdf):
    path = tmp_path / "hidden.pdf"
    options = replace(ENGLISH, compare_with=str(as_is_file), hidden_lane_kinds={"pain_points"})
    export_pdf(to_be(), path, options)
    texts = pdf.page_texts(PdfReader(path))
    table = " ".join(texts[1:])
    assert "Retour compliqué" not in table and "File d'attente" not in table
    assert "Changes on the lanes printed (left out: pain points)." in table
    assert "E-mail de suivi" in table


def test_per_persona_pages_carry_their_own_personas_marks(tmp_path, as_is_file, pdf):
    path = tmp_path / "per-persona.pdf"
    export_pdf(to_be(), path, replace(ENGLISH, compare_with=str(as_is_file), per_persona=True))
    marc, lea, *_ = pdf.page_texts(PdfReader(path))
    # Each page: the new stage and the note under the map; Léa's two new cards are hers.
    assert "~ emotion +1 → +2" in marc and marc.count("+ new") == 2
    assert "↳ from «Achat»" in lea and lea.count("+ new") == 4
    assert "~ emotion +1 → +2" not in lea


def test_tiles_carry_the_marks_too(tmp_path, as_is_file, pdf):
    path = tmp_path / "tiles.pdf"
    options = replace(ENGLISH, paper="A4", mode="tile", compare_with=str(as_is_file))
    export_pdf(to_be(), path, options)
    tiles = [text for text in pdf.page_texts(PdfReader(path)) if "sheet" in text]
    assert tiles and any("↳ from «Achat»" in text for text in tiles)


def test_exporting_twice_gives_identical_bytes(monkeypatch, as_is_file):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    outputs = []
    for _ in range(2):
        output = io.BytesIO()
        export_pdf(to_be(), output, replace(ENGLISH, compare_with=str(as_is_file)))
        outputs.append(output.getvalue())
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    ("content", "name", "reason"),
    [
        (None, "gone.journey.json", "does not exist"),
        (b'{"title": ', "broken.journey.json", "not valid JSON"),
        (b"hello", "notes.txt", "cannot tell the format"),
    ],
)
def test_an_unreadable_map_to_compare_with_names_the_file_and_writes_nothing(
    tmp_path, content, name, reason
):
    base = tmp_path / name
    if content is not None:
        base.write_bytes(content)
    output = tmp_path / "out.pdf"
    with pytest.raises(ComparisonFileError) as caught:
        export_pdf(to_be(), output, PdfOptions(compare_with=str(base)))
    assert isinstance(caught.value, OSError)  # the GUI's export job reports it as such
    assert str(base) in str(caught.value) and reason in str(caught.value)
    assert not output.exists()


def test_the_map_to_compare_with_is_read_again_only_when_it_changes(tmp_path):
    path = tmp_path / "a.journey.json"
    path.write_bytes(project_to_bytes(as_is()))
    first = read_comparison(path)
    assert read_comparison(str(path)) is first
    edited = as_is().model_copy(update={"title": "Edited"})
    path.write_bytes(project_to_bytes(edited) + b"\n")  # another size: another version
    assert read_comparison(path).title == "Edited"


def test_compare_with_is_a_path_and_is_not_remembered(tmp_path):
    options = PdfOptions(compare_with=tmp_path / "a.journey.json")
    assert options.compare_with == str(tmp_path / "a.journey.json")
    assert "compare_with" not in options.to_dict()
    assert PdfOptions.from_dict({**options.to_dict(), "compare_with": "x"}).compare_with == ""
    with pytest.raises(ValueError, match="file path"):
        PdfOptions(compare_with=3)


# --- the fixture: a big pair ----------------------------------------------------------------


@pytest.fixture(scope="module")
def big_pair():
    """The generated 5,000-card map and a version of it with a third of the efforts rescored,
    a tenth retitled, one card in 17 removed and one in 23 moved to another stage."""
    import random

    from benchmarks.generate_map import generate_project
    from journey_editor.model import Project

    a = generate_project()
    data = a.model_dump()
    rng = random.Random(15)
    for card in data["cards"]:
        draw = rng.random()
        if draw < 0.3:
            card["effort"] = rng.randint(1, 5)
        elif draw < 0.4:
            card["title"] += " (v2)"
    data["cards"] = [card for index, card in enumerate(data["cards"]) if index % 17]
    kept = {card["id"] for card in data["cards"]}
    data["links"] = [
        link for link in data["links"] if link["from_card"] in kept and link["to_card"] in kept
    ]
    stages = [stage["id"] for stage in data["stages"]]
    for card in data["cards"][::23]:
        card["stage"] = rng.choice(stages)
    return a, Project.model_validate(data)


def test_new_and_changed_headers_get_a_badge_beside_their_text():
    """A new persona and lane, a renamed stage, a persona's new role: each header carries a
    badge in a corner its text leaves free (shortened to the fields' names when the values do
    not fit)."""
    from journey_editor.model import Card, Lane, Persona, Project

    data = to_be().model_dump()
    data["stages"][1]["name"] = "Achat en ligne et en boutique"
    data["personas"][0]["lanes"].append(
        Lane(id="l-marc-pain", name="Irritants de Marc", kind="pain_points").model_dump()
    )
    data["personas"][1]["role"] = "Lectrice du blog, cliente fidèle"
    nora = Persona(id="p-nora", name="Nora", lanes=[Lane(id="l-nora", name="Contacts")])
    data["personas"].append(nora.model_dump())
    data["cards"].append(
        Card(
            id="c-nora", persona="p-nora", lane="l-nora", stage="s-buy", title="Compare"
        ).model_dump()
    )
    b = Project.model_validate(data)
    (job,) = make_plan(b, ENGLISH).maps.values()
    layout = job.layout
    marks = change_marks(layout, diff_projects(as_is(), b), ChangeWords("en"))
    corners = {badge.object_id: badge for badge in marks.badges if badge.edge == "corner"}
    assert corners["p-nora"].text == "+ new" and corners["l-marc-pain"].text == "+ new"
    assert corners["p-lea"].text == "~ role"
    assert corners["s-buy"].text in ("~ was «Achat»", "~ name")
    assert corners["s-loyal"].text == "+ new"
    headers = {stage.stage_id: (stage.rect, [stage.name]) for stage in layout.stages}
    for band in layout.personas:
        header = band.header
        headers[band.persona_id] = (header.rect, [header.name, header.role, header.quote])
        for lane in band.lanes:
            headers[lane.lane_id] = (lane.label_rect, [lane.label])
    for object_id, badge in corners.items():
        rect, blocks = headers[object_id]
        assert rect.x <= badge.rect.x and badge.rect.right <= rect.right
        assert rect.y <= badge.rect.y and badge.rect.bottom <= rect.bottom
        for block in filter(None, blocks):
            for line in block.lines:
                ink = Rect(
                    line.x,
                    line.baseline - ASCENT * block.size,
                    MEASURE.width(line.text, block.size, block.bold),
                    (ASCENT + DESCENT) * block.size,
                )
                assert not _overlap(badge.rect, ink), (object_id, badge.text, line.text)
