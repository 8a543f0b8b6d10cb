"""OpenJourney (.ojf) values ↔ journey-model values: pure functions shared by import and export.

Every conversion here is deterministic and total (it never raises on odd input), because the
exporter re-runs the import conversions on remembered original values to tell whether the user
has edited a field since the import (see `ojf.memory`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

from journey_editor.i18n import known_language
from journey_editor.persistence.import_helpers import name_key

OJF_VERSION = "1.0"
SCORE_RANGE = (-5, 5)

PERSONA_FALLBACK = "Persona"
STAGE_FALLBACK = "Untitled stage"
LANE_FALLBACK = "Untitled lane"
NAME_MAX = 500
TAG_MAX = 100

# --- lane kind from a swimlane name -------------------------------------------------------------
# A kind matches when one of its keywords starts a word of the name (case and accents ignored,
# camelCase and snake_case split). Word starts rather than substrings, so that "Satisfaction"
# is not an action. Kinds are tried in this order: "Thoughts & Feelings" → emotions,
# "Support Channel" → touchpoints. No match → notes. French keywords cover the bundled templates.
LANE_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("actions", ("action", "doing", "activit", "interaction", "task")),
    ("emotions", ("emotion", "feeling", "sentiment", "mood", "ressenti")),
    (
        "pain_points",
        (
            "pain",
            "frustrat",
            "issue",
            "friction",
            "blocker",
            "roadblock",
            "problem",
            "hurdle",
            "irritant",
            "douleur",
        ),
    ),
    ("opportunities", ("opportunit", "idea", "improv")),
    ("touchpoints", ("touch", "channel", "contact", "canal", "canaux")),
    ("thoughts", ("think", "thought", "pensee")),
    ("backstage", ("backstage", "behind", "support", "system", "coulisse")),
)


def lane_kind_for_name(name: str) -> str:
    words = _words(name)
    for kind, keywords in LANE_KEYWORDS:
        if any(word.startswith(keyword) for word in words for keyword in keywords):
            return kind
    return "notes"


def _words(text: str) -> list[str]:
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)  # camelCase → camel Case
    return re.findall(r"[^\W_]+", name_key(text))


# --- score (−5…+5) ↔ emotion (−2…+2) --------------------------------------------------------------


def round_half_away(value: Fraction) -> int:
    """Round to the nearest integer, halves away from zero (not Python's banker's rounding)."""
    magnitude = int(abs(value) + Fraction(1, 2))
    return magnitude if value >= 0 else -magnitude


def emotion_from_score(score: Any) -> int | None:
    """score × 2/5, halves away from zero: −5,−4→−2; −3,−2→−1; −1…+1→0; 2,3→+1; 4,5→+2."""
    if not is_number(score) or not SCORE_RANGE[0] <= score <= SCORE_RANGE[1]:
        return None
    return round_half_away(Fraction(score) * 2 / 5)


def score_from_emotion(emotion: int) -> int:
    """emotion × 5/2, halves away from zero: −2→−5, −1→−3, 0→0, +1→+3, +2→+5."""
    return round_half_away(Fraction(emotion * 5, 2))


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --- severity (low / medium / high) ↔ effort (1…5) ----------------------------------------------

EFFORT_OF_SEVERITY = {"low": 2, "medium": 3, "high": 4}
SEVERITY_OF_EFFORT = {1: "low", 2: "low", 3: "medium", 4: "high", 5: "high"}


def effort_from_severity(severity: Any) -> int | None:
    """low → 2, medium → 3, high → 4 (case and spaces ignored); anything else → no effort."""
    if not isinstance(severity, str):
        return None
    return EFFORT_OF_SEVERITY.get(severity.strip().casefold())


# --- values the model does not hold, derived for cards that never were OJF nodes -------------

SENTIMENT_OF_EMOTION = {
    -2: "frustrated",
    -1: "negative",
    0: "neutral",
    1: "positive",
    2: "delighted",
}
PURPOSE_OF_KIND = {
    "touchpoints": "touchpoint",
    "actions": "action",
    "thoughts": "observation",
    "emotions": "observation",
    "pain_points": "pain-point",
    "opportunities": "opportunity",
    "backstage": "observation",
    "notes": "note",
}


def channel_for_icon(icon: Any, colour: Any, channels: Iterable[Any]) -> str | None:
    """The catalogue channel drawn with exactly this icon and colour, if any (else None)."""
    if not isinstance(icon, str) or not isinstance(colour, str) or not icon:
        return None
    for channel in channels:
        if channel.icon == icon and channel.colour.casefold() == colour.casefold():
            return channel.id
    return None


# --- texts ---------------------------------------------------------------------------------------


def name_or(value: Any, fallback: str) -> str:
    """A usable name (visible text, at most 500 characters) made from `value`, else `fallback`."""
    if not isinstance(value, str) or not value.strip():
        return fallback
    return value if len(value) <= NAME_MAX else value[: NAME_MAX - 1] + "…"


def text_or_empty(value: Any) -> str:
    return value if isinstance(value, str) else ""


def is_tag(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= TAG_MAX and not value.isspace()


def usable_tags(value: Any) -> list[str]:
    """The tags the model can hold; empty, blank or over-long ones stay only in the memory."""
    return [tag for tag in value if is_tag(tag)] if isinstance(value, list) else []


def flag(value: Any) -> bool:
    return value is True


# --- the root object: title, persona name and point of view --------------------------------------


def root_values(root: Mapping[str, Any]) -> tuple[str, str, str]:
    """(project title, persona name, point of view) as the importer reads them from a root.

    Root fields win over `metadata` ones; a field counts as given when it is text, even empty.
    With no title anywhere, the point of view (else the persona) names the map.
    """
    meta = root.get("metadata")
    meta = meta if isinstance(meta, Mapping) else {}
    persona = first_text(root.get("persona"), meta.get("persona"))
    role = first_text(root.get("pointOfView"), meta.get("pov"), meta.get("pointOfView")) or ""
    title = first_text(root.get("title"), meta.get("title"))
    if title is None:
        title = role if role.strip() else (persona if persona and persona.strip() else "")
    return title, name_or(persona, PERSONA_FALLBACK), role


LANGUAGE_KEYS = ("locale", "language", "lang")


def document_language(root: Mapping[str, Any]) -> str | None:
    """The language a document says it is written in, when it names one we have: a `locale`,
    `language` or `lang` text at the root, else in `metadata` (not in the specification)."""
    meta = root.get("metadata")
    meta = meta if isinstance(meta, Mapping) else {}
    for value in [root.get(key) for key in LANGUAGE_KEYS] + [meta.get(k) for k in LANGUAGE_KEYS]:
        if isinstance(value, str) and known_language(value):
            return known_language(value)
    return None


def first_text(*values: Any) -> str | None:
    return next((value for value in values if isinstance(value, str)), None)


def same_json(a: Any, b: Any) -> bool:
    """Equal as JSON text, key order and number types included (True ≠ 1, 3.0 ≠ 3)."""
    return json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)
