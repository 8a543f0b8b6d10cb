"""Bring the scene's items in line with a new MapLayout, touching only what changed.

When the stages and the personas stayed (every card edit), only the persona bands that
`update_layout` laid out again are looked at: the others are the very same objects, cards
included. Otherwise (a structural edit, a new map) every record is compared.

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
from journey_editor.ui.canvas.items.base import MapItem
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
from journey_editor.ui.canvas.items.layers import FrozenLayer
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
    highlight_kind: str | None
    highlight_ids: frozenset[str]
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
    if _same_frame(old, new):
        # Same stages and personas: only the bands `update_layout` did not hand over as they
        # were can hold anything new (a 5,000-card map: one band's cards, not all of them).
        previous = {band.persona_id: band for band in old.personas}
        bands = [band for band in new.personas if previous[band.persona_id] is not band]
        gone = _band_keys([previous[band.persona_id] for band in bands], old)
        _sync_cards(scene, old, new, report, _band_cards(bands, new), gone[0])
        changes = 0
    else:
        bands = list(new.personas)
        gone = None
        _sync_cards(scene, old, new, report, new.cards.keys(), None)
        changes = _sync(scene, scene.stages, _stage_specs(new), _stage, scene.top_layer)
        changes += _sync(scene, scene.phases, _phase_specs(new), PhaseItem, scene.top_layer)
    personas, lanes, rows, heat = _band_specs(new, bands)
    removed_lanes = None if gone is None else gone[1] - {key for key, _ in lanes}
    removed_personas = None if gone is None else set()
    left = scene.left_layer
    changes += _sync(scene, scene.personas, personas, PersonaHeaderItem, left, removed_personas)
    changes += _sync(scene, scene.lanes, lanes, _lane_label, scene.left_layer, removed_lanes)
    changes += _sync(scene, scene.rows, rows, _lane_row, None, removed_lanes)
    changes += _sync(scene, scene.heat, heat, _heat, None, removed_personas)
    curves = ((curve.persona_id, curve) for curve in new.emotion_curves)
    changes += _sync(scene, scene.curves, curves, _curve, None)
    links = ((link.link_id, link) for link in new.links)
    changes += _sync(scene, scene.links, links, _link, None)
    report.other_changes = changes
    return report


def _same_frame(old: MapLayout | None, new: MapLayout) -> bool:
    """Whether `new` keeps `old`'s stage columns and persona bands, in the same order."""
    if old is None or old.stages != new.stages or old.phases != new.phases:
        return False
    return [b.persona_id for b in old.personas] == [b.persona_id for b in new.personas]


def _band_cards(bands: list[PersonaBand], layout: MapLayout) -> list[str]:
    cells = layout.cells
    stages = [box.stage_id for box in layout.stages]
    ids: list[str] = []
    for band in bands:
        persona = band.persona_id
        for row in band.lanes:
            for stage in stages:
                cell = cells.get((persona, row.lane_id, stage))
                if cell is not None:
                    ids.extend(cell.card_ids)
    return ids


def _band_keys(bands: list[PersonaBand], layout: MapLayout) -> tuple[set[str], set[str]]:
    """The card ids and lane ids `bands` held in `layout`."""
    return set(_band_cards(bands, layout)), {row.lane_id for band in bands for row in band.lanes}


# --- cards (the hot path: thousands of them) ----------------------------------------------------


def _sync_cards(
    scene: MapScene,
    old: MapLayout | None,
    new: MapLayout,
    report: SyncReport,
    card_ids: Iterable[str],
    candidates_gone: set[str] | None,
) -> None:
    """`card_ids`: the cards that may have changed; `candidates_gone`: those that may have
    disappeared (None: look at every item)."""
    items = scene.cards
    boxes = new.cards
    previous = old.cards if old is not None else {}
    highlighted = scene.highlight_ids if scene.highlight_kind == "card" else frozenset()
    for card_id in card_ids:
        box = boxes[card_id]
        if previous.get(card_id) is box:
            continue
        item = items.get(card_id)
        if item is None:
            item = items[card_id] = CardItem(box)
            if card_id in highlighted:
                item.set_highlighted(True)
            scene.addItem(item)
            report.created.append(card_id)
        elif item.spec != box:
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
    specs: Iterable[tuple[str, Any]],
    create: Callable[..., MapItem],
    parent: QGraphicsItem | None,
    removed: set[str] | None = None,
) -> int:
    """`removed`: the keys known to be gone; None: every key without a spec is gone."""
    changes = 0
    seen = set()
    kind_highlighted = scene.highlight_ids
    for key, spec in specs:
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
        elif item.spec is spec:
            continue
        elif item.spec != spec:
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


def _stage_specs(layout: MapLayout):
    return ((box.stage_id, box) for box in layout.stages)


def _phase_specs(layout: MapLayout):
    return ((f"{box.name}@{box.stage_ids[0]}", box) for box in layout.phases)


def _band_specs(layout: MapLayout, bands: list[PersonaBand]):
    personas, lanes, rows, heat = [], [], [], []
    edges = tuple(box.rect.x for box in layout.stages)
    if layout.stages:
        edges += (layout.stages[-1].right,)
    wanted = {band.persona_id for band in bands}
    heat_of: dict[str, list[HeatCell]] = {}
    for cell in layout.heat:
        if cell.persona_id in wanted:
            heat_of.setdefault(cell.persona_id, []).append(cell)
    for band in bands:
        colour = band.colour
        personas.append((band.persona_id, PersonaSpec(band.header, colour, band.summary)))
        for number, row in enumerate(band.lanes):
            shade = number % 2
            lanes.append((row.lane_id, LaneSpec(row, colour, shade)))
            rows.append((row.lane_id, RowSpec(row, colour, shade, edges)))
        strip = band.heat_strip
        heat.append(
            (
                band.persona_id,
                (
                    QRectF(strip.x, strip.y, strip.width, strip.height),
                    tuple(heat_of.get(band.persona_id, ())),
                ),
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
