"""Channel icons: every icon the catalogue and the templates name is drawn, crisply."""

import json

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from journey_editor.model.channels import default_channels
from journey_editor.resources import resource_path
from journey_editor.ui.icons import KNOWN_ICONS, channel_icon, paint_channel_icon


def template_icons() -> set[str]:
    names = set()
    for path in resource_path("templates").glob("*.json"):
        for channel in json.loads(path.read_text(encoding="utf-8")).get("channels", []):
            if channel.get("icon"):
                names.add(channel["icon"])
    return names


def ink_pixels(icon_name: str, size: int = 48) -> int:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    paint_channel_icon(painter, QRectF(0, 0, size, size), icon_name, QColor("#000000"))
    painter.end()
    return sum(1 for y in range(size) for x in range(size) if image.pixelColor(x, y).alpha() > 128)


def test_every_catalogue_and_template_icon_has_a_drawing():
    used = template_icons() | {channel.icon for channel in default_channels()}
    assert used, "templates name icons"
    assert used <= KNOWN_ICONS, sorted(used - KNOWN_ICONS)


def test_icons_draw_visible_distinct_shapes(qapp):
    counts = {name: ink_pixels(name) for name in sorted(KNOWN_ICONS)}
    assert all(count > 40 for count in counts.values()), counts
    assert counts["globe"] != counts["mail"] != counts["phone"]


def test_unknown_names_get_the_generic_glyph(qapp):
    assert ink_pixels("no-such-icon") == ink_pixels("") > 40


def test_channel_icon_is_a_high_dpi_qicon(qapp):
    icon = channel_icon("store", QColor("#ffffff"), 24, "#D55E00")
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert (24, 24) in sizes or (48, 48) in sizes
    assert not icon.pixmap(QSize(24, 24)).isNull()
    assert not channel_icon("globe", "#0072B2").isNull()
