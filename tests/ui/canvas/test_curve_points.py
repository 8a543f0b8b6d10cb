"""Each point of an emotion curve can be traced to its card: hovering it (real mouse moves on
the viewport) shows a tooltip naming the card, its lane, stage and emotion; the selected
card's point wears the selection ring."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QRegion
from PySide6.QtWidgets import QApplication, QToolTip

from journey_editor.edits import UpdateCard, UpdateLane
from journey_editor.ui.canvas import theme
from journey_editor.ui.canvas.items.curve import SELECTED_RING

NONE = Qt.MouseButton.NoButton


def point_of(canvas, card_id: str):
    for curve in canvas.layout.emotion_curves:
        for point in curve.points:
            if point.card_id == card_id:
                return curve, point
    raise AssertionError(f"{card_id} has no point")


def hover(canvas, pos: QPointF) -> None:
    """A pointer move with no button held, as the mouse makes it over the map."""
    canvas.move(pos, buttons=NONE)


def tooltip_at(canvas, pos: QPointF) -> str:
    """What Qt shows when the pointer rests at `pos`: a help event to the viewport, as the
    tooltip timer sends it; the view hands it to the scene, which asks the item under it."""
    viewport = canvas.view.viewport()
    point = pos.toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_hovering_a_point_names_its_card(small, qtbot):
    _, point = point_of(small, "c-shop")
    item = small.view.map_scene.curves["p-lea"]
    hover(small, small.vp(point.x - 40, point.y - 20))  # into the curve zone, off any point
    assert item.toolTip() == ""
    hover(small, small.vp(point.x + 2, point.y + 1))
    expected = "Chemise à 105 €\nPoints de contact · Achat\nEmotion: −1 negative"
    assert item.hovered is not None and item.hovered.card_id == point.card_id
    assert item.toolTip() == expected
    assert tooltip_at(small, small.vp(point.x + 2, point.y + 1)) == expected


def test_each_point_names_its_own_card_and_off_the_points_there_is_no_tooltip(small, qtbot):
    item = small.view.map_scene.curves["p-lea"]
    for card_id, where in (
        ("c-blog", "Points de contact · Découverte"),
        ("c-friend", "Points de contact · Découverte"),
    ):
        _, point = point_of(small, card_id)
        hover(small, small.vp(point.x, point.y))
        title = small.project.card(card_id).title
        assert item.toolTip().splitlines()[:2] == [title, where]
    _, blog = point_of(small, "c-blog")
    off = small.vp(blog.x, blog.y + 30)  # below the face, still over the curve zone
    hover(small, off)
    assert item.toolTip() == ""
    QToolTip.hideText()
    assert tooltip_at(small, off) == ""


def test_the_tooltip_follows_edits_of_the_card(small, qtbot):
    """An edit while the pointer rests on the point (a key press, an undo): the tooltip then
    shown names the card as it is now."""
    _, point = point_of(small, "c-shop")
    at = small.vp(point.x, point.y)
    hover(small, at)
    small.document.apply(UpdateCard("c-shop", {"emotion": -2}))
    small.document.apply(UpdateCard("c-shop", {"title": ""}))
    _, moved = point_of(small, "c-shop")
    assert moved.y != point.y  # the point went down a level: hover where it is now
    at = small.vp(moved.x, moved.y)
    hover(small, at)
    assert tooltip_at(small, at).splitlines() == [
        "(untitled card)",
        "Points de contact · Achat",
        "Emotion: −2 very negative",
    ]
    small.document.undo_stack.undo()  # the title comes back; the pointer has not moved
    assert tooltip_at(small, at).splitlines()[0] == "Chemise à 105 €"


def ring_pixels(canvas, x: float, y: float) -> int:
    """Pixels of the selection colour on the ring round the scene point (x, y)."""
    view = canvas.view
    # As the screen shows it: the viewport painted (`render` would draw a copy of the pictures
    # items keep for the screen, made for another device).
    image = view.viewport().grab().toImage()
    accent = theme.ACCENT
    centre = canvas.vp(x, y)
    scale = view.transform().m11()
    count = 0
    radius = SELECTED_RING * scale
    for step in range(72):
        angle = math.radians(step * 5)
        px = round(centre.x() + radius * math.cos(angle))
        py = round(centre.y() + radius * math.sin(angle))
        colour = QColor(image.pixel(QPoint(px, py)))
        if (
            abs(colour.red() - accent.red()) < 40
            and abs(colour.green() - accent.green()) < 40
            and abs(colour.blue() - accent.blue()) < 40
        ):
            count += 1
    return count


class PaintedRegions(QObject):
    """The regions a widget is asked to paint, as its paint events come."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.widget = widget
        self.regions: list[QRegion] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
        return False

    def stop(self) -> None:
        self.widget.removeEventFilter(self)


def test_the_selected_card_point_wears_a_ring(small, qtbot):
    _, shop = point_of(small, "c-shop")
    _, blog = point_of(small, "c-blog")
    scene = small.view.map_scene
    item = scene.curves["p-lea"]
    assert ring_pixels(small, shop.x, shop.y) == 0
    painted = PaintedRegions(small.view.viewport())
    small.click(small.card_point("c-shop"))
    assert small.selection.ids == ("c-shop",)
    assert item._selected() == {"c-shop"}
    # The screen paints the point again, not only the card (a curve lies in another lane).
    point = small.vp(shop.x, shop.y).toPoint()
    qtbot.waitUntil(lambda: any(region.contains(point) for region in painted.regions))
    painted.stop()
    qtbot.waitUntil(lambda: ring_pixels(small, shop.x, shop.y) > 40, timeout=2000)
    assert ring_pixels(small, blog.x, blog.y) == 0
    # Another card: the ring moves with the selection.
    small.click(small.card_point("c-blog"))
    qtbot.waitUntil(lambda: ring_pixels(small, blog.x, blog.y) > 40, timeout=2000)
    assert ring_pixels(small, shop.x, shop.y) == 0
    # A card off the curve (a pain point) rings nothing.
    small.click(small.card_point("c-queue"))
    assert item._selected() == frozenset()
    qtbot.waitUntil(lambda: ring_pixels(small, blog.x, blog.y) == 0, timeout=2000)


def test_a_lane_that_stops_feeding_the_curve_takes_its_points_along(small, qtbot):
    small.document.apply(UpdateCard("c-queue", {"emotion": -2}))
    assert "c-queue" not in [p.card_id for c in small.layout.emotion_curves for p in c.points]
    small.document.apply(UpdateLane("l-lea-pain", {"feeds_curve": True}))
    _, queue = point_of(small, "c-queue")
    hover(small, small.vp(queue.x, queue.y))
    item = small.view.map_scene.curves["p-lea"]
    assert item.toolTip().splitlines() == [
        "File d'attente en caisse",
        "Irritants · Achat",
        "Emotion: −2 very negative",
    ]
    small.document.undo_stack.undo()
    assert "c-queue" not in [p.card_id for c in small.layout.emotion_curves for p in c.points]


def test_a_curve_strokes_only_the_stretch_that_shows(small):
    """A curve spans the map's width but a screen shows a stretch of it: painting strokes
    the segments near what shows (the rest costs nothing), the whole path when all shows."""
    from PySide6.QtCore import QRectF

    item = small.view.map_scene.curves["p-lea"]
    segments = item.spec.segments
    assert len(segments) >= 2, "the fixture's curve"
    whole = item.path()
    assert item._path_within(whole.boundingRect().adjusted(-5, -5, 5, 5)) is whole
    x = segments[0].start.x
    area = QRectF(x - 1.0, whole.boundingRect().top(), 2.0, whole.boundingRect().height())
    part = item._path_within(area)
    assert 0 < part.elementCount() < whole.elementCount()
    assert part.boundingRect().intersects(area)
    assert part.boundingRect().width() < whole.boundingRect().width()


def test_a_card_moved_along_a_curve_repaints_its_stretch_not_the_whole_curve(french):
    """A scored card moved to its cell's other end changes the curve around its stage only:
    the curve asks for that stretch to be painted again, not for the whole curve."""
    from journey_editor.edits import MoveCards
    from journey_editor.ui.canvas.items.curve import _changed_areas

    view = french.view
    layout = view.map_layout()
    curve = next(c for c in layout.local_curves if len(c.points) >= 6)
    cells = [layout.local_cells[layout.local_cards[p.card_id].cell] for p in curve.points]
    point, cell = next(
        (p, cell) for p, cell in zip(curve.points, cells, strict=True) if len(cell.card_ids) > 1
    )
    stage = layout.stage(cell.key[2]).rect
    index = cell.card_ids.index(point.card_id)
    view.document.apply(MoveCards((point.card_id,), *cell.key, 0 if index else len(cell.card_ids)))
    after = next(c for c in view.map_layout().local_curves if c.persona_id == curve.persona_id)
    assert after.points != curve.points, "the curve changed"
    assert view.map_scene.curves[curve.persona_id].spec is after

    areas = _changed_areas(curve, after)
    assert areas, "something is painted again"
    reach = stage.width  # a segment runs to the next point, in the next stage at most
    for area in areas:
        assert stage.x - reach <= area.left() and area.right() <= stage.right + reach
    far = [p for p in curve.points if abs(p.x - point.x) > 2 * reach]
    assert far, "the curve reaches far from the card"
    assert not any(area.contains(QPointF(p.x, p.y)) for p in far for area in areas)
    french.undo_all()
