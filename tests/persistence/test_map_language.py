"""The default channel catalogue in each language, and how a map's language is chosen."""

import pytest

from journey_editor.i18n import LANGUAGES
from journey_editor.model.channels import default_channels
from journey_editor.persistence.import_helpers import name_key
from journey_editor.persistence.map_language import (
    default_channel_keys,
    default_channels_in,
    map_language,
)


def test_the_french_catalogue_has_a_french_label_for_every_default_channel():
    english = default_channels()
    french = default_channels_in("fr")
    assert [c.id for c in french] == [c.id for c in english]
    assert [(c.colour, c.icon, c.kind) for c in french] == [
        (c.colour, c.icon, c.kind) for c in english
    ]
    labels = {c.id: c.label for c in french}
    assert labels["print"] == "Imprimés et presse"
    assert labels["post"] == "Courrier et livraison"
    assert labels["website"] == "Site web"
    changed = sum(f.label != e.label for f, e in zip(french, english, strict=True))
    assert changed >= len(english) - 2  # SMS and Blog are the same words


def test_every_label_in_every_language_and_every_id_names_one_channel_only():
    seen: dict[str, str] = {}
    for language in LANGUAGES:
        for channel in default_channels_in(language):
            for key in (name_key(channel.label), name_key(channel.id)):
                assert seen.setdefault(key, channel.id) == channel.id, key
    assert seen == default_channel_keys()


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        (("fr", "en"), "fr"),
        ((None, "fr-BE", "en"), "fr"),
        (("de", None, "en"), "en"),  # a language without a catalogue says nothing
        ((None, None, None), "en"),  # the interface's, English outside the editor
        ((), "en"),
    ],
)
def test_the_first_candidate_naming_a_known_language_wins(candidates, expected):
    assert map_language(*candidates) == expected
