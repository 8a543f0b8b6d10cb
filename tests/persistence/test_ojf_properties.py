"""Properties: any valid .ojf document comes back from import + export as it was, key order and
number types included; any map made here exports to bytes that re-import and re-export alike;
any edits to an imported sample (the project's own, tests/persistence/ojf_samples/) are what the
exported file says."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.model import Card, Channel, Lane, Persona, Project, Stage, default_channels
from journey_editor.persistence.formats.ojf import export_ojf, import_ojf
from tests.ojf_files import own_sample, own_sample_names

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Few distinct ids, so that stages, swimlanes and nodes clash with each other and within nodes.
IDS = st.sampled_from(["s1", "s2", "l1", "n1", "x", "persona-1", "card-1", " pad", ""])
TEXT = st.text(max_size=12)
NAMES = st.one_of(
    TEXT, st.sampled_from(["User Actions", "Pain Points", "Emotional State", "Channels", "  "])
)
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-9, 9), TEXT)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(TEXT, inner, max_size=3)),
    max_leaves=6,
)
SCORES = st.one_of(
    st.none(),
    st.integers(-5, 5),
    st.sampled_from([1.25, -3.75, 0.0, 2.5, 5.0]),
)
OPTIONAL_NODE_FIELDS = {
    "id": st.one_of(IDS, st.integers(0, 3)),
    "title": st.one_of(st.none(), TEXT),
    "description": st.one_of(st.none(), TEXT),
    "severity": st.sampled_from([None, "low", "medium", "high", "High", "critical"]),
    "score": SCORES,
    "sentiment": st.one_of(st.none(), st.sampled_from(["positive", "anxious", "neutral"])),
    "purpose": st.one_of(st.none(), st.sampled_from(["touchpoint", "pain-point", "note"])),
    "icon": st.sampled_from([None, "globe", "store", "mood"]),
    "iconColor": st.sampled_from([None, "#0072B2", "#d55e00", "#10b981"]),
    "isMomentOfTruth": st.one_of(st.none(), st.booleans()),
    "tags": st.one_of(st.none(), st.lists(st.one_of(TEXT, st.just("t" * 101)), max_size=3)),
    "blueprint": st.one_of(st.none(), st.dictionaries(TEXT, JSON_VALUE, max_size=2)),
    "votes": JSON_VALUE,
}


@st.composite
def shuffled(draw, mapping: dict) -> dict:
    order = draw(st.permutations(list(mapping)))
    return {key: mapping[key] for key in order}


@st.composite
def named_objects(draw, min_size: int) -> list[dict]:
    ids = draw(st.lists(IDS, min_size=min_size, max_size=3, unique=True))
    objects = []
    for object_id in ids:
        fields = {"id": object_id, "name": draw(NAMES)}
        if draw(st.booleans()):
            fields["colour"] = draw(JSON_VALUE)
        objects.append(draw(shuffled(fields)))
    return objects


@st.composite
def documents(draw) -> dict:
    stages = draw(named_objects(min_size=1))
    lanes = draw(named_objects(min_size=1))
    nodes = []
    for _ in range(draw(st.integers(0, 4))):
        fields = {
            "stageId": draw(st.sampled_from([s["id"] for s in stages])),
            "swimlaneId": draw(st.sampled_from([x["id"] for x in lanes])),
        }
        for key, strategy in OPTIONAL_NODE_FIELDS.items():
            if draw(st.booleans()):
                fields[key] = draw(strategy)
        nodes.append(draw(shuffled(fields)))
    root = {"stages": stages, "swimlanes": lanes, "nodes": nodes}
    if draw(st.booleans()):  # the later layout
        metadata = {"title": draw(TEXT), "persona": draw(NAMES), "pov": draw(TEXT)}
        root["metadata"] = draw(shuffled({**metadata, "version": "1.1.0"}))
    for key, strategy in (
        ("version", st.sampled_from(["1.0", "0.9", 1])),
        ("persona", st.one_of(st.none(), NAMES)),
        ("pointOfView", st.one_of(st.none(), TEXT)),
        ("title", TEXT),
        ("exportedBy", JSON_VALUE),
    ):
        if draw(st.booleans()):
            root[key] = draw(strategy)
    return draw(shuffled(root))


@SETTINGS
@given(documents())
def test_any_valid_document_round_trips_unchanged(document):
    data = json.dumps(document).encode()
    project = import_ojf(data)
    exported = export_ojf(project)
    assert json.dumps(json.loads(exported)) == json.dumps(document)
    assert import_ojf(exported) == project
    assert export_ojf(import_ojf(exported)) == exported


CARD_FIELDS = st.fixed_dictionaries(
    {
        "stage": st.sampled_from(["st-a", "st-b"]),
        "lane": st.sampled_from(["l-act", "l-touch", "l-odd"]),
        "title": TEXT,
        "description": TEXT,
        "channel": st.sampled_from([None, "website", "store", "email", "mine"]),
        "effort": st.one_of(st.none(), st.integers(1, 5)),
        "emotion": st.one_of(st.none(), st.integers(-2, 2)),
        "moment_of_truth": st.booleans(),
        "tags": st.lists(st.text(min_size=1, max_size=5).filter(str.strip), max_size=2),
    }
)


@SETTINGS
@given(
    st.lists(CARD_FIELDS, max_size=6),
    st.text(max_size=10),
    st.text(max_size=10),
)
def test_any_native_map_exports_to_stable_bytes_keeping_titles_and_emotions(cards, title, role):
    project = Project(
        id="map-p",
        title=title,
        stages=[Stage(id="st-a", name="A"), Stage(id="st-b", name="B")],
        personas=[
            Persona(
                id="p-1",
                name="Léa",
                role=role,
                lanes=[
                    Lane(id="l-act", name="Actions", kind="actions"),
                    Lane(id="l-touch", name="Touchpoints", kind="touchpoints"),
                    Lane(id="l-odd", name="Journey", kind="opportunities"),
                ],
            )
        ],
        cards=[Card(id=f"c-{i}", persona="p-1", **fields) for i, fields in enumerate(cards)],
        channels=[*default_channels(), Channel(id="mine", label="Mine", colour="#123456")],
    )
    exported = export_ojf(project)
    back = import_ojf(exported)
    assert export_ojf(back) == exported
    assert back.title == title and back.personas[0].role == role
    assert [(c.id, c.title, c.emotion, c.tags) for c in back.cards] == [
        (c.id, c.title, c.emotion, c.tags) for c in project.cards
    ]


CARD_EDITS = st.fixed_dictionaries(
    {},
    optional={
        "title": TEXT,
        "description": TEXT,
        "channel": st.sampled_from([None, "website", "store"]),
        "effort": st.one_of(st.none(), st.integers(1, 5)),
        "emotion": st.one_of(st.none(), st.integers(-2, 2)),
        "moment_of_truth": st.booleans(),
        "tags": st.lists(st.sampled_from(["vip", "late", "mobile"]), max_size=2),
    },
)
# Three severities for five efforts: the effort read back is the one of its severity.
EFFORT_READ_BACK = {None: None, 1: 2, 2: 2, 3: 3, 4: 4, 5: 4}


@SETTINGS
@given(st.sampled_from(own_sample_names()), st.data())
def test_edits_to_an_imported_map_are_what_the_exported_file_says(name, data):
    project = import_ojf(own_sample(name))
    for card in project.cards:
        for field, value in data.draw(CARD_EDITS).items():
            setattr(card, field, value)
    exported = export_ojf(project)
    back = import_ojf(exported)
    for before, after in zip(project.cards, back.cards, strict=True):
        assert (after.title, after.description, after.tags) == (
            before.title,
            before.description,
            before.tags,
        )
        assert (after.emotion, after.moment_of_truth) == (before.emotion, before.moment_of_truth)
        assert after.effort == EFFORT_READ_BACK[before.effort]
        assert after.channel == before.channel
    assert export_ojf(back) == exported
