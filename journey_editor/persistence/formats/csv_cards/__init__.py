"""A CSV of cards: the spreadsheet a workshop types its sticky notes into.

Export: one row per card, in map order (persona, lane, stage, card order in the cell; see
`csv_cards.order` for the rare row moved up). Columns, in this order: persona, lane, lane_kind,
stage, phase, title, description, channel, effort, emotion, evidence, moment_of_truth,
exit_point, tags, ref, next.
UTF-8 with a BOM (without it, Excel reads UTF-8 as Windows-1252 and mangles é, œ, €), comma
separated (or `delimiter=";"` for French-locale Excel), CRLF line ends and minimal quoting as in
RFC 4180. channel = the channel's label (its id when labels are ambiguous); evidence and
lane_kind = their English ids; flags = yes/no; tags joined by "; ". A text cell that a
spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe.

Links: `ref` is the card's reference in the sheet (its id, or "#n" for an id a sheet cell cannot
hold), `next` the refs of the cards it links to, one per line, each optionally followed by
"| label" (columns.parse_next). Import: see import_csv. Not carried by the sheet: card
attributes, persona details, stage descriptions, channels' colours and icons, line breaks inside
a link's label.
"""

from __future__ import annotations

import csv
import io

from journey_editor.default_words import default_channels_in
from journey_editor.model.entities import Card, Channel
from journey_editor.model.project import Project
from journey_editor.persistence.errors import ProjectFileError
from journey_editor.persistence.formats.csv_cards.builder import NEW_PROJECT_ID, CardSheetBuilder
from journey_editor.persistence.formats.csv_cards.columns import (
    EXPORT_HEADER,
    TAG_SEPARATOR,
    format_flag,
    format_next,
    protect_formula,
    usable_ref,
)
from journey_editor.persistence.formats.csv_cards.order import cards_in_sheet_order
from journey_editor.persistence.formats.csv_cards.reader import read_card_rows
from journey_editor.persistence.import_helpers import (
    TextInputError,
    decode_utf8_text,
    name_key,
)
from journey_editor.persistence.map_language import map_language

__all__ = ["export_csv", "import_csv"]


def export_csv(project: Project, delimiter: str = ",") -> bytes:
    if delimiter not in (",", ";", "\t"):
        raise ValueError(f"delimiter must be ',', ';' or a tab (got {delimiter!r})")
    channel_names = _channel_names(project.channels)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADER)
    refs = _refs(project)
    links_from: dict[str, list[tuple[str, str]]] = {}
    for link in project.links:
        links_from.setdefault(link.from_card, []).append((refs[link.to_card], link.label))
    for card in cards_in_sheet_order(project):
        cells = _cells(project, card, channel_names)
        next_cell = format_next(links_from.get(card.id, []))
        cells += [protect_formula(refs[card.id]), protect_formula(next_cell)]
        writer.writerow(cells)
    return buffer.getvalue().encode("utf-8-sig")


def import_csv(
    data: bytes,
    source: str = "<csv>",
    into: Project | None = None,
    *,
    language: str | None = None,
    default_language: str | None = None,
) -> Project:
    """Cards from a sheet, added to a copy of `into` (never changed) or to a new map.

    Headers in English or French, matched ignoring case, accents, spaces and underscores;
    persona, stage and title columns are required. UTF-8 with or without BOM; the separator
    (comma, semicolon or tab) is sniffed from the header row, and an Excel "sep=;" first line
    is honoured. Stages, personas, lanes and channels are matched by name (ignoring case,
    accents and repeated spaces, `name_key`; a channel by id or label, the default channels
    also by their labels in every language) and created when missing, in the order first met;
    new cards go after the existing ones of their cell. Any bad row → a ProjectFileError
    listing every bad row by its spreadsheet row number (header = row 1), and nothing is
    imported.

    A new map's language (its locale, channel labels, the names of lanes it creates) is
    `language`, else French when the header row is, else `default_language`, else the
    interface's. `into` keeps its own language.
    """
    try:
        text = decode_utf8_text(data, "CSV file")
    except TextInputError as error:
        raise ProjectFileError(source, [str(error)]) from None
    sheet = read_card_rows(text)
    if sheet.problems:
        raise ProjectFileError(source, sheet.problems)
    if into is None:
        into = new_map(map_language(language, sheet.language, default_language))
    return CardSheetBuilder(into).add(sheet.rows, source)


def new_map(language: str) -> Project:
    """The empty map a sheet's cards go into when no map is given."""
    return Project(id=NEW_PROJECT_ID, locale=language, channels=default_channels_in(language))


def _cells(project: Project, card: Card, channel_names: dict[str, str]) -> list[str]:
    """The row of `card`, every cell through `protect_formula`: whatever a cell holds (a
    channel's label, a lane's name, an imported id), a spreadsheet never runs it."""
    persona, lane_index = project.lane_owner(card.lane)
    lane = persona.lanes[lane_index]
    stage = project.stage(card.stage)
    cells = [persona.name, lane.name, lane.kind, stage.name, stage.phase, card.title]
    cells += [
        card.description,
        channel_names[card.channel] if card.channel is not None else "",
        "" if card.effort is None else str(card.effort),
        "" if card.emotion is None else str(card.emotion),
        card.evidence or "",
        format_flag(card.moment_of_truth),
        format_flag(card.exit_point),
        TAG_SEPARATOR.join(card.tags),
    ]
    return [protect_formula(cell) for cell in cells]


def _refs(project: Project) -> dict[str, str]:
    """Each card's ref in the sheet: its id where a cell can hold it, else "#1", "#2" …"""
    ids = {card.id for card in project.cards}
    refs, counter = {}, 0
    for card in project.cards:
        if usable_ref(card.id):
            refs[card.id] = card.id
            continue
        counter += 1
        while f"#{counter}" in ids:
            counter += 1
        refs[card.id] = f"#{counter}"
    return refs


def _channel_names(channels: list[Channel]) -> dict[str, str]:
    """The label where it names one channel only, else the id (the import tries ids first)."""
    label_counts: dict[str, int] = {}
    for channel in channels:
        label_counts[name_key(channel.label)] = label_counts.get(name_key(channel.label), 0) + 1
    id_keys = {name_key(channel.id): channel.id for channel in channels}
    names = {}
    for channel in channels:
        key = name_key(channel.label)
        clashes = label_counts[key] > 1 or id_keys.get(key, channel.id) != channel.id
        names[channel.id] = channel.id if clashes else channel.label
    return names
