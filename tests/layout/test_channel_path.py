"""A persona's channel path, laid out: one row per channel used, one column per stage, a dot
per touchpoint with a channel in journey order, exit points ringed, the zig-zag figures."""

from journey_editor.layout.channel_path import ChannelPathLabels, channel_path
from journey_editor.layout.geometry import Point, Rect
from journey_editor.model import Card, Lane, Persona, Project, Stage

AREA = Rect(28.0, 28.0, 786.0, 539.0)  # A4 landscape, 10 mm margins


def zig_zag() -> Project:
    """website → mobile_app → store → website over four stages, a second website touchpoint
    in the last stage, the store one an exit point, and a touchpoint without channel."""
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(1, 5)]
    lanes = [
        Lane(id="t", name="Touchpoints", kind="touchpoints"),
        Lane(id="x", name="Pains", kind="pain_points"),
    ]
    cards = [
        Card(id="a", persona="ana", lane="t", stage="s1", channel="website", title="Reads"),
        Card(id="b", persona="ana", lane="t", stage="s2", channel="mobile_app", title="Installs"),
        Card(id="c", persona="ana", lane="t", stage="s3", channel="store", exit_point=True),
        Card(id="d", persona="ana", lane="t", stage="s4", channel="website", title="Reorders"),
        Card(id="e", persona="ana", lane="t", stage="s4", channel="website", title="Reviews"),
        Card(id="f", persona="ana", lane="t", stage="s2", title="No channel"),
        Card(id="g", persona="ana", lane="x", stage="s2", channel="phone", title="Not a touch"),
    ]
    return Project(
        id="map",
        stages=stages,
        personas=[Persona(id="ana", name="Ana", lanes=lanes)],
        cards=cards,
    )


def test_rows_are_the_channels_used_in_catalogue_order_and_columns_the_stages():
    path = channel_path(zig_zag(), "ana", AREA)
    # Catalogue order: website, mobile_app (digital) … store (physical); the phone card is on
    # a pain-points lane, so phone gets no row.
    assert [row.channel_id for row in path.rows] == ["website", "mobile_app", "store"]
    assert [column.stage_id for column in path.columns] == ["s1", "s2", "s3", "s4"]
    assert all(AREA.x <= r.rect.x and r.rect.right <= AREA.right + 1e-6 for r in path.rows)
    assert path.rows[-1].rect.bottom <= AREA.bottom + 1e-6


def test_each_touchpoint_with_a_channel_is_a_dot_in_its_row_and_column_in_journey_order():
    path = channel_path(zig_zag(), "ana", AREA)
    assert [dot.card_id for dot in path.dots] == ["a", "b", "c", "d", "e"]
    rows = {row.channel_id: row.rect for row in path.rows}
    columns = {column.stage_id: column.rect for column in path.columns}
    for dot in path.dots:
        row, column = rows[dot.channel_id], columns[dot.stage_id]
        assert row.y < dot.centre.y < row.bottom
        assert column.x < dot.centre.x < column.right
    # Two touchpoints in one stage sit side by side, in order, inside their column.
    d, e = path.dots[3], path.dots[4]
    assert d.centre.y == e.centre.y and d.centre.x < e.centre.x
    # The line zig-zags: the dots' x never goes back.
    xs = [dot.centre.x for dot in path.dots]
    assert xs == sorted(xs)


def test_exit_points_are_flagged_and_the_figures_line_counts_the_zig_zag():
    path = channel_path(zig_zag(), "ana", AREA)
    assert [dot.card_id for dot in path.dots if dot.exit_point] == ["c"]
    texts = [line for label in path.labels for line in label.block.texts]
    assert texts[0] == "Channel path — Ana"
    # 3 switches over 4 steps, 1 round trip (back to website), 4 of 5 digital, 1 exit point.
    assert texts[1] == (
        "Channel switches: 3 · per step: 0.75 · round trips: 1 · digital: 80% · exit points: 1"
    )


def test_french_words_and_decimal_comma_come_from_the_labels():
    labels = ChannelPathLabels(
        title="Parcours des canaux — {persona}",
        figures="{switches} changements · {frequency} par pas · {digital} numérique",
        decimal_mark=",",
    )
    texts = [
        line
        for label in channel_path(zig_zag(), "ana", AREA, labels).labels
        for line in label.block.texts
    ]
    assert texts[:2] == [
        "Parcours des canaux — Ana",
        "3 changements · 0,75 par pas · 80\u00a0% numérique",
    ]


def test_a_persona_without_channelled_touchpoints_gets_a_sentence_not_an_empty_grid():
    project = zig_zag()
    bare = project.model_copy(update={"cards": [c for c in project.cards if c.id == "f"]})
    path = channel_path(bare, "ana", AREA)
    assert path.dots == () and path.rows == ()
    texts = [line for label in path.labels for line in label.block.texts]
    assert "Ana has no touchpoint with a channel yet." in texts


def test_the_dot_under_a_point_is_found_for_hover_and_click():
    path = channel_path(zig_zag(), "ana", AREA)
    b = path.dots[1]
    assert path.dot_near(b.centre).card_id == "b"
    assert path.dot_near(Point(b.centre.x + path.dot_radius + 2, b.centre.y)).card_id == "b"
    assert path.dot_near(Point(AREA.x + 1, AREA.y + 1)) is None


def test_a_long_stage_name_shrinks_the_header_rather_than_break_a_word():
    project = zig_zag()
    long_names = [
        stage.model_copy(update={"name": "Recommendation" if i == 3 else stage.name})
        for i, stage in enumerate(project.stages)
    ]
    narrow = Rect(28, 28, 380, 400)  # stage columns about 77 points wide
    path = channel_path(project.model_copy(update={"stages": long_names}), "ana", narrow)
    header = [label.block for label in path.labels if label.role == "header"]
    assert ("Recommendation",) in [block.texts for block in header]


def test_on_big_paper_text_and_strokes_grow():
    small = channel_path(zig_zag(), "ana", AREA)
    big = channel_path(zig_zag(), "ana", Rect(28, 28, 1600, 1100))
    assert big.scale == 2.0 and small.scale < 1.01  # A0 and more: twice A4's
    assert big.dot_radius / small.dot_radius == big.scale / small.scale
