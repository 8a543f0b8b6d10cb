"""update_layout costs what an edit touches (issue 14): the bands it did not touch are the very
same objects, the links far from the edit keep their placement, and the result is always the
full layout's."""

import random
import sys
from pathlib import Path

import pytest

from journey_editor.edits import MoveCards, UpdateCard, UpdateLink
from journey_editor.layout import LayoutCache, LayoutOptions, compute_layout, update_layout

from .test_update import assert_same_layout

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def mid_project():
    """The benchmarks' generator: 4 personas × 10 stages, 400 cards, links with labels."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate_map import generate_project
    finally:
        sys.path.remove(str(BENCHMARKS))
    return generate_project(personas=4, stages=10, cards=400, seed=7)


def touched_personas(project, layout, card_ids):
    """Where the cards are now and where they were (as the canvas's LayoutKeeper works it out)."""
    now = {card.persona for card in project.cards if card.id in card_ids}
    return now | {layout.cards[i].cell[0] for i in card_ids if i in layout.cards}


def touched_cells(project, layout, card_ids):
    """Where the cards are now and where they were: the cells the edit can have changed."""
    now = {card.cell for card in project.cards if card.id in card_ids}
    return now | {layout.local_cards[i].cell for i in card_ids if i in layout.local_cards}


def band_objects(layout, persona_id):
    """Every layout record of one band, in the band's own coordinates: the band, its cells,
    its cards, its heat cells, its emotion curve and the links between two of its cards."""
    band = next(band for band in layout.bands if band.persona_id == persona_id)
    cells = sorted(
        (cell for key, cell in layout.local_cells.items() if key[0] == persona_id),
        key=lambda cell: cell.key,
    )
    cards = sorted(
        (box for box in layout.local_cards.values() if box.cell[0] == persona_id),
        key=lambda box: box.card_id,
    )
    heat = [cell for cell in layout.local_heat if cell.persona_id == persona_id]
    curves = [curve for curve in layout.local_curves if curve.persona_id == persona_id]
    links = [path for frame, path in layout.local_links if frame == persona_id]
    return [band, *cells, *cards, *heat, *curves, *links]


@pytest.mark.parametrize("big_map", [False, True], ids=["copied", "layered"])
def test_random_edits_always_give_the_full_layout(mid_project, monkeypatch, big_map):
    if big_map:  # as on a map of tens of thousands of cards: cells and cards not copied
        monkeypatch.setattr("journey_editor.layout.layered.SHARE_FROM", 0)
    project = mid_project
    options = LayoutOptions(title_block=False, legend=False)
    cache = LayoutCache()
    layout = compute_layout(project, options, cache)
    rng = random.Random(3)
    for step in range(40):
        card = project.cards[rng.randrange(len(project.cards))]
        if step % 5 == 4:
            edit = UpdateCard(card.id, {"title": card.title + " et encore un peu plus long"})
        elif step % 7 == 6 and project.links:
            link = project.links[rng.randrange(len(project.links))]
            edit = UpdateLink(link.id, {"label": "relance par téléphone"})
        else:
            persona = rng.choice(project.personas)
            lane, stage = rng.choice(persona.lanes), rng.choice(project.stages)
            edit = MoveCards((card.id,), persona.id, lane.id, stage.id, rng.randint(0, 3))
        change = edit.apply(project)
        layout = update_layout(
            layout,
            project,
            touched_personas(project, layout, change.touched),
            cache,
            touched_cells(project, layout, change.touched) if big_map else None,
        )
        assert_same_layout(layout, compute_layout(project, options))


def test_a_move_that_keeps_heights_leaves_every_other_band_identical(mid_project):
    project = mid_project
    cache = LayoutCache()
    before = compute_layout(project, cache=cache)
    persona = project.personas[1]
    # A card to another place of its own cell: no height can change.
    cell = next(c for c in before.cells.values() if c.key[0] == persona.id and len(c.card_ids) > 1)
    change = MoveCards((cell.card_ids[-1],), *cell.key, 0).apply(project)
    after = update_layout(before, project, touched_personas(project, before, change.touched), cache)
    assert after.persona(persona.id).rect == before.persona(persona.id).rect
    for other in project.personas:
        if other.id == persona.id:
            continue
        for old, new in zip(
            band_objects(before, other.id), band_objects(after, other.id), strict=True
        ):
            assert new is old
    links_elsewhere = [path for frame, path in before.local_links if frame != persona.id]
    kept = {path.link_id: path for _, path in after.local_links}
    assert links_elsewhere and all(kept[path.link_id] is path for path in links_elsewhere)


def test_a_taller_band_moves_the_others_without_laying_them_out_again(mid_project):
    project = mid_project
    cache = LayoutCache()
    before = compute_layout(project, cache=cache)
    persona = project.personas[2]
    lane = persona.lanes[0]
    fullest = max(
        (c for c in before.cells.values() if c.key[:2] == (persona.id, lane.id)),
        key=lambda c: len(c.card_ids),
    )
    # Every card of the persona's other lanes into the fullest cell: its lane grows.
    moving = tuple(
        card.id for card in project.cards if card.persona == persona.id and card.lane != lane.id
    )[:12]
    change = MoveCards(moving, *fullest.key).apply(project)
    after = update_layout(before, project, touched_personas(project, before, change.touched), cache)
    assert after.persona(persona.id).rect.height > before.persona(persona.id).rect.height
    for other in project.personas:
        if other.id == persona.id:
            continue
        # Above it and below it alike: the very same records, in the band's own coordinates.
        for old, new in zip(
            band_objects(before, other.id), band_objects(after, other.id), strict=True
        ):
            assert new is old
    below = project.personas[3].id
    grown = after.persona(persona.id).rect.height - before.persona(persona.id).rect.height
    assert after.persona(below).rect.y == pytest.approx(before.persona(below).rect.y + grown)
    card_id = next(box.card_id for box in before.local_cards.values() if box.cell[0] == below)
    assert after.cards[card_id].rect.y == pytest.approx(before.cards[card_id].rect.y + grown)
    assert_same_layout(after, compute_layout(project))


def test_a_link_numbered_in_one_band_renumbers_no_other_band(mid_project):
    """Each band numbers its markers from 1: a label that stops fitting gives a number in its
    band only, and every other band keeps its very paths (numbers, markers) as they were."""
    project = mid_project
    cache = LayoutCache()
    before = compute_layout(project, cache=cache)
    first = project.personas[0].id
    link = next(
        path
        for frame, path in before.local_links
        if frame == first and path.number is None and path.label is not None
    )
    numbered_below = [
        path for frame, path in before.local_links if frame != first and path.number is not None
    ]
    assert numbered_below, "the fixture's map has markers in other bands"
    long_label = "une suite de mots bien trop longue pour tenir à côté du lien " * 3
    UpdateLink(link.link_id, {"label": long_label}).apply(project)
    touched = {project.card(link.from_card).persona}
    after = update_layout(before, project, touched, cache)
    path = next(p for _, p in after.local_links if p.link_id == link.link_id)
    assert path.label is None and path.number is not None, "now numbered"
    kept = {p.link_id: p for _, p in after.local_links}
    assert all(kept[p.link_id] is p for p in numbered_below)
    by_band: dict[str, list[int]] = {}
    for _, p in after.local_links:
        if p.number is not None:
            by_band.setdefault(after.cards[p.from_card].cell[0], []).append(p.number)
    assert all(sorted(n) == list(range(1, len(n) + 1)) for n in by_band.values())
    assert_same_layout(after, compute_layout(project))


def test_a_move_gathers_again_only_the_cells_it_changed(mid_project, monkeypatch):
    """The cards of each cell are the last layout's, but for the cells the edit names: a
    one-card move looks at two cells, not at every cell of its band; the rest of its band
    keeps its very cells and cards where its rows did not move."""
    from journey_editor.layout.buckets import CardBuckets

    project = mid_project
    options = LayoutOptions(title_block=False, legend=False)
    cache = LayoutCache()
    before = compute_layout(project, options, cache)
    persona = project.personas[2]
    first_lane = persona.lanes[0].id
    cell = next(
        c
        for c in before.cells.values()
        if c.key[0] == persona.id and c.key[1] != first_lane and len(c.card_ids) > 1
    )
    target = next(
        key
        for key, c in before.local_cells.items()
        if key[0] == persona.id and key[1] == cell.key[1] and key != cell.key and c.card_ids
    )
    gathered = []
    original = CardBuckets._gather
    monkeypatch.setattr(
        CardBuckets, "_gather", lambda self, key: gathered.append(key) or original(self, key)
    )
    change = MoveCards((cell.card_ids[0],), *target, 0).apply(project)
    cells = touched_cells(project, before, change.touched)
    after = update_layout(before, project, {persona.id}, cache, cells)

    assert sorted(gathered) == sorted({cell.key, target})
    assert_same_layout(after, compute_layout(project, options))
    lanes = [lane.id for lane in persona.lanes]
    above = set(lanes[: lanes.index(cell.key[1])])
    kept = [key for key in after.local_cells if key[0] == persona.id and key[1] in above]
    assert kept, "the fixture has lanes above the edited one"
    assert all(after.local_cells[key] is before.local_cells[key] for key in kept)


def grow_first_row(project, persona):
    """A card of another band dropped into the fullest cell of `persona`'s first lane (a card
    more there makes the row taller), laid out as the canvas does, and checked against the
    full layout: (before, after, the fullest cell as it was, the first lane's cells)."""
    options = LayoutOptions(title_block=False, legend=False)
    cache = LayoutCache()
    before = compute_layout(project, options, cache)
    lane = persona.lanes[0].id
    cells = [c for k, c in before.local_cells.items() if k[:2] == (persona.id, lane)]
    fullest = max(cells, key=lambda cell: len(cell.card_ids))
    mover = next(box.card_id for box in before.local_cards.values() if box.cell[0] != persona.id)
    change = MoveCards((mover,), *fullest.key, 0).apply(project)
    touched = touched_cells(project, before, change.touched)
    after = update_layout(before, project, {c[0] for c in touched}, cache, touched)
    assert_same_layout(after, compute_layout(project, options))
    return before, after, fullest, cells


def test_a_taller_row_leaves_the_rows_below_it_identical(mid_project):
    """Cells and cards are in their lane row's coordinates: a row that grows pushes the rows
    below it down the map, and they keep their very cells and cards (`is`); only where the
    rows are changes, and the map's coordinates follow."""
    persona = mid_project.personas[1]
    before, after, fullest, _ = grow_first_row(mid_project, persona)
    below = [lane.id for lane in persona.lanes[1:]]
    grown = after.local_cells[fullest.key].rect.height - fullest.rect.height
    assert grown > 0, "the drop made the row taller"
    lower = [key for key in before.local_cells if key[0] == persona.id and key[1] in below]
    assert lower
    for key in lower:
        assert after.local_cells[key] is before.local_cells[key]
        for card_id in before.local_cells[key].card_ids:
            assert after.local_cards[card_id] is before.local_cards[card_id]
            assert after.cards[card_id].rect.y == pytest.approx(
                before.cards[card_id].rect.y + grown
            )
    for lane in below:
        assert after.row_top(persona.id, lane) == pytest.approx(
            before.row_top(persona.id, lane) + grown
        )


def test_a_link_between_two_bands_far_from_the_edit_keeps_its_placement(mid_project, monkeypatch):
    """A link between two bands is placed again only when one of its cards, one of its
    bands' places, or something near its label changed: a one-card move in a third band
    leaves it as it was placed."""
    from journey_editor.edits import AddLink
    from journey_editor.layout import links
    from journey_editor.model import Link

    project = mid_project
    options = LayoutOptions(title_block=False, legend=False)
    first, second, third = project.personas[0], project.personas[1], project.personas[3]
    source = next(card for card in project.cards if card.persona == first.id)
    target = next(card for card in project.cards if card.persona == second.id)
    AddLink(Link(id="k-across", from_card=source.id, to_card=target.id, label="relance")).apply(
        project
    )
    cache = LayoutCache()
    before = compute_layout(project, options, cache)
    assert any(path.link_id == "k-across" for _, path in before.links_by_band[None])
    placed = []
    original = links._Placer._place
    monkeypatch.setattr(
        links._Placer,
        "_place",
        lambda self, link, *a: placed.append(link.id) or original(self, link, *a),
    )
    cell = next(c for c in before.cells.values() if c.key[0] == third.id and len(c.card_ids) > 1)
    change = MoveCards((cell.card_ids[-1],), *cell.key, 0).apply(project)
    touched = touched_cells(project, before, change.touched)
    after = update_layout(before, project, {third.id}, cache, touched)

    assert "k-across" not in placed
    assert_same_layout(after, compute_layout(project, options))


def test_a_row_grown_by_one_cell_keeps_its_other_cards_boxes(mid_project):
    """A card more in a row's fullest cell makes the whole row taller: its other cells get
    their new height, and their cards, sitting where they sat, keep their very boxes."""
    before, after, fullest, cells = grow_first_row(mid_project, mid_project.personas[2])
    assert after.local_cells[fullest.key].rect.height > fullest.rect.height
    others = [cell for cell in cells if cell.key != fullest.key and cell.card_ids]
    assert others
    for cell in others:
        now = after.local_cells[cell.key]
        assert now.rect.height == after.local_cells[fullest.key].rect.height
        assert all(after.local_cards[i] is before.local_cards[i] for i in cell.card_ids)
