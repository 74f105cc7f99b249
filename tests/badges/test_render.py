from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core.badges import (
    get_stock,
    load_layout,
    parse_layout,
    render_badges,
    render_calibration,
)
from checkin.core.model import Attendee

from .helpers import EVENT, decode_qr, font_files, guests, page_count, pdf_text, rasterise


@pytest.fixture(scope="module")
def sk():  # noqa: ANN201
    return load_layout("strategiekonferenz")


def test_every_name_is_in_the_extracted_text(sk) -> None:  # noqa: ANN001
    pdf = render_badges(guests(), sk, get_stock("a4-4xa6"), event=EVENT)
    text = pdf_text(pdf)
    for a in guests():
        assert f"{a.first_name} {a.last_name}" in text
        assert a.company in text
        assert a.category in text or a.category == "Presse"
    assert "PRESSE" in text  # the press override replaces the band text
    assert EVENT["name"] in text
    assert page_count(pdf) == 2


def test_fonts_are_embedded_truetype_and_nothing_else(sk) -> None:  # noqa: ANN001
    chinese = Attendee("SK-0099", first_name="小明", last_name="王", category="Teilnehmer")
    pdf = render_badges([*guests(), chinese], sk, get_stock("a4-4xa6"), event=EVENT)
    fonts = font_files(pdf)
    assert fonts, "no fonts at all"
    for name, kinds in fonts.items():
        assert "/FontFile2" in kinds, f"{name} is not an embedded TrueType font"
        assert "Helvetica" not in name
    assert any("DroidSansFallback" in n for n in fonts)
    assert any("DejaVuSans-Bold" in n for n in fonts)


def test_each_qr_code_decodes_to_its_attendee(sk, tmp_path: Path) -> None:  # noqa: ANN001
    people = guests()[:4]
    pdf = render_badges(people, sk, get_stock("a4-4xa6"), event=EVENT)
    (page,) = rasterise(pdf, tmp_path, dpi=200)
    assert decode_qr(page) == sorted(a.code for a in people)


@pytest.mark.parametrize("stock", ["a7", "herma-4412", "dymo-41x89"])
def test_qr_still_decodes_on_small_stock(stock: str, tmp_path: Path) -> None:
    layout = load_layout("default" if stock != "a7" else "strategiekonferenz")
    a = guests()[0]
    pdf = render_badges([a], layout, get_stock(stock), event=EVENT)
    pages = rasterise(pdf, tmp_path, dpi=300)
    assert decode_qr(pages[0]) == [a.code]


def test_five_thousand_character_name_is_still_one_badge(sk, tmp_path: Path) -> None:  # noqa: ANN001
    a = Attendee(
        "SK-LONG",
        first_name="A" * 2500,
        last_name="B" * 2500,
        company="C" * 5000,
        category="Teilnehmer",
    )
    pdf = render_badges([a, guests()[0]], sk, get_stock("a6"), event=EVENT)
    assert page_count(pdf) == 2
    text = pdf_text(pdf)
    assert "\u2026" in text and "Anna Nowak" in text
    first, _ = rasterise(pdf, tmp_path, dpi=200)
    assert decode_qr(first) == ["SK-LONG"]


def test_missing_fields_never_print_none(sk) -> None:  # noqa: ANN001
    bare = Attendee("SK-BARE", first_name="Solo")
    nones = replace(bare, code="SK-NONE", title=None, company=None, function=None)  # type: ignore[arg-type]
    pdf = render_badges([bare, nones], sk, get_stock("a6"), event={})
    text = pdf_text(pdf)
    assert "None" not in text and "Solo" in text


def test_no_badge_category_is_skipped_without_a_gap() -> None:
    layout = parse_layout(
        {
            "width": 90,
            "height": 55,
            "elements": [
                {
                    "type": "text",
                    "id": "name",
                    "x": 2,
                    "y": 2,
                    "width": 86,
                    "height": 20,
                    "template": "{full_name}",
                    "size": 18,
                }
            ],
            "categories": {"Organisation": "no badge"},
        }
    )
    pdf = render_badges(guests(), layout, get_stock("custom:90x55"))
    assert page_count(pdf) == 4
    assert "Петр" not in pdf_text(pdf)


def test_output_is_byte_stable(sk) -> None:  # noqa: ANN001
    one = render_badges(guests(), sk, get_stock("a4-4xa6"), event=EVENT, cut_marks=True)
    two = render_badges(guests(), sk, get_stock("a4-4xa6"), event=EVENT, cut_marks=True)
    assert one == two


def test_start_at_and_offset_move_the_badge(sk, tmp_path: Path) -> None:  # noqa: ANN001
    stock = get_stock("a4-4xa6")
    plain = rasterise(render_badges(guests()[:1], sk, stock, event=EVENT), tmp_path, 30, "a")[0]
    later = rasterise(
        render_badges(guests()[:1], sk, stock, event=EVENT, start_at=4), tmp_path, 30, "b"
    )[0]
    w, h = plain.size
    # Label 1 is top-left; label 4 is bottom-right.
    assert plain.crop((0, 0, w // 2, h // 2)).getextrema() != ((255, 255),) * 3
    assert plain.crop((w // 2, h // 2, w, h)).getextrema() == ((255, 255),) * 3
    assert later.crop((0, 0, w // 2, h // 2)).getextrema() == ((255, 255),) * 3
    assert later.crop((w // 2, h // 2, w, h)).getextrema() != ((255, 255),) * 3


def test_offset_shifts_the_content(sk, tmp_path: Path) -> None:  # noqa: ANN001
    stock = get_stock("custom:105x148")
    a = guests()[:1]
    base = rasterise(render_badges(a, sk, stock, event=EVENT), tmp_path, 50, "base")[0]
    moved = rasterise(
        render_badges(a, sk, stock, event=EVENT, offset_mm=(0, 10.16)), tmp_path, 50, "moved"
    )[0]
    # 10.16 mm at 50 dpi = 20 px: the navy header starts 20 px lower.
    assert base.getpixel((100, 5)) != (255, 255, 255)
    assert moved.getpixel((100, 5)) == (255, 255, 255)
    assert moved.getpixel((100, 25)) == base.getpixel((100, 5))


def test_cut_marks_and_calibration_page_render(tmp_path: Path) -> None:
    stock = get_stock("herma-4412")
    cal = render_calibration(stock, offset_mm=(0.5, -0.5))
    assert "herma-4412" in pdf_text(cal) and page_count(cal) == 1
    for n in range(1, 11):
        assert str(n) in pdf_text(cal)
    marked = render_badges(guests()[:2], load_layout("default"), stock, cut_marks=True)
    plain = render_badges(guests()[:2], load_layout("default"), stock)
    assert marked != plain
    page = rasterise(marked, tmp_path, 50)[0]
    # A tick in the top margin above the first label's left edge (17.5 mm, 0..22 mm).
    x = round(17.5 / 25.4 * 50)
    assert min(page.getpixel((x, y))[0] for y in range(2, 30)) < 200


def test_qr_codes_of_every_shape_decode(tmp_path: Path) -> None:
    """Short, long, lower-case, URL and Unicode payloads all survive the fixed mask pattern."""
    codes = [
        "A",
        "SK26-00001",
        "ab12cd34",
        "x" * 60,
        "https://tickets.example.de/t/7f3a9c?e=sk26",
        "Łódź-ÄÖÜ-ß",
        "1234567890123",
        '{"c":"SK26-1"}',
        "K9",
        "SK26-99999",
    ]
    people = [Attendee(c, first_name="Test", last_name=f"Person {i}") for i, c in enumerate(codes)]
    pdf = render_badges(people, load_layout("default"), get_stock("herma-4412"))
    (page,) = rasterise(pdf, tmp_path, dpi=200)
    assert decode_qr(page) == sorted(codes)


def test_the_family_name_is_whole_on_every_stock() -> None:
    from checkin.core.badges import STOCKS
    from checkin.core.io.values import split_full_name

    names = [
        "Karl-Theodor Maria Nikolaus Johann Jacob Philipp Franz Joseph Sylvester "
        "Freiherr von und zu Guttenberg",
        "Maria Magdalena Krystyna Barbara Wiśniewska-Szczepańska-Kowalczyk",
        "Tôn Nữ Thị Ngọc Bích Hoàng-Nguyễn-Phước",
        "Friedrich-Wilhelm Maximilian Konstantin Ludwig Albrecht "
        "Schönburg-Hartenstein-Glauchau-Waldenburg",
    ]
    guests = []
    for i, whole in enumerate(names):
        first, last = split_full_name(whole)
        guests.append(Attendee(f"N{i}", first_name=first, last_name=last, id=i + 1))
    for layout in ("strategiekonferenz", "default"):
        for stock in sorted(STOCKS):
            text = pdf_text(render_badges(guests, load_layout(layout), get_stock(stock)))
            flat = text.replace("\n", "").replace(" ", "")
            for g in guests:
                assert g.last_name.replace(" ", "") in flat, (layout, stock, g.last_name)
