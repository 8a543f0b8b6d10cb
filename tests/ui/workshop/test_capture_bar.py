"""The capture bar in the normal window, driven with real keys on the French sample at
1280×720: a cell is clicked, C (or View ▸ Capture remarks) opens the bar, the remark is typed
and Enter adds it as a card in the focused stage and persona, in the lane its first character
names; Ctrl+Z in the bar takes it back, Esc goes back to the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journey_editor.edits.capture_text import CaptureTarget
from journey_editor.settings import Settings
from journey_editor.templates import project_from_template
from journey_editor.ui.shell.capture_focus import first_in_view
from journey_editor.ui.shell.main_window import MainWindow

K = Qt.Key
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qapp, qtbot, private_window_state):
    win = MainWindow(project_from_template("menswear-omnichannel.fr"), None, settings=Settings())
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # offscreen, shortcuts fire only for the active window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view, timeout=2000)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def stage_id(window, name: str) -> str:
    return next(s.id for s in window.document.project.stages if s.name == name)


def persona_id(window, start: str) -> str:
    return next(p.id for p in window.document.project.personas if p.name.startswith(start))


def lane_of(window, persona: str, kind: str):
    return next(ln for ln in window.document.project.persona(persona).lanes if ln.kind == kind)


def click_card(qtbot, window, card_id: str) -> None:
    """A real click on the card, after scrolling it into view."""
    view = window.view
    view.reveal(card_id)
    rect = view.map_layout().cards[card_id].rect
    centre = view.mapFromScene(QPointF(rect.x + rect.width / 2, rect.y + rect.height / 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO, centre)
    assert window.selection.card_ids() == (card_id,)


def a_card_in(window, stage: str, persona: str) -> str:
    project = window.document.project
    return next(c.id for c in project.cards if c.stage == stage and c.persona == persona)


def type_in(widget, text: str) -> None:
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:  # QTest types ASCII only: a French keyboard's é arrives as text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, NO, char))


def open_bar_with_c(qtbot, window):
    bar = window.workshop.capture_bar
    assert not bar.isVisible()
    QTest.keyClick(window.view, K.Key_C)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.line, timeout=2000)
    return bar


def test_a_pain_point_typed_in_the_bar_lands_in_the_focused_cell(qtbot, window):
    achat, julien = stage_id(window, "Achat"), persona_id(window, "Julien")
    click_card(qtbot, window, a_card_in(window, achat, julien))
    bar = open_bar_with_c(qtbot, window)
    assert bar.target_label.text() == "Into: Achat · Julien, 34 ans"
    before = len(window.document.project.cards)
    for scroll in (window.view.horizontalScrollBar(), window.view.verticalScrollBar()):
        scroll.setValue(scroll.maximum())  # the room's talk wandered; the map is elsewhere

    type_in(bar.line, "!Frais de port trop chers")
    QTest.keyClick(bar.line, K.Key_Return)

    project = window.document.project
    assert len(project.cards) == before + 1
    card = next(c for c in project.cards if c.title == "Frais de port trop chers")
    pain = lane_of(window, julien, "pain_points")
    assert (card.stage, card.persona, card.lane) == (achat, julien, pain.id)
    assert pain.name == "Irritants"
    # At once on the map, selected, and the bar ready for the next remark.
    box = window.view.map_layout().cards[card.id].rect
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(QPointF(box.x + box.width / 2, box.y + box.height / 2))  # revealed
    assert window.selection.card_ids() == (card.id,)
    assert bar.line.text() == "" and QApplication.focusWidget() is bar.line
    assert bar.message.full_text() == "✓ Added to Irritants"
    assert window.document.undo_stack.count() == 1  # one undo step


def test_view_capture_from_the_menu_and_channel_and_tag_words(qtbot, window):
    usage, marc = stage_id(window, "Usage"), persona_id(window, "Marc")
    click_card(qtbot, window, a_card_in(window, usage, marc))
    window.menus.actions["capture"].trigger()  # View ▸ Capture remarks
    bar = window.workshop.capture_bar
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.line, timeout=2000)

    type_in(bar.line, "Retour échangé en @bout #retour #échange")
    QTest.keyClick(bar.line, K.Key_Enter)  # the keypad's Enter too

    project = window.document.project
    card = next(c for c in project.cards if c.title == "Retour échangé en")
    assert project.lane(card.lane).kind == "touchpoints"
    assert (card.stage, card.persona) == (usage, marc)
    assert project.channel(card.channel).label == "Boutique"
    assert card.tags == ["retour", "échange"]


def test_ctrl_z_in_the_bar_takes_the_last_capture_back_not_the_typing(qtbot, window):
    achat, julien = stage_id(window, "Achat"), persona_id(window, "Julien")
    click_card(qtbot, window, a_card_in(window, achat, julien))
    bar = open_bar_with_c(qtbot, window)
    before = window.document.project.model_copy(deep=True)
    type_in(bar.line, "?Est-ce que ça taille grand")
    QTest.keyClick(bar.line, K.Key_Return)
    assert any(c.title == "Est-ce que ça taille grand" for c in window.document.project.cards)

    type_in(bar.line, "next")
    QTest.keyClick(bar.line, K.Key_Z, CTRL)

    assert window.document.project == before
    assert bar.line.text() == "next"  # the line's own undo was not used
    assert QApplication.focusWidget() is bar.line
    assert bar.message.full_text().startswith("✓ Taken back: ")
    QTest.keyClick(bar.line, K.Key_Z, CTRL | SHIFT)  # and redo puts it back
    assert any(c.title == "Est-ce que ça taille grand" for c in window.document.project.cards)


def test_esc_leaves_the_bar_for_the_map_and_the_bar_stays(qtbot, window):
    bar = open_bar_with_c(qtbot, window)
    QTest.keyClick(bar.line, K.Key_Escape)
    assert QApplication.focusWidget() is window.view
    assert bar.isVisible()
    QTest.keyClick(window.view, K.Key_C)  # and C comes back to it
    assert QApplication.focusWidget() is bar.line


def test_a_persona_without_the_lane_is_told_in_the_bar_and_the_text_stays(qtbot, window):
    achat, lea = stage_id(window, "Achat"), persona_id(window, "Léa")
    click_card(qtbot, window, a_card_in(window, achat, lea))
    bar = open_bar_with_c(qtbot, window)
    type_in(bar.line, "+Retrait en une heure")
    QTest.keyClick(bar.line, K.Key_Return)
    assert window.document.undo_stack.count() == 0
    assert bar.line.text() == "+Retrait en une heure"
    assert bar.message.full_text() == (
        "Léa, 31 ans has no Opportunities lane: add one (Map ▸ Add lane)"
    )


def test_an_unknown_channel_and_an_empty_line_add_nothing(qtbot, window):
    bar = open_bar_with_c(qtbot, window)
    type_in(bar.line, "Relance @fax")
    QTest.keyClick(bar.line, K.Key_Return)
    assert bar.message.full_text() == "No channel starts with “fax”"
    bar.line.clear()
    QTest.keyClick(bar.line, K.Key_Return)
    type_in(bar.line, "   ")
    QTest.keyClick(bar.line, K.Key_Return)
    assert window.document.undo_stack.count() == 0


def test_a_tag_too_long_is_refused_by_the_models_check(qtbot, window):
    bar = open_bar_with_c(qtbot, window)
    bar.line.setText("Trop long #" + "x" * 101)
    QTest.keyClick(bar.line, K.Key_Return)
    assert window.document.undo_stack.count() == 0
    assert bar.message.full_text().startswith("Not added: ")


def test_without_a_selection_cards_go_to_the_first_stage_and_persona_in_view(qtbot, window):
    window.selection.clear()
    project = window.document.project
    bar = open_bar_with_c(qtbot, window)
    first = CaptureTarget(project.stages[0].id, project.personas[0].id)
    assert bar.focus() == first
    assert "top-left" in bar.target_label.toolTip()
    # Scrolled right past two stage columns, the third is the first in view.
    layout = window.view.map_layout()
    third = layout.stages[2]
    bar_h = window.view.horizontalScrollBar()
    scale = window.view.transform().m11()
    bar_h.setValue(round((third.left - layout.stages[0].left) * scale))
    assert bar.focus() == CaptureTarget(third.stage_id, project.personas[0].id)
    assert bar.target_label.text().startswith(f"Into: {project.stages[2].name} · ")


def test_a_selected_stage_header_gives_the_stage_and_the_view_the_persona(qtbot, window):
    project = window.document.project
    window.selection.set("stage", (project.stages[3].id,))
    bar = open_bar_with_c(qtbot, window)
    assert bar.focus() == CaptureTarget(project.stages[3].id, project.personas[0].id)
    window.selection.set("persona", (project.personas[2].id,))
    assert bar.focus().persona_id == project.personas[2].id


def test_first_in_view_takes_the_first_mostly_visible_span():
    spans = [("a", 0, 100), ("b", 100, 200), ("c", 200, 300)]
    assert first_in_view(spans, 0, 250) == "a"
    assert first_in_view(spans, 60, 250) == "b"  # only 40 of a's 100 show
    assert first_in_view(spans, 40, 250) == "a"
    assert first_in_view([("tall", 0, 2000), ("next", 2000, 2100)], 500, 900) == "tall"
    assert first_in_view(spans, 900, 1000) == "a"  # none in view: the first
    assert first_in_view([], 0, 10) is None


def test_the_bar_stands_alone_with_any_focus_provider(qtbot):
    """As presentation mode will place it: no main window, the focus from its own provider."""
    from journey_editor.ui.editing.document import MapDocument
    from journey_editor.ui.workshop.capture_bar import CaptureBar

    document = MapDocument(project_from_template("menswear-omnichannel.fr"))
    project = document.project
    focus: list[CaptureTarget | None] = [
        CaptureTarget(project.stages[4].id, project.personas[1].id)
    ]
    bar = CaptureBar(document, lambda: focus[0])
    qtbot.addWidget(bar)
    bar.set_focus_hint("The stage on screen, for the persona in focus")
    captured = []
    bar.captured.connect(captured.append)
    bar.open()
    assert bar.target_label.text() == "Into: Usage · Marc, 52 ans"
    assert "The stage on screen" in bar.line.toolTip()

    type_in(bar.line, "~Soulagé")
    QTest.keyClick(bar.line, K.Key_Return)
    card = project.card(captured[0])
    assert (card.stage, card.persona) == (project.stages[4].id, project.personas[1].id)
    assert project.lane(card.lane).kind == "emotions"

    focus[0] = None  # "all personas": no single persona to add to
    type_in(bar.line, "~Perdu")
    QTest.keyClick(bar.line, K.Key_Return)
    assert bar.message.full_text() == "Pick one stage and one persona to add to"
    assert len(captured) == 1
    document.undo_stack.clear()


def test_an_ambiguous_channel_takes_the_first_and_the_bar_names_the_others(qtbot, window):
    bar = open_bar_with_c(qtbot, window)
    type_in(bar.line, "Question posée @chat")
    QTest.keyClick(bar.line, K.Key_Return)
    card = next(c for c in window.document.project.cards if c.title == "Question posée")
    assert window.document.project.channel(card.channel).label == "Chat en direct"
    assert bar.message.full_text() == (
        "✓ Added to Points de contact "
        "(channel Chat en direct; also matching: Chat de la communauté)"
    )
