"""A throwaway PostgreSQL cluster for tests: initdb in a temp folder, 127.0.0.1 only.

PostgreSQL refuses to run as root, and CI runs as root, so the cluster then
belongs to the `postgres` system user and every server binary runs through
`runuser -u postgres --`. Nothing here mocks the server: it is the real thing.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

SERVER_USER = "postgres"


def find_bin_dir() -> Path | None:
    """$PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin, else pg_ctl on PATH."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if versions:
        return Path(versions[-1]).parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One cluster: `start()`, `stop()`, `create_database()`, `url(db)`."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.as_root = os.geteuid() == 0
        # Not under pytest's tmp_path: its 0700 parent folders are closed to `postgres`.
        self.base = Path(tempfile.mkdtemp(prefix="checkin-pg-"))
        self.data = self.base / "data"
        self.sockets = self.base / "sockets"
        self.sockets.mkdir()
        if self.as_root:
            shutil.chown(self.base, SERVER_USER, SERVER_USER)
            shutil.chown(self.sockets, SERVER_USER, SERVER_USER)
        self.port = _free_port()
        self.running = False
        #: Raise before start() for many clients (bench_desks: 20 desks, 3 connections each).
        self.max_connections = 50
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SERVER_USER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / tool), *args]
        if self.as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        return done

    def start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories={self.sockets} -c max_connections={self.max_connections} "
            "-c shared_buffers=64MB"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.base / "server.log"), "-o", options,
            "-w", "-t", "60", "start",
        )  # fmt: skip
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")
            self.running = False

    def url(
        self,
        dbname: str = "postgres",
        user: str = SERVER_USER,
        password: str = "",
        port: int | None = None,
        **extra: str,
    ) -> str:
        query = "&".join(f"{k}={v}" for k, v in extra.items())
        login = f"{user}:{password}" if password else user
        return f"postgresql://{login}@127.0.0.1:{port or self.port}/{dbname}" + (
            f"?{query}" if query else ""
        )

    def create_database(self, owner: str = "") -> str:
        """A fresh, empty event database (owned by `owner`); returns its URL (no password)."""
        import psycopg

        name = f"event_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(
                f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"
                + (f" OWNER {owner}" if owner else "")
            )
        return self.url(name, user=owner or SERVER_USER)

    def add_password_user(self, user: str, password: str) -> None:
        """A login that must give its password over TCP (scram-sha-256), as on a real server.

        Only this user's rule changes: every other login stays as it was.
        """
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        hba = self.data / "pg_hba.conf"
        rule = f"host all {user} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(rule + hba.read_text())
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
        # The server rereads the file on its own time: wait until it asks for the password.
        for _ in range(100):
            try:
                psycopg.connect(self.url(user=user), connect_timeout=5).close()
            except psycopg.OperationalError:
                return
            time.sleep(0.05)
        raise RuntimeError("the server never started asking for the password")

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)
