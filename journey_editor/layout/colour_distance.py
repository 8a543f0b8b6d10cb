"""How far apart two colours look, for people with typical colour vision and for the two
common red–green colour blindnesses: pure Python, no Qt, so the channel editor's warning and
its tests share one definition.

- `delta_e_2000(a, b)`: the CIEDE2000 colour difference (Sharma, Wu & Dalal 2005) between two
  "#RRGGBB" colours, through CIE L*a*b* under D65. 1 is about the smallest difference one
  notices side by side; a legend needs far more than that to be read at a glance.
- `simulate(colour, "deuteranopia" | "protanopia")`: the colour as a dichromat sees it
  (Machado, Oliveira & Fernandes 2009, severity 1, applied in linear sRGB).
- `closeness(a, b)`: the smallest difference over normal vision and both simulations, and the
  vision it was found under; `clashes(colour, others)`: which of `others` are too close to
  `colour` (`TOO_CLOSE` for normal vision, `TOO_CLOSE_DICHROMAT` under a simulation).
- `most_distinct(candidates, used)`: the candidate farthest from every used colour, for a new
  channel's first colour.

Channel chips are small (a few millimetres on paper), so the thresholds are those of small
categorical marks, not of large patches (ΔE2000 10 for normal vision). Simulated dichromats
are allowed a smaller margin (5), since every channel also has its own icon and colour is
never the only cue. Even the default catalogue (Okabe–Ito and Paul Tol colours, sixteen of
them) has a few such pairs — the two light blues of "Mobile app" and "Blog", say — which the
editor names honestly.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Lab = tuple[float, float, float]
Vision = Literal["normal", "deuteranopia", "protanopia"]
VISIONS: tuple[Vision, ...] = ("normal", "deuteranopia", "protanopia")

# ΔE2000 below which two channels' chips are hard to tell apart at a glance.
TOO_CLOSE = 10.0
# The same for a simulated dichromat: lower, because the icon still tells the channels apart,
# and a palette whose colours all stay 10 apart for dichromats has very few colours.
TOO_CLOSE_DICHROMAT = 5.0

# Machado et al. 2009, severity 1.0, on linear sRGB.
_MATRICES: dict[str, tuple[tuple[float, float, float], ...]] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
}

# D65 white in XYZ (Y = 1).
_WHITE = (0.95047, 1.0, 1.08883)


def parse(colour: str) -> tuple[float, float, float]:
    """ "#RRGGBB" (either case) → (r, g, b) in 0…1; ValueError for anything else."""
    text = colour.strip() if isinstance(colour, str) else ""
    if len(text) != 7 or text[0] != "#":
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    value = int(text[1:], 16)  # ValueError for non-hex digits
    return ((value >> 16 & 255) / 255, (value >> 8 & 255) / 255, (value & 255) / 255)


def hex_of(rgb: Sequence[float]) -> str:
    """(r, g, b) in 0…1 (clamped) → "#RRGGBB"."""
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in rgb)


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    c = max(0.0, min(1.0, c))
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def _lab_of_linear(r: float, g: float, b: float) -> Lab:
    x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x / _WHITE[0]), f(y / _WHITE[1]), f(z / _WHITE[2])
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def lab(colour: str) -> Lab:
    """CIE L*a*b* (D65) of an sRGB "#RRGGBB" colour."""
    return _lab_of_linear(*(_linear(c) for c in parse(colour)))


def simulate(colour: str, vision: Vision) -> str:
    """`colour` as seen with `vision` ("normal" gives it back as "#RRGGBB", upper case)."""
    rgb = parse(colour)
    if vision == "normal":
        return hex_of(rgb)
    linear = [_linear(c) for c in rgb]
    seen = [sum(m * c for m, c in zip(row, linear, strict=True)) for row in _MATRICES[vision]]
    return hex_of([_gamma(c) for c in seen])


def delta_e_76(a: str, b: str) -> float:
    """CIE76: the straight distance in L*a*b* (kept for comparison; CIEDE2000 is what warns)."""
    return math.dist(lab(a), lab(b))


def delta_e_2000(a: str, b: str) -> float:
    """CIEDE2000 between two "#RRGGBB" colours (kL = kC = kH = 1)."""
    return _ciede2000(lab(a), lab(b))


def _ciede2000(first: Lab, second: Lab) -> float:
    l1, a1, b1 = first
    l2, a2, b2 = second
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_mean = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0

    dl = l2 - l1
    dc = c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    elif h2p - h1p > 180:
        dh = h2p - h1p - 360
    else:
        dh = h2p - h1p + 360
    dh_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))

    l_mean = (l1 + l2) / 2
    cp_mean = (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_mean = (h1p + h2p + 360) / 2
    else:
        h_mean = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dh_big / s_h) ** 2 + r_t * (dc / s_c) * (dh_big / s_h)
    )


@dataclass(frozen=True)
class Closeness:
    """The smallest ΔE2000 between two colours over the visions, and under which vision."""

    delta_e: float
    vision: Vision

    @property
    def too_close(self) -> bool:
        limit = TOO_CLOSE if self.vision == "normal" else TOO_CLOSE_DICHROMAT
        return self.delta_e < limit


def closeness(a: str, b: str) -> Closeness:
    """How close two colours come: normal vision is judged against `TOO_CLOSE`, each simulated
    dichromat against `TOO_CLOSE_DICHROMAT`; the result is the vision that comes nearest to
    its limit (normal first on a tie)."""
    worst: Closeness | None = None
    worst_margin = math.inf
    for vision in VISIONS:
        distance = delta_e_2000(simulate(a, vision), simulate(b, vision))
        limit = TOO_CLOSE if vision == "normal" else TOO_CLOSE_DICHROMAT
        margin = distance / limit
        if margin < worst_margin:
            worst, worst_margin = Closeness(distance, vision), margin
    assert worst is not None
    return worst


def clashes(colour: str, others: Iterable[tuple[str, str]]) -> list[tuple[str, Closeness]]:
    """The (name, closeness) of each of `others` — (name, colour) pairs — too close to
    `colour`, closest first."""
    found = [(name, closeness(colour, other)) for name, other in others]
    too_close = [(name, near) for name, near in found if near.too_close]
    return sorted(too_close, key=lambda item: item[1].delta_e)


def most_distinct(candidates: Sequence[str], used: Iterable[str]) -> str:
    """The candidate whose closest used colour is farthest (measured as `closeness` does,
    relative to its limit); the first candidate on a tie, and when nothing is used yet."""
    if not candidates:
        raise ValueError("no candidate colour")
    taken = [colour for colour in used if _readable(colour)]
    if not taken:
        return candidates[0]
    taken_upper = {colour.upper() for colour in taken}

    def score(candidate: str) -> float:
        if candidate.upper() in taken_upper:
            return -1.0
        margins = []
        for other in taken:
            near = closeness(candidate, other)
            limit = TOO_CLOSE if near.vision == "normal" else TOO_CLOSE_DICHROMAT
            margins.append(near.delta_e / limit)
        return min(margins)

    best = max(range(len(candidates)), key=lambda i: (score(candidates[i]), -i))
    return candidates[best]


def _readable(colour: str) -> bool:
    try:
        parse(colour)
    except ValueError:
        return False
    return True
