"""PostgreSQL backend benchmark: import, scan, search, two desks racing, cross-desk latency.

    .venv/bin/python bench/bench_postgres.py [--n 200000] [--scans 2000]

Starts its own throwaway PostgreSQL cluster (default durability: fsync on,
synchronous_commit on) on 127.0.0.1, like tests/store does, so the figures
include a real TCP round trip and a real commit flush. Prints its figures.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checkin.core.importing import import_list  # noqa: E402
from checkin.core.rules import CheckInService  # noqa: E402
from checkin.core.store.base import StoreError  # noqa: E402
from checkin.core.store.postgres import PostgresStore  # noqa: E402
from tests.store.pg_server import PgServer, find_bin_dir  # noqa: E402


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ms(values: list[float]) -> str:
    return (
        f"p50 {pct(values, 50) * 1000:.3f} ms, p95 {pct(values, 95) * 1000:.3f} ms, "
        f"p99 {pct(values, 99) * 1000:.3f} ms"
    )


def measure_import(csv_path: Path, url: str) -> tuple[float, float, int]:
    """Import in a child process so its peak memory is measured alone."""
    code = (
        "import resource, sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from checkin.core.importing import import_list\n"
        "from checkin.core.store.postgres import PostgresStore\n"
        f"s = PostgresStore.open({url!r})\n"
        "t = time.perf_counter()\n"
        f"r = import_list(s, {str(csv_path)!r})\n"
        "d = time.perf_counter() - t\n"
        "print(d, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, r.inserted)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, peak_mb, inserted = out.stdout.split()
    return float(seconds), float(peak_mb), int(inserted)


def scans(store: PostgresStore, codes: list[str], n: int) -> None:
    service = CheckInService(store)
    timings: dict[str, list[float]] = {}
    fresh = codes[:n]
    for code in fresh:
        t = time.perf_counter()
        v = service.scan(code + "\r\n", "Bench", "B")
        timings.setdefault(str(v.kind), []).append(time.perf_counter() - t)
    for code in fresh[: n // 2]:
        t = time.perf_counter()
        v = service.scan(code, "Bench", "B")
        timings.setdefault(str(v.kind), []).append(time.perf_counter() - t)
    for i in range(n // 2):
        t = time.perf_counter()
        v = service.scan(f"NOPE{i:08d}", "Bench", "B")
        timings.setdefault(str(v.kind), []).append(time.perf_counter() - t)
    for kind in ("admitted", "already_checked_in", "unknown"):
        print(f"scan {kind:>18} ({len(timings.get(kind, []))}): {ms(timings.get(kind, [0.0]))}")


def two_desks(url: str, codes: list[str]) -> None:
    """Both desks scan the same codes at once: throughput and the first-wins guarantee."""
    desks = [PostgresStore.open(url), PostgresStore.open(url)]
    admitted = [0, 0]
    start = threading.Barrier(2)

    def run(k: int) -> None:
        service = CheckInService(desks[k])
        start.wait()
        for code in codes:
            admitted[k] += service.scan(code, f"Desk {k + 1}", "B").admits

    threads = [threading.Thread(target=run, args=(k,)) for k in range(2)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    took = time.perf_counter() - t
    print(
        f"two desks racing on {len(codes)} codes: {2 * len(codes) / took:.0f} scans/s total, "
        f"admitted {admitted[0]} + {admitted[1]} = {sum(admitted)} (must be {len(codes)})"
    )
    for d in desks:
        d.close()


def notify_latency(url: str, codes: list[str]) -> None:
    """From desk 1's check-in returning to desk 2's listener being called."""
    desk1, desk2 = PostgresStore.open(url), PostgresStore.open(url)
    heard = threading.Event()
    desk2.subscribe(lambda change: heard.set() if change.attendee_ids else None)
    service = CheckInService(desk1)
    delays = []
    for code in codes:
        heard.clear()
        verdict = service.scan(code, "Desk 1", "B")
        t = time.perf_counter()
        if verdict.admits and heard.wait(timeout=5):
            delays.append(time.perf_counter() - t)
    print(f"desk 2 hears desk 1's check-in ({len(delays)}): {ms(delays)}")
    desk1.close()
    desk2.close()


def _scanning_desk(url: str, codes: list[str], stop: Any, out: Any) -> None:
    """Another desk, in a process of its own: scans `codes` until told to stop."""
    sys.path.insert(0, str(ROOT))
    store = PostgresStore.open(url)
    service = CheckInService(store)
    waits, failed = [], 0
    for code in codes:
        if stop.is_set():
            break
        t = time.perf_counter()
        try:
            service.scan(code, "Desk 2", "B")
        except StoreError:  # the server's lock_timeout (3 s): the scan failed
            failed += 1
        waits.append(time.perf_counter() - t)
    store.close()
    out.put((waits, failed))


def changed_list(csv_path: Path, every: int) -> tuple[Path, list[str]]:
    """The list with the company of every `every`-th guest changed; (file, their codes)."""
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    changed, out = [], [lines[0]]
    for n, line in enumerate(lines[1:]):
        if n % every == 0:
            fields = line.split(";")
            fields[5] += " (neu)"
            changed.append(fields[0])
            line = ";".join(fields)
        out.append(line)
    path = csv_path.with_name("changed.csv")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path, changed


def reimports(url: str, csv_path: Path) -> None:
    """A re-import with 7 % of the guests changed while another desk scans exactly those:
    before (one transaction) and after (written in parts), then one with nothing changed."""
    changed_path, changed = changed_list(csv_path, 14)
    store = PostgresStore.open(url)
    waiting = {a.code for a in store.iter_attendees() if a.checked_in is None}
    changed = [c for c in changed if c in waiting]  # a scan that admits, not one refused
    random.Random(3).shuffle(changed)
    ctx = multiprocessing.get_context("spawn")
    for label, listing, codes, one_transaction in (
        ("one transaction (before)", changed_path, changed[0::2], True),
        ("in parts (after)", csv_path, changed[1::2], False),
    ):
        stop, out = ctx.Event(), ctx.Queue()
        desk = ctx.Process(target=_scanning_desk, args=(url, codes, stop, out))
        desk.start()
        time.sleep(3)  # the desk connects and scans before the import writes
        t = time.perf_counter()
        report = import_list(store, listing, apply=store.apply_import if one_transaction else None)
        took = time.perf_counter() - t
        stop.set()
        waits, failed = out.get(timeout=120)
        desk.join()
        print(
            f"re-import {label}: {took:.2f} s, {report.updated} updated, "
            f"{report.unchanged} unchanged; desk 2 meanwhile ({len(waits)} scans, "
            f"{failed} failed): {ms(waits)}, max {max(waits) * 1000:.0f} ms"
        )
    t = time.perf_counter()
    report = import_list(store, csv_path)
    print(
        f"re-import, nothing changed: {time.perf_counter() - t:.2f} s, "
        f"{report.updated} updated, {report.inserted} new, {report.removed} removed"
    )
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument(
        "--no-reimport", dest="reimport", action="store_false", help="skip the re-imports"
    )
    args = parser.parse_args()
    bin_dir = find_bin_dir()
    if bin_dir is None:
        sys.exit("PostgreSQL server binaries not found (apt-get install postgresql)")
    rng = random.Random(7)
    server = PgServer(bin_dir)
    tmp = tempfile.mkdtemp()
    try:
        server.start()
        url = server.create_database()
        csv_path = Path(tmp) / "list.csv"
        gen = [sys.executable, str(ROOT / "bench" / "gen_list.py"), str(args.n), str(csv_path)]
        subprocess.run(gen, check=True, capture_output=True)
        seconds, peak, inserted = measure_import(csv_path, url)
        print(f"import {inserted} rows (COPY): {seconds:.2f} s, peak RSS {peak:.0f} MB")

        store = PostgresStore.open(url)
        t = time.perf_counter()
        codes = [a.code for a in store.iter_attendees() if str(a.status) == "active"]
        print(f"iter_attendees over {len(codes)} active: {time.perf_counter() - t:.2f} s")
        rng.shuffle(codes)
        scans(store, codes, args.scans)

        names = [a.last_name for a in store.iter_attendees()][:: max(1, args.n // 1000)]
        queries = [n[: rng.randint(3, 5)] for n in names if len(n) >= 5][:500]
        search_t, hits = [], 0
        for q in queries:
            t = time.perf_counter()
            hits += len(store.search(q, 50))
            search_t.append(time.perf_counter() - t)
        print(f"search 3-5 letter prefix ({len(queries)} queries, {hits} hits): {ms(search_t)}")
        # Typing "Steffen B", "Steffen Be" ...: a first name, then the surname's first letters.
        people = list(store.iter_attendees())[:: max(1, args.n // 300)]
        for letters in (1, 3):
            two = [f"{a.first_name} {a.last_name[:letters]}" for a in people if a.first_name]
            two_t, hits = [], 0
            for q in two:
                t = time.perf_counter()
                hits += len(store.search(q, 50))
                two_t.append(time.perf_counter() - t)
            print(f"search first name + {letters} letter(s) ({len(two)}, {hits} hits): {ms(two_t)}")
        t = time.perf_counter()
        store.stats()
        print(f"stats over {args.n}: {(time.perf_counter() - t) * 1000:.1f} ms")
        store.close()

        race = codes[args.scans : args.scans + 1000]
        two_desks(url, race)
        notify_latency(url, codes[args.scans + 1000 : args.scans + 1300])
        if args.reimport:
            reimports(url, csv_path)
    finally:
        server.destroy()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
