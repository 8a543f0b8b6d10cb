"""The words of compare mode in the interface's language: the marks' words (`MarkWords`, for
`layout.change_marks`) and one line per change for the changes panel.

A line names its object as the diff does (its `Ref`: kind and name, as the user knows it) and
says what happened to it; the panel's headings already say the persona and the stage, so a
line does not repeat them (the diff's own text, `journey-editor diff`, is English only and
lives in the command line's layer: this is its translated sibling).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from journey_editor.compare import Added, Changed, Difference, Moved, Ref, Removed, Reordered
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.layout.change_marks import MarkWords
from journey_editor.model.short_text import shorten
from journey_editor.model.types import EVIDENCE_LEVELS, LANE_KINDS
from journey_editor.ui.labels import evidence_label, lane_kind_label
from journey_editor.ui.plurals import translate_count

CONTEXT = "CompareWith"
NAME_LIMIT = 40
VALUE_LIMIT = 60


def translated(marked: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("CompareWith", …), in the interface's language."""
    return QCoreApplication.translate("CompareWith", marked)


_KINDS = {
    "project": QT_TRANSLATE_NOOP("CompareWith", "map"),
    "stage": QT_TRANSLATE_NOOP("CompareWith", "stage"),
    "persona": QT_TRANSLATE_NOOP("CompareWith", "persona"),
    "lane": QT_TRANSLATE_NOOP("CompareWith", "lane"),
    "card": QT_TRANSLATE_NOOP("CompareWith", "card"),
    "link": QT_TRANSLATE_NOOP("CompareWith", "link"),
    "channel": QT_TRANSLATE_NOOP("CompareWith", "channel"),
}
_LISTS = {
    "stage": QT_TRANSLATE_NOOP("CompareWith", "stages"),
    "persona": QT_TRANSLATE_NOOP("CompareWith", "personas"),
    "lane": QT_TRANSLATE_NOOP("CompareWith", "lanes"),
    "channel": QT_TRANSLATE_NOOP("CompareWith", "channels"),
    "card": QT_TRANSLATE_NOOP("CompareWith", "cards"),
    "link": QT_TRANSLATE_NOOP("CompareWith", "links"),
}
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("CompareWith", "title"),
    "description": QT_TRANSLATE_NOOP("CompareWith", "description"),
    "client": QT_TRANSLATE_NOOP("CompareWith", "client"),
    "author": QT_TRANSLATE_NOOP("CompareWith", "author"),
    "created": QT_TRANSLATE_NOOP("CompareWith", "created"),
    "modified": QT_TRANSLATE_NOOP("CompareWith", "modified"),
    "locale": QT_TRANSLATE_NOOP("CompareWith", "language"),
    "name": QT_TRANSLATE_NOOP("CompareWith", "name"),
    "phase": QT_TRANSLATE_NOOP("CompareWith", "phase"),
    "role": QT_TRANSLATE_NOOP("CompareWith", "role"),
    "quote": QT_TRANSLATE_NOOP("CompareWith", "quote"),
    "goals": QT_TRANSLATE_NOOP("CompareWith", "goals"),
    "frustrations": QT_TRANSLATE_NOOP("CompareWith", "frustrations"),
    "colour": QT_TRANSLATE_NOOP("CompareWith", "colour"),
    "kind": QT_TRANSLATE_NOOP("CompareWith", "kind"),
    "feeds_curve": QT_TRANSLATE_NOOP("CompareWith", "on the emotion curve"),
    "channel": QT_TRANSLATE_NOOP("CompareWith", "channel"),
    "effort": QT_TRANSLATE_NOOP("CompareWith", "effort"),
    "emotion": QT_TRANSLATE_NOOP("CompareWith", "emotion"),
    "evidence": QT_TRANSLATE_NOOP("CompareWith", "evidence"),
    "moment_of_truth": QT_TRANSLATE_NOOP("CompareWith", "moment of truth"),
    "exit_point": QT_TRANSLATE_NOOP("CompareWith", "exit point"),
    "tags": QT_TRANSLATE_NOOP("CompareWith", "tags"),
    "votes": QT_TRANSLATE_NOOP("CompareWith", "votes"),
    "attributes": QT_TRANSLATE_NOOP("CompareWith", "other fields"),
    "label": QT_TRANSLATE_NOOP("CompareWith", "label"),
    "icon": QT_TRANSLATE_NOOP("CompareWith", "icon"),
    "from_card": QT_TRANSLATE_NOOP("CompareWith", "from card"),
    "to_card": QT_TRANSLATE_NOOP("CompareWith", "to card"),
}


def mark_words() -> MarkWords:
    """What the marks on the map say, translated."""
    values = {level: evidence_label(level).lower() for level in EVIDENCE_LEVELS}
    values |= {kind: lane_kind_label(kind).lower() for kind in LANE_KINDS}
    return MarkWords(
        added=QCoreApplication.translate("CompareWith", "new"),
        removed=QCoreApplication.translate("CompareWith", "removed"),
        moved=QCoreApplication.translate("CompareWith", "moved"),
        moved_from=QCoreApplication.translate("CompareWith", "moved from {place}"),
        place=QCoreApplication.translate("CompareWith", "stage «{stage}», lane «{lane}»"),
        place_with_persona=QCoreApplication.translate(
            "CompareWith", "persona «{persona}», stage «{stage}», lane «{lane}»"
        ),
        position=QCoreApplication.translate("CompareWith", "position {old} → {new}"),
        change=QCoreApplication.translate("CompareWith", "{field} {old} → {new}"),
        text_change=QCoreApplication.translate("CompareWith", "{field} changed"),
        yes=QCoreApplication.translate("CompareWith", "yes"),
        no=QCoreApplication.translate("CompareWith", "no"),
        none=QCoreApplication.translate("CompareWith", "none"),
        empty=QCoreApplication.translate("CompareWith", "(empty)"),
        fields={name: translated(word) for name, word in _FIELDS.items()},
        values=values,
    )


# --- naming -------------------------------------------------------------------------------------


def quoted(name: str) -> str:
    return (
        f"«{shorten(name, NAME_LIMIT)}»"
        if name.strip()
        else QCoreApplication.translate("CompareWith", "(untitled)")
    )


def named(ref: Ref) -> str:
    """`card «Blog»`, in the interface's language."""
    return QCoreApplication.translate("CompareWith", "{kind} {name}").format(
        kind=translated(_KINDS[ref.kind]), name=quoted(ref.name)
    )


def field_word(name: str) -> str:
    word = _FIELDS.get(name)
    return translated(word) if word else name.replace("_", " ")


def value_text(value: Any, field: str) -> str:
    """A field's value for a person: text in «», emotion signed, yes / no, none."""
    words = mark_words()
    if value is None:
        return words.none
    if isinstance(value, bool):
        return words.yes if value else words.no
    if isinstance(value, int) and field == "emotion":
        return f"+{value}" if value > 0 else f"−{-value}" if value < 0 else "0"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        if field in ("evidence", "kind"):
            return words.values.get(value, value)
        return f"«{shorten(value, VALUE_LIMIT)}»" if value else words.empty
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(f"«{shorten(item, NAME_LIMIT)}»" for item in value) or words.empty
    return shorten(json.dumps(value, ensure_ascii=False, sort_keys=True), VALUE_LIMIT)


# --- one line per change ------------------------------------------------------------------------


def describe(change: Difference, with_lane: bool = False) -> str:
    """The change in a line, without the persona and stage its heading gives (an added or
    removed card's lane too, but `with_lane`: a tooltip has room for it)."""
    if isinstance(change, Reordered):
        old = ", ".join(quoted(ref.name) for ref in change.old)
        new = ", ".join(quoted(ref.name) for ref in change.new)
        what = translated(_LISTS[change.kind])
        if change.kind == "link":
            return QCoreApplication.translate(
                "CompareWith", "{what} reordered in the file (nothing changes on the map)"
            ).format(what=what)
        return QCoreApplication.translate("CompareWith", "{what} reordered: {old} → {new}").format(
            what=what, old=old, new=new
        )
    subject = (
        named(change.ref)
        if change.ref.kind != "project"
        else QCoreApplication.translate("CompareWith", "map")
    )
    if isinstance(change, Added | Removed):
        if isinstance(change, Added):
            text = QCoreApplication.translate("CompareWith", "{subject} added")
        else:
            text = QCoreApplication.translate("CompareWith", "{subject} removed")
        text = text.format(subject=subject)
        return text + _lane_of(change.place) if with_lane else text
    if isinstance(change, Changed):
        if change.old_target is not None or change.new_target is not None:
            old, new = _target(change.old_target), _target(change.new_target)
        else:
            old, new = value_text(change.old, change.field), value_text(change.new, change.field)
        return QCoreApplication.translate("CompareWith", "{subject}: {field} {old} → {new}").format(
            subject=subject, field=field_word(change.field), old=old, new=new
        )
    assert isinstance(change, Moved)
    if change.how == "order":
        return QCoreApplication.translate(
            "CompareWith", "{subject} moved in the file's list of cards only"
        ).format(subject=subject)
    if change.how == "position":
        return QCoreApplication.translate(
            "CompareWith", "{subject} moved in its cell from position {old} to {new}"
        ).format(subject=subject, old=change.old.index + 1, new=change.new.index + 1)
    old = change.old
    if old.persona.id != change.new.persona.id:
        place = QCoreApplication.translate(
            "CompareWith", "persona {persona}, stage {stage}, lane {lane}"
        ).format(
            persona=quoted(old.persona.name),
            stage=quoted(old.stage.name),
            lane=quoted(old.lane.name),
        )
    else:
        place = QCoreApplication.translate("CompareWith", "stage {stage}, lane {lane}").format(
            stage=quoted(old.stage.name), lane=quoted(old.lane.name)
        )
    return QCoreApplication.translate("CompareWith", "{subject} moved here from {place}").format(
        subject=subject, place=place
    )


def _lane_of(place) -> str:
    if place is None:
        return ""
    return " " + QCoreApplication.translate("CompareWith", "(lane {lane})").format(
        lane=quoted(place.lane.name)
    )


def _target(ref: Ref | None) -> str:
    return (
        QCoreApplication.translate("CompareWith", "none")
        if ref is None
        else quoted(ref.name or ref.id)
    )


# --- headings and counts ------------------------------------------------------------------------

SECTION_TITLES = {
    "map": QT_TRANSLATE_NOOP("CompareWith", "Map"),
    "stages": QT_TRANSLATE_NOOP("CompareWith", "Stages"),
    "personas": QT_TRANSLATE_NOOP("CompareWith", "Personas"),
    "channels": QT_TRANSLATE_NOOP("CompareWith", "Channels"),
    "file_order": QT_TRANSLATE_NOOP("CompareWith", "Order in the file only"),
}


def persona_heading(ref: Ref) -> str:
    return QCoreApplication.translate("CompareWith", "Persona {name}").format(name=quoted(ref.name))


def stage_heading(ref: Ref) -> str:
    return QCoreApplication.translate("CompareWith", "Stage {name}").format(name=quoted(ref.name))


def changes_count(n: int) -> str:
    return translate_count(
        CONTEXT,
        QT_TRANSLATE_NOOP("CompareWith", "%n change"),
        QT_TRANSLATE_NOOP("CompareWith", "%n changes"),
        n,
    )


def counts_text(counts: dict[str, int]) -> str:
    """`4 added, 2 removed, 4 changed, 1 moved, 1 reordered` (the sorts there are)."""
    words = {
        "added": QCoreApplication.translate("CompareWith", "{n} added"),
        "removed": QCoreApplication.translate("CompareWith", "{n} removed"),
        "changed": QCoreApplication.translate("CompareWith", "{n} changed"),
        "moved": QCoreApplication.translate("CompareWith", "{n} moved"),
        "reordered": QCoreApplication.translate("CompareWith", "{n} reordered"),
    }
    return ", ".join(words[sort].format(n=n) for sort, n in counts.items() if n)
