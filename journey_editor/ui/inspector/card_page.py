"""The card page: every field of one card, or the shared fields of several.

With several cards, a field shows their common value (or "several values"), and a change
applies to all of them as one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from journey_editor.edits import Batch, UpdateCard
from journey_editor.model.entities import Card
from journey_editor.model.types import EMOTION_RANGE, EVIDENCE_LEVELS, VOTES_RANGE
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.inspector.choices import ChoiceCombo, FlagBox, ScaleButtons
from journey_editor.ui.inspector.fields import MIXED, FieldError, TextField
from journey_editor.ui.inspector.glyphs import channel_icon_for, face_icon
from journey_editor.ui.inspector.page import InspectorPage, quoted, stacked
from journey_editor.ui.labels import (
    effort_label,
    emotion_label,
    evidence_label,
    signed,
)

_EFFORTS = (None, 1, 2, 3, 4, 5)
_EMOTIONS = (None, *range(EMOTION_RANGE[0], EMOTION_RANGE[1] + 1))


def parse_tags(text: str) -> list[str]:
    """'caisse, attente,, caisse ' → ['caisse', 'attente']: trimmed, no empties, no repeats."""
    tags: list[str] = []
    for part in text.split(","):
        tag = part.strip()
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def format_tags(tags: list[str]) -> str:
    return ", ".join(tags)


def shared(cards: list[Card], name: str) -> Any:
    """The value all the cards have for field `name`, or MIXED."""
    first = getattr(cards[0], name)
    return first if all(getattr(card, name) == first for card in cards[1:]) else MIXED


class CardPage(InspectorPage):
    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(self.tr("Where the card is"))
        self.add_note(self.where)

        self.title = TextField(placeholder=self.tr("What happens, in a few words"))
        self._title_label = self.add_row(self.tr("Title"), self.title)
        self.description = TextField(multiline=True, lines=3)
        self.add_row(self.tr("Description"), self.description)

        self.channel = ChoiceCombo(self)
        self._channels_shown: tuple = ()
        self.channel_error = FieldError(self)
        self.add_row(
            self.tr("Channel"), stacked(self, self.channel, self.channel_error), self.channel
        )

        self.effort = ScaleButtons(
            _EFFORTS, lambda v: "–" if v is None else str(v), effort_label, parent=self
        )
        self.effort_error = FieldError(self)
        self.add_row(
            self.tr("Effort"),
            stacked(self, self.effort, self.effort_error),
            self.effort.button(None),
        )

        self.emotion = ScaleButtons(
            _EMOTIONS,
            lambda v: "–" if v is None else signed(v),
            emotion_label,
            icon=face_icon,
            parent=self,
        )
        self.emotion_error = FieldError(self)
        self.add_row(
            self.tr("Emotion"),
            stacked(self, self.emotion, self.emotion_error),
            self.emotion.button(None),
        )

        self.evidence = ChoiceCombo(self)
        self.evidence.set_choices(
            [(evidence_label(level), level, None) for level in (None, *EVIDENCE_LEVELS)]
        )
        self.evidence_error = FieldError(self)
        self.add_row(
            self.tr("Evidence"), stacked(self, self.evidence, self.evidence_error), self.evidence
        )

        self.moment_of_truth = FlagBox(
            self.tr("Moment of truth"),
            self.tr("A moment that makes or breaks the customer's opinion"),
            self,
        )
        self.exit_point = FlagBox(
            self.tr("Exit point"), self.tr("The customer may leave the journey here"), self
        )
        self.flags_error = FieldError(self)
        flags = stacked(self, self.moment_of_truth, self.exit_point, self.flags_error)
        self.add_row(self.tr("Flags"), flags, self.moment_of_truth)

        self.tags = TextField(
            parse=parse_tags, format=format_tags, placeholder=self.tr("comma, separated, tags")
        )
        self.add_row(self.tr("Tags"), self.tags)

        # Dot votes (V / Shift+V on the map): here to correct a count, one card at a time.
        self.votes = QSpinBox(self)
        self.votes.setRange(*VOTES_RANGE)
        self.votes.setKeyboardTracking(False)  # typing "12" is one change, not "1" then "12"
        self.votes.setToolTip(self.tr("Dot votes: V adds one on the map, Shift+V takes one off"))
        self.votes_error = FieldError(self)
        self._votes_row = stacked(self, self.votes, self.votes_error)
        self.add_row(self.tr("Votes"), self._votes_row, self.votes)

        self.title.edited.connect(lambda v: self._set("title", v, self.title.error, True))
        self.description.edited.connect(
            lambda v: self._set("description", v, self.description.error, True)
        )
        self.channel.chosen.connect(lambda v: self._set("channel", v, self.channel_error))
        self.effort.chosen.connect(lambda v: self._set("effort", v, self.effort_error))
        self.emotion.chosen.connect(lambda v: self._set("emotion", v, self.emotion_error))
        self.evidence.chosen.connect(lambda v: self._set("evidence", v, self.evidence_error))
        self.moment_of_truth.chosen.connect(
            lambda v: self._set("moment_of_truth", v, self.flags_error)
        )
        self.exit_point.chosen.connect(lambda v: self._set("exit_point", v, self.flags_error))
        self.tags.edited.connect(lambda v: self._set("tags", v, self.tags.error, True))
        self.votes.valueChanged.connect(lambda v: self._set("votes", v, self.votes_error))

    # --- model → widgets -----------------------------------------------------------------------

    def existing(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        cards = self.document.project.card_list()  # a lookup each, not a pass over the map
        return tuple(i for i in ids if cards.card(i) is not None)

    def cards(self) -> list[Card]:
        project = self.document.project
        if len(self.ids) == 1:
            return [project.card(self.ids[0])]
        # One pass over the map, not one scan per selected card: a rubber band may pick 1,000.
        by_id = {card.id: card for card in project.cards}
        return [by_id[i] for i in self.ids if i in by_id]

    def heading(self) -> str:
        cards = self.cards()
        if len(cards) == 1:
            title = cards[0].title.strip()
            return self.tr("Card — {0}").format(quoted(title) if title else self.tr("untitled"))
        return self.tr("{0} cards").format(len(cards))

    def refresh(self) -> None:
        cards = self.cards()
        single = len(cards) == 1
        self.set_row_visible(self.title, single)
        self.set_row_visible(self.description, single)
        self.set_row_visible(self._votes_row, single)
        # Several cards: tags commit on Return / leaving, since a Batch cannot merge keystrokes.
        self.tags.set_live(single)
        self.where.setText(self._where(cards))
        if single:
            self.title.set_value(cards[0].title)
            self.description.set_value(cards[0].description)
            blocked = self.votes.blockSignals(True)
            self.votes.setValue(cards[0].votes)
            self.votes.blockSignals(blocked)
        self._fill_channels()
        self.channel.set_value(shared(cards, "channel"))
        self.effort.set_value(shared(cards, "effort"))
        self.emotion.set_value(shared(cards, "emotion"))
        self.evidence.set_value(shared(cards, "evidence"))
        self.moment_of_truth.set_value(shared(cards, "moment_of_truth"))
        self.exit_point.set_value(shared(cards, "exit_point"))
        self.tags.set_value(shared(cards, "tags"))

    def _fill_channels(self) -> None:
        channels = self.document.project.channels
        signature = tuple((c.id, c.label, c.colour, c.icon) for c in channels)
        if signature == self._channels_shown:
            return  # painting icons on every keystroke would be wasted work
        self._channels_shown = signature
        self.channel.set_choices(
            [(self.tr("No channel"), None, None)]
            + [(c.label, c.id, channel_icon_for(c)) for c in channels]
        )

    def _where(self, cards: list[Card]) -> str:
        project = self.document.project
        if len(cards) > 1:
            cells = {card.cell for card in cards}
            return self.tr("{0} cards in {1} cells — changes apply to all of them").format(
                len(cards), len(cells)
            )
        card = cards[0]
        persona = project.persona(card.persona)
        lane = project.lane(card.lane)
        stage = project.stage(card.stage)
        return self.tr("Persona: {0}\nLane: {1}\nStage: {2}").format(
            persona.name, lane.name, stage.name
        )

    # --- widgets → model -----------------------------------------------------------------------

    def _set(self, name: str, value: Any, error: FieldError, typing: bool = False) -> None:
        cards = self.cards()
        changed = [card for card in cards if getattr(card, name) != value]
        if not changed:
            error.clear_error()
            return
        if len(cards) == 1:
            # Keystrokes in one field of one card merge into a single undo step.
            self.try_apply(UpdateCard(cards[0].id, {name: value}), error, mergeable=typing)
            return
        label = self.tr("Change {0} of {1} cards").format(name.replace("_", " "), len(changed))
        edits = tuple(UpdateCard(card.id, {name: value}) for card in changed)
        self.try_apply(Batch(edits, label=label), error)
