"""The merged map as a merge plan's accepted records would leave it: only ids and references
(stages, each persona's lanes, channels, every card's cell and channel, every link's cards),
each reference with the record of theirs it comes from, so that merge_plan.py can undo it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from journey_editor.compare.records import Added, Changed, Difference, Moved, Removed
from journey_editor.model.project import Project


@dataclass
class CardView:
    persona: str
    lane: str
    stage: str
    channel: str | None
    cell_from: int | None = None  # the record of theirs that put it there; None: mine
    channel_from: int | None = None


@dataclass
class LinkView:
    ends: list[str]
    end_from: list[int | None] = field(default_factory=lambda: [None, None])
    added: int | None = None


@dataclass
class View:
    """The merged map's objects as the accepted records leave them (ids and references)."""

    stages: set[str]
    lanes_of: dict[str, set[str]]
    channels: set[str]
    cards: dict[str, CardView]
    links: dict[str, LinkView]
    orphan_lanes: list[int]  # theirs' lanes added to a persona that is not there
    # (lane, theirs' record adding it) of lanes that are there twice
    lane_clashes: list[tuple[str, int]] = field(default_factory=list)


def build_view(
    mine: Project, accepted: Mapping[int, Difference], extra: Iterable[Difference]
) -> View:
    """Mine with theirs' `accepted` records (by index) and the merge's own `extra` made."""
    view = View(
        stages={stage.id for stage in mine.stages},
        lanes_of={p.id: {lane.id for lane in p.lanes} for p in mine.personas},
        channels={channel.id for channel in mine.channels},
        cards={c.id: CardView(c.persona, c.lane, c.stage, c.channel) for c in mine.cards},
        links={link.id: LinkView([link.from_card, link.to_card]) for link in mine.links},
        orphan_lanes=[],
    )
    for change in [*accepted.values(), *extra]:
        if isinstance(change, Removed):
            _remove(view, change)
    lane_added_at: dict[str, int] = {}  # lanes added by theirs, alone or in a persona
    for index, change in accepted.items():
        if isinstance(change, Added):
            _add(view, index, change)
            if change.ref.kind == "lane":
                lane_added_at[change.ref.id] = index
            elif change.ref.kind == "persona":
                lane_added_at.update((lane["id"], index) for lane in change.value["lanes"])
        elif isinstance(change, Moved):
            card = view.cards[change.ref.id]
            card.persona, card.lane, card.stage = change.new.cell
            card.cell_from = index
        elif isinstance(change, Changed):
            _change(view, index, change)
    # A lane theirs gave to another persona while deleting the one it was in: where that
    # persona stays (mine changed it), the lane is there too.
    seen: set[str] = set()
    for lanes in view.lanes_of.values():
        view.lane_clashes += [(lane_id, lane_added_at[lane_id]) for lane_id in lanes & seen]
        seen |= lanes
    return view


def clashing_ids(view: View, theirs_ids: set[str]) -> set[str]:
    """The ids of objects theirs added that the settled merge would hold twice, as two
    kinds of object (mine keeps an object theirs deleted and reused the id of)."""
    kinds: dict[str, set[str]] = {}
    groups = (
        ("stage", view.stages),
        ("persona", view.lanes_of),
        ("lane", set().union(*view.lanes_of.values())),
        ("card", view.cards),
        ("link", view.links),
    )
    for kind, ids in groups:
        for object_id in ids:
            kinds.setdefault(object_id, set()).add(kind)
    return {
        object_id
        for object_id, found in kinds.items()
        if len(found) > 1 and object_id in theirs_ids
    }


def _remove(view: View, change: Removed) -> None:
    kind, object_id = change.key
    if kind == "stage":
        view.stages.discard(object_id)
    elif kind == "persona":
        view.lanes_of.pop(object_id, None)
    elif kind == "lane":
        for lanes in view.lanes_of.values():
            lanes.discard(object_id)
    elif kind == "channel":
        view.channels.discard(object_id)
    elif kind == "card":
        view.cards.pop(object_id, None)
    elif kind == "link":
        view.links.pop(object_id, None)


def _add(view: View, index: int, change: Added) -> None:
    kind, object_id = change.key
    value = change.value
    if kind == "stage":
        view.stages.add(object_id)
    elif kind == "persona":
        view.lanes_of[object_id] = {lane["id"] for lane in value.get("lanes", [])}
    elif kind == "lane":
        parent = change.parent.id if change.parent is not None else None
        if parent in view.lanes_of:
            view.lanes_of[parent].add(object_id)  # type: ignore[index]
        else:
            view.orphan_lanes.append(index)
    elif kind == "channel":
        view.channels.add(object_id)
    elif kind == "card":
        view.cards[object_id] = CardView(
            value["persona"], value["lane"], value["stage"], value.get("channel"), index, index
        )
    elif kind == "link":
        view.links[object_id] = LinkView(
            [value["from_card"], value["to_card"]], [index, index], added=index
        )


def _change(view: View, index: int, change: Changed) -> None:
    """A card's channel or a link's end that theirs changed."""
    kind, object_id = change.ref.kind, change.ref.id
    if kind == "card" and change.field == "channel" and object_id in view.cards:
        view.cards[object_id].channel = change.new
        view.cards[object_id].channel_from = index
    elif kind == "link" and change.field in ("from_card", "to_card") and object_id in view.links:
        end = 0 if change.field == "from_card" else 1
        view.links[object_id].ends[end] = change.new
        view.links[object_id].end_from[end] = index
