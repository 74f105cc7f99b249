"""Every command on a server, password logins, configuration mistakes, a link that fails.

Real PostgreSQL (pg_server.py), real password authentication (scram-sha-256 for
one user), and a real TCP proxy that blackholes or resets the link
(faultproxy.py). Each configuration mistake is made for real and must be named
for what it is, never as "check the network", and never with the password in it.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin.core.rules import CheckInService
from checkin.core.store.base import StoreError
from checkin.core.store.open import open_store
from checkin.core.store.postgres import CALL_DEADLINE_S, PasswordNeeded, PostgresStore
from tests.conftest import FakeClock
from tests.store.conftest import PASSWORD, PASSWORD_USER, guests
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]


def with_password(url: str) -> str:
    return url.replace(f"{PASSWORD_USER}@", f"{PASSWORD_USER}:{PASSWORD}@", 1)


def failure(url: str) -> str:
    started = time.monotonic()
    with pytest.raises(StoreError) as failed:
        open_store(url).close()
    assert time.monotonic() - started < 10  # a mistake is said at once, not after a hang
    message = str(failed.value)
    assert PASSWORD not in message and "wrong-pw" not in message
    assert "check the network" not in message
    return message


# -- configuration mistakes, each made for real --------------------------------------------


def test_no_such_database_says_so(pg_server: PgServer) -> None:
    message = failure(pg_server.url("no_such_event"))
    assert "no database of that name" in message and "no_such_event" in message


def test_wrong_port_says_nothing_listens_there(pg_server: PgServer) -> None:
    with FaultProxy(pg_server.port) as proxy:
        free_port = proxy.port
    message = failure(pg_server.url(port=free_port))
    assert "no PostgreSQL server listens on that port" in message and str(free_port) in message


def test_tls_required_but_refused_says_so(pg_server: PgServer) -> None:
    message = failure(pg_server.url(sslmode="require"))
    assert "does not offer TLS" in message and "sslmode" in message


def test_wrong_password_says_so_without_the_password(pg_password_db: str) -> None:
    wrong = pg_password_db.replace(f"{PASSWORD_USER}@", f"{PASSWORD_USER}:wrong-pw@")
    assert "refused the password" in failure(wrong)


def test_unknown_user_says_so(pg_server: PgServer) -> None:
    assert "knows no user of that name" in failure(pg_server.url(user="nobody_here"))


def test_a_missing_password_asks_once_and_never_keeps_it(pg_password_db: str) -> None:
    with pytest.raises(PasswordNeeded, match="asks for a password"):
        open_store(pg_password_db)
    asked: list[str] = []

    def prompt(address: str) -> str:
        asked.append(address)
        return PASSWORD

    store = open_store(pg_password_db, prompt)
    try:
        assert asked == [store.path] and PASSWORD not in store.path
        assert store.count_attendees() == 0
    finally:
        store.close()
    with pytest.raises(StoreError, match="refused the password"):
        open_store(pg_password_db, lambda _address: "wrong-pw")


def test_pgpassword_and_passfile_are_libpqs_own(
    pg_password_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_store(pg_password_db).close()
    monkeypatch.delenv("PGPASSWORD")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:*:*:{PASSWORD_USER}:{PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    open_store(pg_password_db).close()


# -- the desk's second connection --------------------------------------------------------


def test_the_reader_logs_in_with_the_password_given_at_start(
    pg_password_db: str, clock: FakeClock
) -> None:
    store = PostgresStore.open(pg_password_db, lambda _address: PASSWORD)
    try:
        store.apply_import(guests(4, category="VIP"), clock())
        CheckInService(store, clock).scan("G0001", "T1", "A")
        reader = store.reopen()
        try:
            stats = reader.stats()
        finally:
            reader.close()
        assert (stats.expected, stats.checked_in) == (4, 1)
    finally:
        store.close()


# -- every command on the server -----------------------------------------------------------


def cli(url: str, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    environment.pop("CHECKIN_DB", None)
    environment.pop("PGPASSWORD", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "checkin", args[0], "--db", url, *args[1:]],
        capture_output=True,
        text=True,
        env=environment,
        input=stdin,
        timeout=120,
        check=False,
    )


def test_every_command_works_on_a_password_server(pg_password_db: str, tmp_path: Path) -> None:
    url = with_password(pg_password_db)
    listing = tmp_path / "gaeste.csv"
    listing.write_text(
        "Code;Vorname;Nachname;Firma;Kategorie\n"
        "WK-1;Eberhard;Westkämper;Fraunhofer IPA;Referent\n"
        "MD-1;Martin;Dulig;SMWA;Ehrengast\n",
        encoding="utf-8",
    )
    runs = [cli(url, "import", str(listing)), cli(url, "scan", "WK-1")]
    runs.append(cli(url, "export", "-o", str(tmp_path / "a.csv")))
    runs.append(cli(url, "export", "--what", "log", "-o", str(tmp_path / "log.xlsx")))
    runs.append(cli(url, "report", "-o", str(tmp_path / "report.pdf")))
    runs.append(cli(url, "badges", "-o", str(tmp_path / "badges.pdf")))
    runs.append(cli(url, "stats", "--json"))
    runs.append(cli(url, "event", "--name", "Strategiekonferenz"))
    runs.append(cli(pg_password_db, "list", PGPASSWORD=PASSWORD))
    for run in runs:
        assert run.returncode == 0, (run.args, run.stderr)
        assert PASSWORD not in run.stdout + run.stderr
    assert "Westkämper" in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert (tmp_path / "log.xlsx").stat().st_size > 0
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "badges.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads(runs[6].stdout)["checked_in"] == 1
    assert "Dulig" in runs[-1].stdout
    erased = cli(url, "erase", "--yes", "--json")
    assert erased.returncode == 0 and PASSWORD not in erased.stdout + erased.stderr
    erased_now = json.loads(erased.stdout)["erased"]
    assert erased_now[0] == pg_password_db  # then the replica the scan left, if any
    assert all("replica-" in p for p in erased_now[1:])
    assert json.loads(cli(url, "stats", "--json").stdout)["expected"] == 0


def test_export_of_an_unreachable_server_neither_takes_it_for_a_file_nor_prints_the_password(
    pg_server: PgServer, tmp_path: Path
) -> None:
    url = pg_server.url("no_such_event", password="s3cr3t-leak")
    for command in (["export", "-o", str(tmp_path / "a.csv")], ["report", "-o", "r.pdf"]):
        run = cli(url, *command)
        assert run.returncode == 1
        assert "no database of that name" in run.stderr and "s3cr3t-leak" not in run.stderr
        assert "no event database at" not in run.stderr
    assert not (tmp_path / "a.csv").exists()


def test_the_password_is_asked_at_a_terminal_and_never_echoed(pg_password_db: str) -> None:
    """`checkin stats` from a terminal: libpq finds no password, the desk asks for it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PGPASSWORD", None)
    env["PGPASSFILE"] = os.devnull
    pid, fd = pty.fork()
    if pid == 0:  # the child: its controlling terminal is the pty
        os.execve(
            sys.executable,
            [sys.executable, "-m", "checkin", "stats", "--db", pg_password_db],
            env,
        )
    seen = b""
    deadline = time.monotonic() + 60
    answered = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if not answered and b"Password for" in seen:
            os.write(fd, PASSWORD.encode() + b"\n")
            answered = True
    _, status = os.waitpid(pid, 0)
    text = seen.decode("utf-8", "replace")
    assert answered, text
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert "checked in 0 of 0 expected" in text and PASSWORD not in text


# -- a stream that outlives storage errors -----------------------------------------------


def test_scan_stream_reports_each_storage_error_and_recovers(
    own_pg_server: PgServer, clock: FakeClock
) -> None:
    url = own_pg_server.create_database()
    seed = PostgresStore.open(url)
    seed.apply_import(guests(6, category="VIP"), clock())
    seed.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CHECKIN_DB", None)
    desk = subprocess.Popen(
        [sys.executable, "-m", "checkin", "scan", "--no-replica", "--json", "--db", url, "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert desk.stdin is not None and desk.stdout is not None

    def scan(code: str) -> dict[str, object]:
        assert desk.stdin is not None and desk.stdout is not None
        desk.stdin.write(code + "\n")
        desk.stdin.flush()
        return dict(json.loads(desk.stdout.readline()))

    try:
        assert scan("G0001")["verdict"] == "admitted"
        own_pg_server.stop("immediate")
        for code in ("G0002", "G0003"):
            answer = scan(code)
            assert answer["verdict"] is None and answer["input"] == code
            assert "unreachable" in str(answer["error"])
        own_pg_server.start()
        assert scan("G0002")["verdict"] == "admitted"
        assert scan("G0001")["verdict"] == "already_checked_in"
        desk.stdin.close()
        assert desk.wait(timeout=60) == 1  # an input went unjudged: not a clean run
    finally:
        if desk.poll() is None:
            desk.kill()
            desk.wait()
        desk.stdout.close()
        assert desk.stderr is not None
        desk.stderr.close()


# -- connections left unusable ------------------------------------------------------------


def test_a_connection_left_busy_is_replaced(pg_url: str, clock: FakeClock) -> None:
    store = PostgresStore.open(pg_url)
    try:
        store.apply_import(guests(3, category="VIP"), clock())
        # As a reset mid-call can leave it: libpq holds a command nobody will read.
        conn = store._conn
        assert conn is not None
        conn.pgconn.send_query(b"SELECT pg_sleep(30)")
        started = time.monotonic()
        assert CheckInService(store, clock).scan("G0001", "T1", "A").admits
        assert store.stats().checked_in == 1
        assert time.monotonic() - started < 5
        assert store._conn is not conn
    finally:
        store.close()


def test_a_blackholed_link_fails_within_the_deadline_and_heals(
    pg_server: PgServer, clock: FakeClock
) -> None:
    url = pg_server.create_database()
    with FaultProxy(pg_server.port) as proxy:
        store = PostgresStore.open(url.replace(str(pg_server.port), str(proxy.port)))
        try:
            store.apply_import(guests(3, category="VIP"), clock())
            service = CheckInService(store, clock)
            assert service.scan("G0000", "T1", "A").admits
            proxy.blackhole()
            for _ in range(2):
                started = time.monotonic()
                with pytest.raises(StoreError, match="did not answer|unreachable"):
                    service.scan("G0001", "T1", "A")
                assert time.monotonic() - started < CALL_DEADLINE_S + 3
            proxy.heal()
            assert service.scan("G0002", "T1", "A").admits
        finally:
            store.close()
