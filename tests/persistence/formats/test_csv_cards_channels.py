"""A sheet names a channel as the app writes it, in either language: every label of the default
catalogue, in English or French, and every channel id find their channel, whatever the case and
the accents ("imprimes et presse", "SITE WEB"); nothing becomes a new grey channel."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.default_words import default_channels_in
from journey_editor.i18n import LANGUAGES
from journey_editor.model import Card, Project
from journey_editor.model.channels import default_channels
from journey_editor.persistence.formats.csv_cards import export_csv, import_csv
from journey_editor.persistence.formats.csv_cards.builder import FALLBACK_CHANNEL_COLOUR
from journey_editor.persistence.import_helpers import strip_accents
from journey_editor.templates import starter_project

CATALOGUE = [
    (language, channel.id, channel.label)
    for language in LANGUAGES
    for channel in default_channels_in(language)
]
IDS = [channel.id for channel in default_channels()]


def spellings(text: str) -> list[str]:
    bare = strip_accents(text)
    return [text, text.upper(), text.lower(), bare, bare.upper(), f"  {bare.swapcase()} "]


def sheet(*channels: str) -> bytes:
    rows = "".join(f'Léa;Achat;Carte {i};"{channel}"\n' for i, channel in enumerate(channels))
    return ("persona;stage;title;channel\n" + rows).encode("utf-8")


def channels_of(project: Project) -> list[str | None]:
    return [card.channel for card in project.cards]


@pytest.mark.parametrize("map_language", LANGUAGES)
@pytest.mark.parametrize(("language", "channel_id", "label"), CATALOGUE)
def test_every_default_label_in_every_language_finds_its_channel(
    map_language, language, channel_id, label
):
    written = spellings(label)
    project = import_csv(sheet(*written), language=map_language)
    assert channels_of(project) == [channel_id] * len(written)
    assert [c.id for c in project.channels] == IDS  # no channel was added


@pytest.mark.parametrize("channel_id", IDS)
def test_every_channel_id_finds_its_channel_whatever_the_case(channel_id):
    written = [channel_id, channel_id.upper(), channel_id.title()]
    project = import_csv(sheet(*written), language="fr")
    assert channels_of(project) == [channel_id] * 3
    assert len(project.channels) == len(IDS)


def test_the_french_labels_that_used_to_make_new_grey_channels_find_theirs():
    project = import_csv(
        sheet("Imprimés et presse", "Courrier et livraison", "imprimes et presse", "SITE WEB")
    )
    assert channels_of(project) == ["print", "post", "print", "website"]
    assert FALLBACK_CHANNEL_COLOUR not in {c.colour for c in project.channels}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_map_in_either_language_finds_the_labels_of_the_other(language):
    into = starter_project(language=language)
    labels = [
        label
        for other in LANGUAGES
        if other != language
        for label in (c.label for c in default_channels_in(other))
    ]
    project = import_csv(sheet(*labels), into=into)
    assert channels_of(project) == IDS
    assert project.channels == into.channels


@settings(max_examples=100, deadline=None)
@given(
    entry=st.sampled_from(CATALOGUE),
    cases=st.lists(st.booleans(), min_size=40, max_size=40),
    accents=st.booleans(),
    map_language=st.sampled_from(LANGUAGES),
)
def test_any_mix_of_case_and_accents_finds_the_channel(entry, cases, accents, map_language):
    _, channel_id, label = entry
    text = strip_accents(label) if accents else label
    mixed = "".join(ch.upper() if up else ch.lower() for ch, up in zip(text, cases, strict=False))
    mixed += text[len(mixed) :]
    project = import_csv(sheet(mixed), language=map_language)
    assert channels_of(project) == [channel_id]


def test_a_maps_own_label_wins_over_a_default_label_of_another_channel():
    into = starter_project(language="en")
    into.channels[0] = into.channels[0].model_copy(update={"label": "Magasin"})  # website
    project = import_csv(sheet("Magasin", "Store"), into=into)
    assert channels_of(project) == ["website", "store"]


def test_a_channel_the_map_removed_is_created_again_by_its_label():
    into = starter_project(language="fr")
    into.channels = [c for c in into.channels if c.id != "print"]
    project = import_csv(sheet("Imprimés et presse"), into=into)
    assert channels_of(project) == ["imprimes_et_presse"]
    assert project.channels[-1].label == "Imprimés et presse"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_maps_export_reimports_every_card_onto_the_same_channel(language):
    into = starter_project(language=language)
    persona, lane = into.personas[0], into.personas[0].lanes[1]
    assert lane.kind == "touchpoints"
    into.cards = [
        Card(
            id=f"c{i}",
            persona=persona.id,
            lane=lane.id,
            stage=into.stages[0].id,
            title=c.id,
            channel=c.id,
        )
        for i, c in enumerate(into.channels)
    ]
    again = import_csv(export_csv(into), language=language)
    assert channels_of(again) == IDS
    assert again.channels == into.channels
