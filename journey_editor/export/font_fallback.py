"""Fonts for the characters DejaVu Sans has no glyph for: Chinese, Japanese, Korean, Thai,
Devanagari …, found on the system and embedded only when a PDF needs them.

DejaVu Sans draws every text of the PDF; a character it lacks would print as an empty box. For
such a character `FallbackFonts` asks fontconfig (`fc-match`, where the system has it; else a
few well-known font files) for the fonts that cover it, in the system's order of preference,
and takes the first that reportlab can embed: TrueType outlines (glyf), as reportlab refuses
PostScript (CFF) ones: Debian's fonts-noto-cjk is CFF, while fonts-droid-fallback (Chinese,
Japanese) and fonts-nanum (Korean) are TrueType. Each line is then drawn in runs, one per font
(`runs`), so only the characters DejaVu lacks switch fonts, and only a PDF that holds some
embeds a fallback (as a subset).

Where no font covers a character, it is drawn as DejaVu's box, and the export says which
characters those are and which Debian package would add a font for them (`missing_groups`).

Known limit: reportlab places glyphs one after another without shaping, so a script whose
letters change form or order (Devanagari conjuncts and vowel signs) prints its characters
unjoined; Chinese, Japanese, Korean and Thai print as written.
"""

from __future__ import annotations

import contextvars
import shutil
import subprocess
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journey_editor.export.fonts import register_fonts


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0  # the font's number inside a collection (.ttc)


# The scripts people write maps in that DejaVu Sans lacks, and the Debian package whose
# fonts cover them with TrueType outlines (checked on Debian 12: fonts-nanum's NanumGothic,
# fonts-droid-fallback's DroidSansFallbackFull, fonts-noto-core's NotoSansThai and
# NotoSansDevanagari; fonts-noto-cjk is CFF, which reportlab cannot embed).
@dataclass(frozen=True)
class Script:
    name: str
    ranges: tuple[tuple[int, int], ...]  # inclusive code point ranges
    package: str


SCRIPTS = (
    Script(
        "Korean",
        (
            (0x1100, 0x11FF),  # Hangul jamo
            (0x3130, 0x318F),  # Hangul compatibility jamo
            (0xA960, 0xA97F),  # Hangul jamo extended A
            (0xAC00, 0xD7FF),  # Hangul syllables, jamo extended B
        ),
        "fonts-nanum",  # Droid Sans Fallback has almost no Hangul syllables
    ),
    Script(
        "Chinese, Japanese",
        (
            (0x2E80, 0x2FFF),  # CJK radicals
            (0x3000, 0x303F),  # CJK punctuation
            (0x3040, 0x30FF),  # Hiragana, Katakana
            (0x3100, 0x312F),  # Bopomofo
            (0x3190, 0x4DBF),  # kanbun … CJK extension A
            (0x4E00, 0x9FFF),  # CJK unified ideographs
            (0xF900, 0xFAFF),  # CJK compatibility ideographs
            (0xFE30, 0xFE4F),  # CJK compatibility forms
            (0xFF00, 0xFFEF),  # half- and full-width forms
            (0x20000, 0x3FFFF),  # CJK extensions B …
        ),
        "fonts-droid-fallback",
    ),
    Script("Thai", ((0x0E00, 0x0E7F),), "fonts-noto-core"),
    Script("Devanagari", ((0x0900, 0x097F), (0xA8E0, 0xA8FF)), "fonts-noto-core"),
)

# Without fontconfig (Windows, macOS, a bare container): these files, where they are.
FONT_FOLDERS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
    Path.home() / ".fonts",
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
KNOWN_FILES = (
    "DroidSansFallbackFull.ttf",
    "DroidSansFallback.ttf",
    "NotoSansThai-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "Garuda.ttf",
    "Lohit-Devanagari.ttf",
    "wqy-zenhei.ttc",
    "NanumGothic.ttf",
    "NanumBarunGothic.ttf",
    "msyh.ttc",
    "malgun.ttf",
    "Nirmala.ttf",
    "LeelawUI.ttf",
)
MAX_CANDIDATES = 8  # fonts tried per uncovered character, in the system's order
MAX_QUERIES = 64  # fontconfig questions per process: a text of 20,000 emoji asks no more


def fontconfig_candidates(char: str) -> list[FontFile]:
    """The fonts fontconfig prefers for `char` (sans-serif, regular), best first."""
    program = shutil.which("fc-match")
    if program is None:
        return []
    pattern = f"sans-serif:weight=regular:charset={ord(char):x}"
    try:
        done = subprocess.run(
            [program, "-s", "--format", "%{file}|%{index}\\n", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in done.stdout.splitlines()[: MAX_CANDIDATES * 2]:
        file, _, index = line.partition("|")
        if file:
            found.append(FontFile(Path(file), int(index) if index.isdigit() else 0))
    return found


def known_candidates(char: str) -> list[FontFile]:
    """Well-known fallback files in the usual font folders (no fontconfig)."""
    found = []
    for folder in FONT_FOLDERS:
        if not folder.is_dir():
            continue
        for name in KNOWN_FILES:
            found.extend(FontFile(path) for path in folder.rglob(name))
    return found


def system_candidates(char: str) -> list[FontFile]:
    return fontconfig_candidates(char) or known_candidates(char)


def _shown_as_nothing(char: str) -> bool:
    """Characters that draw nothing of their own (joiners, variation selectors, controls):
    never worth a font or a warning."""
    return unicodedata.category(char) in ("Cf", "Cc", "Zl", "Zp") or "\ufe00" <= char <= "\ufe0f"


class FallbackFonts:
    """Which registered font draws each character, and the runs of a line (thread-safe)."""

    def __init__(self, candidates: Callable[[str], Iterable[FontFile]] = system_candidates):
        self._candidates = candidates
        self._lock = threading.Lock()
        self._covered: dict[str, frozenset[int]] = {}  # registered font → its code points
        self._font_of: dict[str, str | None] = {}  # char → fallback font (None: none)
        self._loaded: dict[FontFile, str | None] = {}
        self._by_block: dict[int, list[FontFile]] = {}  # code point >> 7 → fonts to try
        self._queries = 0

    def coverage(self, font: str) -> frozenset[int]:
        covered = self._covered.get(font)
        if covered is None:
            register_fonts()
            face = pdfmetrics.getFont(font).face
            covered = self._covered[font] = frozenset(face.charToGlyph)
        return covered

    def runs(self, text: str, font: str) -> list[tuple[str, str]]:
        """`text` as (font, piece) runs: `font` where it has the glyph; a stretch of characters
        it lacks in one fallback font that has them all where there is one (a Chinese word is
        not a patchwork of fonts), else character by character. Characters no font has stay
        in `font` (a box) and are noted as missing (see `collecting`); characters that draw
        nothing (joiners, variation selectors) are left out where `font` lacks them."""
        covered = self.coverage(font)
        if text.isascii() or all(ord(char) in covered for char in text):
            return [(font, text)]
        result: list[tuple[str, str]] = []

        def add(run_font: str, piece: str) -> None:
            if result and result[-1][0] == run_font:
                result[-1] = (run_font, result[-1][1] + piece)
            elif piece:
                result.append((run_font, piece))

        missing = _collector.get()
        start = 0
        while start < len(text):
            end = start
            while end < len(text) and ord(text[end]) in covered:
                end += 1
            add(font, text[start:end])
            start = end
            while end < len(text) and ord(text[end]) not in covered:
                end += 1
            stretch = "".join(char for char in text[start:end] if not _shown_as_nothing(char))
            if stretch:
                whole = self._font_for_stretch(stretch)
                for char in stretch:
                    chosen = whole or self.font_for(char)
                    if chosen is None:
                        chosen = font
                        if missing is not None:
                            missing.add(char)
                    add(chosen, char)
            start = end
        return result or [(font, "")]

    def _font_for_stretch(self, stretch: str) -> str | None:
        """The first font, in the system's order for the stretch's characters, that has
        every one of them; None if none has."""
        chars = dict.fromkeys(stretch)
        if len(chars) > 64:
            return None  # a long text of many scripts: character by character
        for char in chars:
            name = self.font_for(char)
            if name is None:
                return None
        with self._lock:
            tried: dict[FontFile, None] = {}
            for char in chars:
                tried.update(dict.fromkeys(self._by_block.get(ord(char) >> 7, [])))
            for candidate in tried:
                name = self._load(candidate)
                if name is not None and all(ord(c) in self._covered[name] for c in chars):
                    return name
        return None

    def font_for(self, char: str) -> str | None:
        """The registered fallback font that has `char`, or None."""
        if char in self._font_of:
            return self._font_of[char]
        with self._lock:
            if char not in self._font_of:
                self._font_of[char] = self._find(char)
            return self._font_of[char]

    def _find(self, char: str) -> str | None:
        """The first font in the system's order of preference for `char` that has it. The
        order is asked once per block of 128 code points (a text of Chinese asks once, not
        once per ideograph), again for a character that none of its block's fonts has, and
        never more than MAX_QUERIES times in all."""
        code = ord(char)
        block = code >> 7
        asked = self._by_block.get(block)
        if asked is None:
            asked = self._by_block[block] = self._ask(char)
        for candidate in asked:
            name = self._load(candidate)
            if name is not None and code in self._covered[name]:
                return name
        for candidate in self._ask(char):
            name = self._load(candidate)
            if name is not None and code in self._covered[name]:
                return name
        return None

    def _ask(self, char: str) -> list[FontFile]:
        if self._queries >= MAX_QUERIES:
            return []
        self._queries += 1
        return list(self._candidates(char))[:MAX_CANDIDATES]

    def _load(self, candidate: FontFile) -> str | None:
        if candidate in self._loaded:
            return self._loaded[candidate]
        name = None
        try:
            font = TTFont(
                f"JourneyFallback-{len(self._loaded)}",
                str(candidate.path),
                subfontIndex=candidate.index,
            )
            if font.face.charToGlyph and "glyf" in font.face.table:
                pdfmetrics.registerFont(font)
                name = font.fontName
                self._covered[name] = frozenset(font.face.charToGlyph)
        except Exception:
            name = None
        self._loaded[candidate] = name
        return name


FALLBACK = FallbackFonts()


def fallback_fonts() -> FallbackFonts:
    """The process's fallback fonts (a module attribute, so tests can put another in)."""
    return FALLBACK


_collector: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "missing_characters", default=None
)


@contextmanager
def collecting(missing: set[str]) -> Iterator[set[str]]:
    """Within the block, every character drawn with no font that has it goes into `missing`."""
    token = _collector.set(missing)
    try:
        yield missing
    finally:
        _collector.reset(token)


def script_of(char: str) -> Script | None:
    code = ord(char)
    for script in SCRIPTS:
        if any(first <= code <= last for first, last in script.ranges):
            return script
    return None


def missing_groups(missing: Iterable[str]) -> list[tuple[str, str | None]]:
    """The missing characters grouped by the package that would add them: (characters, that
    package, or None where no package is known: emoji, rarer scripts), known groups first."""
    by_package: dict[str | None, list[str]] = {}
    for char in sorted(set(missing)):
        script = script_of(char)
        by_package.setdefault(script.package if script else None, []).append(char)
    groups = [("".join(chars), package) for package, chars in by_package.items() if package]
    if None in by_package:
        groups.append(("".join(by_package[None]), None))
    return groups
