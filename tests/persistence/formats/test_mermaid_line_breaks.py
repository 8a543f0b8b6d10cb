"""Mermaid draws `<br>` (and `<br/>`, `<br />`, `<BR>` …) in a section or task name as a line
break: the import makes it "\\n" in the stage name or card title, the export writes a "\\n" back
as `<br>`, and a tag that is only text stays text both ways."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.model import Card, Lane, Persona, Project, Stage
from journey_editor.persistence import ProjectFileError
from journey_editor.persistence.formats.mermaid import export_mermaid, import_mermaid

# The spellings Mermaid's lineBreakRegex (/<br\s*\/?>/gi) accepts, as its own tests write them.
TAGS = ["<br>", "<br/>", "<br />", "<BR>", "<br   />", "<Br/>", "<BR />", "<br\t/>", "<bR >"]
NOT_TAGS = ["< br>", "<br/ >", "<b r>", "<brr>", "<br//>", "br>", "<br"]


def journey(section: str, task: str) -> str:
    return f"journey\n  title Day\n  section {section}\n    {task}: 4: Me\n"


def only(project: Project) -> tuple[str, str]:
    assert len(project.stages) == 1 and len(project.cards) == 1
    return project.stages[0].name, project.cards[0].title


@pytest.mark.parametrize("tag", TAGS)
def test_every_spelling_of_the_tag_is_a_line_break_in_stages_and_cards(tag):
    stage, title = only(import_mermaid(journey(f"Go{tag}to work", f"Make{tag}tea")))
    assert stage == "Go\nto work"
    assert title == "Make\ntea"


@pytest.mark.parametrize("text", NOT_TAGS)
def test_what_mermaid_does_not_read_as_a_tag_stays_text(text):
    stage, title = only(import_mermaid(journey(f"A{text}B", f"C{text}D")))
    assert (stage, title) == (f"A{text}B", f"C{text}D")


def test_several_breaks_spaces_around_them_and_breaks_at_the_ends():
    stage, title = only(import_mermaid(journey("<br>One<br><BR/>two <br> three<br />", "a<br>b")))
    assert stage == "One\n\ntwo \n three"  # breaks at the ends go, like surrounding spaces
    assert title == "a\nb"


def test_a_name_that_is_only_breaks_is_reported_as_empty():
    with pytest.raises(ProjectFileError) as raised:
        import_mermaid(journey("<br>", "<br/>"))
    assert raised.value.problems == [
        "line 3: 'section' needs a name after it",
        "line 4: a task needs a name before its ':'",
    ]


def test_an_entity_coded_tag_is_text_and_an_entity_coded_line_break_is_a_break():
    # "#60;" is "<": Mermaid shows "<br>" as text; "#10;" is what older exports wrote.
    stage, title = only(import_mermaid(journey("Tags #60;br> and #60;BR/>", "One#10;two")))
    assert stage == "Tags <br> and <BR/>"
    assert title == "One\ntwo"


def test_actors_titles_and_descriptions_keep_their_tags_as_text():
    text = "journey\n  title A<br>B\n  accDescr: x<br>y\n  section S\n    T: 3: Me<br>You\n"
    project = import_mermaid(text)
    assert project.title == "A<br>B"
    assert project.description == "x<br>y"
    assert project.personas[0].name == "Me<br>You"


def make_project(stage_names: list[str], titles: list[str]) -> Project:
    lane = Lane(id="l", name="Touchpoints", kind="touchpoints")
    stages = [Stage(id=f"s{i}", name=name) for i, name in enumerate(stage_names)]
    cards = [
        Card(id=f"c{i}", persona="p", lane="l", stage=stages[i % len(stages)].id, title=title)
        for i, title in enumerate(titles)
    ]
    persona = Persona(id="p", name="Me", lanes=[lane])
    return Project(id="m", title="Day", stages=stages, personas=[persona], cards=cards)


def test_the_export_writes_a_line_break_as_br_and_reports_nothing_about_it():
    project = make_project(["Go\nto work"], ["Make\ntea", "Tea\r\nbreak"])
    text, warnings = export_mermaid(project)
    assert "    section Go<br>to work\n" in text
    assert "      Make<br>tea: 3: Me\n" in text
    assert "      Tea#13;<br>break: 3: Me\n" in text  # a carriage return stays a code
    assert "#10;" not in text
    assert not any("line break" in warning for warning in warnings)


def test_a_tag_written_in_a_title_is_exported_as_text_and_comes_back_as_text():
    project = make_project(["Tags: <BR/>"], ["Use <br> or\n<br />", "<br>"])
    text, warnings = export_mermaid(project)
    assert "section Tags#58; #60;BR/>" in text
    assert "Use #60;br> or<br>#60;br />: 3: Me" in text
    again = import_mermaid(text)
    assert [s.name for s in again.stages] == ["Tags: <BR/>"]
    assert [c.title for c in again.cards] == ["Use <br> or\n<br />", "<br>"]
    assert any("card «<br>»: wrote '<' as #60;" in warning for warning in warnings)


# Text made of the pieces that matter: breaks, tags typed as text, near-tags, Mermaid's
# special characters, spaces and letters (accents included).
PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "<br>",
        "<BR />",
        "<br",
        "br>",
        "<",
        ">",
        "/",
        " ",
        "  ",
        "\t",
        "\r",
        ":",
        "#",
        ";",
        ",",
        "%",
        "%%",
        "#10;",
        "#60;",
        "Thé",
        "à",
        "x",
        "journey",
        "section ",
    ]
)
NAMES = (
    st.lists(PIECES, min_size=1, max_size=12)
    .map("".join)
    .filter(lambda text: text.strip() and text == text.strip())
)


@settings(max_examples=150, deadline=None)
@given(stage_names=st.lists(NAMES, min_size=1, max_size=3), titles=st.lists(NAMES, max_size=6))
def test_any_name_with_line_breaks_survives_export_then_import(stage_names, titles):
    project = make_project(stage_names, titles)
    text, _ = export_mermaid(project)
    again = import_mermaid(text)
    assert [stage.name for stage in again.stages] == stage_names
    # Cards come back stage by stage (make_project deals them out over the stages in turn).
    by_stage = [t for s in range(len(stage_names)) for t in titles[s :: len(stage_names)]]
    assert [card.title for card in again.cards] == by_stage
    assert export_mermaid(again)[0] == text


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1).filter(lambda text: text.strip() and text == text.strip()))
def test_any_title_at_all_survives_export_then_import(title):
    project = make_project(["Stage"], [title])
    again = import_mermaid(export_mermaid(project)[0])
    assert [card.title for card in again.cards] == [title]
