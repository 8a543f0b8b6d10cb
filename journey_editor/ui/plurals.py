"""Counted texts outside QObjects ("Duplicate 3 cards") in the interface's language.

`self.tr("%n cards", "", n)` gives Qt's numerus forms inside a QObject, but pyside6-lupdate
extracts `QCoreApplication.translate(…, n)` as a plural message only when n is a literal.
So module-level code marks a singular and a plural source string and picks by the interface
language's rule (journey_editor.i18n.plural_form) before translating.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_editor.i18n import plural_form


def translate_count(context: str, singular: str, plural: str, n: int) -> str:
    """`singular` / `plural` (both marked with QT_TRANSLATE_NOOP(context, …)), %n = n.

    n is not handed to Qt: for a message that is not a numerus one, a .qm translator looks
    for the n-th plural form, finds none, and Qt falls back to the English source."""
    return QCoreApplication.translate(context, plural_form(singular, plural, n)).replace(
        "%n", str(n)
    )
