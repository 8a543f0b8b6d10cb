"""Bring the scene's items in line with a new MapLayout, touching only what changed.

Each persona band's items sit in three `BandGroup`s (rows; curve, cards and links; header and
lane labels in the frozen left layer), in the band's own coordinates as its layout records
are, and the groups at the band's top: a band pushed down by a taller band above moves with
three `setPos` calls. Cards go one step further, as their records do: each lane row's cards
sit in a `RowGroup` at the row's top in the band's front group, so a row pushed down by a
taller row above is one `setPos` and its cards are not looked at. When the stages and the
personas stayed (every card edit), only the bands that `update_layout` laid out again are
looked at: the others are the very same objects, cards included. Otherwise (a structural
edit, a new map) every record is compared.

Every item holds the layout record it was drawn from (`spec`). For each record of the new
layout: same object as the item's spec → nothing to do (`update_layout` hands over untouched
bands object for object, so after a one-card edit this is almost every card); equal value
→ keep the new object, no repaint; different → `set_spec` (reposition and repaint); no item
yet → create one; items whose record is gone are removed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from journey_editor.layout import HeatCell, MapLayout, PersonaBand
from journey_editor.layout.bands import band_cells
from journey_editor.ui.canvas.items.base import Z_CARD, Z_CURVE, Z_ROW, MapItem
from journey_editor.ui.canvas.items.card import CardItem
from journey_editor.ui.canvas.items.curve import EmotionCurveItem
from journey_editor.ui.canvas.items.headers import (
    LaneLabelItem,
    LaneSpec,
    PersonaHeaderItem,
    PersonaSpec,
    PhaseItem,
    StageHeaderItem,
)
from journey_editor.ui.canvas.items.layers import BandGroup, FrozenLayer, RowGroup
from journey_editor.ui.canvas.items.link import LinkItem
from journey_editor.ui.canvas.items.rows import HeatStripItem, LaneRowItem, RowSpec


class MapScene(Protocol):
    """What the sync reads and fills of the scene (ui/canvas/scene.py): its item tables by id,
    its two frozen header layers and the highlight; named here so the scene can import this
    module without a circle back."""

    cards: dict[str, CardItem]
    stages: dict[str, StageHeaderItem]
    phases: dict[str, PhaseItem]
    personas: dict[str, PersonaHeaderItem]
    lanes: dict[str, LaneLabelItem]
    rows: dict[str, LaneRowItem]
    heat: dict[str, HeatStripItem]
    curves: dict[str, EmotionCurveItem]
    links: dict[str, LinkItem]
    band_groups: dict[str, tuple[BandGroup, BandGroup, BandGroup]]  # rows, front, left
    row_groups: dict[tuple[str, str], RowGroup]  # each lane row's cards, in its band's front
    highlight_kind: str | None
    highlight_ids: frozenset[str]
    pictured: set[str]  # the personas whose cards keep their picture (see show_bands_near)
    top_layer: FrozenLayer
    left_layer: FrozenLayer

    def addItem(self, item: QGraphicsItem) -> None: ...
    def removeItem(self, item: QGraphicsItem) -> None: ...


@dataclass
class SyncReport:
    """What one sync did, by card id (for the view: forget removed ids) and in total."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    other_changes: int = 0  # headers, rows, curves, links … created, updated or removed


def sync_scene(scene: MapScene, old: MapLayout | None, new: MapLayout) -> SyncReport:
    report = SyncReport()
    same_frame = _same_frame(old, new)
    groups = _place_groups(scene, new, old if same_frame else None)
    if same_frame:
        # Same stages and personas: only the bands `update_layout` did not hand over as they
        # were can hold anything new (a 5,000-card map: one band's cards, not all of them).
        previous = {band.persona_id: band for band in old.bands}
        bands = [band for band in new.bands if previous[band.persona_id] is not band]
        before = [previous[band.persona_id] for band in bands]
        gone = _band_keys(before, old, new)
        rows = _place_rows(scene, bands, groups)
        _sync_cards(scene, old, new, report, _band_cards(bands, new, old), gone[0], rows)
        changes = 0
    else:
        bands = list(new.bands)
        gone = None
        rows = _place_rows(scene, bands, groups)
        _sync_cards(scene, old, new, report, new.local_cards.keys(), None, rows)
        top = scene.top_layer
        changes = _sync(scene, scene.stages, _stage_specs(new, top), _stage)
        changes += _sync(scene, scene.phases, _phase_specs(new, top), PhaseItem)
    personas, lanes, rows, heat = _band_specs(new, bands, groups)
    removed_lanes = None if gone is None else gone[1] - {key for key, _, _ in lanes}
    removed_personas = None if gone is None else set()
    changes += _sync(scene, scene.personas, personas, PersonaHeaderItem, removed_personas)
    changes += _sync(scene, scene.lanes, lanes, _lane_label, removed_lanes)
    changes += _sync(scene, scene.rows, rows, _lane_row, removed_lanes)
    changes += _sync(scene, scene.heat, heat, _heat, removed_personas)
    curves = ((c.persona_id, c, groups[c.persona_id][1]) for c in new.local_curves)
    changes += _sync(scene, scene.curves, curves, _curve)
    for persona in scene.pictured:  # a curve made just now, in a band near the view
        curve = scene.curves.get(persona)
        if curve is not None:
            curve.keep_picture(True)
    links, removed_links = _link_specs(old if gone is not None else None, new, groups)
    changes += _sync(scene, scene.links, links, _link, removed_links)
    _drop_rows(scene, bands, new)
    _drop_groups(scene, groups, new)
    report.other_changes = changes
    return report


def _link_specs(
    old: MapLayout | None,
    new: MapLayout,
    groups: dict[str, tuple[BandGroup, BandGroup, BandGroup]],
) -> tuple[list[tuple[str, Any, QGraphicsItem | None]], set[str] | None]:
    """The links to look at, with the group each goes in, and those known to be gone (None:
    look at every item). With the same frame, only the bands whose tuple of links is not the
    very one of `old` (a band laid out again, links numbered again) and those between bands."""
    by_band = new.links_by_band
    if old is None:
        frames = list(by_band)
        removed = None
    else:
        before = old.links_by_band
        frames = [key for key, pairs in by_band.items() if before.get(key) is not pairs]
        frames += [key for key in before if key not in by_band]
        removed = {path.link_id for key in frames for _, path in before.get(key, ())}
    specs = [
        (path.link_id, path, None if frame is None else groups[frame][1])
        for key in frames
        for frame, path in by_band.get(key, ())
    ]
    if removed is not None:
        removed -= {link_id for link_id, _, _ in specs}
    return specs, removed


def _place_groups(
    scene: MapScene, layout: MapLayout, old: MapLayout | None
) -> dict[str, tuple[BandGroup, BandGroup, BandGroup]]:
    """Each band's three groups, made when missing, at the band's top (a few per band: this
    is the whole cost of moving a band that did not change). With `old`, a layout of the same
    frame (see `_same_frame`), a band that is the very same record at the same top is passed
    over."""
    groups = scene.band_groups
    before = zip(old.bands, old.band_tops, strict=True) if old is not None else None
    for band, top in zip(layout.bands, layout.band_tops, strict=True):
        if before is not None:
            old_band, old_top = next(before)
            if old_band is band and old_top == top:
                continue
        trio = groups.get(band.persona_id)
        if trio is None:
            trio = groups[band.persona_id] = (
                BandGroup(Z_ROW),
                BandGroup(Z_CURVE),
                BandGroup(0.0, scene.left_layer),
            )
            scene.addItem(trio[0])
            scene.addItem(trio[1])
        width, height = band.rect.width, band.rect.height
        for group in trio:
            group.place(top, width, height)
    return groups


def _place_rows(
    scene: MapScene,
    bands: list[PersonaBand],
    groups: dict[str, tuple[BandGroup, BandGroup, BandGroup]],
) -> dict[tuple[str, str], RowGroup]:
    """Each lane row's group of cards in `bands`, made when missing, at the row's top in its
    band's front group (a row that only moved is this `setPos`, its cards untouched)."""
    rows = scene.row_groups
    for band in bands:
        front = groups[band.persona_id][1]
        for row in band.lanes:
            key = (band.persona_id, row.lane_id)
            group = rows.get(key)
            if group is None:
                group = rows[key] = RowGroup(Z_CARD, front)
            group.place(row.rect.y, row.rect.right, row.rect.height)
    return rows


def _drop_rows(scene: MapScene, bands: list[PersonaBand], layout: MapLayout) -> None:
    """Remove the row groups of lanes no longer shown in `bands` and of personas no longer on
    the map (their cards have gone or moved already)."""
    shown = {band.persona_id for band in layout.bands}
    kept = {(band.persona_id, row.lane_id) for band in bands for row in band.lanes}
    looked_at = {band.persona_id for band in bands}
    rows = scene.row_groups
    for key in [k for k in rows if k not in kept and (k[0] in looked_at or k[0] not in shown)]:
        group = rows.pop(key)
        if group.scene() is not None:
            scene.removeItem(group)


def _drop_groups(
    scene: MapScene, groups: dict[str, tuple[BandGroup, ...]], layout: MapLayout
) -> None:
    """Remove the groups of personas no longer on the map (their items have gone already)."""
    shown = {band.persona_id for band in layout.bands}
    for persona_id in [key for key in groups if key not in shown]:
        for group in groups.pop(persona_id):
            scene.removeItem(group)


def _same_frame(old: MapLayout | None, new: MapLayout) -> bool:
    """Whether `new` keeps `old`'s stage columns and persona bands, in the same order."""
    if old is None or old.stages != new.stages or old.phases != new.phases:
        return False
    return [b.persona_id for b in old.bands] == [b.persona_id for b in new.bands]


def _band_cards(bands: list[PersonaBand], layout: MapLayout, other: MapLayout) -> list[str]:
    """The cards of `bands` in `layout` whose cell is not the very cell object of `other`: a
    cell laid out as it was holds the very boxes it held (see layout/cell_memo.py), so
    nothing of its cards can have changed."""
    stages = [box.stage_id for box in layout.stages]
    others = other.local_cells
    return [
        card_id
        for band in bands
        for cell in band_cells(band, stages, layout.local_cells)
        if others.get(cell.key) is not cell
        for card_id in cell.card_ids
    ]


def _band_keys(
    bands: list[PersonaBand], layout: MapLayout, other: MapLayout
) -> tuple[set[str], set[str]]:
    """The card ids `bands` held in `layout` in cells that `other` does not hold as they were,
    and the lane ids of `bands`."""
    cards = set(_band_cards(bands, layout, other))
    return cards, {row.lane_id for band in bands for row in band.lanes}


# --- cards (the hot path: thousands of them) ----------------------------------------------------


def _sync_cards(
    scene: MapScene,
    old: MapLayout | None,
    new: MapLayout,
    report: SyncReport,
    card_ids: Iterable[str],
    candidates_gone: set[str] | None,
    rows: dict[tuple[str, str], RowGroup],
) -> None:
    """`card_ids`: the cards that may have changed; `candidates_gone`: those that may have
    disappeared (None: look at every item). Boxes are in their lane row's coordinates: each
    item is a child of its row's group."""
    items = scene.cards
    boxes = new.local_cards
    previous = old.local_cards if old is not None else {}
    highlighted = scene.highlight_ids if scene.highlight_kind == "card" else frozenset()
    pictured = scene.pictured
    for card_id in card_ids:
        box = boxes[card_id]
        if previous.get(card_id) is box:
            continue
        cell = box.cell
        row = rows[(cell[0], cell[1])]
        item = items.get(card_id)
        if item is None:
            item = items[card_id] = CardItem(box, row)
            if cell[0] in pictured:
                item.keep_picture(True)
            if card_id in highlighted:
                item.set_highlighted(True)
            report.created.append(card_id)
            continue
        if item.parentItem() is not row:
            item.setParentItem(row)  # moved to another lane or persona
            item.keep_picture(cell[0] in pictured)
        if item.spec != box:
            item.set_spec(box)
            report.updated.append(card_id)
        else:
            item.spec = box  # same picture: adopt the new object so `is` holds next time
    if candidates_gone is None:
        candidates_gone = set(items) if len(items) != len(boxes) or report.created else set()
    for card_id in [card_id for card_id in candidates_gone if card_id not in boxes]:
        item = items.pop(card_id, None)
        if item is not None:
            scene.removeItem(item)
            report.removed.append(card_id)


# --- everything else (tens to hundreds of items) ------------------------------------------------


def _sync(
    scene: MapScene,
    items: dict[str, Any],
    specs: Iterable[tuple[str, Any, QGraphicsItem | None]],
    create: Callable[..., MapItem],
    removed: set[str] | None = None,
) -> int:
    """`specs`: (key, layout record, the parent item it goes in — None: the scene itself);
    `removed`: the keys known to be gone; None: every key without a spec is gone."""
    changes = 0
    seen = set()
    kind_highlighted = scene.highlight_ids
    for key, spec, parent in specs:
        seen.add(key)
        item = items.get(key)
        if item is None:
            item = items[key] = create(key, spec)
            if parent is not None:
                item.setParentItem(parent)
            else:
                scene.addItem(item)
            if item.kind == scene.highlight_kind and key in kind_highlighted:
                item.highlighted = True
            changes += 1
            continue
        if item.spec is spec:
            continue  # the very record: nor its place, nor its band changed
        if item.parentItem() is not parent:
            item.setParentItem(parent)  # a link now within one band, or between two
        if item.spec != spec:
            item.set_spec(spec)
            changes += 1
        else:
            item.spec = spec
    gone = [key for key in items if key not in seen] if removed is None else removed
    for key in gone:
        item = items.pop(key, None)
        if item is not None:
            scene.removeItem(item)
            changes += 1
    return changes


def _stage_specs(layout: MapLayout, layer: QGraphicsItem):
    return ((box.stage_id, box, layer) for box in layout.stages)


def _phase_specs(layout: MapLayout, layer: QGraphicsItem):
    return ((f"{box.name}@{box.stage_ids[0]}", box, layer) for box in layout.phases)


def _band_heat(layout: MapLayout, band: PersonaBand, per_band: int) -> tuple[HeatCell, ...]:
    """The band's heat cells: its slice of `local_heat` (a look at the map's every cell when
    the slice is not the band's, which the layout does not make)."""
    cells = layout.local_heat[band.index * per_band : (band.index + 1) * per_band]
    if all(cell.persona_id == band.persona_id for cell in cells):
        return cells
    return tuple(cell for cell in layout.local_heat if cell.persona_id == band.persona_id)


def _band_specs(
    layout: MapLayout,
    bands: list[PersonaBand],
    groups: dict[str, tuple[BandGroup, BandGroup, BandGroup]],
):
    """The header, lane, row and heat-strip records of `bands`, in each band's coordinates,
    with the group each goes in."""
    personas, lanes, rows, heat = [], [], [], []
    edges = tuple(box.rect.x for box in layout.stages)
    if layout.stages:
        edges += (layout.stages[-1].right,)
    per_band = len(layout.stages)  # each band has a heat cell per stage, bands in order
    for band in bands:
        colour = band.colour
        back, _, left = groups[band.persona_id]
        personas.append((band.persona_id, PersonaSpec(band.header, colour, band.summary), left))
        for number, row in enumerate(band.lanes):
            shade = number % 2
            lanes.append((row.lane_id, LaneSpec(row, colour, shade), left))
            rows.append((row.lane_id, RowSpec(row, colour, shade, edges), back))
        strip = band.heat_strip
        heat.append(
            (
                band.persona_id,
                (
                    QRectF(strip.x, strip.y, strip.width, strip.height),
                    _band_heat(layout, band, per_band),
                ),
                back,
            )
        )
    return personas, lanes, rows, heat


def _stage(key: str, spec) -> StageHeaderItem:
    return StageHeaderItem(spec)


def _heat(key: str, spec) -> HeatStripItem:
    return HeatStripItem(key, *spec)


def _lane_label(key: str, spec: LaneSpec) -> LaneLabelItem:
    return LaneLabelItem(spec)


def _lane_row(key: str, spec: RowSpec) -> LaneRowItem:
    return LaneRowItem(spec)


def _curve(key: str, spec) -> EmotionCurveItem:
    return EmotionCurveItem(spec)


def _link(key: str, spec) -> LinkItem:
    return LinkItem(spec)
