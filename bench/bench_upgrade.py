"""The server's schema upgrade at 200,000 guests: an event of schema 6 (before the room
left on the guests' pages, migration 7, and the row versions, migration 8) upgraded by
this checkin (`postgres.migrate`, one rewrite of the guests' table) and, alternating with
it, by the two migrations as they ran before they shared it (two rewrites).

    .venv/bin/python bench/bench_upgrade.py [--n 200000] [--rounds 2]

Starts its own throwaway PostgreSQL cluster; each upgrade runs on a fresh copy of the
same schema-6 event (CREATE DATABASE … TEMPLATE). Prints the upgrade's wall time, which
is how long every desk is held off the guests' table (its lock) at the first start.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checkin.core.model import Attendee  # noqa: E402
from checkin.core.store import postgres  # noqa: E402
from checkin.core.store.postgres import ATTENDEES_FILLFACTOR, MIGRATIONS  # noqa: E402
from checkin.core.store.rows import sort_key  # noqa: E402
from tests.store.pg_server import PgServer, find_bin_dir  # noqa: E402

#: Migrations 7 and 8 as they ran before (tests/store/test_postgres_hot_check_in.py).
OLD_7 = (
    f"ALTER TABLE attendees SET (fillfactor = {ATTENDEES_FILLFACTOR}); "
    "CLUSTER attendees USING attendees_pkey; ALTER TABLE attendees SET WITHOUT CLUSTER;"
)
OLD_8 = MIGRATIONS[7].replace(
    "ALTER TABLE attendees ADD COLUMN version xid8 NOT NULL DEFAULT '0';",
    "ALTER TABLE attendees ADD COLUMN version xid8 NOT NULL DEFAULT '0'; "
    "CLUSTER attendees USING attendees_pkey; ALTER TABLE attendees SET WITHOUT CLUSTER;",
)


def schema_6_event(url: str, n: int) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE schema_version (version integer NOT NULL)")
        for version, sql in enumerate(MIGRATIONS[:6], start=1):
            if version == 4:
                sql += "CREATE UNIQUE INDEX log_event ON log (event_id);"
            conn.execute(sql.encode())
            conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
        columns = "code, code_fold, first_name, last_name, company, function, email, category"
        with (
            conn.cursor() as cur,
            cur.copy(f"COPY attendees ({columns}, sort_key) FROM STDIN") as copy,
        ):
            for i in range(n):
                a = Attendee(
                    code=f"S{i:06d}",
                    first_name="Gast",
                    last_name=f"Nummer {i}",
                    company=f"Firma {i % 97} GmbH & Co. KG",
                    function="Projektleitung",
                    email=f"gast.nummer.{i}@firma{i % 97}.example.org",
                    category="Teilnehmer",
                )
                copy.write_row(
                    (a.code, a.code.casefold(), a.first_name, a.last_name, a.company)
                    + (a.function, a.email, a.category, sort_key(a))
                )
        conn.execute("VACUUM ANALYZE attendees")


def upgrade(url: str, old: bool) -> float:
    with psycopg.connect(url) as conn:
        started = time.perf_counter()
        if old:
            with conn.transaction():
                for version, sql in ((7, OLD_7), (8, OLD_8)):
                    conn.execute(sql.encode())
                    conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
        else:
            assert postgres.migrate(conn) == 6
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL not installed")
        return 1
    server = PgServer(bin_dir)
    server.start()
    try:
        template = server.create_database()
        started = time.perf_counter()
        schema_6_event(template, args.n)
        print(f"schema-6 event of {args.n:,} guests made in {time.perf_counter() - started:.1f} s")
        name = template.rsplit("/", 1)[1]
        admin = template.rsplit("/", 1)[0] + "/postgres"
        times: dict[str, list[float]] = {"before (two rewrites)": [], "now (one rewrite)": []}
        for n in range(args.rounds):
            for label, old in (("before (two rewrites)", True), ("now (one rewrite)", False)):
                copy = f"up_{n}_{int(old)}"
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f"CREATE DATABASE {copy} TEMPLATE {name}")
                url = template.rsplit("/", 1)[0] + f"/{copy}"
                seconds = upgrade(url, old)
                times[label].append(seconds)
                print(f"round {n + 1}, {label}: {seconds:.2f} s (load {os.getloadavg()[0]:.1f})")
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f"DROP DATABASE {copy}")
        for label, values in times.items():
            print(f"{label}: {', '.join(f'{v:.2f}' for v in values)} s")
    finally:
        server.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
