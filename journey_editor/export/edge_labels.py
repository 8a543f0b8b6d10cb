"""Which stage and persona names a tile repeats at its edges, and where along them.

A sheet from the middle of a wall poster shows cards, but not the stage row at the top of the
map nor the persona column at its left: read alone, it does not say where it belongs. So a
tile that does not show the stage row gets the names of the stages whose columns it shows,
along its top edge, each over its column; a tile that does not show the persona column gets
the names of the personas whose bands it shows, along its left edge, each beside its band.

Pure: spans in page points, planned with the pages; `page_marks` draws them in the margins.
"""

from __future__ import annotations

from dataclasses import dataclass

from journey_editor.layout import MapLayout, Rect

_EPS = 1e-6


@dataclass(frozen=True)
class EdgeLabel:
    """A name and the stretch of the sheet's edge it belongs to: the x range of a stage's
    column (top edge) or the y range of a persona's band (left edge), in page points,
    inside the printed area."""

    text: str
    start: float
    end: float


def stage_labels(
    layout: MapLayout,
    names: dict[str, str],
    source: Rect,
    target: Rect,
    scale: float,
    printable: Rect,
) -> tuple[EdgeLabel, ...]:
    """The stages over a tile's top edge, when the tile starts below the top of the stage
    row (so it does not show that row whole)."""
    if not layout.stages:
        return ()
    stage_top = min(box.rect.y for box in layout.stages)
    if source.y <= stage_top + _EPS:
        return ()
    labels = []
    for box in layout.stages:
        start = max(printable.x, target.x + (box.left - source.x) * scale)
        end = min(printable.right, target.x + (box.right - source.x) * scale)
        if end - start > _EPS:
            labels.append(EdgeLabel(names.get(box.stage_id, ""), start, end))
    return tuple(labels)


def persona_labels(
    layout: MapLayout,
    names: dict[str, str],
    source: Rect,
    target: Rect,
    scale: float,
    printable: Rect,
) -> tuple[EdgeLabel, ...]:
    """The personas beside a tile's left edge, when the tile starts right of the persona
    column's left edge (so it does not show that column whole)."""
    if not layout.personas:
        return ()
    column_left = min(band.header.rect.x for band in layout.personas)
    if source.x <= column_left + _EPS:
        return ()
    labels = []
    for band in layout.personas:
        start = max(printable.y, target.y + (band.rect.y - source.y) * scale)
        end = min(printable.bottom, target.y + (band.rect.bottom - source.y) * scale)
        if end - start > _EPS:
            labels.append(EdgeLabel(names.get(band.persona_id, ""), start, end))
    return tuple(labels)
