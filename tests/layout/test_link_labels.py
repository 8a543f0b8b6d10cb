"""Every link's label, beside its connector or numbered (layout/links.py): decided once, in the
layout, never over a card."""

import pytest

from journey_editor.export.page_plan import layout_options
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.layout import LayoutOptions, compute_layout
from journey_editor.layout.links import label_area
from journey_editor.model import Card, Channel, Lane, Link, Persona, Project, Stage
from journey_editor.templates import list_templates, project_from_template

TEMPLATES = [template.name for template in list_templates()]


@pytest.fixture(params=TEMPLATES)
def template(request):
    return project_from_template(request.param)


@pytest.mark.parametrize("options", [LayoutOptions(), layout_options(PdfOptions())])
def test_label_boxes_never_cover_a_card(template, options):
    layout = compute_layout(template, options)
    placed = [link for link in layout.links if link.label is not None]
    for link in placed:
        area = label_area(link.label)
        assert not any(box.rect.intersects(area) for box in layout.cards.values()), link
    for a in placed:  # nor another label
        for b in placed:
            if a is not b:
                assert not label_area(a.label).intersects(label_area(b.label))


def test_every_label_is_beside_or_numbered_never_both(template):
    layout = compute_layout(template, layout_options(PdfOptions()))
    labelled = {link.id: link.label.strip() for link in template.links if link.label.strip()}
    numbers: dict[str, list[int]] = {}  # by the band of the from-card
    for path in layout.links:
        if path.link_id not in labelled:
            assert path.label is None and path.number is None
            continue
        assert (path.label is None) != (path.number is None)
        if path.number is not None:
            numbers.setdefault(layout.cards[path.from_card].cell[0], []).append(path.number)
            assert path.marker.texts == (str(path.number),)
            assert path.listing.endswith(" · " + " ".join(labelled[path.link_id].split()))
            assert " → " in path.listing
        else:
            assert path.label.texts == (labelled[path.link_id],)  # never cut short
    for band_numbers in numbers.values():  # each band numbers its markers 1, 2 …
        assert sorted(band_numbers) == list(range(1, len(band_numbers) + 1))


def two_cards(gap_stage: bool, label: str) -> Project:
    persona = Persona(id="p", name="P", lanes=[Lane(id="l", name="T", kind="touchpoints")])
    stages = [Stage(id=f"s{i}", name=f"S{i}") for i in range(3)]
    channels = [
        Channel(id="web", label="Website", colour="#336699"),
        Channel(id="shop", label="Store", colour="#993366"),
    ]
    cards = [
        Card(id="a", persona="p", lane="l", stage="s0", title="A", channel="web"),
        Card(
            id="b",
            persona="p",
            lane="l",
            stage="s2" if gap_stage else "s1",
            title="B",
            channel="shop",
        ),
    ]
    links = [Link(id="k", from_card="a", to_card="b", label=label)]
    return Project(
        id="m", stages=stages, personas=[persona], channels=channels, cards=cards, links=links
    )


def test_a_label_with_room_goes_beside_its_connector():
    (path,) = compute_layout(two_cards(True, "clic")).links
    assert path.label is not None and path.label.texts == ("clic",)
    assert path.number is None and path.marker is None and path.listing == ""


def test_a_label_without_room_becomes_a_numbered_marker_and_a_table_line():
    long = "reserves online, collects in store the next morning after work"
    (path,) = compute_layout(two_cards(False, long)).links
    assert path.label is None
    assert path.number == 1
    assert path.listing == f"Website → Store · {long}"
    middle = path.segments[0].point_at(0.5)
    assert path.marker.rect.center.x == pytest.approx(middle.x)
