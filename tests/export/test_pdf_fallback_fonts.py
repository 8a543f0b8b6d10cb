"""Scripts DejaVu Sans lacks (issue 13, item 8): a TrueType font of the system draws them, run
by run, embedded only when needed; where none has them, the export names the characters and
the Debian package that would add a font.

The fallback tests need such a font (fonts-droid-fallback, fonts-nanum, fonts-noto-core: see
.ci/run) and skip with the reason without it; the warning tests always run, with a font finder
that finds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from journey_editor.cli import main
from journey_editor.export import PdfOptions, export_pdf, font_fallback
from journey_editor.export.font_fallback import (
    MAX_QUERIES,
    FallbackFonts,
    FontFile,
    missing_groups,
)
from journey_editor.export.fonts import BOLD, REGULAR
from journey_editor.persistence import project_to_bytes
from tests.bad_files import HOSTILE_TEXT

SAMPLES = {
    "Chinese": "在线比较价格",
    "Japanese": "オンラインで価格を比較",
    "Korean": "가격 비교",
    "Thai": "ร้านค้าออนไลน์",
    "Devanagari": "कीमतों की तुलना",
}
PACKAGES = {
    "Chinese": "fonts-droid-fallback",
    "Japanese": "fonts-droid-fallback",
    "Korean": "fonts-nanum",
    "Thai": "fonts-noto-core",
    "Devanagari": "fonts-noto-core",
}


def fonts_in(path: Path) -> set[str]:
    """The base font names of every font the PDF's pages and forms use."""
    found: set[str] = set()

    def visit(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), "embedded TrueType"
            found.add(str(font["/BaseFont"]).split("+")[-1])
        for xobject in (resources.get("/XObject") or {}).values():
            visit(xobject.get_object().get("/Resources"))

    for page in PdfReader(path).pages:
        visit(page.get("/Resources"))
    return found


def nothing_found(char: str) -> list[FontFile]:
    return []


@pytest.fixture
def no_fallback(monkeypatch) -> FallbackFonts:
    """A computer without any font for the scripts DejaVu lacks."""
    fonts = FallbackFonts(candidates=nothing_found)
    monkeypatch.setattr(font_fallback, "FALLBACK", fonts)
    return fonts


def system_font_for(script: str) -> str:
    """The registered fallback font for the script's sample, or skip saying what to install."""
    fonts = font_fallback.fallback_fonts()
    names = {fonts.font_for(char) for char in SAMPLES[script] if char != " "}
    if None in names:
        pytest.skip(
            f"no TrueType font on this computer covers {script}: apt-get install {PACKAGES[script]}"
        )
    return names.pop()


# --- with a font that covers the script ------------------------------------------------


@pytest.mark.parametrize("script", list(SAMPLES))
def test_a_script_dejavu_lacks_prints_in_a_system_font(script, small_project, tmp_path):
    system_font_for(script)
    small_project.cards[0].title = f"Prix {SAMPLES[script]}"
    small_project.title = SAMPLES[script]
    path = tmp_path / "carte.pdf"
    report = export_pdf(small_project, path, PdfOptions(paper="A3", mode="fit"))
    assert not [w for w in report.warnings if "no font" in w]
    faces = fonts_in(path)
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= faces
    assert faces - {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}, "a fallback face"
    text = PdfReader(path).pages[0].extract_text()
    if script != "Devanagari":  # unshaped vowel signs extract in drawing order
        assert SAMPLES[script].split()[0] in text.replace("\n", "")


def test_a_line_switches_font_only_for_the_characters_dejavu_lacks():
    system_font_for("Chinese")
    fonts = font_fallback.fallback_fonts()
    runs = fonts.runs("Prix : 在线 — 105 €", REGULAR)
    assert [font for font, _ in runs][0::2] == [REGULAR, REGULAR]
    assert "".join(piece for _, piece in runs) == "Prix : 在线 — 105 €"
    assert runs[1][1] == "在线", "one font for the whole word"
    assert runs[1][0] not in (REGULAR, None)
    assert fonts.runs("Prix : 105 €", BOLD) == [(BOLD, "Prix : 105 €")]


def test_a_font_with_postscript_outlines_is_passed_over():
    """reportlab embeds TrueType (glyf) outlines only: Noto Sans CJK (CFF) cannot serve."""
    cff = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    droid = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
    if not cff.exists() or not droid.exists():
        pytest.skip("needs fonts-noto-cjk and fonts-droid-fallback")
    only_cff = FallbackFonts(candidates=lambda char: [FontFile(cff)])
    assert only_cff.font_for("中") is None
    both = FallbackFonts(candidates=lambda char: [FontFile(cff), FontFile(droid)])
    assert both.font_for("中") is not None


def test_a_plain_map_embeds_no_fallback(small_project, tmp_path):
    path = tmp_path / "carte.pdf"
    export_pdf(small_project, path)
    assert fonts_in(path) <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


# --- without: the warning ---------------------------------------------------------------


def test_without_a_font_the_export_names_the_characters_and_the_package(
    no_fallback, small_project, tmp_path
):
    small_project.cards[0].title = " ".join(SAMPLES.values())
    path = tmp_path / "carte.pdf"
    report = export_pdf(small_project, path)
    notes = [w for w in report.warnings if w.startswith("no font on this computer has")]
    assert len(notes) == 3  # one per package
    joined = "\n".join(notes)
    for package in ("fonts-droid-fallback", "fonts-nanum", "fonts-noto-core"):
        assert f"the package {package} (Debian, Ubuntu) adds a font for them" in joined
    assert "U+AC00" in joined  # 가, named by its code too
    assert "print as empty boxes" in joined
    assert fonts_in(path) <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def test_characters_no_package_is_known_for_are_named_too(no_fallback, small_project, tmp_path):
    small_project.cards[0].title = "Ligne \U0001f9d1 \U00013000"  # an emoji, a hieroglyph
    report = export_pdf(small_project, tmp_path / "carte.pdf")
    assert any(
        w.startswith("no font on this computer has «") and "U+1F9D1" in w and "package" not in w
        for w in report.warnings
    )


def test_joiners_and_variation_selectors_are_never_called_missing(no_fallback):
    assert missing_groups([]) == []
    fonts = font_fallback.fallback_fonts()
    missing: set[str] = set()
    with font_fallback.collecting(missing):
        fonts.runs("a\u200db\ufe0fc\u2060", REGULAR)
    assert missing == set()


def test_the_command_line_prints_the_warning(no_fallback, small_project, tmp_path, capsys):
    small_project.cards[0].title = SAMPLES["Korean"]
    source = tmp_path / "carte.journey.json"
    source.write_bytes(project_to_bytes(small_project))
    assert main(["export", str(source), "-o", str(tmp_path / "carte.pdf")]) == 0
    err = capsys.readouterr().err
    assert "warning: no font on this computer has «가 격 교 비» (U+AC00" in err
    assert "fonts-nanum" in err


def test_a_text_of_many_scripts_asks_the_system_a_bounded_number_of_times(monkeypatch):
    asked: list[str] = []

    def count(char: str) -> list[FontFile]:
        asked.append(char)
        return []

    fonts = FallbackFonts(candidates=count)
    monkeypatch.setattr(font_fallback, "FALLBACK", fonts)
    missing: set[str] = set()
    with font_fallback.collecting(missing):
        fonts.runs("".join(map(chr, range(0x4E00, 0x4E00 + 20_000))), REGULAR)
        fonts.runs(HOSTILE_TEXT["CJK, Thai, Devanagari"], REGULAR)
    assert len(asked) <= MAX_QUERIES
    assert len(missing) > 20_000
