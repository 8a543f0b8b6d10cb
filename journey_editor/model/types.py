"""Constrained value types shared by every object of a journey map."""

from typing import Annotated, Literal, get_args

from pydantic import Field, StringConstraints

# An id is any non-empty text without leading or trailing whitespace: files from other tools use
# UUIDs, slugs or numbers-as-text, and all of them must survive a round trip unchanged.
ObjectId = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=r"^\S(.*\S)?$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=500, pattern=r"\S")]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Locale = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=r"\S")]
# A file's name alone, without any folder: no "/" or "\\", no control character, and something
# besides dots and spaces ("." and ".." name folders).
FileName = Annotated[
    str,
    StringConstraints(
        max_length=255, pattern=r"^[^/\\\x00-\x1f]*[^/\\\s\x00-\x1f.][^/\\\x00-\x1f]*$"
    ),
]
# A SHA-256 digest as hashlib's hexdigest() writes it: 64 lowercase hexadecimal digits.
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]

Effort = Annotated[int, Field(ge=1, le=5)]
Emotion = Annotated[int, Field(ge=-2, le=2)]
# Dot votes a card got in a workshop. A room of fifteen with a handful of dots each never
# comes near the bound; it only keeps a typo or a broken file from printing "1000000".
MAX_VOTES = 999
Votes = Annotated[int, Field(ge=0, le=MAX_VOTES)]

LaneKind = Literal[
    "touchpoints",
    "actions",
    "thoughts",
    "emotions",
    "pain_points",
    "opportunities",
    "backstage",
    "notes",
]
LANE_KINDS: tuple[str, ...] = get_args(LaneKind)

Evidence = Literal["observed", "assumed", "proposed"]
EVIDENCE_LEVELS: tuple[str, ...] = get_args(Evidence)

ChannelKind = Literal["digital", "physical"]

EFFORT_RANGE = (1, 5)
EMOTION_RANGE = (-2, 2)
VOTES_RANGE = (0, MAX_VOTES)
