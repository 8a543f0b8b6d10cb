"""Frozen persona headers keep their name in view while their band scrolls under the stage row:
each canvas by its own scroll position, never by another window's (after a crash recovery
several windows are open at once)."""

from PySide6.QtCore import QPointF

from journey_editor.ui.canvas.interactions.hits import scene_point


def slides(canvas) -> dict[str, float]:
    """How far each persona header's name is slid down, by persona."""
    return {
        persona_id: item._slide(item.spec.header)
        for persona_id, item in canvas.view.map_scene.personas.items()
    }


def scroll_into_first_band(canvas) -> None:
    """Scroll down until the stage row covers the upper half of the first persona's band."""
    view, layout = canvas.view, canvas.layout
    band = layout.personas[0].rect
    wanted = band.y + band.height / 2 - layout.header.height  # scene y at the viewport's top
    now = scene_point(view, QPointF(0.0, 0.0)).y()
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + round((wanted - now) * view.transform().m11()))


def test_scrolling_one_canvas_leaves_the_persona_headers_of_another_alone(small, french):
    resting = slides(small)
    assert set(resting.values()) == {0.0}  # not scrolled: every name at its place
    picture = small.view.viewport().grab().toImage()

    scroll_into_first_band(french)
    first = french.layout.personas[0].persona_id
    assert slides(french)[first] > 20  # the scrolled canvas slides its own header's name …

    # … and the other canvas shows its headers exactly as before, names where they were.
    unchanged = small.view.viewport().grab().toImage() == picture
    assert unchanged, "the other canvas's persona headers were repainted elsewhere"
    assert slides(small) == resting


def test_each_canvas_slides_its_headers_by_its_own_scroll_position(small, french):
    small.view.resize(700, 260)  # small enough for the small map to scroll
    scroll_into_first_band(french)
    scroll_into_first_band(small)
    french_first = french.layout.personas[0].persona_id
    small_first = small.layout.personas[0].persona_id
    french_slide, small_slide = slides(french)[french_first], slides(small)[small_first]
    assert french_slide > 0 and small_slide > 0
    # Scrolling the small map back to the top puts its names back, not the French map's.
    small.view.verticalScrollBar().setValue(small.view.verticalScrollBar().minimum())
    assert slides(small)[small_first] == 0.0
    assert slides(french)[french_first] == french_slide
