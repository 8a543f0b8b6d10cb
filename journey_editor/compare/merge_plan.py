"""Which of theirs' changes a three-way merge makes on mine, and what it reports instead.

The merged map is MINE with THEIRS' changes (the records of diff(base, theirs)) made on it, but:
1. Records decided one by one against diff(base, mine) (`MergePlan.decide`):
   - a field that mine changed too: one change when both gave the same value, else a conflict
     (mine's value stays); the map's `modified` date takes the later of the two instead;
   - an object deleted on one side and changed on the other (a field, a card's place, a
     persona's lanes): a conflict; mine's side stands (mine deleted it: it stays deleted; theirs
     deleted it: it stays, with what is in it as mine has it);
   - an object added on both sides under one id: one object, its fields merged as conflicts;
   - a card moved to two different cells: a conflict, mine's cell; a lane handed to another
     persona is a move too (the diff has it removed and added): it keeps mine's changes to its
     fields, and a lane handed to two different personas stays with mine (a conflict);
   - orders (Reordered, moves inside a cell, the file's card order) are left to merge_order.
2. Then what the changes need (`MergePlan.settle`), repeated until nothing is missing:
   - a card of mine (added, kept or moved there) in a stage, persona or lane that theirs
     deleted, or on a channel theirs deleted: theirs' deletion becomes a conflict and is undone;
     a lane theirs handed over from a persona it deleted and mine keeps stays there (a
     conflict on its persona);
   - a card that theirs added or moved into something mine deleted: the addition or move is
     undone and reported as a conflict (its value kept in the conflict); a channel mine
     deleted is taken off a card theirs added (a conflict on its channel);
   - and only when no card needs anything: a link whose card is not in the merged map, or
     that would join a card to itself, is dropped and reported (a link that theirs re-pointed
     keeps mine's end instead, as a conflict).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from journey_editor.compare.records import (
    Added,
    Changed,
    Difference,
    Moved,
    Place,
    Ref,
    Removed,
    Reordered,
)
from journey_editor.compare.sides import Side, field_values, file_value
from journey_editor.model.entities import Conflict

# Fields that are not compared when one id was added on both sides (the id is the match, a
# card's cell is compared as one "cell").
_ADDED_SKIPPED = {"card": ("id", "persona", "lane", "stage")}
_CONTAINER_FIELD = {"stage": "stage", "persona": "persona", "lane": "lane"}
# A field's value when the file leaves it out (see Entity: empty attributes, feeds_curve None).
_ABSENT: dict[str, Any] = {"attributes": {}, "feeds_curve": None}


@dataclass(frozen=True)
class Dropped:
    """Something left out of the merged map because what it needs is not there (a link whose
    card one side deleted), named as the user knows it."""

    kind: str
    id: str
    name: str
    reason: str


@dataclass
class _CardView:
    persona: str
    lane: str
    stage: str
    channel: str | None
    cell_from: int | None = None  # the record of theirs that put it there; None: mine
    channel_from: int | None = None


@dataclass
class _LinkView:
    ends: list[str]
    end_from: list[int | None] = field(default_factory=lambda: [None, None])
    added: int | None = None


@dataclass
class _View:
    """The merged map's objects as the accepted records leave them (ids and references)."""

    stages: set[str]
    lanes_of: dict[str, set[str]]
    channels: set[str]
    cards: dict[str, _CardView]
    links: dict[str, _LinkView]
    orphan_lanes: list[int]  # theirs' lanes added to a persona that is not there
    # (lane, theirs' record adding it) of lanes that are there twice
    lane_clashes: list[tuple[str, int]] = field(default_factory=list)


class MergePlan:
    """Theirs' records, accepted or not, the conflicts and the dropped objects."""

    def __init__(
        self,
        base: Side,
        mine: Side,
        theirs: Side,
        mine_changes: tuple[Difference, ...],
        theirs_changes: tuple[Difference, ...],
    ) -> None:
        self.base, self.mine, self.theirs = base, mine, theirs
        self.changes = theirs_changes
        self.accepted: dict[int, Difference] = {}
        # Records of the merge's own: mine's links that lost a card, fields of a lane that both
        # handed to another persona and only theirs changed.
        self.extra: list[Difference] = []
        self.conflicts: dict[tuple[str, str, str | None], Conflict] = {}
        self.dropped: list[Dropped] = []
        self._kept: set[tuple[str, str]] = set()
        self._to_keep: list[tuple[str, str]] = []
        self._index_mine(mine_changes)
        self._index_theirs(theirs_changes)

    # --- indexes -----------------------------------------------------------------------------

    def _index_mine(self, changes: tuple[Difference, ...]) -> None:
        self.mine_changed: dict[tuple[str, str, str], Changed] = {}
        self.mine_added: dict[tuple[str, str], Added] = {}
        self.mine_moved: dict[str, Moved] = {}
        touched: set[tuple[str, str]] = set()
        for change in changes:
            if isinstance(change, Changed):
                self.mine_changed[_field_key(change)] = change
                if change.ref.kind != "project":
                    touched.add((change.ref.kind, change.ref.id))
                if change.parent is not None:
                    touched.add(("persona", change.parent.id))
            elif isinstance(change, Moved):
                if change.how != "order":
                    self.mine_moved[change.ref.id] = change
                    touched.add(("card", change.ref.id))
            elif isinstance(change, Added):
                self.mine_added[change.key] = change
                if change.ref.kind == "lane" and change.ref.id in self.base.lanes:
                    touched.add(("lane", change.ref.id))  # handed to another persona
            if isinstance(change, Added | Removed) and change.parent is not None:
                touched.add(("persona", change.parent.id))
            if isinstance(change, Reordered) and change.parent is not None:
                touched.add(("persona", change.parent.id))
        self.touched_by_mine = touched
        self.mine_cards_in: dict[tuple[str, str], list[str]] = {}
        for card in self.mine.project.cards:
            for kind in ("persona", "lane", "stage", "channel"):
                value = getattr(card, kind)
                if value is not None:
                    self.mine_cards_in.setdefault((kind, value), []).append(card.id)
        self.mine_links_of: dict[str, list[str]] = {}
        for link in self.mine.project.links:
            for end in (link.from_card, link.to_card):
                self.mine_links_of.setdefault(end, []).append(link.id)

    def _index_theirs(self, changes: tuple[Difference, ...]) -> None:
        self.theirs_ids = {
            object_id
            for kind in ("stage", "persona", "lane", "card", "link")
            for object_id in _objects(self.theirs, kind)
            if object_id not in _objects(self.base, kind)
        }
        self.theirs_removed: dict[tuple[str, str], int] = {}
        self.theirs_added: dict[tuple[str, str], int] = {}
        self.theirs_changed: dict[tuple[str, str, str], int] = {}
        for index, change in enumerate(changes):
            if isinstance(change, Removed):
                self.theirs_removed[change.key] = index
            elif isinstance(change, Added):
                self.theirs_added[change.key] = index
            elif isinstance(change, Changed):
                self.theirs_changed[_field_key(change)] = index

    # --- step 1: record by record --------------------------------------------------------------

    def decide(self) -> None:
        for index, change in enumerate(self.changes):
            if isinstance(change, Changed):
                self._decide_changed(index, change)
            elif isinstance(change, Removed):
                self._decide_removed(index, change)
            elif isinstance(change, Added):
                self._decide_added(index, change)
            elif isinstance(change, Moved):
                self._decide_moved(index, change)

    def _decide_changed(self, index: int, change: Changed) -> None:
        kind, object_id = change.ref.kind, change.ref.id
        if kind == "project" and change.field in ("conflicts", "schema_version"):
            return  # conflicts are merged as a list (merge.py); the version is the app's
        if kind != "project" and self._gone_in_mine(kind, object_id):
            self._deleted_in_mine(kind, object_id, "changed")
            return
        mine = self.mine_changed.get(_field_key(change))
        if mine is None:
            self.accepted[index] = change
        elif mine.new != change.new:
            if change.field == "modified" and kind == "project":
                if _later(change.new, mine.new):
                    self.accepted[index] = replace(change, old=mine.new)
                if _later(change.new, mine.new) is not None:
                    return
            self._conflict(
                kind,
                self._id(kind, object_id),
                change.field,
                change.old,
                mine.new,
                change.new,
                "changed on both sides",
            )

    def _decide_removed(self, index: int, change: Removed) -> None:
        key = change.key
        if self._gone_in_mine(*key):
            return  # deleted on both sides
        if key in self.theirs_added:  # a lane theirs handed to another persona: not a deletion
            if key not in self.mine_added:  # (mine handed it over too: see _added_on_both_sides)
                self.accepted[index] = change
            return
        if key in self.touched_by_mine:
            handed = key[0] == "lane" and key in self.theirs_added
            self._conflict(
                *key,
                None,
                change.value,
                self._value(self.mine, *key),
                self._value(self.theirs, *key) if handed else None,
                ("handed to another persona" if handed else "deleted")
                + " in theirs, changed in mine",
            )
            self._to_keep.append(key)
            return
        self.accepted[index] = change

    def _decide_added(self, index: int, change: Added) -> None:
        if change.key in self.mine_added:
            self._added_on_both_sides(*change.key)
            return
        kind, object_id = change.key
        if kind == "lane" and object_id in self.base.lanes:  # theirs handed it over
            if self._gone_in_mine(kind, object_id):
                self._deleted_in_mine(kind, object_id, "handed to another persona")
                return
            change = replace(change, value=self._with_mine_fields(kind, object_id, change.value))
        self.accepted[index] = change

    def _with_mine_fields(self, kind: str, object_id: str, value: dict[str, Any]) -> dict[str, Any]:
        """Theirs' value of an object it moved as a whole (a lane handed over), with the fields
        mine changed; a field both changed differently keeps mine's value and is a conflict."""
        base = file_value(_objects(self.base, kind)[object_id])
        mine = file_value(_objects(self.mine, kind)[object_id])
        merged = dict(value)
        for name in sorted(set(base) | set(mine) | set(value)):
            before, ours, theirs = (
                side.get(name, _ABSENT.get(name)) for side in (base, mine, value)
            )
            if ours in (before, theirs):
                continue
            if theirs != before:
                self._conflict(kind, object_id, name, before, ours, theirs, "changed on both sides")
            if ours == _ABSENT.get(name):
                merged.pop(name, None)
            else:
                merged[name] = ours
        return merged

    def _decide_moved(self, index: int, change: Moved) -> None:
        card_id = change.ref.id
        if change.how == "order":
            return  # the file's order of cards of different cells: nobody sees it
        if self._gone_in_mine("card", card_id):
            self._deleted_in_mine("card", card_id, "moved")
            return
        mine = self.mine_moved.get(card_id)
        if mine is None or (change.how == "cell" and mine.how == "position"):
            if change.how == "cell":
                self.accepted[index] = change
            return
        if change.how == "cell" and mine.how == "cell" and mine.new.cell != change.new.cell:
            self._conflict(
                "card",
                card_id,
                "cell",
                _cell(change.old),
                _cell(mine.new),
                _cell(change.new),
                "moved to different cells on both sides",
            )

    def _added_on_both_sides(self, kind: str, object_id: str) -> None:
        mine_object = _objects(self.mine, kind)[object_id]
        theirs_object = _objects(self.theirs, kind)[object_id]
        reason = "added on both sides with different values"
        if kind == "card" and mine_object.cell != theirs_object.cell:
            self._conflict(
                kind,
                object_id,
                "cell",
                None,
                _cell_of(mine_object),
                _cell_of(theirs_object),
                "added on both sides in different cells",
            )
        if kind == "lane":
            mine_owner = _owner(self.mine, object_id)
            theirs_owner = _owner(self.theirs, object_id)
            if mine_owner != theirs_owner:
                self._conflict(
                    kind,
                    object_id,
                    "persona",
                    _owner(self.base, object_id),
                    mine_owner,
                    theirs_owner,
                    "put in different personas on both sides",
                )
        skipped = _ADDED_SKIPPED.get(kind, ("id",))
        mine_values = field_values(mine_object, skipped)
        theirs_values = field_values(theirs_object, skipped)
        base_object = _objects(self.base, kind).get(object_id)  # a lane both handed over
        base_values = field_values(base_object, skipped) if base_object is not None else None
        for name, value in theirs_values.items():
            mine_value = mine_values[name]
            if mine_value == value:
                continue
            if base_values is None:
                self._conflict(kind, object_id, name, None, mine_value, value, reason)
            elif mine_value == base_values[name]:  # only theirs changed it
                owner = _owner(self.mine, object_id)
                parent = self.mine.persona_ref(owner) if owner is not None else None
                self.extra.append(
                    Changed(self.mine.ref(kind, object_id), name, mine_value, value, parent=parent)
                )
            elif value != base_values[name]:
                self._conflict(
                    kind,
                    object_id,
                    name,
                    base_values[name],
                    mine_value,
                    value,
                    "changed on both sides",
                )

    # --- step 2: what the changes need ---------------------------------------------------------

    def settle(self) -> None:
        for kind, object_id in self._to_keep:
            self._keep(kind, object_id)
        # Every round but the last undoes a record of theirs, keeps an object or drops a link.
        for _ in range(2 * (len(self.changes) + len(self.mine.links)) + 10):
            view = self._view()
            if self._fix_places(view) or self._fix_links(view):
                continue
            return
        raise RuntimeError("the merge did not settle")

    def records(self) -> list[Difference]:
        """The records to make on mine: theirs' accepted ones, then mine's dropped links."""
        return [self._for_mine(change) for change in self.accepted.values()] + self.extra

    def _keep(self, kind: str, object_id: str) -> None:
        """Undo theirs' deletion of an object, and of what mine has in it."""
        if (kind, object_id) in self._kept:
            return
        self._kept.add((kind, object_id))
        self._reject(self.theirs_removed.get((kind, object_id)))
        if kind == "lane" and object_id in self.base.lanes:
            self._reject(self.theirs_added.get((kind, object_id)))  # handed to another persona
        if kind in _CONTAINER_FIELD:
            for card_id in self.mine_cards_in.get((kind, object_id), ()):
                if ("card", card_id) in self.theirs_removed:
                    self._keep("card", card_id)
        elif kind == "channel":
            for card_id in self.mine_cards_in.get(("channel", object_id), ()):
                index = self.theirs_changed.get(("card", card_id, "channel"))
                if index is not None and self.changes[index].new is None:  # type: ignore[union-attr]
                    self._reject(index)
        elif kind == "card":
            for link_id in self.mine_links_of.get(object_id, ()):
                self._reject(self.theirs_removed.get(("link", link_id)))

    def _keep_for(self, kind: str, object_id: str, card_id: str) -> None:
        if (kind, object_id) not in self._kept:
            title = self.mine.cards[card_id].title
            self._conflict(
                kind,
                object_id,
                None,
                self._value(self.base, kind, object_id),
                self._value(self.mine, kind, object_id),
                None,
                f"deleted in theirs; mine has card {_quoted(title, card_id)} "
                + ("on it" if kind == "channel" else "in it"),
            )
        self._keep(kind, object_id)

    def _view(self) -> _View:
        mine = self.mine.project
        view = _View(
            stages={stage.id for stage in mine.stages},
            lanes_of={p.id: {lane.id for lane in p.lanes} for p in mine.personas},
            channels={channel.id for channel in mine.channels},
            cards={c.id: _CardView(c.persona, c.lane, c.stage, c.channel) for c in mine.cards},
            links={link.id: _LinkView([link.from_card, link.to_card]) for link in mine.links},
            orphan_lanes=[],
        )
        for change in [*self.accepted.values(), *self.extra]:
            if isinstance(change, Removed):
                _remove(view, change)
        lane_added_at: dict[str, int] = {}  # lanes added by theirs, alone or in a persona
        for index, change in self.accepted.items():
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

    def clashing_ids(self) -> set[str]:
        """The ids of objects theirs added that the settled merge would hold twice, as two
        kinds of object (mine keeps an object theirs deleted and reused the id of)."""
        view = self._view()
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
            if len(found) > 1 and object_id in self.theirs_ids
        }

    def _fix_places(self, view: _View) -> bool:
        fixed = False
        for index in view.orphan_lanes:
            fixed = True
            change = self.accepted[index]
            assert isinstance(change, Added)
            self._reject(index)
            lane_id = change.ref.id
            if lane_id in self.base.lanes:
                self._reject(self.theirs_removed.get(("lane", lane_id)))
            self._conflict(
                "lane",
                lane_id,
                None,
                self._value(self.base, "lane", lane_id),
                self._value(self.mine, "lane", lane_id),
                change.value,
                f"put in theirs in persona {self._named('persona', change.parent)}, "
                "which mine deleted",
            )
        for lane_id, index in view.lane_clashes:
            fixed = True
            change = self.accepted[index]
            assert isinstance(change, Added)
            if change.ref.kind == "lane":
                self._reject(index)
                owner = change.parent.id if change.parent is not None else None
            else:  # a persona theirs added with the lane in it: the persona without it
                lanes = [lane for lane in change.value["lanes"] if lane["id"] != lane_id]
                self.accepted[index] = replace(change, value={**change.value, "lanes": lanes})
                owner = change.ref.id
            self._conflict(
                "lane",
                lane_id,
                "persona",
                _owner(self.base, lane_id),
                _owner(self.mine, lane_id),
                owner,
                f"handed to persona {self._named('persona', owner)} in theirs; "
                "mine keeps it where it was",
            )
        for card_id, card in view.cards.items():
            lanes = view.lanes_of.get(card.persona)
            if lanes is None or card.lane not in lanes or card.stage not in view.stages:
                fixed = True
                self._fix_cell(view, card_id, card, lanes)
            undone = card.channel_from is not None and card.channel_from not in self.accepted
            if card.channel is not None and card.channel not in view.channels and not undone:
                fixed = True
                self._fix_channel(card_id, card)
        return fixed

    def _fix_cell(self, view: _View, card_id: str, card: _CardView, lanes: set[str] | None) -> None:
        if card.cell_from is None:  # mine's card where mine has it: theirs deleted the place
            if card.stage not in view.stages:
                self._keep_for("stage", card.stage, card_id)
            if lanes is None:
                self._keep_for("persona", card.persona, card_id)
            elif card.lane not in lanes:
                self._keep_for("lane", card.lane, card_id)
            return
        change = self.accepted[card.cell_from]
        self._reject(card.cell_from)
        where = self._where(view, card)
        if isinstance(change, Added):
            self._conflict(
                "card",
                card_id,
                None,
                None,
                None,
                change.value,
                f"added in theirs to {where}, which mine deleted",
            )
        elif isinstance(change, Moved):
            self._conflict(
                "card",
                card_id,
                "cell",
                _cell(change.old),
                _cell_of(self.mine.cards[card_id]),
                _cell(change.new),
                f"moved in theirs to {where}, which mine deleted",
            )

    def _fix_channel(self, card_id: str, card: _CardView) -> None:
        channel = card.channel
        assert channel is not None
        if card.channel_from is None:
            self._keep_for("channel", channel, card_id)
            return
        change = self.accepted[card.channel_from]
        reason = f"channel {self._named('channel', channel)} deleted in mine"
        if isinstance(change, Added):
            self.accepted[card.channel_from] = replace(
                change, value={**change.value, "channel": None}
            )
            self._conflict("card", card_id, "channel", None, None, channel, reason)
        elif isinstance(change, Changed):
            self._reject(card.channel_from)
            mine_value = self.mine.cards[card_id].channel
            self._conflict("card", card_id, "channel", change.old, mine_value, change.new, reason)

    def _fix_links(self, view: _View) -> bool:
        fixed = False
        for link_id, link in view.links.items():
            missing = [end for end in link.ends if end not in view.cards]
            if not missing and link.ends[0] != link.ends[1]:
                continue
            fixed = True
            name = self._link_name(link_id)
            if missing:
                reason = f"its card {self._card_words(missing[0])}"
            else:
                reason = "it would join a card to itself"
            if link.added is not None:
                self._reject(link.added)
                self.dropped.append(Dropped("link", link_id, name, f"added in theirs; {reason}"))
                continue
            theirs_end = next(
                (
                    index
                    for end, index in zip(link.ends, link.end_from, strict=True)
                    if index is not None and (end in missing or not missing)
                ),
                None,
            )
            if theirs_end is not None:
                change = self.accepted[theirs_end]
                assert isinstance(change, Changed)
                self._reject(theirs_end)
                mine_value = getattr(self.mine.links[link_id], change.field)
                self._conflict(
                    "link", link_id, change.field, change.old, mine_value, change.new, reason
                )
                continue
            mine_link = self.mine.links[link_id]
            self.extra.append(
                Removed(
                    Ref("link", link_id, mine_link.label),
                    file_value(mine_link),
                    self.mine.project.link_index(link_id),
                )
            )
            self.dropped.append(Dropped("link", link_id, name, reason))
        return fixed

    # --- helpers -------------------------------------------------------------------------------

    def _reject(self, index: int | None) -> None:
        if index is not None:
            self.accepted.pop(index, None)

    def _gone_in_mine(self, kind: str, object_id: str) -> bool:
        return object_id in _objects(self.base, kind) and object_id not in _objects(self.mine, kind)

    def _deleted_in_mine(self, kind: str, object_id: str, how: str) -> None:
        self._conflict(
            kind,
            object_id,
            None,
            self._value(self.base, kind, object_id),
            None,
            self._value(self.theirs, kind, object_id),
            f"deleted in mine, {how} in theirs",
        )

    def _conflict(
        self,
        kind: str,
        object_id: str,
        field_name: str | None,
        base: Any,
        mine: Any,
        theirs: Any,
        reason: str,
    ) -> None:
        key = (kind, object_id, field_name)
        if key in self.conflicts:
            return
        self.conflicts[key] = Conflict(
            kind=kind,  # type: ignore[arg-type]
            id=object_id,
            name=self._name(kind, object_id),
            field=field_name,
            base=base,
            mine=mine,
            theirs=theirs,
            reason=reason,
        )

    def _id(self, kind: str, object_id: str) -> str:
        return self.mine.project.id if kind == "project" else object_id

    def _name(self, kind: str, object_id: str) -> str:
        if kind == "project":
            return self.mine.project.title
        for side in (self.mine, self.theirs, self.base):
            if object_id in _objects(side, kind):
                return side.ref(kind, object_id).name
        return ""

    def _named(self, kind: str, target: Ref | str | None) -> str:
        object_id = target.id if isinstance(target, Ref) else target or ""
        return _quoted(self._name(kind, object_id), object_id)

    def _value(self, side: Side, kind: str, object_id: str) -> dict[str, Any] | None:
        item = _objects(side, kind).get(object_id)
        return file_value(item) if item is not None else None

    def _where(self, view: _View, card: _CardView) -> str:
        if card.stage not in view.stages:
            return f"stage {self._named('stage', card.stage)}"
        if card.persona not in view.lanes_of:
            return f"persona {self._named('persona', card.persona)}"
        return f"lane {self._named('lane', card.lane)}"

    def _card_words(self, card_id: str) -> str:
        named = self._named("card", card_id)
        if card_id in self.base.cards and card_id not in self.mine.cards:
            return f"{named} was deleted in mine"
        if card_id in self.base.cards and card_id not in self.theirs.cards:
            return f"{named} was deleted in theirs"
        return f"{named} is not in the merged map"

    def _link_name(self, link_id: str) -> str:
        for side in (self.mine, self.theirs):
            if link_id in side.links:
                return side.links[link_id].label
        return ""

    def _for_mine(self, change: Difference) -> Difference:
        """A record of theirs that names a lane's persona, naming mine's (a lane that mine handed
        to another persona is found there)."""
        if isinstance(change, Changed | Removed) and change.ref.kind == "lane":
            owner = _owner(self.mine, change.ref.id)
            if owner is not None and change.parent is not None and owner != change.parent.id:
                return replace(change, parent=self.mine.persona_ref(owner))
        return change


# --- module helpers ------------------------------------------------------------------------------


def _field_key(change: Changed) -> tuple[str, str, str]:
    # The map itself has one id per side; its fields are matched by name alone.
    if change.ref.kind == "project":
        return ("project", "", change.field)
    return change.key


def _objects(side: Side, kind: str) -> dict[str, Any]:
    return {
        "stage": side.stages,
        "persona": side.personas,
        "lane": side.lanes,
        "card": side.cards,
        "link": side.links,
        "channel": side.channels,
    }[kind]


def _owner(side: Side, lane_id: str) -> str | None:
    for persona in side.project.personas:
        if any(lane.id == lane_id for lane in persona.lanes):
            return persona.id
    return None


def _remove(view: _View, change: Removed) -> None:
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


def _add(view: _View, index: int, change: Added) -> None:
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
        view.cards[object_id] = _CardView(
            value["persona"], value["lane"], value["stage"], value.get("channel"), index, index
        )
    elif kind == "link":
        view.links[object_id] = _LinkView(
            [value["from_card"], value["to_card"]], [index, index], added=index
        )


def _change(view: _View, index: int, change: Changed) -> None:
    """A card's channel or a link's end that theirs changed."""
    kind, object_id = change.ref.kind, change.ref.id
    if kind == "card" and change.field == "channel" and object_id in view.cards:
        view.cards[object_id].channel = change.new
        view.cards[object_id].channel_from = index
    elif kind == "link" and change.field in ("from_card", "to_card") and object_id in view.links:
        end = 0 if change.field == "from_card" else 1
        view.links[object_id].ends[end] = change.new
        view.links[object_id].end_from[end] = index


def _cell(place: Place) -> dict[str, str]:
    persona, lane, stage = place.cell
    return {"persona": persona, "lane": lane, "stage": stage}


def _cell_of(card) -> dict[str, str]:
    return {"persona": card.persona, "lane": card.lane, "stage": card.stage}


def _later(first: Any, second: Any) -> bool | None:
    """Whether date `first` is later than `second` (ISO text); None when either is no date."""
    try:
        return datetime.fromisoformat(first) > datetime.fromisoformat(second)
    except (TypeError, ValueError):
        return None


def _quoted(name: str, object_id: str) -> str:
    return f"«{name}»" if name else f'"{object_id}"'
