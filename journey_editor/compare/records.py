"""The records of a diff: what changed between two maps, object by object and field by field.

Every record names its object as the user knows it (a `Ref`: kind, id and name) and, for a
card, where it sits (`Place`: persona, lane and stage, each named, and its position in the
cell). Values are JSON values, exactly as the map file holds them (dates as ISO text, lists,
objects): a record can be printed, written as JSON or applied without knowing the model.

The records are small and field-granular so that a three-way merge can compose two diffs of
the same base: two `Changed` records conflict only when they have the same `key` (object and
field) and different `new` values; a `Removed` conflicts with any record of the same object.

Kinds of records:
- `Added` / `Removed`: a whole object, with its value (a persona with its lanes). A persona's
  lanes are diffed one by one only when the persona is on both sides.
- `Changed`: one field of one object, old → new. A card's cell (persona, lane, stage) is not a
  field here: a card that changes cell is `Moved`.
- `Moved`: a card to another cell, to another position in its cell, or only to another place
  in the file's flat card list (`how` says which).
- `Reordered`: the objects of one list (stages, personas, the lanes of one persona, channels,
  links) that are on both sides, in a new order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["project", "stage", "persona", "lane", "card", "link", "channel"]
# The lists of a map, in the order a diff reports them.
LIST_KINDS: tuple[Kind, ...] = ("stage", "persona", "lane", "channel", "card", "link")


@dataclass(frozen=True)
class Ref:
    """An object as the user knows it: its kind, its id and its name (a card's title, a link's
    label, a channel's label, the map's title; may be empty)."""

    kind: Kind
    id: str
    name: str


@dataclass(frozen=True)
class Place:
    """Where a card sits: its cell (persona, lane, stage, each named) and its position among the
    cards of that cell (0 = first)."""

    persona: Ref
    lane: Ref
    stage: Ref
    index: int

    @property
    def cell(self) -> tuple[str, str, str]:
        return (self.persona.id, self.lane.id, self.stage.id)


@dataclass(frozen=True)
class Added:
    """An object that is only in B. `value` is the object as in B's file. It goes right after
    the object `after` of its list (None: first), which is where it is in B; `index`, its
    position in B's list, is used only when `after` is no longer there (a merge)."""

    ref: Ref
    value: dict[str, Any]
    after: str | None
    index: int
    parent: Ref | None = None  # a lane: its persona
    place: Place | None = None  # a card: its place in B; a link: its first card's
    ends: tuple[Ref, Ref] | None = None  # a link: the cards it joins

    @property
    def key(self) -> tuple[str, str]:
        return (self.ref.kind, self.ref.id)


@dataclass(frozen=True)
class Removed:
    """An object that is only in A; `value` is the object as in A's file, `index` its position
    in A's list."""

    ref: Ref
    value: dict[str, Any]
    index: int
    parent: Ref | None = None  # a lane: its persona
    place: Place | None = None  # a card: its place in A; a link: its first card's
    ends: tuple[Ref, Ref] | None = None  # a link: the cards it joined

    @property
    def key(self) -> tuple[str, str]:
        return (self.ref.kind, self.ref.id)


@dataclass(frozen=True)
class Changed:
    """One field of an object on both sides: `old` in A, `new` in B. `ref` names the object as in
    B (a renamed stage is named by its new name; `old` holds the former one). For a field that
    refers to another object (a card's channel, a link's ends) `old_target` and `new_target`
    name the objects referred to (None for no channel)."""

    ref: Ref
    field: str
    old: Any
    new: Any
    parent: Ref | None = None  # a lane: its persona
    place: Place | None = None  # a card: its place in B; a link: its first card's
    ends: tuple[Ref, Ref] | None = None  # a link: the cards it joins in B
    old_target: Ref | None = None
    new_target: Ref | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.ref.kind, self.ref.id, self.field)


MoveHow = Literal["cell", "position", "order"]


@dataclass(frozen=True)
class Moved:
    """A card on both sides whose place changed.

    `how`: "cell" — another persona, lane or stage; "position" — the same cell, another
    position among the cards that stayed in it; "order" — only its place in the file's flat
    list of cards changed, which nobody sees on the map (the file's order decides nothing but
    the order inside a cell). In the flat list it goes right after the card `after` (None:
    first), `index` being its position in B's list (used only when `after` is gone).
    """

    ref: Ref
    old: Place
    new: Place
    how: MoveHow
    after: str | None
    index: int

    @property
    def key(self) -> tuple[str, str]:
        return (self.ref.kind, self.ref.id)


@dataclass(frozen=True)
class Reordered:
    """The objects of one list that are on both sides, in A's order (`old`) and B's (`new`).

    `kind` is the kind of the listed objects; `parent` is the persona for its lanes, else None.
    Applied, the listed objects take the places they hold in the list, in the new order;
    objects not listed (added since, e.g. by a merge) keep theirs."""

    kind: Kind
    parent: Ref | None
    old: tuple[Ref, ...]
    new: tuple[Ref, ...]

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.parent.id if self.parent else "")


Difference = Added | Removed | Changed | Moved | Reordered


@dataclass(frozen=True)
class Figure:
    """One figure on both sides. A count is 0 for a persona or stage that is not there; a mean
    is None when no card has the score (or the persona or stage is not there)."""

    before: float | int | None
    after: float | int | None

    @property
    def delta(self) -> float | int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class SummaryRow:
    """The figures of one persona, one stage or the whole map (`ref.kind == "project"`) in A and
    in B. `in_a` / `in_b`: whether the persona or stage is there at all."""

    ref: Ref
    in_a: bool
    in_b: bool
    mean_effort: Figure
    mean_emotion: Figure
    pain_points: Figure
    exit_points: Figure
    channel_switches: Figure

    FIGURES = ("mean_effort", "mean_emotion", "pain_points", "exit_points", "channel_switches")

    @property
    def changed(self) -> bool:
        return not (self.in_a and self.in_b) or any(
            getattr(self, name).before != getattr(self, name).after for name in self.FIGURES
        )


@dataclass(frozen=True)
class DiffSummary:
    """Rows for the personas and the stages of either side (in map order), and the whole map."""

    personas: tuple[SummaryRow, ...]
    stages: tuple[SummaryRow, ...]
    whole_map: SummaryRow


@dataclass(frozen=True)
class ProjectDiff:
    """Everything that differs between map A and map B, in map order: the map's own fields,
    stages, personas (each with its lanes), channels, cards (persona by persona, stage by stage,
    lane by lane, top to bottom in the cell), links (by their first card), and the summary."""

    changes: tuple[Difference, ...]
    summary: DiffSummary

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def counts(self) -> dict[str, int]:
        """How many records of each sort: added, removed, changed, moved, reordered."""
        counts = dict.fromkeys(("added", "removed", "changed", "moved", "reordered"), 0)
        for change in self.changes:
            counts[change_type(change)] += 1
        return counts


def change_type(change: Difference) -> str:
    """ "added", "removed", "changed", "moved" or "reordered"."""
    return type(change).__name__.lower()
