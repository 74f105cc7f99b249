"""pretix's own truth for the real exports in tests/fixtures/real/pretix.

The files there were written by pretix 2026.8.0's exporters (scripts/make-real-exports);
the *-truth.json files hold pretix's database rows per ticket and what pretix's check-in
answered for every payload at every check-in list. This module says, per export file,
which tickets it lists, what an imported guest must look like, and which verdict the door
owes each payload.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from checkin.core.model import Attendee, Status, VerdictKind

REAL = Path(__file__).parent / "fixtures" / "real" / "pretix"
#: File-name key of each check-in list -> (its name in pretix, whether it lists pending orders).
LISTS = {
    "haupteingang": ("Haupteingang", False),
    "vorabend": ("Vorabendempfang", True),
    "main": ("Main entrance", False),
    "workshop": ("Workshop", False),
}


@cache
def manifest() -> dict:
    return json.loads((REAL / "MANIFEST.json").read_text(encoding="utf-8"))


@cache
def truth(event: str) -> dict:
    return json.loads((REAL / f"{event}-truth.json").read_text(encoding="utf-8"))


def export_files() -> list[tuple[str, str]]:
    return [(event, f) for event, m in manifest()["events"].items() for f in m["files"]]


@dataclass(frozen=True)
class Export:
    event: str
    name: str
    locale: str
    kind: str  # "orders" or "checkin"
    #: The check-in list the file was exported for (check-in list exports), else "".
    list_name: str = ""
    with_secrets: bool = True

    @property
    def path(self) -> Path:
        return REAL / self.name

    @property
    def lists(self) -> list[str]:
        return truth(self.event)["lists"]

    def doors(self) -> list[str]:
        """The check-in lists this file can be imported as the door of."""
        return [self.list_name] if self.list_name else self.lists

    def listed(self) -> list[dict]:
        """The tickets the file lists, as pretix's exporter selects them."""
        positions = truth(self.event)["positions"]
        if self.kind == "orders":
            return positions
        pending = next(p for k, (n, p) in LISTS.items() if n == self.list_name)
        states = ("p", "n") if pending else ("p",)
        return [p for p in positions if not p["position_canceled"] and p["order_status"] in states]


def export(event: str, name: str) -> Export:
    parts = name.removesuffix(".csv").removesuffix(".xlsx").split("-")
    locale = parts[1]
    if parts[2] == "orders":
        return Export(event, name, locale, "orders")
    list_name = LISTS[parts[3]][0]
    return Export(event, name, locale, "checkin", list_name, parts[4] == "secret")


def expected_status(p: dict) -> Status:
    if p["position_canceled"] or p["order_status"] in ("c", "e"):
        return Status.CANCELLED
    if p["order_status"] == "n":
        return Status.UNPAID
    return Status.ACTIVE


def expected_names(ex: Export, p: dict) -> tuple[str, str]:
    parts = p["attendee_name_parts"]
    if not parts and ex.kind == "checkin":
        parts = p["buyer_name_parts"]  # pretix's check-in list fills in the buyer's name
    return parts.get("given_name", ""), parts.get("family_name", "")


def expected_company(ex: Export, p: dict) -> str:
    if ex.kind == "checkin":
        return p["company"] or p["buyer_company"] or p["answers"].get("company", "")
    return p["company"] or p["answers"].get("company", "")


def check_attendee(ex: Export, p: dict, a: Attendee, door: str) -> None:
    """Every field pretix knows and the export carries, as pretix holds it."""
    where = f"{ex.name}: {p['order_code']}-{p['positionid']}"
    assert (a.first_name, a.last_name) == expected_names(ex, p), where
    assert a.company == expected_company(ex, p), where
    assert a.email == (p["attendee_email"] or p["order_email"]), where
    assert a.status is expected_status(p), where
    assert a.category == p[f"product_{ex.locale}"], where  # the product, not the price tier
    variation = p[f"variation_{ex.locale}"]
    variation_key = "Variante" if ex.locale == "de" else "Variation"
    assert a.extra.get(variation_key, "") == variation, where
    assert p["order_code"] in (a.extra.get("Order code"), a.extra.get("Bestellnummer")), where
    if ex.with_secrets:
        assert a.code == p["secret"], where
    if ex.kind == "checkin":
        assert a.attention == bool(p["require_attention"] or p["checkin_text"]), where
        assert a.attention_note == p["checkin_text"], where
    entered = p["checkins"].get(door)
    if ex.kind == "checkin" and ex.list_name != door:
        entered = None
    if entered:
        assert a.checked_in is not None, where
        if ex.kind == "checkin":  # the orders export names the list, not the time
            last = datetime.fromisoformat(entered[-1]).replace(second=0)
            assert a.checked_in.at == last, where
    else:
        assert a.checked_in is None, where


def check_store(ex: Export, store, door: str) -> None:
    """The stored guests are exactly the tickets the file lists, each as pretix holds it.
    Without secrets, the tickets of one order are told apart only by what the file says."""
    listed = ex.listed()
    assert store.count_attendees() == len(listed), ex.name
    used: set[int] = set()
    for p in listed:
        if ex.with_secrets:
            (a,) = store.find_by_code(p["secret"])
        else:
            a = next(
                s
                for s in store.find_by_order_code(p["order_code"])
                if s.id not in used
                and (s.first_name, s.last_name) == expected_names(ex, p)
                and s.category == p[f"product_{ex.locale}"]
                and (s.checked_in is not None) == bool(p["checkins"].get(door))
            )
        used.add(a.id)
        check_attendee(ex, p, a, door)


def expected_verdicts(ex: Export, payload: dict, door: str, listed: bool) -> set[VerdictKind]:
    """What the door owes a payload: pretix's answer at that list, as a VerdictKind.

    A ticket the file does not list (a pending order missing from a check-in list of paid
    orders) is unknown here; an order code lists the order's tickets for a person to pick
    (pretix answers "invalid": it is no ticket); a file without secrets cannot know any
    ticket QR, so every one reads unknown (the import says so).
    """
    answer = payload["pretix"][door]
    if payload["kind"] == "order_code":
        return {VerdictKind.AMBIGUOUS} if listed else {VerdictKind.UNKNOWN}
    if not listed or not ex.with_secrets:
        return {VerdictKind.UNKNOWN}
    if answer["status"] == "ok":
        return {VerdictKind.ADMITTED}
    return {
        "already_redeemed": {VerdictKind.ALREADY_CHECKED_IN},
        "unpaid": {VerdictKind.NOT_PAID},
        "canceled": {VerdictKind.CANCELLED},
        # A cancelled ticket of a paid order is gone from pretix's check-in ("invalid");
        # the list still says it was cancelled, and the desk says so: a refusal either way.
        "invalid": {VerdictKind.UNKNOWN, VerdictKind.CANCELLED},
    }[answer["reason"]]
