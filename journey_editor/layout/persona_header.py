"""The persona header, in the persona column: avatar and name, role, quote.

From the band's top, `persona_padding` inside: the avatar (a circle in the persona colour)
with the bold name beside it (up to `persona_name_max_lines`), then the role, then the quote in
italics, in the quotation marks of the map's language unless it brings its own (each up to
its `…_max_lines`, "…" past that). A collapsed persona shows the avatar and the name on one
line. The header spans the whole band: the band grows if the header needs more height.

The persona column is a view setting (`persona_column`): "full" as above, "narrow" (name and
role in a narrower column, no quote) or "initials" (the avatar alone, with the initials in
it). The PDF always lays out the full header; the canvas lets the user narrow it to give the
stages the room.
"""

from __future__ import annotations

from dataclasses import replace

from journey_editor.layout.boxes import PersonaHeader
from journey_editor.layout.geometry import Rect
from journey_editor.layout.options import LayoutOptions
from journey_editor.layout.text import TextBlock, TextWrapper, place_lines
from journey_editor.model.entities import Persona

NAME_AVATAR_GAP = 6.0
BLOCK_GAP = 5.0


OPENING_QUOTES = "«“„\"'‘‹"

# The persona column's widths (points) and what its header shows, per view setting.
PERSONA_COLUMNS: dict[str, tuple[float, str]] = {
    "full": (150.0, "full"),
    "narrow": (100.0, "name"),
    "initials": (34.0, "initials"),  # the avatar (18) and its padding (8) on each side
}


def persona_column(options: LayoutOptions, column: str) -> LayoutOptions:
    """`options` with the persona column "full", "narrow" or "initials" (KeyError otherwise)."""
    width, header = PERSONA_COLUMNS[column]
    return replace(options, persona_width=width, persona_header=header)


def column_of(options: LayoutOptions) -> str:
    """The persona column setting `options` were made with ("full" for anything else)."""
    for column, (width, header) in PERSONA_COLUMNS.items():
        if (options.persona_width, options.persona_header) == (width, header):
            return column
    return "full"


def _quoted(quote: str, locale: str) -> str:
    """The quote in the quotation marks of the map's language, unless it brings its own."""
    if quote[0] in OPENING_QUOTES:
        return quote
    language = locale.lower()[:2]
    if language == "fr":
        return f"«\u00a0{quote}\u00a0»"  # no-break spaces keep the marks on the words' lines
    if language == "de":
        return f"„{quote}“"
    return f"“{quote}”"


def layout_header(
    persona: Persona,
    band_top: float,
    options: LayoutOptions,
    wrapper: TextWrapper,
    locale: str,
    collapsed: bool,
) -> tuple[PersonaHeader, float]:
    """The header, laid out from `band_top`, with the height it needs (its rect's height is
    set by the caller once the band's height is known)."""
    pad = options.persona_padding
    spacing = options.line_spacing
    width = options.persona_width - 2 * pad
    avatar = options.avatar_size
    name_size = options.title_font_size
    body_size = options.body_font_size
    name_x = pad + avatar + NAME_AVATAR_GAP
    name_width = options.persona_width - name_x - pad
    y = band_top + pad
    letters = initials(persona.name)

    if options.persona_header == "initials":
        # The avatar alone, centred in the column; the name stays for the inline editor.
        left = max(0.0, (options.persona_width - avatar) / 2)
        if collapsed:
            row_top = band_top + options.heat_strip_height
            row_height = options.collapsed_height - options.heat_strip_height
            avatar_rect = Rect(left, row_top + (row_height - avatar) / 2, avatar, avatar)
            needed = options.collapsed_height
        else:
            avatar_rect = Rect(left, y, avatar, avatar)
            needed = avatar + 2 * pad
        name = place_lines((), left, avatar_rect.bottom, avatar, name_size, spacing, bold=True)
        rect = Rect(0.0, band_top, options.persona_width, needed)
        return PersonaHeader(rect, avatar_rect, name, None, None, letters), needed

    if collapsed:
        # One line, centred on the avatar, in the thin row.
        line = name_size * spacing
        row_top = band_top + options.heat_strip_height
        row_height = options.collapsed_height - options.heat_strip_height
        avatar_rect = Rect(pad, row_top + (row_height - avatar) / 2, avatar, avatar)
        name_text = wrapper.fit_line(persona.name, name_width, name_size, True)
        name = place_lines(
            (name_text,),
            name_x,
            row_top + (row_height - line) / 2,
            name_width,
            name_size,
            spacing,
            bold=True,
        )
        rect = Rect(0.0, band_top, options.persona_width, options.collapsed_height)
        header = PersonaHeader(rect, avatar_rect, name, None, None, letters)
        return header, options.collapsed_height

    avatar_rect = Rect(pad, y, avatar, avatar)
    most = options.persona_name_max_lines
    if options.persona_header == "name":
        # A narrow column: the name under the avatar, across the column's whole width.
        names = wrapper.wrap(persona.name, width, name_size, True, most)
        y += avatar + BLOCK_GAP
        name = place_lines(names, pad, y, width, name_size, spacing, bold=True)
        y += name.rect.height
    else:
        names = wrapper.wrap(persona.name, name_width, name_size, True, most)
        name_height = len(names) * name_size * spacing
        name_top = y + max(0.0, (avatar - name_height) / 2)
        name = place_lines(names, name_x, name_top, name_width, name_size, spacing, bold=True)
        y += max(avatar, name_height)

    role: TextBlock | None = None
    if persona.role.strip():
        lines = wrapper.wrap(persona.role, width, body_size, False, options.persona_role_max_lines)
        y += BLOCK_GAP
        role = place_lines(lines, pad, y, width, body_size, spacing)
        y += role.rect.height
    quote: TextBlock | None = None
    if persona.quote.strip() and options.persona_header == "full":
        text = _quoted(persona.quote.strip(), locale)
        lines = wrapper.wrap(text, width, body_size, False, options.persona_quote_max_lines)
        y += BLOCK_GAP
        quote = place_lines(lines, pad, y, width, body_size, spacing, italic=True)
        y += quote.rect.height
    needed = y + pad - band_top
    rect = Rect(0.0, band_top, options.persona_width, needed)
    return PersonaHeader(rect, avatar_rect, name, role, quote, letters), needed


def with_height(header: PersonaHeader, height: float) -> PersonaHeader:
    x, y, width, _ = header.rect
    return replace(header, rect=Rect(x, y, width, height))


def initials(name: str) -> str:
    """ "Léa Dubois" → "LD", "Julien, 34 ans" → "J": a second capitalised word only."""
    words = [word.strip(",;:.()«»\"'") for word in name.split()]
    words = [word for word in words if word]
    if not words:
        return "?"
    letters = words[0][0].upper()
    if len(words) > 1 and words[1][0].isalpha() and words[1][0].isupper():
        letters += words[1][0]
    return letters
