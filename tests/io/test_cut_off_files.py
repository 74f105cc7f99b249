"""Damaged files: a list cut off inside a record changes nothing unless a person confirms.

Real lists (the demo list, and lists shaped like Excel's and other programs' exports)
are cut at many seeded random byte offsets, as an interrupted download or a full USB
stick cuts them, and re-imported over the full list with guests who came and badges
that were printed. None may re-import silently with removals of those guests or a
mangled last row.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from checkin.core.importing import (
    FileCutOff,
    ImportQuestion,
    Question,
    WouldRemoveAdmitted,
    import_list,
)
from checkin.core.io import ListFileError, parse_list
from checkin.core.io.listmodel import CutOffReason
from checkin.core.model import LIST_FIELDS, LogEntry, LogKind, Status
from checkin.core.resources import resource
from checkin.core.store.sqlite import SQLiteStore

TZ = timezone(timedelta(hours=1))
AT = datetime(2026, 3, 5, 9, 0, tzinfo=TZ)


def _clock() -> datetime:
    return AT


def _quoted_crlf_list() -> bytes:
    """Excel's "CSV UTF-8": BOM, CRLF, commas, quotes where a cell needs them."""
    rng = random.Random(7)
    lines = ["Code,Vorname,Nachname,Firma,E-Mail,Kategorie,Hinweis"]
    for i in range(60):
        company = rng.choice(['"Müller, Söhne & Co"', "ACME GmbH", '"Die ""Zeit"""', "IHK"])
        note = rng.choice(["", '"Rollstuhl; bitte Rampe"', '"zwei\r\nZeilen"', "VIP"])
        lines.append(
            f"Q{i:03d},Vorname{i},Nachname{i},{company},gast{i}@example.org,"
            f"{rng.choice(['Teilnehmer', 'Referent', 'Presse'])},{note}"
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def _tab_list() -> bytes:
    """Tab-separated, no quoting at all (a database dump), one company with a lone quote."""
    lines = ["Code\tFirst Name\tLast Name\tCompany\tEmail"]
    for i in range(50):
        company = '"Quote Zeitung' if i == 7 else f"Firma {i}"
        lines.append(f"T{i:03d}\tFirst{i}\tLast{i}\t{company}\tt{i}@example.org")
    return ("\n".join(lines) + "\n").encode("utf-8")


LISTS = {
    "demo": lambda: resource("demo", "strategiekonferenz-2017.csv").read_bytes(),
    "excel-quoted-crlf": _quoted_crlf_list,
    "tab-unquoted": _tab_list,
}


def _snapshot(store: SQLiteStore) -> dict[str, tuple]:
    return {
        a.code: (*(getattr(a, f) for f in LIST_FIELDS if f != "source_file"), a.checked_in)
        for a in store.iter_attendees()
    }


def _base_event(tmp_path: Path, name: str, data: bytes) -> tuple[Path, Path]:
    """The full list imported; the first and last few guests came, some have a badge."""
    full = tmp_path / f"{name}.csv"
    full.write_bytes(data)
    base = tmp_path / f"{name}.sqlite3"
    store = SQLiteStore.open(base)
    try:
        import_list(store, full, clock=_clock)
        people = sorted(store.iter_attendees(), key=lambda a: a.source_line or 0)
        for a in people[:3] + people[-3:]:
            assert a.id is not None
            store.check_in(a.id, AT, "D1", "Anna", raw_input=a.code)
        for a in people[3:5] + people[-5:-3]:
            store.append_log(LogEntry(AT, LogKind.BADGE_PRINTED, "D1", "Anna", attendee_id=a.id))
    finally:
        store.close()
    return full, base


def _between_records(data: bytes, offset: int) -> bool:
    """The cut fell where a record ends (before or after its line end): a shorter but
    whole list, which nothing can tell from a real one."""
    return data[:offset].endswith((b"\n", b"\r")) or data[offset:].startswith((b"\n", b"\r"))


@pytest.mark.parametrize("name", sorted(LISTS))
def test_lists_cut_at_random_offsets_never_reimport_silently(tmp_path, name):
    data = LISTS[name]()
    full, base = _base_event(tmp_path, name, data)
    store = SQLiteStore.open(base)
    before = _snapshot(store)
    came = {a.code for a in store.iter_attendees() if a.checked_in is not None}
    store.close()
    header_end = data.index(b"\n") + 1
    rng = random.Random(f"cut-{name}")
    offsets = sorted(rng.sample(range(header_end + 1, len(data) - 1), 40))
    outcomes = {"asked": 0, "whole records": 0}
    for offset in offsets:
        cut = tmp_path / f"cut-{offset}.csv"
        cut.write_bytes(data[:offset])
        event = tmp_path / f"event-{offset}.sqlite3"
        shutil.copy(base, event)
        store = SQLiteStore.open(event)
        try:
            try:
                report = import_list(store, cut, clock=_clock)
            except ImportQuestion as asked:
                outcomes["asked"] += 1
                assert _snapshot(store) == before, f"offset {offset}: changed before asking"
                if not _between_records(data, offset):
                    assert asked.question is Question.CUT_OFF, f"offset {offset}: {asked}"
                continue
            after = _snapshot(store)
            # Imported without a question: every row still on the list is exactly as
            # before (no mangled last row), and no guest who came left the list.
            for code, values in after.items():
                assert code in before, f"offset {offset}: a cut row became guest {code!r}"
                status = values[LIST_FIELDS.index("status")]
                if status is not Status.REMOVED:
                    assert values == before[code], f"offset {offset}: {code} was changed"
                else:
                    assert code not in came, f"offset {offset}: {code} came, removed silently"
            if report.removed:
                outcomes["whole records"] += 1
                assert _between_records(data, offset), f"offset {offset}: removals"
                # Nothing in a CSV tells such a cut: the notes say the file may be one.
                (said,) = [
                    n for n in report.notes if getattr(n, "code", "") == "removed_last_lines"
                ]
                assert said.args["count"] == report.removed, f"offset {offset}"
        finally:
            store.close()
    assert outcomes["asked"] >= 30, outcomes  # nearly every cut falls inside a record


def test_an_open_quote_at_the_end_is_reported_as_cut_off(store, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(
        'Code;Vorname;Nachname;Hinweis\nA1;Anna;Berg;"Rollstuhl; Rampe"\nA2;Ben;Cox;"Roll',
        encoding="utf-8",
    )
    parsed = parse_list(path)
    assert parsed.cut_off is not None
    assert (parsed.cut_off.line, parsed.cut_off.reason) == (3, CutOffReason.OPEN_QUOTE)
    with pytest.raises(FileCutOff) as asked:
        import_list(store, path, clock=_clock)
    assert "line 3" in str(asked.value) and "cut off" in str(asked.value)
    assert store.count_attendees() == 0
    report = import_list(store, path, clock=_clock, confirmed=[Question.CUT_OFF])
    assert report.inserted == 2


def test_a_quote_left_open_after_a_line_break_is_cut_off_too(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(
        'Code;Name;Hinweis\nA0;"Berg; Anna";x\nA1;Ida Uhl;"zwei\nA2;Ben Cox;x\n', encoding="utf-8"
    )
    # The file quotes cells, so A2's row sits inside A1's open note: not a guest.
    assert parse_list(path).cut_off.reason is CutOffReason.OPEN_QUOTE


def test_a_short_last_line_without_line_end_is_cut_off(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Code;Vorname;Nachname;Firma\nA1;Anna;Berg;IHK\nA2;Ben", encoding="utf-8")
    cut = parse_list(path).cut_off
    assert cut is not None and cut.reason is CutOffReason.SHORT_LAST_LINE
    assert cut.excerpt == "A2;Ben"


def test_a_complete_file_without_final_line_end_is_not_cut_off(tmp_path):
    """Google Sheets and Notepad write no line end after the last row."""
    path = tmp_path / "liste.csv"
    path.write_text("Code;Vorname;Nachname\nA1;Anna;Berg\nA2;Ben;Cox", encoding="utf-8")
    parsed = parse_list(path)
    assert parsed.cut_off is None and parsed.last_line_open
    assert [r.attendee.last_name for r in parsed.rows] == ["Berg", "Cox"]


def test_a_cut_inside_the_last_value_is_seen_against_the_stored_guest(store, tmp_path):
    full = tmp_path / "liste.csv"
    full.write_text("Code;Vorname;Nachname;Kategorie\nA1;Anna;Berg;Presse\n", encoding="utf-8")
    import_list(store, full, clock=_clock)
    cut = tmp_path / "liste-cut.csv"
    cut.write_bytes(full.read_bytes()[:-5])  # "...;Pr"
    with pytest.raises(FileCutOff) as asked:
        import_list(store, cut, clock=_clock)
    assert asked.value.cut_off.reason is CutOffReason.LAST_VALUE_CUT
    assert store.find_by_code("A1")[0].category == "Presse"
    same = tmp_path / "liste-ohne-zeilenende.csv"
    same.write_bytes(full.read_bytes()[:-1])  # only the line end is missing: unchanged
    assert import_list(store, same, clock=_clock).unchanged == 1


def test_a_cut_status_does_not_bring_a_cancelled_guest_back(store, tmp_path):
    full = tmp_path / "liste.csv"
    full.write_text("Code;Vorname;Nachname;Status\nA1;Anna;Berg;storniert\n", encoding="utf-8")
    import_list(store, full, clock=_clock)
    cut = tmp_path / "liste-cut.csv"
    cut.write_bytes(full.read_bytes()[:-6])  # "storn"
    with pytest.raises(FileCutOff):
        import_list(store, cut, clock=_clock)
    assert store.find_by_code("A1")[0].status is Status.CANCELLED


def test_workbooks_cut_anywhere_are_refused_as_cut_off(store, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Code", "Vorname", "Nachname"])
    for i in range(200):
        wb.active.append([f"X{i}", f"Vorname{i}", f"Nachname{i}"])
    whole = tmp_path / "liste.xlsx"
    wb.save(whole)
    data = whole.read_bytes()
    rng = random.Random("xlsx")
    for offset in sorted(rng.sample(range(100, len(data) - 1), 25)):
        path = tmp_path / f"cut-{offset}.xlsx"
        path.write_bytes(data[:offset])
        with pytest.raises(ListFileError) as refused:
            import_list(store, path, clock=_clock)
        assert "cut off" in str(refused.value), offset
        assert store.count_attendees() == 0
    with zipfile.ZipFile(whole) as z:  # the whole file is a fine workbook
        assert z.testzip() is None
    assert import_list(store, whole, clock=_clock).inserted == 200


def test_removing_guests_who_came_or_have_a_badge_says_who_and_asks(store, tmp_path):
    full = tmp_path / "liste.csv"
    full.write_text(
        "Code;Vorname;Nachname\nA1;Anna;Berg\nA2;Ben;Cox\nA3;Cem;Dag\nA4;Dora;Eck\n",
        encoding="utf-8",
    )
    import_list(store, full, clock=_clock)
    ben, cem = store.find_by_code("A2")[0], store.find_by_code("A3")[0]
    store.check_in(ben.id, AT, "D1", "Anna", raw_input="A2")
    store.append_log(LogEntry(AT, LogKind.BADGE_PRINTED, "D1", "Anna", attendee_id=cem.id))
    shorter = tmp_path / "liste-neu.csv"
    shorter.write_text("Code;Vorname;Nachname\nA1;Anna;Berg\n", encoding="utf-8")
    with pytest.raises(WouldRemoveAdmitted) as asked:
        import_list(store, shorter, clock=_clock)
    assert asked.value.admitted == ("Ben Cox", "Cem Dag")  # Dora Eck neither came nor printed
    assert "Ben Cox, Cem Dag" in str(asked.value)
    assert all(a.status is Status.ACTIVE for a in store.iter_attendees())
    assert import_list(store, shorter, clock=_clock, keep_missing=True).removed == 0
    report = import_list(store, shorter, clock=_clock, confirmed=[Question.REMOVE_ADMITTED])
    assert report.removed == 3


def test_a_tab_separated_file_without_quoting_keeps_a_lone_quote_as_text(tmp_path):
    path = tmp_path / "export.tsv"
    path.write_bytes(_tab_list())
    parsed = parse_list(path)
    assert len(parsed.rows) == 50  # not 49 rows swallowed by the open quote
    assert parsed.rows[7].attendee.company == '"Quote Zeitung'
    assert parsed.rows[8].attendee.last_name == "Last8"


def test_a_quoted_cell_holding_the_separator_still_reads_as_one_cell(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(
        'Vorname;Nachname;Firma\nAnna;Berg;"Müller; Söhne"\nBen;Cox;"Zeile\nzwei"\n',
        encoding="utf-8",
    )
    rows = parse_list(path).rows
    assert [r.attendee.company for r in rows] == ["Müller; Söhne", "Zeile\nzwei"]


def test_a_csv_error_says_which_line_in_words_not_pythons_hint(tmp_path):
    path = tmp_path / "kaputt.csv"
    path.write_bytes(
        'Vorname;Nachname\n,aü"\r\n\r\n;\n\t\nbü\tb;\t\r\n\nüaüa\r,,,\r\n;;\t'.encode()
    )
    with pytest.raises(ListFileError) as refused:
        parse_list(path)
    said = str(refused.value)
    assert "universal-newline" not in said and "do you need" not in said
    assert said.startswith("Line ") and "line break inside a cell" in said


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checkin", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={**os.environ, "CHECKIN_DB": ""},
    )


def test_cli_reports_a_cut_off_file_and_imports_it_only_when_told(tmp_path):
    db = tmp_path / "event.sqlite3"
    path = tmp_path / "liste.csv"
    path.write_text("Code;Vorname;Nachname\nA1;Anna;Berg\nA2;Ben", encoding="utf-8")
    refused = _cli("import", str(path), "--db", str(db), cwd=tmp_path)
    assert refused.returncode == 1
    assert "cut off at line 3" in refused.stderr and "--allow-cut-off" in refused.stderr
    assert not db.exists()  # a first import that did not happen leaves no event
    done = _cli("import", str(path), "--db", str(db), "--allow-cut-off", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "2 new" in done.stdout


def test_a_first_import_killed_midway_leaves_no_event(tmp_path):
    big = tmp_path / "gross.csv"
    big.write_text(
        "Code;Vorname;Nachname;Firma\n"
        + "".join(f"K{i:06d};Vorname{i};Nachname{i};Firma {i % 97}\n" for i in range(150_000)),
        encoding="utf-8",
    )
    db = tmp_path / "event.sqlite3"
    importing = subprocess.Popen(
        [sys.executable, "-m", "checkin", "import", str(big), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "CHECKIN_DB": ""},
    )
    try:
        # Killed while the guests are being written: the staged file's journal grows.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and importing.poll() is None:
            wal = [p for p in tmp_path.glob(".event.sqlite3.importing-*-wal")]
            if wal and wal[0].stat().st_size > 1_000_000:
                break
            time.sleep(0.005)
        assert importing.poll() is None, "the import ended before it could be killed"
        importing.send_signal(signal.SIGKILL)
    finally:
        importing.wait(timeout=60)
    assert not db.exists()
    for command in (("scan", "K000001"), ("list",), ("stats",)):
        said = _cli(*command, "--db", str(db), cwd=tmp_path)
        assert said.returncode == 1 and "There is no event at" in said.stderr, command
    assert list(tmp_path.glob(".event.sqlite3.importing-*"))  # what the killed import left
    small = tmp_path / "klein.csv"
    small.write_text("Code;Vorname;Nachname\nA1;Anna;Berg\n", encoding="utf-8")
    assert _cli("import", str(small), "--db", str(db), cwd=tmp_path).returncode == 0
    assert not list(tmp_path.glob(".event.sqlite3.importing-*"))  # wiped: it held names
    assert "ADMITTED" in _cli("scan", "A1", "--db", str(db), cwd=tmp_path).stdout


def test_guests_taken_off_by_a_csv_are_noted_as_a_possible_cut(store, tmp_path):
    """A cut at a line end cannot be seen in a CSV: the import says so where it removes
    guests; a workbook (its ZIP directory is checked) needs no such note."""
    rows = [f"G{i:02d};Vorname{i};Nachname{i}" for i in range(12)]
    full = tmp_path / "liste.csv"
    full.write_text("Code;Vorname;Nachname\n" + "\n".join(rows) + "\n", encoding="utf-8")
    import_list(store, full, clock=_clock)
    middle = tmp_path / "ohne-g05.csv"
    middle.write_text(
        "Code;Vorname;Nachname\n" + "\n".join(r for r in rows if r[:3] != "G05") + "\n",
        encoding="utf-8",
    )
    report = import_list(store, middle, clock=_clock)
    assert report.removed == 1
    assert [n.code for n in report.notes if hasattr(n, "code")] == ["removed_maybe_cut"]
    import_list(store, full, clock=_clock)
    tail = tmp_path / "bis-g09.csv"
    tail.write_text("Code;Vorname;Nachname\n" + "\n".join(rows[:10]) + "\n", encoding="utf-8")
    report = import_list(store, tail, clock=_clock)
    assert report.removed == 2
    (said,) = [n for n in report.notes if getattr(n, "code", "") == "removed_last_lines"]
    assert (said.args["count"], said.args["line"]) == (2, 12)
    import_list(store, full, clock=_clock)
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Code", "Vorname", "Nachname"])
    for r in rows[:10]:
        sheet.append(r.split(";"))
    book.save(tmp_path / "bis-g09.xlsx")
    report = import_list(store, tmp_path / "bis-g09.xlsx", clock=_clock)
    assert report.removed == 2
    assert not [n for n in report.notes if str(getattr(n, "code", "")).startswith("removed_")]
