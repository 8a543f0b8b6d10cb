"""name_key: the one rule by which an import matches a name or a label."""

import sys

from hypothesis import given
from hypothesis import strategies as st

from journey_editor.persistence.import_helpers import name_key


def test_case_accents_compatibility_forms_and_spaces_do_not_matter():
    assert name_key("Imprimés et presse") == name_key("IMPRIMES  ET PRESSE") == "imprimes et presse"
    assert name_key("SITE WEB") == name_key(" site web ") == name_key("Sïte\tWéb")
    assert name_key("Ｅｖｅｎｔ") == name_key("event")  # full-width letters
    assert name_key("Straße") == name_key("STRASSE")  # casefold, not lower
    assert name_key("Bouche-à-oreille") == "bouche-a-oreille"  # hyphens stay
    assert name_key("œuvre") != name_key("oeuvre")  # œ is a letter, not o + e


def test_name_key_is_idempotent_on_every_code_point():
    # One character at a time covers what NFKD and casefold do; surrogates cannot be text.
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        key = name_key(chr(code))
        assert name_key(key) == key, hex(code)


@given(st.text())
def test_name_key_is_idempotent_on_any_text(text):
    assert name_key(name_key(text)) == name_key(text)
