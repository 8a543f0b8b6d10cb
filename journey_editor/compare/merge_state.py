"""What a three-way merge knows and has decided so far (merge_plan.py decides): the three sides,
mine's changes by field and object, theirs' records by index and which are accepted, the
conflicts, the dropped links, and the words that name objects in them."""

from __future__ import annotations

from dataclasses import dataclass, replace
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
from journey_editor.compare.sides import Side, file_value
from journey_editor.model.entities import Conflict

_CONTAINER_FIELD = {"stage": "stage", "persona": "persona", "lane": "lane"}


@dataclass(frozen=True)
class Dropped:
    """Something left out of the merged map because what it needs is not there (a link whose
    card one side deleted), named as the user knows it."""

    kind: str
    id: str
    name: str
    reason: str


class MergeState:
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
                self.mine_changed[field_key(change)] = change
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
            for object_id in objects_of(self.theirs, kind)
            if object_id not in objects_of(self.base, kind)
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
                self.theirs_changed[field_key(change)] = index

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
                f"deleted in theirs; mine has card {quoted_name(title, card_id)} "
                + ("on it" if kind == "channel" else "in it"),
            )
        self._keep(kind, object_id)

    # --- helpers -------------------------------------------------------------------------------

    def _reject(self, index: int | None) -> None:
        if index is not None:
            self.accepted.pop(index, None)

    def _gone_in_mine(self, kind: str, object_id: str) -> bool:
        return object_id in objects_of(self.base, kind) and object_id not in objects_of(
            self.mine, kind
        )

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
            if object_id in objects_of(side, kind):
                return side.ref(kind, object_id).name
        return ""

    def _named(self, kind: str, target: Ref | str | None) -> str:
        object_id = target.id if isinstance(target, Ref) else target or ""
        return quoted_name(self._name(kind, object_id), object_id)

    def _value(self, side: Side, kind: str, object_id: str) -> dict[str, Any] | None:
        item = objects_of(side, kind).get(object_id)
        return file_value(item) if item is not None else None

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
            owner = owner_of(self.mine, change.ref.id)
            if owner is not None and change.parent is not None and owner != change.parent.id:
                return replace(change, parent=self.mine.persona_ref(owner))
        return change


# --- module helpers ------------------------------------------------------------------------------


def field_key(change: Changed) -> tuple[str, str, str]:
    # The map itself has one id per side; its fields are matched by name alone.
    if change.ref.kind == "project":
        return ("project", "", change.field)
    return change.key


def objects_of(side: Side, kind: str) -> dict[str, Any]:
    return {
        "stage": side.stages,
        "persona": side.personas,
        "lane": side.lanes,
        "card": side.cards,
        "link": side.links,
        "channel": side.channels,
    }[kind]


def owner_of(side: Side, lane_id: str) -> str | None:
    for persona in side.project.personas:
        if any(lane.id == lane_id for lane in persona.lanes):
            return persona.id
    return None


def cell_value(place: Place) -> dict[str, str]:
    persona, lane, stage = place.cell
    return {"persona": persona, "lane": lane, "stage": stage}


def cell_of(card) -> dict[str, str]:
    return {"persona": card.persona, "lane": card.lane, "stage": card.stage}


def quoted_name(name: str, object_id: str) -> str:
    return f"«{name}»" if name else f'"{object_id}"'
