"""Spotlight and filters: what the canvas shows of a map, never a change of the map.

A `ViewFilter` is view state only (the file, the undo stack and the PDF know nothing of it):

- **filters** leave things out of the layout, so what is hidden takes no room, cannot be
  clicked, reached with the arrow keys or selected: cards of one evidence level only
  (`evidence`), cards with one tag only (`tag`), lanes of some kinds hidden
  (`hidden_lane_kinds`, as the PDF's option does). `options(base)` gives the LayoutOptions
  that lay the map out so (`CardFilter` for the cards);
- the **spotlight** keeps everything in place but dims all but one persona's band or one
  stage's column (`spotlight`): `lit_area` is the part left bright, `is_lit` whether a card
  is in it. The canvas veils the rest and lets no click or selection reach a dimmed card.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from journey_editor.layout.boxes import CardBox
from journey_editor.layout.geometry import Rect
from journey_editor.layout.map_layout import MapLayout
from journey_editor.layout.options import CardFilter, LayoutOptions

SpotlightKind = Literal["persona", "stage"]


@dataclass(frozen=True)
class ViewFilter:
    evidence: str | None = None  # only cards of this evidence level
    tag: str | None = None  # only cards with this tag
    hidden_lane_kinds: frozenset[str] = frozenset()
    spotlight: tuple[SpotlightKind, str] | None = None  # ("persona" | "stage", its id)

    @property
    def active(self) -> bool:
        return self != ViewFilter()

    @property
    def card_filter(self) -> CardFilter | None:
        if self.evidence is None and self.tag is None:
            return None
        return CardFilter(self.evidence, self.tag)

    def options(self, base: LayoutOptions) -> LayoutOptions:
        """`base` with this filter's cards and lanes left out (the spotlight lays out nothing)."""
        if self.card_filter is None and not self.hidden_lane_kinds:
            return base
        return replace(
            base,
            hidden_lane_kinds=base.hidden_lane_kinds | self.hidden_lane_kinds,
            card_filter=self.card_filter,
        )


def lit_area(layout: MapLayout, spotlight: tuple[str, str] | None) -> Rect | None:
    """The part of the map's body left bright: the persona's band (across the stage columns)
    or the stage's column (down every band); None without a spotlight or when its persona or
    stage is not on the map (any more)."""
    if spotlight is None:
        return None
    kind, object_id = spotlight
    left = layout.left_width
    if kind == "persona":
        band = next((b for b in layout.personas if b.persona_id == object_id), None)
        if band is None:
            return None
        return Rect(left, band.rect.y, layout.width - left, band.rect.height)
    if kind == "stage":
        stage = next((s for s in layout.stages if s.stage_id == object_id), None)
        if stage is None:
            return None
        return Rect(stage.left, layout.body_top, stage.rect.width, layout.height - layout.body_top)
    return None


def is_lit(box: CardBox, spotlight: tuple[str, str] | None) -> bool:
    """Whether a card is in the spotlight (every card is, without one)."""
    if spotlight is None:
        return True
    kind, object_id = spotlight
    persona, _lane, stage = box.cell
    return persona == object_id if kind == "persona" else stage == object_id
