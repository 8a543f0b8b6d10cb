"""How two names are compared when a person types one: case, accents, compatibility forms and
runs of spaces do not matter. The importers match labels with it, the capture bar (`@bout` →
Boutique) matches the start of a channel's label with it."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_key(text: str) -> str:
    """How two names or labels are compared, wherever an import matches one: case, accents,
    compatibility forms and runs of spaces do not matter ("SITE WEB", "imprimes  et presse"
    and "Ｅｖｅｎｔ" find "Site web", "Imprimés et presse" and "Event").

    NFKD splits letters from their accents (and ligatures and full-width forms into plain
    letters), the accents are dropped, then casefold (ß → ss). Idempotent: checked over every
    code point in tests/persistence/test_import_helpers.py."""
    return " ".join(strip_accents(text).casefold().split())
