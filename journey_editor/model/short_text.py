"""Names shown in one line (undo history, error messages): whitespace folded, long ones cut at
a word boundary with "…", so a user reads words, never half of one."""

from __future__ import annotations

ELLIPSIS = "…"
# Punctuation a cut should not leave dangling before the ellipsis.
_TRAILING = " ,;:.-–—/"


def shorten(text: str, limit: int = 40) -> str:
    """`text` on one line in at most `limit` characters, "…" included when cut. The cut falls
    at the last space in the kept part; a single word longer than half the limit is cut inside
    (a URL, a long compound) rather than leaving almost nothing."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    kept = text[: limit - len(ELLIPSIS) + 1]  # one more: is the cut itself at a space?
    if kept.endswith(" "):
        kept = kept[:-1]
    else:
        kept = kept[:-1]
        space = kept.rfind(" ")
        if space >= limit // 2:
            kept = kept[:space]
    return kept.rstrip(_TRAILING) + ELLIPSIS
