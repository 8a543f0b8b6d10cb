"""The grid: header, stage columns, phase bands, persona bands, lane rows and cells."""

from itertools import pairwise

import pytest

from journey_editor.layout import LayoutOptions, compute_layout
from journey_editor.model import Card, Lane, Persona, Project, Stage


def test_the_small_map_obeys_every_rule(small_layout, layout_rules):
    layout_rules(small_layout, every_pair=True)


def test_every_template_obeys_every_rule(template_project, layout_rules):
    layout = compute_layout(template_project)
    layout_rules(layout, every_pair=True)
    assert set(layout.cards) == {card.id for card in template_project.cards}


def test_one_cell_per_persona_lane_and_stage(small_project, small_layout):
    expected = {
        (persona.id, lane.id, stage.id)
        for persona in small_project.personas
        for lane in persona.lanes
        for stage in small_project.stages
    }
    assert set(small_layout.cells) == expected
    assert small_layout.cells[("p-lea", "l-lea-touch", "s-discover")].card_ids == (
        "c-blog",
        "c-friend",
    )
    assert small_layout.cells[("p-lea", "l-lea-touch", "s-use")].card_ids == ()


def test_cells_of_a_stage_share_its_column(small_layout):
    for stage in small_layout.stages:
        cells = [cell for key, cell in small_layout.cells.items() if key[2] == stage.stage_id]
        assert cells
        assert {(cell.rect.x, cell.rect.right) for cell in cells} == {stage.column}


def test_regions_for_frozen_headers(small_layout):
    options = small_layout.options
    assert small_layout.left_width == options.persona_width + options.lane_label_width
    assert small_layout.header.bottom == small_layout.body_top == small_layout.header_height
    assert small_layout.corner.width == small_layout.left_width
    assert small_layout.corner.y == small_layout.header.y
    assert small_layout.title_block is not None
    assert small_layout.header.y == small_layout.title_block.rect.bottom
    first_band = small_layout.personas[0]
    assert first_band.rect.y == small_layout.body_top
    for band in small_layout.personas:
        assert band.header.rect.right == options.persona_width
        for row in band.lanes:
            assert row.label_rect.x == options.persona_width
            assert row.label_rect.right == small_layout.left_width


def test_without_title_block_the_header_starts_at_the_top(small_project):
    layout = compute_layout(small_project, LayoutOptions(title_block=False))
    assert layout.title_block is None and layout.legend is None
    assert layout.header.y == 0


def test_phases_span_consecutive_stages_with_the_same_phase():
    stages = [
        Stage(id="s1", name="One", phase="Before"),
        Stage(id="s2", name="Two", phase="Before"),
        Stage(id="s3", name="Three", phase=""),
        Stage(id="s4", name="Four", phase="After"),
        Stage(id="s5", name="Five", phase="After"),
        Stage(id="s6", name="Six", phase="Before"),
    ]
    layout = compute_layout(Project(id="m", stages=stages))
    spans = [(phase.name, phase.stage_ids) for phase in layout.phases]
    assert spans == [("Before", ("s1", "s2")), ("After", ("s4", "s5")), ("Before", ("s6",))]
    by_id = {stage.stage_id: stage for stage in layout.stages}
    for phase in layout.phases:
        first, last = by_id[phase.stage_ids[0]], by_id[phase.stage_ids[-1]]
        assert phase.rect.x == first.left and phase.rect.right == last.right
        assert phase.rect.bottom == pytest.approx(first.rect.y), "the band sits on the stage row"
        assert phase.label.texts == (phase.name,)


def test_no_phase_band_when_no_stage_has_a_phase():
    project = Project(id="m", stages=[Stage(id="s1", name="One"), Stage(id="s2", name="Two")])
    layout = compute_layout(project)
    assert layout.phases == ()
    assert layout.stages[0].rect.y == layout.header.y


def test_long_stage_names_wrap_to_two_lines_then_widen_their_column():
    options = LayoutOptions()
    stages = [
        Stage(id="short", name="Buy"),
        Stage(id="two-lines", name="Comparaison des offres et des prix"),
        Stage(id="wide", name="Recherche d'informations complémentaires sur les garanties"),
        Stage(id="huge", name="x" * 300),
    ]
    layout = compute_layout(Project(id="m", stages=stages), options)
    short, two, wide, huge = layout.stages
    assert short.rect.width == options.stage_min_width
    assert short.name.texts == ("Buy",)
    assert two.rect.width == options.stage_min_width
    assert len(two.name.texts) == 2
    assert options.stage_min_width < wide.rect.width < options.stage_max_width
    assert len(wide.name.texts) == 2 and not wide.name.texts[-1].endswith("…")
    assert huge.rect.width == options.stage_max_width
    assert len(huge.name.texts) == 2 and huge.name.texts[-1].endswith("…")
    # Every stage row cell has the same height, enough for two lines.
    assert len({stage.rect.height for stage in layout.stages}) == 1
    for stage in layout.stages:
        assert stage.rect.contains_rect(stage.name.rect)
        for text in stage.name.texts:
            assert options.measure.width(text, stage.name.size, True) <= stage.name.rect.width


def test_hidden_lane_kinds_are_left_out(small_project, layout_rules):
    options = LayoutOptions(hidden_lane_kinds=frozenset({"pain_points", "emotions"}))
    layout = compute_layout(small_project, options)
    layout_rules(layout)
    kinds = {row.kind for band in layout.personas for row in band.lanes}
    assert kinds == {"touchpoints"}
    assert "c-queue" not in layout.cards  # it sits in a pain-points lane
    assert not any(key[1] in ("l-lea-pain", "l-lea-emotion") for key in layout.cells)
    full = compute_layout(small_project)
    assert layout.height < full.height


def test_a_collapsed_persona_is_one_short_row_without_cards(small_project, layout_rules):
    options = LayoutOptions(collapsed_personas=frozenset({"p-lea"}))
    layout = compute_layout(small_project, options)
    layout_rules(layout)
    lea, marc = layout.personas
    assert lea.collapsed and not marc.collapsed
    assert lea.rect.height == options.collapsed_height
    assert lea.lanes == ()
    assert not any(key[0] == "p-lea" for key in layout.cells)
    assert not any(box.cell[0] == "p-lea" for box in layout.cards.values())
    assert lea.summary is not None and lea.summary.texts == ("3 lanes · 4 cards",)
    assert lea.header.name.texts == ("Léa",)
    assert lea.rect.contains_rect(lea.header.avatar)
    # The link from c-blog to c-shop has no card to start from, so it is left out.
    assert layout.links == ()
    assert [curve.persona_id for curve in layout.emotion_curves] == ["p-marc"]
    # The collapsed persona keeps its heat strip, a summary of its effort.
    assert {heat.stage_id for heat in layout.heat if heat.persona_id == "p-lea"} == {
        "s-discover",
        "s-buy",
        "s-use",
    }


def test_empty_lanes_keep_room_for_one_card(small_layout):
    options = small_layout.options
    marc = small_layout.persona("p-marc")
    lea = small_layout.persona("p-lea")
    pain = next(row for row in lea.lanes if row.kind == "pain_points")
    assert pain.rect.height >= 2 * options.cell_padding + options.card_min_height
    empty = small_layout.cells[("p-marc", "l-marc-touch", "s-use")]
    assert empty.card_ids == ()
    assert empty.content.height >= options.card_min_height
    assert marc.lanes[0].rect.height >= options.empty_row_height


def test_the_persona_header_shows_name_role_and_quote(small_project):
    persona = small_project.personas[0].model_copy(
        update={"quote": "Je veux comprendre le prix avant de me déplacer en boutique."}
    )
    project = small_project.model_copy(update={"personas": [persona, *small_project.personas[1:]]})
    layout = compute_layout(project)
    header = layout.persona("p-lea").header
    assert header.name.texts == ("Léa",)
    assert " ".join(header.role.texts) == "Lectrice fidèle du blog"
    quote = " ".join(header.quote.texts)
    assert quote.startswith("«\u00a0Je veux") and quote.endswith("boutique.\u00a0»")
    assert header.quote.italic
    for block in (header.name, header.role, header.quote):
        assert header.rect.contains_rect(block.rect)
    assert header.name.rect.bottom <= header.role.rect.y <= header.quote.rect.y
    assert layout.persona("p-marc").header.role is None


def test_a_tall_persona_header_makes_its_band_taller():
    persona = Persona(
        id="p",
        name="Someone with a name long enough to wrap over three lines of the header column",
        role="A role that also needs a few lines to be read in full by the workshop",
        quote="A quote that goes on and on. " * 8,
        lanes=[Lane(id="l", name="Touchpoints", kind="touchpoints")],
    )
    layout = compute_layout(Project(id="m", stages=[Stage(id="s", name="S")], personas=[persona]))
    band = layout.personas[0]
    header = band.header
    assert header.quote.rect.bottom <= band.rect.bottom
    assert band.lanes[-1].rect.bottom == pytest.approx(band.rect.bottom)
    assert len(header.quote.texts) == layout.options.persona_quote_max_lines
    assert header.quote.texts[-1].endswith("…")


def test_a_persona_without_lanes_still_has_a_band():
    persona = Persona(id="p", name="Nobody", lanes=[])
    layout = compute_layout(Project(id="m", stages=[Stage(id="s", name="S")], personas=[persona]))
    band = layout.personas[0]
    assert band.lanes == () and band.rect.height > 0 and layout.cells == {}


def test_a_map_without_stages_or_personas():
    layout = compute_layout(Project(id="m"))
    assert layout.stages == () and layout.personas == () and layout.cards == {}
    assert layout.width == layout.left_width
    assert layout.height == layout.body_top


def test_heat_strip_holds_the_mean_effort_of_each_persona_and_stage(small_project, small_layout):
    from journey_editor.model.metrics import compute_metrics

    metrics = compute_metrics(small_project)
    assert len(small_layout.heat) == len(small_project.personas) * len(small_project.stages)
    for heat in small_layout.heat:
        expected = metrics.cell(heat.persona_id, heat.stage_id)
        assert heat.mean_effort == expected.mean_effort
        assert heat.scored == expected.effort_scored
        band = small_layout.persona(heat.persona_id)
        stage = small_layout.stage(heat.stage_id)
        assert heat.rect.y == band.rect.y
        assert heat.rect.height == small_layout.options.heat_strip_height
        assert (heat.rect.x, heat.rect.right) == stage.column
    by_cell = {(heat.persona_id, heat.stage_id): heat for heat in small_layout.heat}
    assert by_cell[("p-lea", "s-discover")].mean_effort == 1.0
    assert by_cell[("p-lea", "s-use")].mean_effort is None


def test_the_heat_strip_comes_before_the_first_lane(small_layout):
    for band in small_layout.personas:
        assert band.heat_strip.bottom == pytest.approx(band.lanes[0].rect.y)


def test_layout_is_deterministic(small_project):
    first, second = compute_layout(small_project), compute_layout(small_project)
    assert first.cards == second.cards
    assert first.cells == second.cells
    assert first.personas == second.personas
    assert first.emotion_curves == second.emotion_curves
    assert first.links == second.links


def test_cards_of_unknown_cells_are_skipped_mid_edit(small_project, layout_rules):
    # Edits mutate the project in place; half-way through one, a card may point at a stage that
    # is gone. The layout skips it rather than failing.
    small_project.cards.append(
        Card.model_construct(id="c-ghost", persona="p-lea", lane="l-lea-touch", stage="gone")
    )
    layout = compute_layout(small_project)
    layout_rules(layout)
    assert "c-ghost" not in layout.cards


def test_legend_lists_the_channels_in_use_and_the_scales(small_layout):
    legend = small_layout.legend
    assert legend is not None
    sections = {section.kind: section for section in legend.sections}
    assert list(sections) == ["channels", "effort", "emotion", "evidence", "marks", "links"]
    assert [entry.key for entry in sections["links"].entries] == ["marker"]  # labelled link
    assert [entry.key for entry in sections["channels"].entries] == [
        "blog",
        "word_of_mouth",
        "website",
        "store",
    ]
    assert sections["channels"].entries[0].colour == "#88CCEE"
    assert [entry.key for entry in sections["effort"].entries] == ["1", "2", "3", "4", "5"]
    # The faces, then a bit of curve and which lanes the curves go through.
    emotion = sections["emotion"].entries
    assert [entry.key for entry in emotion] == ["-2", "-1", "0", "1", "2", "curve"]
    assert emotion[-1].label.texts == ("Emotion curve: touchpoints and emotions",)
    title = small_layout.title_block
    assert title.rect.contains_rect(legend.rect)
    for section in legend.sections:
        for entry in section.entries:
            assert legend.rect.contains_rect(entry.swatch)
            assert not entry.swatch.intersects(entry.label.rect)
        for a, b in pairwise(section.entries):
            assert not a.label.rect.intersects(b.swatch)
    assert " ".join(title.title.texts) == "Boutique de chemises — parcours «omnicanal»"
    assert title.subtitle.texts == ("Maison Œillet · Test · 2026-11-01",)
    assert not title.title.rect.intersects(legend.rect)
