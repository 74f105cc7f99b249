"""Several desks on one PostgreSQL database: races, live updates, outages, the CLI.

Every test talks to a real server (see pg_server.py); desks are separate
`PostgresStore`s, each with its own connection, exactly as two laptops would be.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from checkin.core.model import LogKind, Verdict, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.base import Change, Store, StoreError
from checkin.core.store.open import erase_target, open_store
from checkin.core.store.postgres import SCHEMA_VERSION, PostgresStore, display_url
from tests.conftest import FakeClock
from tests.store.conftest import guests
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]


def test_open_store_picks_the_backend_by_target(
    pg_url: str, tmp_path: Path, open_target: Callable[[str], Store]
) -> None:
    assert isinstance(open_target(pg_url), PostgresStore)
    assert not isinstance(open_target(str(tmp_path / "e.sqlite3")), PostgresStore)
    postgres_scheme = open_target(pg_url.replace("postgresql://", "postgres://", 1))
    assert isinstance(postgres_scheme, PostgresStore)


def test_schema_is_versioned_and_desks_starting_together_do_not_race(pg_url: str) -> None:
    stores: list[Store] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def desk() -> None:
        start.wait(timeout=30)
        try:
            stores.append(PostgresStore.open(pg_url))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    try:
        assert not errors and len(stores) == 4
        with psycopg.connect(pg_url) as conn:
            versions = conn.execute("SELECT version FROM schema_version").fetchall()
            collations = dict(
                conn.execute(
                    "SELECT column_name, collation_name FROM information_schema.columns "
                    "WHERE column_name IN ('sort_key', 'term')"
                ).fetchall()
            )
            kinds = dict(
                conn.execute(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE column_name IN ('checked_in_at', 'at')"
                ).fetchall()
            )
        assert versions == [(v,) for v in range(1, SCHEMA_VERSION + 1)]
        assert collations == {"sort_key": "C", "term": "C"}
        assert set(kinds.values()) == {"timestamp with time zone"}
    finally:
        for s in stores:
            s.close()


def test_newer_schema_is_refused(pg_url: str) -> None:
    PostgresStore.open(pg_url).close()
    with psycopg.connect(pg_url) as conn:
        conn.execute("INSERT INTO schema_version VALUES (%s)", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="newer checkin"):
        PostgresStore.open(pg_url)


def test_two_desks_racing_on_every_code_admit_each_guest_once(
    pg_url: str, open_target: Callable[[str], Store], clock: FakeClock
) -> None:
    total = 150
    desk1, desk2 = open_target(pg_url), open_target(pg_url)
    desk1.apply_import(guests(total), clock())
    verdicts: dict[str, list[Verdict]] = {"Tisch 1": [], "Tisch 2": []}
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def scan_all(store: Store, desk: str) -> None:
        service = CheckInService(store, clock)
        start.wait(timeout=30)
        try:
            for round_ in range(2):  # then once more: everyone is in by now
                for i in range(total):
                    verdicts[desk].append(service.scan(f"G{i:04d}", desk, f"op-{round_}"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [
        threading.Thread(target=scan_all, args=(desk1, "Tisch 1")),
        threading.Thread(target=scan_all, args=(desk2, "Tisch 2")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not failures

    winner: dict[str, str] = {}
    for desk, seen in verdicts.items():
        for v in seen:
            if v.kind is VerdictKind.ADMITTED:
                assert v.code not in winner, f"{v.code} admitted twice"
                winner[v.code] = desk
    assert len(winner) == total
    for seen in verdicts.values():
        assert len(seen) == 2 * total
        for v in seen:
            if v.kind is not VerdictKind.ADMITTED:
                assert v.kind is VerdictKind.ALREADY_CHECKED_IN and v.previous is not None
                assert v.previous.desk == winner[v.code]
    check_ins = [e for e in desk2.iter_log() if e.kind is LogKind.CHECKIN]
    assert len(check_ins) == total
    assert desk1.stats().checked_in == total
    assert {a.checked_in.desk for a in desk2.iter_attendees() if a.checked_in} <= set(verdicts)


def test_other_desk_hears_a_check_in(
    pg_url: str, open_target: Callable[[str], Store], clock: FakeClock
) -> None:
    desk1, desk2 = open_target(pg_url), open_target(pg_url)
    desk1.apply_import(guests(5), clock())
    heard: list[Change] = []
    arrived = threading.Event()
    wanted = desk2.find_by_code("G0003")[0].id

    def listener(change: Change) -> None:
        heard.append(change)
        if wanted in change.attendee_ids:
            arrived.set()

    desk2.subscribe(listener)
    assert CheckInService(desk1, clock).scan("G0003", "Tisch 1", "Anna").admits
    assert arrived.wait(timeout=10), f"desk 2 heard only {heard}"
    assert heard[-1].log_appended
    seen_by_desk2 = desk2.get_attendee(wanted)  # type: ignore[arg-type]
    assert seen_by_desk2 is not None and seen_by_desk2.checked_in is not None
    assert seen_by_desk2.checked_in.desk == "Tisch 1"


def test_other_desk_hears_an_import_as_a_reset(
    pg_url: str, open_target: Callable[[str], Store], clock: FakeClock
) -> None:
    desk1, desk2 = open_target(pg_url), open_target(pg_url)
    arrived = threading.Event()
    desk2.subscribe(lambda change: arrived.set() if change.reset else None)
    desk1.apply_import(guests(700), clock())
    assert arrived.wait(timeout=10)
    assert desk2.count_attendees() == 700


def test_a_stopped_server_gives_a_store_error_and_loses_nothing(
    own_pg_server: PgServer, clock: FakeClock
) -> None:
    url = own_pg_server.create_database()
    store = PostgresStore.open(url)
    reloaded = threading.Event()
    store.subscribe(lambda change: reloaded.set() if change.reset else None)
    try:
        store.apply_import(guests(20), clock())
        reloaded.clear()  # that was our own import; from here on only the listener resets
        service = CheckInService(store, clock)
        admitted = [service.scan(f"G{i:04d}", "Tisch 1", "Anna") for i in range(10)]
        assert all(v.admits for v in admitted)
        own_pg_server.stop("immediate")
        with pytest.raises(StoreError, match="unreachable.*safe on the server") as lost:
            service.scan("G0015", "Tisch 1", "Anna")
        assert "127.0.0.1" in str(lost.value)
        with pytest.raises(StoreError, match="unreachable"):
            store.stats()  # and again: an error each time, never a hang
        own_pg_server.start()
        # Desk windows reload once the listener is back: notifications sent meanwhile are gone.
        assert reloaded.wait(timeout=30)
        # The same store reconnects by itself once the server is back.
        assert store.stats().checked_in == 10
        assert service.scan("G0015", "Tisch 1", "Anna").admits
    finally:
        store.close()
    again = PostgresStore.open(url)
    try:
        stored = {a.code: a.checked_in for a in again.iter_attendees()}
        for v in admitted:
            assert stored[v.code] is not None and stored[v.code].desk == "Tisch 1"
        assert len([e for e in again.iter_log() if e.kind is LogKind.CHECKIN]) == 11
    finally:
        again.close()


def test_a_port_nobody_listens_on_fails_fast_without_leaking_the_password() -> None:
    with socket_nobody_listens_on() as port:
        url = f"postgresql://desk:s3cr3t-pw@127.0.0.1:{port}/event"
        with pytest.raises(StoreError) as failed:
            open_store(url)
    message = str(failed.value)
    assert "no PostgreSQL server listens on that port" in message and "s3cr3t-pw" not in message
    assert display_url(url) == f"postgresql://desk@127.0.0.1:{port}/event"


class socket_nobody_listens_on:
    """A port that was free a moment ago: connecting to it is refused at once."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return int(s.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        return None


def test_erase_truncates_the_event(
    pg_url: str, open_target: Callable[[str], Store], clock: FakeClock
) -> None:
    store = open_target(pg_url)
    store.apply_import(guests(3), clock())
    store.set_meta("event_name", "Strategiekonferenz")
    CheckInService(store, clock).scan("G0001", "T1", "A")
    assert erase_target(pg_url) == [store.path]
    assert store.count_attendees() == 0 and list(store.iter_log()) == []
    assert store.get_meta("event_name") == "" and store.search("gast") == []


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CHECKIN_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "checkin", args[0], "--db", url, *args[1:]],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_scans_against_the_server(pg_url: str, tmp_path: Path) -> None:
    listing = tmp_path / "gaeste.csv"
    listing.write_text(
        "Code;Vorname;Nachname;Firma;Kategorie\n"
        "WK-1;Eberhard;Westkämper;Fraunhofer IPA;Referent\n"
        "MD-1;Martin;Dulig;SMWA;Ehrengast\n",
        encoding="utf-8",
    )
    imported = cli(pg_url, "import", str(listing))
    assert imported.returncode == 0, imported.stderr
    first = cli(pg_url, "scan", "--json", "--desk", "Tisch 1", "WK-1")
    assert first.returncode == 0, first.stderr
    verdict = json.loads(first.stdout.splitlines()[0])
    assert verdict["verdict"] == "admitted"
    assert verdict["attendee"]["last_name"] == "Westkämper"
    second = cli(pg_url, "scan", "--json", "--desk", "Tisch 2", "WK-1")
    again = json.loads(second.stdout.splitlines()[0])
    assert again["verdict"] == "already_checked_in" and again["previous"]["desk"] == "Tisch 1"


def test_a_first_big_import_rebuilds_every_index(
    pg_url: str, open_target: Callable[[str], Store], clock: FakeClock
) -> None:
    store = open_target(pg_url)
    store.apply_import(guests(6000), clock())
    with psycopg.connect(pg_url) as conn:
        names = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes").fetchall()}
    assert {
        "search_terms_pkey",
        "search_terms_attendee",
        "attendees_code",
        "attendees_code_fold",
        "attendees_sort",
    } <= names
    assert store.find_by_code("G5999")[0].last_name == "Nummer 5999"
    assert [a.code for a in store.search("nummer 4321")] == ["G4321"]
    store.apply_import(guests(1), clock())  # a second import keeps the indexes as they are
    assert store.count_attendees() == 6001
