"""View → Channel path: opened through the real action, a persona picked in the list, a dot
clicked with the real mouse (its card is selected on the map), and a path that follows edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from journey_editor.edits import UpdateCard
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.ui.channel_path import ChannelPathWindow
from journey_editor.ui.handout.options_panel import PdfOptionsPanel
from tests.ui.windows import shown_window

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qapp, qtbot, small_project, private_window_state):
    yield from shown_window(qtbot, small_project)


@pytest.fixture
def paths(window, qtbot):
    window.activateWindow()
    window.menus.actions["channel_path"].trigger()
    (paths,) = window.findChildren(ChannelPathWindow)
    qtbot.waitExposed(paths)
    paths.resize(1280, 720)
    qtbot.waitUntil(lambda: paths.view.width() > 900)
    yield paths
    QToolTip.hideText()
    paths.close()


def dot_pos(paths, card_id: str) -> QPoint:
    dot = next(d for d in paths.view.path.dots if d.card_id == card_id)
    return QPoint(round(dot.centre.x), round(dot.centre.y))


def test_the_action_opens_one_window_on_the_first_persona(window, paths):
    assert paths.isVisible() and paths.isWindow()
    assert paths.windowTitle() == "Channel path — Boutique de chemises — parcours «omnicanal»"
    assert [paths.persona.itemText(i) for i in range(paths.persona.count())] == ["Léa", "Marc"]
    # Léa: blog → word of mouth → website, in journey order.
    assert [d.channel_id for d in paths.view.path.dots] == ["blog", "word_of_mouth", "website"]
    window.menus.actions["channel_path"].trigger()  # again: the same window
    assert window.findChildren(ChannelPathWindow) == [paths]


def test_picking_a_persona_draws_its_path(qtbot, paths):
    paths.persona.setFocus()
    qtbot.keyClick(paths.persona, Qt.Key.Key_Down)
    assert paths.persona.currentText() == "Marc"
    assert {d.card_id for d in paths.view.path.dots} == {
        c.id for c in paths.document.project.cards if c.persona == "p-marc" and c.channel
    }


def test_clicking_a_dot_selects_its_card_on_the_map(qtbot, window, paths):
    qtbot.mouseClick(paths.view, LEFT, pos=dot_pos(paths, "c-shop"))
    assert window.selection.card_ids() == ("c-shop",)


def test_the_path_follows_edits_and_undo(qtbot, window, paths):
    window.document.apply(UpdateCard("c-shop", {"channel": "store"}))
    qtbot.waitUntil(lambda: paths.view.path.dots[-1].channel_id == "store")
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: paths.view.path.dots[-1].channel_id == "website")
    window.document.undo_stack.setClean()


def test_it_opens_on_the_persona_of_the_selected_card(qtbot, window):
    marc_card = next(c for c in window.document.project.cards if c.persona == "p-marc")
    window.selection.set("card", (marc_card.id,))
    window.menus.actions["channel_path"].trigger()
    (paths,) = window.findChildren(ChannelPathWindow)
    assert paths.persona.currentText() == "Marc"
    paths.close()


def test_the_pdf_dialog_offers_the_channel_path_pages(qtbot, small_project):
    panel = PdfOptionsPanel(small_project)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.options().channel_paths
    with qtbot.waitSignal(panel.options_changed):
        qtbot.mouseClick(
            panel.channel_paths, LEFT, pos=QPoint(8, panel.channel_paths.height() // 2)
        )
    assert panel.options().channel_paths
    panel.set_options(PdfOptions(channel_paths=True, summary=True))
    assert panel.options() == PdfOptions(channel_paths=True, summary=True)
