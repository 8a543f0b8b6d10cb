"""The interface language: pick it (Preferences, else the system locale) and install the
QTranslators for our catalogue and for Qt's own strings (standard buttons, file dialogs).

Our catalogue is `resources/translations/journey_editor_<lang>.qm`, built from the `.ts` by
`make translations` (the Makefile's setup runs it). When the `.qm` is missing (a pip install
straight from a git checkout, where no build step ran) the `.ts` is read instead through the
Qt-free catalogue of journey_editor.i18n, so the interface is still translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journey_editor import i18n
from journey_editor.i18n import Catalogue

QM_NAME = "journey_editor_{language}.qm"


class TsTranslator(QTranslator):
    """A QTranslator answering from a `.ts` file parsed by journey_editor.i18n."""

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def translate(  # type: ignore[override]  # Qt calls this for every tr()/translate()
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) lets Qt try the next translator, then keep the source text.
        return self._catalogue.lookup(context, source, disambiguation, n)

    def isEmpty(self) -> bool:  # Qt's name
        return not self._catalogue.messages

    def language(self) -> str:
        return self._catalogue.language


def chosen_language(preference: str, system: QLocale | None = None) -> str:
    """The catalogue language for the Preferences choice ("" = follow the system locale)."""
    if preference:
        return i18n.language_of(preference)
    return i18n.language_of((system or QLocale.system()).name())


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install (replacing any earlier ones) the translators for `language`; return them.

    English is the source language: only its plural forms need a catalogue.
    """
    for old in getattr(app, "_journey_translators", []):
        app.removeTranslator(old)
    language = i18n.language_of(language)
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != i18n.SOURCE_LANGUAGE and qt_own.load(f"qtbase_{language}", qt_folder):
        installed.append(qt_own)
    installed.append(app_translator(language, app))
    for translator in installed:
        app.installTranslator(translator)
    app._journey_translators = installed  # keep them alive, and removable on a change
    i18n.set_ui_language(language)
    # Numbers in spin boxes ("5,0 pt") follow the interface when it differs from the system's
    # language (French chosen on an English system); otherwise the system locale rules.
    system = QLocale.system()
    if language != i18n.language_of(system.name()):
        QLocale.setDefault(QLocale(language))
    else:
        QLocale.setDefault(system)
    return installed


def app_translator(language: str, parent=None) -> QTranslator:
    """Our catalogue for `language`: the compiled `.qm`, else the `.ts` source."""
    qm = i18n.catalogue_path(language).with_name(QM_NAME.format(language=language))
    translator = QTranslator(parent)
    if qm.is_file() and translator.load(str(qm)):
        return translator
    return TsTranslator(i18n.catalogue(language), parent)
