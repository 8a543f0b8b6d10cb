"""PNG/SVG images draw link labels as the layout decided (layout/links.py): beside the connector
where no card is, else a numbered marker; never a label over a card's text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from journey_editor.layout.links import label_area, marker_area
from journey_editor.templates import list_templates, project_from_template
from journey_editor.ui.canvas.items.link import LinkItem
from journey_editor.ui.canvas.marks import qrect
from journey_editor.ui.canvas.render import build_scene, export_image


@pytest.mark.parametrize("name", [template.name for template in list_templates()])
def test_the_png_of_a_template_has_no_label_over_a_card(qapp, tmp_path, name):
    project = project_from_template(name)
    out = tmp_path / "map.png"
    export_image(project, out, scale=1.0)
    assert not QImage(str(out)).isNull()
    scene = build_scene(project)
    try:
        links = [item for item in scene.items() if isinstance(item, LinkItem)]
        cards = [item for item in scene.items() if getattr(item, "kind", None) == "card"]
        assert links and cards
        labelled = {link.id for link in project.links if link.label.strip()}
        shown = 0
        for item in links:
            spec = item.spec
            if spec.label is not None:
                # The record is in its band's coordinates: the label's place on the scene.
                area = item.spec_to_scene(qrect(label_area(spec.label)))
                over = [card for card in cards if card.sceneBoundingRect().intersects(area)]
                assert over == [], spec.link_id
                shown += 1
            elif spec.link_id in labelled:
                assert spec.number is not None  # a marker, listed in the print's links table
                assert item.boundingRect().contains(qrect(marker_area(spec.marker.rect.center)))
                shown += 1
        assert shown == len(labelled & {item.spec.link_id for item in links})
    finally:
        scene.clear()
        scene.deleteLater()
