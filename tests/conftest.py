"""Shared fixtures: a small, fully known map that tests can reason about exactly."""

import os
from pathlib import Path

import pytest

from journey_editor.model import Card, Channel, Lane, Link, Persona, Project, Stage

# The command line and the interface take their language from LANG and these
# (i18n.system_language): tests run in English whatever the developer's own locale.
OTHER_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANGUAGE")
ENGLISH_LOCALE = "C.UTF-8"


def pytest_configure(config):
    # Qt tests must run without a screen (CI, SSH); respect an explicit choice.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # English for the whole run as well: module-scoped fixtures and subprocesses
    # (`journey-editor --help`) start before any test's own fixture.
    for name in OTHER_LOCALE_VARIABLES:
        os.environ.pop(name, None)
    os.environ["LANG"] = ENGLISH_LOCALE


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """English messages; a test that wants French sets LANG (monkeypatch.setenv) itself."""
    for name in OTHER_LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", ENGLISH_LOCALE)


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path_factory, monkeypatch):
    # Every window autosaves into the data folder: never into the developer's own. Settings
    # (language, recent files, paper) come from a fresh config folder, so a developer's own
    # preferences never change what a test sees.
    monkeypatch.setenv("JOURNEY_EDITOR_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("JOURNEY_EDITOR_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def private_window_state(tmp_path_factory):
    """The window's saved geometry and dock state (QSettings) in a temporary folder, for every
    test: a test that hides a dock must not hide it for the next test, nor for the developer,
    and the developer's own window layout must not change what a test sees."""
    from PySide6.QtCore import QSettings  # only when a test runs: collection stays Qt-free

    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for fmt in formats:
        path = str(tmp_path_factory.mktemp("qsettings"))
        QSettings.setPath(fmt, QSettings.Scope.UserScope, path)
    yield
    default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def build_small_project() -> Project:
    """Two personas, three stages, a handful of cards with known scores and channels."""
    return Project(
        id="map-small",
        title="Boutique de chemises — parcours «omnicanal»",
        client="Maison Œillet",
        author="Test",
        created="2026-11-01T09:00:00Z",
        modified="2026-11-01T09:00:00Z",
        locale="fr-BE",
        stages=[
            Stage(id="s-discover", name="Découverte", phase="Avant"),
            Stage(id="s-buy", name="Achat", phase="Pendant"),
            Stage(id="s-use", name="Usage", phase="Après"),
        ],
        personas=[
            Persona(
                id="p-lea",
                name="Léa",
                role="Lectrice fidèle du blog",
                colour="#E69F00",
                lanes=[
                    Lane(id="l-lea-touch", name="Points de contact", kind="touchpoints"),
                    Lane(id="l-lea-emotion", name="Émotions", kind="emotions"),
                    Lane(id="l-lea-pain", name="Irritants", kind="pain_points"),
                ],
            ),
            Persona(
                id="p-marc",
                name="Marc",
                colour="#56B4E9",
                lanes=[Lane(id="l-marc-touch", name="Touchpoints", kind="touchpoints")],
            ),
        ],
        cards=[
            Card(
                id="c-blog",
                persona="p-lea",
                lane="l-lea-touch",
                stage="s-discover",
                title="Article de blog",
                channel="blog",
                effort=1,
                emotion=2,
                evidence="observed",
            ),
            Card(
                id="c-friend",
                persona="p-lea",
                lane="l-lea-touch",
                stage="s-discover",
                title="Conseil d'un ami",
                channel="word_of_mouth",
                effort=1,
                emotion=1,
            ),
            Card(
                id="c-shop",
                persona="p-lea",
                lane="l-lea-touch",
                stage="s-buy",
                title="Chemise à 105 €",
                channel="website",
                effort=3,
                emotion=-1,
                moment_of_truth=True,
            ),
            Card(
                id="c-queue",
                persona="p-lea",
                lane="l-lea-pain",
                stage="s-buy",
                title="File d'attente en caisse",
                tags=["caisse", "attente"],
            ),
            Card(
                id="c-marc-store",
                persona="p-marc",
                lane="l-marc-touch",
                stage="s-buy",
                title="Essayage en boutique",
                channel="store",
                effort=2,
                emotion=1,
            ),
        ],
        links=[Link(id="k-1", from_card="c-blog", to_card="c-shop", label="clic")],
        channels=[
            Channel(id="blog", label="Blog", colour="#88CCEE", icon="rss"),
            Channel(
                id="word_of_mouth", label="Bouche-à-oreille", colour="#999933", kind="physical"
            ),
            Channel(id="website", label="Site", colour="#0072B2", icon="globe"),
            Channel(id="store", label="Boutique", colour="#D55E00", icon="store", kind="physical"),
        ],
    )


@pytest.fixture
def small_project() -> Project:
    return build_small_project()
