"""Moving layout records down by `dy`: from a band's own coordinates to the map's.

Each persona band is laid out with its top at y = 0 (see `bands.py`); the map puts it at
`MapLayout.band_tops[i]`. A height change in one band then moves the bands below without
laying them out again: their records stay the very same objects, and only a reader that wants
map coordinates (a hit test, the PDF) gets a shifted copy, made here. x never changes.
"""

from __future__ import annotations

from journey_editor.layout.boxes import (
    CardBox,
    CellBox,
    CurvePoint,
    EmotionCurve,
    HeatCell,
    LaneRow,
    LinkPath,
    PersonaBand,
    PersonaHeader,
)
from journey_editor.layout.geometry import CubicSegment, Point, Rect
from journey_editor.layout.text import TextBlock


def rect(r: Rect, dy: float) -> Rect:
    return Rect(r.x, r.y + dy, r.width, r.height)


def _rect_or_none(r: Rect | None, dy: float) -> Rect | None:
    return None if r is None else Rect(r.x, r.y + dy, r.width, r.height)


def text(block: TextBlock, dy: float) -> TextBlock:
    r = block.rect
    return TextBlock(
        block.texts,
        Rect(r.x, r.y + dy, r.width, r.height),
        block.size,
        block.bold,
        block.italic,
        block.line_height,
        block.first_baseline + dy,
        block.xs,
    )


def _text_or_none(block: TextBlock | None, dy: float) -> TextBlock | None:
    return None if block is None else text(block, dy)


def point(p: Point, dy: float) -> Point:
    return Point(p.x, p.y + dy)


def segment(s: CubicSegment, dy: float) -> CubicSegment:
    return CubicSegment(
        Point(s.start.x, s.start.y + dy),
        Point(s.c1.x, s.c1.y + dy),
        Point(s.c2.x, s.c2.y + dy),
        Point(s.end.x, s.end.y + dy),
    )


def card(box: CardBox, dy: float) -> CardBox:
    if not dy:
        return box
    return CardBox(
        box.card_id,
        rect(box.rect, dy),
        box.cell,
        box.index,
        text(box.title, dy),
        box.marks,  # the chip and the footer marks follow the rectangle
        box.shown,
        box.channel,
        box.colour,
        box.icon,
        box.effort,
        box.emotion,
        box.evidence,
        box.votes,
    )


def cell(box: CellBox, dy: float) -> CellBox:
    if not dy:
        return box
    return CellBox(box.key, rect(box.rect, dy), rect(box.content, dy), box.card_ids, box.columns)


def heat(box: HeatCell, dy: float) -> HeatCell:
    if not dy:
        return box
    return HeatCell(
        box.persona_id, box.stage_id, rect(box.rect, dy), box.mean_effort, box.scored, box.figure
    )


def _lane(row: LaneRow, dy: float) -> LaneRow:
    return LaneRow(
        row.lane_id,
        row.kind,
        rect(row.label_rect, dy),
        text(row.label, dy),
        rect(row.rect, dy),
        _rect_or_none(row.curve_zone, dy),
        row.feeds_curve,
    )


def _header(header: PersonaHeader, dy: float) -> PersonaHeader:
    return PersonaHeader(
        rect(header.rect, dy),
        rect(header.avatar, dy),
        text(header.name, dy),
        _text_or_none(header.role, dy),
        _text_or_none(header.quote, dy),
        header.initials,
    )


def band(box: PersonaBand, dy: float) -> PersonaBand:
    if not dy:
        return box
    return PersonaBand(
        box.persona_id,
        box.index,
        rect(box.rect, dy),
        _header(box.header, dy),
        box.colour,
        box.collapsed,
        tuple(_lane(row, dy) for row in box.lanes),
        rect(box.heat_strip, dy),
        _text_or_none(box.summary, dy),
    )


def _curve_point(p: CurvePoint, dy: float) -> CurvePoint:
    return CurvePoint(p.x, p.y + dy, p.card_id, p.emotion)


def curve(box: EmotionCurve, dy: float) -> EmotionCurve:
    if not dy:
        return box
    return EmotionCurve(
        box.persona_id,
        box.lane_id,
        rect(box.zone, dy),
        box.baseline_y + dy,
        box.x_range,
        tuple(level + dy for level in box.levels),
        tuple(_curve_point(p, dy) for p in box.points),
        tuple(_curve_point(p, dy) for p in box.hot_spots),
        tuple(segment(s, dy) for s in box.segments),
    )


def link(path: LinkPath, dy: float) -> LinkPath:
    if not dy:
        return path
    return LinkPath(
        path.link_id,
        path.from_card,
        path.to_card,
        tuple(segment(s, dy) for s in path.segments),
        (point(path.arrow[0], dy), point(path.arrow[1], dy), point(path.arrow[2], dy)),
        _text_or_none(path.label, dy),
        path.number,
        _text_or_none(path.marker, dy),
        path.listing,
    )
