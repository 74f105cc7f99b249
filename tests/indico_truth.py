"""Indico's truth for its real exports (tests/fixtures/real/indico): what each import must
store and what the door must answer, shared by the CLI and the import dialog tests."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from checkin.core.model import Status
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


def flow(name: str) -> tuple[str, ...]:
    """The files imported for fixture `name`, in order: Indico's registrants JSON after its
    registration list, as its import note asks (the list says who is approved and paid)."""
    if name.endswith(".json"):
        return (f"registrations-{lang_of(name)}.csv", name)
    return (name,)


def expected_at_door(known: dict, name: str, scanned: str) -> str:
    """The verdict for a registration's ticket QR ("qr") or typed ID ("id") after
    importing `flow(name)` (the first scan of it)."""
    with_secrets = name.endswith(".json")
    if with_secrets:
        if not known["is_active"]:  # not in the JSON: off the list, by any code
            return "unknown" if scanned == "qr" else "cancelled"
        # The ticket secret is the code now; the typed per-event ID still finds the guest.
    elif scanned == "qr":
        return "unknown"  # the list export cannot match Indico's ticket QR (said at import)
    if known["checked_in"] and (with_secrets or "-checkin" in name):
        return "already_checked_in"
    return DOOR[known["state"]]


def expected_replay(name: str) -> list[str]:
    """The door's verdict for each of `scans(...)` in turn after importing `flow(name)`:
    a registration admitted by one scan (its ticket QR) is already in at the next (its
    typed ID)."""
    known_all = truth(lang_of(name))
    inside: set[int] = set()
    said = []
    for friendly_id, scanned, _raw in scans(lang_of(name)):
        verdict = expected_at_door(known_all[friendly_id], name, scanned)
        if verdict == "admitted" and friendly_id in inside:
            verdict = "already_checked_in"
        if verdict == "admitted":
            inside.add(friendly_id)
        said.append(verdict)
    return said


def scans(lang: str) -> list[tuple[int, str, str]]:
    """(friendly id, "qr" or "id", what is scanned): each ticket's QR payload as Indico's
    ticket code draws it, then each registration ID as staff type it."""
    tickets = json.loads((REAL / f"tickets-{lang}.json").read_text(encoding="utf-8"))
    return [(t["friendly_id"], "qr", t["payload"]) for t in tickets] + [
        (t["friendly_id"], "id", str(t["friendly_id"])) for t in tickets
    ]


STATUS = {
    "complete": Status.ACTIVE,
    "pending": Status.UNAPPROVED,
    "unpaid": Status.UNPAID,
    "withdrawn": Status.CANCELLED,
    "rejected": Status.CANCELLED,
}


def check_stored(store: Store, name: str) -> None:
    """Every registration is stored as Indico knows it after importing `flow(name)`."""
    with_secrets = name.endswith(".json")
    stored = {a.email: a for a in store.iter_attendees()}
    known_all = truth(lang_of(name)).values()
    assert sorted(stored) == sorted(r["email"] for r in known_all)
    for known in known_all:
        a = stored[known["email"]]
        assert (a.title, a.first_name, a.last_name) == (
            known["title"],
            known["first_name"],
            known["last_name"],
        )
        by_secret = with_secrets and known["is_active"]
        assert a.code == (known["ticket_uuid"] if by_secret else str(known["friendly_id"]))
        company = known["affiliation"]  # Indico's CSV writer strips a formula's "="
        assert a.company == (company.lstrip("=+-@") if name.endswith(".csv") else company)
        status = STATUS[known["state"]]
        if with_secrets and not known["is_active"]:
            status = Status.REMOVED  # not in the JSON: no longer on the list
        assert a.status is status
        if with_secrets or "-checkin" in name:
            assert (a.checked_in is not None) is known["checked_in"]
        if "-checkin" in name and known["checked_in"]:
            # Indico's CSV writes the time in UTC, its Excel in the event's zone, to the minute.
            at = datetime.fromisoformat(known["checked_in_dt"])
            assert a.checked_in is not None
            assert timedelta(0) <= at - a.checked_in.at < timedelta(minutes=1)
