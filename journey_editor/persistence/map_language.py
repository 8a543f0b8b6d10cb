"""A map's language for the words an import or a new map writes into it, and the default
channel catalogue in every language we have.

The model keeps the default catalogue in English (model/channels.py); its labels are marked
for translation in templates.py (context "Channels") and translated in the catalogue that
journey_editor.i18n reads. A new or imported map gets them in its own language; an import
recognises them in every language, so a French sheet's "Imprimés et presse" is the default
"print" channel and not a new grey one.
"""

from __future__ import annotations

from functools import cache

from journey_editor.default_words import default_channels_in
from journey_editor.i18n import LANGUAGES, known_language, ui_language
from journey_editor.model.channels import default_channels
from journey_editor.persistence.import_helpers import name_key


def map_language(*candidates: str | None) -> str:
    """The first candidate that names a language we have a catalogue for (a --language, the
    source's own language …), else the interface's (English unless a UI chose another)."""
    for candidate in candidates:
        language = known_language(candidate)
        if language is not None:
            return language
    return ui_language()


@cache
def default_channel_keys() -> dict[str, str]:
    """name_key of every default channel's id and of its label in each language → its id."""
    keys: dict[str, str] = {}
    for language in LANGUAGES:
        for channel in default_channels_in(language):
            keys.setdefault(name_key(channel.label), channel.id)
    for channel in default_channels():
        keys[name_key(channel.id)] = channel.id
    return keys
