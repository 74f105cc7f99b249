from __future__ import annotations

from checkin.core.badges.text import ELLIPSIS, MM, clean, fit_text

BOX = {"width_mm": 60, "height_mm": 20, "size": 24, "min_size": 12}


def _widest(fitted) -> float:  # noqa: ANN001
    return max(line.width for line in fitted.lines)


def test_short_name_keeps_its_size_on_one_line() -> None:
    f = fit_text("Anna Nowak", "sans-bold", **BOX, max_lines=2)
    assert (f.size, len(f.lines), f.wrapped, f.cut, f.at_minimum) == (24, 1, False, False, False)


def test_longer_name_shrinks_before_it_wraps() -> None:
    f = fit_text("Maximilian Mustermann", "sans-bold", **BOX, max_lines=2)
    assert 12 <= f.size < 24 and len(f.lines) == 1 and not f.cut
    assert _widest(f) <= 60 * MM + 0.01


def test_very_long_name_wraps_at_space_or_hyphen_above_the_minimum() -> None:
    f = fit_text(
        "Maximilian-Alexander von Hohenzollern-Sigmaringen", "sans-bold", **BOX, max_lines=3
    )
    assert f.wrapped and not f.cut and f.size >= 12
    assert (
        f.text.replace("\n", " ").replace("- ", "-")
        == "Maximilian-Alexander von Hohenzollern-Sigmaringen"
    )
    for line in f.text.split("\n")[:-1]:
        nxt = f.text.split("\n")[f.text.split("\n").index(line) + 1]
        assert (
            line.endswith("-")
            or f"{line} {nxt}" in "Maximilian-Alexander von Hohenzollern-Sigmaringen"
        )
    assert all(not line.startswith(" ") for line in f.text.split("\n"))
    assert _widest(f) <= 60 * MM + 0.01
    assert len(f.lines) * f.size * 1.15 <= 20 * MM + 0.01


def test_name_that_cannot_fit_is_cut_with_an_ellipsis() -> None:
    f = fit_text("Wolfeschlegelsteinhausenbergerdorff " * 5, "sans-bold", **BOX, max_lines=2)
    assert f.cut and f.size == 12 and len(f.lines) <= 2
    assert f.text.endswith(ELLIPSIS)
    assert _widest(f) <= 60 * MM + 0.01


def test_five_thousand_characters_stay_in_the_box() -> None:
    f = fit_text("X" * 5000, "sans", **BOX, max_lines=2)
    assert f.cut and len(f.lines) <= 2 and f.text.endswith(ELLIPSIS)
    assert _widest(f) <= 60 * MM + 0.01


def test_none_and_empty_print_nothing() -> None:
    assert clean(None) == ""
    assert fit_text("", "sans", **BOX).lines == ()
    assert clean("  Anna\t\nNowak\u200b ") == "Anna Nowak"


def test_text_is_nfc_normalised() -> None:
    decomposed = "Nguye\u0302\u0303n"  # e + circumflex + tilde
    f = fit_text(decomposed, "sans", **BOX)
    assert f.text == "Nguyễn" and not f.fallback and not f.missing


def test_vietnamese_polish_czech_turkish_cyrillic_greek_need_no_fallback() -> None:
    for text in (
        "Trương Ngọc Bích ệ ữ",
        "Łukasz Wiśniewski",
        "Dvořák",
        "Gülşen Öztürk İ",
        "Пётр Дворжак",
        "Γιώργος Παπαδόπουλος",
    ):
        f = fit_text(text, "sans-bold", **BOX)
        assert (f.fallback, f.missing) == ("", ""), text


def test_glyph_missing_from_dejavu_uses_the_fallback_font() -> None:
    f = fit_text("王小明 Wang", "sans-bold", **BOX)
    assert f.fallback == "王小明" and not f.missing
    fonts = [font for line in f.lines for _, font in line.runs]
    assert "CheckinFallback" in fonts and "CheckinSans-Bold" in fonts


def test_glyph_no_font_has_is_reported_missing() -> None:
    f = fit_text("สมชาย", "sans", **BOX)  # Thai: neither DejaVu nor Droid Fallback
    assert f.missing
