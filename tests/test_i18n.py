"""The Qt-free language helpers: which catalogue a locale names, and the system's language
that `journey-editor new` and `import` fall back on (one helper for both)."""

import locale

import pytest

from journey_editor.i18n import known_language, language_of, system_language


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        ("fr", "fr"),
        ("fr-BE", "fr"),
        ("fr_FR.UTF-8", "fr"),
        ("FR_ca@euro", "fr"),
        ("en_GB", "en"),
        ("de_DE", None),
        ("C", None),
        ("", None),
        (None, None),
    ],
)
def test_known_language_is_the_catalogue_a_locale_names(locale_name, expected):
    assert known_language(locale_name) == expected
    assert language_of(locale_name) == (expected or "en")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # no German catalogue: English
        ({"LC_MESSAGES": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "fr_FR", "LANG": "fr_FR"}, "en"),
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_BE.UTF-8"}, "fr"),  # empty = unset
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX", "LANGUAGE": "fr"}, "en"),  # C ignores LANGUAGE, as gettext does
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr_FR:en"}, "fr"),  # LANGUAGE names another
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr"}, "fr"),
    ],
)
def test_system_language_reads_the_posix_variables_in_their_order(environ, expected):
    assert system_language(environ) == expected


@pytest.mark.parametrize(
    ("module_says", "expected"),
    [
        (("French_France", "1252"), "fr"),  # Windows
        (("French_Canada", "1252"), "fr"),
        (("fr_BE", "UTF-8"), "fr"),  # macOS without LANG
        (("English_United States", "1252"), "en"),
        ((None, None), "en"),
    ],
)
def test_without_variables_the_locale_module_asks_the_system(monkeypatch, module_says, expected):
    monkeypatch.setattr(locale, "getlocale", lambda *args: module_says)
    assert system_language({}) == expected


def test_a_locale_the_module_cannot_parse_gives_english(monkeypatch):
    def refuse(*args):
        raise ValueError("unknown locale: xx")

    monkeypatch.setattr(locale, "getlocale", refuse)
    assert system_language({}) == "en"


def test_system_language_reads_the_real_environment_by_default(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert system_language() == "fr"
