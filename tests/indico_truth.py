"""Indico's truth for its real exports (tests/fixtures/real/indico): what each import must
store and what the door must answer, shared by the CLI and the import dialog tests."""

from __future__ import annotations

import json
from pathlib import Path

from checkin.core.store.base import Store

REAL = Path(__file__).resolve().parent / "fixtures" / "real" / "indico"
LANGS = ("de", "en")
EXPORTS = [
    f"registrations-{lang}{suffix}.{ext}"
    for lang in LANGS
    for suffix in ("", "-checkin")
    for ext in ("csv", "xlsx")
]
ALL = [*EXPORTS, *(f"registrants-{lang}.json" for lang in LANGS)]


def lang_of(name: str) -> str:
    return name.split("-")[1].split(".")[0]


def truth(lang: str) -> dict[int, dict]:
    data = json.loads((REAL / f"truth-{lang}.json").read_text(encoding="utf-8"))
    return {r["friendly_id"]: r for r in data["registrations"]}


#: What Indico's own check-in would answer, per registration state: its check-in API
#: refuses what is not complete or awaiting payment; this desk also refuses the unpaid.
DOOR = {
    "complete": "admitted",
    "pending": "not_approved",
    "unpaid": "not_paid",
    "withdrawn": "cancelled",
    "rejected": "cancelled",
}


def expected_at_door(known: dict, export: str, scanned: str) -> str:
    """The verdict for a registration's ticket QR ("qr") or typed ID ("id") after
    importing `export` (the first scan of it)."""
    if export.endswith(".json"):
        if scanned == "id" or not known["is_active"]:
            return "unknown"  # the JSON lists active registrations by their secrets only
        # The JSON carries no state: what awaits approval or payment cannot be told.
        verdict = "admitted"
    elif scanned == "qr":
        return "unknown"  # the list export cannot match Indico's ticket QR (said at import)
    else:
        verdict = DOOR[known["state"]]
    if known["checked_in"] and (export.endswith(".json") or "-checkin" in export):
        return "already_checked_in"
    return verdict


#: States whose typed registration ID the door does not refuse yet (not approved / not
#: paid come with the shared refusal kinds); their scans are left out until then.
NOT_YET_REFUSED = ("pending", "unpaid")


def scans(lang: str) -> list[tuple[int, str, str]]:
    """(friendly id, "qr" or "id", what is scanned): each ticket's QR payload as Indico's
    ticket code draws it, then each registration ID as staff type it."""
    tickets = json.loads((REAL / f"tickets-{lang}.json").read_text(encoding="utf-8"))
    states = {r["friendly_id"]: r["state"] for r in truth(lang).values()}
    return [(t["friendly_id"], "qr", t["payload"]) for t in tickets] + [
        (t["friendly_id"], "id", str(t["friendly_id"]))
        for t in tickets
        if states[t["friendly_id"]] not in NOT_YET_REFUSED
    ]


def check_stored(store: Store, name: str) -> None:
    """Every registration the export lists is stored as Indico knows it."""
    known_all = truth(lang_of(name))
    stored = {a.email: a for a in store.iter_attendees()}
    json_export = name.endswith(".json")
    listed = [r for r in known_all.values() if r["is_active"] or not json_export]
    assert sorted(stored) == sorted(r["email"] for r in listed)
    for known in listed:
        a = stored[known["email"]]
        assert (a.title, a.first_name, a.last_name) == (
            known["title"],
            known["first_name"],
            known["last_name"],
        )
        assert a.code == (known["ticket_uuid"] if json_export else str(known["friendly_id"]))
        company = known["affiliation"]
        assert a.company == (company.lstrip("=+-@") if name.endswith(".csv") else company)
        if json_export or "-checkin" in name:
            assert (a.checked_in is not None) is known["checked_in"]
