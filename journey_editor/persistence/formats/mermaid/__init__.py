"""Import and export Mermaid `journey` diagrams (the text diagrams of GitHub and GitLab Markdown).

    journey
        title My working day
        section Go to work
          Make tea: 5: Me
          Do work: 1: Me, Cat

Import: `title` → the map's title; each `section` → a stage (in order, a repeated name gives a
second stage, as Mermaid draws it); each actor → a persona (first-seen order) with a compact lane
set, "Touchpoints" and "Emotions" (so the emotion curve has a home; the names the import makes
up are in the map's language, see import_mermaid); `<br>` in a section or task name → a line
break (see `mermaid.syntax`); each task → one card per
actor on that actor's touchpoints lane, emotion = score − 3 (score 5 → +2, score 1 → −2).
A task without actors (Mermaid draws it with nobody) goes to a persona "Everyone", marked so that
export writes its tasks without actors again. Tasks before the first `section` go to a stage
"Untitled stage", marked so that export writes them before any section again. `accDescr` → the
map's description. Ids are derived from names, so importing the same text twice gives equal
projects. Any bad line → ProjectFileError listing every bad line; nothing is half-imported.

Export: see `mermaid.writer`. A line break in a stage name or card title is written as `<br>`.
Other characters Mermaid cannot hold are written as its entity codes (":" → "#58;"), which
Mermaid displays as the original character and import decodes, so escaping is lossless; each one
is reported among the warnings.
"""

from __future__ import annotations

from pydantic import ValidationError

from journey_editor.default_words import default_channels_in
from journey_editor.model.entities import Card, Lane, Persona, Stage
from journey_editor.model.factory import default_lane_name
from journey_editor.model.problems import IntegrityError
from journey_editor.model.project import Project
from journey_editor.persistence.errors import ProjectFileError
from journey_editor.persistence.formats.mermaid.reader import (
    ParsedJourney,
    ParsedTask,
    parse_journey,
)
from journey_editor.persistence.formats.mermaid.writer import (
    ACC_TITLE_ATTRIBUTE,
    IMPLICIT_SECTION_ATTRIBUTE,
    NEUTRAL_SCORE,
    NO_ACTOR_ATTRIBUTE,
    MermaidWriter,
)
from journey_editor.persistence.import_helpers import (
    IdAllocator,
    TextInputError,
    decode_utf8_text,
    name_key,
    persona_colour,
)
from journey_editor.persistence.map_language import map_language

# The names an import gives what the text does not name, in the map's language.
IMPORT_WORDS = {
    "en": {
        "no_actor": "Everyone",
        "no_actor_taken": "Everyone (no actor)",
        "implicit_stage": "Untitled stage",
    },
    "fr": {
        "no_actor": "Tout le monde",
        "no_actor_taken": "Tout le monde (sans acteur)",
        "implicit_stage": "Étape sans titre",
    },
}
NO_ACTOR_PERSONA = IMPORT_WORDS["en"]["no_actor"]
IMPLICIT_STAGE = IMPORT_WORDS["en"]["implicit_stage"]
IMPORTED_LANE_KINDS = ("touchpoints", "emotions")

__all__ = ["export_mermaid", "import_mermaid"]


def import_mermaid(
    data: bytes | str,
    source: str = "<mermaid>",
    *,
    language: str | None = None,
    default_language: str | None = None,
) -> Project:
    """A new map from a Mermaid journey's text. Mermaid names no language: the map's (its
    locale, channel labels, lane names, "Everyone", "Untitled stage") is `language`, else
    `default_language`, else the interface's."""
    try:
        text = decode_utf8_text(data, "Mermaid journey")
    except TextInputError as error:
        raise ProjectFileError(source, [str(error)]) from None
    if not text.strip():
        raise ProjectFileError(source, ["is empty, not a Mermaid journey"])
    journey, problems = parse_journey(text)
    if problems:
        raise ProjectFileError(source, problems)
    try:
        return _ProjectBuilder(journey, map_language(language, default_language)).build()
    except ValidationError as error:
        # The reader checks what the model requires; this is a safety net, not a path.
        raise ProjectFileError(source, [str(error)]) from None
    except IntegrityError as error:
        raise ProjectFileError(source, error.problems) from None


def export_mermaid(project: Project) -> tuple[str, list[str]]:
    """Mermaid text (ending with a newline) and what could not be carried over, one per line."""
    writer = MermaidWriter(project)
    text = writer.write()
    return text, writer.warnings


class _ProjectBuilder:
    def __init__(self, journey: ParsedJourney, language: str) -> None:
        self.journey = journey
        self.language = language
        self.words = IMPORT_WORDS.get(language, IMPORT_WORDS["en"])
        self.ids = IdAllocator()
        self.stages: list[Stage] = []
        self.personas: dict[str | None, Persona] = {}  # by actor name; None: no actor
        self.cards: list[Card] = []
        self.no_actor_name = self._no_actor_name()

    def build(self) -> Project:
        for section in self.journey.sections:
            stage = self._stage(section.name)
            for task in section.tasks:
                self._add_cards(task, stage)
        attributes = {}
        if self.journey.acc_title:
            attributes[ACC_TITLE_ATTRIBUTE] = self.journey.acc_title
        return Project(
            id=IdAllocator().new("map", self.journey.title or "mermaid"),
            title=self.journey.title,
            description=self.journey.description,
            stages=self.stages,
            personas=list(self.personas.values()),
            cards=self.cards,
            attributes=attributes,
            locale=self.language,
            channels=default_channels_in(self.language),
        )

    def _stage(self, name: str | None) -> Stage:
        if name is None:
            implicit = self.words["implicit_stage"]
            stage = Stage(
                id=self.ids.new("stage", implicit),
                name=implicit,
                attributes={IMPLICIT_SECTION_ATTRIBUTE: True},
            )
        else:
            stage = Stage(id=self.ids.new("stage", name), name=name)
        self.stages.append(stage)
        return stage

    def _add_cards(self, task: ParsedTask, stage: Stage) -> None:
        for actor in task.actors or [None]:
            persona = self.personas.get(actor) or self._persona(actor)
            self.cards.append(
                Card(
                    id=self.ids.new("card", persona.name, task.name),
                    persona=persona.id,
                    lane=persona.lanes[0].id,
                    stage=stage.id,
                    title=task.name,
                    emotion=task.score - NEUTRAL_SCORE,
                )
            )

    def _persona(self, actor: str | None) -> Persona:
        name = actor if actor is not None else self.no_actor_name
        persona_id = self.ids.new("persona", name)
        lanes = []
        for kind in IMPORTED_LANE_KINDS:
            lane_name = default_lane_name(kind, self.language)
            lanes.append(Lane(id=self.ids.new("lane", name, lane_name), name=lane_name, kind=kind))
        persona = Persona(
            id=persona_id,
            name=name,
            colour=persona_colour(len(self.personas)),
            lanes=lanes,
            attributes={NO_ACTOR_ATTRIBUTE: True} if actor is None else {},
        )
        self.personas[actor] = persona
        return persona

    def _no_actor_name(self) -> str:
        actors = {
            name_key(actor)
            for section in self.journey.sections
            for task in section.tasks
            for actor in task.actors
        }
        if name_key(self.words["no_actor"]) in actors:
            return self.words["no_actor_taken"]
        return self.words["no_actor"]
