"""The presenter view, on the laptop while the map is on the projector: the stage in focus,
its cards' titles and descriptions (of the persona in focus, or of all), the next stage, and
a slot for a timer (`add_widget`). Read-only, like the room view; the same keys step."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from journey_editor.model.project import Project


def stage_notes(project: Project, stage_id: str, persona_id: str | None) -> str:
    """The cards of one stage as HTML, persona by persona and lane by lane: bold titles, their
    descriptions below."""
    parts: list[str] = []
    for persona in project.personas:
        if persona_id is not None and persona.id != persona_id:
            continue
        lanes = []
        for lane in persona.lanes:
            cards = project.cell_cards(persona.id, lane.id, stage_id)
            if not cards:
                continue
            items = "".join(
                f"<li><b>{html.escape(card.title)}</b>"
                + (f"<br>{html.escape(card.description)}" if card.description.strip() else "")
                + "</li>"
                for card in cards
            )
            lanes.append(f"<p><i>{html.escape(lane.name)}</i></p><ul>{items}</ul>")
        if lanes:
            parts.append(f"<h3>{html.escape(persona.name)}</h3>" + "".join(lanes))
    return "".join(parts)


def _scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * factor)
    scaled.setBold(bold)
    return scaled


class PresenterWindow(QWidget):
    """Made once per main window and kept between presentations (like the presentation
    window), so a timer put in its slot stays."""

    def __init__(self, on_key: Callable[[QKeyEvent], bool], on_close: Callable[[], None]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenter-window")
        self.setWindowTitle(self.tr("Presenter view"))
        self.setAccessibleName(self.tr("Presenter view"))
        self._on_key = on_key
        self._on_close = on_close
        self.showing = False

        self.position = QLabel()  # "Stage 3 of 7"
        self.stage = QLabel()
        self.stage.setWordWrap(True)
        self.stage.setFont(_scaled(self.font(), 2.2, bold=True))
        self.persona = QLabel()
        self.persona.setFont(_scaled(self.font(), 1.3))
        self.timer_slot = QHBoxLayout()  # a timer goes here (add_widget)
        self.notes = QTextBrowser()
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys step the stages
        self.notes.setOpenLinks(False)
        self.notes.setFont(_scaled(self.font(), 1.25))  # read standing, at arm's length
        self.next_stage = QLabel()
        self.next_stage.setWordWrap(True)
        self.next_stage.setFont(_scaled(self.font(), 1.5, bold=True))
        self.keys = QLabel(
            self.tr("→ / Page Down next stage · ← / Page Up previous · ↑ / ↓ persona · Esc ends")
        )
        self.keys.setEnabled(False)  # greyed: a reminder, not content

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.position)
        heading.addWidget(self.stage)
        heading.addWidget(self.persona)
        top.addLayout(heading, 1)
        top.addLayout(self.timer_slot)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.next_stage)
        layout.addWidget(self.keys)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def add_widget(self, widget: QWidget) -> None:
        self.timer_slot.addWidget(widget)
        widget.show()

    def show_focus(self, project: Project, stage_id: str | None, persona_id: str | None) -> None:
        stages = [stage.id for stage in project.stages]
        if stage_id not in stages:
            for label in (self.position, self.stage, self.persona, self.next_stage):
                label.clear()
            self.notes.clear()
            return
        index = stages.index(stage_id)
        self.position.setText(
            self.tr("Stage {number} of {count}").format(number=index + 1, count=len(stages))
        )
        self.stage.setText(project.stage(stage_id).name)
        if persona_id is None:
            self.persona.setText(self.tr("All personas"))
        else:
            self.persona.setText(project.persona(persona_id).name)
        notes = stage_notes(project, stage_id, persona_id)
        self.notes.setHtml(notes or html.escape(self.tr("No cards in this stage.")))
        if index + 1 < len(stages):
            name = project.stage(stages[index + 1]).name
            self.next_stage.setText(self.tr("Next: {stage}").format(stage=name))
        else:
            self.next_stage.setText(self.tr("This is the last stage."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._on_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.showing:
            self._on_close()
        super().closeEvent(event)
