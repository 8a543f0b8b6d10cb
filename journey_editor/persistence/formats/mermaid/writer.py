"""Write a project as a Mermaid `journey` diagram, with a list of what could not be kept.

What goes in: the title, the description (as `accDescr`), every stage as a section (in order,
empty ones included) and every card of a touchpoints lane as a task. A card's emotion −2…+2 is
the task's score 1…5; its persona is the actor. Cards that are the same step for several
personas (same stage, task name and score) become one task with several actors.

A line break in a stage name or card title is written as `<br>`, which Mermaid draws as one;
the other characters Mermaid cannot hold are written as entity codes (see `mermaid.syntax`).

Tasks follow project.cards order within a stage, never persona order, and a card joins the
earliest matching task that keeps its persona's cards in order. Importing the text gives the
cards exactly that order again, so export → import → export yields identical text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from journey_editor.model.entities import Card, Persona, Stage
from journey_editor.model.project import Project
from journey_editor.persistence.formats.mermaid.syntax import (
    ACTOR_SPECIALS,
    DESCRIPTION_SPECIALS,
    SECTION_SPECIALS,
    TASK_SPECIALS,
    TITLE_SPECIALS,
    entity_code,
    escape,
)
from journey_editor.persistence.import_helpers import first_line

# Attributes the importer leaves so that the writer can give back the same text.
NO_ACTOR_ATTRIBUTE = "mermaid_no_actor"
IMPLICIT_SECTION_ATTRIBUTE = "mermaid_implicit_section"
ACC_TITLE_ATTRIBUTE = "mermaid_acc_title"

SECTION_INDENT = "    "
TASK_INDENT = "      "
NEUTRAL_SCORE = 3

Actor = str | None  # None: the task is written without actors


@dataclass
class _Task:
    name: str
    score: int
    actors: list[Actor] = field(default_factory=list)

    def line(self) -> str:
        text = f"{TASK_INDENT}{self.name}: {self.score}"
        named = [actor for actor in self.actors if actor is not None]
        return f"{text}: {', '.join(named)}" if named else text


class MermaidWriter:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.warnings: list[str] = []
        self.touch_lanes = {
            lane.id
            for persona in project.personas
            for lane in persona.lanes
            if lane.kind == "touchpoints"
        }
        self.actors = self._actor_names()

    def write(self) -> str:
        lines = ["journey"]
        lines += self._header_lines()
        cards_of = self._exported_cards_by_stage()
        for index, stage in enumerate(self.project.stages):
            tasks = self._tasks(cards_of.get(stage.id, []))
            if not (index == 0 and tasks and stage.attributes.get(IMPLICIT_SECTION_ATTRIBUTE)):
                lines.append(f"{SECTION_INDENT}section {self._section_name(stage)}")
            lines += [task.line() for task in tasks]
        self._warn_about_losses(cards_of)
        return "\n".join(lines) + "\n"

    # --- header -----------------------------------------------------------------------------

    def _header_lines(self) -> list[str]:
        lines = []
        title = self.project.title.strip()
        if title:
            lines.append(f"{SECTION_INDENT}title {self._escaped(title, TITLE_SPECIALS, 'title')}")
        acc_title = self.project.attributes.get(ACC_TITLE_ATTRIBUTE)
        if isinstance(acc_title, str) and acc_title.strip():
            text = self._escaped(acc_title.strip(), TITLE_SPECIALS, "accessible title")
            lines.append(f"{SECTION_INDENT}accTitle: {text}")
        description = self.project.description.strip("\n")
        if description.strip():
            if description != self.project.description:
                self.warnings.append(
                    "project description: the blank lines at its start and end are left out"
                )
            text = self._escaped(description, DESCRIPTION_SPECIALS, "description")
            # One line of the block per line of the description, each as it is: the spaces
            # that start or end a line are written as codes (#32;), which the reader keeps
            # where it drops the block's own indentation.
            lines.append(f"{SECTION_INDENT}accDescr {{")
            lines += [
                f"{SECTION_INDENT * 2}{_kept_spaces(row)}".rstrip() for row in text.split("\n")
            ]
            lines.append(f"{SECTION_INDENT}}}")
        return lines

    def _escaped(self, text: str, specials: str, what: str) -> str:
        result = escape(text, specials)
        if result.escaped:
            self.warnings.append(f"project {what}: {result.describe()}")
        return result.text

    # --- actors and sections ----------------------------------------------------------------

    def _actor_names(self) -> dict[str, Actor]:
        actors: dict[str, Actor] = {}
        for persona in self.project.personas:
            if persona.attributes.get(NO_ACTOR_ATTRIBUTE) is True:
                actors[persona.id] = None
                continue
            result = escape(persona.name.strip(), ACTOR_SPECIALS)
            if result.escaped:
                self.warnings.append(f"persona «{_short(persona.name)}»: {result.describe()}")
            actors[persona.id] = result.text
        self._warn_about_shared_names(actors)
        return actors

    def _warn_about_shared_names(self, actors: dict[str, Actor]) -> None:
        counts = Counter(name for name in actors.values() if name is not None)
        for name, count in counts.items():
            if count > 1:
                self.warnings.append(
                    f"{count} personas are named «{_short(name)}»: Mermaid knows actors by "
                    "name, so they become one actor"
                )

    def _section_name(self, stage: Stage) -> str:
        result = escape(stage.name.strip(), SECTION_SPECIALS, line_breaks=True)
        if result.escaped:
            self.warnings.append(f"stage «{_short(stage.name)}»: {result.describe()}")
        return result.text

    # --- tasks ------------------------------------------------------------------------------

    def _exported_cards_by_stage(self) -> dict[str, list[Card]]:
        cards_of: dict[str, list[Card]] = {}
        for card in self.project.cards:
            if card.lane in self.touch_lanes:
                cards_of.setdefault(card.stage, []).append(card)
        return cards_of

    def _tasks(self, cards: list[Card]) -> list[_Task]:
        tasks: list[_Task] = []
        last_task_of: dict[Actor, int] = {}
        for card in cards:
            actor = self.actors[card.persona]
            name, score = self._task_name(card), self._score(card)
            index = _joinable(tasks, name, score, actor, last_task_of.get(actor, -1))
            if index is None:
                tasks.append(_Task(name, score, [actor]))
                index = len(tasks) - 1
            else:
                tasks[index].actors.append(actor)
            last_task_of[actor] = index
        return tasks

    def _task_name(self, card: Card) -> str:
        name = card.title.strip()
        if not name:
            name = first_line(card.description) or "Untitled card"
            self.warnings.append(
                f'card "{card.id}" has no title: its task is named «{_short(name)}»'
            )
        result = escape(name, TASK_SPECIALS, keyword_guard=True, line_breaks=True)
        if result.escaped:
            self.warnings.append(f"card «{_short(card.title)}»: {result.describe()}")
        return result.text

    def _score(self, card: Card) -> int:
        if card.emotion is None:
            self.warnings.append(
                f"card «{_short(card.title or card.id)}» has no emotion: written with the "
                f"neutral score {NEUTRAL_SCORE} (emotion 0)"
            )
            return NEUTRAL_SCORE
        return card.emotion + NEUTRAL_SCORE

    # --- what Mermaid cannot hold -------------------------------------------------------------

    def _warn_about_losses(self, cards_of: dict[str, list[Card]]) -> None:
        exported = [card for cards in cards_of.values() for card in cards]
        self._warn_about_left_out_cards(len(exported))
        self._warn_about_absent_personas(exported)
        self._warn_about_card_fields(exported)
        if self.project.links:
            self.warnings.append(
                f"{len(self.project.links)} link(s) between cards are left out: a Mermaid "
                "journey has no links"
            )
        if any(stage.phase or stage.description for stage in self.project.stages):
            self.warnings.append("stage phases and descriptions are left out")
        if any(_has_details(persona) for persona in self.project.personas):
            self.warnings.append("persona roles, quotes, goals and frustrations are left out")

    def _warn_about_left_out_cards(self, exported: int) -> None:
        left_out = len(self.project.cards) - exported
        if left_out:
            self.warnings.append(
                f"{left_out} card(s) outside touchpoints lanes (actions, thoughts, emotions, "
                "pain points …) are left out: a Mermaid journey holds only tasks"
            )

    def _warn_about_absent_personas(self, exported: list[Card]) -> None:
        present = {card.persona for card in exported}
        for persona in self.project.personas:
            if persona.id not in present:
                self.warnings.append(
                    f"persona «{_short(persona.name)}» has no card on a touchpoints lane: "
                    "it does not appear in the diagram"
                )

    def _warn_about_card_fields(self, exported: list[Card]) -> None:
        lost = {
            "descriptions": sum(bool(card.description) for card in exported),
            "channels": sum(card.channel is not None for card in exported),
            "effort": sum(card.effort is not None for card in exported),
            "evidence": sum(card.evidence is not None for card in exported),
            "moment-of-truth and exit-point flags": sum(
                card.moment_of_truth or card.exit_point for card in exported
            ),
            "tags": sum(bool(card.tags) for card in exported),
        }
        names = [name for name, count in lost.items() if count]
        if names:
            self.warnings.append(
                "a Mermaid task keeps only a card's title and emotion: "
                f"{', '.join(names)} of the exported cards are left out"
            )


def _joinable(tasks: list[_Task], name: str, score: int, actor: Actor, after: int) -> int | None:
    """The earliest task this card can join: same name and score, without this actor yet, and
    after the actor's previous task so that its cards keep their order."""
    if actor is None:
        return None  # a task without actors holds exactly one card
    for index in range(after + 1, len(tasks)):
        task = tasks[index]
        same_step = task.name == name and task.score == score
        if same_step and None not in task.actors and actor not in task.actors:
            return index
    return None


def _has_details(persona: Persona) -> bool:
    return bool(persona.role or persona.quote or persona.goals or persona.frustrations)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _kept_spaces(row: str) -> str:
    """`row` with its leading and trailing white space as entity codes."""
    start = len(row) - len(row.lstrip())
    end = len(row.rstrip())
    if end <= start:
        return "".join(entity_code(char) for char in row)
    lead, body, trail = row[:start], row[start:end], row[end:]
    return "".join(map(entity_code, lead)) + body + "".join(map(entity_code, trail))
