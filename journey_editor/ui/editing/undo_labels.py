"""Undo-history labels in the interface's language.

The Qt-free edits name their step in English (edits/labels.py: 'Rename card «Blog» to «Site»',
'Delete 3 cards', 'Change effort of card «Blog» (and 2 more)'). Their grammar is small and
fixed, so the undo command reads the label back and rebuilds it from translated pieces. The
names the user typed (between «» or, without a name, the id in quotes) are never translated.
A label that matches no pattern (already translated by a UI verb, or a new wording in edits/)
is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.ui.plurals import translate_count

_KIND = r"(?P<kind>stage|persona|lane|card|link|channel)"
_NAME = r"(?P<name>«.*»|\"[^\"]*\")"
_OBJECT = rf"{_KIND} {_NAME}"

# How each kind of object is named, alone and after "of" (French needs its articles).
_OBJECTS = {
    "stage": QT_TRANSLATE_NOOP("UndoLabels", "stage {name}"),
    "persona": QT_TRANSLATE_NOOP("UndoLabels", "persona {name}"),
    "lane": QT_TRANSLATE_NOOP("UndoLabels", "lane {name}"),
    "card": QT_TRANSLATE_NOOP("UndoLabels", "card {name}"),
    "link": QT_TRANSLATE_NOOP("UndoLabels", "link {name}"),
    "channel": QT_TRANSLATE_NOOP("UndoLabels", "channel {name}"),
}
_OF_OBJECTS = {
    "stage": QT_TRANSLATE_NOOP("UndoLabels", "of stage {name}"),
    "persona": QT_TRANSLATE_NOOP("UndoLabels", "of persona {name}"),
    "lane": QT_TRANSLATE_NOOP("UndoLabels", "of lane {name}"),
    "card": QT_TRANSLATE_NOOP("UndoLabels", "of card {name}"),
    "link": QT_TRANSLATE_NOOP("UndoLabels", "of link {name}"),
    "channel": QT_TRANSLATE_NOOP("UndoLabels", "of channel {name}"),
}
_UNTITLED = {
    "stage": QT_TRANSLATE_NOOP("UndoLabels", "untitled stage"),
    "persona": QT_TRANSLATE_NOOP("UndoLabels", "untitled persona"),
    "lane": QT_TRANSLATE_NOOP("UndoLabels", "untitled lane"),
    "card": QT_TRANSLATE_NOOP("UndoLabels", "untitled card"),
    "link": QT_TRANSLATE_NOOP("UndoLabels", "unlabelled link"),
    "channel": QT_TRANSLATE_NOOP("UndoLabels", "unnamed channel"),
}
_OF_UNTITLED = {
    "stage": QT_TRANSLATE_NOOP("UndoLabels", "of an untitled stage"),
    "persona": QT_TRANSLATE_NOOP("UndoLabels", "of an untitled persona"),
    "lane": QT_TRANSLATE_NOOP("UndoLabels", "of an untitled lane"),
    "card": QT_TRANSLATE_NOOP("UndoLabels", "of an untitled card"),
    "link": QT_TRANSLATE_NOOP("UndoLabels", "of an unlabelled link"),
    "channel": QT_TRANSLATE_NOOP("UndoLabels", "of an unnamed channel"),
}
UNNAMED = '""'  # how edits/labels.py names an object that has no name yet
_VERBS = {
    "Add": QT_TRANSLATE_NOOP("UndoLabels", "Add {object}"),
    "Delete": QT_TRANSLATE_NOOP("UndoLabels", "Delete {object}"),
    "Restore": QT_TRANSLATE_NOOP("UndoLabels", "Restore {object}"),
    "Move": QT_TRANSLATE_NOOP("UndoLabels", "Move {object}"),
    "Copy": QT_TRANSLATE_NOOP("UndoLabels", "Copy {object}"),
    "Edit": QT_TRANSLATE_NOOP("UndoLabels", "Edit {object}"),
}
# The fields edits name ("Change {field} of …"), with underscores read as spaces.
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("UndoLabels", "title"),
    "description": QT_TRANSLATE_NOOP("UndoLabels", "description"),
    "channel": QT_TRANSLATE_NOOP("UndoLabels", "channel"),
    "effort": QT_TRANSLATE_NOOP("UndoLabels", "effort"),
    "emotion": QT_TRANSLATE_NOOP("UndoLabels", "emotion"),
    "evidence": QT_TRANSLATE_NOOP("UndoLabels", "evidence"),
    "moment of truth": QT_TRANSLATE_NOOP("UndoLabels", "moment of truth"),
    "exit point": QT_TRANSLATE_NOOP("UndoLabels", "exit point"),
    "tags": QT_TRANSLATE_NOOP("UndoLabels", "tags"),
    "votes": QT_TRANSLATE_NOOP("UndoLabels", "votes"),
    "name": QT_TRANSLATE_NOOP("UndoLabels", "name"),
    "phase": QT_TRANSLATE_NOOP("UndoLabels", "phase"),
    "role": QT_TRANSLATE_NOOP("UndoLabels", "role"),
    "quote": QT_TRANSLATE_NOOP("UndoLabels", "quote"),
    "goals": QT_TRANSLATE_NOOP("UndoLabels", "goals"),
    "frustrations": QT_TRANSLATE_NOOP("UndoLabels", "frustrations"),
    "colour": QT_TRANSLATE_NOOP("UndoLabels", "colour"),
    "kind": QT_TRANSLATE_NOOP("UndoLabels", "kind"),
    "feeds curve": QT_TRANSLATE_NOOP("UndoLabels", "feeds curve"),
    "label": QT_TRANSLATE_NOOP("UndoLabels", "label"),
    "icon": QT_TRANSLATE_NOOP("UndoLabels", "icon"),
    "from card": QT_TRANSLATE_NOOP("UndoLabels", "from card"),
    "to card": QT_TRANSLATE_NOOP("UndoLabels", "to card"),
    "client": QT_TRANSLATE_NOOP("UndoLabels", "client"),
    "author": QT_TRANSLATE_NOOP("UndoLabels", "author"),
    "locale": QT_TRANSLATE_NOOP("UndoLabels", "locale"),
    "created": QT_TRANSLATE_NOOP("UndoLabels", "created"),
    "modified": QT_TRANSLATE_NOOP("UndoLabels", "modified"),
    # What a merge conflict may be about besides those (edits/conflicts.py).
    "cell": QT_TRANSLATE_NOOP("UndoLabels", "place on the map"),
    "position": QT_TRANSLATE_NOOP("UndoLabels", "order"),
    "persona": QT_TRANSLATE_NOOP("UndoLabels", "persona"),
    "attributes": QT_TRANSLATE_NOOP("UndoLabels", "other fields"),
}

_MORE = re.compile(r"^(?P<first>.*) \(and (?P<count>\d+) more\)$")
_SIMPLE = re.compile(rf"^(?P<verb>Add|Delete|Restore|Move|Copy|Edit) {_OBJECT}$")
_COUNTED = re.compile(r"^(?P<verb>Add|Move|Delete|Restore|Copy) (?P<count>\d+) cards$")
_LANE_OF = re.compile(
    r"^(?P<verb>Delete|Restore) lane (?P<lane>«.*»|\"[^\"]*\") of persona "
    r"(?P<persona>«.*»|\"[^\"]*\")$"
)
_LANE_TO = re.compile(
    r"^Add lane (?P<lane>«.*»|\"[^\"]*\") to persona (?P<persona>«.*»|\"[^\"]*\")$"
)
_RENAME = re.compile(rf"^Rename {_OBJECT} to (?P<new>«.*»)$")
_MERGE = re.compile(
    rf"^(?P<verb>Merge|Split) channel {_NAME} (?:into|from) channel (?P<other>«.*»|\"[^\"]*\")$"
)
_CHANGE = re.compile(rf"^Change (?P<field>.+?) of {_OBJECT}$")
_CHANGE_MAP = re.compile(r"^Change (?P<field>\w+) of the map$")
_RESOLVE = re.compile(rf"^Resolve conflict on (?P<field>.+?) of {_OBJECT}$")
_RESOLVE_OBJECT = re.compile(rf"^Resolve conflict on {_OBJECT}$")
_RESOLVE_MAP = re.compile(r"^Resolve conflict on (?P<field>.+) of the map$")
_RESOLVE_COUNTED = re.compile(r"^Resolve (?P<count>\d+) conflicts$")


def _tr(text: str) -> str:
    # Every text reaching here is marked above with QT_TRANSLATE_NOOP("UndoLabels", …).
    return QCoreApplication.translate("UndoLabels", text)


def _object(kind: str, name: str) -> str:
    if name == UNNAMED:
        return _tr(_UNTITLED[kind])
    return _tr(_OBJECTS[kind]).format(name=name)


def _of_object(kind: str, name: str) -> str:
    if name == UNNAMED:
        return _tr(_OF_UNTITLED[kind])
    return _tr(_OF_OBJECTS[kind]).format(name=name)


def _persona(name: str) -> str:
    return _tr(_UNTITLED["persona"]) if name == UNNAMED else name


def _field(field: str) -> str:
    return _tr(_FIELDS[field]) if field in _FIELDS else field


def _resolve_label(label: str) -> str | None:
    """A conflict settled (edits/conflicts.py), or None for any other label."""
    if match := _RESOLVE_MAP.match(label):
        text = QCoreApplication.translate("UndoLabels", "Resolve conflict on {field} of the map")
        return text.format(field=_field(match["field"]))
    if match := _RESOLVE.match(label):
        text = QCoreApplication.translate("UndoLabels", "Resolve conflict on {field} {of_object}")
        of_object = _of_object(match["kind"], match["name"])
        return text.format(field=_field(match["field"]), of_object=of_object)
    if match := _RESOLVE_OBJECT.match(label):
        text = QCoreApplication.translate("UndoLabels", "Resolve conflict on {object}")
        return text.format(object=_object(match["kind"], match["name"]))
    if match := _RESOLVE_COUNTED.match(label):
        return translate_count(
            "UndoLabels",
            QT_TRANSLATE_NOOP("UndoLabels", "Resolve %n conflict"),
            QT_TRANSLATE_NOOP("UndoLabels", "Resolve %n conflicts"),
            int(match["count"]),
        )
    return None


def translate_label(label: str) -> str:
    """`label` from edits/ in the interface's language (unchanged when not recognised)."""
    if match := _MORE.match(label):
        # Not a plural message ("et %n de plus" fits any count): n goes in by hand, see plurals.
        text = QCoreApplication.translate("UndoLabels", "{first} (and %n more)")
        text = text.replace("%n", match["count"])
        return text.format(first=translate_label(match["first"]))
    if label == "No change":
        return QCoreApplication.translate("UndoLabels", "No change")
    if label == "Edit the map's details":
        return QCoreApplication.translate("UndoLabels", "Edit the map's details")
    if match := _COUNTED.match(label):
        cards = translate_count(
            "UndoLabels",
            QT_TRANSLATE_NOOP("UndoLabels", "%n card"),
            QT_TRANSLATE_NOOP("UndoLabels", "%n cards"),
            int(match["count"]),
        )
        return _tr(_VERBS[match["verb"]]).format(object=cards)
    if match := _LANE_OF.match(label):
        text = (
            QCoreApplication.translate("UndoLabels", "Delete {lane} of persona {persona}")
            if match["verb"] == "Delete"
            else QCoreApplication.translate("UndoLabels", "Restore {lane} of persona {persona}")
        )
        return text.format(lane=_object("lane", match["lane"]), persona=_persona(match["persona"]))
    if match := _LANE_TO.match(label):
        text = QCoreApplication.translate("UndoLabels", "Add {lane} to persona {persona}")
        return text.format(lane=_object("lane", match["lane"]), persona=_persona(match["persona"]))
    if match := _MERGE.match(label):
        text = (
            QCoreApplication.translate("UndoLabels", "Merge {channel} into {other}")
            if match["verb"] == "Merge"
            else QCoreApplication.translate("UndoLabels", "Split {channel} from {other}")
        )
        return text.format(
            channel=_object("channel", match["name"]), other=_object("channel", match["other"])
        )
    if match := _RENAME.match(label):
        text = QCoreApplication.translate("UndoLabels", "Rename {object} to {name}")
        return text.format(object=_object(match["kind"], match["name"]), name=match["new"])
    if match := _CHANGE.match(label):
        of_object = _of_object(match["kind"], match["name"])
        text = QCoreApplication.translate("UndoLabels", "Change {field} {of_object}")
        return text.format(field=_field(match["field"]), of_object=of_object)
    if resolved := _resolve_label(label):
        return resolved
    if match := _CHANGE_MAP.match(label):
        text = QCoreApplication.translate("UndoLabels", "Change {field} of the map")
        return text.format(field=_field(match["field"]))
    # Last: its «name» would also swallow ' to persona «…»' and the like.
    if match := _SIMPLE.match(label):
        return _tr(_VERBS[match["verb"]]).format(object=_object(match["kind"], match["name"]))
    return label
