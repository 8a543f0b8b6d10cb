"""The corpus of broken map files, shared by the loader tests and the GUI open tests.

Each case: a function turning good bytes (the small project) into broken ones, and the phrases
the loader's message must contain.
"""


def replaced(data: bytes, old: str, new: str) -> bytes:
    assert old.encode() in data, old
    return data.replace(old.encode(), new.encode(), 1)


CORPUS = {
    "truncated": (lambda d: d[: len(d) // 2], ["not valid JSON", "line", "column"]),
    "empty file": (lambda d: b"", ["is empty"]),
    "whitespace only": (lambda d: b"  \n\n", ["is empty"]),
    "array at top level": (lambda d: b"[1, 2, 3]", ["JSON object at top level", "an array"]),
    "non-UTF-8 bytes": (
        lambda d: d.replace("Découverte".encode(), "Découverte".encode("latin-1")),
        ["not UTF-8", "0xE9", "line", "column"],
    ),
    "UTF-16": (lambda d: d.decode().encode("utf-16"), ["UTF-16", "UTF-8"]),
    "UTF-16 without BOM": (lambda d: d.decode().encode("utf-16-le"), ["UTF-16"]),
    "unknown schema version": (
        lambda d: replaced(d, '"schema_version": 1', '"schema_version": 7'),
        ["schema version 7", "newer"],
    ),
    "schema version as text": (
        lambda d: replaced(d, '"schema_version": 1', '"schema_version": "1"'),
        ["schema_version must be a whole number"],
    ),
    "no schema version": (lambda d: b'{"id": "x"}', ["no schema_version"]),
    "wrong type": (
        lambda d: replaced(d, '"effort": 3', '"effort": "3"'),
        ['card "c-shop"', "«Chemise à 105 €»", "'effort'", "integer"],
    ),
    "out of range score": (
        lambda d: replaced(d, '"emotion": -1', '"emotion": -4'),
        ['card "c-shop"', "'emotion'", "greater than or equal to -2", "-4"],
    ),
    "duplicate ids": (
        lambda d: replaced(d, '"id": "c-friend"', '"id": "c-blog"'),
        ['card "c-blog"', "«Conseil d'un ami»", "'id'", "duplicate id"],
    ),
    "dangling reference": (
        lambda d: replaced(d, '"to_card": "c-shop"', '"to_card": "c-vanished"'),
        ['link "k-1"', "'to_card'", '"c-vanished"', "does not exist"],
    ),
    "NaN": (
        lambda d: replaced(d, '"effort": 3', '"effort": NaN'),
        ["NaN or Infinity", "line", "column 17"],
    ),
    "Infinity": (lambda d: replaced(d, '"emotion": -1', '"emotion": -Infinity'), ["NaN or Inf"]),
    "duplicate JSON keys": (
        lambda d: replaced(d, '"effort": 3', '"effort": 3, "effort": 4'),
        ['key "effort" twice', 'id "c-shop"'],
    ),
    "unknown field": (
        lambda d: replaced(d, '"effort": 3', '"effort": 3, "effrot": 4'),
        ['card "c-shop"', "'effrot'", "unknown field"],
    ),
    "unknown top-level field": (
        lambda d: replaced(d, '"locale"', '"colour": "#000000", "locale"'),
        ['project "map-small"', "'colour'", "unknown field"],
    ),
    "bad colour": (
        lambda d: replaced(d, '"#E69F00"', '"orange"'),
        ['persona "p-lea" «Léa»', "'colour'", "#RRGGBB", "'orange'"],
    ),
    "empty id": (
        lambda d: replaced(d, '"id": "s-use"', '"id": ""'),
        ["stage", "«Usage»", "'id'", "must not be empty"],
    ),
    "lane of unknown kind": (
        lambda d: replaced(d, '"kind": "emotions"', '"kind": "feelings"'),
        ['lane "l-lea-emotion"', "'kind'", "'feelings'"],
    ),
    # The project's description is at level 2 (the project object is level 1): 63 arrays reach
    # level 64, the limit (MAX_DEPTH), and are judged by the model; 64 are over it.
    "deep nesting at the limit": (
        lambda d: replaced(d, '"description": ""', '"description": ' + "[" * 63 + "]" * 63),
        ["'description'", "must be a valid string", "got a list"],
    ),
    "nesting over the depth limit": (
        lambda d: replaced(d, '"description": ""', '"description": ' + "[" * 64 + "]" * 64),
        ["over 64 levels", 'id "map-small"', "at description[0][0]", "level 65"],
    ),
    "huge integer": (
        lambda d: replaced(d, '"effort": 3', '"effort": 1' + "0" * 5000),
        ["number of 5,001 digits", "4,300-digit limit", "line", "column 17"],
    ),
    "huge integer in attributes": (
        lambda d: replaced(
            d, '"effort": 3', '"effort": 3, "attributes": {"x": -' + "9" * 4400 + "}"
        ),
        ["number of 4,400 digits", "line", "column"],
    ),
    "number too large for a float": (
        lambda d: replaced(d, '"emotion": -1', '"emotion": -1e999'),
        ["too large", "Infinity", "line", "column"],
    ),
    "long fraction": (
        lambda d: replaced(d, '"emotion": -1', '"emotion": 0.' + "5" * 4400),
        ["4,402 characters", "line", "column"],
    ),
    "extreme nesting": (lambda d: b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", ["nested"]),
    "lone surrogate": (
        lambda d: replaced(d, "Léa", "L\\ud83d"),
        ["\\uD800", "not a valid", 'id "p-lea"', "field personas[0].name"],
    ),
    "missing required field": (
        lambda d: replaced(d, '"name": "Achat",', ""),
        ['stage "s-buy"', "'name'", "required"],
    ),
}


# Text that loads (or reaches an exporter) but is hostile to whatever measures, draws or writes
# it (issue 13, items 4, 7, 8). The layout, image, PDF, CSV and Mermaid tests put every case in
# the fields they handle (`spread`), so a new case here is tried by all of them.
HOSTILE_TEXT = {
    "100,000-character word": "a" * 100_000,
    "20,000 emoji": "😀" * 20_000,
    "emoji joined sequences": "👩‍👩‍👧‍👦🏳️‍🌈" * 2_000,
    "50,000 short lines": "x\n" * 50_000,
    "control characters": "A\x01B\x08C\x0bD\x1fE\x7fF",
    "XML non-characters": "A\ufffeB\uffffC",
    "lone surrogate": "A\ud800B\udfffC",
    "private-use planes": "\U000f0000 marque \U000f0001 #59; \U0010fffd",
    "right-to-left override": "Paiement\u202e refusé\u202c \u2067abc\u2069 \u202dx",
    "formula": '=HYPERLINK("http://example.invalid","clic")',
    "indented lines": "Première ligne\n    retrait\n\n  fin  ",
    "CJK, Thai, Devanagari": "顧客の旅 고객 여정 การเดินทาง ग्राहक यात्रा",
}
# What no file can hold (the loader refuses it) but a map in memory can reach an exporter with.
NOT_SAVEABLE = {"lone surrogate"}


def spread(project, text: str):
    """A copy of `project` with `text` in every field a person types: the map's title and
    description, a persona's name, a stage's and a lane's name, a card's title, description and
    tags, a channel's label, and every link's label."""
    copy = project.model_copy(deep=True)
    copy.title = copy.description = text
    copy.personas[0].name = text
    copy.personas[0].lanes[0].name = text
    copy.stages[0].name = text
    card = next(card for card in copy.cards if card.channel is not None)
    card.title = card.description = text
    card.tags = [text]
    next(c for c in copy.channels if c.id == card.channel).label = text
    for link in copy.links:
        link.label = text
    return copy
