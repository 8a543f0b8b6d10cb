"""Where a layout puts ink: the map's rectangle, and whatever a link draws past its edge.

A link bracket in the last stage column bulges a few points beyond the map's right edge (it
turns in the column's padding, and the last column has no neighbour); fit, tiling and the
map form's clipping box all use these bounds so that no stroke is cut off.
"""

from __future__ import annotations

from journey_editor.layout import MapLayout, Rect
from journey_editor.layout.links import label_area, marker_area

STROKE_ROOM = 2.0  # half the widest stroke on the map's edge, and a hair


def ink_bounds(layout: MapLayout) -> Rect:
    """The map's rectangle grown to hold every link (a Bézier stays inside the hull of its
    control points, so those bound it) and its arrowhead, plus room for stroke widths."""
    left, top = 0.0, 0.0
    right, bottom = max(layout.width, 1.0), max(layout.height, 1.0)
    for link in layout.links:
        points = [point for segment in link.segments for point in segment]
        points.extend(link.arrow)
        # A label or marker placed beside a connector near the map's edge.
        if link.label is not None:
            area = label_area(link.label)
            points.extend(((area.x, area.y), (area.right, area.bottom)))
        if link.marker is not None:
            area = marker_area(link.marker.rect.center)
            points.extend(((area.x, area.y), (area.right, area.bottom)))
        for x, y in points:
            left, right = min(left, x - STROKE_ROOM), max(right, x + STROKE_ROOM)
            top, bottom = min(top, y - STROKE_ROOM), max(bottom, y + STROKE_ROOM)
    return Rect(left, top, right - left, bottom - top)
