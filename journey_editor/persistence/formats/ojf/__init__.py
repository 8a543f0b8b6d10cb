"""Import and export the OpenJourney Format (`.ojf`, JSON), as written by the Ptolemy editor.

An .ojf file holds ONE persona's journey. Two layouts exist in the wild and both are read: the
specified one (`version`, `persona`, `pointOfView` at the root) and a later one that puts
`title`, `persona`, `pov` and `version` in a `metadata` object.

Mapping (OJF → model; the export runs it backwards)
    persona, metadata.persona   → the one Persona's name (absent or blank: "Persona")
    pointOfView, metadata.pov   → Persona.role (the scenario; quote is left empty)
    title, metadata.title       → Project.title; with neither, the point of view, else the
                                  persona (export: a root `title` is added only when the
                                  title is not the one the importer would derive)
    stages[] {id, name}         → Stages in order (blank name: "Untitled stage")
    swimlanes[] {id, name}      → Lanes of the persona, kind from the name: a keyword starting
                                  a word (case/accents ignored), first kind that matches:
                                  actions (action, doing, activit…, interaction, task),
                                  emotions (emotion, feeling, sentiment, mood),
                                  pain_points (pain, frustrat…, issue, friction, blocker,
                                  roadblock, problem, hurdle), opportunities (opportunit…,
                                  idea, improv…), touchpoints (touch…, channel, contact),
                                  thoughts (think, thought), backstage (backstage, behind,
                                  support, system), else notes (+ a few French words)
    nodes[]                     → Cards in file order
      id                        → Card.id (kept when valid and free, else "card-…")
      stageId, swimlaneId       → Card.stage, Card.lane
      title, description, tags  → same fields (blank or >100-character tags stay in memory)
      isMomentOfTruth           → moment_of_truth
      score −5…+5               → emotion = round(score × 2/5), halves away from zero:
                                  −5,−4 → −2; −3,−2 → −1; −1,0,+1 → 0; +2,+3 → +1; +4,+5 → +2
                                  export without an imported score: round(emotion × 5/2),
                                  halves away from zero: −2 → −5, −1 → −3, 0, +1 → +3, +2 → +5
      severity                  → effort: low → 2, medium → 3, high → 4 (other text: none)
                                  export: effort 1–2 → low, 3 → medium, 4–5 → high
      icon + iconColor          → channel, when both equal a default-catalogue channel's icon
                                  and colour (export: the card's channel's icon and colour)
      sentiment, purpose,       → kept verbatim (export without them: sentiment from the
      blueprint, unknown keys     emotion −2…+2 frustrated/negative/neutral/positive/delighted;
                                  purpose from the lane kind: touchpoint, action, observation,
                                  pain-point, opportunity, note)
    version, metadata, other root keys, any key of a stage / swimlane / node the model has no
    field for → kept verbatim in the entity's `attributes["ojf"]` (see `ojf.memory`), written
    back unchanged, in the file's key order. `original_fields(card.attributes)["blueprint"]`
    gives a card's service-blueprint layers back.

Ids share one namespace in the model (stages, persona, lanes, cards); an OJF id that is invalid
or already taken is replaced ("lane-s1", "card-3" …) and the original written back on export.
Import is deterministic: the same bytes give an equal Project (the project id is derived from
the content; the persona id is "persona-1").

Round trips. A fixture imported, exported and imported again gives an equal Project, and the
exported JSON equals the original file's (same keys, order and values; whitespace differs).
Exported bytes re-import and re-export to identical bytes. A remembered value is written back
while the model still holds what it was imported as; after an edit the model's value wins (and
the fields that follow it: sentiment with the score, icon and iconColor with the channel).

Lossy on export (not representable in OJF):
    - links (the omnichannel zig-zag), other personas (one file per persona), channels that are
      not in the default catalogue (only their icon and colour are written);
    - project description, client, author, created, modified, locale; persona quote, goals,
      frustrations, colour; stage description and phase; card evidence and exit point;
      attributes other tools left on the objects;
    - effort 1 and 5 come back as 2 and 4 (three severities for five efforts);
    - lane kinds come back inferred from lane names; persona and project ids are regenerated.
"""

from __future__ import annotations

from pydantic import ValidationError

from journey_editor.default_words import default_channels_in
from journey_editor.model.problems import IntegrityError
from journey_editor.model.project import Project
from journey_editor.model.validation_messages import problems_from_validation_error
from journey_editor.persistence.errors import ProjectFileError
from journey_editor.persistence.formats.ojf.checks import document_problems
from journey_editor.persistence.formats.ojf.export import document_bytes, export_document
from journey_editor.persistence.formats.ojf.import_ import project_document
from journey_editor.persistence.formats.ojf.memory import OJF_ATTRIBUTE, original_fields
from journey_editor.persistence.formats.ojf.values import document_language
from journey_editor.persistence.map_language import map_language
from journey_editor.persistence.strict_json import (
    MAX_DEPTH,
    JsonInputError,
    decode_json_object,
    depth_problem,
)

OJF_SUFFIX = ".ojf"

# An OJF value kept in the map's attributes sits this many levels deeper than in the file (a
# swimlane's field: root → swimlanes → lane → field in the file, project → personas → persona →
# lanes → lane → attributes → ojf → original → field in the map). The file's limit is lowered by
# it, so that every .ojf file that imports gives a map that saves and reopens.
OJF_EXTRA_DEPTH = 5
OJF_MAX_DEPTH = MAX_DEPTH - OJF_EXTRA_DEPTH

__all__ = [
    "OJF_ATTRIBUTE",
    "OJF_SUFFIX",
    "export_ojf",
    "import_ojf",
    "original_fields",
]


def import_ojf(
    data: bytes,
    source: str = "<ojf>",
    *,
    language: str | None = None,
    default_language: str | None = None,
) -> Project:
    """Read an .ojf file's bytes into a new Project with one persona.

    The map's language (its locale and channel labels) is `language`, else the file's own
    (`locale`, `language` or `lang` at the root or in `metadata`, when it names one we have a
    catalogue for: the specification has no such field, but a file may carry one), else
    `default_language`, else the interface's.

    Raises ProjectFileError(source, problems) for anything that is not a readable .ojf file:
    bad bytes or JSON (same strictness as project files: UTF-8, no NaN, no duplicate keys, size
    limit), missing stages, wrong types, dangling stageId / swimlaneId, a score outside −5…+5.
    """
    try:
        document = decode_json_object(data, what=".ojf journey map", max_depth=OJF_MAX_DEPTH)
    except JsonInputError as error:
        raise ProjectFileError(source, [str(error)]) from None
    problems = document_problems(document)
    if problems:
        raise ProjectFileError(source, problems)
    project = project_document(document)
    too_deep = depth_problem(project)  # cannot happen with OJF_EXTRA_DEPTH right: a safety net
    if too_deep is not None:
        raise ProjectFileError(source, [f"would give a map that {too_deep}"])
    chosen = map_language(language, document_language(document), default_language)
    project["locale"] = chosen
    project["channels"] = [channel.model_dump() for channel in default_channels_in(chosen)]
    try:
        return Project.model_validate(project)
    except ValidationError as error:
        raise ProjectFileError(source, problems_from_validation_error(error, project)) from None
    except IntegrityError as error:
        raise ProjectFileError(source, error.problems) from None
    except RecursionError:
        raise ProjectFileError(source, ["is nested too deeply to be a journey map"]) from None


def export_ojf(project: Project, persona_id: str | None = None) -> bytes:
    """The .ojf bytes of one persona (default: the first): 2-space indent, UTF-8, final newline.

    Deterministic. Raises ValueError if the map has no such persona (or none at all), and
    IntegrityError if the map is inconsistent. See the module docstring for what is lost.
    """
    return document_bytes(export_document(project, persona_id))
