"""Emotion curves: one smooth line per persona through the emotion scores of its cards.

Cards. The curve tells one story: it goes through the cards of the lanes that feed it
(`LaneRow.feeds_curve`, from `Lane.on_curve`: by default the touchpoints and emotions lanes),
not through the pain points, thoughts or copies that restate a touchpoint (scored alike, they
would draw its dip twice, two rings side by side). Each point names its card (`card_id`), so
the canvas can say which card a point stands for and ring the selected card's point.

Points. Every visible card of a feeding lane with an emotion score gives one point, in
sequence order (stages left to right, then lanes top to bottom, then the order in the cell),
the order `model.metrics` reads a persona's journey in. A point's y is its emotion mapped into the
curve zone: +2 at the top, −2 at the bottom, `emotion_curve_padding` from the zone's edges
(room for a face), 0 on the baseline in the middle. Its x lies in its card's stage column:
the column's centre when the stage has one scored card (the centre of the card too, in a
single-column cell), else the column is shared evenly, ``left + width × (i + ½) / k`` for the
i-th of k points. Sharing keeps x strictly increasing: stacked cards have the same centre x,
and points on one vertical would make the curve double back on itself.

Curve. Catmull-Rom through the points, converted to one cubic Bézier per pair of points:
with tangents ``m_i = (1 − tension) (P_{i+1} − P_{i−1}) / 2`` (an end point stands in for its
missing neighbour), the segment P_i → P_{i+1} has control points ``P_i + m_i / 3`` and
``P_{i+1} − m_{i+1} / 3``. Each control point is then clamped: its x between the segment's
ends (the curve moves only rightwards), its y between the segment's two scores when
`curve_monotone` (horizontal tangents at peaks and troughs, no overshoot: a hot spot is the
curve's lowest point), else between the ±2 levels. A Bézier stays inside the hull of its
control points, so the curve never leaves the zone, hence never its lane row.

A persona without a scored card on a feeding lane has no curve at all (not a flat line); a
single score gives a point and no segment.
"""

from __future__ import annotations

from collections.abc import Mapping

from journey_editor.layout.boxes import (
    CardBox,
    CellBox,
    CellKey,
    CurvePoint,
    EmotionCurve,
    PersonaBand,
    StageBox,
)
from journey_editor.layout.geometry import CubicSegment, Point, Rect
from journey_editor.layout.options import LayoutOptions
from journey_editor.model.metrics import HOT_SPOT_MAX_EMOTION
from journey_editor.model.types import EMOTION_RANGE

LOWEST, HIGHEST = EMOTION_RANGE


def emotion_levels(zone: Rect, padding: float) -> tuple[float, ...]:
    """The y of each emotion from −2 to +2 in `zone` (decreasing: higher emotion, higher up)."""
    top = zone.y + padding
    step = max(0.0, zone.height - 2 * padding) / (HIGHEST - LOWEST)
    return tuple(top + (HIGHEST - emotion) * step for emotion in range(LOWEST, HIGHEST + 1))


def emotion_curves(
    bands: list[PersonaBand],
    stages: tuple[StageBox, ...],
    cells: Mapping[CellKey, CellBox],
    cards: Mapping[str, CardBox],
    options: LayoutOptions,
) -> tuple[EmotionCurve, ...]:
    curves = (persona_curve(band, stages, cells, cards, options) for band in bands)
    return tuple(curve for curve in curves if curve is not None)


def persona_curve(
    band: PersonaBand,
    stages: tuple[StageBox, ...],
    cells: Mapping[CellKey, CellBox],
    cards: Mapping[str, CardBox],
    options: LayoutOptions,
) -> EmotionCurve | None:
    """The curve of one band, or None (no curve zone, or no scored card on a feeding lane)."""
    host = next((row for row in band.lanes if row.curve_zone is not None), None)
    if host is None or host.curve_zone is None:
        return None
    return _persona_curve(band, host.lane_id, host.curve_zone, stages, cells, cards, options)


def _persona_curve(
    band: PersonaBand,
    lane_id: str,
    zone: Rect,
    stages: tuple[StageBox, ...],
    cells: Mapping[CellKey, CellBox],
    cards: Mapping[str, CardBox],
    options: LayoutOptions,
) -> EmotionCurve | None:
    levels = emotion_levels(zone, options.emotion_curve_padding)
    points: list[CurvePoint] = []
    for stage in stages:
        scored: list[CardBox] = []
        for row in band.lanes:
            if not row.feeds_curve:
                continue
            cell = cells.get((band.persona_id, row.lane_id, stage.stage_id))
            if cell is None:
                continue
            for card_id in cell.card_ids:
                box = cards[card_id]
                if box.emotion is not None:
                    scored.append(box)
        count = len(scored)
        for i, box in enumerate(scored):
            x = stage.rect.x + stage.rect.width * (i + 0.5) / count
            emotion = box.emotion
            assert emotion is not None
            points.append(CurvePoint(x, levels[emotion - LOWEST], box.card_id, emotion))
    if not points:
        return None

    lowest = min(point.emotion for point in points)
    hot_spots = (
        tuple(p for p in points if p.emotion == lowest) if lowest <= HOT_SPOT_MAX_EMOTION else ()
    )
    segments = catmull_rom(
        [Point(p.x, p.y) for p in points],
        tension=options.curve_tension,
        monotone=options.curve_monotone,
        y_limits=(levels[-1], levels[0]),
    )
    return EmotionCurve(
        persona_id=band.persona_id,
        lane_id=lane_id,
        zone=zone,
        baseline_y=levels[-LOWEST],
        x_range=(zone.x, zone.x + zone.width),
        levels=levels,
        points=tuple(points),
        hot_spots=hot_spots,
        segments=segments,
    )


def catmull_rom(
    points: list[Point],
    tension: float = 0.0,
    monotone: bool = True,
    y_limits: tuple[float, float] | None = None,
) -> tuple[CubicSegment, ...]:
    """Bézier segments of the Catmull-Rom spline through `points` (x increasing), clamped as
    the module docstring says; `y_limits` (low, high) bounds the control points when not
    `monotone`."""
    count = len(points)
    if count < 2:
        return ()
    xs = [point.x for point in points]
    ys = [point.y for point in points]
    # Tangents divided by 3: the offsets from a point to its Bézier control points.
    scale = (1.0 - tension) / 6.0
    txs, tys = [], []
    for i in range(count):
        before = i - 1 if i > 0 else i
        after = i + 1 if i < count - 1 else i
        ty = (ys[after] - ys[before]) * scale
        if monotone and (ys[i] - ys[before]) * (ys[after] - ys[i]) <= 0:
            ty = 0.0  # a peak, a trough, a plateau or an end: level out
        txs.append((xs[after] - xs[before]) * scale)
        tys.append(ty)

    if y_limits is not None:
        low, high = y_limits
    else:
        low, high = float("-inf"), float("inf")
    segments = []
    for i in range(count - 1):
        x0, y0, x1, y1 = xs[i], ys[i], xs[i + 1], ys[i + 1]
        if monotone:
            low, high = (y0, y1) if y0 <= y1 else (y1, y0)
        c1 = Point(_clamp(x0 + txs[i], x0, x1), _clamp(y0 + tys[i], low, high))
        c2 = Point(_clamp(x1 - txs[i + 1], x0, x1), _clamp(y1 - tys[i + 1], low, high))
        segments.append(CubicSegment(points[i], c1, c2, points[i + 1]))
    return tuple(segments)


def _clamp(value: float, low: float, high: float) -> float:
    return low if value < low else high if value > high else value
