"""The page shown when nothing is selected: the map's own details. Also the link page.

These edits cannot merge keystrokes into one undo step, so their fields apply when the user
presses Return or leaves the field (one step per field), not on every key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from journey_editor import i18n
from journey_editor.edits import EditError, UpdateLink, UpdateProject
from journey_editor.edits.default_names import change_language, check_locale, default_renames
from journey_editor.ui import dialogs
from journey_editor.ui.editing.document import MapDocument
from journey_editor.ui.inspector.fields import FieldError, TextField
from journey_editor.ui.inspector.page import InspectorPage, quoted


class ProjectPage(InspectorPage):
    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.hint = QLabel(
            self.tr("Select a card, a stage, a persona or a lane on the map to edit it here."),
            self,
        )
        self.hint.setWordWrap(True)
        self.add_note(self.hint)
        self.title = TextField(live=False, placeholder=self.tr("Title of the map"))
        self.add_row(self.tr("Title"), self.title)
        self.client = TextField(live=False)
        self.add_row(self.tr("Client"), self.client)
        self.author = TextField(live=False)
        self.add_row(self.tr("Author"), self.author)
        self.description = TextField(multiline=True, lines=3, live=False)
        self.add_row(self.tr("Description"), self.description)
        self.locale = TextField(live=False, placeholder="fr-BE", parse=str.strip)
        self.add_row(self.tr("Language (e.g. en, fr-BE)"), self.locale)
        for name in ("title", "client", "author", "description", "locale"):
            field: TextField = getattr(self, name)
            field.edited.connect(lambda v, n=name, f=field: self._set(n, v, f.error))

    def existing(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        return ()

    def heading(self) -> str:
        return self.tr("Map — nothing selected")

    def refresh(self) -> None:
        project = self.document.project
        for name in ("title", "client", "author", "description", "locale"):
            getattr(self, name).set_value(getattr(project, name))

    def _set(self, name: str, value: Any, error: FieldError) -> None:
        if getattr(self.document.project, name) == value:
            error.clear_error()
            return
        if name == "locale":
            self._set_locale(value, error)
            return
        self.try_apply(UpdateProject({name: value}), error)

    def _set_locale(self, locale: str, error: FieldError) -> None:
        """A new language for the map's words: the lanes and channels that still carry their
        default names in the old one may follow it, in the same undo step (if the user agrees).
        """
        project = self.document.project
        try:
            check_locale(project, locale)
        except EditError:
            # A malformed locale is refused before any question: the edit says why.
            self.try_apply(UpdateProject({"locale": locale}), error)
            return
        renames = default_renames(project, project.locale, locale)
        rename = bool(renames) and dialogs.ask_rename_default_names(
            self,
            len(renames.lanes),
            len(renames.channels),
            i18n.language_of(project.locale),
            renames.language,
        )
        label = self.tr("Change the map's language and its default names") if rename else None
        self.try_apply(change_language(project, locale, rename, label), error)


class LinkPage(InspectorPage):
    """A link between two cards (a channel switch): its label, and the cards it joins."""

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.ends = QLabel(self)
        self.ends.setWordWrap(True)
        self.ends.setTextFormat(Qt.TextFormat.PlainText)
        self.add_note(self.ends)
        self.label = TextField(live=False, placeholder=self.tr("e.g. clicks the link"))
        self.add_row(self.tr("Label"), self.label)
        self.label.edited.connect(self._set_label)
        # Derived from the two cards' channels, never stored: a link whose cards have
        # different channels is where the customer switches channel.
        self.switch = QLabel(self)
        self.switch.setObjectName("link-channel-switch")
        self.switch.setWordWrap(True)
        self.switch.setTextFormat(Qt.TextFormat.PlainText)
        self.add_note(self.switch)

    def existing(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        known = {link.id for link in self.document.project.links}
        return tuple(i for i in ids if i in known)

    def heading(self) -> str:
        link = self.document.project.link(self.ids[0])
        return self.tr("Link — {0}").format(quoted(link.label)) if link.label else self.tr("Link")

    def refresh(self) -> None:
        project = self.document.project
        link = project.link(self.ids[0])
        source, target = project.card(link.from_card), project.card(link.to_card)
        self.ends.setText(
            self.tr("From: {0}\nTo: {1}").format(quoted(source.title), quoted(target.title))
        )
        self.label.set_value(link.label)
        self.switch.setText(self._switch_text(source.channel, target.channel))

    def _switch_text(self, source: str | None, target: str | None) -> str:
        project = self.document.project
        names = {c.id: c.label for c in project.channels}
        none = self.tr("no channel")
        if source != target:
            return self.tr("Channel switch: yes ({0} → {1})").format(
                names.get(source or "", none), names.get(target or "", none)
            )
        if source is None:
            return self.tr("Channel switch: no (neither card has a channel)")
        return self.tr("Channel switch: no (both {0})").format(names.get(source, source))

    def _set_label(self, value: str) -> None:
        if self.document.project.link(self.ids[0]).label == value:
            self.label.error.clear_error()
            return
        self.try_apply(UpdateLink(self.ids[0], {"label": value}), self.label.error)
