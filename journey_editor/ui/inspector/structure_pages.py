"""Pages for the map's structure: a stage (column), a persona (row band) and a lane (row).

With several headers selected, the page edits the first one (headers are renamed one by one).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLabel, QWidget

from journey_editor.edits import UpdateLane, UpdatePersona, UpdateStage
from journey_editor.model.entities import feeds_curve_by_default
from journey_editor.model.types import LANE_KINDS
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.inspector.choices import ChoiceCombo, ColourField, FlagBox
from journey_editor.ui.inspector.fields import FieldError, TextField
from journey_editor.ui.inspector.page import InspectorPage, quoted, stacked
from journey_editor.ui.labels import lane_kind_label


def parse_lines(text: str) -> list[str]:
    """One item per line, trimmed, blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def format_lines(items: list[str]) -> str:
    return "\n".join(items)


def _more(count: int, page: QWidget) -> str:
    return page.tr(" (+{0} more selected)").format(count - 1) if count > 1 else ""


class StagePage(InspectorPage):
    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.name = TextField(placeholder=self.tr("Name of the stage"))
        self.add_row(self.tr("Name"), self.name)
        self.description = TextField(multiline=True, lines=3)
        self.add_row(self.tr("Description"), self.description)
        self.phase = TextField(placeholder=self.tr("e.g. Before purchase"))
        # Stages of one phase must spell it identically to share a band: offer the existing ones.
        self._phases = QStringListModel(self)
        completer = QCompleter(self._phases, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.phase.editor.setCompleter(completer)
        self.add_row(self.tr("Phase"), self.phase)
        for name, field in (
            ("name", self.name),
            ("description", self.description),
            ("phase", self.phase),
        ):
            field.edited.connect(lambda v, n=name, f=field: self._set(n, v, f.error))

    def existing(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        known = {stage.id for stage in self.document.project.stages}
        return tuple(i for i in ids if i in known)

    def heading(self) -> str:
        stage = self.document.project.stage(self.ids[0])
        return self.tr("Stage — {0}").format(quoted(stage.name)) + _more(len(self.ids), self)

    def refresh(self) -> None:
        project = self.document.project
        stage = project.stage(self.ids[0])
        self.name.set_value(stage.name)
        self.description.set_value(stage.description)
        self.phase.set_value(stage.phase)
        phases = list(dict.fromkeys(s.phase for s in project.stages if s.phase))
        if phases != self._phases.stringList():
            self._phases.setStringList(phases)

    def _set(self, name: str, value: Any, error: FieldError) -> None:
        if getattr(self.document.project.stage(self.ids[0]), name) == value:
            error.clear_error()
            return
        self.try_apply(UpdateStage(self.ids[0], {name: value}), error, mergeable=True)


class PersonaPage(InspectorPage):
    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.name = TextField(placeholder=self.tr("e.g. Léa, 34"))
        self.add_row(self.tr("Name"), self.name)
        self.role = TextField(placeholder=self.tr("Who they are, in one line"))
        self.add_row(self.tr("Role"), self.role)
        self.quote = TextField(multiline=True, lines=2)
        self.add_row(self.tr("Quote"), self.quote)
        self.goals = TextField(multiline=True, lines=3, parse=parse_lines, format=format_lines)
        self.add_row(self.tr("Goals (one per line)"), self.goals)
        self.frustrations = TextField(
            multiline=True, lines=3, parse=parse_lines, format=format_lines
        )
        self.add_row(self.tr("Frustrations (one per line)"), self.frustrations)
        self.colour = ColourField(self.tr("Colour of the persona"), self)
        self.add_row(self.tr("Colour"), self.colour, self.colour.button)
        for name, field in (
            ("name", self.name),
            ("role", self.role),
            ("quote", self.quote),
            ("goals", self.goals),
            ("frustrations", self.frustrations),
        ):
            field.edited.connect(lambda v, n=name, f=field: self._set(n, v, f.error, True))
        self._text_fields.append(self.colour.hex)
        self.colour.chosen.connect(lambda v: self._set("colour", v, self.colour.error))

    def existing(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        known = {persona.id for persona in self.document.project.personas}
        return tuple(i for i in ids if i in known)

    def heading(self) -> str:
        persona = self.document.project.persona(self.ids[0])
        return self.tr("Persona — {0}").format(quoted(persona.name)) + _more(len(self.ids), self)

    def refresh(self) -> None:
        persona = self.document.project.persona(self.ids[0])
        self.name.set_value(persona.name)
        self.role.set_value(persona.role)
        self.quote.set_value(persona.quote)
        self.goals.set_value(persona.goals)
        self.frustrations.set_value(persona.frustrations)
        self.colour.set_value(persona.colour)

    def _set(self, name: str, value: Any, error: FieldError, typing: bool = False) -> None:
        if getattr(self.document.project.persona(self.ids[0]), name) == value:
            error.clear_error()
            return
        self.try_apply(UpdatePersona(self.ids[0], {name: value}), error, mergeable=typing)


class LanePage(InspectorPage):
    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.owner = QLabel(self)
        self.owner.setWordWrap(True)
        self.owner.setTextFormat(Qt.TextFormat.PlainText)
        self.add_note(self.owner)
        self.name = TextField(placeholder=self.tr("Name of the lane"))
        self.add_row(self.tr("Name"), self.name)
        self.kind = ChoiceCombo(self)
        self.kind.set_choices([(lane_kind_label(kind), kind, None) for kind in LANE_KINDS])
        self.kind_error = FieldError(self)
        self.add_row(self.tr("Kind"), stacked(self, self.kind, self.kind_error), self.kind)
        self.feeds_curve = FlagBox(
            self.tr("Feeds the emotion curve"),
            self.tr(
                "The emotion scores of this lane's cards are points of the persona's curve "
                "(by default, those of touchpoints and emotions lanes)"
            ),
            self,
        )
        self.curve_error = FieldError(self)
        self.add_row(
            self.tr("Emotion curve"),
            stacked(self, self.feeds_curve, self.curve_error),
            self.feeds_curve,
        )
        self.name.edited.connect(lambda v: self._set("name", v, self.name.error, True))
        self.kind.chosen.connect(lambda v: self._set("kind", v, self.kind_error))
        self.feeds_curve.chosen.connect(self._set_feeds_curve)

    def existing(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        known = {lane.id for persona in self.document.project.personas for lane in persona.lanes}
        return tuple(i for i in ids if i in known)

    def heading(self) -> str:
        lane = self.document.project.lane(self.ids[0])
        return self.tr("Lane — {0}").format(quoted(lane.name)) + _more(len(self.ids), self)

    def refresh(self) -> None:
        persona, index = self.document.project.lane_owner(self.ids[0])
        lane = persona.lanes[index]
        self.owner.setText(self.tr("Lane of persona {0}").format(quoted(persona.name)))
        self.name.set_value(lane.name)
        self.kind.set_value(lane.kind)
        self.feeds_curve.set_value(lane.on_curve)

    def _set(self, name: str, value: Any, error: FieldError, typing: bool = False) -> None:
        if getattr(self.document.project.lane(self.ids[0]), name) == value:
            error.clear_error()
            return
        self.try_apply(UpdateLane(self.ids[0], {name: value}), error, mergeable=typing)

    def _set_feeds_curve(self, on: bool) -> None:
        """One undo step; the file keeps the setting only where it differs from the kind's
        default (None otherwise), so ticking a lane back to its default leaves no trace."""
        lane = self.document.project.lane(self.ids[0])
        value = None if on == feeds_curve_by_default(lane.kind) else on
        if lane.feeds_curve == value:
            self.curve_error.clear_error()
            return
        self.try_apply(UpdateLane(lane.id, {"feeds_curve": value}), self.curve_error)
