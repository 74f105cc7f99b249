"""Scanner-input cleaning and generated codes (checkin.core.codes)."""

from __future__ import annotations

import json
import math
import random
import string
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core import codes
from checkin.core.codes import (
    ALPHABET,
    CODE_LENGTH,
    MAX_INPUT,
    check_ok,
    clean_scan,
    format_for_display,
    generate_code,
    is_generated_format,
    looks_like_typo,
    mangle_us_to_de,
    normalize_generated,
    repair_de_to_us,
)

GEN = "Q6JG532ZBGEPF8"  # a valid generated code (check symbol matches)


def alternatives(raw: str) -> dict[str, str]:
    return {code: how for code, how in clean_scan(raw).alternatives}


# -- cleaning cases from the issue ---------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("ABC123", "ABC123"),
        ("  ABC123  ", "ABC123"),
        ("ABC123\r\n", "ABC123"),
        ("ABC123\n", "ABC123"),
        ("ABC123\t", "ABC123"),
        ("\tABC123\r", "ABC123"),
        ("\r\nABC123", "ABC123"),
        ("\ufeffABC123", "ABC123"),  # BOM
        ("AB\u200bC123", "ABC123"),  # zero-width space inside
        ("ABC\u200d123\u200c", "ABC123"),  # joiner, non-joiner
        ("ABC\u00ad123", "ABC123"),  # soft hyphen
        ("\u00a0ABC123\u00a0", "ABC123"),  # NBSP
        ("ABC\x1d123", "ABC123"),  # GS1 group separator
        ("\x02ABC123\x03", "ABC123"),  # STX/ETX framing of some scanners
        ("\u2060ABC123\u200e", "ABC123"),  # word joiner, LRM
    ],
)
def test_whitespace_and_invisible_characters_are_removed(raw: str, code: str) -> None:
    result = clean_scan(raw)
    assert result.code == code
    assert result.invalid == ""
    assert result.raw == raw
    assert result.how == ""


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("https://x.example/checkin?code=ABC123", "ABC123"),
        ("https://x.example/checkin?secret=abc123xyz", "abc123xyz"),
        ("https://x.example/event/?ticket=T-99&lang=de", "T-99"),
        ("https://x.example/t/ABC123/", "ABC123"),
        ("https://x.example/t/ABC123", "ABC123"),
        ("http://x.example/a/b/ABC%20123", "ABC 123"),
        ("HTTPS://X.EXAMPLE/checkin?CODE=ABC123", "ABC123"),
        ("www.x.example/checkin?code=ABC123", "ABC123"),
        ("https://x.example/checkin#code=ABC123", "ABC123"),
        ("https://x.example/c/OTHER?lang=de&code=ABC123", "ABC123"),
        ("  https://x.example/checkin?code=ABC123\r\n", "ABC123"),
    ],
)
def test_codes_inside_urls(raw: str, code: str) -> None:
    result = clean_scan(raw)
    assert (result.code, result.how, result.invalid) == (code, "url", "")
    # Some lists store the whole URL as the code: still tried, last.
    assert result.alternatives[-1] == (raw.strip(), "as_scanned")


def test_url_without_any_code_is_invalid() -> None:
    result = clean_scan("https://x.example/")
    assert result.code == ""
    assert result.invalid == "url_without_code"


def test_indico_ticket_json() -> None:
    # The shape Indico's generate_ticket_qr_code puts into the ticket QR.
    payload = json.dumps(
        {
            "registrant_id": 4711,
            "checkin_secret": "5b3a2c1e-8f7d-4e6a-9b0c-1d2e3f4a5b6c",
            "event_id": "123",
            "server_url": "https://indico.example.org",
            "version": 1,
        }
    )
    result = clean_scan(payload + "\r\n")
    assert result.code == "5b3a2c1e-8f7d-4e6a-9b0c-1d2e3f4a5b6c"
    assert result.how == "json"


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"secret": "S3CR3T"}, "S3CR3T"),
        ({"code": 12345}, "12345"),
        ({"ticket": {"secret": "NESTED"}}, "NESTED"),
        ({"code": "  PADDED "}, "PADDED"),
    ],
)
def test_other_json_payloads(payload: dict, code: str) -> None:
    result = clean_scan(json.dumps(payload))
    assert (result.code, result.how) == (code, "json")


@pytest.mark.parametrize("raw", ['{"name": "Anna"}', '{"code": true}', '{"code": ""}'])
def test_json_without_code_is_invalid(raw: str) -> None:
    result = clean_scan(raw)
    assert result.code == ""
    assert result.invalid == "json_without_code"


def test_broken_json_is_a_plain_unknown_candidate() -> None:
    result = clean_scan('{"checkin_secret": "abc"')
    assert result.invalid == ""
    assert result.code == '{"checkin_secret": "abc"'


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("\r\n\t", "empty"),
        ("\x01\x02\x03", "control_characters"),
        ("\u200b\ufeff", "control_characters"),
        ("\x00ABC", "binary"),
        ("AB\ufffdC", "binary"),
        ("AB\udc80C", "binary"),  # lone surrogate from a surrogateescape decode
        ("A" * (MAX_INPUT + 1), "too_long"),
        ("A" * 10_000, "too_long"),
        ("A" * (codes.MAX_CODE + 1), "too_long"),
    ],
)
def test_invalid_input(raw: str, reason: str) -> None:
    result = clean_scan(raw)
    assert result.invalid == reason
    assert result.code == ""
    assert result.alternatives == ()


@pytest.mark.parametrize(
    "raw",
    [
        "'; DROP TABLE attendees; --",
        "1' OR '1'='1",
        "<script>alert(1)</script>",
        "Robert'); DELETE FROM log;--",
        "%00%27",
        "${jndi:ldap://x/a}",
    ],
)
def test_injection_text_is_a_plain_candidate(raw: str) -> None:
    result = clean_scan(raw)
    # Kept as text: the store binds parameters, so it is simply unknown.
    assert result.invalid == "" or result.code == ""
    assert all(isinstance(c, str) for c, _ in result.alternatives)


# -- keyboard layout -----------------------------------------------------------------

# The US -> German mapping key by key, shifted and unshifted (dead keys excluded).
US_DE_PAIRS = {
    "y": "z",
    "z": "y",
    "Y": "Z",
    "Z": "Y",
    "-": "ß",
    "_": "?",
    "/": "-",
    "?": "_",
    ":": "Ö",
    ";": "ö",
    "'": "ä",
    '"': "Ä",
    "[": "ü",
    "{": "Ü",
    "]": "+",
    "}": "*",
    "\\": "#",
    "|": "'",
    "@": '"',
    "#": "§",
    "^": "&",
    "&": "/",
    "*": "(",
    "(": ")",
    ")": "=",
    "<": ";",
    ">": ":",
    "~": "°",
    "=": "´",  # dead key
    "+": "`",  # dead key
    "`": "^",  # dead key
}


@pytest.mark.parametrize(("us", "de"), sorted(US_DE_PAIRS.items()))
def test_layout_mapping_key_by_key(us: str, de: str) -> None:
    assert mangle_us_to_de(us) == de
    assert repair_de_to_us(de) == us


def test_layout_mapping_leaves_the_rest_alone() -> None:
    same = string.digits + "abcdefghijklmnopqrstuvwxABCDEFGHIJKLMNOPQRSTUVWX!$%,. "
    assert mangle_us_to_de(same) == same
    assert repair_de_to_us(same) == same


def test_layout_mapping_is_a_bijection_on_printable_ascii() -> None:
    printable = "".join(chr(c) for c in range(0x20, 0x7F))
    mangled = mangle_us_to_de(printable)
    assert len(set(mangled)) == len(printable)
    assert repair_de_to_us(mangled) == printable


def test_dead_key_compositions_are_repaired() -> None:
    # US "=A" through a German dead acute composes to "Á"; "+e" to "è"; "`a" to "â".
    assert repair_de_to_us("codeÁBC") == "code=ABC"
    assert repair_de_to_us("xè") == "x+e"
    assert repair_de_to_us("xâ") == "x`a"


@pytest.mark.parametrize("symbol", list(ALPHABET + ALPHABET.lower() + "-"))
def test_round_trip_for_every_generated_code_character(symbol: str) -> None:
    assert repair_de_to_us(mangle_us_to_de(symbol)) == symbol


def test_mangled_generated_code_is_repaired_as_alternative() -> None:
    code = "Q6JG532ZBGEPF8"
    mangled = mangle_us_to_de(code)
    assert mangled == "Q6JG532YBGEPF8"
    result = clean_scan(mangled + "\n")
    assert result.code == mangled  # verbatim first: a repair never shadows a real code
    assert ("Q6JG532ZBGEPF8", "keyboard_layout") in result.alternatives


def test_mangled_code_with_punctuation() -> None:
    mangled = mangle_us_to_de("AB-yz/7")
    assert mangled == "ABßzy-7"
    assert alternatives(mangled)["AB-yz/7"] == "keyboard_layout"


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/checkin?code=ABCyz123",
        "https://x.example/checkin?secret=Q6JG532ZBGEPF8",
        "https://x.example/tickets/ZZY-42/",
        "http://x.example:8080/checkin?ticket=a_b&lang=de",
    ],
)
def test_mangled_url_is_repaired_and_the_code_extracted(url: str) -> None:
    expected = clean_scan(url).code
    result = clean_scan(mangle_us_to_de(url) + "\r\n")
    assert result.code == expected
    assert result.how == "keyboard_layout+url"


def test_mangled_url_with_composed_dead_key() -> None:
    # "=A..." through the dead acute becomes "ÁBC": the repair undoes the composition.
    assert mangle_us_to_de("https://x/c?code=A1") == "httpsÖ--x-c_code´A1"
    result = clean_scan("httpsÖ--x-c_codeÁ1")
    assert (result.code, result.how) == ("A1", "keyboard_layout+url")


def test_url_from_german_scanner_on_us_host() -> None:
    # The opposite setup: the repair is the US -> DE mapping itself ("=" arrives as ")").
    mangled = repair_de_to_us("https://x.example/checkin?code=XyZ1")
    assert ")" in mangled
    result = clean_scan(mangled)
    assert (result.code, result.how) == ("XyZ1", "keyboard_layout_de_scanner+url")


def test_mangled_indico_json_is_repaired() -> None:
    payload = json.dumps({"registrant_id": 7, "checkin_secret": "abc-def-yz", "version": 1})
    mangled = mangle_us_to_de(payload)
    assert mangled.startswith("ÜÄ")
    result = clean_scan(mangled)
    assert (result.code, result.how) == ("abc-def-yz", "keyboard_layout+json")


def test_case_alternatives() -> None:
    result = clean_scan("abc123")
    assert ("ABC123", "case") in result.alternatives
    assert clean_scan("ABC123").alternatives == (("abc123", "case"),)


def test_no_duplicate_or_primary_in_alternatives() -> None:
    for raw in ["q6jg-532z-bgep-f8", "ABßzy-7", "https://x/c?code=y", GEN, "a-b"]:
        result = clean_scan(raw)
        found = [c for c, _ in result.alternatives]
        assert len(found) == len(set(found))
        assert result.code not in found


# -- generated codes -----------------------------------------------------------------


def test_alphabet_has_no_look_alikes() -> None:
    assert not set(ALPHABET) & set("0O1IL")
    assert len(set(ALPHABET)) == len(ALPHABET) == 31


def test_generated_code_shape_and_entropy() -> None:
    rng = random.Random(42)
    sample = [generate_code(rng) for _ in range(5000)]
    assert all(len(c) == CODE_LENGTH and is_generated_format(c) and check_ok(c) for c in sample)
    assert len(set(sample)) == len(sample)
    assert math.log2(len(ALPHABET)) * (CODE_LENGTH - 1) >= 60
    # Every symbol appears at every random position with roughly equal frequency.
    counts = Counter(c for code in sample for c in code[:-1])
    expected = len(sample) * (CODE_LENGTH - 1) / len(ALPHABET)
    assert set(counts) == set(ALPHABET)
    assert all(abs(n - expected) < 0.15 * expected for n in counts.values())


def test_default_generator_uses_secrets() -> None:
    sample = {generate_code() for _ in range(200)}
    assert len(sample) == 200
    assert all(check_ok(c) for c in sample)


def test_check_symbol_detects_every_single_substitution() -> None:
    rng = random.Random(7)
    for _ in range(300):
        code = generate_code(rng)
        for i in range(CODE_LENGTH):
            for symbol in ALPHABET:
                if symbol != code[i]:
                    typo = code[:i] + symbol + code[i + 1 :]
                    assert not check_ok(typo)
                    assert looks_like_typo(typo)


def test_check_symbol_detects_every_adjacent_transposition() -> None:
    rng = random.Random(8)
    for _ in range(3000):
        code = generate_code(rng)
        for i in range(CODE_LENGTH - 1):
            if code[i] != code[i + 1]:
                swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
                assert not check_ok(swapped)
                assert looks_like_typo(swapped)


def test_check_symbol_detects_transposition_exhaustively_over_symbol_pairs() -> None:
    body = list(generate_code(random.Random(9)))
    for i in range(CODE_LENGTH - 1):
        for a in ALPHABET:
            for b in ALPHABET:
                if a == b:
                    continue
                chars = body[:]
                chars[i], chars[i + 1] = a, b
                stem = "".join(chars[:-1])
                valid = stem + ALPHABET[codes._check_value(stem)]
                if i == CODE_LENGTH - 2:  # the pair includes the check symbol itself
                    valid = "".join(chars)
                    if not check_ok(valid):
                        continue
                swapped = valid[:i] + valid[i + 1] + valid[i] + valid[i + 2 :]
                assert not check_ok(swapped)


def test_look_alike_in_right_shape_is_a_typo() -> None:
    assert looks_like_typo("Q6JG532ZBGEPF0")
    assert looks_like_typo("q6jg-532z-bgep-fo")
    assert not looks_like_typo(GEN)
    assert not looks_like_typo("ABC")
    assert not looks_like_typo("Q6JG532ZBGEPF8XYZ")
    assert not looks_like_typo("Q6JG532ZBGEPF#")


def test_normalize_and_display() -> None:
    assert format_for_display(GEN) == "Q6JG-532Z-BGEP-F8"
    assert normalize_generated("q6jg-532z-bgep-f8") == GEN
    assert normalize_generated("Q6JG 532Z BGEP F8") == GEN
    assert normalize_generated("q6jg\u2013532z.bgep_f8") == GEN
    assert normalize_generated(format_for_display(GEN)) == GEN
    # Look-alikes are not guessed: the alphabet has neither side of 0/O.
    assert normalize_generated("o0") == "O0"


@pytest.mark.parametrize(
    "typed", ["q6jg-532z-bgep-f8", "Q6JG 532Z BGEP F8", "q6jg532zbgepf8", "Q6JG-532Z-BGEP-F8"]
)
def test_hand_typed_generated_code_is_an_alternative(typed: str) -> None:
    result = clean_scan(typed)
    assert result.code == typed
    assert result.alternatives[0] == (GEN, "generated_normalized")


def test_hand_typed_generated_code_through_layout_mangling() -> None:
    # Typed with hyphens through a US scanner on a German host: "-" -> "ß", Z -> Y.
    mangled = mangle_us_to_de(format_for_display(GEN))
    assert mangled == "Q6JGß532YßBGEPßF8"
    assert alternatives(mangled)[GEN] == "keyboard_layout+generated_normalized"


# -- robustness ----------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_raises(raw: str) -> None:
    result = clean_scan(raw)
    assert result.raw == raw
    assert bool(result.invalid) != bool(result.code)
    assert len(result.code) <= codes.MAX_CODE
    assert len(result.alternatives) <= 10
    assert all(c and c != result.code for c, _ in result.alternatives)


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=MAX_INPUT - 10, max_size=MAX_INPUT + 10))
def test_huge_text_never_raises(raw: str) -> None:
    result = clean_scan(raw)
    assert len(result.code) <= codes.MAX_CODE


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_as_latin1_and_surrogates_never_raise(data: bytes) -> None:
    clean_scan(data.decode("latin-1"))
    clean_scan(data.decode("utf-8", errors="surrogateescape"))
    clean_scan(data.decode("utf-8", errors="replace"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=50))
def test_control_and_format_characters_only_are_invalid(raw: str) -> None:
    assert clean_scan(raw).invalid


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable, max_size=80))
def test_mangle_then_repair_round_trips(text: str) -> None:
    assert repair_de_to_us(mangle_us_to_de(text)) == text


@settings(max_examples=200, deadline=None)
@given(st.randoms(use_true_random=False))
def test_mangled_generated_codes_are_always_recovered(rng: random.Random) -> None:
    code = generate_code(rng)
    for variant in (code, format_for_display(code), format_for_display(code).lower()):
        cleaned = clean_scan(mangle_us_to_de(variant))
        assert code in {cleaned.code, *(c for c, _ in cleaned.alternatives)}


def test_a_ticket_url_without_scheme_yields_its_code():
    for scanned, code in (
        ("tickets.example/e/42/t?code=X7Q2", "X7Q2"),
        ("tickets.example/e/42/ticket/ABC123", "ABC123"),
        ("tickets.example:8443/t?secret=S9", "S9"),
    ):
        clean = clean_scan(scanned)
        assert (clean.code, clean.how) == (code, "url"), scanned
        assert (scanned, "as_scanned") in clean.alternatives  # a list storing the URL
    for plain in ("A/123", "2024.1/55", "K-1001", "anna.berg"):
        assert clean_scan(plain).code == plain and not clean_scan(plain).how


@pytest.mark.parametrize(
    ("typed", "spaced"),
    [
        ("iz17 t2wb dlyn", ("iz17-t2wb-dlyn", "iz17t2wbdlyn")),
        ("AB12   CD34", ("AB12-CD34", "AB12CD34")),
        ("a b c d e f", ()),  # single letters: no code
        ("ab cd", ()),  # too short for a code
        ("Müller Hans", ()),  # not letters and digits of a code
        ("AB-12 CD34", ()),  # mixed separators: left as typed
    ],
)
def test_spaces_typed_for_hyphens_are_alternatives(typed, spaced) -> None:
    found = tuple(c for c, how in clean_scan(typed).alternatives if how.startswith("spaces_"))
    assert found == spaced


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("https://x.example/checkin?code=ABC123&code=XYZ789", "url_two_codes"),
        ("tickets.example/t?code=ABC123&code=XYZ789", "url_two_codes"),
        ("https://x.example/checkin?code=ABC123#code=XYZ789", "url_two_codes"),
        ("https://x.example/checkin?CODE=ABC123&code=XYZ789", "url_two_codes"),
        ('{"secret": "ABC123", "secret": "XYZ789"}', "json_two_codes"),
        (
            '{"checkin_secret": "A-1", "registrant_id": 4, "checkin_secret": "B-2"}',
            "json_two_codes",
        ),
        ('{"a": {"secret": "ABC123"}, "b": {"secret": "XYZ789"}}', "json_two_codes"),
        ('{"ticket": {"code": "ABC123", "code": "XYZ789"}}', "json_two_codes"),
    ],
)
def test_a_payload_with_two_different_codes_is_unreadable_not_its_last(raw, reason) -> None:
    """parse_qsl and json.loads keep the last of two values: a guess between two tickets."""
    result = clean_scan(raw)
    assert (result.code, result.invalid, result.alternatives) == ("", reason, ())


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("https://x.example/checkin?code=ABC123&code=ABC123", "ABC123"),
        ("https://x.example/checkin?code=ABC123#code=ABC123", "ABC123"),
        ('{"secret": "ABC123", "secret": "ABC123"}', "ABC123"),
        ('{"a": {"secret": "ABC123"}, "b": {"secret": "ABC123"}}', "ABC123"),
        # Keys of other names keep their order of precedence (documented in _CODE_KEYS).
        ("https://x.example/checkin?code=ABC123&c=campaign7", "ABC123"),
    ],
)
def test_the_same_code_twice_is_read(raw, code) -> None:
    result = clean_scan(raw)
    assert (result.code, result.invalid) == (code, "")


def test_a_two_code_url_behind_a_german_keyboard_is_unreadable_too() -> None:
    from checkin.core.codes import mangle_us_to_de

    raw = mangle_us_to_de("https://x.example/checkin?code=ABC123&code=XYZ789")
    assert clean_scan(raw).invalid.endswith("url_two_codes")


def test_pretix_signed_secrets_are_read_verbatim() -> None:
    """pretix_sig1 secrets are base64 (A-Z a-z 0-9 + / =, no '.', ':' or '{'): never
    taken for a URL or JSON, so one payload is one code; checked on pretix's own."""
    from tests.pretix_truth import truth

    payloads = [p["payload"] for p in truth("summit")["payloads"] if p["kind"] == "ticket_qr"]
    assert payloads and all(p.startswith("=") for p in payloads)
    for payload in payloads:
        result = clean_scan(payload)
        assert (result.code, result.how, result.invalid) == (payload, "", "")
