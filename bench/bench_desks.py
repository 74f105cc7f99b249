"""Desks on a shared server (issue 12): scan to verdict over slow and dead links, offline
verdicts, the merge after a partition, a new desk's first download, 20 desks on one server.

    .venv/bin/python bench/bench_desks.py [--parts scan,offline,merge,download,load,partition,
                                          reimport] [--n 200000] [--deadline 0.3]
    .venv/bin/python bench/bench_desks.py --parts partition --minutes 10
                                          [--partition-guests 2000] [--external FILE]
    .venv/bin/python bench/bench_desks.py --parts load [--load-rounds 2]
                                          [--load-settings no-pulls,full-pages,wal_compression]

`reimport`: a re-import at one desk that changes 1 % of `--n` guests, until a second
desk's replica holds it: each guest row's version on the server (the pull fetches what
changed) against the full pull (every guest compared, the replica's guest cursor
cleared: what every pull after an import did before), alternating, in the same run.

`partition` (issue 12's "Done when"; 1 minute in the default run, 10 as the issue asks
with `--minutes 10`, about 11 minutes in all): three desks on the real
DeskStore at one scan a second; Tisch A and Tisch C lose the server for `--minutes`
(the proxy blackholes their link), Tisch B stays online; some tickets are scanned at two
desks meanwhile. It prints each desk's verdict times before, during and after the
partition, the offline verdicts, the time to upload after the heal, and checks that every
verdict shown is on the server, that every replica's journal equals the server's, and
that each double is in the journal, in `checkin stats --json` and in the report PDF's
"Doppelte Einlässe"; a lost, wrong or late verdict (past the deadline + `--slack`) exits 1.
`--external FILE` adds one more cut link for a real window (`checkin gui --db $(cat FILE)`).

Starts its own PostgreSQL 15 cluster (default durability, like bench_postgres.py) and
puts each desk behind the tests' fault proxy (tests/store/faultproxy.py), which delays,
blackholes or refuses the traffic. Every figure is printed beside a baseline measured in
the same run (the machine is shared and noisy): a bare round trip over the same link, a
bare durable SQLite commit on the same disk, a bare durable PostgreSQL commit, reading
the same rows straight from the server, one desk scanning alone.

The load part (20 desks) times the server's side of each check-in (`server_times.py`):
on the wire at the server with tcpdump (`apt-get install tcpdump`; run as root), the
request's arrival to its answer, commit included, and in the server's log. Beside it, in
the same run and under the same load: a trivial statement and a bare durable INSERT on
connections of their own, and what the check-ins in flight wait for (pg_stat_activity).
The desks run in 4 processes at a lower CPU priority than the server, their replicas in
/dev/shm, so that 20 desks on one host weigh on the server as little as they can. They
still cost the host 7 ms of CPU per scan (mostly mirroring each other's check-ins, which
real desks do on their own laptops), so the same requests are then sent again from one
light client (`light_at_pace`), with and without the desks' pulls, and with the server
settings of `--load-settings` alternating with the defaults (`--load-rounds`). Each phase
starts right after a CHECKPOINT; it prints the WAL and full-page images per check-in.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import multiprocessing
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.server_times import WireCapture, statement_times  # noqa: E402
from checkin.core import journal  # noqa: E402
from checkin.core.model import Attendee, LogKind, VerdictKind  # noqa: E402
from checkin.core.rules import CheckInService  # noqa: E402
from checkin.core.store.base import ImportPlan, StoreError  # noqa: E402
from checkin.core.store.postgres import PostgresStore  # noqa: E402
from checkin.core.store.replica import DeskStore  # noqa: E402
from tests.store.faultproxy import FaultProxy  # noqa: E402
from tests.store.pg_server import PgServer, find_bin_dir  # noqa: E402

PARTS = ("scan", "offline", "merge", "download", "load", "partition", "reimport")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ms(values: list[float]) -> str:
    if not values:
        return "(none)"
    return (
        f"p50 {pct(values, 50) * 1000:.2f} ms, p99 {pct(values, 99) * 1000:.2f} ms, "
        f"max {max(values) * 1000:.2f} ms (n={len(values)})"
    )


def guests(n: int, prefix: str = "D", listed: bool = False) -> ImportPlan:
    """n guests; `listed`: with the company, function, e-mail and category a registration
    list gives them (rows of a real list's size, about 40 to a page on the server)."""
    return ImportPlan(
        inserts=tuple(
            Attendee(code=f"{prefix}{i:07d}", first_name="Gast", last_name=f"Nummer {i}")
            if not listed
            else Attendee(
                code=f"{prefix}{i:07d}",
                first_name="Gast",
                last_name=f"Nummer {i}",
                company=f"Firma {i % 97} GmbH & Co. KG",
                function="Projektleitung",
                email=f"gast.nummer.{i}@firma{i % 97}.example.org",
                category="Teilnehmer",
            )
            for i in range(n)
        )
    )


def event(server: PgServer, n: int, prefix: str = "D", listed: bool = False) -> str:
    url = server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(n, prefix, listed), datetime.now().astimezone())
    seed.close()
    return url


def through(url: str, server: PgServer, proxy: FaultProxy) -> str:
    return url.replace(f":{server.port}/", f":{proxy.port}/")


def bare_sqlite_commits(folder: Path, n: int) -> list[float]:
    """One small row per durable commit (WAL, synchronous=FULL), as the replica commits."""
    conn = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
    took = []
    for i in range(n):
        t = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (v) VALUES (?)", (f"row {i}",))
        conn.execute("COMMIT")
        took.append(time.perf_counter() - t)
    conn.close()
    return took


def round_trips(url: str, n: int) -> list[float]:
    import psycopg

    took = []
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(n):
            t = time.perf_counter()
            conn.execute("SELECT 1").fetchone()
            took.append(time.perf_counter() - t)
    return took


def timed_scans(
    service: CheckInService, codes: list[str], desk: str, pace: float = 0.0
) -> tuple[list[float], int]:
    """Each scan's time to its verdict, one every `pace` seconds (the desk's probe and
    syncs run in between, as at a door); and how many verdicts were offline."""
    took, offline = [], 0
    for code in codes:
        if pace:
            time.sleep(pace)
        t = time.perf_counter()
        verdict = service.scan(code, desk, "Bench")
        took.append(time.perf_counter() - t)
        assert verdict.admits, verdict
        offline += verdict.offline
    return took, offline


# -- 1. scan to verdict over a slow or dead link ----------------------------------------------
def part_scan(server: PgServer, folder: Path, deadline: float) -> None:
    print(f"== scan to verdict at a desk (deadline {deadline * 1000:.0f} ms, target p99 <= "
          f"{deadline * 1000 + 10:.0f} ms)")  # fmt: skip
    url = event(server, 2000)
    for rtt_ms, scans in ((0, 100), (50, 50), (200, 50), (None, 100)):
        with FaultProxy(server.port) as proxy:
            proxy.delay = (rtt_ms or 0) / 2000  # each way: half the round trip
            link = through(url, server, proxy)
            bare = round_trips(link, 20)
            desk = DeskStore.open(link, folder / f"scan-{rtt_ms}", deadline_s=deadline)
            label = f"round trip {rtt_ms} ms" if rtt_ms is not None else "server blackholed"
            try:
                if rtt_ms is None:
                    proxy.blackhole()
                service = CheckInService(desk)
                # Each link's desk scans guests nobody scanned before.
                base = {0: 0, 50: 100, 200: 150, None: 200}[rtt_ms]
                codes = [f"D{i + base:07d}" for i in range(scans)]
                pulls = desk.pulls
                took, offline = timed_scans(service, codes, f"Bench {label}", pace=0.2)
                late = sum(t > deadline for t in took)
                print(f"{label:>24}: {ms(took)}; offline verdicts {offline}/{scans}, "
                      f"{late} past the deadline; bare round trip p50 "
                      f"{pct(bare, 50) * 1000:.2f} ms; the desk pulled "
                      f"{desk.pulls - pulls} times meanwhile")  # fmt: skip
            finally:
                proxy.heal()
                desk.close()


# -- 2. offline verdicts against a bare durable commit ------------------------------------------
def part_offline(server: PgServer, folder: Path, deadline: float) -> None:
    print("== offline verdict (server blackholed) vs a bare durable SQLite commit, same disk")
    url = event(server, 3000)
    with FaultProxy(server.port) as proxy:
        desk = DeskStore.open(through(url, server, proxy), folder / "offline", deadline_s=deadline)
        try:
            proxy.blackhole()
            service = CheckInService(desk)
            service.scan("D0000000", "Bench", "Bench")  # the one deadline: now offline
            before = bare_sqlite_commits(folder, 1000)
            took, offline = timed_scans(
                service, [f"D{i:07d}" for i in range(1, 2001)], "Bench offline"
            )
            after = bare_sqlite_commits(folder, 1000)
            bare = before + after
            print(f"offline verdict: {ms(took)} ({offline} offline)")
            print(f"bare durable SQLite commit (before and after): {ms(bare)}")
            print(f"ratio of p99s: {pct(took, 99) / pct(bare, 99):.2f} (target <= 3)")
        finally:
            proxy.heal()
            desk.close()


# -- 3. the merge after a partition --------------------------------------------------------------
def part_merge(server: PgServer, folder: Path, deadline: float, desks: int, each: int) -> None:
    print(f"== merge: {desks} desks x {each} offline check-ins, then the link heals "
          "(target <= 10 s)")  # fmt: skip
    total = desks * each
    url = event(server, total)
    proxies = [FaultProxy(server.port).__enter__() for _ in range(desks)]
    stores = [
        DeskStore.open(through(url, server, p), folder / f"merge-{k}", deadline_s=deadline)
        for k, p in enumerate(proxies)
    ]
    try:
        for p in proxies:
            p.refuse()
        ids = sorted(stores[0].attendee_ids())
        # Each desk its own guests, and 1 % of them also scanned at the next desk (doubles).
        started = datetime.now().astimezone()

        def admit_offline(k: int) -> None:
            store = stores[k]
            mine = ids[k * each : (k + 1) * each]
            shared = ids[((k + 1) % desks) * each :][: each // 100]
            for n, attendee_id in enumerate(mine[: each - len(shared)] + shared):
                store.check_in(attendee_id, started + timedelta(milliseconds=n), f"Tisch {k}", "B")

        t = time.perf_counter()
        run_all(admit_offline, desks)
        offline_s = time.perf_counter() - t
        waiting = sum(s.status()["waiting"] for s in stores)
        print(f"offline check-ins written: {waiting} in {offline_s:.1f} s")
        bare = bare_pg_commits(url, 500)
        print(f"bare durable PostgreSQL commit: {ms(bare)}; {waiting} of them in a row would take "
              f"{sum(bare) / len(bare) * waiting:.1f} s")  # fmt: skip
        # A desk online meanwhile, scanning guests of the batches being merged (the server's
        # check-in, under the scan deadline): does it wait on their row locks?
        scanner = PostgresStore.open(url)
        scanner.get_meta("")  # connected
        scans: list[float] = []
        late: list[int] = []
        admitted_online: list[int] = []
        merging = threading.Event()
        merging.set()

        def scan_meanwhile() -> None:
            pick = random.Random(12)
            while merging.is_set():
                attendee_id = pick.choice(ids)
                t0 = time.perf_counter()
                try:
                    with scanner.deadline(deadline):
                        result = scanner.check_in(
                            attendee_id, datetime.now().astimezone(), "Online", "B"
                        )
                except StoreError:
                    late.append(attendee_id)
                    continue
                finally:
                    scans.append(time.perf_counter() - t0)
                if result.admitted:
                    admitted_online.append(attendee_id)
                time.sleep(0.02)  # a scan every 20 ms or so

        for p in proxies:
            p.heal()
        scanning = threading.Thread(target=scan_meanwhile)
        scanning.start()
        t = time.perf_counter()
        # Every desk reconnects at once. Merged on the server: every outbox empty (a desk
        # empties its outbox only after the server committed those events); each desk
        # then pulls what the other seven uploaded (35,000 events here, all eight desks
        # in this one process: the pulls share its interpreter and the 2 cores).
        with concurrent.futures.ThreadPoolExecutor(desks) as pool:
            futures = [pool.submit(stores[k].sync) for k in range(desks)]
            uploaded_s = None
            while not all(f.done() for f in futures):
                if uploaded_s is None and not sum(s.replica.count_pending() for s in stores):
                    uploaded_s = time.perf_counter() - t
                    merging.clear()
                concurrent.futures.wait(futures, timeout=0.05)
            for future in futures:
                future.result()
        merge_s = time.perf_counter() - t
        merging.clear()
        scanning.join()
        scanner.close()
        check = PostgresStore.open(url)
        log = list(check.iter_log())
        check.close()
        admitted = sum(1 for e in log if e.kind is LogKind.CHECKIN)
        doubles = len(journal.doubles(log))
        left = sum(s.replica.count_pending() for s in stores)
        print(
            f"merged on the server in {uploaded_s or merge_s:.1f} s (every outbox empty): "
            f"{admitted} check-ins, {doubles} doubles reported, {left} still waiting"
        )
        print(f"every desk's sync done (the other desks' events pulled) in {merge_s:.1f} s")
        sizes = [getattr(s, "_upload_size", None) for s in stores]
        print(
            f"events per upload step at the end (sized by how long each held its rows locked): "
            f"{sizes}"
        )
        print(f"a desk online scanning those guests meanwhile: {ms(scans)}; {len(late)} past "
              f"the {deadline * 1000:.0f} ms deadline; {len(admitted_online)} admitted online "
              "before their offline admission arrived (a double each)")  # fmt: skip
    finally:
        for s in stores:
            s.close()
        for p in proxies:
            p.close()


def bare_pg_commits(url: str, n: int) -> list[float]:
    import psycopg

    took = []
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS bench_bare (id serial PRIMARY KEY, v text)")
        for i in range(n):
            t = time.perf_counter()
            conn.execute("INSERT INTO bench_bare (v) VALUES (%s)", (f"row {i}",))
            took.append(time.perf_counter() - t)
        conn.execute("DROP TABLE bench_bare")
    return took


def run_all(work: Callable[[int], object], n: int) -> None:
    with concurrent.futures.ThreadPoolExecutor(n) as pool:
        for future in [pool.submit(work, k) for k in range(n)]:
            future.result()


# -- 4. a new desk's first download ---------------------------------------------------------------
def part_download(server: PgServer, folder: Path, n: int) -> None:
    print(f"== a new desk's first download of a {n}-attendee event (target <= 20 s)")
    from checkin.core.importing import import_list

    url = server.create_database()
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "list.csv"
        gen = [sys.executable, str(ROOT / "bench" / "gen_list.py"), str(n), str(csv_path)]
        subprocess.run(gen, check=True, capture_output=True)
        store = PostgresStore.open(url)
        t = time.perf_counter()
        import_list(store, str(csv_path))
        print(f"(import of the list on the server: {time.perf_counter() - t:.1f} s)")
        t = time.perf_counter()
        rows = sum(1 for _ in store.iter_attendees())
        print(f"baseline, the same {rows} rows read from the server: "
              f"{time.perf_counter() - t:.1f} s")  # fmt: skip
        t = time.perf_counter()
        rows = len(store.snapshot()[2])
        print(f"baseline, the download's read alone (snapshot, {rows} rows): "
              f"{time.perf_counter() - t:.1f} s")  # fmt: skip
        store.close()
    t = time.perf_counter()
    cpu = time.process_time()
    desk = DeskStore.open(url, folder / "download")
    took = time.perf_counter() - t
    cpu = time.process_time() - cpu
    try:
        print(f"first download: {took:.1f} s ({cpu:.1f} s CPU in the desk's process), "
              f"{desk.count_attendees()} attendees in the replica")  # fmt: skip
        t = time.perf_counter()
        desk.sync()
        print(f"a sync right after it (nothing new): {(time.perf_counter() - t) * 1000:.0f} ms")
    finally:
        desk.close()


# -- 4b. a re-import reaching another desk ------------------------------------------------------
def changed_list(source: Path, out: Path, rounds: int) -> int:
    """`source` with the company of 1 % of its guests changed for each of `rounds` rounds
    (round k: every 100th guest from the k-th, so each round changes 1 % more); returns
    the line (0-based, header excluded) of the last guest the last round changed."""
    import csv

    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, body = rows[0], rows[1:]
    company = header.index("Firma") if "Firma" in header else 5
    last = 0
    for i, row in enumerate(body):
        k = i % 100
        if k < rounds:
            row[company] = f"{row[company]} (Runde {k + 1})"
            if k == rounds - 1:
                last = i
    with out.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows([header, *body])
    return last


def held(desk: DeskStore, cursor: str, code: str, mark: str) -> bool:
    """Whether `desk` pulled an import's guests past `cursor` and holds `code` changed."""
    if desk.replica.get_meta("replica_guests") == cursor:
        return False
    (guest,) = desk.find_by_code(code)
    return guest.company.endswith(mark)


def part_reimport(server: PgServer, folder: Path, n: int) -> None:
    print(f"== a re-import changing 1 % of {n} guests at one desk, until a second desk holds it")
    from checkin.core.importing import import_list

    url = server.create_database()
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "list.csv"
        gen = [sys.executable, str(ROOT / "bench" / "gen_list.py"), str(n), str(first)]
        subprocess.run(gen, check=True, capture_output=True)
        seed = PostgresStore.open(url)
        import_list(seed, str(first))
        seed.close()
        desk_a = DeskStore.open(url, folder / "reimport-a")
        desk_b = DeskStore.open(url, folder / "reimport-b")
        # Desk B's pulls of an import's guests, timed where they run (its sync thread):
        # wall time and that thread's CPU.
        spent: list[tuple[float, float]] = []
        pull_guests = desk_b._pull_guests  # noqa: SLF001

        def timed(*args: object) -> None:
            t, cpu = time.perf_counter(), time.thread_time()
            pull_guests(*args)  # type: ignore[arg-type]
            spent.append((time.perf_counter() - t, time.thread_time() - cpu))

        desk_b._pull_guests = timed  # type: ignore[method-assign]  # noqa: SLF001
        try:
            heard = threading.Event()
            desk_b.subscribe(lambda _change: heard.set())
            for k, full in enumerate((True, False, True, False)):
                # The same file name: a list saved under a new name moves every guest.
                (Path(tmp) / f"round-{k + 1}").mkdir()
                path = Path(tmp) / f"round-{k + 1}" / first.name
                line = changed_list(first, path, k + 1)
                with first.open(encoding="utf-8") as handle:
                    code = handle.readlines()[line + 1].split(";")[0]
                if full:  # as every pull after an import did before row versions
                    for desk in (desk_a, desk_b):
                        desk.replica.set_meta("replica_guests", "")
                fetched, pulls = desk_b.guests_pulled, desk_b.pulls
                spent.clear()
                cursor = desk_b.replica.get_meta("replica_guests")
                t = time.perf_counter()
                report = import_list(desk_a, str(path))
                imported = time.perf_counter() - t
                # Until desk B's pull of the import's guests is over (its guest cursor moved
                # on, quietly: looked at every 20 ms) and it holds the last changed guest.
                while not held(desk_b, cursor, code, f"(Runde {k + 1})"):
                    heard.wait(0.02)
                    heard.clear()
                reached = time.perf_counter() - t
                label = "full pull (before)" if full else "row versions (after)"
                print(f"  {label:>22}: {report.updated} guests changed; the import took "
                      f"{imported:.1f} s at desk A; desk B held it {reached - imported:.1f} s "
                      f"later ({reached:.1f} s after the import began), fetching "
                      f"{desk_b.guests_pulled - fetched} guest rows in "
                      f"{desk_b.pulls - pulls} pulls; its pull of the import's guests "
                      f"{sum(w for w, _ in spent):.2f} s ({sum(c for _, c in spent):.2f} s "
                      "CPU)")  # fmt: skip
        finally:
            desk_a.close()
            desk_b.close()


# -- 5. 20 desks, 10 guests/s each -------------------------------------------------------------
def desks_at_pace(url: str, folder: str, first: int, count: int, codes: list[list[str]],
                  rate: float, t0: float) -> tuple[list[float], int, float]:  # fmt: skip
    """In a child process: `count` desks, each scanning its codes at `rate` per second;
    the time of each online decision as the desk saw it (the server's check-in, round trip
    and this process's waits for a CPU included), how many pulls the desks made, and the
    CPU time the process used while they scanned."""
    stores = [DeskStore.open(url, Path(folder) / f"load-{first + k}") for k in range(count)]
    timings: list[list[float]] = [[] for _ in range(count)]
    offline = [0] * count
    pulls = [0] * count
    for k, store in enumerate(stores):
        sync = store._live_server()
        log_after = sync.log_after

        def counted(*args: object, _k: int = k, _call=log_after):  # type: ignore[no-untyped-def]
            pulls[_k] += 1
            return _call(*args)  # type: ignore[arg-type]

        sync.log_after = counted  # type: ignore[method-assign]

    def desk(k: int) -> None:
        store = stores[k]
        service = CheckInService(store)
        # The server's part of each scan: the check-in on the desk's scan connection (one
        # transaction, its round trips on loopback included), not the replica's mirror.
        server = store._scan
        assert server is not None
        check_in = server.check_in

        def timed(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            result = check_in(*args, **kwargs)  # type: ignore[arg-type]
            timings[k].append(time.perf_counter() - t)
            return result

        server.check_in = timed  # type: ignore[method-assign]
        for n, code in enumerate(codes[k]):
            wait = t0 + n / rate + k * 0.0047 - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            offline[k] += service.scan(code, f"Tisch {first + k}", "Bench").offline

    threads = [threading.Thread(target=desk, args=(k,)) for k in range(count)]
    for thread in threads:
        thread.start()
    while time.monotonic() < t0:
        time.sleep(0.01)
    cpu = time.process_time()
    for thread in threads:
        thread.join()
    cpu = time.process_time() - cpu
    for store in stores:
        store.close()
    if sum(offline):
        print(f"  desks {first}-{first + count - 1}: {sum(offline)} scans went offline")
    return [x for t in timings for x in t], sum(pulls), cpu


def light_at_pace(url: str, codes: list[list[str]], rate: float, pulls_per_s: float,
                  t0: float) -> tuple[list[float], int, float]:  # fmt: skip
    """The desks' requests without the desks: in this process, one thread per desk sends
    at the desks' pace the check-in a desk's scan connection sends (`PostgresStore.check_in`
    with the guest as the desk judged it: the same statement, one round trip), and one
    more thread per desk sends on a second connection a desk's pulls (`log_after`, the
    guests whose rows may have changed, the event's details: what `DeskStore._pull`
    asks) at `pulls_per_s` shared by all desks. No replica, listener, rules or SQLite
    commit: what the server's host carries when each desk is a laptop of its own. Returns
    the check-ins' times as this client saw them, the number of pulls sent and this
    process's CPU time meanwhile."""
    from checkin.core.store.replica import _ADMISSION_ONLY, BATCH

    stop = threading.Event()
    scanners = [PostgresStore.open(url) for _ in codes]
    syncs = [PostgresStore.open(url) for _ in codes]
    ids = {a.code: a.id for a in scanners[0].iter_attendees()}
    judged = [scanners[0].get_attendees(ids[c] for c in mine) for mine in codes]
    row = scanners[0]._read("SELECT xid::text, id FROM log ORDER BY xid DESC, id DESC LIMIT 1")
    start = (int(row[0][0]), int(row[0][1])) if row else (0, 0)
    timings: list[list[float]] = [[] for _ in codes]
    pulls = [0] * len(codes)

    def desk(k: int) -> None:
        store = scanners[k]
        for n, code in enumerate(codes[k]):
            wait = t0 + n / rate + k * 0.0047 - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            guest = judged[k][ids[code]]
            t = time.perf_counter()
            store.check_in(guest.id or 0, datetime.now().astimezone(), f"Tisch {k}", "Bench",
                           raw_input=code, judged=guest)  # fmt: skip
            timings[k].append(time.perf_counter() - t)

    def puller(k: int) -> None:
        store, cursor = syncs[k], start
        every = len(codes) / pulls_per_s if pulls_per_s else 0.0
        n = 0
        while every and not stop.is_set():
            wait = t0 + n * every + k * every / len(codes) - time.monotonic()
            if wait > 0 and stop.wait(wait):
                return
            fresh, cursor = store.log_after(cursor, BATCH)
            # As `DeskStore._pull`: rows only of guests an event may have changed beyond the
            # admission (none here: the desks only check in).
            changed = {e.attendee_id for e in fresh if e.kind not in _ADMISSION_ONLY}
            if changed - {None}:
                store.get_attendees(i for i in changed if i is not None)
            store.meta_items()
            pulls[k] += 1
            n += 1

    threads = [threading.Thread(target=desk, args=(k,)) for k in range(len(codes))]
    pullers = [threading.Thread(target=puller, args=(k,)) for k in range(len(codes))]
    for thread in threads + pullers:
        thread.start()
    while time.monotonic() < t0:
        time.sleep(0.01)
    cpu = time.process_time()
    for thread in threads:
        thread.join()
    stop.set()
    for thread in pullers:
        thread.join()
    cpu = time.process_time() - cpu
    for store in scanners + syncs:
        store.close()
    return [x for t in timings for x in t], sum(pulls), cpu


def classify(sql: str) -> str | None:
    """The requests the load part reports, by their SQL text."""
    if "WITH known AS" in sql:
        return "check-in"
    if "bench probe" in sql:
        return "SELECT 1 (baseline)"
    if "INSERT INTO bench_bare" in sql:
        return "bare durable INSERT (baseline)"
    if "FROM log WHERE (xid, id) >" in sql:
        return "a desk's pull (log_after)"
    return None


class Baselines:
    """On their own connections beside the desks, at 10 per second each: a trivial
    statement (what any request costs on this host under this load) and a bare durable
    INSERT (what a commit's WAL flush costs); and, for the why, what the check-ins in
    flight wait for (pg_stat_activity, sampled every 10 ms)."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.stop = threading.Event()
        self.waits: collections.Counter[str] = collections.Counter()
        self.samples = 0
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS bench_bare (id serial PRIMARY KEY, v text)")
        self._threads = [
            threading.Thread(target=self._probe),
            threading.Thread(target=self._sample),
        ]

    def __enter__(self) -> Baselines:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self._threads:
            thread.join()

    def _probe(self) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            n = 0
            while not self.stop.wait(0.1):
                conn.execute('SELECT 1 AS "bench probe"').fetchone()
                conn.execute("INSERT INTO bench_bare (v) VALUES (%s)", (f"row {n}",))
                n += 1

    def _sample(self) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self.stop.wait(0.01):
                rows = conn.execute(
                    "SELECT wait_event_type, wait_event FROM pg_stat_activity "
                    "WHERE state = 'active' AND pid <> pg_backend_pid() "
                    "AND query LIKE '%%WITH known' || ' AS%%'"
                ).fetchall()
                self.samples += 1
                for kind, name in rows:
                    self.waits[f"{kind}:{name}" if kind else "on CPU (no wait event)"] += 1


class ServerClock:
    """The server's own time per request, for one window of the run (`server_times`)."""

    def __init__(self, server: PgServer, url: str, folder: Path) -> None:
        import psycopg

        self.log = server.base / "server.log"
        self.server = server
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("ALTER SYSTEM SET log_line_prefix = '%m [%p] '")
            conn.execute("SELECT pg_reload_conf()")
        self.watch(url)
        self.wire = (
            WireCapture(server.port, folder / "load.pcap") if WireCapture.available() else None
        )
        if self.wire is None:
            print("(tcpdump not installed: no server times with the commit, see the docstring)")

    def watch(self, url: str) -> None:
        """Log every statement of that database too."""
        import psycopg

        dbname = url.rsplit("/", 1)[1].split("?")[0]
        with psycopg.connect(self.server.url(), autocommit=True) as conn:
            conn.execute(f"ALTER DATABASE {dbname} SET log_min_duration_statement = 0")
            conn.execute(f"ALTER DATABASE {dbname} SET log_parameter_max_length = 0")

    def __enter__(self) -> ServerClock:
        if self.wire is not None:
            self.wire.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.wire is not None:
            self.wire.stop()

    def mark(self) -> tuple[float, int]:
        return time.time(), self.log.stat().st_size

    def ratio(self, since: tuple[float, int], until: tuple[float, int]) -> str:
        if self.wire is None:
            return "(no wire times)"
        wire = self.wire.times(classify)
        seen = {
            kind: [took for at, took in wire.get(kind, []) if since[0] <= at <= until[0]]
            for kind in ("check-in", "bare durable INSERT (baseline)")
        }
        if not all(seen.values()):  # a request the capture could not classify: say so
            return "(no wire times for " + ", ".join(k for k, v in seen.items() if not v) + ")"
        p99 = {kind: pct(took, 99) for kind, took in seen.items()}
        return f"{p99['check-in'] / p99['bare durable INSERT (baseline)']:.2f}"

    def report(self, since: tuple[float, int], until: tuple[float, int]) -> None:
        logged = statement_times(self.log, since[1], until[1], classify)
        wire = self.wire.times(classify) if self.wire is not None else {}
        for kind in sorted(set(logged) | set(wire)):
            print(f"  {kind}:")
            seen = [took for at, took in wire.get(kind, []) if since[0] <= at <= until[0]]
            if self.wire is not None:
                print(f"    server, request in to answer out (commit included): {ms(seen)}")
            print(
                "    server log (a simple query with its commits, an extended-protocol "
                f"statement without): "
                f"{ms(logged.get(kind, []))}"
            )


#: Server settings an organiser may set (`--load-settings`), each compared with the
#: defaults in the same run; never one that can lose a confirmed check-in
#: (synchronous_commit, fsync stay on).
SETTINGS = {
    "wal_compression": {"wal_compression": "lz4"},
    "commit_delay": {"commit_delay": "200", "commit_siblings": "5"},
    "both": {"wal_compression": "lz4", "commit_delay": "200", "commit_siblings": "5"},
    # Not settings: the default settings, the check-ins without the desks' pulls; the same
    # requests on a second event whose guests' pages are full, as before schema 7 (an
    # import filled them to the brim: a check-in moved its guest's row and indexed it anew).
    "no-pulls": {},
    "full-pages": {},
}
#: What the other variants change back.
_DEFAULTS = {"wal_compression": "off", "commit_delay": "0", "commit_siblings": "5"}


def use_settings(server: PgServer, settings: dict[str, str]) -> None:
    """ALTER SYSTEM and reload; returns once a new connection sees them."""
    import psycopg

    wanted = {**_DEFAULTS, **settings}
    with psycopg.connect(server.url(), autocommit=True) as conn:
        for name, value in wanted.items():
            conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
        conn.execute("SELECT pg_reload_conf()")
    pause = threading.Event()
    for _ in range(500):
        with psycopg.connect(server.url(), autocommit=True) as conn:
            seen = {n: conn.execute(f"SHOW {n}").fetchone()[0] for n in wanted}  # type: ignore[index]
        if seen == wanted:
            return
        pause.wait(0.01)
    raise RuntimeError(f"the server did not take {wanted}: {seen}")


class WalMeter:
    """WAL the server wrote (pg_stat_wal) and admissions journalled, between two marks."""

    def __init__(self, url: str) -> None:
        self.url = url

    def mark(self) -> tuple[int, int, int]:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            wal = conn.execute("SELECT wal_bytes, wal_fpi FROM pg_stat_wal").fetchone()
            admitted = conn.execute("SELECT count(*) FROM log WHERE result = 'admitted'").fetchone()
        assert wal is not None and admitted is not None
        return int(wal[0]), int(wal[1]), int(admitted[0])

    @staticmethod
    def per_check_in(since: tuple[int, int, int], until: tuple[int, int, int]) -> str:
        n = max(until[2] - since[2], 1)
        return (f"WAL {(until[0] - since[0]) / n / 1024:.2f} kB and "
                f"{(until[1] - since[1]) / n:.2f} full-page images per check-in "
                f"({until[2] - since[2]} check-ins)")  # fmt: skip


def checkpoint(server: PgServer) -> None:
    """Each phase starts right after a checkpoint (a server makes one every 5 minutes at
    least): its first touch of each page copies the page whole into the WAL."""
    import psycopg

    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute("CHECKPOINT")


def part_load(server: PgServer, folder: Path, desks: int, rate: float, seconds: float,
              rounds: int, variants: list[str]) -> None:  # fmt: skip
    print(f"== {desks} desks scanning {rate:g} guests/s each against one server "
          "(target: server-side p99 <= 20 ms)")  # fmt: skip
    # The desks and this process yield the CPU to the server (started before, at the
    # normal priority): on a real site the desks are other machines.
    os.nice(10)
    per_desk = int(rate * seconds)
    light = [v for _ in range(rounds) for v in ["default", *variants]]
    groups = 1 + desks * (1 + len(light))
    # Guests as a registration list has them, scanned in no order (a door's queue).
    url = event(server, groups * per_desk, listed=True)
    codes = [f"D{i:07d}" for i in range(groups * per_desk)]
    random.Random(12).shuffle(codes)
    dealt = [codes[g * per_desk : (g + 1) * per_desk] for g in range(groups)]
    alone_codes, desk_codes = dealt[:1], dealt[1 : 1 + desks]
    light_codes = [dealt[1 + desks * (r + 1) : 1 + desks * (r + 2)] for r in range(len(light))]
    # The desks' replicas in memory: on a real site each desk commits to its own disk, not
    # to the server's (here 20 replicas' fsyncs would queue with the server's WAL flushes).
    shm = Path("/dev/shm")
    replicas = Path(tempfile.mkdtemp(prefix="bench-desks-", dir=shm if shm.is_dir() else None))
    clock = ServerClock(server, url, folder)
    wal = WalMeter(url)
    full = ""
    if "full-pages" in variants:
        import psycopg

        full = event(server, groups * per_desk, listed=True)
        with psycopg.connect(full, autocommit=True) as conn:
            conn.execute("ALTER TABLE attendees SET (fillfactor = 100)")
            conn.execute("VACUUM FULL attendees")
            conn.execute("ANALYZE")
        clock.watch(full)

    def report(title: str, since: tuple[float, int], until: tuple[float, int],
               waits: collections.Counter[str], used: tuple[tuple[int, int, int], ...]) -> None:  # fmt: skip
        print(title)
        clock.report(since, until)
        print(f"  ratio of p99s, check-in / bare durable INSERT: {clock.ratio(since, until)}")
        print(f"  {WalMeter.per_check_in(*used)}")
        total = sum(waits.values())
        if total:
            print("  check-ins in flight, what they waited for (samples every 10 ms): "
                  + ", ".join(f"{k} {v / total:.0%}" for k, v in waits.most_common(6)))  # fmt: skip

    reports: list[Callable[[], None]] = []
    try:
        with clock, Baselines(url) as baselines:
            use_settings(server, {})
            checkpoint(server)
            since, w0, load = clock.mark(), wal.mark(), os.getloadavg()[0]
            alone, _, _ = desks_at_pace(url, str(replicas), desks, 1, alone_codes, rate,
                                     time.monotonic() + 1)  # fmt: skip
            until, w1 = clock.mark(), wal.mark()
            title = (f"one desk alone (load average {load:.1f} -> {os.getloadavg()[0]:.1f}), "
                     f"check-in as the desk saw it: {ms(alone)}")  # fmt: skip
            reports.append(lambda t=title, a=(since, until, collections.Counter(), (w0, w1)):
                           report(t, *a))  # fmt: skip
            procs = 4
            share = desks // procs
            context = multiprocessing.get_context("fork")
            with concurrent.futures.ProcessPoolExecutor(procs, mp_context=context) as pool:
                t0 = time.monotonic() + 40  # every desk opened (first download) first
                futures = [
                    pool.submit(
                        desks_at_pace,
                        url,
                        str(replicas),
                        p * share,
                        share,
                        desk_codes[p * share : (p + 1) * share],
                        rate,
                        t0,
                    )  # fmt: skip
                    for p in range(procs)
                ]
                while time.monotonic() < t0 - 2:
                    time.sleep(0.1)
                checkpoint(server)
                while time.monotonic() < t0:
                    time.sleep(0.1)
                waits_before = baselines.waits.copy()
                since, w0, load = clock.mark(), wal.mark(), os.getloadavg()[0]
                done = [f.result() for f in futures]
                until, w1 = clock.mark(), wal.mark()
                waits = baselines.waits - waits_before
            together = [x for times, _pulls, _cpu in done for x in times]
            pulls = sum(n for _times, n, _cpu in done)
            cpu = sum(c for _times, _n, c in done)
            took = max(until[0] - since[0], 1e-3)
            title = (f"{desks} desks together, DeskStores in {procs} processes (load average "
                     f"{load:.1f} -> {os.getloadavg()[0]:.1f}), {pulls} pulls in {took:.0f} s, "
                     f"the desks' processes {cpu:.1f} s CPU ({cpu / len(together) * 1000:.1f} ms "
                     f"a scan); check-in as the desks saw it: {ms(together)}")  # fmt: skip
            reports.append(lambda t=title, a=(since, until, waits, (w0, w1)): report(t, *a))
            pulls_per_s = pulls / took
            for variant, mine in zip(light, light_codes, strict=True):
                target = full if variant == "full-pages" else url
                meter = WalMeter(target)
                use_settings(server, SETTINGS.get(variant, {}))
                checkpoint(server)
                t0 = time.monotonic() + 2
                waits_before = baselines.waits.copy()
                since, w0, load = clock.mark(), meter.mark(), os.getloadavg()[0]
                times, sent, cpu = light_at_pace(
                    target, mine, rate, 0.0 if variant == "no-pulls" else pulls_per_s, t0
                )
                until, w1 = clock.mark(), meter.mark()
                waits = baselines.waits - waits_before
                title = (f"the same {desks} desks' requests from one light client, settings "
                         f"{variant} {SETTINGS.get(variant, {})} (load average {load:.1f} -> "
                         f"{os.getloadavg()[0]:.1f}), {sent} pulls, the client {cpu:.1f} s CPU "
                         f"({cpu / len(times) * 1000:.1f} ms a scan); check-in as the client saw "
                         f"it: {ms(times)}")  # fmt: skip
                reports.append(lambda t=title, a=(since, until, waits, (w0, w1)): report(t, *a))
            use_settings(server, {})
        for show in reports:
            show()
        if clock.wire is not None and clock.wire.dropped:
            print(f"  tcpdump: {clock.wire.dropped}")
    finally:
        shutil.rmtree(replicas, ignore_errors=True)


# -- 6. ten minutes without network (issue 12's "Done when") ---------------------------------
@dataclass
class Scan:
    """One scan a desk made in the partition run, and what the door showed."""

    desk: str
    code: str
    expected: VerdictKind
    started: float = 0.0
    took: float = 0.0
    shown: VerdictKind | None = None
    offline: bool = False
    error: str = ""


@dataclass
class Partition:
    """The run's clock marks (time.monotonic): the link dies at `cut`, comes back at `heal`."""

    cut: float = 0.0
    heal: float = 0.0

    def phase(self, t: float) -> str:
        if self.cut and t >= self.cut and (not self.heal or t < self.heal):
            return "partition"
        return "after" if self.heal and t >= self.heal else "before"


def partition_plan(
    n: int, rate: float, warmup: float, minutes: float, after: float, external: bool
) -> tuple[dict[str, list[tuple[float, str, VerdictKind]]], dict[str, tuple[str, str]], dict]:
    """What each desk scans when (seconds after the start): its own guests, a re-scan of
    one it admitted (refused "already"), an unknown code, and tickets scanned at two desks
    while the link is dead (both admitted there: doubles). Returns the plan, the doubles
    (code -> the two desks) and the codes kept for an external desk (the window)."""
    pool = iter(range(n))
    taken: set[int] = set()

    def fresh() -> str:
        for i in pool:
            if i not in taken:
                taken.add(i)
                return f"P{i:07d}"
        raise SystemExit(f"--partition-guests {n} is too few for this plan: raise it")

    ext: dict[str, list[str]] = {"alone": [], "doubles": []}
    if external:  # the last 40 guests: 30 for the window alone, 10 also scanned at Tisch B
        for i in range(n - 40, n):
            taken.add(i)
        ext["alone"] = [f"P{i:07d}" for i in range(n - 40, n - 10)]
        ext["doubles"] = [f"P{i:07d}" for i in range(n - 10, n)]
    total = warmup + minutes * 60 + after
    slots = int(total * rate)
    cut_slot, heal_slot = int(warmup * rate), int((warmup + minutes * 60) * rate)
    plan: dict[str, dict[int, tuple[str, VerdictKind]]] = {d: {} for d in PARTITION_DESKS}
    doubles: dict[str, tuple[str, str]] = {}
    # Doubles first (they fix both desks' slots), well inside the partition.
    inside = range(cut_slot + 5, heal_slot - 10)
    for k, slot in enumerate(s for s in inside if (s - cut_slot) % 20 == 0):
        code = fresh()
        pair = ("Tisch A", "Tisch B") if k % 2 == 0 else ("Tisch B", "Tisch A")
        if k % 3 == 2:
            pair = ("Tisch C", "Tisch A")  # both desks offline
        plan[pair[0]][slot] = (code, VerdictKind.ADMITTED)
        plan[pair[1]][slot + 3] = (code, VerdictKind.ADMITTED)
        doubles[code] = pair
    free = (s for s in range(cut_slot + 7, heal_slot) if s not in plan["Tisch B"])
    for code, slot in zip(ext["doubles"], free, strict=False):  # Tisch B: online, early
        plan["Tisch B"][slot] = (code, VerdictKind.ADMITTED)
    for desk, slots_of in plan.items():
        mine: list[str] = []
        for slot in range(slots):
            if slot in slots_of:
                continue
            if slot % 10 == 7 and len(mine) > 5:
                slots_of[slot] = (mine[-5], VerdictKind.ALREADY_CHECKED_IN)
            elif slot % 50 == 23:
                slots_of[slot] = (f"PX{desk[-1]}{slot:05d}", VerdictKind.UNKNOWN)
            else:
                code = fresh()
                mine.append(code)
                slots_of[slot] = (code, VerdictKind.ADMITTED)
    timed = {
        desk: [(slot / rate, code, kind) for slot, (code, kind) in sorted(slots_of.items())]
        for desk, slots_of in plan.items()
    }
    return timed, doubles, ext


PARTITION_DESKS = ("Tisch A", "Tisch B", "Tisch C")  # A and C behind the proxy, B online


def part_partition(
    server: PgServer,
    folder: Path,
    deadline: float,
    minutes: float,
    n: int,
    warmup: float,
    after: float,
    slack: float,
    external: str,
    keep: str,
) -> bool:
    """Three desks at one scan a second; Tisch A and Tisch C lose the server for `minutes`
    (blackholed: nothing answers, nothing is closed), Tisch B stays online. Returns whether
    the door lost nothing: every verdict as expected and in time, every one on the server
    after the heal, every double reported (journal, `checkin stats --json`, the report)."""
    print(f"== {minutes:g} min without network: Tisch A and Tisch C blackholed, Tisch B online, "
          f"1 scan/s each, {n} guests (deadline {deadline * 1000:.0f} ms)")  # fmt: skip
    url = server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(n, "P"), datetime.now().astimezone())
    seed.close()
    plan, double_pairs, ext = partition_plan(n, 1.0, warmup, minutes, after, bool(external))
    proxies = {d: FaultProxy(server.port).__enter__() for d in ("Tisch A", "Tisch C")}
    outside = FaultProxy(server.port).__enter__() if external else None
    links = {d: through(url, server, p) for d, p in proxies.items()} | {"Tisch B": url}
    desks = {
        d: DeskStore.open(links[d], folder / f"partition-{d[-1]}", deadline_s=deadline)
        for d in PARTITION_DESKS
    }
    if outside is not None:
        Path(external).write_text(through(url, server, outside) + "\n")
        print(f"external desk (the window): {through(url, server, outside)}")
        print(f"  scan during the partition, alone: {' '.join(ext['alone'])}")
        print(
            f"  scan during the partition, admitted at Tisch B before: {' '.join(ext['doubles'])}"
        )
    marks = Partition()
    scans: dict[str, list[Scan]] = {d: [] for d in PARTITION_DESKS}
    failures: list[str] = []
    t0 = time.monotonic() + 2

    def door(desk: str) -> None:
        service = CheckInService(desks[desk])
        for at, code, expected in plan[desk]:
            wait = t0 + at - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            scan = Scan(desk, code, expected, started=time.monotonic())
            try:
                verdict = service.scan(code, desk, "Bench")
            except Exception as exc:  # noqa: BLE001 - a lost verdict is what we count
                scan.error = f"{type(exc).__name__}: {exc}"
            else:
                scan.shown, scan.offline = verdict.kind, verdict.offline
            scan.took = time.monotonic() - scan.started
            scans[desk].append(scan)

    def link() -> None:
        time.sleep(max(0.0, t0 + warmup - time.monotonic()))
        for p in [*proxies.values(), *([outside] if outside else [])]:
            p.blackhole()
        marks.cut = time.monotonic()
        print(f"  {datetime.now():%H:%M:%S} link blackholed")
        time.sleep(max(0.0, t0 + warmup + minutes * 60 - time.monotonic()))
        for p in [*proxies.values(), *([outside] if outside else [])]:
            p.heal()
        marks.heal = time.monotonic()
        print(f"  {datetime.now():%H:%M:%S} link healed")

    # Daemons: an interrupted run ends at once (its server is stopped in main's finally).
    threads = [threading.Thread(target=door, args=(d,), daemon=True) for d in PARTITION_DESKS]
    threads.append(threading.Thread(target=link, daemon=True))
    try:
        for thread in threads:
            thread.start()
        # Time to upload: from the heal until both cut desks are online with an empty outbox.
        while not marks.heal:
            time.sleep(0.05)
        uploaded_s = None
        while time.monotonic() - marks.heal < 120:
            if all(desks[d].online and not desks[d].replica.count_pending() for d in proxies):
                uploaded_s = time.monotonic() - marks.heal
                break
            time.sleep(0.05)
        for thread in threads:
            thread.join()
        waiting = {d: desks[d].replica.count_pending() for d in PARTITION_DESKS}
        if uploaded_s is None:
            failures.append(f"not uploaded 120 s after the heal: {waiting}")
        else:
            print(f"time to upload after the heal (both cut desks online, outbox empty): "
                  f"{uploaded_s:.1f} s")  # fmt: skip
        # After the upload the server knows every offline admission: Tisch B refuses them.
        service_b = CheckInService(desks["Tisch B"])
        cut_admits = [
            s.code
            for s in scans["Tisch A"] + scans["Tisch C"]
            if s.offline and s.shown is VerdictKind.ADMITTED and s.code not in double_pairs
        ][:: max(1, len(scans["Tisch A"]) // 10)][:10]
        for code in cut_admits:
            check = Scan("Tisch B", code, VerdictKind.ALREADY_CHECKED_IN, started=time.monotonic())
            verdict = service_b.scan(code, "Tisch B", "Bench")
            check.took, check.shown = time.monotonic() - check.started, verdict.kind
            scans["Tisch B"].append(check)
        for desk in desks.values():
            desk.sync()
        failures += partition_report(scans, marks, deadline, slack)
        print(f"  baseline, a bare durable SQLite commit on the same disk: "
              f"{ms(bare_sqlite_commits(folder, 200))}")  # fmt: skip
        failures += partition_check(url, folder, desks, scans, double_pairs, ext, keep)
    finally:
        for desk in desks.values():
            desk.close()
        for p in [*proxies.values(), *([outside] if outside else [])]:
            p.close()
    for failure in failures:
        print(f"FAILED: {failure}")
    print("the door lost nothing" if not failures else f"{len(failures)} failure(s)")
    return not failures


def partition_report(
    scans: dict[str, list[Scan]], marks: Partition, deadline: float, slack: float
) -> list[str]:
    failures = []
    for desk, made in scans.items():
        for phase in ("before", "partition", "after"):
            these = [s for s in made if marks.phase(s.started) == phase]
            took = [s.took for s in these]
            late = sum(t > deadline for t in took)
            offline = sum(s.offline for s in these)
            print(f"  {desk} {phase:>9}: {ms(took)}; {late} past {deadline * 1000:.0f} ms; "
                  f"offline verdicts {offline}/{len(these)}")  # fmt: skip
        for s in made:
            if s.error:
                failures.append(f"{desk}: {s.code}: no verdict ({s.error})")
            elif s.shown is not s.expected:
                failures.append(f"{desk}: {s.code}: shown {s.shown}, expected {s.expected}")
            if s.took > deadline + slack:
                failures.append(
                    f"{desk}: {s.code}: verdict after {s.took * 1000:.0f} ms "
                    f"({marks.phase(s.started)})"
                )
    cut = [s.took for d in ("Tisch A", "Tisch C") for s in scans[d]
           if marks.phase(s.started) == "partition"]  # fmt: skip
    print(f"  cut desks during the partition: {ms(cut)}; "
          f"{sum(t > deadline for t in cut)} past the deadline")  # fmt: skip
    return failures


def partition_check(
    url: str,
    folder: Path,
    desks: dict[str, DeskStore],
    scans: dict[str, list[Scan]],
    double_pairs: dict[str, tuple[str, str]],
    ext: dict[str, list[str]],
    keep: str,
) -> list[str]:
    """What the server holds after the heal, against what the doors showed."""
    import json
    from collections import Counter

    failures = []
    check = PostgresStore.open(url)
    try:
        log = list(check.iter_log())
        by_id = {a.id: a.code for a in check.iter_attendees()}
    finally:
        check.close()
    for desk, made in scans.items():
        shown = Counter((s.code, str(s.shown)) for s in made if s.shown is not None)
        held = Counter(
            (e.code or by_id.get(e.attendee_id or 0, ""), str(e.result))
            for e in log
            if e.desk == desk and e.kind in (LogKind.CHECKIN, LogKind.REJECTED)
        )
        if shown != held:
            failures.append(
                f"{desk}: shown but not on the server {dict(shown - held)}; "
                f"on the server, never shown {dict(held - shown)}"
            )
        else:
            admitted = sum(n for (_, kind), n in shown.items() if kind == "admitted")
            print(f"  {desk}: all {sum(shown.values())} verdicts on the server "
                  f"({admitted} admissions)")  # fmt: skip
        replica = {e.event_id for e in desks[desk].iter_log()}
        if replica != {e.event_id for e in log}:
            failures.append(f"{desk}: its replica's journal differs from the server's")
    found = {d.code: (d.first.desk, d.second.desk) for d in journal.doubles(log)}
    expected = {code: pair for code, pair in double_pairs.items()}
    window = {c: p for c, p in found.items() if c in ext["doubles"] + ext["alone"]}
    for code in sorted(set(expected) ^ {c for c in found if c not in window}):
        said = "not reported" if code in expected else "reported, never made"
        events = [
            f"{e.kind} {e.result} {e.desk} {e.at:%H:%M:%S.%f} {e.event_id} {e.detail}"
            for e in log
            if (e.code or by_id.get(e.attendee_id or 0, "")) == code
        ]
        failures.append(f"double {code} {said}; its journal: {events}")
    for code, pair in expected.items():
        if code in found and found[code] != pair:
            failures.append(f"double {code}: desks {found[code]}, made at {pair}")
    print(f"  doubles in the server's journal: {len(found)} "
          f"({len(expected)} made by the bench, {len(window)} with the window)")  # fmt: skip
    cli = [sys.executable, "-m", "checkin"]
    stats = json.loads(
        subprocess.run(
            [*cli, "stats", "--json", "--db", url], check=True, capture_output=True, text=True
        ).stdout  # fmt: skip
    )
    listed = {d["code"] for d in stats["doubles"]}
    if listed != set(found):
        failures.append(f"`checkin stats --json` lists doubles {sorted(listed)}")
    print(f"  checkin stats --json: {stats['checked_in']} checked in, "
          f"{len(listed)} doubles")  # fmt: skip
    pdf = Path(keep or folder) / "partition-report.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [*cli, "report", "--db", url, "-o", str(pdf)], capture_output=True, text=True
    )
    if done.returncode != 0:
        return [*failures, f"`checkin report` failed: {done.stderr.strip()}"]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    section = text.partition("Doppelte Einlässe")[2]
    missing = sorted(code for code in found if code not in section)
    if (found and not section) or missing:
        failures.append(f"the report's 'Doppelte Einlässe' misses {missing or 'the section'}")
    print(f"  checkin report: 'Doppelte Einlässe' names {len(found) - len(missing)} of "
          f"{len(found)} doubles" + (f" ({pdf})" if keep else ""))  # fmt: skip
    return failures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--n", type=int, default=200_000, help="attendees of the download")
    parser.add_argument("--deadline", type=float, default=0.3)
    parser.add_argument("--merge-desks", type=int, default=8)
    parser.add_argument("--merge-each", type=int, default=5000)
    parser.add_argument("--load-desks", type=int, default=20)
    parser.add_argument("--load-seconds", type=float, default=30)
    parser.add_argument("--load-rounds", type=int, default=2, help="load: rounds of the light "
                        "client, each with the default settings and each of --load-settings")  # fmt: skip
    parser.add_argument("--load-settings", default="", help="load: comma-separated of "
                        + ", ".join(SETTINGS))  # fmt: skip
    parser.add_argument(
        "--minutes", type=float, default=1, help="partition: link dead this long (default 1)"
    )
    parser.add_argument("--partition-guests", type=int, default=2000)
    parser.add_argument("--warmup", type=float, default=20, help="partition: online first (s)")
    parser.add_argument("--after", type=float, default=30, help="partition: scans after heal (s)")
    parser.add_argument("--slack", type=float, default=0.01, help="partition: past the deadline "
                        "by more than this (s) is a failure")  # fmt: skip
    parser.add_argument("--external", metavar="FILE", default="", help="partition: one more "
                        "proxy, cut with the others; its URL goes to FILE (for the window)")  # fmt: skip
    parser.add_argument("--keep", metavar="DIR", default="", help="partition: keep the report PDF")
    args = parser.parse_args()
    parts = args.parts.split(",")
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s) {', '.join(sorted(unknown))}")
    ok = True
    bin_dir = find_bin_dir()
    if bin_dir is None:
        sys.exit("PostgreSQL server binaries not found (apt-get install postgresql)")
    server = PgServer(bin_dir)
    server.max_connections = 150  # a desk holds 3: its writes, its scans, its listener
    try:
        server.start()
        with tempfile.TemporaryDirectory(prefix="bench-desks-") as tmp:
            folder = Path(tmp)
            if "scan" in parts:
                part_scan(server, folder, args.deadline)
            if "offline" in parts:
                part_offline(server, folder, args.deadline)
            if "merge" in parts:
                part_merge(server, folder, args.deadline, args.merge_desks, args.merge_each)
            if "download" in parts:
                part_download(server, folder, args.n)
            if "load" in parts:
                variants = [v for v in args.load_settings.split(",") if v]
                if set(variants) - set(SETTINGS):
                    parser.error(f"--load-settings: one of {', '.join(SETTINGS)}")
                part_load(server, folder, args.load_desks, 10.0, args.load_seconds,
                          args.load_rounds, variants)  # fmt: skip
            if "reimport" in parts:
                part_reimport(server, folder, args.n)
            if "partition" in parts:
                ok = part_partition(
                    server,
                    folder,
                    args.deadline,
                    args.minutes,
                    args.partition_guests,
                    args.warmup,
                    args.after,
                    args.slack,
                    args.external,
                    args.keep,
                )
    finally:
        server.destroy()
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
