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

from dataclasses import replace
from datetime import datetime
from typing import Any

from journey_editor.compare.merge_state import (
    Dropped,
    MergeState,
    cell_of,
    cell_value,
    field_key,
    objects_of,
    owner_of,
)
from journey_editor.compare.merge_view import CardView, View, build_view, clashing_ids
from journey_editor.compare.records import Added, Changed, Moved, Ref, Removed
from journey_editor.compare.sides import field_values, file_value

# Fields that are not compared when one id was added on both sides (the id is the match, a
# card's cell is compared as one "cell").
_ADDED_SKIPPED = {"card": ("id", "persona", "lane", "stage")}
# A field's value when the file leaves it out (see Entity: empty attributes, feeds_curve None).
_ABSENT: dict[str, Any] = {"attributes": {}, "feeds_curve": None}


class MergePlan(MergeState):
    """Decides theirs' records (`decide`), then settles what they need (`settle`)."""

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
        mine = self.mine_changed.get(field_key(change))
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
        base = file_value(objects_of(self.base, kind)[object_id])
        mine = file_value(objects_of(self.mine, kind)[object_id])
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
                cell_value(change.old),
                cell_value(mine.new),
                cell_value(change.new),
                "moved to different cells on both sides",
            )

    def _added_on_both_sides(self, kind: str, object_id: str) -> None:
        mine_object = objects_of(self.mine, kind)[object_id]
        theirs_object = objects_of(self.theirs, kind)[object_id]
        reason = "added on both sides with different values"
        if kind == "card" and mine_object.cell != theirs_object.cell:
            self._conflict(
                kind,
                object_id,
                "cell",
                None,
                cell_of(mine_object),
                cell_of(theirs_object),
                "added on both sides in different cells",
            )
        if kind == "lane":
            mine_owner = owner_of(self.mine, object_id)
            theirs_owner = owner_of(self.theirs, object_id)
            if mine_owner != theirs_owner:
                self._conflict(
                    kind,
                    object_id,
                    "persona",
                    owner_of(self.base, object_id),
                    mine_owner,
                    theirs_owner,
                    "put in different personas on both sides",
                )
        skipped = _ADDED_SKIPPED.get(kind, ("id",))
        mine_values = field_values(mine_object, skipped)
        theirs_values = field_values(theirs_object, skipped)
        base_object = objects_of(self.base, kind).get(object_id)  # a lane both handed over
        base_values = field_values(base_object, skipped) if base_object is not None else None
        for name, value in theirs_values.items():
            mine_value = mine_values[name]
            if mine_value == value:
                continue
            if base_values is None:
                self._conflict(kind, object_id, name, None, mine_value, value, reason)
            elif mine_value == base_values[name]:  # only theirs changed it
                owner = owner_of(self.mine, object_id)
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

    def _view(self) -> View:
        return build_view(self.mine.project, self.accepted, self.extra)

    def clashing_ids(self) -> set[str]:
        """The ids of objects theirs added that the settled merge would hold twice, as two
        kinds of object (mine keeps an object theirs deleted and reused the id of)."""
        return clashing_ids(self._view(), self.theirs_ids)

    def _where(self, view: View, card: CardView) -> str:
        if card.stage not in view.stages:
            return f"stage {self._named('stage', card.stage)}"
        if card.persona not in view.lanes_of:
            return f"persona {self._named('persona', card.persona)}"
        return f"lane {self._named('lane', card.lane)}"

    def _fix_places(self, view: View) -> bool:
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
                owner_of(self.base, lane_id),
                owner_of(self.mine, lane_id),
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

    def _fix_cell(self, view: View, card_id: str, card: CardView, lanes: set[str] | None) -> None:
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
                cell_value(change.old),
                cell_of(self.mine.cards[card_id]),
                cell_value(change.new),
                f"moved in theirs to {where}, which mine deleted",
            )

    def _fix_channel(self, card_id: str, card: CardView) -> None:
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

    def _fix_links(self, view: View) -> bool:
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


def _later(first: Any, second: Any) -> bool | None:
    """Whether date `first` is later than `second` (ISO text); None when either is no date."""
    try:
        return datetime.fromisoformat(first) > datetime.fromisoformat(second)
    except (TypeError, ValueError):
        return None
