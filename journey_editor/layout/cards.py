"""Cards: how tall a card is for its title, where its marks go, and how a cell stacks them.

A card, `card_padding` inside its border:

    ┌──────────────────────────────┐
    │ [chip] Title, wrapped to at  │   chip only when the card has a channel
    │        most four lines …     │
    │ ●●●○○ 3           ★ ⇥  (☺)   │   footer only with effort, emotion or a flag
    └──────────────────────────────┘

Height = padding + max(title lines × line height, chip) + [footer gap + footer] + padding, at
least `card_min_height`; the footer sits on the bottom edge. Cells place their cards row-major
in one or more columns: order reads top to bottom, and left to right inside a grid row.

This is the hot path of a big map (once per card), hence the precomputed `CardStyle` and the
plain arithmetic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from journey_editor.layout.boxes import (
    SHOWS_CHIP,
    SHOWS_EXIT,
    SHOWS_STAR,
    CardBox,
    CardMarks,
    CellKey,
)
from journey_editor.layout.geometry import Rect
from journey_editor.layout.options import LayoutOptions
from journey_editor.layout.text import TextBlock, TextWrapper, baseline_offset
from journey_editor.model.entities import Card, Channel

CHIP_GAP = 4.0  # between the chip and the title


@dataclass(frozen=True, slots=True)
class CardStyle:
    """The card sizes of one LayoutOptions, worked out once per layout."""

    size: float
    spacing: float
    line: float
    baseline: float  # from a line box's top to its baseline
    max_lines: int
    min_height: float
    footer_gap: float
    # Padding, chip, footer row and marks: what every card box of the layout places its chip
    # and marks with (shared by the boxes, see CardBox).
    marks: CardMarks

    @property
    def pad(self) -> float:
        return self.marks.pad

    @property
    def chip(self) -> float:
        return self.marks.chip

    @property
    def footer(self) -> float:
        return self.marks.footer

    @classmethod
    def from_options(cls, options: LayoutOptions) -> CardStyle:
        size, spacing = options.title_font_size, options.line_spacing
        return cls(
            size=size,
            spacing=spacing,
            line=size * spacing,
            baseline=baseline_offset(size, spacing),
            max_lines=options.title_max_lines,
            min_height=options.card_min_height,
            footer_gap=options.footer_gap,
            marks=CardMarks(
                pad=options.card_padding,
                chip=options.chip_size,
                footer=max(options.badge_height, options.face_size, options.mark_size),
                badge_width=options.badge_width,
                badge_height=options.badge_height,
                face=options.face_size,
                mark=options.mark_size,
            ),
        )

    def title_width(self, width: float, has_chip: bool) -> float:
        return width - 2 * self.pad - (self.chip + CHIP_GAP if has_chip else 0.0)


class CardContent(NamedTuple):
    """A card measured for one width, before it is placed."""

    height: float
    lines: tuple[str, ...]
    top_height: float  # the chip and title row
    footer: bool


@dataclass(frozen=True, slots=True)
class CellPack:
    """The cards of one cell placed relative to the cell's top-left corner."""

    columns: int
    card_width: float
    height: float  # padding included
    offsets: tuple[tuple[float, float], ...]  # (dx, dy) per card, in cell order
    contents: tuple[CardContent, ...]


def has_footer(card: Card) -> bool:
    return (
        card.effort is not None
        or card.emotion is not None
        or card.moment_of_truth
        or card.exit_point
    )


def measure_card(
    card: Card, width: float, has_chip: bool, style: CardStyle, wrapper: TextWrapper
) -> CardContent:
    """Height and title lines of `card` drawn `width` wide."""
    lines = wrapper.wrap(
        card.title, style.title_width(width, has_chip), style.size, False, style.max_lines
    )
    top = len(lines) * style.line
    if has_chip and top < style.chip:
        top = style.chip
    footer = has_footer(card)
    height = 2 * style.pad + top
    if footer:
        height += style.footer_gap + style.footer
    return CardContent(max(style.min_height, height), lines, top, footer)


def columns_for(count: int, usable: float, options: LayoutOptions) -> int:
    """Card columns for a cell of `count` cards, `usable` wide inside its padding: one up to
    `cards_per_column` cards, then as many as the cards need at that many per column, as long as
    each column stays at least `card_width` wide."""
    if count <= options.cards_per_column:
        return 1
    fit = max(1, int((usable + options.card_gap) // (options.card_width + options.card_gap)))
    return min(fit, math.ceil(count / options.cards_per_column))


def pack_cell(
    cards: list[Card],
    cell_width: float,
    channel_of: dict[str, Channel],
    options: LayoutOptions,
    style: CardStyle,
    wrapper: TextWrapper,
) -> CellPack:
    """Place `cards` in a cell `cell_width` wide (its stage column)."""
    if not cards:
        return empty_pack(cell_width, options)
    pad = options.cell_padding
    gap = options.card_gap
    usable = cell_width - 2 * pad
    count = len(cards)
    columns = columns_for(count, usable, options)
    card_width = (usable - (columns - 1) * gap) / columns

    contents = tuple(
        measure_card(card, card_width, card.channel in channel_of, style, wrapper) for card in cards
    )
    if columns == 1:
        offsets = []
        y = pad
        for content in contents:
            offsets.append((pad, y))
            y += content.height + gap
    else:
        offsets = []
        y = pad
        for row_start in range(0, count, columns):
            row = contents[row_start : row_start + columns]
            for column in range(len(row)):
                offsets.append((pad + column * (card_width + gap), y))
            y += max(content.height for content in row) + gap
    height = y - gap + pad
    return CellPack(columns, card_width, height, tuple(offsets), contents)


def empty_pack(cell_width: float, options: LayoutOptions) -> CellPack:
    usable = cell_width - 2 * options.cell_padding
    return CellPack(1, usable, options.empty_row_height, (), ())


def card_box(
    card: Card,
    x: float,
    y: float,
    width: float,
    content: CardContent,
    channel: Channel | None,
    cell: CellKey,
    index: int,
    style: CardStyle,
) -> CardBox:
    """The placed card: its rectangle and title (the chip and the footer marks follow from
    them, see CardBox)."""
    pad = style.pad
    height = content.height
    lines = content.lines

    text_x = x + pad
    text_width = width - 2 * pad
    shown = 0
    if channel is not None:
        shown = SHOWS_CHIP
        text_x += style.chip + CHIP_GAP
        text_width -= style.chip + CHIP_GAP
    if card.moment_of_truth:
        shown |= SHOWS_STAR
    if card.exit_point:
        shown |= SHOWS_EXIT
    # A single line beside the chip is centred on it; longer titles start at the top.
    line = style.line
    text_top = y + pad + max(0.0, (content.top_height - len(lines) * line) / 2)
    title = TextBlock(
        lines,
        Rect(text_x, text_top, text_width, len(lines) * line),
        style.size,
        False,
        False,
        line,
        text_top + style.baseline,
    )
    if channel is None:
        colour = icon = None
    else:
        colour, icon = channel.colour, channel.icon
    return CardBox(
        card.id,
        Rect(x, y, width, height),
        cell,
        index,
        title,
        style.marks,
        shown,
        card.channel,
        colour,
        icon,
        card.effort,
        card.emotion,
        card.evidence,
        card.votes,
    )
