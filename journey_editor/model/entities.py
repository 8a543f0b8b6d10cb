"""The objects of a journey map, as validated pydantic models (no Qt, no I/O)."""

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, JsonValue

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
)

# The newest schema this journey-editor reads; a map in memory always has it. A file is written
# with the oldest version that holds everything in it (persistence/migrations.py,
# written_schema_version): 2 added `based_on`, so only a to-be map needs version 2, and every
# other map keeps version 1 and opens in journey-editor versions that know nothing else.
SCHEMA_VERSION = 2


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
