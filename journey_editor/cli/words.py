"""The words of the `journey-editor` command, in the language of the system's locale.

Every message the command prints itself is marked where it is written,
`QT_TRANSLATE_NOOP("CLI", "…")`, so pyside6-lupdate puts it in resources/translations/*.ts
beside the interface's words, and printed through `say`, which looks it up for the language
of the system's locale (i18n.system_language: LC_ALL, LC_MESSAGES, LANG, LANGUAGE, as the
interface reads it): French on a French system, English on any other.

    print(say(QT_TRANSLATE_NOOP("CLI", "{file}: valid ({cards}, {personas})"),
              file=name, cards=count(5, CARDS), personas=count(2, PERSONAS)))

Placeholders are `str.format` fields, so a translation may put them in another order.
"""

from __future__ import annotations

from journey_editor.i18n import (
    QT_TRANSLATE_NOOP,
    language_of,
    plural_form,
    system_language,
    translate,
)

# Counted nouns: (singular, plural), both marked; `count` picks by the language's rule.
CARDS = (QT_TRANSLATE_NOOP("CLI", "%n card"), QT_TRANSLATE_NOOP("CLI", "%n cards"))
PERSONAS = (QT_TRANSLATE_NOOP("CLI", "%n persona"), QT_TRANSLATE_NOOP("CLI", "%n personas"))
STAGES = (QT_TRANSLATE_NOOP("CLI", "%n stage"), QT_TRANSLATE_NOOP("CLI", "%n stages"))
LANES = (QT_TRANSLATE_NOOP("CLI", "%n lane"), QT_TRANSLATE_NOOP("CLI", "%n lanes"))
LINKS = (QT_TRANSLATE_NOOP("CLI", "%n link"), QT_TRANSLATE_NOOP("CLI", "%n links"))
CHANNELS = (QT_TRANSLATE_NOOP("CLI", "%n channel"), QT_TRANSLATE_NOOP("CLI", "%n channels"))
TOUCHPOINTS = (
    QT_TRANSLATE_NOOP("CLI", "%n touchpoint"),
    QT_TRANSLATE_NOOP("CLI", "%n touchpoints"),
)

# Said by more than one command.
ALREADY_EXISTS = QT_TRANSLATE_NOOP("CLI", "{file}: already exists (use --force)")

LANGUAGE_WORDS = {
    "en": QT_TRANSLATE_NOOP("CLI", "English"),
    "fr": QT_TRANSLATE_NOOP("CLI", "French"),
}


def language() -> str:
    """The language the command speaks: the system locale's ("fr", else "en")."""
    return system_language()


def say(text: str, /, **fields: object) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP("CLI", …)) in the system's language, its
    {fields} filled in."""
    return translate("CLI", text, language()).format(**fields)


def count(n: int, forms: tuple[str, str]) -> str:
    """ "1 card", "2 cards"; in French "0 fiche", "2 fiches": of two marked strings
    (CARDS: "%n card", "%n cards"), the one the language's plural rule takes for n."""
    spoken = language()
    return translate("CLI", plural_form(*forms, n, spoken), spoken, None, n)


def number(value: float, signed: bool = False, digits: int = 1) -> str:
    """`digits` decimals, with the language's decimal mark: "1.7", "+0.7"; in French "1,7"."""
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    from journey_editor.layout.figures import decimal_mark  # the layout loads when a number is said

    return text.replace(".", decimal_mark(language()))


def language_name(code: str) -> str:
    """The name of a map's language ("fr", "fr-BE") in the command's: "French", "français"."""
    return say(LANGUAGE_WORDS[language_of(code)])
