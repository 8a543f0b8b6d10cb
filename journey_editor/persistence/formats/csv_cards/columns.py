"""The columns of the card spreadsheet and how a cell's text becomes a value, in English and French.

Header names and word values (lane kinds, evidence, yes/no) are matched ignoring case, accents,
spaces, underscores, hyphens and apostrophes: "Moment de vérité", "moment_of_truth" and
"MomentOfTruth" all name the same column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journey_editor.model.types import EVIDENCE_LEVELS, LANE_KINDS
from journey_editor.persistence.import_helpers import name_key


@dataclass(frozen=True)
class Column:
    field: str  # the English header the export writes
    aliases: tuple[str, ...] = ()  # other English headers (matched through header_key)
    french: tuple[str, ...] = ()  # French headers; those that differ from English say "fr"


COLUMNS: tuple[Column, ...] = (
    Column("persona", (), ("personne", "personnage")),
    Column("lane", ("swimlane",), ("couloir",)),
    Column("lane_kind", ("lane type",), ("type de couloir", "type couloir", "genre de couloir")),
    Column("stage", (), ("étape",)),
    Column("phase"),
    Column("title", (), ("titre",)),
    Column("description"),
    Column("channel", (), ("canal",)),
    Column("effort"),
    Column("emotion", (), ("émotion",)),
    Column("evidence", (), ("preuve", "niveau de preuve")),
    Column("moment_of_truth", (), ("moment de vérité",)),
    Column("exit_point", (), ("point de sortie",)),
    Column("tags", (), ("étiquettes", "mots clés")),
    # Links: a card's reference in the sheet, and the cards it links to (see parse_next).
    Column("ref", ("id", "card id", "reference"), ("réf", "référence", "identifiant")),
    Column("next", ("links to", "link to", "next cards"), ("suivant", "suivants", "lien vers")),
)
REQUIRED_COLUMNS = ("persona", "stage", "title")
EXPORT_HEADER = tuple(column.field for column in COLUMNS)
TAG_SEPARATOR = "; "

EFFORT_RANGE = (1, 5)
EMOTION_RANGE = (-2, 2)


class CellError(ValueError):
    """Why one cell's text is not a valid value (the caller adds row and column)."""


def header_key(text: str) -> str:
    """name_key without spaces, underscores, hyphens, apostrophes and dots."""
    return re.sub(r"[\s_\-'’.]+", "", name_key(text))


_COLUMN_OF_KEY = {
    header_key(name): column.field
    for column in COLUMNS
    for name in (column.field, *column.aliases, *column.french)
}


def _keys(names: tuple[str, ...]) -> set[str]:
    return {header_key(name) for name in names}


# The header names that tell the languages apart: "titre" is French, "title" English, while
# "description", "effort", "phase" and "émotion"/"emotion" are the same word in both.
_FRENCH_KEYS = {key for c in COLUMNS for key in _keys(c.french) - _keys((c.field, *c.aliases))}
_ENGLISH_KEYS = {
    key
    for c in COLUMNS
    if _keys(c.french) - _keys((c.field, *c.aliases))
    for key in _keys((c.field, *c.aliases)) - _keys(c.french)
}


def column_for_header(text: str) -> str | None:
    return _COLUMN_OF_KEY.get(header_key(text))


def accepted_headers() -> str:
    return ", ".join(column.field for column in COLUMNS)


def header_language(headers: list[str]) -> str | None:
    """French ("fr") when more of a header row's column names are French than English (titre,
    étape, personne … against title, stage, persona …; "description", "effort" are both), else
    None: English names say nothing, as our own export writes them for a map in any language."""
    keys = [header_key(text) for text in headers]
    french = sum(key in _FRENCH_KEYS for key in keys)
    english = sum(key in _ENGLISH_KEYS for key in keys)
    return "fr" if french > english else None


# --- numbers ----------------------------------------------------------------------------------


def parse_whole_number(text: str, low: int, high: int) -> int | None:
    """ "" → None; "3", "+1", "-2" and "−2" (typographic minus) → int within [low, high]."""
    cleaned = text.strip().replace("−", "-")
    if not cleaned:
        return None
    if re.fullmatch(r"[+-]?\d{1,6}", cleaned) and low <= int(cleaned) <= high:
        return int(cleaned)
    shown_low = f"{low:+d}" if low < 0 else str(low)
    shown_high = f"{high:+d}" if low < 0 else str(high)
    raise CellError(f'must be a whole number from {shown_low} to {shown_high} (got "{text}")')


def parse_effort(text: str) -> int | None:
    return parse_whole_number(text, *EFFORT_RANGE)


def parse_emotion(text: str) -> int | None:
    return parse_whole_number(text, *EMOTION_RANGE)


# --- words ------------------------------------------------------------------------------------

_TRUE = {"yes", "y", "true", "1", "oui", "vrai", "x"}
_FALSE = {"", "no", "n", "false", "0", "non", "faux"}


def parse_flag(text: str) -> bool:
    key = header_key(text)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError(f'must be yes or no (also true/false, 1/0, oui/non, x) (got "{text}")')


def format_flag(value: bool) -> str:
    return "yes" if value else "no"


_EVIDENCE_WORDS = {
    "observed": ("observé", "observée", "observation", "constaté"),
    "assumed": ("supposé", "supposée", "présumé", "hypothèse", "assumption"),
    "proposed": ("proposé", "proposée", "proposition", "idée"),
}
_EVIDENCE_OF_KEY = {
    header_key(word): level for level, words in _EVIDENCE_WORDS.items() for word in (level, *words)
}


def parse_evidence(text: str) -> str | None:
    if not text.strip():
        return None
    level = _EVIDENCE_OF_KEY.get(header_key(text))
    if level is None:
        raise CellError(f'must be one of {", ".join(EVIDENCE_LEVELS)}, or empty (got "{text}")')
    return level


# Lane names in English and French, to give a lane created by an import the right kind.
_LANE_KIND_WORDS = {
    "touchpoints": ("touchpoint", "points de contact", "point de contact", "canaux"),
    "actions": ("action", "activités"),
    "thoughts": ("thought", "pensées", "pensée", "réflexions"),
    "emotions": ("emotion", "émotions", "ressenti"),
    "pain_points": ("pain point", "irritants", "irritant", "points de friction", "frustrations"),
    "opportunities": ("opportunity", "opportunités", "opportunité", "idées", "pistes"),
    "backstage": ("coulisses", "arrière-scène", "back office", "back-office"),
    "notes": ("note", "remarques"),
}
_LANE_KIND_OF_KEY = {
    header_key(word): kind for kind, words in _LANE_KIND_WORDS.items() for word in (kind, *words)
}


def parse_lane_kind(text: str) -> str | None:
    if not text.strip():
        return None
    kind = _LANE_KIND_OF_KEY.get(header_key(text))
    if kind is None:
        raise CellError(f'must be one of {", ".join(LANE_KINDS)}, or empty (got "{text}")')
    return kind


def infer_lane_kind(lane_name: str) -> str:
    """A new lane's kind from its name; "notes" when the name says nothing we know."""
    return _LANE_KIND_OF_KEY.get(header_key(lane_name), "notes")


# Usual names of the default catalogue's channels besides their labels (which are matched in
# every language, persistence/map_language.py), so that a sheet typed in a workshop finds
# "website" for "Site internet" instead of creating a look-alike channel. Used only after ids
# and labels, and only for ids the map's catalogue has.
CHANNEL_ALIASES: dict[str, tuple[str, ...]] = {
    "website": ("site web", "site", "site internet", "e-shop", "web"),
    "mobile_app": ("application mobile", "appli", "application", "app", "smartphone"),
    "email": ("e-mail", "courriel", "mail"),
    "sms": ("texto", "message"),
    "social_media": ("réseaux sociaux", "réseau social", "social"),
    "live_chat": ("chat en direct", "chat", "tchat"),
    "online_ad": ("publicité en ligne", "publicité", "pub", "ad"),
    "reviews": ("avis clients", "avis"),
    "phone": ("téléphone", "appel"),
    "store": ("boutique", "magasin", "shop"),
    "customer_service": ("service client", "service clients", "sav"),
    "word_of_mouth": ("bouche-à-oreille", "bouche à oreille"),
    "event": ("événement", "évènement", "salon"),
    "print": ("presse", "imprimés", "journal", "magazine"),
    "post": ("courrier", "poste", "livraison", "colis"),
}


def parse_tags(text: str) -> list[str]:
    """Tags are separated by ';' or by line breaks (Alt+Enter in a spreadsheet cell)."""
    return [tag.strip() for tag in re.split(r"[;\n\r]", text) if tag.strip()]


# --- links ------------------------------------------------------------------------------------

LINK_LABEL_MARK = "|"


def parse_next(text: str) -> list[tuple[str, str]]:
    """The `next` cell: the cards this one links to, as (ref, label) pairs in order.

    One link per line (Alt+Enter in a spreadsheet cell); a cell on one line may separate links
    with ";" instead. Each link is a ref, optionally followed by "|" and the link's label:
    "A3 | reserves online, collects in store". The label keeps its ";" only in a cell with line
    breaks."""
    parts = text.splitlines() if "\n" in text or "\r" in text else text.split(";")
    links = []
    for part in parts:
        ref, _, label = part.partition(LINK_LABEL_MARK)
        ref, label = ref.strip(), label.strip()
        if not ref and label:
            raise CellError(f'a link needs the ref of the card it goes to (got "{part.strip()}")')
        if ref:
            links.append((ref, label))
    return links


def format_next(links: list[tuple[str, str]]) -> str:
    """The `next` cell of (ref, label) pairs: one per line, so labels keep their ";" (a single
    link whose label holds one gets a closing line break, invisible in a spreadsheet). Line
    breaks inside a label become spaces: one line per link."""
    entries = [
        f"{ref} {LINK_LABEL_MARK} {' '.join(label.split())}" if label.strip() else ref
        for ref, label in links
    ]
    text = "\n".join(entries)
    if len(entries) == 1 and ";" in text:
        text += "\n"
    return text


def usable_ref(text: str) -> bool:
    """A card id the sheet can use as its ref as it is: one line, no "|" and no ";"."""
    return not any(mark in text for mark in (LINK_LABEL_MARK, ";", "\n", "\r"))


# --- spreadsheet formulas -------------------------------------------------------------------

# A cell starting with one of these is run as a formula by Excel and LibreOffice ("CSV
# injection"). The export writes such text cells with a leading apostrophe; the import drops it.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A plain whole number ("-2", an emotion score) is no formula: it stays a number in the sheet.
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]{1,6}")


def protect_formula(text: str) -> str:
    """The cell for `text`, for every cell of the export: with a leading apostrophe when a
    spreadsheet would run it (the import drops it again)."""
    if text.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def unprotect_formula(text: str) -> str:
    if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS):
        return text[1:]
    return text
