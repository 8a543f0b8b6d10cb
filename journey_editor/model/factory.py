"""Building blocks for new maps: default lanes for a persona, an empty project."""

from collections.abc import Iterable
from datetime import UTC, datetime

from journey_editor.model.entities import Lane, Persona
from journey_editor.model.ids import new_id
from journey_editor.model.project import Project

DEFAULT_LANE_NAMES = {
    "en": {
        "touchpoints": "Touchpoints",
        "actions": "Actions",
        "thoughts": "Thoughts",
        "emotions": "Emotions",
        "pain_points": "Pain points",
        "opportunities": "Opportunities",
        "backstage": "Backstage",
        "notes": "Notes",
    },
    "fr": {
        "touchpoints": "Points de contact",
        "actions": "Actions",
        "thoughts": "Pensées",
        "emotions": "Émotions",
        "pain_points": "Irritants",
        "opportunities": "Opportunités",
        "backstage": "Coulisses",
        "notes": "Notes",
    },
}


def default_lane_name(kind: str, locale: str) -> str:
    names = DEFAULT_LANE_NAMES.get(locale[:2].lower(), DEFAULT_LANE_NAMES["en"])
    return names[kind]


# The lane set a new persona starts with, top to bottom.
DEFAULT_LANE_KINDS = (
    "actions",
    "touchpoints",
    "thoughts",
    "emotions",
    "pain_points",
    "opportunities",
)


def default_lanes(taken: set[str] | None = None, locale: str = "en") -> list[Lane]:
    lanes = []
    for kind in DEFAULT_LANE_KINDS:
        lane = Lane(id=new_id("lane", taken), name=default_lane_name(kind, locale), kind=kind)
        if taken is not None:
            taken.add(lane.id)
        lanes.append(lane)
    return lanes


# Okabe–Ito, then a few Paul Tol colours: distinct for colour-blind readers. New personas take
# the first one no other persona has, so two personas never share a colour by accident.
PERSONA_COLOURS: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#332288",
    "#117733",
    "#882255",
    "#999933",
)


def next_persona_colour(used: Iterable[str]) -> str:
    """The first palette colour no persona uses yet (case-insensitive); when all ten are
    taken, the one used least, earliest in the palette on a tie."""
    counts = {colour: 0 for colour in PERSONA_COLOURS}
    for colour in used:
        key = colour.upper()
        if key in counts:
            counts[key] += 1
    return min(PERSONA_COLOURS, key=lambda colour: counts[colour])


def new_persona(name: str, taken: set[str] | None = None, locale: str = "en", **fields) -> Persona:
    persona_id = new_id("persona", taken)
    if taken is not None:
        taken.add(persona_id)
    return Persona(id=persona_id, name=name, lanes=default_lanes(taken, locale), **fields)


def new_project(title: str = "Untitled journey", author: str = "", locale: str = "en") -> Project:
    now = datetime.now(UTC).replace(microsecond=0)
    return Project(
        id=new_id("map"), title=title, author=author, locale=locale, created=now, modified=now
    )
