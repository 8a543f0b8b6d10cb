"""The view: items from the layout, zoom, frozen headers, reveal, rebuild on replace."""

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from journey_editor.templates import find_template
from journey_editor.ui.canvas.interactions.hits import hit_at, scene_point
from journey_editor.ui.canvas.layout_keeper import CANVAS_OPTIONS
from journey_editor.ui.canvas.text import font_for_dpi
from journey_editor.ui.canvas.zoom import BASE_SCALE


def test_every_layout_object_has_its_item(french):
    layout, scene = french.layout, french.view.map_scene
    assert scene.cards.keys() == layout.cards.keys()
    assert list(scene.stages) == [box.stage_id for box in layout.stages]
    assert list(scene.personas) == [band.persona_id for band in layout.personas]
    assert set(scene.lanes) == {row.lane_id for band in layout.personas for row in band.lanes}
    assert set(scene.rows) == set(scene.lanes)
    assert set(scene.curves) == {curve.persona_id for curve in layout.emotion_curves}
    assert set(scene.links) == {link.link_id for link in layout.links}
    assert len(scene.phases) == len(layout.phases)
    assert french.view.map_layout() is layout
    assert not layout.options.title_block and layout.options is CANVAS_OPTIONS
    for card_id, item in scene.cards.items():
        # Drawn from the record in its band's coordinates, at its place on the map.
        assert item.spec is layout.local_cards[card_id]
        box = layout.cards[card_id].rect
        assert item.card_rect() == QRectF(box.x, box.y, box.width, box.height)


def test_zoom_steps_reset_and_signal(small):
    seen = []
    small.view.zoom_changed.connect(seen.append)
    small.view.zoom_in()
    assert small.view.zoom_factor() > 1.0 and seen[-1] == small.view.zoom_factor()
    assert abs(small.view.transform().m11() - BASE_SCALE * small.view.zoom_factor()) < 1e-9
    small.view.zoom_out()
    small.view.zoom_out()
    assert small.view.zoom_factor() < 1.0
    small.view.reset_zoom()
    assert small.view.zoom_factor() == 1.0 and seen[-1] == 1.0


def test_fit_to_window_shows_the_whole_map(french):
    view = french.view
    view.fit_to_window()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.map_rect())
    assert view.zoom_factor() < 1.0


def test_ctrl_wheel_zooms_around_the_mouse(french):
    view = french.view
    view.verticalScrollBar().setValue(200)
    view.horizontalScrollBar().setValue(100)
    pos = QPointF(500, 400)
    before = scene_point(view, pos)
    event = QWheelEvent(
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom_factor() > 1.1
    after = scene_point(view, pos)
    assert abs(after.x() - before.x()) < 1.5 and abs(after.y() - before.y()) < 1.5


def test_frozen_headers_stay_visible_while_scrolling(french):
    view, scene = french.view, french.view.map_scene
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    top_left = scene_point(view, QPointF(0, 0))
    assert top_left.y() > 200 and top_left.x() > 100  # really scrolled
    stage = scene.stages[french.project.stages[-1].id]
    offset = stage.spec.rect.y - french.layout.header.y  # below the phase band
    assert abs(stage.mapRectToScene(stage.boundingRect()).top() - offset - top_left.y()) < 0.01
    assert abs(scene.left_layer.pos().x() - top_left.x()) < 0.01
    # What sits at the top / left edge of the viewport is a header, still clickable.
    centre = view.viewportTransform().map(stage.mapRectToScene(stage.boundingRect()).center())
    assert centre.y() < 70
    assert hit_at(view, centre).kind == "stage"
    assert hit_at(view, QPointF(30, 400)).kind in ("persona", "frozen")
    # Scrolling back puts everything in its place.
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    assert scene.top_layer.pos() == QPointF(0, 0) and scene.left_layer.pos() == QPointF(0, 0)


def test_reveal_scrolls_a_far_card_out_from_under_the_headers(french):
    view = french.view
    card_id = french.project.cards[-1].id
    view.reveal(card_id)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    rect = view.map_scene.cards[card_id].card_rect()
    assert visible.contains(rect)
    layout = french.layout
    assert rect.top() >= visible.top() + layout.header.height
    assert rect.left() >= visible.left() + layout.left_width


def test_a_replaced_project_rebuilds_the_scene(small, french):
    view = small.view
    old_items = list(view.map_scene.cards.values())  # kept alive: ids are compared below
    small.selection.set("card", ("c-blog",))
    project = french.project.model_copy(deep=True)
    small.document.replace_project(project, None)
    small.selection.clear()
    assert view.map_scene.cards.keys() == {card.id for card in project.cards}
    assert not {id(item) for item in old_items} & set(map(id, view.map_scene.cards.values()))
    assert all(item.scene() is None for item in old_items)
    assert view.map_layout().cards.keys() == view.map_scene.cards.keys()


def test_structural_edits_keep_items_and_move_them(small):
    from journey_editor.ui.editing import verbs

    scene = small.view.map_scene
    item = scene.cards["c-shop"]
    x_before = item.pos().x()
    verbs.add_stage(small.document, 0)
    assert scene.cards["c-shop"] is item and item.pos().x() > x_before
    assert len(scene.stages) == 4
    small.stack.undo()
    assert item.pos().x() == x_before and len(scene.stages) == 3


def test_text_drawn_in_dejavu_fits_the_layout_measure(french):
    """Screen == PDF: Qt's DejaVu Sans at the layout's size is never wider than the layout's
    measured line (so nothing the layout fitted gets clipped on screen)."""
    from PySide6.QtGui import QFontMetricsF

    measure = french.layout.options.measure
    dpi = float(french.view.logicalDpiY())
    for box in list(french.layout.cards.values())[:40]:
        font = font_for_dpi(box.title.size, dpi, box.title.bold)
        metrics = QFontMetricsF(font)
        for line in box.title.texts:
            assert metrics.horizontalAdvance(line) <= measure.width(line, box.title.size, False)
            assert metrics.horizontalAdvance(line) <= box.title.rect.width + 0.01


def test_every_template_renders(qtbot):
    from journey_editor.persistence import load_project
    from journey_editor.templates import list_templates
    from journey_editor.ui.canvas.view import MapView
    from journey_editor.ui.editing.document import MapDocument
    from journey_editor.ui.editing.selection import Selection

    for template in list_templates():
        document = MapDocument(load_project(template.path))
        view = MapView(document, Selection())
        qtbot.addWidget(view)
        view.resize(900, 600)
        image = view.grab().toImage()
        assert not image.isNull()
        view.fit_to_window()
        assert not view.grab().toImage().isNull()
    assert find_template("menswear-omnichannel.fr")


def test_middle_drag_and_space_drag_pan_without_touching_the_map(french):
    view = french.view
    bars = view.horizontalScrollBar(), view.verticalScrollBar()
    bars[0].setValue(100)
    bars[1].setValue(300)
    middle = Qt.MouseButton.MiddleButton
    start, end = QPointF(700, 500), QPointF(600, 380)
    french.press(start, button=middle)
    french.move(QPointF(650, 440), buttons=middle)
    french.move(end, buttons=middle)
    french.release(end, button=middle)
    assert (bars[0].value(), bars[1].value()) == (200, 420)

    space = Qt.Key.Key_Space
    no = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, space, no, " "))
    card = french.project.cards[0].id
    view.reveal(card)
    before = (bars[0].value(), bars[1].value())
    start = french.card_point(card)  # Space held: even a press on a card pans
    french.drag(start, start + QPointF(-50, -30))
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyRelease, space, no, " "))
    assert (bars[0].value(), bars[1].value()) == (before[0] + 50, before[1] + 30)
    assert french.stack.count() == 0 and french.project == french.original


def test_screenshots_show_the_frozen_header_painted_over_scrolled_content(french, tmp_path):
    view = french.view
    view.reset_zoom()
    image = view.grab().toImage()
    image.save(str(tmp_path / "canvas-fr-100.png"))
    assert image.width() >= 1400 * 0.9
    stage = view.map_scene.stages[french.project.stages[0].id]

    def pixel_at_stage_row():
        rect = stage.mapRectToScene(stage.boundingRect())
        point = view.viewportTransform().map(QPointF(rect.x() + 6, rect.center().y()))
        return view.grab().toImage().pixelColor(round(point.x()), round(point.y())).name()

    from journey_editor.ui.canvas import theme

    assert pixel_at_stage_row() == theme.HEADER_BG.name()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert pixel_at_stage_row() == theme.HEADER_BG.name()  # painted, not just positioned
    view.fit_to_window()
    view.grab().save(str(tmp_path / "canvas-fr-fit.png"))
    assert (tmp_path / "canvas-fr-fit.png").stat().st_size > 10_000


def test_a_row_that_grows_leaves_the_scroll_bars_alone(french):
    """A map taller than the view scrolls a little past its end: a card that makes a row
    taller changes neither scroll bar (a new range repaints them and lays the view out)."""
    from journey_editor.edits import UpdateCard
    from journey_editor.ui.canvas.view import SCROLL_SLACK

    view, scene = french.view, french.view.map_scene
    view.resize(900, 400)
    view.zoom.set(1.0)
    bar = view.verticalScrollBar()
    assert view.sceneRect().height() == scene.sceneRect().height() + SCROLL_SLACK
    ranges = []
    bar.rangeChanged.connect(lambda low, high: ranges.append((low, high)))
    card = next(iter(view.map_layout().local_cards))
    height = scene.sceneRect().height()
    view.document.apply(UpdateCard(card, {"title": "Un titre bien plus long qu'avant " * 4}))
    assert scene.sceneRect().height() > height, "the map grew"
    assert ranges == []
    assert view.sceneRect().contains(scene.sceneRect())
    french.undo_all()
    assert ranges == []

    # Shown whole, the map stays exactly centred: no room added below it.
    view.zoom.fit()
    assert view.sceneRect() == scene.sceneRect()
