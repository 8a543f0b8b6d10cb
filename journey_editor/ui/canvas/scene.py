"""The map's QGraphicsScene: the items of one MapLayout, kept in step with the next layout.

`show_layout(layout)` is the only way the picture changes. The first call creates every
item; later calls compare the new layout with the items' specs (see `scene_sync`) and touch
only what differs, so after a one-card edit just that card's band is repainted, and items
keep their identity (selection highlights, an open inline editor survive any edit).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneHelpEvent

from journey_editor.layout import MapLayout, band_at
from journey_editor.ui.canvas.items.base import MapItem
from journey_editor.ui.canvas.items.card import CardItem
from journey_editor.ui.canvas.items.curve import EmotionCurveItem
from journey_editor.ui.canvas.items.headers import (
    LaneLabelItem,
    PersonaHeaderItem,
    PhaseItem,
    StageHeaderItem,
)
from journey_editor.ui.canvas.items.layers import BandGroup, CornerItem, FrozenLayer, RowGroup
from journey_editor.ui.canvas.items.link import LinkItem
from journey_editor.ui.canvas.items.link_drawing import LinkEndsItem, LinkHandleItem, LinkRubberItem
from journey_editor.ui.canvas.items.overlays import CellMarkItem, DropIndicatorItem
from journey_editor.ui.canvas.items.rows import HeatStripItem, LaneRowItem
from journey_editor.ui.canvas.items.spotlight import SpotlightVeil
from journey_editor.ui.canvas.scene_sync import SyncReport, sync_scene

MARGIN = 24.0  # around the map, so fit-to-window leaves it some air


class MapScene(QGraphicsScene):
    # A new layout is on show (after an edit, or a re-layout without one: compare mode making
    # room for its ghosts). Listen to this, not to QGraphicsScene.changed: a connection to
    # `changed` puts Qt's views in a slower update mode that also leaves the pictures items
    # keep (`MapItem.keep_picture`) stale.
    layout_shown = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # No BSP index: each band's items sit in groups that cover the band and say their
        # children stay inside (`BandGroup`), so a repaint or a hit test skips the bands off
        # the screen group by group; and a band pushed down by a taller band above costs
        # three `setPos`, where the index would take out and put back every item it holds
        # (70 → 42 ms for a height change at 50,000 cards).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.layout: MapLayout | None = None
        self.title = ""
        self.cards: dict[str, CardItem] = {}
        self.stages: dict[str, StageHeaderItem] = {}
        self.phases: dict[str, PhaseItem] = {}
        self.personas: dict[str, PersonaHeaderItem] = {}
        self.lanes: dict[str, LaneLabelItem] = {}
        self.rows: dict[str, LaneRowItem] = {}
        self.heat: dict[str, HeatStripItem] = {}
        self.curves: dict[str, EmotionCurveItem] = {}
        self.links: dict[str, LinkItem] = {}
        # Each persona band's groups (rows; curve, cards, links; header and lane labels), at
        # the band's top: see scene_sync.
        self.band_groups: dict[str, tuple[BandGroup, BandGroup, BandGroup]] = {}
        # Each lane row's cards, in a group at the row's top in its band's front group.
        self.row_groups: dict[tuple[str, str], RowGroup] = {}
        # What is highlighted as selected: a Selection kind and its ids.
        self.highlight_kind: str | None = None
        self.highlight_ids: frozenset[str] = frozenset()
        # Whether the cards near what a view shows keep their picture to copy
        # (`CardItem.keep_picture`): the editor's canvas, where edits push cards along, says
        # so; an export scene paints each card once. The personas whose cards keep it:
        self.keep_pictures = False
        self.pictured: set[str] = set()
        # The tooltip of a curve point: card id → text (the view reads its document); None
        # (a scene without a document, the PDF preview's): points have no tooltip.
        self.describe_card: Callable[[str], str] | None = None
        # The scene y just under the frozen stage row (the view sets it as it scrolls): the
        # persona headers of this scene, and only of this one, slide their names below it.
        self.sticky_top = float("-inf")

        self.top_layer = FrozenLayer("top")
        self.left_layer = FrozenLayer("left")
        self.corner_layer = FrozenLayer("corner")
        self.corner = CornerItem(self.corner_layer)
        self.drop_indicator = DropIndicatorItem()
        self.drop_cell = CellMarkItem(dashed=False)
        self.current_cell = CellMarkItem(dashed=True)
        self.link_handle = LinkHandleItem()
        self.link_rubber = LinkRubberItem()
        self.veil = SpotlightVeil()
        self.link_ends = LinkEndsItem()  # on the selected link: drag one to reconnect it
        for item in (
            self.veil,
            self.link_handle,
            self.link_rubber,
            self.link_ends,
            self.top_layer,
            self.left_layer,
            self.corner_layer,
            self.drop_indicator,
            self.drop_cell,
            self.current_cell,
        ):
            self.addItem(item)

    # --- the picture --------------------------------------------------------------------------

    def show_layout(self, layout: MapLayout, title: str = "") -> SyncReport:
        report = sync_scene(self, self.layout, layout)
        self.layout = layout
        self.title = title
        self.top_layer.set_area(QRectF(0.0, layout.header.y, layout.width, layout.header.height))
        self.left_layer.set_area(
            QRectF(0.0, layout.body_top, layout.left_width, layout.height - layout.body_top)
        )
        corner = QRectF(layout.corner.x, layout.corner.y, layout.corner.width, layout.corner.height)
        self.corner_layer.set_area(corner)
        self.corner.set_content(corner, title)
        self.show_link_ends()  # the selected link may have moved with its cards
        rect = QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN)
        if rect != self.sceneRect():
            self.setSceneRect(rect)
        self.layout_shown.emit()
        return report

    def clear_map(self) -> None:
        """Remove every item of the map (a new project is coming); the layers stay."""
        for registry in (
            self.cards,
            self.stages,
            self.phases,
            self.personas,
            self.lanes,
            self.rows,
            self.heat,
            self.curves,
            self.links,
        ):
            for item in registry.values():
                self.removeItem(item)
            registry.clear()
        for groups in self.band_groups.values():
            for group in groups:
                self.removeItem(group)
        self.band_groups.clear()
        self.row_groups.clear()  # removed with their bands' groups
        self.pictured.clear()
        self.layout = None
        self.highlight_kind, self.highlight_ids = None, frozenset()
        for mark in (
            self.drop_indicator,
            self.drop_cell,
            self.current_cell,
            self.link_handle,
            self.link_rubber,
            self.link_ends,
        ):
            mark.hide()

    def map_rect(self) -> QRectF:
        layout = self.layout
        if layout is None:
            return QRectF()
        return QRectF(0.0, 0.0, layout.width, layout.height)

    # --- lookups --------------------------------------------------------------------------------

    def item_for(self, kind: str, object_id: str) -> MapItem | None:
        registry = {
            "card": self.cards,
            "stage": self.stages,
            "persona": self.personas,
            "lane": self.lanes,
            "link": self.links,
        }.get(kind)
        return registry.get(object_id) if registry is not None else None

    def find(self, object_id: str) -> MapItem | None:
        """The item showing `object_id`, whatever its kind (ids are unique in a map)."""
        for registry in (self.cards, self.stages, self.personas, self.lanes, self.links):
            item = registry.get(object_id)
            if item is not None:
                return item
        return None

    # --- selection highlight --------------------------------------------------------------------

    def set_highlight(self, kind: str | None, ids: tuple[str, ...] | frozenset[str]) -> None:
        ids = frozenset(ids)
        if kind == self.highlight_kind and ids == self.highlight_ids:
            return
        previous = self.highlight_ids
        for object_id in self.highlight_ids:
            item = self.item_for(self.highlight_kind or "", object_id)
            if item is not None:
                item.set_highlighted(False)
        self.highlight_kind, self.highlight_ids = kind, ids
        for object_id in ids:
            item = self.item_for(kind or "", object_id)
            if item is not None:
                item.set_highlighted(True)
        # Links show their label while one of their cards is selected, and a selected card's
        # point on its persona's emotion curve wears a ring.
        touched = previous | ids
        for link in self.links.values():
            if link.spec.label is not None and (
                link.spec.from_card in touched or link.spec.to_card in touched
            ):
                link.update()
        for curve in self.curves.values():
            if not curve.card_ids.isdisjoint(touched):
                curve.update()
        self.show_link_ends()

    def show_link_ends(self) -> None:
        """The end handles on the one selected link, where its path starts and ends."""
        ends = self.link_ends
        if self.highlight_kind == "link" and len(self.highlight_ids) == 1:
            item = self.links.get(next(iter(self.highlight_ids)))
            if item is not None and item.spec.segments:
                start, end = item.spec.segments[0].start, item.spec.segments[-1].end
                # The path is in its band's coordinates (see scene_sync): on the scene, here.
                ends.show_on(
                    item.object_id,
                    item.mapToScene(QPointF(*start)),
                    item.mapToScene(QPointF(*end)),
                )
                return
        ends.hide_ends()

    def show_bands_near(self, area: QRectF) -> None:
        """Show the items of the bands that meet `area` (scene units), hide the others' (see
        BandGroup.set_near). A view calls it whenever what it shows changes; a scene without a
        view (an export, the PDF preview) keeps every band shown."""
        layout = self.layout
        if layout is None:
            return
        top, bottom = area.top(), area.bottom()
        groups = self.band_groups
        pictured = self.pictured
        for band, band_top in zip(layout.bands, layout.band_tops, strict=True):
            near = band_top <= bottom and band_top + band.rect.height >= top
            persona = band.persona_id
            trio = groups.get(persona, ())
            if trio and trio[0].near is not near:  # the three are shown or hidden together
                for group in trio:
                    group.set_near(near)
            keep = near and self.keep_pictures
            if trio and keep is not (persona in pictured):
                if keep:
                    pictured.add(persona)
                else:
                    pictured.discard(persona)
                for item in trio[1].childItems():
                    if isinstance(item, RowGroup):
                        for card in item.childItems():
                            if isinstance(card, CardItem):
                                card.keep_picture(keep)
                    elif isinstance(item, EmotionCurveItem):
                        item.keep_picture(keep)
        pictured.intersection_update(groups)  # personas gone from the map

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        # A curve point's tooltip names its card as it is now, not as it was when hovered.
        for item in self.items(event.scenePos()):
            if isinstance(item, EmotionCurveItem):
                item.refresh_tooltip()
        super().helpEvent(event)

    def set_sticky_top(self, y: float) -> None:
        """The top of the body's visible part: persona headers keep their name in view below
        it when their band's top has scrolled away."""
        old = self.sticky_top
        if y == old:
            return
        self.sticky_top = y
        layout = self.layout
        if layout is None:
            return
        for at in (old, y):
            band = band_at(layout, at)
            if band is not None and band.persona_id in self.personas:
                self.personas[band.persona_id].update()

    def is_highlighted(self, kind: str, object_id: str) -> bool:
        return kind == self.highlight_kind and object_id in self.highlight_ids
