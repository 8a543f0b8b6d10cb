"""Where the capture bar puts cards in the normal window: the focus the selection gives.

The selected card's (or empty cell's) stage and persona; else a selected stage, persona or
lane gives its part; what is still missing comes from the view: the first stage column and the
first persona band that show at its top-left (past the frozen headers), so typing into an
untouched map files the remark where the eye is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from journey_editor.edits.capture_text import CaptureTarget
from journey_editor.ui.canvas.view import MapView
from journey_editor.ui.editing.selection import Selection

Span = tuple[str, float, float]  # an id and where its column or band starts and ends


def focus_hint() -> str:
    return QCoreApplication.translate(
        "CaptureFocus",
        "Cards go to the selected card's stage and persona; else to the selected stage or "
        "persona; else to the first stage and persona at the top-left of the map.",
    )


def first_in_view(spans: Sequence[Span], low: float, high: float) -> str | None:
    """The first span that shows at least half of itself (or fills half of [low, high], for
    one longer than the view); else the one showing most; None when there are none."""
    if not spans:
        return None
    shown = [
        (max(0.0, min(end, high) - max(start, low)), key, end - start) for key, start, end in spans
    ]
    for visible, key, length in shown:
        if visible > 0 and visible >= min(length, high - low) / 2:
            return key
    best = max(shown, key=lambda item: item[0])
    return best[1] if best[0] > 0 else spans[0][0]


def window_capture_target(view: MapView, selection: Selection) -> CaptureTarget | None:
    project = view.document.project
    stage_id: str | None = None
    persona_id: str | None = None
    cell = view.selected_cell()  # (persona, lane, stage) of the current card or empty cell
    if cell is not None:
        persona_id, _lane, stage_id = cell
    elif selection.ids:
        first = selection.ids[0]
        if selection.kind == "stage":
            stage_id = first
        elif selection.kind == "persona":
            persona_id = first
        elif selection.kind == "lane":
            try:
                persona_id = project.lane_owner(first)[0].id
            except KeyError:  # the selection follows the map a moment later
                persona_id = None
    if stage_id is None or persona_id is None:
        top_stage, top_persona = _top_left(view)
        stage_id = stage_id or top_stage
        persona_id = persona_id or top_persona
    if stage_id is None or persona_id is None:
        return None
    return CaptureTarget(stage_id, persona_id)


def _top_left(view: MapView) -> tuple[str | None, str | None]:
    """The first stage and persona in view, past the frozen persona column and header."""
    layout = view.map_scene.layout
    if layout is None:
        return None, None
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    left = visible.left() + layout.left_width
    top = max(layout.body_top, visible.top() + layout.header.height)
    stages = [(box.stage_id, box.left, box.right) for box in layout.stages]
    bands = [
        (band.persona_id, band.rect.y, band.rect.y + band.rect.height) for band in layout.personas
    ]
    return (
        first_in_view(stages, left, visible.right()),
        first_in_view(bands, top, visible.bottom()),
    )
