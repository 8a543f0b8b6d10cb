"""Translations for the Qt-free layers (PDF words, template names, default names of new maps).

The model, layout and export layers cannot call Qt, yet their words (legend, title block,
summary page, "Untitled journey", channel labels of a new map …) must be translated from the
same catalogue as the UI. So:

- `QT_TRANSLATE_NOOP("Context", "text")` marks a string where it is written; it returns the text
  unchanged and `pyside6-lupdate` extracts it into `resources/translations/*.ts` like a
  `QCoreApplication.translate` call (checked by tests/test_translations.py);
- `translate(context, text, language)` looks the text up in that `.ts` file (XML, always
  shipped, unlike the `.qm` files that only the build step makes) for an explicit language:
  a PDF speaks the map's language, not necessarily the interface's.

The UI installs a QTranslator (ui/translations.py) and tells this module its language through
`set_ui_language`, so Qt-free code that creates content (a new map) can follow the interface.
"""

from __future__ import annotations

import locale as locale_module
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from journey_editor.resources import resource_path

SOURCE_LANGUAGE = "en"  # the language the source strings are written in
LANGUAGES = ("en", "fr")  # languages with a catalogue
LANGUAGE_NAMES = {"en": "English", "fr": "French"}  # for the command line's messages
CATALOGUE_NAME = "journey_editor_{language}.ts"

_ui_language = SOURCE_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:
    """Mark `text` for extraction under `context`; translate it later with `translate`.

    The name and the positional arguments are what lupdate looks for: keep them literal."""
    return text


def known_language(locale: str | None) -> str | None:
    """The catalogue language a locale such as "fr-BE", "fr_FR.UTF-8" or "en" names, or None
    when it names none we have a catalogue for ("de", "C", "")."""
    code = _language_code(locale or "")
    return code if code in LANGUAGES else None


def _language_code(locale: str) -> str:
    return re.split(r"[-_.@:]", locale.strip().lower(), maxsplit=1)[0]


def language_of(locale: str | None) -> str:
    """The catalogue language for a locale such as "fr-BE", "fr_FR.UTF-8" or "en": the
    source language when we have no catalogue for it."""
    return known_language(locale) or SOURCE_LANGUAGE


# Windows names its locales in English words ("French_Canada"), which locale.normalize does not
# always know.
_LANGUAGE_WORDS = {"english": "en", "french": "fr"}


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the system's locale, for words written where no interface chose one
    (the command line): the first of LC_ALL, LC_MESSAGES, LANG that is set, as POSIX reads the
    language of messages; the C or POSIX locale says English. The first entry of GNU LANGUAGE
    wins when it names another language (as gettext and Qt's QLocale.system() read it). With
    none of them set (Windows, a macOS app), Python's locale module asks the system.
    A locale without a catalogue (de_DE) gives the source language, English."""
    env = os.environ if environ is None else environ
    value = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    if value:
        if _language_code(value) in ("c", "posix"):
            return SOURCE_LANGUAGE
        preferred = env.get("LANGUAGE", "").split(":")[0]
        if preferred and _language_code(preferred) != _language_code(value):
            return language_of(preferred)
        return language_of(value)
    return language_of(_locale_module_language())


def _locale_module_language() -> str:
    try:
        name = locale_module.getlocale()[0] or ""
    except ValueError:  # a locale name Python cannot parse
        return ""
    word = re.split(r"[_ .]", name.lower(), maxsplit=1)[0]
    return _LANGUAGE_WORDS.get(word) or locale_module.normalize(name)


def set_ui_language(language: str) -> None:
    global _ui_language
    _ui_language = language_of(language)


def ui_language() -> str:
    """The interface's language ("en" until the UI installs its translators)."""
    return _ui_language


def plural_index(language: str, n: int) -> int:
    """Which numerus form of a translation to use (Qt's rules for our two languages):
    French takes the singular for 0 and 1, English only for 1."""
    if language == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


def plural_form(singular: str, plural: str, n: int, language: str | None = None) -> str:
    """Of two marked source strings ("%n card", "%n cards"), the one whose translation fits
    `n` in `language` (default: the interface's): French says "0 carte", English "0 cards".

    pyside6-lupdate marks `translate(…, n)` as a plural (numerus) message only when n is a
    literal number, so code outside QObjects counts with two strings instead."""
    return singular if plural_index(language_of(language or _ui_language), n) == 0 else plural


@dataclass
class Catalogue:
    """The messages of one `.ts` file: (context, source, disambiguation) → translation."""

    language: str
    messages: dict[tuple[str, str, str], str | tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_ts(cls, path: Path, language: str) -> Catalogue:
        catalogue = cls(language)
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            return catalogue  # no catalogue: every string stays in the source language
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                entry = _translation(message)
                if entry:
                    source = message.findtext("source") or ""
                    comment = message.findtext("comment") or ""
                    catalogue.messages[(name, source, comment)] = entry
        return catalogue

    def lookup(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None when the catalogue has none (as QTranslator.translate)."""
        entry = self.messages.get((context, text, disambiguation or ""))
        if entry is None and disambiguation:
            entry = self.messages.get((context, text, ""))
        if entry is None:
            return None
        if isinstance(entry, tuple):
            index = plural_index(self.language, n if n >= 0 else 1)
            return entry[min(index, len(entry) - 1)]
        return entry


def _translation(message: ET.Element) -> str | tuple[str, ...] | None:
    # Like lrelease's default: unfinished but non-empty translations count; obsolete and
    # vanished ones (source strings no longer in the code) do not.
    node = message.find("translation")
    if node is None or node.get("type") in ("obsolete", "vanished"):
        return None
    if message.get("numerus") == "yes":
        forms = tuple(form.text or "" for form in node.iter("numerusform"))
        return forms if forms and all(forms) else None
    return node.text or None


def catalogue_path(language: str) -> Path:
    return resource_path("translations", CATALOGUE_NAME.format(language=language))


@cache
def catalogue(language: str) -> Catalogue:
    return Catalogue.from_ts(catalogue_path(language), language)


def translate(
    context: str,
    text: str,
    language: str | None = None,
    disambiguation: str | None = None,
    n: int = -1,
) -> str:
    """`text` in `language` (default: the interface's); `%n` is replaced by `n` when given."""
    table = catalogue(language_of(language or _ui_language))
    found = table.lookup(context, text, disambiguation, n)
    result = found if found is not None else text
    return result.replace("%n", str(n)) if n >= 0 else result
