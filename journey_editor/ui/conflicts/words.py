"""How the conflicts panel and the canvas's conflict badges name a conflict: its object as the
user knows it ("Card «Pay online» in stage «Checkout» · persona «Anna»"), what differs
("Effort — changed on both sides") and each side's value for a person ("4 — hard", a
channel's label, a cell's stage and lane), short for a line and in full for its tooltip.

Names are read from the map as it is now (an object renamed since the merge shows its new
name); what the map no longer holds is named from the conflict's values, or by its id.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from journey_editor.edits.conflicts import current_value
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.entities import Conflict
from journey_editor.model.project import Project
from journey_editor.model.short_text import shorten
from journey_editor.ui.labels import effort_label, emotion_label, evidence_label, lane_kind_label
from journey_editor.ui.plurals import translate_count

CONTEXT = "Conflicts"
NAME_LIMIT = 40
SHORT_LIMIT = 48  # a value in the panel's line (elided again to the panel's width)
FULL_LIMIT = 600  # a value in a tooltip

_KINDS = {
    "project": QT_TRANSLATE_NOOP("Conflicts", "The map {name}"),
    "stage": QT_TRANSLATE_NOOP("Conflicts", "Stage {name}"),
    "persona": QT_TRANSLATE_NOOP("Conflicts", "Persona {name}"),
    "lane": QT_TRANSLATE_NOOP("Conflicts", "Lane {name}"),
    "card": QT_TRANSLATE_NOOP("Conflicts", "Card {name}"),
    "link": QT_TRANSLATE_NOOP("Conflicts", "Link {name}"),
    "channel": QT_TRANSLATE_NOOP("Conflicts", "Channel {name}"),
}
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("Conflicts", "title"),
    "description": QT_TRANSLATE_NOOP("Conflicts", "description"),
    "client": QT_TRANSLATE_NOOP("Conflicts", "client"),
    "author": QT_TRANSLATE_NOOP("Conflicts", "author"),
    "created": QT_TRANSLATE_NOOP("Conflicts", "created"),
    "modified": QT_TRANSLATE_NOOP("Conflicts", "modified"),
    "locale": QT_TRANSLATE_NOOP("Conflicts", "language"),
    "based_on": QT_TRANSLATE_NOOP("Conflicts", "based on"),
    "id": QT_TRANSLATE_NOOP("Conflicts", "id"),
    "name": QT_TRANSLATE_NOOP("Conflicts", "name"),
    "phase": QT_TRANSLATE_NOOP("Conflicts", "phase"),
    "role": QT_TRANSLATE_NOOP("Conflicts", "role"),
    "quote": QT_TRANSLATE_NOOP("Conflicts", "quote"),
    "goals": QT_TRANSLATE_NOOP("Conflicts", "goals"),
    "frustrations": QT_TRANSLATE_NOOP("Conflicts", "frustrations"),
    "colour": QT_TRANSLATE_NOOP("Conflicts", "colour"),
    "lanes": QT_TRANSLATE_NOOP("Conflicts", "lanes"),
    "kind": QT_TRANSLATE_NOOP("Conflicts", "kind"),
    "feeds_curve": QT_TRANSLATE_NOOP("Conflicts", "on the emotion curve"),
    "channel": QT_TRANSLATE_NOOP("Conflicts", "channel"),
    "effort": QT_TRANSLATE_NOOP("Conflicts", "effort"),
    "emotion": QT_TRANSLATE_NOOP("Conflicts", "emotion"),
    "evidence": QT_TRANSLATE_NOOP("Conflicts", "evidence"),
    "moment_of_truth": QT_TRANSLATE_NOOP("Conflicts", "moment of truth"),
    "exit_point": QT_TRANSLATE_NOOP("Conflicts", "exit point"),
    "tags": QT_TRANSLATE_NOOP("Conflicts", "tags"),
    "attributes": QT_TRANSLATE_NOOP("Conflicts", "other fields"),
    "label": QT_TRANSLATE_NOOP("Conflicts", "label"),
    "icon": QT_TRANSLATE_NOOP("Conflicts", "icon"),
    "persona": QT_TRANSLATE_NOOP("Conflicts", "persona"),
    "lane": QT_TRANSLATE_NOOP("Conflicts", "lane"),
    "stage": QT_TRANSLATE_NOOP("Conflicts", "stage"),
    "from_card": QT_TRANSLATE_NOOP("Conflicts", "from card"),
    "to_card": QT_TRANSLATE_NOOP("Conflicts", "to card"),
    "cell": QT_TRANSLATE_NOOP("Conflicts", "place on the map"),
    "position": QT_TRANSLATE_NOOP("Conflicts", "order"),
}
# Fields whose value is free text: "Edit…" offers a text editor for them.
TEXT_FIELDS = frozenset(
    {"title", "description", "name", "phase", "role", "quote", "label", "client", "author"}
)


def _tr(text: str) -> str:
    # Every text reaching here is marked with QT_TRANSLATE_NOOP("Conflicts", …).
    return QCoreApplication.translate("Conflicts", text)


def quoted(name: str) -> str:
    return (
        f"«{shorten(name, NAME_LIMIT)}»"
        if name.strip()
        else QCoreApplication.translate("Conflicts", "(untitled)")
    )


def field_word(field: str) -> str:
    word = _FIELDS.get(field)
    return _tr(word) if word else field.replace("_", " ")


def count_text(n: int) -> str:
    return translate_count(
        CONTEXT,
        QT_TRANSLATE_NOOP("Conflicts", "%n conflict"),
        QT_TRANSLATE_NOOP("Conflicts", "%n conflicts"),
        n,
    )


# --- the object ----------------------------------------------------------------------------------


def object_line(project: Project, conflict: Conflict) -> str:
    """'Card «Pay online» in stage «Checkout» · persona «Anna»', 'Lane «Actions» of persona
    «Anna»', 'Stage «Checkout»', 'The map «Workshop»'."""
    name, where = object_parts(project, conflict)
    return f"{name} {where}" if where else name


def object_parts(project: Project, conflict: Conflict) -> tuple[str, str]:
    """The object named ('Card «Pay online»') and where it is ('in stage «Checkout» ·
    persona «Anna»', or ''): the panel shows them on two lines."""
    kind = conflict.kind
    name = quoted(_current_name(project, conflict) or conflict.name)
    line = _tr(_KINDS[kind]).format(name=name)
    where = ""
    if kind == "card":
        card = _card_value(project, conflict)
        if card is not None:
            where = QCoreApplication.translate(
                "Conflicts", "in stage {stage} · persona {persona}"
            ).format(
                stage=quoted(_name_of(project, "stage", card.get("stage"))),
                persona=quoted(_name_of(project, "persona", card.get("persona"))),
            )
    elif kind == "lane":
        owner = _lane_owner(project, conflict.id)
        if owner is not None:
            where = QCoreApplication.translate("Conflicts", "of persona {persona}").format(
                persona=quoted(owner)
            )
    elif kind == "link":
        link = _value_dict(project, conflict)
        if link is not None:
            where = QCoreApplication.translate("Conflicts", "from {start} to {end}").format(
                start=quoted(_name_of(project, "card", link.get("from_card"))),
                end=quoted(_name_of(project, "card", link.get("to_card"))),
            )
    return line, where


def field_line(conflict: Conflict) -> str:
    """What the two sides disagree on: 'Effort — changed on both sides', 'Deleted in mine,
    changed in theirs'."""
    if conflict.field is None:
        if conflict.mine is None:
            return QCoreApplication.translate("Conflicts", "Deleted in mine, kept in theirs")
        if conflict.theirs is None:
            return QCoreApplication.translate("Conflicts", "Kept in mine, deleted in theirs")
        return QCoreApplication.translate("Conflicts", "Different on both sides")
    word = field_word(conflict.field)
    return word[:1].upper() + word[1:]


def badge_text(conflicts: list[Conflict]) -> str:
    """The canvas badge of an object's conflicts: 'conflict: effort, title'."""
    fields = [field_word(c.field) for c in conflicts if c.field is not None]
    if not fields:
        return QCoreApplication.translate("Conflicts", "conflict")
    return QCoreApplication.translate("Conflicts", "conflict: {fields}").format(
        fields=", ".join(dict.fromkeys(fields))
    )


# --- the values ---------------------------------------------------------------------------------

SIDE_LABELS = {
    "mine": QT_TRANSLATE_NOOP("Conflicts", "Mine: {value}"),
    "theirs": QT_TRANSLATE_NOOP("Conflicts", "Theirs: {value}"),
    "base": QT_TRANSLATE_NOOP("Conflicts", "Base: {value}"),
}


def side_lines(project: Project, conflict: Conflict) -> list[tuple[str, str, str]]:
    """(side, line, tooltip) for mine — what the map holds now, what "Keep mine" keeps —,
    theirs and base (what both copies started from)."""
    now = current_value(project, conflict)
    lines = []
    for side, value in (("mine", now), ("theirs", conflict.theirs), ("base", conflict.base)):
        label = _tr(SIDE_LABELS[side])
        short = label.format(value=value_text(project, conflict, value))
        full = label.format(value=value_text(project, conflict, value, FULL_LIMIT))
        if side == "mine" and now != conflict.mine:
            full += "\n" + QCoreApplication.translate(
                "Conflicts", "(changed since the merge, which gave {value})"
            ).format(value=value_text(project, conflict, conflict.mine, FULL_LIMIT))
        lines.append((side, short, full))
    return lines


def value_text(project: Project, conflict: Conflict, value: Any, limit: int = SHORT_LIMIT) -> str:
    """One side's value, for a person: '4 — hard', '«Pay online»', 'stage «Checkout», lane
    «Actions»', 'place 2', 'deleted', 'kept · effort 5'."""
    field = conflict.field
    if field is None:
        return _whole_text(project, conflict, value, limit)
    if field == "position" and isinstance(value, int):
        return QCoreApplication.translate("Conflicts", "place {n}").format(n=value + 1)
    if field == "cell" and isinstance(value, dict):
        return QCoreApplication.translate("Conflicts", "stage {stage}, lane {lane}").format(
            stage=quoted(_name_of(project, "stage", value.get("stage"))),
            lane=quoted(_name_of(project, "lane", value.get("lane"))),
        )
    return field_value(project, field, value, limit)


def field_value(project: Project, field: str, value: Any, limit: int = SHORT_LIMIT) -> str:
    if field == "effort" and (value is None or isinstance(value, int)):
        return effort_label(value)
    if field == "emotion" and (value is None or isinstance(value, int)):
        return emotion_label(value)
    if field == "evidence" and value in (None, "observed", "assumed", "proposed"):
        return evidence_label(value)
    if value is None:
        return QCoreApplication.translate("Conflicts", "none")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Conflicts", "yes")
            if value
            else QCoreApplication.translate("Conflicts", "no")
        )
    if field == "kind" and isinstance(value, str):
        return lane_kind_label(value)
    if field in ("channel", "persona", "lane", "stage", "from_card", "to_card"):
        kind = {"from_card": "card", "to_card": "card"}.get(field, field)
        return quoted(_name_of(project, kind, value))
    if isinstance(value, str):
        return (
            f"«{shorten(value, limit)}»"
            if value
            else QCoreApplication.translate("Conflicts", "(empty)")
        )
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(
            f"«{shorten(item, NAME_LIMIT)}»" for item in value
        ) or QCoreApplication.translate("Conflicts", "(empty)")
    if isinstance(value, int | float):
        return str(value)
    return shorten(json.dumps(value, ensure_ascii=False, sort_keys=True), limit)


def _whole_text(project: Project, conflict: Conflict, value: Any, limit: int) -> str:
    if value is None:
        return QCoreApplication.translate("Conflicts", "deleted")
    base = conflict.base if isinstance(conflict.base, dict) else None
    if not isinstance(value, dict):
        return shorten(str(value), limit)
    if value == base:
        return QCoreApplication.translate(
            "Conflicts", "present"
        )  # the object as it was: base's side, or a side that left it
    if base is None:
        changed = []
        word = QCoreApplication.translate("Conflicts", "added")
    else:
        keys = [k for k in value if k not in ("id", "lanes") and value.get(k) != base.get(k)]
        keys += [k for k in base if k not in value and k not in ("id", "lanes")]
        changed = [
            f"{field_word(k)} {field_value(project, k, value.get(k), NAME_LIMIT)}" for k in keys
        ]
        word = QCoreApplication.translate("Conflicts", "kept")
    return shorten(" · ".join([word, *changed]), limit)


# --- names ---------------------------------------------------------------------------------------


def _current_name(project: Project, conflict: Conflict) -> str:
    if conflict.kind == "project":
        return project.title
    return _name_of(project, conflict.kind, conflict.id, fallback="")


def _name_of(project: Project, kind: str, object_id: Any, fallback: str | None = None) -> str:
    """The name the map gives the object now; `fallback` (else its id) when it has none."""
    if not isinstance(object_id, str):
        return "" if fallback is None else fallback
    objects: list[Any]
    if kind == "lane":
        objects = [lane for persona in project.personas for lane in persona.lanes]
    else:
        objects = {
            "stage": project.stages,
            "persona": project.personas,
            "card": project.cards,
            "link": project.links,
            "channel": project.channels,
        }.get(kind, [])
    title = {"card": "title", "link": "label", "channel": "label"}.get(kind, "name")
    for item in objects:
        if item.id == object_id:
            return getattr(item, title)
    return object_id if fallback is None else fallback


def _lane_owner(project: Project, lane_id: str) -> str | None:
    for persona in project.personas:
        if any(lane.id == lane_id for lane in persona.lanes):
            return persona.name
    return None


def _value_dict(project: Project, conflict: Conflict) -> dict[str, Any] | None:
    """The object as the map holds it now, else as one of the conflict's values has it."""
    kind = conflict.kind
    if kind == "card":
        for card in project.cards:
            if card.id == conflict.id:
                return card.model_dump(mode="json")
    if kind == "link":
        for link in project.links:
            if link.id == conflict.id:
                return link.model_dump(mode="json")
    for value in (conflict.mine, conflict.theirs, conflict.base):
        if isinstance(value, dict) and value.get("id", conflict.id) == conflict.id:
            return value
    return None


def _card_value(project: Project, conflict: Conflict) -> dict[str, Any] | None:
    card = _value_dict(project, conflict)
    if card is None or "stage" not in card:
        return None
    return card
