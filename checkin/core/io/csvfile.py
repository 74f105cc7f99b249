"""CSV/TSV bytes -> Source: encoding detected, delimiter sniffed, physical line numbers kept.

Handles UTF-8 with or without BOM, UTF-16 (Excel "Unicode text"), Windows-1252,
a stray Windows-1252 line inside a UTF-8 file (read by fallback and reported),
Excel's `sep=;` line, CR/LF/CRLF (and a bare CR inside an LF file), quoted line
breaks, NUL bytes and UTF-8 that was encoded twice ("MÃ¼ller").
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Literal

from checkin.core.io.headers import score_header_row
from checkin.core.io.listmodel import CutOff, CutOffReason, ListFileError
from checkin.core.io.source import HEADER_SCAN_ROWS, Ending, Source, split_header
from checkin.core.notes import Note

_DELIMITERS = (";", ",", "\t", "|")

csv.field_size_limit(16 * 1024 * 1024)


#: The letters beyond ASCII of the languages each Windows code page was made for.
#: A word is plausible when one alphabet holds all its letters: "Dvořák" is Czech,
#: but "Dvoøák" (the same bytes read as Western) needs ø and á at once, which no
#: Western language writes; "Ĺngström" (Swedish read as Central European) needs
#: Slovak ĺ and Hungarian ö at once.
_ALPHABETS = {
    "cp1252": (
        "äöüß",  # German
        "àâæçéèêëîïôœùûüÿ",  # French
        "áéíñóúüºª",  # Spanish (with the ordinal signs of "Nº", "2º B")
        "áâãàçéêíóôõúºª",  # Portuguese
        "àèéìíîòóùúºª",  # Italian
        "àçèéíïòóúü",  # Catalan
        "áéèëïóöü",  # Dutch
        "æøåéäöü",  # Danish, Norwegian
        "åäöéšž",  # Swedish, Finnish
        "áæéíðóöúýþ",  # Icelandic
    ),
    "cp1250": (
        "äöüßé",  # German
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Slovenian, Croatian
        "ăâîşţ",  # Romanian
    ),
}
_ALPHABET_SETS = {
    codec: tuple(frozenset(a + a.upper()) for a in alphabets)
    for codec, alphabets in _ALPHABETS.items()
}
#: Letters of either code page that names hardly ever need (Slovak ĺ ŕ, Icelandic ð þ,
#: the grave ì ò ù that Italian and French write almost only at the end of a word):
#: a word that is plausible only through one of them counts for less.
_RARE_LETTERS = frozenset("ĺĹŕŔðÐþÞìÌòÒùÙ")
#: A word (runs between separators, spaces and punctuation) that holds a non-ASCII character.
_FOREIGN_WORD = re.compile(
    r"[^\s;,|\"'()/.:!?&+*=\[\]{}<>0-9-]*[^\x00-\x7f][^\s;,|\"'()/.:!?&+*=\[\]{}<>0-9-]*"
)


def _plausibility(text: str, codec: str) -> float:
    """How well `text`, decoded with `codec`, reads as words of that code page's languages."""
    alphabets = _ALPHABET_SETS[codec]
    points = 0.0
    for word in _FOREIGN_WORD.findall(text):
        letters = {ch for ch in word if not ch.isascii()}
        if any(letters <= alphabet for alphabet in alphabets):
            points += 0.5 if letters & _RARE_LETTERS else 1.0
        else:
            points -= 1.0  # symbols such as £ ³ ¿, or letters no one language writes together
    return points


def _legacy_codec(data: bytes) -> str:
    """Windows-1252 (Western) or Windows-1250 (Central European) for a non-UTF-8 list.

    German umlauts sit at the same bytes in both, but a Czech or Polish list saved
    by Excel on a Central European Windows turns Dvořák into "Dvoøák" and Łukasz
    into "£ukasz" when read as 1252, and a Danish or French one turns Søren into
    "Sřren" and Lefèvre into "Lefčvre" when read as 1250. Each word is judged by
    the letters it holds (see `_ALPHABETS`); the decoding whose words read as real
    words wins, and a tie stays Western.
    """
    sample = data[:200_000]
    western = _plausibility(sample.decode("cp1252", errors="replace"), "cp1252")
    central = _plausibility(sample.decode("cp1250", errors="replace"), "cp1250")
    return "cp1250" if central > western else "cp1252"


def _decode_legacy(data: bytes, codec: str = "cp1252") -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return data.decode(codec, errors="replace") if codec != "cp1252" else data.decode("latin-1")


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.4 and even < 0.1:
        return "utf-16-le"
    if even > 0.4 and odd < 0.1:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str, list[int]]:
    """(text, encoding name, physical lines that needed the Windows-1252 fallback)."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_utf8_with_fallback(data[3:], "utf-8-sig")
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(name, errors="replace"), "utf-16", []
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), "utf-16", []
    return _decode_utf8_with_fallback(data, "utf-8")


def _decode_utf8_with_fallback(data: bytes, name: str) -> tuple[str, str, list[int]]:
    try:
        return data.decode("utf-8"), name, []
    except UnicodeDecodeError:
        pass
    separator = b"\n" if b"\n" in data else b"\r"
    lines = data.split(separator)
    decoded: list[str] = []
    fallback: list[int] = []
    utf8_lines = 0
    for number, raw in enumerate(lines, start=1):
        try:
            text = raw.decode("utf-8")
            if not raw.isascii():
                utf8_lines += 1
        except UnicodeDecodeError:
            text = _decode_legacy(raw)
            fallback.append(number)
        decoded.append(text)
    if utf8_lines == 0:
        # Nothing in the file is UTF-8 beyond ASCII: a Windows code page (or Latin-1) file.
        codec = _legacy_codec(data)
        return _decode_legacy(data, codec), codec, []
    return separator.decode().join(decoded), name, fallback


#: What Windows-1252 (or Latin-1) shows for UTF-8's continuation bytes 0x80-0xBF.
_CONTINUATIONS = "".join(
    sorted(
        {chr(b) for b in range(0x80, 0xC0)}
        | {bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xC0)} - {""}
    )
)
#: UTF-8 read as Windows-1252 and saved again: "MÃ¼ller", "StraÃŸe", "DvoÅ™Ã¡k", "â€“".
#: One pattern per lead character (U+0080-U+017F and punctuation), each found by a fast
#: search for its first, literal character.
_MOJIBAKE = {
    lead: re.compile(lead + (f"[{re.escape(_CONTINUATIONS)}]" if lead != "â" else "€"))
    for lead in "ÃÂÄÅâ"
}
#: Windows-1252's letters and signs for 0x80-0x9F back to those byte values (as Latin-1).
_UNDO_CP1252 = {
    ord(ch): b for b in range(0x80, 0xA0) if (ch := bytes([b]).decode("cp1252", "ignore"))
}


def _find_mojibake(text: str) -> int:
    """Where the first double-encoded character sits in `text`, or -1.

    The lead characters are looked for first (a few fast scans), so a list
    without any of them costs next to nothing.
    """
    found = [
        m.start()
        for lead, pattern in _MOJIBAKE.items()
        if lead in text and (m := pattern.search(text))
    ]
    return min(found, default=-1)


def _undo_double_encoding(text: str) -> str | None:
    """The UTF-8 text that was read as Windows-1252, or None if `text` is not all such."""
    try:
        return text.translate(_UNDO_CP1252).encode("latin-1").decode("utf-8")
    except UnicodeError:
        return None


def _word_around(text: str, at: int) -> str:
    """The word (between spaces and separators) that holds position `at`, for a message."""
    head, tail = text[max(0, at - 40) : at], text[at : at + 40]
    breaks = ' \r\n;,\t|"'
    start = max(head.rfind(c) for c in breaks) + 1
    end = min((i for i in (tail.find(c) for c in breaks) if i >= 0), default=len(tail))
    return head[start:] + tail[:end]


def _double_encoding_note(text: str, at: int) -> tuple[str | None, str]:
    """(the repaired text or None, a warning) for text with mojibake at `at`."""
    example = _word_around(text, at)
    guess = _undo_double_encoding(example)
    shown = f'"{example}" for "{guess}"' if guess else f'"{example}"'
    repaired = _undo_double_encoding(text)
    if repaired is not None:
        return repaired, Note(
            "double_encoding_repaired",
            "The file's text had been encoded twice ({example}: UTF-8 read as Windows-1252 "
            "and saved again); it was repaired.",
            example=shown,
        )
    return None, Note(
        "double_encoding_suspected",
        "Some text looks double-encoded ({example}: UTF-8 read as Windows-1252 and saved "
        "again); it was read as it is. Check these names in the list.",
        example=shown,
    )


def binary_file() -> ListFileError:
    return ListFileError(
        "This file is not a text list (it contains binary data). "
        "Export the guest list as CSV or Excel (.xlsx) and import that file."
    )


def _check_not_binary(text: str) -> None:
    sample = text[:200_000]
    bad = sum(1 for ch in sample if (ch < " " and ch not in "\t\r\n") or ch == "\ufffd")
    if bad > 3 and bad > len(sample) // 200:
        raise binary_file()


def _decoded_lines(
    data: bytes, encoding: str, fallback: set[int], *, strip_nul: bool, position: list[int]
) -> Iterator[str]:
    """Physical lines of `data` as text, each decoded like `decode` decided.

    `position[0]` is kept at the byte offset where the line last handed out ends.
    """
    start = 3 if encoding == "utf-8-sig" else 0
    position[0] = start
    legacy = encoding in ("cp1252", "cp1250")
    size = len(data)
    number = 0
    while start < size:
        end = data.find(b"\n", start)
        end = size if end < 0 else end + 1
        position[0] = end
        number += 1
        raw = data[start:end]
        if legacy:
            line = _decode_legacy(raw, encoding)
        elif number in fallback:
            line = _decode_legacy(raw)
        else:
            line = raw.decode("utf-8")
        yield line.replace("\x00", "") if strip_nul else line
        start = end


def _header_has_one_column(lines: list[str]) -> bool:
    """True when the row that looks most like the header is a single known field ("Name").

    Every line among the first rows is scored, split at each separator it holds,
    the way `split_header` scores rows: most recognised fields, then the fuller
    row. Titles above the header ("Teilnehmer", "Stand: 01.03.2025") thus lose
    to a header such as "Vorname;Nachname;Firma" however far down it sits.
    """
    best, one_column = (0, 0), False
    for line in lines[:HEADER_SCAN_ROWS]:
        splits = [line.split(d) for d in _DELIMITERS if d in line] or [[line]]
        for cells in splits:
            score = (score_header_row(cells), sum(1 for c in cells if c.strip()))
            if score[0] and score > best:
                best, one_column = score, len(cells) == 1
    return one_column


def _has_bare_cr(data: bytes) -> bool:
    """A CR that is not part of a CRLF (two fast scans, none for a file without CRs)."""
    return b"\r" in data and data.count(b"\r") != data.count(b"\r\n")


def _usual_separators(text: str, delimiter: str) -> int:
    """How many separators a record usually holds: the most common count per LF line.

    Lines are cut at LF only, so a CR inside a field does not make two short lines;
    on a tie the smaller count wins, as lines holding two records count double.
    """
    counts = [ln.count(delimiter) for ln in text[:200_000].split("\n")[:200] if ln.strip()]
    return max(set(counts), key=lambda c: (counts.count(c), -c)) if counts else 0


def _split_unquoted_crs(body: str, quoted: bool) -> tuple[list[str], bool]:
    """`body` cut at each CR outside quotes, and whether a quoted field is open after it."""
    pieces = [""]
    for index, segment in enumerate(body.split('"')):
        if index:
            pieces[-1] += '"'
            quoted = not quoted
        if quoted:
            pieces[-1] += segment
        else:
            first, *rest = segment.split("\r")
            pieces[-1] += first
            pieces.extend(rest)
    return pieces, quoted


def _bare_crs_resolved(lines: Iterator[str], delimiter: str, usual: int) -> Iterator[str]:
    """Lines with each bare CR read as a line break, or dropped where it sits inside a field.

    Editors show a bare CR (an old Mac line end, or one pasted into a web form) as a
    line break, and so does this reader when the text on either side of it holds a
    whole record ("Anna;Schmidt\rBen;Meier"). When neither side does
    ("Anna;Schm\ridt;ACME", "Meier\r;Beta") the CR sits inside a field and is
    dropped; an empty line is passed on in its place so that later rows keep the
    line numbers an editor shows. CRs inside quoted fields are left to the CSV reader.
    """
    quoted = False
    pending = 0
    for line in lines:
        ending = "\r\n" if line.endswith("\r\n") else "\n" if line.endswith("\n") else ""
        body = line[: len(line) - len(ending)]
        if "\r" not in body:
            if line.count('"') % 2:
                quoted = not quoted
            yield line
        else:
            pieces, quoted = _split_unquoted_crs(body, quoted)
            record = pieces[0]
            for piece in pieces[1:]:
                if record.count(delimiter) >= usual or piece.count(delimiter) >= usual:
                    yield record + "\n"
                    record = piece
                else:
                    record += piece
                    pending += 1
            yield record + ending
        if pending and not quoted:
            yield from [""] * pending
            pending = 0


def _sniff_delimiter(text: str) -> str:
    sample = "\n".join(itertools.islice((ln for ln in text[:200_000].splitlines() if ln), 60))
    if _header_has_one_column([ln for ln in sample.splitlines() if ln.strip()]):
        # One column under a known header ("Name"): the comma in "Müller, Anna" is not a
        # column break. Take the separator the list uses least (none at all, usually).
        return min(_DELIMITERS, key=sample.count)
    best, best_score = ";", (False, 0.0, 0)
    for delimiter in _DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        mode = max(set(counts), key=lambda c: (counts.count(c), c))
        score = (mode > 1, round(counts.count(mode) / len(counts), 1), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


#: A cell that opens a quote it never closes: `"Die Zeit` in a list written without quoting.
_OPENED_CELL = '(?:^|{d})"[^"{d}\r\n]*(?={d}|\r?$)'
#: A quoted cell (`"Meier; Anna"`, `"Die ""Zeit"""`), or the end of one that holds the
#: separator or a line break (`Anna"`).
_QUOTED_CELL = '(?:^|{d})(?:"(?:[^"]|"")*|[^"{d}\r\n]+)"(?={d}|\r?$)'


def _quotes_are_text(text: str, delimiter: str) -> bool:
    """True when the file uses no CSV quoting, so a `"` is a character like any other.

    Programs that write tab-separated text without quoting leave a company such as
    `"Die Zeit` as it is; read with quoting, that cell would swallow every row up to
    the next quote. A cell opening a quote is taken as text only when no cell in the
    file is quoted. The last line does not count: a quote opened there is where an
    interrupted download stopped.
    """
    if '"' not in text:
        return False
    body = text[: text.rstrip("\r\n").rfind("\n") + 1]
    d = re.escape(delimiter)
    if not re.search(_OPENED_CELL.format(d=d), body, re.MULTILINE):
        return False
    return not re.search(_QUOTED_CELL.format(d=d), text, re.MULTILINE)


def _csv_trouble(error: csv.Error) -> str:
    """What a CSV reader error means, in words for the person importing (not Python's hints)."""
    said = str(error)
    if "new-line character" in said:
        return "a line break inside a cell that is not in quotes"
    if "field larger than field limit" in said:
        return "a cell longer than 16 MB (probably a quote that is never closed)"
    if "NUL" in said:
        return "a NUL character"
    return "its quotes or separators are malformed"


def _cut_off(
    raw: str, line: int, widths: list[int], delimiter: str, quoting: int, last_line_open: bool
) -> CutOff | None:
    """Whether the file ends inside its last record (`raw`, from `line` on), and how it shows.

    A quote still open at the end of the file, or a last line without its line end
    holding fewer cells than the record before it: an interrupted download or a full
    USB stick, not the end of the list.
    """
    previous, last = widths
    reason = None
    if quoting != csv.QUOTE_NONE and '"' in raw:
        try:
            for _ in csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter, strict=True):
                pass
        except csv.Error as error:
            if "unexpected end of data" in str(error):
                reason = CutOffReason.OPEN_QUOTE
    if reason is None and last_line_open and previous and last < previous:
        reason = CutOffReason.SHORT_LAST_LINE
    if reason is None:
        return None
    excerpt = " ".join(raw.split())
    return CutOff(line, reason, excerpt[:60] + ("…" if len(excerpt) > 60 else ""))


def csv_source(data: bytes, modified: datetime | None, delimiter: str | None = None) -> Source:
    """A CSV/TSV list; `delimiter` overrides the sniffed column separator."""
    text, encoding, fallback = decode(data)
    nul_count = text.count("\x00")
    if nul_count:
        if nul_count > len(text) // 10:
            raise binary_file()
        text = text.replace("\x00", "")
    _check_not_binary(text)
    if not text.strip():
        raise ListFileError("The file is empty. Choose the file with the guest list.")
    warnings_: list[str] = []
    if nul_count:
        warnings_.append(
            Note("nul_removed", "{count} NUL characters were removed.", count=nul_count)
        )
    mojibake = _find_mojibake(text) if encoding != "cp1252" and encoding != "cp1250" else -1
    if mojibake >= 0:
        # A whole file encoded twice is repaired: every name in it is wrong the same
        # way, and undoing it is exact. Mixed files are only reported: which names
        # are wrong is a guess there.
        repaired, note = _double_encoding_note(text, mojibake)
        warnings_.append(note)
        if repaired is not None:
            text = repaired
            data = repaired.encode("utf-8")
            encoding = "utf-8" if encoding == "utf-8-sig" else encoding
    skip_first = False
    first_line = text[:20].splitlines()[0] if text[:20].splitlines() else ""
    if first_line.strip().casefold().startswith("sep=") and len(first_line.strip()) in (4, 5):
        delimiter = delimiter or first_line.strip()[4:] or ","
        skip_first = True
    elif not delimiter:
        delimiter = _sniff_delimiter(text)
    total = max(text.count("\n"), text.count("\r")) or 1
    last_line_open = text[-1:] not in ("\n", "\r")
    quotes_are_text = _quotes_are_text(text, delimiter)
    position = [0]
    lines: Iterator[str] | io.StringIO
    if encoding in ("utf-8", "utf-8-sig", "cp1252", "cp1250") and b"\n" in data:
        # Decode line by line from the bytes, so the whole text is not kept alongside the rows.
        lines = _decoded_lines(
            data, encoding, set(fallback), strip_nul=bool(nul_count), position=position
        )
        if _has_bare_cr(data):
            lines = _bare_crs_resolved(lines, delimiter, _usual_separators(text, delimiter))
    else:
        lines = io.StringIO(text, newline="")
    del text
    ending = Ending(last_line_open=last_line_open)
    quoting: Literal[0, 3] = csv.QUOTE_NONE if quotes_are_text else csv.QUOTE_MINIMAL
    reader = csv.reader(lines, delimiter=delimiter, strict=False, quoting=quoting)
    if isinstance(lines, io.StringIO):
        buffered = lines

        def where() -> int:
            return buffered.tell()

        def raw_from(offset: int) -> str:
            return buffered.getvalue()[offset:]

    else:

        def where() -> int:
            return position[0]

        def raw_from(offset: int) -> str:
            return data[offset:].decode(
                "utf-8" if encoding.startswith("utf-8") else encoding, errors="replace"
            )

    def rows() -> Iterator[tuple[int, list[str]]]:
        previous = 0
        record_at = next_at = where()  # offsets of the latest record and of the next one
        start = 0
        widths = [0, 0]  # cells in the record before the latest one, and in the latest one
        try:
            for cells in reader:
                start = previous + 1
                previous = reader.line_num
                record_at, next_at = next_at, where()
                widths[0], widths[1] = widths[1], len(cells)
                if skip_first and start == 1:
                    continue
                yield start, cells
        except csv.Error as error:
            raise ListFileError(
                f"Line {previous + 1} cannot be read as CSV: {_csv_trouble(error)}. "
                "Check the file in a spreadsheet program and export it again."
            ) from error
        if start:
            ending.cut_off = _cut_off(
                raw_from(record_at), start, widths, delimiter, quoting, last_line_open
            )

    overflow: list[tuple[int, list[str]]] = []
    header_line, headers, data_rows = split_header(rows(), overflow)
    if fallback:
        warnings_.append(
            Note(
                "lines_not_utf8",
                "{count} line(s) were not UTF-8 and were read as Windows-1252 (first: line {first}).",
                count=len(fallback),
                first=fallback[0],
            )
        )
    return Source(
        headers=headers,
        rows=data_rows,
        format="csv",
        header_line=header_line,
        total=total,
        encoding=encoding,
        delimiter=delimiter,
        warnings=warnings_,
        fallback_lines=fallback,
        modified=modified,
        overflow=overflow,
        ending=ending,
    )
