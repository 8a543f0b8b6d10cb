"""The links table: every link whose label the map could not print beside its connector (see
`layout/links.py`), by the number its marker shows, on a page after the map.

One table per map (the whole map, or each persona's page), band by band under each persona's
name (each band numbers its markers from 1), in number order, each line
"1 · Website → Store · reserves online, collects in store", wrapped within the page and never
cut. Laid out as a summary page (placed text, fills, rules) so `paint_summary` paints it.
"""

from __future__ import annotations

from journey_editor.export.outline import Anchor
from journey_editor.export.summary_layout import PlacedFill, PlacedText, SummaryPage
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.layout import DEFAULT_MEASURE, MapLayout, Rect, TextWrapper
from journey_editor.layout.text import baseline_offset

TITLE = QT_TRANSLATE_NOOP("PdfLinks", "Links")
# With a persona's name, on per-persona handouts: "Links — Léa".
TITLE_OF = QT_TRANSLATE_NOOP("PdfLinks", "Links — {name}")
INTRO = QT_TRANSLATE_NOOP(
    "PdfLinks",
    "A numbered marker on a connector stands for a link whose words did not fit beside it.",
)
TITLE_SIZE = 14.0
SIZE = 9.0
SPACING = 1.3
NUMBER_WIDTH = 26.0
ROW_GAP = 3.0


def links_table(
    layouts: list[tuple[str, MapLayout]], printable: Rect, language: str = "en"
) -> list[SummaryPage]:
    """The pages of the links tables of `layouts` ((persona name or "", layout) per map), or
    none when every label fits beside its connector."""
    wrapper = TextWrapper(DEFAULT_MEASURE)
    line = SIZE * SPACING
    pages: list[SummaryPage] = []
    texts: list[PlacedText] = []
    fills: list[PlacedFill] = []
    rules: list[tuple[float, float, float]] = []
    anchors: list[Anchor] = []
    y = printable.y
    left, right = printable.x, printable.right
    text_width = printable.width - NUMBER_WIDTH

    def new_page() -> None:
        nonlocal texts, fills, rules, anchors, y
        if texts:
            pages.append(SummaryPage(tuple(texts), tuple(fills), tuple(rules), tuple(anchors)))
        texts, fills, rules, anchors, y = [], [], [], [], printable.y

    for name, layout in layouts:
        numbered = [link for link in layout.links if link.number is not None]
        if not numbered:
            continue
        title = translate("PdfLinks", TITLE_OF if name else TITLE, language).format(name=name)
        if y + 4 * line > printable.bottom:
            new_page()
        elif texts:
            y += line
        anchors.append(Anchor(title, 0, y))
        texts.append(PlacedText(title, left, y + TITLE_SIZE, TITLE_SIZE, True))
        y += TITLE_SIZE * 1.6
        for intro_line in wrapper.wrap(
            translate("PdfLinks", INTRO, language), printable.width, SIZE
        ):
            texts.append(
                PlacedText(
                    intro_line, left, y + baseline_offset(SIZE, SPACING), SIZE, False, "muted"
                )
            )
            y += line
        y += ROW_GAP
        # Band by band (of the from-card), where each band numbers its links from 1.
        band_order = {band.persona_id: index for index, band in enumerate(layout.bands)}
        numbered.sort(
            key=lambda link: (band_order[layout.cards[link.from_card].cell[0]], link.number or 0)
        )
        persona_of = {band.persona_id: " ".join(band.header.name.texts) for band in layout.personas}
        current = None
        for index, link in enumerate(numbered):
            lines = wrapper.wrap(link.listing, text_width, SIZE) or ("",)
            height = len(lines) * line + ROW_GAP
            persona = layout.cards[link.from_card].cell[0]
            heading = persona != current and len(layout.personas) > 1
            if y + height + (line + ROW_GAP if heading else 0) > printable.bottom:
                new_page()
            if heading:
                # The persona whose band the link leaves: the table reads band by band.
                current = persona
                y += ROW_GAP
                base = y + baseline_offset(SIZE, SPACING)
                texts.append(PlacedText(persona_of.get(persona, ""), left, base, SIZE, True))
                y += line
                rules.append((left, right, y))
            if index % 2:
                fills.append(PlacedFill(Rect(left, y, printable.width, height), "stripe"))
            base = y + ROW_GAP / 2 + baseline_offset(SIZE, SPACING)
            # Same weight as the line: the PDF text then reads "1 Website → Store · …".
            texts.append(PlacedText(str(link.number), left + 4, base, SIZE))
            for number, text in enumerate(lines):
                texts.append(PlacedText(text, left + NUMBER_WIDTH, base + number * line, SIZE))
            y += height
        rules.append((left, right, y))
    new_page()
    return pages
