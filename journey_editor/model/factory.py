"""Building blocks for new maps: default lanes for a persona, an empty project."""

from datetime import UTC, datetime

from journey_editor.model.entities import Lane, Persona
from journey_editor.model.ids import new_id
from journey_editor.model.project import Project

DEFAULT_LANES: tuple[tuple[str, str], ...] = (
    ("actions", "Actions"),
    ("touchpoints", "Touchpoints"),
    ("thoughts", "Thoughts"),
    ("emotions", "Emotions"),
    ("pain_points", "Pain points"),
    ("opportunities", "Opportunities"),
)


def default_lanes(taken: set[str] | None = None) -> list[Lane]:
    lanes = []
    for kind, name in DEFAULT_LANES:
        lane = Lane(id=new_id("lane", taken), name=name, kind=kind)
        if taken is not None:
            taken.add(lane.id)
        lanes.append(lane)
    return lanes


def new_persona(name: str, taken: set[str] | None = None, **fields) -> Persona:
    persona_id = new_id("persona", taken)
    if taken is not None:
        taken.add(persona_id)
    return Persona(id=persona_id, name=name, lanes=default_lanes(taken), **fields)


def new_project(title: str = "Untitled journey", author: str = "", locale: str = "en") -> Project:
    now = datetime.now(UTC).replace(microsecond=0)
    return Project(
        id=new_id("map"), title=title, author=author, locale=locale, created=now, modified=now
    )
