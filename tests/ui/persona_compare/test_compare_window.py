"""View → Compare personas: opened through the real action, personas unticked with real clicks,
markers hovered with real mouse moves (the tooltip names the card), and a chart that follows
every edit of the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton, QToolTip

from journey_editor.edits import UpdateCard, UpdatePersona
from journey_editor.export.pdf_options import PdfOptions
from journey_editor.ui.editing import verbs
from journey_editor.ui.handout.options_panel import PdfOptionsPanel
from journey_editor.ui.persona_compare import CompareWindow
from tests.ui.windows import shown_window

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qapp, qtbot, small_project, private_window_state):
    yield from shown_window(qtbot, small_project)


@pytest.fixture
def compare(window, qtbot):
    window.activateWindow()
    window.menus.actions["compare_personas"].trigger()
    found = window.findChildren(CompareWindow)
    assert len(found) == 1
    (compare,) = found
    qtbot.waitExposed(compare)
    compare.resize(1280, 720)
    qtbot.waitUntil(lambda: compare.chart.width() > 900)
    yield compare
    QToolTip.hideText()
    compare.close()


def tick(qtbot, check) -> None:
    """A real click on the checkbox's box."""
    option = QStyleOptionButton()
    check.initStyleOption(option)
    box = (
        check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check).center()
    )
    qtbot.mouseClick(check, LEFT, pos=box)


def point_of(compare, card_id: str):
    for curve in compare.chart.comparison.curves:
        for point in curve.points:
            if point.card_id == card_id:
                return point
    raise AssertionError(f"{card_id} is not on the chart")


def hover(chart, x: float, y: float) -> None:
    """The pointer moves onto (x, y) of the chart in a few steps, no button held: mouse-move
    events as the window system delivers them (QTest.mouseMove sends none offscreen)."""
    for dx in (-30, -12, -4, 0):
        pos = QPointF(x + dx, y)
        global_pos = QPointF(chart.mapToGlobal(pos.toPoint()))
        event = QMouseEvent(QEvent.Type.MouseMove, pos, global_pos, NONE, NONE, NO_KEYS)
        QApplication.sendEvent(chart, event)


def test_the_action_opens_one_window_with_every_persona_ticked(window, compare):
    assert compare.isVisible() and compare.isWindow()
    title = "Compare personas — Boutique de chemises — parcours «omnicanal»"
    assert compare.windowTitle() == title
    assert [c.text() for c in compare.checks.values()] == ["Léa", "Marc"]
    assert all(c.isChecked() for c in compare.checks.values())
    assert [c.persona_id for c in compare.chart.comparison.curves] == ["p-lea", "p-marc"]
    window.menus.actions["compare_personas"].trigger()  # again: the same window, raised
    assert window.findChildren(CompareWindow) == [compare]


def test_unticking_a_persona_takes_its_curve_and_rows_away(qtbot, compare):
    tick(qtbot, compare.checks["p-marc"])
    assert not compare.checks["p-marc"].isChecked()
    comparison = compare.chart.comparison
    assert [c.persona_id for c in comparison.curves] == ["p-lea"]
    assert {s.persona_id for s in comparison.samples} == {"p-lea"}
    assert compare.hint.isVisible() and "two personas" in compare.hint.text()
    tick(qtbot, compare.checks["p-marc"])
    assert [c.persona_id for c in compare.chart.comparison.curves] == ["p-lea", "p-marc"]
    assert not compare.hint.isVisible()


def test_hovering_a_marker_names_its_card(qtbot, compare):
    chart = compare.chart
    shop = point_of(compare, "c-shop")
    hover(chart, shop.x + 1, shop.y)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == "Chemise à 105 €\nLéa · Achat\nEmotion: −1 negative"
    assert chart.hovered[0] == shop
    store = point_of(compare, "c-marc-store")
    hover(chart, store.x, store.y + 1)
    qtbot.waitUntil(lambda: QToolTip.text().startswith("Essayage en boutique"), timeout=2000)
    assert QToolTip.text().splitlines()[1:] == ["Marc · Achat", "Emotion: +1 positive"]
    plot = chart.comparison.plot
    hover(chart, plot.x + 40, plot.y + 5)  # empty chart: no card, no tooltip
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    assert chart.hovered == ()


def test_clicking_a_marker_selects_its_card_on_the_map(qtbot, window, compare):
    blog = point_of(compare, "c-blog")
    qtbot.mouseClick(compare.chart, LEFT, pos=QPoint(round(blog.x), round(blog.y)))
    assert window.selection.ids == ("c-blog",)


def test_the_chart_follows_edits_and_undo(qtbot, window, compare):
    levels = compare.chart.comparison.levels
    assert point_of(compare, "c-shop").y == pytest.approx(levels[1])  # −1
    window.document.apply(UpdateCard("c-shop", {"emotion": 2}))
    qtbot.waitUntil(lambda: point_of(compare, "c-shop").y == pytest.approx(levels[4]))
    window.document.apply(UpdatePersona("p-marc", {"name": "Marc, 52 ans"}))
    qtbot.waitUntil(lambda: compare.checks["p-marc"].text() == "Marc, 52 ans")
    store = point_of(compare, "c-marc-store")
    hover(compare.chart, store.x, store.y)
    qtbot.waitUntil(lambda: "Marc, 52 ans · Achat" in QToolTip.text(), timeout=2000)
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: point_of(compare, "c-shop").y == pytest.approx(levels[1]))
    assert compare.checks["p-marc"].text() == "Marc"
    # A new persona joins ticked; one that goes leaves the list.
    new_id = verbs.add_persona(window.document, name="Zoé")
    qtbot.waitUntil(lambda: new_id in compare.checks)
    assert compare.checks[new_id].isChecked() and compare.checks[new_id].text() == "Zoé"
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: new_id not in compare.checks)


def test_the_chart_fits_the_window_at_presenting_sizes(qtbot, compare):
    for width, height in ((1280, 720), (1920, 1080)):
        compare.resize(width, height)
        qtbot.waitUntil(lambda w=width: compare.width() == w)
        chart = compare.chart
        qtbot.waitUntil(lambda c=chart: c.comparison.area.width == c.width() - 48)
        assert chart.comparison.bottom <= chart.height()
        assert chart.comparison.scale >= 1.0  # text at least as big as on an A4 page
        image = compare.grab().toImage()
        assert image.width() == width


def test_the_pdf_dialog_offers_the_comparison_page(qtbot, small_project):
    panel = PdfOptionsPanel(small_project)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.options().compare_personas
    with qtbot.waitSignal(panel.options_changed):
        tick(qtbot, panel.compare_personas)
    assert panel.options().compare_personas
    panel.set_options(PdfOptions(compare_personas=True, summary=True))
    assert panel.options() == PdfOptions(compare_personas=True, summary=True)


def test_it_closes_with_the_main_window(qtbot, window, compare):
    window.document.undo_stack.setClean()
    window.close()
    qtbot.waitUntil(lambda: not compare.isVisible())


def test_past_six_personas_the_first_six_are_shown_and_a_seventh_says_so(qtbot, window, compare):
    for number in range(6):
        verbs.add_persona(window.document, name=f"Persona {number + 3}")
    qtbot.waitUntil(lambda: len(compare.checks) == 8)
    ticked = [check.isChecked() for check in compare.checks.values()]
    assert ticked == [True] * 6 + [False] * 2
    assert not compare.hint.isVisible()
    seventh = list(compare.checks.values())[6]
    tick(qtbot, seventh)
    assert len(compare.chart.persona_ids) == 7
    assert compare.hint.isVisible() and "More than 6 curves" in compare.hint.text()
