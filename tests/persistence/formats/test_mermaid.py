"""Mermaid `journey` import and export: Mermaid's own example, round trips, escaping, errors."""

import re
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.model import Card, Lane, Persona, Project, Stage
from journey_editor.persistence import ProjectFileError, load_project
from journey_editor.persistence.formats.mermaid import export_mermaid, import_mermaid

TEMPLATE = (
    Path(__file__).resolve().parents[3] / "resources/templates/menswear-omnichannel.fr.journey.json"
)

# Verbatim from https://mermaid.js.org/syntax/userJourney.html
MERMAID_DOC_EXAMPLE = """\
journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def steps(project: Project) -> dict[tuple[str, str], list[tuple[str, int | None]]]:
    """(persona name, stage name) → its touchpoint cards' (title, emotion), in order."""
    touch = {lane.id for p in project.personas for lane in p.lanes if lane.kind == "touchpoints"}
    result = defaultdict(list)
    for card in project.cards:
        if card.lane in touch:
            key = (project.persona(card.persona).name, project.stage(card.stage).name)
            result[key].append((card.title, card.emotion))
    return dict(result)


def mermaid_lexer_safe(text: str) -> bool:
    """Outside `accDescr { … }`, no ';', no '#' that is not an entity code, no '%%' (Mermaid's
    jison lexer reads them as an error or a comment)."""
    outside = re.sub(r"accDescr \{[^}]*\}", "", text)
    without_entities = re.sub(r"#[A-Za-z0-9_]+;", "", outside)
    return not re.search(r"[;#]|%%", without_entities)


# --- Mermaid's documentation example ----------------------------------------------------------


def test_the_documentation_example_imports_as_stages_personas_and_cards():
    project = import_mermaid(MERMAID_DOC_EXAMPLE)

    assert project.title == "My working day"
    assert [stage.name for stage in project.stages] == ["Go to work", "Go home"]
    assert [persona.name for persona in project.personas] == ["Me", "Cat"]
    assert steps(project) == {
        ("Me", "Go to work"): [("Make tea", 2), ("Go upstairs", 0), ("Do work", -2)],
        ("Cat", "Go to work"): [("Do work", -2)],
        ("Me", "Go home"): [("Go downstairs", 2), ("Sit down", 2)],
    }


def test_imported_personas_get_a_touchpoints_and_an_emotions_lane():
    project = import_mermaid(MERMAID_DOC_EXAMPLE)
    for persona in project.personas:
        assert [lane.kind for lane in persona.lanes] == ["touchpoints", "emotions"]
    assert len({persona.colour for persona in project.personas}) == 2


def test_ids_are_readable_unique_and_deterministic():
    first, second = import_mermaid(MERMAID_DOC_EXAMPLE), import_mermaid(MERMAID_DOC_EXAMPLE)
    assert first == second
    assert "stage-go-to-work" in first.all_ids()
    assert "persona-cat" in first.all_ids()
    assert "card-me-make-tea" in first.all_ids()


def test_the_documentation_example_exports_back_to_the_same_text():
    text, warnings = export_mermaid(import_mermaid(MERMAID_DOC_EXAMPLE))
    assert text == MERMAID_DOC_EXAMPLE
    assert warnings == []


def test_import_export_import_gives_an_equal_project():
    project = import_mermaid(MERMAID_DOC_EXAMPLE)
    assert import_mermaid(export_mermaid(project)[0]) == project


def test_bytes_with_a_bom_and_crlf_line_ends_are_accepted():
    data = b"\xef\xbb\xbf" + MERMAID_DOC_EXAMPLE.replace("\n", "\r\n").encode()
    assert import_mermaid(data) == import_mermaid(MERMAID_DOC_EXAMPLE)


# --- the French template ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def template() -> Project:
    return load_project(TEMPLATE)


def test_template_export_import_keeps_stages_personas_titles_and_emotions(template):
    text, _ = export_mermaid(template)
    imported = import_mermaid(text)

    assert imported.title == template.title
    assert imported.description == template.description
    assert [s.name for s in imported.stages] == [s.name for s in template.stages]
    # Escaping uses Mermaid entity codes, so even "Julien, 34 ans" comes back unchanged.
    assert [p.name for p in imported.personas] == [p.name for p in template.personas]
    expected = {
        key: [(title, emotion if emotion is not None else 0) for title, emotion in cards]
        for key, cards in steps(template).items()
    }
    assert steps(imported) == expected


def test_template_export_import_export_gives_identical_text(template):
    text, _ = export_mermaid(template)
    again, _ = export_mermaid(import_mermaid(text))
    assert again == text


def test_template_export_is_safe_for_mermaid_and_reports_what_it_escaped_or_left_out(template):
    text, warnings = export_mermaid(template)
    assert mermaid_lexer_safe(text)
    assert "Chat en direct #58; quelle taille ?: 1: Léa#44; 31 ans" in text
    assert any("«Chat en direct : quelle taille ?»" in w and "#58;" in w for w in warnings)
    assert any("«Julien, 34 ans»" in w and "#44;" in w for w in warnings)
    assert any("outside touchpoints lanes" in w for w in warnings)
    assert any("21 link(s)" in w for w in warnings)


# --- export details ---------------------------------------------------------------------------


def make_project(cards: list[tuple[str, str, str, int | None]], **fields) -> Project:
    """cards: (persona name, stage name, title, emotion), all on touchpoints lanes."""
    stage_names = list(dict.fromkeys(stage for _, stage, _, _ in cards))
    persona_names = list(dict.fromkeys(persona for persona, _, _, _ in cards))
    stages = [Stage(id=f"s{i}", name=name) for i, name in enumerate(stage_names)]
    personas = [
        Persona(id=f"p{i}", name=name, lanes=[Lane(id=f"l{i}", name="T", kind="touchpoints")])
        for i, name in enumerate(persona_names)
    ]
    return Project(
        id="m",
        stages=stages,
        personas=personas,
        cards=[
            Card(
                id=f"c{i}",
                persona=f"p{persona_names.index(persona)}",
                lane=f"l{persona_names.index(persona)}",
                stage=f"s{stage_names.index(stage)}",
                title=title,
                emotion=emotion,
            )
            for i, (persona, stage, title, emotion) in enumerate(cards)
        ],
        **fields,
    )


def task_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.startswith("      ")]


def test_the_same_step_of_several_personas_becomes_one_task_with_several_actors():
    project = make_project(
        [
            ("Me", "Work", "Do work", -2),
            ("Me", "Work", "Lunch", 1),
            ("Cat", "Work", "Do work", -2),
            ("Cat", "Work", "Lunch", 2),  # another emotion: another task
        ]
    )
    text, _ = export_mermaid(project)
    assert task_lines(text) == ["Do work: 1: Me, Cat", "Lunch: 4: Me", "Lunch: 5: Cat"]


def test_merging_never_reorders_a_personas_cards():
    project = make_project(
        [
            ("Cat", "Work", "X", 0),
            ("Cat", "Work", "Y", 0),
            ("Me", "Work", "Y", 0),
            ("Me", "Work", "X", 0),
        ]
    )
    text, _ = export_mermaid(project)
    assert task_lines(text) == ["X: 3: Cat", "Y: 3: Cat, Me", "X: 3: Me"]
    assert steps(import_mermaid(text)) == steps(project)


def test_a_card_without_emotion_gets_the_neutral_score_and_a_warning():
    text, warnings = export_mermaid(make_project([("Me", "Work", "Think", None)]))
    assert task_lines(text) == ["Think: 3: Me"]
    assert warnings == ["card «Think» has no emotion: written with the neutral score 3 (emotion 0)"]


def test_only_touchpoint_cards_become_tasks_and_empty_stages_stay(small_project):
    text, warnings = export_mermaid(small_project)
    assert "File d'attente en caisse" not in text  # a pain point
    assert "section Usage" in text  # no card there, but the stage is kept
    assert any("1 card(s) outside touchpoints lanes" in w for w in warnings)


def test_personas_without_touchpoints_are_reported():
    project = make_project([("Me", "Work", "Do", 1)])
    project.personas.append(Persona(id="p-x", name="Ghost", lanes=[]))
    _, warnings = export_mermaid(project)
    assert any("«Ghost» has no card on a touchpoints lane" in w for w in warnings)


NASTY_TITLES = [
    "Avis : 4/5",
    "Commande #42; livrée",
    "Remise 100 %% garantie",
    "Deux\nlignes",
    "Journey planning",
    "title page",
    "Section 2 review",
    "accDescr",
]


def test_characters_mermaid_cannot_hold_are_escaped_losslessly_and_reported():
    cards = [("Dupont, Jean: client", "Étape: 1 # ; %%", title, 1) for title in NASTY_TITLES]
    project = make_project(cards, title="Plan #1; 100 %% sûr")
    text, warnings = export_mermaid(project)

    assert mermaid_lexer_safe(text)
    for line in task_lines(text):
        assert not re.match(r"journey|title\s|section\s|accdescr", line, re.I)
    again = import_mermaid(text)
    assert again.title == project.title
    assert [s.name for s in again.stages] == ["Étape: 1 # ; %%"]
    assert [p.name for p in again.personas] == ["Dupont, Jean: client"]
    assert [c.title for c in again.cards] == NASTY_TITLES
    assert export_mermaid(again)[0] == text
    assert any(w.startswith("card «Avis : 4/5»: wrote ':' as #58;") for w in warnings)
    assert "      Deux<br>lignes: 4: Dupont#44; Jean#58; client" in text  # a break, not a code
    assert not any(w.startswith("card «Deux lignes»") for w in warnings)
    assert any("'J' as #74; (it starts with the Mermaid keyword 'journey')" in w for w in warnings)
    assert any(w.startswith("persona «Dupont, Jean: client»: wrote ',' as #44;") for w in warnings)


def test_an_untitled_card_is_named_after_its_description():
    project = make_project([("Me", "Work", "", 1)])
    project.cards[0].description = "\nCalls the shop\nsecond line"
    text, warnings = export_mermaid(project)
    assert task_lines(text) == ["Calls the shop: 4: Me"]
    assert any("has no title" in w for w in warnings)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Me", "Cat", "Dog"]),
            st.sampled_from(["S1", "S2"]),
            st.sampled_from(["A", "B", "C: c"]),
            st.sampled_from([None, -2, 0, 1]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_any_export_reimports_to_the_same_steps_and_reexports_identically(cards):
    project = make_project(cards)
    text, _ = export_mermaid(project)
    again = import_mermaid(text)
    expected = {k: [(t, e or 0) for t, e in v] for k, v in steps(project).items()}
    assert steps(again) == expected
    assert export_mermaid(again)[0] == text


# --- import details ---------------------------------------------------------------------------


def test_comments_blank_lines_and_free_indentation_are_ignored():
    text = """
%% a comment before the header
%%{init: {"theme": "forest"}}%%
journey
title   Day   %% trailing comment
        section    Morning
 Tea: 5: Me   # Mermaid comment

    %% comment line
Walk: 4:Me,   Dog ,
"""
    project = import_mermaid(text)
    assert project.title == "Day"
    assert [s.name for s in project.stages] == ["Morning"]
    assert steps(project) == {
        ("Me", "Morning"): [("Tea", 2), ("Walk", 1)],
        ("Dog", "Morning"): [("Walk", 1)],
    }


def test_a_task_without_actors_goes_to_everyone_and_exports_without_actors():
    text = "journey\n    section A\n      Alone: 2\n      Shared: 4: Me\n"
    project = import_mermaid(text)
    assert [p.name for p in project.personas] == ["Everyone", "Me"]
    assert export_mermaid(project)[0] == text


def test_an_actor_named_everyone_does_not_swallow_actorless_tasks():
    project = import_mermaid("journey\n  section A\n    X: 2\n    Y: 3: Everyone\n")
    assert [p.name for p in project.personas] == ["Everyone (no actor)", "Everyone"]


def test_tasks_before_any_section_get_an_implicit_first_stage():
    text = "journey\n    title T\n      Early: 5: Me\n    section Later\n      Late: 1: Me\n"
    project = import_mermaid(text)
    assert [s.name for s in project.stages] == ["Untitled stage", "Later"]
    assert export_mermaid(project)[0] == text


def test_repeated_section_names_give_separate_stages_as_mermaid_draws_them():
    project = import_mermaid("journey\nsection A\nX: 1: Me\nsection A\nY: 2: Me\n")
    assert [s.name for s in project.stages] == ["A", "A"]
    assert len({s.id for s in project.stages}) == 2


def test_entity_codes_are_decoded_and_a_markdown_fence_and_front_matter_are_accepted():
    text = """```mermaid
---
title: From front matter
---
journey
    accTitle: Accessible
    accDescr {
        First line
        Second line
    }
    section Café #58; matin
      Dire #quot;bonjour#quot;: 4: Léa#44; 31 ans
```
"""
    project = import_mermaid(text)
    assert project.title == "From front matter"
    assert project.description == "First line\nSecond line"
    assert [s.name for s in project.stages] == ["Café : matin"]
    assert [p.name for p in project.personas] == ["Léa, 31 ans"]
    assert project.cards[0].title == 'Dire "bonjour"'
    assert "accTitle: Accessible" in export_mermaid(project)[0]


def test_an_empty_journey_is_an_empty_map():
    project = import_mermaid("journey\n")
    assert (project.stages, project.personas, project.cards) == ([], [], [])


# --- errors -----------------------------------------------------------------------------------


def import_error(text: str | bytes, source: str = "day.mmd") -> list[str]:
    with pytest.raises(ProjectFileError) as caught:
        import_mermaid(text, source)
    assert str(caught.value).startswith(f"{source}: ")
    return [str(problem) for problem in caught.value.problems]


def test_every_bad_line_is_reported_with_its_number():
    text = """journey
    title Day
    section Morning
      Tea: 5: Me
      Coffee: 7: Me
      Toast: : Me
      Wander around
      Read; write: 3: Me
      Jam: 2.5: Me
      Eggs: 3: Me: extra
    section Noon: lunch
    title
      Soup: x
"""
    assert import_error(text) == [
        'line 5: score must be a whole number from 1 to 5 (got "7")',
        'line 6: the task «Toast» has no score: write "Toast: 3: Actor" with a score from 1 to 5',
        'line 7: "Wander around" is not a title, section or task; a task is written '
        '"Task name: score: Actor, Actor"',
        "line 8: ';' is not allowed in a Mermaid journey (write #59; for a ';')",
        'line 9: score must be a whole number from 1 to 5 (got "2.5")',
        "line 10: a task has at most two ':' (\"name: score: actors\"), this one has 3; write "
        "#58; for a ':' inside a name",
        "line 11: a section name cannot contain ':' (Mermaid would read a task; write #58; for "
        "a ':')",
        "line 12: 'title' needs a text after it",
        'line 13: score must be a whole number from 1 to 5 (got "x")',
    ]


def test_score_zero_and_a_task_starting_with_journey_are_refused():
    problems = import_error("journey\nA: 0: Me\nJourney home: 3: Me\n")
    assert problems[0] == 'line 2: score must be a whole number from 1 to 5 (got "0")'
    assert problems[1].startswith("line 3: a line cannot start with 'journey'")


def test_other_diagrams_and_empty_text_are_refused():
    assert import_error("flowchart TD\n  A --> B\n") == [
        'line 1: a Mermaid journey starts with the line "journey" (got "flowchart TD")'
    ]
    assert import_error("") == ["is empty, not a Mermaid journey"]
    assert import_error("%% only a comment\n") == [
        "holds no Mermaid diagram: the first line must be 'journey'"
    ]


def test_an_unclosed_description_block_is_reported_at_its_first_line():
    assert import_error("journey\naccDescr {\n  never closed\n") == [
        "line 2: 'accDescr {' is never closed with '}'"
    ]


def test_non_utf8_bytes_are_refused_with_their_position():
    problems = import_error("journey\nsection Café\n".encode("latin-1"))
    assert problems == [
        "is not UTF-8 text: byte 0xE9 at line 2, column 12 (byte offset 19); perhaps Latin-1 "
        "or Windows-1252: re-save it as UTF-8"
    ]
