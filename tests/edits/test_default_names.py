"""Changing a map's language renames what still carries a default name, and nothing else."""

from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.edits import Batch, UpdateProject, change_language, default_renames
from journey_editor.edits.default_names import default_channel_labels, default_lane_names
from journey_editor.model import Channel, Lane, Persona, Project, default_channels
from journey_editor.model.factory import DEFAULT_LANE_NAMES
from journey_editor.model.types import LANE_KINDS

LOCALES = ("en", "fr", "fr-BE", "en_GB", "de")
TYPED = st.text(min_size=1, max_size=12).filter(str.strip)  # what a user may name a lane
EVERY_DEFAULT = {name for names in DEFAULT_LANE_NAMES.values() for name in names.values()} | {
    label for locale in ("en", "fr") for label in default_channel_labels(locale).values()
}


def names(project: Project) -> dict[str, str]:
    lanes = {lane.id: lane.name for persona in project.personas for lane in persona.lanes}
    return lanes | {channel.id: channel.label for channel in project.channels}


def switch(project: Project, locale: str) -> None:
    change_language(project, locale, rename_defaults=True).apply(project)


# --- the tables -----------------------------------------------------------------------------------


def test_french_defaults_come_from_the_factory_and_the_catalogue():
    assert default_lane_names("fr-BE")["touchpoints"] == "Points de contact"
    assert default_lane_names("de")["pain_points"] == "Pain points"  # no German: English
    labels = default_channel_labels("fr")
    assert labels["website"] == "Site web"
    assert labels["print"] == "Imprimés et presse"
    assert default_channel_labels("en")["website"] == "Website"
    # Every default channel has a French label of its own except the loanwords.
    same = {cid for cid, label in labels.items() if label == default_channel_labels("en")[cid]}
    assert same == {"sms", "blog"}


def test_a_new_english_map_renames_its_lanes_and_channels_to_french():
    project = Project(
        id="m",
        locale="en",
        personas=[
            Persona(
                id="p",
                name="Léa",
                lanes=[
                    Lane(id="l-touch", name="Touchpoints", kind="touchpoints"),
                    Lane(id="l-act", name="Actions", kind="actions"),  # the same in French
                    Lane(id="l-pain", name="Irritations", kind="pain_points"),  # typed
                    Lane(id="l-note", name="Thoughts", kind="notes"),  # not its kind's name
                ],
            )
        ],
    )
    project.channels[1] = project.channels[1].model_copy(update={"label": "App"})
    renames = default_renames(project, "en", "fr")
    assert [(r.object_id, r.new) for r in renames.lanes] == [("l-touch", "Points de contact")]
    assert len(renames.channels) == 13  # 16 defaults, less SMS, Blog and the renamed app
    assert "mobile_app" not in {r.object_id for r in renames.channels}
    assert renames.language == "fr"
    assert renames

    change = change_language(project, "fr", rename_defaults=True, label="Langue").apply(project)
    assert project.locale == "fr"
    assert project.lane("l-touch").name == "Points de contact"
    assert project.lane("l-pain").name == "Irritations"
    assert project.lane("l-note").name == "Thoughts"
    assert project.channel("website").label == "Site web"
    assert project.channel("mobile_app").label == "App"
    assert change.label == "Langue"


def test_one_language_in_two_locales_renames_nothing():
    project = Project(id="m", locale="fr")
    assert not default_renames(project, "fr", "fr-BE")
    assert not default_renames(project, "en", "de")  # German maps get English defaults
    assert list(default_renames(project, "en", "en-GB")) == []


def test_a_custom_channel_with_a_default_label_is_left_alone():
    project = Project(
        id="m",
        locale="en",
        channels=[Channel(id="my-site", label="Website", colour="#000000", icon="globe")],
    )
    assert not default_renames(project, "en", "fr")


def test_declining_changes_only_the_language():
    project = Project(id="m", locale="en")
    edit = change_language(project, "fr", rename_defaults=False)
    assert edit == UpdateProject({"locale": "fr"})
    edit.apply(project)
    assert project.locale == "fr"
    assert project.channel("website").label == "Website"


def test_the_language_and_the_renames_undo_as_one_step():
    project = Project(id="m", locale="en", personas=[Persona(id="p", name="P", lanes=[])])
    before = project.model_dump()
    edit = change_language(project, "fr", rename_defaults=True)
    assert isinstance(edit, Batch)
    change = edit.apply(project)
    assert project.channel("store").label == "Magasin"
    change.inverse.apply(project)
    assert project.model_dump() == before


# --- properties -------------------------------------------------------------------------------


@st.composite
def maps(draw, custom_names=None):
    """A map in one language whose lanes (of every kind) and default channels carry their
    default names there, now and then (when `custom_names` is given) replaced by one of them."""
    locale = draw(st.sampled_from(LOCALES))
    lane_names, labels = default_lane_names(locale), default_channel_labels(locale)
    customised: set[str] = set()

    def name(object_id: str, default: str) -> str:
        if custom_names is not None and draw(st.integers(0, 3)) == 0:
            typed = draw(custom_names)
            if typed != default:  # typing the default name back is no customisation
                customised.add(object_id)
            return typed
        return default

    personas = []
    for p in range(draw(st.integers(0, 3))):
        kinds = draw(st.lists(st.sampled_from(LANE_KINDS), max_size=len(LANE_KINDS)))
        lanes = [
            Lane(id=f"l-{p}-{i}", kind=kind, name=name(f"l-{p}-{i}", lane_names[kind]))
            for i, kind in enumerate(kinds)
        ]
        personas.append(Persona(id=f"p-{p}", name=f"Persona {p}", lanes=lanes))
    channels = [
        channel.model_copy(update={"label": name(channel.id, labels[channel.id])})
        for channel in default_channels()
        if draw(st.integers(0, 5))  # now and then a default channel was deleted
    ]
    project = Project(id="m", locale=locale, personas=personas, channels=channels)
    return project, customised


@settings(max_examples=150, deadline=None)
@given(maps(), st.sampled_from(LOCALES))
def test_switching_there_and_back_gives_the_original_names(drawn, other):
    project, _ = drawn  # nothing customised
    before = names(project)
    locale = project.locale
    switch(project, other)
    assert project.locale == other
    switch(project, locale)
    assert project.locale == locale
    assert names(project) == before


@settings(max_examples=150, deadline=None)
@given(maps(custom_names=st.one_of(TYPED, st.sampled_from(sorted(EVERY_DEFAULT)))))
def test_customised_names_are_never_touched(drawn):
    project, customised = drawn
    before = names(project)
    for other in LOCALES:
        renames = default_renames(project, project.locale, other)
        assert not customised & {rename.object_id for rename in renames}
        for rename in renames:
            assert rename.old == before[rename.object_id] != rename.new


@settings(max_examples=150, deadline=None)
@given(
    maps(custom_names=TYPED.filter(lambda text: text not in EVERY_DEFAULT)),
    st.sampled_from(LOCALES),
)
def test_there_and_back_keeps_customised_names_and_restores_the_rest(drawn, other):
    project, customised = drawn
    before = names(project)
    locale = project.locale
    switch(project, other)
    after = names(project)
    assert {i: after[i] for i in customised} == {i: before[i] for i in customised}
    expected_lanes = default_lane_names(other)
    for persona in project.personas:
        for lane in persona.lanes:
            if lane.id not in customised:
                assert lane.name == expected_lanes[lane.kind]
    switch(project, locale)
    assert names(project) == before


@settings(max_examples=100, deadline=None)
@given(maps(custom_names=TYPED), st.sampled_from(LOCALES))
def test_the_inverse_of_a_switch_restores_the_map_exactly(drawn, other):
    project, _ = drawn
    before = project.model_dump()
    change = change_language(project, other, rename_defaults=True).apply(project)
    change.inverse.apply(project)
    assert project.model_dump() == before


def test_a_channel_still_named_as_the_editor_names_a_new_one_follows_the_language():
    project = Project(
        id="map-new-channels",
        locale="fr",
        channels=[
            Channel(id="channel-1", label="Nouveau canal", colour="#000000"),
            Channel(id="channel-2", label="Nouveau canal 2", colour="#111111"),
            Channel(id="channel-3", label="Nouveau canal du soir", colour="#222222"),
            Channel(id="channel-4", label="Click & collect", colour="#333333"),
        ],
    )
    renames = default_renames(project, "fr", "en")
    assert [(r.object_id, r.new) for r in renames.channels] == [
        ("channel-1", "New channel"),
        ("channel-2", "New channel 2"),
    ]
    back = default_renames(project, "fr-BE", "fr")
    assert not back
