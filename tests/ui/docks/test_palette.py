"""The palette: its tiles, their drag data, and what Enter on a tile does."""

from __future__ import annotations

import json
from typing import ClassVar

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication

from journey_editor.edits import AddChannel
from journey_editor.model.entities import Channel
from journey_editor.model.types import LANE_KINDS
from journey_editor.ui.palette import dock as palette_module
from journey_editor.ui.palette.dock import PaletteDock, default_cell, palette_mime
from journey_editor.ui.palette_mime import PALETTE_MIME, read_palette_payload


def _payload(mime) -> dict:
    return json.loads(bytes(mime.data(PALETTE_MIME).data()).decode("utf-8"))


def _send_mouse(widget, kind, pos, buttons) -> None:
    point = QPointF(pos)
    event = QMouseEvent(
        kind,
        point,
        widget.mapToGlobal(point),
        Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _double_click(widget, pos) -> None:
    # The event sequence a real double-click delivers; qtbot.mouseDClick sends no first click
    # in Qt 6, so an item view never sees the press it pairs the double-click with.
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, none),
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonDblClick, left),
        (QEvent.Type.MouseButtonRelease, none),
    ):
        _send_mouse(widget, kind, pos, buttons)


def _tiles(dock: PaletteDock) -> list:
    return [tiles.item(row) for tiles in dock.lists for row in range(tiles.count())]


@pytest.mark.parametrize(
    "payload",
    [
        {"kind": "channel", "channel": "website"},
        {"kind": "stage"},
        {"kind": "persona"},
        {"kind": "lane", "lane_kind": "pain_points"},
    ],
)
def test_palette_mime_carries_the_json_payload(payload):
    mime = palette_mime(payload)
    assert mime.formats() == [PALETTE_MIME]
    assert _payload(mime) == payload
    # The canvas reads it back with its own reader: both sides agree on the format.
    decoded = read_palette_payload(mime)
    assert decoded.kind == payload["kind"]
    assert decoded.channel == payload.get("channel")
    assert decoded.lane_kind == payload.get("lane_kind")


def test_tiles_for_the_catalogue_structure_and_lane_kinds(palette):
    digital = [palette.digital.item(r).text() for r in range(palette.digital.count())]
    physical = [palette.physical.item(r).text() for r in range(palette.physical.count())]
    assert digital == ["Blog", "Site"]
    assert physical == ["Bouche-à-oreille", "Boutique"]
    structure = [palette.structure.item(r).text() for r in range(palette.structure.count())]
    assert structure == ["Stage", "Persona"]
    assert palette.lanes.count() == len(LANE_KINDS)
    for tile in _tiles(palette):
        assert not tile.icon().isNull()
        assert tile.toolTip()


def test_each_tile_drags_its_payload(palette):
    expected = (
        [{"kind": "channel", "channel": c} for c in ("blog", "website")]
        + [{"kind": "channel", "channel": c} for c in ("word_of_mouth", "store")]
        + [{"kind": "stage"}, {"kind": "persona"}]
        + [{"kind": "lane", "lane_kind": kind} for kind in LANE_KINDS]
    )
    found = [
        _payload(tiles.tile_mime(tiles.item(r)))
        for tiles in palette.lists
        for r in range(tiles.count())
    ]
    assert found == expected


class _RecordingDrag(QDrag):
    """QDrag whose exec does not block in a nested loop: it records what would be dropped."""

    started: ClassVar[list] = []

    def exec(self, *args, **kwargs):
        _RecordingDrag.started.append((_payload(self.mimeData()), args))
        return Qt.DropAction.CopyAction


def test_dragging_a_tile_with_the_mouse_starts_a_qdrag(palette, qtbot, monkeypatch):
    _RecordingDrag.started = []
    monkeypatch.setattr(palette_module, "QDrag", _RecordingDrag)
    tiles = palette.physical
    item = palette.tile(kind="channel", channel="store")
    start = tiles.visualItemRect(item).center()
    viewport = tiles.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    # qtbot.mouseMove carries no held button (pytest-qt #260): send the moves ourselves.
    for step in range(1, 6):
        pos = start + QPoint(step * 8, step * 8)
        _send_mouse(viewport, QEvent.Type.MouseMove, pos, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 40))
    assert _RecordingDrag.started
    payload, args = _RecordingDrag.started[0]
    assert payload == {"kind": "channel", "channel": "store"}
    assert args[0] == Qt.DropAction.CopyAction


def test_enter_on_a_channel_tile_adds_a_card_in_the_provided_cell(
    qtbot, document, selection, focus
):
    cell = ("p-marc", "l-marc-touch", "s-use")
    dock = PaletteDock(document, selection, cell_provider=lambda: cell)
    qtbot.addWidget(dock)
    dock.show()
    tiles = dock.digital
    tiles.setCurrentItem(dock.tile(kind="channel", channel="website"))
    focus(tiles)
    with qtbot.waitSignal(dock.card_created) as created:
        qtbot.keyClick(tiles, Qt.Key.Key_Return)
    card_id = created.args[0]
    card = document.project.card(card_id)
    assert card.cell == cell
    assert card.channel == "website"
    assert selection.kind == "card" and selection.ids == (card_id,)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert card_id not in {c.id for c in document.project.cards}


def test_double_click_on_a_channel_tile_uses_the_selected_card_cell(
    palette, selection, document, qtbot
):
    selection.set("card", ("c-queue",))
    tiles = palette.physical
    item = palette.tile(kind="channel", channel="store")
    _double_click(tiles.viewport(), tiles.visualItemRect(item).center())
    new_id = selection.ids[0]
    assert new_id != "c-queue"
    card = document.project.card(new_id)
    assert card.cell == ("p-lea", "l-lea-pain", "s-buy")
    assert card.channel == "store"


def test_enter_without_selection_uses_the_first_touchpoints_cell(palette, document):
    before = {card.id for card in document.project.cards}
    palette.activate({"kind": "channel", "channel": "blog"})
    (card,) = [card for card in document.project.cards if card.id not in before]
    assert card.cell == ("p-lea", "l-lea-touch", "s-discover")


def test_default_cell_follows_the_selection(document, selection):
    project = document.project
    assert default_cell(project, selection) == ("p-lea", "l-lea-touch", "s-discover")
    selection.set("stage", ("s-use",))
    assert default_cell(project, selection) == ("p-lea", "l-lea-touch", "s-use")
    selection.set("persona", ("p-marc",))
    assert default_cell(project, selection) == ("p-marc", "l-marc-touch", "s-discover")
    selection.set("lane", ("l-lea-pain",))
    assert default_cell(project, selection) == ("p-lea", "l-lea-pain", "s-discover")
    selection.set("card", ("gone",))
    assert default_cell(project, selection) == ("p-lea", "l-lea-touch", "s-discover")


def test_enter_on_stage_persona_and_lane_tiles(palette, selection, document, qtbot, focus):
    structure = palette.structure
    focus(structure)
    structure.setCurrentItem(palette.tile(kind="stage"))
    qtbot.keyClick(structure, Qt.Key.Key_Return)
    assert len(document.project.stages) == 4
    assert selection.kind == "stage" and selection.ids == (document.project.stages[-1].id,)

    structure.setCurrentItem(palette.tile(kind="persona"))
    qtbot.keyClick(structure, Qt.Key.Key_Return)
    assert len(document.project.personas) == 3
    new_persona = document.project.personas[-1]
    assert selection.ids == (new_persona.id,)

    selection.set("card", ("c-marc-store",))
    lanes = palette.lanes
    focus(lanes)
    lanes.setCurrentItem(palette.tile(kind="lane", lane_kind="backstage"))
    qtbot.keyClick(lanes, Qt.Key.Key_Return)
    marc = document.project.persona("p-marc")
    assert [lane.kind for lane in marc.lanes] == ["touchpoints", "backstage"]
    assert selection.kind == "lane" and selection.ids == (marc.lanes[-1].id,)
    assert document.undo_stack.count() == 3


def test_a_refused_tile_reports_instead_of_raising(qtbot, selection, document):
    dock = PaletteDock(document, selection, cell_provider=lambda: ("p-lea", "nope", "s-buy"))
    qtbot.addWidget(dock)
    with qtbot.waitSignal(dock.status_message) as message:
        dock.activate({"kind": "channel", "channel": "blog"})
    assert "Not done" in message.args[0]
    assert document.undo_stack.count() == 0


def test_tiles_follow_the_channel_catalogue(palette, document):
    document.apply(
        AddChannel(
            Channel(id="kiosk", label="Borne", colour="#117733", icon="store", kind="physical")
        )
    )
    assert palette.tile(kind="channel", channel="kiosk").text() == "Borne"
    document.undo_stack.undo()
    with pytest.raises(KeyError):
        palette.tile(kind="channel", channel="kiosk")


def test_tiles_follow_a_replaced_project(palette, document):
    from journey_editor.templates import find_template

    document.replace_project(find_template("menswear-omnichannel.fr").load(), None)
    assert palette.tile(kind="channel", channel="click_and_collect").text() == "Click & collect"
    assert palette.digital.count() + palette.physical.count() == len(document.project.channels)


def test_accessible_names(palette):
    assert palette.objectName() == "palette"
    assert palette.digital.accessibleName() == "Digital channels"
    assert palette.lanes.accessibleName() == "Lanes"
    item = palette.tile(kind="lane", lane_kind="pain_points")
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Pain points"
