"""Indico 3.2.9's own exports (tests/fixtures/real/indico, by scripts/make-real-indico-exports).

Each file is compared with Indico's database truth written beside it. The fixtures
themselves are checked too: every ticket payload is the JSON Indico's ticket code
puts in the QR image, naming the registration's check-in secret.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.core.codes import clean_scan
from checkin.core.io import parse_list
from checkin.core.model import Status

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "indico"
LANGS = ("de", "en")
EXPORTS = [
    f"registrations-{lang}{suffix}.{ext}"
    for lang in LANGS
    for suffix in ("", "-checkin")
    for ext in ("csv", "xlsx")
]


def _truth(lang: str) -> dict[int, dict]:
    data = json.loads((REAL / f"truth-{lang}.json").read_text(encoding="utf-8"))
    return {r["friendly_id"]: r for r in data["registrations"]}


@pytest.mark.parametrize("name", EXPORTS)
def test_every_indico_export_reads_each_registration_as_indico_knows_it(name):
    truth = _truth(name.split("-")[1].split(".")[0])
    parsed = parse_list(REAL / name)
    assert parsed.source_format == "Indico registrations"
    assert parsed.cut_off is None
    assert sorted(int(r.attendee.code) for r in parsed.rows) == sorted(truth)
    for row in parsed.rows:
        known = truth[int(row.attendee.code)]
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
    truth = _truth(lang)
    tickets = json.loads((REAL / f"tickets-{lang}.json").read_text(encoding="utf-8"))
    registrants = json.loads((REAL / f"registrants-{lang}.json").read_text(encoding="utf-8"))
    assert sorted(t["friendly_id"] for t in tickets) == sorted(truth)
    for ticket in tickets:
        known = truth[ticket["friendly_id"]]
        payload = json.loads(ticket["payload"])
        assert payload["checkin_secret"] == known["ticket_uuid"]
        assert payload["registrant_id"] == known["registrant_id"]
        assert clean_scan(ticket["payload"]).code == known["ticket_uuid"]  # the door's reading
    # The registrants API lists the active registrations (not withdrawn or rejected)
    # with their check-in secrets; the CSV and Excel exports carry neither.
    active = {r["ticket_uuid"] for r in truth.values() if r["is_active"]}
    assert {r["checkin_secret"] for r in registrants["registrants"]} == active
