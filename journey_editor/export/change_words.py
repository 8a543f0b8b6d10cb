"""The words of a change handout, in the PDF's language: what the badges on the map say, and
the cells of the change table. They name every object as the user knows it (card «title»,
stage «name»), as `journey-editor diff` does, but in the map's language ("carte «…»" in a
French handout); ids stay out of print.

    words = ChangeWords("fr")
    words.sign(change), words.subject(change), words.where(change), words.what(change)
    words.badge_fields(records)   # "effort 3 → 2 · émotion −1 → +1"
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from journey_editor.compare import (
    Added,
    Changed,
    Difference,
    Figure,
    Moved,
    Place,
    Ref,
    Removed,
    Reordered,
    change_type,
)
from journey_editor.i18n import QT_TRANSLATE_NOOP, plural_form, translate
from journey_editor.layout.figures import MINUS, decimal, decimal_mark
from journey_editor.model.short_text import shorten

NAME_LIMIT = 40  # characters of a name in a table cell
VALUE_LIMIT = 60  # characters of a text value in a table cell
BADGE_NAME_LIMIT = 24  # characters of a name on a badge
ARROW = "→"
DASH = "—"
SIGNS = {"added": "+", "removed": MINUS, "changed": "~", "moved": "↳", "reordered": "↕"}

_CHANGE_WORDS = {
    "added": QT_TRANSLATE_NOOP("PdfChanges", "added"),
    "removed": QT_TRANSLATE_NOOP("PdfChanges", "removed"),
    "changed": QT_TRANSLATE_NOOP("PdfChanges", "changed"),
    "moved": QT_TRANSLATE_NOOP("PdfChanges", "moved"),
    "reordered": QT_TRANSLATE_NOOP("PdfChanges", "reordered"),
}
_KIND_WORDS = {
    "project": QT_TRANSLATE_NOOP("PdfChanges", "map"),
    "stage": QT_TRANSLATE_NOOP("PdfChanges", "stage"),
    "persona": QT_TRANSLATE_NOOP("PdfChanges", "persona"),
    "lane": QT_TRANSLATE_NOOP("PdfChanges", "lane"),
    "card": QT_TRANSLATE_NOOP("PdfChanges", "card"),
    "link": QT_TRANSLATE_NOOP("PdfChanges", "link"),
    "channel": QT_TRANSLATE_NOOP("PdfChanges", "channel"),
}
_LIST_WORDS = {
    "stage": QT_TRANSLATE_NOOP("PdfChanges", "stages"),
    "persona": QT_TRANSLATE_NOOP("PdfChanges", "personas"),
    "lane": QT_TRANSLATE_NOOP("PdfChanges", "lanes"),
    "channel": QT_TRANSLATE_NOOP("PdfChanges", "channels"),
    "card": QT_TRANSLATE_NOOP("PdfChanges", "cards"),
    "link": QT_TRANSLATE_NOOP("PdfChanges", "links"),
}
# The fields of the map's objects, as a person calls them; any other field by its own name.
_FIELD_WORDS = {
    "title": QT_TRANSLATE_NOOP("PdfChanges", "title"),
    "description": QT_TRANSLATE_NOOP("PdfChanges", "description"),
    "channel": QT_TRANSLATE_NOOP("PdfChanges", "channel"),
    "effort": QT_TRANSLATE_NOOP("PdfChanges", "effort"),
    "emotion": QT_TRANSLATE_NOOP("PdfChanges", "emotion"),
    "evidence": QT_TRANSLATE_NOOP("PdfChanges", "evidence"),
    "moment_of_truth": QT_TRANSLATE_NOOP("PdfChanges", "moment of truth"),
    "exit_point": QT_TRANSLATE_NOOP("PdfChanges", "exit point"),
    "tags": QT_TRANSLATE_NOOP("PdfChanges", "tags"),
    "votes": QT_TRANSLATE_NOOP("PdfChanges", "votes"),
    "attributes": QT_TRANSLATE_NOOP("PdfChanges", "other data"),
    "name": QT_TRANSLATE_NOOP("PdfChanges", "name"),
    "phase": QT_TRANSLATE_NOOP("PdfChanges", "phase"),
    "kind": QT_TRANSLATE_NOOP("PdfChanges", "kind"),
    "feeds_curve": QT_TRANSLATE_NOOP("PdfChanges", "on the emotion curve"),
    "role": QT_TRANSLATE_NOOP("PdfChanges", "role"),
    "quote": QT_TRANSLATE_NOOP("PdfChanges", "quote"),
    "goals": QT_TRANSLATE_NOOP("PdfChanges", "goals"),
    "frustrations": QT_TRANSLATE_NOOP("PdfChanges", "frustrations"),
    "colour": QT_TRANSLATE_NOOP("PdfChanges", "colour"),
    "label": QT_TRANSLATE_NOOP("PdfChanges", "label"),
    "icon": QT_TRANSLATE_NOOP("PdfChanges", "icon"),
    "from_card": QT_TRANSLATE_NOOP("PdfChanges", "from card"),
    "to_card": QT_TRANSLATE_NOOP("PdfChanges", "to card"),
    "client": QT_TRANSLATE_NOOP("PdfChanges", "client"),
    "author": QT_TRANSLATE_NOOP("PdfChanges", "author"),
    "created": QT_TRANSLATE_NOOP("PdfChanges", "created"),
    "modified": QT_TRANSLATE_NOOP("PdfChanges", "modified"),
    "locale": QT_TRANSLATE_NOOP("PdfChanges", "language"),
}
# Fields whose values fit on a badge ("effort 3 → 2"); the others show by name only.
_BADGE_VALUES = frozenset({"effort", "emotion", "evidence", "channel", "votes"})
# Names: on a badge, the former one ("was «Achat»"), as the new one is right there.
_NAMES = frozenset({"name", "title", "label"})
# Yes/no fields: on a badge, "+ exit point" or "− exit point".
_FLAGS = frozenset({"moment_of_truth", "exit_point", "feeds_curve"})
# The legend's words, marked (and translated) in `legend_words` under "Legend".
_EVIDENCE = {"observed": "observed", "assumed": "assumed", "proposed": "proposed"}
_LANE_KINDS = {
    "touchpoints": "touchpoints",
    "actions": "actions",
    "thoughts": "thoughts",
    "emotions": "emotions",
    "pain_points": "pain points",
    "opportunities": "opportunities",
    "backstage": "backstage",
    "notes": "notes",
}
_COUNTS = {
    "added": QT_TRANSLATE_NOOP("PdfChanges", "added: {n}"),
    "removed": QT_TRANSLATE_NOOP("PdfChanges", "removed: {n}"),
    "changed": QT_TRANSLATE_NOOP("PdfChanges", "changed: {n}"),
    "moved": QT_TRANSLATE_NOOP("PdfChanges", "moved: {n}"),
    "reordered": QT_TRANSLATE_NOOP("PdfChanges", "reordered: {n}"),
}


class ChangeWords:
    """The change handout's words in one language ("en", "fr")."""

    def __init__(self, language: str = "en") -> None:
        self.language = language
        self.mark = decimal_mark(language)

    def __call__(self, text: str) -> str:
        return translate("PdfChanges", text, self.language)

    def legend(self, text: str) -> str:
        return translate("Legend", text, self.language)

    def counted(self, singular: str, plural: str, n: int) -> str:
        """ "%n card" / "%n cards" in the language, with n written in."""
        text = plural_form(singular, plural, n, self.language)
        return self(text).replace("%n", str(n))

    # --- names ----------------------------------------------------------------------------------

    def quoted(self, name: str, limit: int = NAME_LIMIT) -> str:
        return f"«{shorten(name, limit)}»" if name.strip() else self(UNTITLED)

    def kind(self, kind: str) -> str:
        return self(_KIND_WORDS.get(kind, kind))

    def named(self, ref: Ref, limit: int = NAME_LIMIT) -> str:
        """ "card «Blog»", "map" for the map itself."""
        if ref.kind == "project":
            return self.kind("project")
        return f"{self.kind(ref.kind)} {self.quoted(ref.name, limit)}"

    def field(self, name: str) -> str:
        words = _FIELD_WORDS.get(name)
        return self(words) if words else name.replace("_", " ")

    # --- the cells of a table row ---------------------------------------------------------------

    def sign(self, change: Difference) -> str:
        """ "+ added", "− removed", "~ changed", "↳ moved", "↕ reordered"."""
        kind = change_type(change)
        return f"{SIGNS[kind]} {self(_CHANGE_WORDS[kind])}"

    def subject(self, change: Difference) -> str:
        """The object: "card «Blog»", "stage «Achat»", "lanes of persona «Léa»"."""
        if isinstance(change, Reordered):
            words = self(_LIST_WORDS.get(change.kind, change.kind))
            if change.parent is not None:
                of = self(QT_TRANSLATE_NOOP("PdfChanges", "{items} of persona {name}"))
                return of.format(items=words, name=self.quoted(change.parent.name))
            return words
        return self.named(change.ref)

    def where(self, change: Difference) -> str:
        """Where the object is in B (in A for a removed one), below its persona and stage:
        "lane «Irritants», position 2"; a link's ends."""
        if isinstance(change, Reordered):
            return ""
        if change.ref.kind == "link" and change.ends is not None:
            start, end = change.ends
            text = self(QT_TRANSLATE_NOOP("PdfChanges", "from card {start} to card {end}"))
            return text.format(start=self.quoted(start.name), end=self.quoted(end.name))
        place = change.new if isinstance(change, Moved) else change.place
        if change.ref.kind == "card" and place is not None:
            return self.lane_position(place)
        if change.ref.kind in ("stage", "persona", "lane") and isinstance(change, Added):
            text = self(QT_TRANSLATE_NOOP("PdfChanges", "position {n}"))
            return text.format(n=change.index + 1)
        return ""

    def lane_position(self, place: Place) -> str:
        text = self(QT_TRANSLATE_NOOP("PdfChanges", "lane {lane}, position {n}"))
        return text.format(lane=self.quoted(place.lane.name), n=place.index + 1)

    def what(self, change: Difference) -> str:
        """What changed, old → new; "" when the change says it all (an added card)."""
        if isinstance(change, Changed):
            return f"{self.field(change.field)} {self.old_new(change)}"
        if isinstance(change, Moved):
            return self.move(change)
        if isinstance(change, Reordered):
            if change.kind == "link":
                return self(
                    QT_TRANSLATE_NOOP("PdfChanges", "in the file only (nothing changes on the map)")
                )
            old = ", ".join(self.quoted(ref.name) for ref in change.old)
            new = ", ".join(self.quoted(ref.name) for ref in change.new)
            return f"{old} {ARROW} {new}"
        if isinstance(change, Removed) and change.ref.kind == "persona":
            lanes = len(change.value.get("lanes", ()))
            if lanes:
                return self.counted(
                    QT_TRANSLATE_NOOP("PdfChanges", "with its %n lane"),
                    QT_TRANSLATE_NOOP("PdfChanges", "with its %n lanes"),
                    lanes,
                )
        return ""

    def old_new(self, change: Changed, limit: int = VALUE_LIMIT) -> str:
        if change.old_target is not None or change.new_target is not None:
            old, new = self.target(change.old_target), self.target(change.new_target)
        else:
            old = self.value(change.old, change.field, limit)
            new = self.value(change.new, change.field, limit)
        return f"{old} {ARROW} {new}"

    def target(self, ref: Ref | None, limit: int = NAME_LIMIT) -> str:
        if ref is None:
            return self(QT_TRANSLATE_NOOP("PdfChanges", "none"))
        return self.quoted(ref.name or ref.id, limit)

    def move(self, change: Moved) -> str:
        old, new = change.old, change.new
        if change.how == "order":
            return self(
                QT_TRANSLATE_NOOP("PdfChanges", "in the file's list of cards only (same place)")
            )
        if change.how == "position":
            text = self(QT_TRANSLATE_NOOP("PdfChanges", "from position {old} to {new}"))
            return text.format(old=old.index + 1, new=new.index + 1)
        text = self(QT_TRANSLATE_NOOP("PdfChanges", "from {old} to {new}"))
        with_persona = old.persona.id != new.persona.id
        return text.format(old=self.place(old, with_persona), new=self.place(new, with_persona))

    def place(self, place: Place, with_persona: bool = True) -> str:
        """ "persona «Léa», stage «Achat», lane «Irritants», position 1"."""
        parts = []
        if with_persona:
            parts.append(f"{self.kind('persona')} {self.quoted(place.persona.name)}")
        parts.append(f"{self.kind('stage')} {self.quoted(place.stage.name)}")
        parts.append(self.lane_position(place))
        return ", ".join(parts)

    def value(self, value: Any, field: str = "", limit: int = VALUE_LIMIT) -> str:
        """A field's value for a person: text in «», numbers (emotion signed), yes/no, none."""
        if value is None:
            return self(QT_TRANSLATE_NOOP("PdfChanges", "none"))
        if isinstance(value, bool):
            return self(
                QT_TRANSLATE_NOOP("PdfChanges", "yes")
                if value
                else QT_TRANSLATE_NOOP("PdfChanges", "no")
            )
        if isinstance(value, int) and field == "emotion":
            return f"{value:+d}".replace("-", MINUS) if value else "0"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return decimal(value, self.mark)
        if isinstance(value, str):
            if field == "evidence" and value in _EVIDENCE:
                return self.legend(_EVIDENCE[value])
            if field == "kind" and value in _LANE_KINDS:
                return self.legend(_LANE_KINDS[value])
            if not value:
                return self(QT_TRANSLATE_NOOP("PdfChanges", "(empty)"))
            return f"«{shorten(value, limit)}»"
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            shown = ", ".join(f"«{shorten(item, NAME_LIMIT)}»" for item in value)
            return shown or self(QT_TRANSLATE_NOOP("PdfChanges", "(none)"))
        return shorten(json.dumps(value, ensure_ascii=False, sort_keys=True), limit)

    # --- badges on the map ----------------------------------------------------------------------

    def badge_new(self) -> str:
        return f"+ {self(NEW)}"

    def badge_fields(self, records: Sequence[Changed], values: bool = True) -> str:
        """ "~ effort 3 → 2 · emotion −1 → +1 · + exit point · was «Achat»": one part per
        field, values only where they are short (the table has them all); without `values`,
        the fields' names only ("~ effort · emotion · name"), for a badge with little room."""
        parts = []
        for record in records:
            name = self.field(record.field)
            if not values:
                parts.append(name)
            elif record.field in _NAMES and isinstance(record.old, str) and record.old.strip():
                was = self(QT_TRANSLATE_NOOP("PdfChanges", "was {name}"))
                parts.append(was.format(name=self.quoted(record.old, BADGE_NAME_LIMIT)))
            elif record.field in _FLAGS and isinstance(record.new, bool):
                parts.append(f"{'+' if record.new else MINUS} {name}")
            elif record.field in _BADGE_VALUES:
                parts.append(f"{name} {self.old_new(record, BADGE_NAME_LIMIT)}")
            else:
                parts.append(name)
        return "~ " + " · ".join(parts)

    def badge_moved(self, change: Moved) -> str:
        """ "↳ from «Achat»", "↳ from «Léa» · «Achat»", "↳ from position 3"."""
        old, new = change.old, change.new
        if change.how == "position":
            text = self(QT_TRANSLATE_NOOP("PdfChanges", "from position {n}"))
            return f"{SIGNS['moved']} {text.format(n=old.index + 1)}"
        names = []
        if old.persona.id != new.persona.id:
            names.append(self.quoted(old.persona.name, BADGE_NAME_LIMIT))
        if old.stage.id != new.stage.id or not names:
            names.append(self.quoted(old.stage.name, BADGE_NAME_LIMIT))
        if old.lane.id != new.lane.id and old.persona.id == new.persona.id:
            names.append(self.quoted(old.lane.name, BADGE_NAME_LIMIT))
        text = self(QT_TRANSLATE_NOOP("PdfChanges", "from {place}"))
        return f"{SIGNS['moved']} {text.format(place=' · '.join(names))}"

    def badge_removed(self, count: int) -> str:
        """ "− 2 removed": cards of this cell that B no longer has."""
        text = self.counted(
            QT_TRANSLATE_NOOP("PdfChanges", "%n card removed"),
            QT_TRANSLATE_NOOP("PdfChanges", "%n cards removed"),
            count,
        )
        return f"{MINUS} {text}"

    # --- counts and figures ---------------------------------------------------------------------

    def counts(self, counts: dict[str, int]) -> str:
        """ "12 changes (added: 4, removed: 2, …)"."""
        total = sum(counts.values())
        head = self.counted(
            QT_TRANSLATE_NOOP("PdfChanges", "%n change"),
            QT_TRANSLATE_NOOP("PdfChanges", "%n changes"),
            total,
        )
        parts = [self(_COUNTS[name]).format(n=count) for name, count in counts.items() if count]
        return f"{head} ({', '.join(parts)})" if parts else head

    def figure(self, figure: Figure, signed: bool, integer: bool) -> str:
        """ "1.7 → 1.3 (−0.3)"; one number when nothing changed; "–" for no score."""
        before = self.number(figure.before, signed, integer)
        after = self.number(figure.after, signed, integer)
        if before == after:
            return before
        text = f"{before} {ARROW} {after}"
        delta = figure.delta
        if delta is not None:
            text += f" ({self.number(delta, True, integer)})"
        return text

    def number(self, value: float | int | None, signed: bool, integer: bool) -> str:
        if value is None:
            return "–"
        if integer:
            value = round(value)
            if signed and value:
                return f"{value:+d}".replace("-", MINUS)
            return str(value)
        return decimal(float(value), self.mark, signed=signed)


UNTITLED = QT_TRANSLATE_NOOP("PdfChanges", "(untitled)")
NEW = QT_TRANSLATE_NOOP("PdfChanges", "new")


def file_name(label: str) -> str:
    """The file of a path as given: "as-is.journey.json" for "../maps/as-is.journey.json"."""
    return label.replace("\\", "/").rsplit("/", 1)[-1] if label else ""
