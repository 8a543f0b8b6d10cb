"""Numbers as a map shows them: one decimal mark per language, the same on screen, in the
effort strip, the summary page and the CLI (French writes 2,6 where English writes 2.6)."""

from __future__ import annotations

# Languages whose decimal mark is a comma; every other language the app speaks uses a point.
COMMA_LANGUAGES = frozenset({"fr"})
MINUS = "−"  # U+2212: a real minus sign, as wide as the plus


def decimal_mark(language: str | None) -> str:
    """ "," or "." for a language or a locale ("fr", "fr_CA", "fr-BE", "en")."""
    base = (language or "en").replace("-", "_").split("_")[0].lower()
    return "," if base in COMMA_LANGUAGES else "."


def decimal(value: float, mark: str, digits: int = 1, signed: bool = False) -> str:
    """`value` with `digits` decimals and `mark`; signed: "+1,5", "−0,5", "0,0" (no "−0,0")."""
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    if signed and float(text) == 0:
        text = f"{0:.{digits}f}"
    return text.replace("-", MINUS).replace(".", mark)


def effort_figure(mean_effort: float, mark: str) -> str:
    """The mean effort printed in the heat strip: "3", "3.7" (or "3,7")."""
    text = f"{mean_effort:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", mark)


def percent(share: float, language: str | None) -> str:
    """A share in 0…1 as a whole percentage: "75%"; French puts a no-break space before the
    sign ("75 %"), as its typography wants."""
    text = f"{round(share * 100)}%"
    return text.replace("%", "\u00a0%") if decimal_mark(language) == "," else text
