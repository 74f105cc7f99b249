"""Indico 3.2.9's own exports (tests/fixtures/real/indico, by scripts/make-real-indico-exports).

Each file is read and imported through the CLI and compared with Indico's database
truth written beside it; then every ticket QR payload Indico's ticket code drew, and
every registration ID as staff type it, is scanned at the door and must get the
verdict Indico's own check-in would give. The fixtures themselves are checked too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from indico_truth import (
    ALL,
    EXPORTS,
    LANGS,
    REAL,
    check_stored,
    expected_replay,
    flow,
    lang_of,
    scans,
    truth,
)

from checkin.core.codes import clean_scan
from checkin.core.io import ListFileError, parse_list
from checkin.core.model import Status
from checkin.core.store.sqlite import SQLiteStore


@pytest.mark.parametrize("name", EXPORTS)
def test_every_indico_export_reads_each_registration_as_indico_knows_it(name):
    known_all = truth(lang_of(name))
    parsed = parse_list(REAL / name)
    assert parsed.source_format == "Indico registrations"
    assert parsed.cut_off is None
    assert sorted(int(r.attendee.code) for r in parsed.rows) == sorted(known_all)
    for row in parsed.rows:
        known = known_all[int(row.attendee.code)]
        a = row.attendee
        assert (a.first_name, a.last_name) == (known["first_name"], known["last_name"])
        assert a.email == known["email"]
        # Indico's CSV writer strips a formula's leading "=" ("=Formel AG"); Excel keeps it.
        company = known["affiliation"]
        assert a.company == (company.lstrip("=+-@") if name.endswith(".csv") else company)
        assert a.title == known["title"]
        if known["state"] in ("withdrawn", "rejected"):
            assert a.status is Status.CANCELLED
        if "-checkin" in name:
            assert (row.checked_in_at is not None) is known["checked_in"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_fixtures_ticket_payloads_are_indicos_qr_json(lang):
    known_all = truth(lang)
    tickets = json.loads((REAL / f"tickets-{lang}.json").read_text(encoding="utf-8"))
    registrants = json.loads((REAL / f"registrants-{lang}.json").read_text(encoding="utf-8"))
    assert sorted(t["friendly_id"] for t in tickets) == sorted(known_all)
    for ticket in tickets:
        known = known_all[ticket["friendly_id"]]
        payload = json.loads(ticket["payload"])
        assert payload["checkin_secret"] == known["ticket_uuid"]
        assert payload["registrant_id"] == known["registrant_id"]
        assert clean_scan(ticket["payload"]).code == known["ticket_uuid"]  # the door's reading
    # The registrants API lists the active registrations (not withdrawn or rejected)
    # with their check-in secrets; the CSV and Excel exports carry neither.
    active = {r["ticket_uuid"] for r in known_all.values() if r["is_active"]}
    assert {r["checkin_secret"] for r in registrants["registrants"]} == active


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checkin", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CHECKIN_DB": ""},
    )


@pytest.mark.parametrize("name", ALL)
def test_cli_imports_each_indico_fixture_and_the_door_answers_as_indico(tmp_path, name):
    lang = lang_of(name)
    db = tmp_path / "event.sqlite3"
    for path in flow(name):
        done = _cli("import", str(REAL / path), "--db", str(db), "--json")
        assert done.returncode == 0, done.stderr
        summary = json.loads(done.stdout.splitlines()[0])
    if name.endswith(".json"):
        assert summary["format"] == "Indico registrants (JSON)"
        assert summary["codes_changed"] == sum(r["is_active"] for r in truth(lang).values())
    else:  # says it cannot match Indico's tickets, and what to export instead
        assert summary["format"] == "Indico registrations"
        assert any("registrants JSON" in note for note in summary["notes"])
    store = SQLiteStore.open(db)
    try:
        check_stored(store, name)
    finally:
        store.close()
    replay = scans(lang)
    said = _cli("scan", "--db", str(db), "--json", "-", stdin="".join(f"{s}\n" for *_, s in replay))
    verdicts = [json.loads(line)["verdict"] for line in said.stdout.splitlines()]
    assert len(verdicts) == len(replay), said.stderr
    expected = expected_replay(name)
    for (_friendly_id, scanned, raw), verdict, owed in zip(replay, verdicts, expected, strict=True):
        assert verdict == owed, (scanned, raw)


@pytest.mark.parametrize("lang", LANGS)
def test_the_registrants_json_alone_asks_before_admitting_unknown_states(tmp_path, lang):
    db = tmp_path / "event.sqlite3"
    path = REAL / f"registrants-{lang}.json"
    asked = _cli("import", str(path), "--db", str(db))
    assert asked.returncode == 1
    assert "without saying whether they await approval or payment" in asked.stderr
    assert "--allow-unknown-states" in asked.stderr and not db.exists()
    done = _cli("import", str(path), "--db", str(db), "--allow-unknown-states")
    assert done.returncode == 0, done.stderr
    active = [r for r in truth(lang).values() if r["is_active"]]
    assert f"{len(active)} new" in done.stdout


def test_a_cut_off_registrants_json_is_refused_as_cut_off(tmp_path):
    data = (REAL / "registrants-de.json").read_bytes()
    for offset in range(40, len(data) - 2, 97):
        path = tmp_path / f"cut-{offset}.json"
        path.write_bytes(data[:offset])
        with pytest.raises(ListFileError) as refused:
            parse_list(path)
        assert "cut off" in str(refused.value), offset


def test_json_that_is_not_indicos_registrants_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"attendees": [{"name": "Anna"}]}', encoding="utf-8")
    with pytest.raises(ListFileError) as refused:
        parse_list(path)
    assert "not Indico's list of registrants" in str(refused.value)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("again", ["registrations-{lang}.csv", "registrations-{lang}-checkin.xlsx"])
def test_the_list_imported_again_after_the_json_keeps_the_ticket_secrets(tmp_path, lang, again):
    """The states refreshed from Indico's list the next morning: its codes are the
    registration IDs, but the secrets the JSON gave stay the codes, so every ticket QR
    and typed ID is answered as after the JSON (not "unknown" for every ticket)."""
    from checkin.core.importing import import_list
    from checkin.core.rules import CheckInService
    from tests.conftest import FakeClock

    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    try:
        for path in (*flow(f"registrants-{lang}.json"), again.format(lang=lang)):
            report = import_list(store, REAL / path)
        assert report.codes_changed == 0 and report.removed == 0
        # ...and the import no longer says that scanned tickets will read "unknown"
        assert not [n for n in report.notes if getattr(n, "code", "") == "indico_no_qr"]
        active = {r["ticket_uuid"] for r in truth(lang).values() if r["is_active"]}
        assert active <= {a.code for a in store.iter_attendees()}
        service = CheckInService(store, FakeClock())
        for (_id, scanned, raw), owed in zip(
            scans(lang), expected_replay(f"registrants-{lang}.json"), strict=True
        ):
            assert str(service.scan(raw, "D1", "Anna").kind) == owed, (scanned, raw)
    finally:
        store.close()
