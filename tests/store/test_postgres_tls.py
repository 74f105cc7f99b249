"""TLS as the address asks for it, and the password kept out of every message and log.

A real PostgreSQL server with TLS on, its certificate made in the test by
`openssl` (self-signed, for 127.0.0.1 and localhost), and a user the server lets
in over TLS only. Each `sslmode`/`sslrootcert` case is made for real and must be
honoured and, when it fails, named for what it is.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from checkin.core.rules import CheckInService
from checkin.core.store.base import StoreError
from checkin.core.store.open import open_store
from checkin.core.store.postgres import PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import PASSWORD, PASSWORD_USER, _server_or_skip
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import SERVER_USER, PgServer
from tests.store.test_postgres_config import failure, guests, with_password

pytestmark = pytest.mark.postgres

TLS_ONLY = "tls_only"


def self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost that is its own CA; (certificate, key)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed (Debian: apt-get install openssl)")
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={name}",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[PgServer, Path]]:
    """A server with TLS on; the user TLS_ONLY may log in over TLS only. (server, its CA)."""
    server = _server_or_skip()
    try:
        cert, key = self_signed(server.base, "server")
        key.chmod(0o600)
        if server.as_root:
            for path in (cert, key):
                shutil.chown(path, SERVER_USER, SERVER_USER)
        with (server.data / "postgresql.conf").open("a") as conf:
            conf.write(f"ssl = on\nssl_cert_file = '{cert}'\nssl_key_file = '{key}'\n")
        hba = server.data / "pg_hba.conf"
        hba.write_text(
            f"hostnossl all {TLS_ONLY} 127.0.0.1/32 reject\n"
            f"hostssl all {TLS_ONLY} 127.0.0.1/32 trust\n" + hba.read_text()
        )
        server.start()
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {TLS_ONLY} LOGIN")
        yield server, cert
    finally:
        server.destroy()


def uses_tls(store: PostgresStore) -> bool:
    rows = store._read("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
    return bool(rows and rows[0][0])


def test_verify_full_with_the_servers_ca_connects_over_tls(
    tls_server: tuple[PgServer, Path], clock: FakeClock
) -> None:
    server, ca = tls_server
    url = server.create_database(owner=TLS_ONLY)
    store = PostgresStore.open(f"{url}?sslmode=verify-full&sslrootcert={ca}")
    try:
        assert uses_tls(store)
        store.apply_import(guests(3), clock())
        assert CheckInService(store, clock).scan("G0001", "T1", "A").admits
        reader = store.reopen()  # the desk's second connection keeps the TLS settings
        try:
            assert uses_tls(reader) and reader.stats().checked_in == 1
        finally:
            reader.close()
    finally:
        store.close()
    plain = PostgresStore.open(server.create_database() + "?sslmode=disable")
    try:
        assert not uses_tls(plain)  # sslmode=disable is honoured too
    finally:
        plain.close()


def test_a_certificate_from_another_ca_is_refused_as_that(
    tls_server: tuple[PgServer, Path], tmp_path: Path
) -> None:
    server, _ca = tls_server
    other, _key = self_signed(tmp_path, "someone-else")
    url = server.create_database(owner=TLS_ONLY)
    message = failure(f"{url}?sslmode=verify-full&sslrootcert={other}")
    assert "could not be verified with sslrootcert" in message


def test_verify_full_without_a_ca_says_to_give_sslrootcert(
    tls_server: tuple[PgServer, Path],
) -> None:
    server, _ca = tls_server
    if (Path.home() / ".postgresql" / "root.crt").exists():
        pytest.skip("this machine has a default root certificate for libpq")
    message = failure(server.create_database(owner=TLS_ONLY) + "?sslmode=verify-full")
    assert "needs the CA" in message and "sslrootcert" in message


def test_a_server_that_wants_tls_says_so_to_a_desk_without_it(
    tls_server: tuple[PgServer, Path],
) -> None:
    server, _ca = tls_server
    message = failure(server.create_database(owner=TLS_ONLY) + "?sslmode=disable")
    assert "only over TLS" in message and "sslmode" in message


def test_require_takes_tls_without_checking_the_certificate(
    tls_server: tuple[PgServer, Path],
) -> None:
    server, _ca = tls_server
    store = PostgresStore.open(server.create_database(owner=TLS_ONLY) + "?sslmode=require")
    try:
        assert uses_tls(store)
    finally:
        store.close()


# -- the password is never said ----------------------------------------------------------


def test_unknown_host_says_so() -> None:
    message = failure("postgresql://desk@no-such-host.invalid:5432/event")
    assert "not a known host name" in message


def test_the_password_is_in_no_message_and_no_log(
    pg_password_db: str,
    pg_server: PgServer,
    tmp_path: Path,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    said: list[str] = []
    wrong = pg_password_db.replace(f"{PASSWORD_USER}@", f"{PASSWORD_USER}:{PASSWORD}x@")
    with pytest.raises(StoreError) as refused:
        open_store(wrong)
    said.append(str(refused.value))
    seed = PostgresStore.open(with_password(pg_password_db))
    seed.apply_import(guests(5), clock())
    seed.close()
    with FaultProxy(pg_server.port) as proxy:
        url = with_password(pg_password_db).replace(f":{pg_server.port}/", f":{proxy.port}/")
        server = PostgresStore.open(url)
        desk = DeskStore.open(url, tmp_path / "desk", deadline_s=0.3)
        try:
            said += [server.path, desk.path, str(desk.status())]
            proxy.reset_all()  # every connection cut: each call fails and says why
            for call in (server.count_attendees, lambda: server.set_meta("name", "x")):
                try:
                    call()
                except StoreError as exc:
                    said.append(str(exc))
            proxy.blackhole()
            verdict = CheckInService(desk, clock).scan("G0001", "T1", "A")
            assert verdict.offline
            said.append(str(desk.status()))
            with pytest.raises(StoreError) as failed:
                desk.sync()
            said.append(str(failed.value))
            proxy.heal()
        finally:
            desk.close()
            server.close()
    assert len(said) >= 7
    for text in [*said, caplog.text]:
        assert PASSWORD not in text, text
    for path in (tmp_path / "desk").rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
