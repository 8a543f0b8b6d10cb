"""The objects of a journey map, as validated pydantic models (no Qt, no I/O)."""

from typing import Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    ValidationInfo,
    field_validator,
)

from journey_editor.model.types import (
    ChannelKind,
    Colour,
    Effort,
    Emotion,
    Evidence,
    FileName,
    LaneKind,
    Locale,
    Name,
    ObjectId,
    Sha256,
    Tag,
    Votes,
)

# The newest schema this journey-editor reads; a map in memory always has it. A file is written
# with the oldest version that holds everything in it (persistence/migrations.py,
# written_schema_version): 2 added `based_on`, so only a to-be map needs version 2, and every
# other map keeps version 1 and opens in journey-editor versions that know nothing else; 3
# added `conflicts`, written only by a merge that left some; 4 added a card's `votes` (dot
# voting), written only while some card has a vote, so a map nobody voted on still opens in
# an editor without voting, and one with votes is refused there with "update journey-editor"
# rather than loaded without its votes.
SCHEMA_VERSION = 4


def _attributes_field():
    # Data from other tools that the model has no field for (an OJF node's sentiment, its
    # service-blueprint layers …), kept verbatim so that nothing imported is silently lost.
    # Left out of the file while empty, so native maps stay lean.
    return Field(default_factory=dict, exclude_if=lambda value: not value)


Attributes = dict[str, JsonValue]

# The lanes whose cards the persona's emotion curve goes through, unless a lane says otherwise
# (`Lane.feeds_curve`): the customer's interactions and their recorded feelings. Pain points,
# thoughts and the like mostly restate a touchpoint; scored too, they would draw its dip twice.
CURVE_LANE_KINDS = frozenset({"touchpoints", "emotions"})


def feeds_curve_by_default(kind: str) -> bool:
    """Whether a lane of `kind` feeds the emotion curve when it does not say."""
    return kind in CURVE_LANE_KINDS


class Entity(BaseModel):
    # strict: a string "3" is not an effort, a float is not an id. forbid: unknown fields are
    # reported, never silently dropped. allow_inf_nan=False: NaN would be written as null.
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        allow_inf_nan=False,
        validate_default=False,
    )


class Stage(Entity):
    id: ObjectId
    name: Name
    description: str = ""
    phase: str = ""
    attributes: Attributes = _attributes_field()


class Lane(Entity):
    id: ObjectId
    name: Name
    kind: LaneKind = "notes"
    # Whether the scores of this lane's cards are points of the persona's emotion curve. None:
    # as its kind has it (`feeds_curve_by_default`). Left out of the file while None, so maps
    # that never touch it keep their bytes (and need no schema step).
    feeds_curve: bool | None = Field(default=None, exclude_if=lambda value: value is None)
    attributes: Attributes = _attributes_field()

    @property
    def on_curve(self) -> bool:
        """Whether this lane's scored cards are points of the emotion curve."""
        if self.feeds_curve is None:
            return feeds_curve_by_default(self.kind)
        return self.feeds_curve


class Persona(Entity):
    id: ObjectId
    name: Name
    role: str = ""
    quote: str = ""
    goals: list[str] = Field(default_factory=list)
    frustrations: list[str] = Field(default_factory=list)
    colour: Colour = "#0072B2"
    lanes: list[Lane] = Field(default_factory=list)
    attributes: Attributes = _attributes_field()


class Card(Entity):
    id: ObjectId
    persona: ObjectId
    lane: ObjectId
    stage: ObjectId
    title: str = ""
    description: str = ""
    channel: ObjectId | None = None
    effort: Effort | None = None
    emotion: Emotion | None = None
    evidence: Evidence | None = None
    moment_of_truth: bool = False
    exit_point: bool = False
    tags: list[Tag] = Field(default_factory=list)
    # Dot votes from a workshop (V adds one, Shift+V takes one back). Left out of the file
    # while 0, so maps nobody voted on keep their bytes and their schema version.
    votes: Votes = Field(default=0, exclude_if=lambda value: value == 0)
    attributes: Attributes = _attributes_field()

    @property
    def cell(self) -> tuple[str, str, str]:
        return (self.persona, self.lane, self.stage)


class Link(Entity):
    id: ObjectId
    from_card: ObjectId
    to_card: ObjectId
    label: str = ""


class Channel(Entity):
    id: ObjectId
    label: Name
    colour: Colour
    icon: str = ""
    kind: ChannelKind = "digital"


class BasedOn(Entity):
    """What a to-be map was made from: its as-is map's file as it was on disk at that moment.

    `file` is the file's name alone (it is looked for beside the to-be), `sha256` the hash of
    its bytes then: a later comparison can tell whether the as-is has changed since."""

    file: FileName
    title: str = ""
    sha256: Sha256
    # When the to-be was made from it.
    copied: AwareDatetime | None = Field(default=None, strict=False)


class ProjectFields(Entity):
    """The project's own scalar fields; `Project` adds the collections and integrity rules."""

    schema_version: int = SCHEMA_VERSION
    id: ObjectId
    title: str = ""
    description: str = ""
    client: str = ""
    author: str = ""
    # Dates arrive as ISO-8601 text from JSON, hence not strict.
    created: AwareDatetime | None = Field(default=None, strict=False)
    modified: AwareDatetime | None = Field(default=None, strict=False)
    locale: Locale = "en"
    # Set on a to-be map only (File → Save as to-be…); left out of the file otherwise.
    based_on: BasedOn | None = Field(default=None, exclude_if=lambda value: value is None)
    attributes: Attributes = _attributes_field()


ConflictKind = Literal["project", "stage", "persona", "lane", "card", "link", "channel"]
# The object types a conflict can be about; "project" is the map's own fields.
_KIND_MODELS: dict[str, type[BaseModel]] = {
    "project": ProjectFields,
    "stage": Stage,
    "persona": Persona,
    "lane": Lane,
    "card": Card,
    "link": Link,
    "channel": Channel,
}
# What a merge can disagree on besides a field: where an object is in its list ("position"; a
# card's position in its cell), the cell of a card ("cell": persona, lane and stage at once),
# the persona a lane belongs to ("persona").
CONFLICT_PLACE_FIELDS: dict[str, tuple[str, ...]] = {
    "project": (),
    "stage": ("position",),
    "persona": ("position",),
    "lane": ("persona", "position"),
    "card": ("cell", "position"),
    "link": (),
    "channel": ("position",),
}


def conflict_fields(kind: str) -> tuple[str, ...]:
    """The names a conflict about an object of `kind` may give as its field."""
    model = _KIND_MODELS[kind]
    # An object's id is what matches it on both sides; the map's own id is a field like another.
    skipped = ("schema_version",) if kind == "project" else ("id",)
    fields = tuple(name for name in model.model_fields if name not in skipped)
    extra = CONFLICT_PLACE_FIELDS[kind]
    return fields + tuple(name for name in extra if name not in fields)


class Conflict(Entity):
    """One change that a three-way merge (compare/merge.py) could not settle: both copies of the
    map changed the same thing differently, or one deleted what the other changed.

    The merged map holds MINE's version; the record keeps all three values (JSON, as the map
    file holds them; null where the object is not on that side or the field is empty) so the
    editor can show the disagreement and take theirs instead. `field` None: the whole object
    (deleted on one side, changed on the other; the values are whole objects)."""

    kind: ConflictKind
    id: ObjectId
    # The object as the user knows it: a card's title, a stage's name … (may be empty).
    name: str = ""
    field: str | None = None
    base: JsonValue = None
    mine: JsonValue = None
    theirs: JsonValue = None
    reason: str = ""

    @field_validator("field")
    @classmethod
    def _a_field_of_its_kind(cls, value: str | None, info: ValidationInfo) -> str | None:
        kind = info.data.get("kind")
        if value is None or kind is None:
            return value
        known = conflict_fields(kind)
        if value not in known:
            raise ValueError(
                f"a {kind} has no field {value!r}; one of: {', '.join(known)}, or null for "
                "the whole object"
            )
        return value
