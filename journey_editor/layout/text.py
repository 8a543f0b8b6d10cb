"""Measuring and wrapping text, and placing wrapped lines as text blocks.

The caller supplies the measure (Qt font metrics on screen, reportlab's stringWidth in the PDF);
`DejaVuMetrics`, the default, needs neither: it holds the advance widths of DejaVu Sans, the
font both painters draw with, so a layout computed with it fits on screen and on paper alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple, Protocol, runtime_checkable

from journey_editor.layout import _dejavu_widths
from journey_editor.layout.geometry import Rect

ELLIPSIS = "…"

# The most of one text that is ever drawn (card, name, label, a PDF table's cell): the rest
# stays in the map and the inspector. A card shows less still: `LayoutOptions.title_max_lines`
# lines. One bound for the canvas, the images and the PDF, as all three draw the layout's
# lines; it keeps layout time linear in what is shown, whatever a title holds.
SHOWN_TEXT_LIMIT = 1_000

# Explicit bidi formatting (embeddings, overrides, isolates and their ends): kept in the map,
# never drawn, so a U+202E in a title cannot reverse the text of an image or a page. The
# letters' own direction still applies (Arabic and Hebrew read right to left).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NO_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))

# Code points that XML 1.0 cannot hold (C0 controls other than tab and line ends, lone
# surrogates, U+FFFE, U+FFFF): no font has a glyph for them, and a single one in an SVG makes
# the file unreadable. Never drawn either.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Vertical metrics of DejaVu Sans, in em: where the baseline sits inside a line box.
ASCENT = 0.928
DESCENT = 0.236


@runtime_checkable
class TextMeasure(Protocol):
    """Anything that can tell how wide a string is drawn at a font size, in points."""

    def width(self, text: str, size: float, bold: bool) -> float: ...


def _decode(ranges) -> dict[str, float]:
    table: dict[str, float] = {}
    for first, end, packed in ranges:
        digits = "".join(packed)
        for offset, code in enumerate(range(first, end)):
            value = int(digits[3 * offset : 3 * offset + 3], 16)
            if value != 0xFFF:
                table[chr(code)] = value / 1000.0
    return table


_REGULAR_EM = _decode(_dejavu_widths._REGULAR)
_BOLD_EM = _decode(_dejavu_widths._BOLD)


def _fallback_em(char: str) -> float:
    """Width of a character DejaVu Sans has no glyph for: the painter's fallback font draws it,
    so guess on the wide side (a clipped letter is worse than a little white space)."""
    if unicodedata.combining(char):
        return 0.0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.15
    return 1.0


class DejaVuMetrics:
    """The default `TextMeasure`: DejaVu Sans advance widths from a built-in table.

    Exact for the ~1,900 characters of the table (Latin, Greek, Cyrillic, punctuation, currency,
    arrows, maths and common symbols), times ``1 + slack``; other characters are estimated
    wide. Kerning is ignored, which only ever makes the real text narrower than measured.
    """

    # Widths add up character by character: a line's width is the sum of its words' and
    # spaces' widths, so the wrapper need not re-measure whole lines.
    additive = True

    def __init__(self, slack: float = 0.02) -> None:
        self.slack = slack
        self._tables = (_REGULAR_EM, _BOLD_EM)

    def width(self, text: str, size: float, bold: bool) -> float:
        table = self._tables[1 if bold else 0]
        try:
            em = sum(map(table.__getitem__, text))
        except KeyError:
            em = sum(table[c] if c in table else _fallback_em(c) for c in text)
        return em * size * (1.0 + self.slack)

    def __repr__(self) -> str:
        return f"DejaVuMetrics(slack={self.slack})"


DEFAULT_MEASURE = DejaVuMetrics()


class TextWrapper:
    """Wraps text with one measure, caching word widths and whole wrapping results.

    One wrapper can serve many layouts of the same map (see `LayoutCache`): after the first
    layout, re-wrapping an unchanged title is a dictionary lookup.
    """

    MAX_CACHED_WRAPS = 100_000

    def __init__(self, measure: TextMeasure) -> None:
        self.measure = measure
        self._additive = bool(getattr(measure, "additive", False))
        self._word_widths: dict[tuple[float, bool], dict[str, float]] = {}
        self._wraps: dict[tuple, tuple[str, ...]] = {}

    # --- measuring ------------------------------------------------------------------------------

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.measure.width(text, size, bold)

    def _word_width(self, word: str, size: float, bold: bool) -> float:
        widths = self._word_widths.get((size, bold))
        if widths is None:
            widths = self._word_widths[(size, bold)] = {}
        value = widths.get(word)
        if value is None:
            value = widths[word] = self.measure.width(word, size, bold)
        return value

    # --- wrapping -------------------------------------------------------------------------------

    def wrap(
        self,
        text: str,
        width: float,
        size: float,
        bold: bool = False,
        max_lines: int | None = None,
    ) -> tuple[str, ...]:
        """Lines of at most `width` points: greedy by words, over-long words broken between
        characters, explicit line breaks kept, runs of spaces collapsed. With `max_lines`, text
        that does not fit ends in "…" on the last line. Empty text gives no line.

        What is wrapped is what may be drawn of `text`: at most SHOWN_TEXT_LIMIT characters
        (then "…"), without bidi controls or characters XML cannot hold (see `shown_text`).
        The cost is linear in the text shown, never more than linear in the text held."""
        key = (text, width, size, bold, max_lines)
        cached = self._wraps.get(key)
        if cached is not None:
            return cached
        shown, cut = _shown(text)
        lines = self._wrap_uncached(shown, width, size, bold, max_lines)
        if cut and lines and not lines[-1].endswith(ELLIPSIS):
            lines = (*lines[:-1], self._with_ellipsis(lines[-1], width, size, bold))
        if len(self._wraps) >= self.MAX_CACHED_WRAPS:
            self._wraps.clear()
        self._wraps[key] = lines
        return lines

    def fit_line(self, text: str, width: float, size: float, bold: bool = False) -> str:
        """`text` on one line, ending in "…" if it does not fit."""
        lines = self.wrap(text, width, size, bold, max_lines=1)
        return lines[0] if lines else ""

    def _wrap_uncached(
        self, text: str, width: float, size: float, bold: bool, max_lines: int | None
    ) -> tuple[str, ...]:
        limit = None if max_lines is None else max_lines + 1  # one more shows there is more
        space = self._word_width(" ", size, bold)
        lines: list[str] = []
        for paragraph in text.splitlines():
            current = ""
            current_width = 0.0
            # Split on plain spaces only: a no-break space (« Bonjour », 105 €) holds together.
            for word in paragraph.replace("\t", " ").split(" "):
                if not word:
                    continue
                word_width = self._word_width(word, size, bold)
                if current and current_width + space + word_width <= width:
                    current = f"{current} {word}"
                    current_width += space + word_width
                    continue
                if current:
                    lines.append(current)
                if word_width <= width:
                    current, current_width = word, word_width
                else:
                    room = None if limit is None else max(1, limit - len(lines))
                    pieces = self._break_word(word, width, size, bold, room)
                    lines.extend(pieces[:-1])
                    current = pieces[-1]
                    if limit is None or len(lines) < limit:  # else the rest is cut anyway
                        current_width = self.measure.width(current, size, bold)
                if limit is not None and len(lines) >= limit:
                    break
            if current:
                lines.append(current)
            if limit is not None and len(lines) >= limit:
                break
        if not self._additive:
            lines = self._refit(lines, width, size, bold)
        if max_lines is not None and len(lines) > max_lines:
            kept = lines[: max_lines - 1] if max_lines > 1 else []
            kept.append(self._with_ellipsis(lines[max_lines - 1], width, size, bold))
            lines = kept
        return tuple(lines)

    def _break_word(
        self, word: str, width: float, size: float, bold: bool, room: int | None = None
    ) -> list[str]:
        """A word wider than the line, cut into pieces that each fit (at least one character
        per piece, so a line narrower than one letter still terminates); with `room`, only
        the first `room` pieces and then the rest in one (the caller ellipsises it).

        Linear: each piece is found by galloping (1, 2, 4 … characters) then bisecting
        between the last length that fitted and the first that did not, so a piece of k
        characters costs O(log k) measures of at most 2k characters, whatever the word's
        length. (Measuring what is left of the word for every piece was quadratic: 13 s
        for a 100,000-character title.)"""
        pieces: list[str] = []
        start, end = 0, len(word)
        while start < end:
            if room is not None and len(pieces) >= room:
                pieces.append(word[start:])
                break
            left = end - start
            good, bad = 0, left + 1  # lengths known to fit / known not to fit
            probe = 1
            while good < left:
                if self.measure.width(word[start : start + probe], size, bold) <= width:
                    good = probe
                    probe = min(2 * probe, left)
                else:
                    bad = probe
                    break
            while bad - good > 1:
                middle = (good + bad) // 2
                if self.measure.width(word[start : start + middle], size, bold) <= width:
                    good = middle
                else:
                    bad = middle
            count = max(1, good)
            pieces.append(word[start : start + count])
            start += count
        return pieces

    def _refit(self, lines: list[str], width: float, size: float, bold: bool) -> list[str]:
        """For measures where a line is not the sum of its words (kerning, shaping): move the
        last words of any too-wide line down to a line of their own."""
        fitted: list[str] = []
        for line in lines:
            words = line.split(" ")
            while words:
                count = len(words)
                while count > 1 and self.measure.width(" ".join(words[:count]), size, bold) > width:
                    count -= 1
                fitted.append(" ".join(words[:count]))
                words = words[count:]
        return fitted

    def _with_ellipsis(self, line: str, width: float, size: float, bold: bool) -> str:
        text = line.rstrip()
        while text:
            candidate = text.rstrip(" ,;:.-–—") + ELLIPSIS
            if self.measure.width(candidate, size, bold) <= width:
                return candidate
            text = text[:-1]
        return ELLIPSIS


def _shown(text: str) -> tuple[str, bool]:
    """What is drawn of `text`, and whether it was cut (the caller adds the "…")."""
    cut = len(text) > SHOWN_TEXT_LIMIT
    if cut:
        text = text[:SHOWN_TEXT_LIMIT]
    if not BIDI_CONTROLS.isdisjoint(text):
        text = text.translate(_NO_BIDI)
    if NOT_XML.search(text):
        text = NOT_XML.sub("", text)
    return text, cut


def shown_text(text: str) -> str:
    """`text` as any painter may draw it unwrapped (a window's corner, a tooltip, an image's
    title): at most SHOWN_TEXT_LIMIT characters, then "…", without bidi controls and without
    what XML cannot hold."""
    shown, cut = _shown(text)
    return shown.rstrip() + ELLIPSIS if cut else shown


# --- placed text --------------------------------------------------------------------------------


class TextLine(NamedTuple):
    """One line of text to draw with its baseline starting at (x, baseline)."""

    text: str
    x: float
    baseline: float


@dataclass(frozen=True, slots=True)
class TextBlock:
    """Wrapped lines placed in `rect` (the box they were wrapped to: every line is at most
    ``rect.width`` wide with the layout's measure). Painters draw each of `lines` at its
    (x, baseline) in the layout's font at `size`, bold and/or italic as flagged.

    Stored compactly (the texts, the first baseline, the line step, and x per line only when
    centred), because a big map has thousands of blocks; `lines` expands them.
    """

    texts: tuple[str, ...]
    rect: Rect
    size: float
    bold: bool
    italic: bool
    line_height: float
    first_baseline: float
    # The x of each line when centred; None: every line starts at rect.x.
    xs: tuple[float, ...] | None = None

    @property
    def lines(self) -> tuple[TextLine, ...]:
        step, first = self.line_height, self.first_baseline
        xs = self.xs or (self.rect.x,) * len(self.texts)
        return tuple(
            TextLine(text, x, first + i * step)
            for i, (text, x) in enumerate(zip(self.texts, xs, strict=True))
        )


def baseline_offset(size: float, spacing: float) -> float:
    """From the top of a line box to its baseline: the glyphs (ascent + descent) are centred
    in the box."""
    return (size * spacing - (ASCENT + DESCENT) * size) / 2 + ASCENT * size


def place_lines(
    texts: tuple[str, ...],
    x: float,
    top: float,
    width: float,
    size: float,
    spacing: float,
    *,
    bold: bool = False,
    italic: bool = False,
    centre_with: TextWrapper | None = None,
) -> TextBlock:
    """A block of `texts` with its first line box at `top`; lines are left-aligned at `x`, or
    centred in `width` when `centre_with` (the wrapper that measured them) is given."""
    step = size * spacing
    xs = None
    if centre_with is not None:
        xs = tuple(
            x + max(0.0, (width - centre_with.width(text, size, bold)) / 2) for text in texts
        )
    return TextBlock(
        texts,
        Rect(x, top, width, step * len(texts)),
        size,
        bold,
        italic,
        step,
        top + baseline_offset(size, spacing),
        xs,
    )
