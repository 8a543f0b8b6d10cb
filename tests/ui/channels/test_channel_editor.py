"""Map ▸ Channels…: the channel catalogue editor, driven through its widgets (clicks on its
buttons, names typed, items picked), each change one undo step, saved and read back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from journey_editor.persistence import load_project
from journey_editor.ui.channels.dialog import ChannelEditor

from ..windows import shown_window

LEFT = Qt.MouseButton.LeftButton
NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot, small_project):
    yield from shown_window(qtbot, small_project)


@pytest.fixture
def editor(window, qtbot) -> ChannelEditor:
    window.menus.actions["channels"].trigger()  # Map ▸ Channels…
    found = window.findChild(ChannelEditor, "channel-editor")
    assert found is not None and found.isVisible()
    qtbot.waitExposed(found)
    return found


def ids(window) -> list[str]:
    return [channel.id for channel in window.document.project.channels]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def pick(qtbot, editor: ChannelEditor, channel_id: str) -> None:
    """Click the channel's row in the list."""
    item = editor.list.item_of(channel_id)
    rect = editor.list.visualItemRect(item)
    qtbot.mouseClick(editor.list.viewport(), LEFT, pos=rect.center())
    assert editor.list.current_channel() == channel_id


def type_name(qtbot, editor: ChannelEditor, text: str) -> None:
    editor.name.setFocus()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, text)
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)


def rows(editor: ChannelEditor) -> list[str]:
    return [editor.list.item(row).text() for row in range(editor.list.count())]


def undo_all(window, original) -> None:
    stack = window.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert window.document.project == original


def test_the_editor_lists_the_catalogue_in_the_palettes_two_groups(window, editor):
    assert rows(editor) == ["Digital", "Blog", "Site", "Physical", "Bouche-à-oreille", "Boutique"]
    assert editor.list.currentItem().text() == "Blog"  # the first channel, shown at once
    assert editor.name.text() == "Blog"
    assert editor.usage.text() == "Used by 1 card."
    assert editor.list.currentItem().data(Qt.ItemDataRole.UserRole + 3) == "1 card"


def test_add_a_channel_and_type_its_name(window, editor, qtbot, small_project):
    original = small_project.model_copy(deep=True)
    click(qtbot, editor.add_digital)
    new = window.document.project.channels[-1]
    # The map is in French: its new channel is named in French, ready to be typed over.
    assert new.label == "Nouveau canal" and new.kind == "digital"
    assert editor.name.hasFocus() and editor.name.selectedText() == "Nouveau canal"
    assert editor.usage.text() == "No card uses it yet."
    assert new.colour not in {c.colour for c in original.channels}
    assert new.icon not in {c.icon for c in original.channels}
    qtbot.keyClicks(editor.name, "Click & collect")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert window.document.project.channel(new.id).label == "Click & collect"
    assert editor.isVisible()  # Enter renamed; it did not close the dialog
    stack = window.document.undo_stack
    assert stack.count() == 2
    assert stack.text(0) == "Add channel «Nouveau canal»"
    assert stack.text(1) == "Rename channel «Nouveau canal» to «Click & collect»"
    # The palette shows it at once, last of its group.
    tiles = window.palette_dock.digital
    assert tiles.item(tiles.count() - 1).text() == "Click & collect"
    undo_all(window, original)
    assert rows(editor) == ["Digital", "Blog", "Site", "Physical", "Bouche-à-oreille", "Boutique"]


def test_rename_recolour_icon_and_kind_are_one_step_each(window, editor, qtbot, small_project):
    original = small_project.model_copy(deep=True)
    pick(qtbot, editor, "website")
    type_name(qtbot, editor, "Site web")
    click(qtbot, editor.swatches.buttons["#E69F00"])
    click(qtbot, editor.icons.buttons["laptop"])
    click(qtbot, editor.physical)
    channel = window.document.project.channel("website")
    assert (channel.label, channel.colour, channel.icon, channel.kind) == (
        "Site web",
        "#E69F00",
        "laptop",
        "physical",
    )
    assert window.document.undo_stack.count() == 4
    # Now physical: listed in that group, still the channel shown.
    assert rows(editor)[2:] == ["Physical", "Bouche-à-oreille", "Site web", "Boutique"]
    assert editor.list.current_channel() == "website"
    click(qtbot, editor.undo)  # the dialog's own Undo: the kind comes back first
    assert window.document.project.channel("website").kind == "digital"
    click(qtbot, editor.redo)
    assert window.document.project.channel("website").kind == "physical"
    undo_all(window, original)


def test_a_colour_typed_as_hex_is_taken(window, editor, qtbot):
    pick(qtbot, editor, "store")
    editor.hex.setFocus()
    editor.hex.selectAll()
    qtbot.keyClicks(editor.hex, "#12a4b6")
    qtbot.keyClick(editor.hex, Qt.Key.Key_Return)
    assert window.document.project.channel("store").colour == "#12A4B6"
    assert window.document.undo_stack.count() == 1


def test_a_colour_close_to_another_channels_is_warned_about(window, editor, qtbot):
    pick(qtbot, editor, "website")
    assert editor.warning.isHidden()
    # The sky blue of the default "Mobile app", beside the map's "Blog" (#88CCEE).
    editor.hex.setFocus()
    editor.hex.selectAll()
    qtbot.keyClicks(editor.hex, "#56B4E9")
    qtbot.keyClick(editor.hex, Qt.Key.Key_Return)
    assert window.document.project.channel("website").colour == "#56B4E9"
    assert not editor.warning.isHidden()
    assert "Hard to tell apart from «Blog»" in editor.warning.text()
    # The swatches that would clash are marked, and say with what.
    assert "«Blog»" in editor.swatches.buttons["#88CCEE"].toolTip()
    assert editor.swatches.buttons["#E69F00"].toolTip() == "Colour #E69F00"
    click(qtbot, editor.swatches.buttons["#E69F00"])
    assert editor.warning.isHidden()


def test_a_colour_only_dichromats_confuse_is_warned_about_too(window, editor, qtbot):
    pick(qtbot, editor, "website")
    click(qtbot, editor.swatches.buttons["#CC79A7"])  # beside a teal channel …
    pick(qtbot, editor, "blog")
    click(qtbot, editor.swatches.buttons["#44AA99"])  # … for deuteranopes
    assert "deuteranopia" in editor.warning.text() and "«Site»" in editor.warning.text()


def test_reorder_with_the_arrows_within_the_group(window, editor, qtbot, small_project):
    original = small_project.model_copy(deep=True)
    pick(qtbot, editor, "website")
    assert not editor.down.isEnabled()  # last digital channel
    click(qtbot, editor.up)
    assert ids(window) == ["website", "blog", "word_of_mouth", "store"]
    assert rows(editor)[:3] == ["Digital", "Site", "Blog"]
    assert editor.list.current_channel() == "website"
    assert window.document.undo_stack.count() == 1
    assert window.palette_dock.digital.item(0).text() == "Site"
    undo_all(window, original)


def drop_on_row(editor: ChannelEditor, channel_id: str, row: int) -> None:
    """Drop `channel_id`'s row on the upper half of row `row`. The drop event goes to the list's
    handler itself: a synthetic drop sent to the viewport, without a QDrag under way, is
    refused by Qt before any handler sees it."""
    listing = editor.list
    mime = listing.model().mimeData([listing.indexFromItem(listing.item_of(channel_id))])
    rect = listing.visualItemRect(listing.item(row))
    point = QPointF(rect.center().x(), rect.top() + 2)
    listing.dropEvent(QDropEvent(point, Qt.DropAction.MoveAction, mime, LEFT, NO))


def test_dragging_a_channel_into_the_other_group_moves_it_and_changes_its_kind(
    window, editor, qtbot, small_project
):
    original = small_project.model_copy(deep=True)
    pick(qtbot, editor, "blog")
    # Dropped on "Boutique" (row 5): physical now, just before it.
    drop_on_row(editor, "blog", 5)
    assert ids(window) == ["word_of_mouth", "website", "blog", "store"]
    assert window.document.project.channel("blog").kind == "physical"
    assert rows(editor) == ["Digital", "Site", "Physical", "Bouche-à-oreille", "Blog", "Boutique"]
    assert window.document.undo_stack.count() == 1
    assert window.document.undo_stack.text(0) == "Move channel «Blog»"
    assert window.palette_dock.physical.item(1).text() == "Blog"
    undo_all(window, original)


def test_a_drop_where_the_channel_already_is_changes_nothing(window, editor, qtbot):
    pick(qtbot, editor, "website")
    drop_on_row(editor, "website", 2)  # on itself
    assert window.document.undo_stack.count() == 0


def test_deleting_an_unused_channel_and_refusing_a_used_one(window, editor, qtbot, small_project):
    original = small_project.model_copy(deep=True)
    pick(qtbot, editor, "store")
    click(qtbot, editor.delete)
    assert "store" in ids(window)  # refused: a card uses it
    assert editor.message.text() == (
        "«Boutique» is used by 1 card: merge it into another channel instead"
    )
    assert editor.merge_target.hasFocus()  # pointing to the way out
    assert window.document.undo_stack.count() == 0
    click(qtbot, editor.add_physical)
    new = window.document.project.channels[-1].id
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)  # the Del key in the list deletes too
    assert new not in ids(window)
    assert window.document.undo_stack.count() == 2
    assert editor.list.current_channel() is not None
    undo_all(window, original)


def test_merging_moves_every_card_and_keeps_the_links_in_one_step(
    window, editor, qtbot, small_project
):
    original = small_project.model_copy(deep=True)
    pick(qtbot, editor, "website")
    editor.merge_target.setCurrentIndex(editor.merge_target.findData("blog"))
    click(qtbot, editor.merge)
    project = window.document.project
    assert "website" not in ids(window)
    assert project.card("c-shop").channel == "blog"
    assert project.links == original.links
    assert window.document.undo_stack.count() == 1
    assert window.document.undo_stack.text(0) == "Merge channel «Site» into channel «Blog»"
    assert editor.list.current_channel() == "blog"
    assert editor.message.text() == "«Site» merged into «Blog»: 1 card moved."
    assert editor.usage.text() == "Used by 2 cards."
    undo_all(window, original)
    assert window.document.project.card("c-shop").channel == "website"


def test_every_change_is_saved_and_read_back_equal(window, editor, qtbot, small_project, tmp_path):
    original = small_project.model_copy(deep=True)
    click(qtbot, editor.add_physical)
    type_name(qtbot, editor, "Borne en magasin")
    pick(qtbot, editor, "website")
    click(qtbot, editor.swatches.buttons["#CC6677"])
    editor.merge_target.setCurrentIndex(editor.merge_target.findData("blog"))
    click(qtbot, editor.merge)
    pick(qtbot, editor, "word_of_mouth")
    editor.merge_target.setCurrentIndex(editor.merge_target.findData("store"))
    click(qtbot, editor.merge)
    assert window.document.undo_stack.count() == 5
    path = tmp_path / "canaux.journey.json"
    window.document.save(path)
    reloaded = load_project(path)
    assert reloaded == window.document.project
    assert [c.label for c in reloaded.channels] == ["Blog", "Boutique", "Borne en magasin"]
    undo_all(window, original)


def test_the_dialog_follows_an_undo_made_in_the_main_window(window, editor, qtbot):
    pick(qtbot, editor, "store")
    type_name(qtbot, editor, "Magasin")
    window.menus.actions["undo"].trigger()
    assert editor.name.text() == "Boutique"
    assert "Boutique" in rows(editor)


def test_the_palettes_plus_opens_the_editor_with_a_new_channel_of_that_group(window, qtbot):
    button = window.palette_dock.new_channel["physical"]
    assert button.isVisible()
    click(qtbot, button)
    editor = window.findChild(ChannelEditor, "channel-editor")
    assert editor is not None and editor.isVisible()
    new = window.document.project.channels[-1]
    assert new.kind == "physical" and editor.list.current_channel() == new.id
    QApplication.processEvents()
    assert editor.name.selectedText() == new.label
    # Again: the same editor, one more channel.
    click(qtbot, window.palette_dock.new_channel["digital"])
    assert window.findChildren(ChannelEditor) == [editor]
    assert window.document.project.channels[-1].kind == "digital"
    assert window.document.undo_stack.count() == 2


def test_a_new_channel_in_an_english_map_is_named_in_english(qtbot, small_project):
    small_project.locale = "en"
    for window in shown_window(qtbot, small_project):
        click(qtbot, window.palette_dock.new_channel["digital"])
        click(qtbot, window.palette_dock.new_channel["digital"])
        labels = [c.label for c in window.document.project.channels[-2:]]
        assert labels == ["New channel", "New channel 2"]
