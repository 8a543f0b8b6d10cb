"""The capture bar's syntax: `!Frais de port trop chers @bout #livraison` is a pain point on the
Boutique channel tagged "livraison", added as one undoable AddCard in the stage and persona in
focus. Checked on the French sample, whose labels carry accents (Événement, Téléphone)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey_editor.edits import EditError
from journey_editor.edits.capture_text import (
    DEFAULT_LANE_KIND,
    LANE_PREFIXES,
    CapturePlan,
    CaptureRefusal,
    CaptureTarget,
    CaptureText,
    matching_channels,
    parse_capture,
    plan_capture,
)
from journey_editor.model import LANE_KINDS, Channel
from journey_editor.model.text_keys import strip_accents
from journey_editor.templates import find_template

FRENCH = "menswear-omnichannel.fr"


@pytest.fixture
def french():
    return find_template(FRENCH).load()


def target(project, stage_name: str, persona_start: str) -> CaptureTarget:
    stage = next(s for s in project.stages if s.name == stage_name)
    persona = next(p for p in project.personas if p.name.startswith(persona_start))
    return CaptureTarget(stage.id, persona.id)


# --- the line on its own ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "kind"),
    [
        ("!", "pain_points"),
        ("+", "opportunities"),
        ("?", "thoughts"),
        (">", "actions"),
        ("~", "emotions"),
        ("", "touchpoints"),
    ],
)
def test_the_first_character_names_the_lane(prefix, kind):
    assert parse_capture(f"{prefix}Frais de port trop chers") == CaptureText(
        kind, "Frais de port trop chers"
    )


def test_every_prefix_names_a_lane_kind_of_the_model():
    assert set(LANE_PREFIXES.values()) | {DEFAULT_LANE_KIND} <= set(LANE_KINDS)
    assert len(set(LANE_PREFIXES.values())) == len(LANE_PREFIXES)


def test_channel_and_tags_come_out_of_the_title_wherever_they_are():
    assert parse_capture("  !Frais @bout de port #livraison trop chers #prix  ") == CaptureText(
        "pain_points", "Frais de port trop chers", ("bout",), ("livraison", "prix")
    )


def test_a_space_after_the_prefix_and_around_words_is_trimmed():
    assert parse_capture("!   Attente   au   téléphone ") == CaptureText(
        "pain_points", "Attente au téléphone"
    )


def test_a_blank_line_is_nothing_to_capture():
    assert parse_capture("") is None
    assert parse_capture("  \t ") is None


def test_a_prefix_alone_has_no_title():
    assert parse_capture("! #tag @bout") == CaptureText("pain_points", "", ("bout",), ("tag",))


def test_a_lone_mark_or_a_mark_inside_a_word_stays_in_the_title():
    assert parse_capture("écrire à jean@maison.fr # @ ou #, ici").title == (
        "écrire à jean@maison.fr # @ ou #, ici"
    )


def test_punctuation_after_a_tag_or_channel_belongs_to_the_sentence():
    parsed = parse_capture("?Trop cher, #prix, vu en @boutique.")
    assert parsed == CaptureText("thoughts", "Trop cher, vu en", ("boutique",), ("prix",))


def test_a_tag_given_twice_is_kept_once_in_the_order_typed():
    assert parse_capture("Retour #colis #délai #colis").tags == ("colis", "délai")


_plain_word = st.text(
    st.characters(blacklist_categories=("Z", "C"), blacklist_characters="@#"),
    min_size=1,
    max_size=8,
)


@given(
    prefix=st.sampled_from(["", *LANE_PREFIXES]),
    words=st.lists(_plain_word, min_size=1, max_size=6),
    tags=st.lists(_plain_word.filter(lambda w: w.rstrip(".,;:!?…)»\"'")), max_size=3),
)
def test_any_remark_keeps_its_words_as_title_and_its_tags(prefix, words, tags):
    if not prefix and words[0][0] in LANE_PREFIXES:
        words = ["x", *words]  # a title that starts with a prefix character is another test
    line = " ".join([prefix + words[0], *(f"#{tag}" for tag in tags), *words[1:]])
    parsed = parse_capture(line)
    assert parsed is not None
    assert parsed.kind == LANE_PREFIXES.get(prefix, DEFAULT_LANE_KIND)
    assert parsed.title == " ".join(words)
    expected_tags = []
    for tag in (t.rstrip(".,;:!?…)»\"'") for t in tags):
        if tag not in expected_tags:
            expected_tags.append(tag)
    assert parsed.tags == tuple(expected_tags)


@given(st.text(max_size=60))
def test_any_line_parses_without_error_and_ignores_surrounding_space(text):
    parsed = parse_capture(text)
    assert parsed == parse_capture(f"  {text}\t ")
    if parsed is not None:
        assert parsed.title == parsed.title.strip()
        assert all(tag and not tag[0].isspace() for tag in parsed.tags)


# --- channels by the start of their label --------------------------------------------------------


def labels(channels) -> list[str]:
    return [channel.label for channel in channels]


@pytest.mark.parametrize(
    ("word", "first"),
    [
        ("bout", "Boutique"),
        ("BOUT", "Boutique"),
        ("eve", "Événement"),
        ("évé", "Événement"),
        ("tele", "Téléphone"),
        ("sms", "SMS"),
        ("click", "Click & collect"),
        ("bouche-a", "Bouche-à-oreille"),
        ("relais", "Poste & point relais"),  # a word inside the label, when no label starts so
    ],
)
def test_a_channel_is_found_by_the_start_of_its_label(french, word, first):
    assert labels(matching_channels(french.channels, word))[0] == first


def test_an_ambiguous_start_takes_the_first_in_catalogue_order_and_names_the_others(french):
    assert labels(matching_channels(french.channels, "chat")) == [
        "Chat en direct",
        "Chat de la communauté",
    ]


def test_a_label_equal_to_the_word_wins_over_longer_ones():
    channels = [
        Channel(id="a", label="Boutiques en ligne", colour="#000000"),
        Channel(id="b", label="Boutique", colour="#000000"),
    ]
    assert labels(matching_channels(channels, "boutique")) == ["Boutique", "Boutiques en ligne"]


def test_an_unknown_word_matches_no_channel(french):
    assert matching_channels(french.channels, "fax") == ()


FRENCH_CHANNELS = tuple(find_template(FRENCH).load().channels)  # read only, shared by examples


@given(data=st.data())
def test_every_start_of_every_label_finds_that_channel(data):
    channel = data.draw(st.sampled_from(FRENCH_CHANNELS))
    length = data.draw(st.integers(1, len(channel.label)))
    word = channel.label[:length].strip()
    if not word:
        return
    word = data.draw(st.sampled_from([word, word.upper(), strip_accents(word).lower()]))
    assert channel in matching_channels(FRENCH_CHANNELS, word)


# --- placed in a map -----------------------------------------------------------------------------


def test_a_pain_point_lands_in_the_focused_personas_pain_point_lane(french):
    where = target(french, "Achat", "Julien")
    plan = plan_capture(french, where, "!Frais de port trop chers @bout #livraison")
    assert isinstance(plan, CapturePlan)
    card = plan.card
    lane = french.lane(card.lane)
    assert (card.stage, card.persona) == (where.stage_id, where.persona_id)
    assert lane.kind == "pain_points" and lane.name == "Irritants"
    assert plan.lane == lane
    assert french.channel(card.channel).label == "Boutique"
    assert (card.title, card.tags) == ("Frais de port trop chers", ["livraison"])
    assert card.id not in french.all_ids()


def test_the_plan_is_one_add_card_that_undo_takes_back(french):
    before = french.model_copy(deep=True)
    plan = plan_capture(french, target(french, "Usage", "Marc"), "+Essayage à domicile")
    change = plan.edit.apply(french)
    assert french.card(plan.card.id).title == "Essayage à domicile"
    assert french.cell_cards(*plan.card.cell)[-1].id == plan.card.id  # last of its cell
    change.inverse.apply(french)
    assert french == before


def test_a_persona_without_that_lane_is_told_not_dropped(french):
    # Léa has touchpoints, emotions and pain points only.
    refusal = plan_capture(french, target(french, "Achat", "Léa"), "+Retrait en 1 h")
    assert refusal == CaptureRefusal("no_lane", "opportunities")


def test_an_unknown_channel_is_told(french):
    refusal = plan_capture(french, target(french, "Achat", "Julien"), "Relance @fax")
    assert refusal == CaptureRefusal("unknown_channel", "touchpoints", "fax")


def test_two_channels_are_told(french):
    refusal = plan_capture(french, target(french, "Achat", "Julien"), "Relance @sms @mail")
    assert refusal == CaptureRefusal("several_channels", "touchpoints", "sms mail")


def test_the_other_matches_of_an_ambiguous_channel_come_with_the_plan(french):
    plan = plan_capture(french, target(french, "Achat", "Julien"), "Question posée @chat")
    assert plan.channel.label == "Chat en direct"
    assert labels(plan.also_matching) == ["Chat de la communauté"]


def test_no_title_no_target_and_blank_lines(french):
    where = target(french, "Achat", "Julien")
    assert plan_capture(french, where, "   ") is None
    assert plan_capture(french, where, "! #prix") == CaptureRefusal("no_title", "pain_points")
    assert plan_capture(french, None, "!Cher") == CaptureRefusal("no_target", "pain_points")
    gone = CaptureTarget("stage-deleted", where.persona_id)
    assert plan_capture(french, gone, "!Cher") == CaptureRefusal("no_target", "pain_points")


def test_the_card_goes_through_the_models_checks(french):
    where = target(french, "Achat", "Julien")
    with pytest.raises(EditError, match="tags"):
        plan_capture(french, where, "Trop long #" + "x" * 101)


def test_a_lane_is_the_first_of_its_kind_in_the_persona(french):
    julien = next(p for p in french.personas if p.name.startswith("Julien"))
    second = julien.lanes[0].model_copy(update={"id": "l-second-pain", "kind": "pain_points"})
    julien.lanes.append(second)
    plan = plan_capture(french, target(french, "Achat", "Julien"), "!Cher")
    assert plan.lane.name == "Irritants"


FRENCH_MAP = find_template(FRENCH).load()


@given(
    line=st.text(st.sampled_from("!+?>~@# abcé#@"), max_size=25),
    stage=st.integers(0, 5),
    persona=st.integers(0, 2),
)
def test_any_line_either_refuses_or_adds_one_card_that_undo_takes_back(line, stage, persona):
    project = FRENCH_MAP.model_copy(deep=True)
    where = CaptureTarget(project.stages[stage].id, project.personas[persona].id)
    try:
        plan = plan_capture(project, where, line)
    except EditError:
        return  # a rule of the model said no, before anything changed
    if not isinstance(plan, CapturePlan):
        assert plan is None or isinstance(plan, CaptureRefusal)
        assert project == FRENCH_MAP
        return
    change = plan.edit.apply(project)
    added = project.card(plan.card.id)
    assert (added.stage, added.persona) == (where.stage_id, where.persona_id)
    assert project.lane(added.lane).kind == parse_capture(line).kind
    assert len(project.cards) == len(FRENCH_MAP.cards) + 1
    change.inverse.apply(project)
    assert project == FRENCH_MAP
