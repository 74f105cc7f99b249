"""The desk window opens on a shared PostgreSQL event, as a real `checkin gui` process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from checkin.core.demo import demo_list_path

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.postgres


def test_gui_opens_on_a_postgres_url(pg_url: str, tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("CHECKIN_DB", None)
    cli = [sys.executable, "-m", "checkin"]
    subprocess.run(
        [*cli, "import", "--db", pg_url, str(demo_list_path())], check=True, env=env, timeout=120
    )
    shot = tmp_path / "desk.png"
    done = subprocess.run(
        [*cli, "gui", "--db", pg_url, "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with Image.open(shot) as image:  # the offscreen screen is 800x800: the window fits it
        assert 700 <= image.width <= 800 and 500 <= image.height <= 800


def test_gui_on_an_unreachable_server_says_so(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "checkin",
            "gui",
            "--db",
            "postgresql://desk@127.0.0.1:9/none",
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "no PostgreSQL server listens on that port" in done.stderr
    assert "Traceback" not in done.stderr


def test_counters_load_on_a_server_that_asks_for_a_password(qtbot, pg_password_db: str) -> None:  # noqa: ANN001
    """The counters count on a second connection: it logs in as the desk did, password too."""
    from checkin.core.model import Attendee
    from checkin.core.store.base import ImportPlan
    from checkin.core.store.postgres import PostgresStore
    from checkin.qt.widgets.counters import CountersBar
    from tests.conftest import FakeClock
    from tests.store.conftest import PASSWORD

    clock = FakeClock()
    store = PostgresStore.open(pg_password_db, lambda _address: PASSWORD)
    try:
        store.apply_import(
            ImportPlan(inserts=tuple(Attendee(code=f"C{i}", last_name=f"N{i}") for i in range(5))),
            clock(),
        )
        attendee = store.find_by_code("C1")[0]
        assert attendee.id is not None
        store.check_in(attendee.id, clock(), "T1", "A")
        bar = CountersBar(store)
        qtbot.addWidget(bar)
        qtbot.waitUntil(lambda: bar.stats is not None, timeout=10_000)
        assert bar.stats is not None and (bar.stats.checked_in, bar.stats.expected) == (1, 5)
        assert "1 / 5" in bar.total.text()
        bar.close()
        bar.deleteLater()
        qtbot.waitUntil(lambda: True)
    finally:
        store.close()
