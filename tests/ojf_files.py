"""Where the tests find .ojf files: the project's own samples and the third-party ones.

The project's own samples (tests/persistence/ojf_samples/) are always there. The eight real files
written with the Ptolemy editor are read from ../shared/fixtures/ojf/ beside the checkout, never
copied in (their README asks us not to); a user's clone has no such folder, so the tests of
those files carry `needs_third_party_samples` and are skipped there with a one-line reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

OWN_SAMPLES = Path(__file__).resolve().parent / "persistence" / "ojf_samples"
THIRD_PARTY_SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "ojf"

needs_third_party_samples = pytest.mark.skipif(
    not THIRD_PARTY_SAMPLES.is_dir(),
    reason="third-party OJF samples not present: ../shared/fixtures/ojf (CI has them)",
)


def own_sample_names() -> list[str]:
    return sorted(path.name for path in OWN_SAMPLES.glob("*.ojf"))


def own_sample(name: str) -> bytes:
    return (OWN_SAMPLES / name).read_bytes()
