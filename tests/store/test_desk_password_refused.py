"""A wrong password typed at start is said as such, never stored.

Typed while the server does not answer, the password is only tried at the desk's first
reconnect: there the desk says the server refused it (its state, `checkin status`, the
window's status label), not a bare "offline". Typed while the server answers, the desk
refuses to start with it. Real PostgreSQL with a password login, the fault proxy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.core.store.base import DeskState
from checkin.core.store.postgres import PasswordRefused, PostgresStore
from checkin.core.store.replica import DeskStore
from tests.conftest import FakeClock
from tests.store.conftest import PASSWORD, guests
from tests.store.faultproxy import FaultProxy
from tests.store.pg_server import PgServer

pytestmark = pytest.mark.postgres

WRONG = "not-the-Pw-42"


@pytest.fixture
def known_desk(
    pg_password_db: str, pg_server: PgServer, tmp_path: Path, clock: FakeClock
) -> Iterator[tuple[str, Path, FaultProxy]]:
    """An event behind a password, and a desk folder whose replica came from it."""
    seed = PostgresStore.open(pg_password_db, lambda _address: PASSWORD)
    seed.apply_import(guests(3), clock())
    seed.close()
    with FaultProxy(pg_server.port) as proxy:
        url = pg_password_db.replace(f":{pg_server.port}/", f":{proxy.port}/")
        DeskStore.open(url, tmp_path / "desk", ask_password=lambda _address: PASSWORD).close()
        yield url, tmp_path / "desk", proxy


def _no_password_on_disk(folder: Path) -> None:
    for path in folder.iterdir():
        assert WRONG.encode() not in path.read_bytes()
        assert PASSWORD.encode() not in path.read_bytes()


def test_a_wrong_password_typed_offline_is_said_at_the_first_reconnect(
    known_desk: tuple[str, Path, FaultProxy],
) -> None:
    url, folder, proxy = known_desk
    proxy.refuse()  # the server's host is down at start
    asked: list[str] = []

    def prompt(address: str) -> str:
        asked.append(address)
        return WRONG

    desk = DeskStore.open(url, folder, ask_password=prompt)
    try:
        assert desk.offline and len(asked) == 1 and not desk.state().password_refused
        told: list[DeskState] = []
        desk.watch_state(told.append)
        proxy.heal()
        with pytest.raises(PasswordRefused, match="refused the password"):
            desk.sync()  # the background's probe does the same every few seconds
        assert desk.offline and desk.state().password_refused
        assert told and told[-1].password_refused
        assert desk.status()["password_refused"] is True
        assert len(asked) == 1  # asked once, at start; never again behind the person's back
    finally:
        desk.close()
    _no_password_on_disk(folder)


def test_a_wrong_password_typed_while_the_server_answers_stops_the_start(
    known_desk: tuple[str, Path, FaultProxy],
) -> None:
    url, folder, _proxy = known_desk
    with pytest.raises(PasswordRefused, match="refused the password"):
        DeskStore.open(url, folder, ask_password=lambda _address: WRONG)
    _no_password_on_disk(folder)


def test_the_window_says_the_password_was_refused(
    qtbot,  # noqa: ANN001
    known_desk: tuple[str, Path, FaultProxy],
) -> None:
    from checkin.qt.widgets.desk_status import DeskStatus

    url, folder, proxy = known_desk
    proxy.refuse()
    desk = DeskStore.open(url, folder, ask_password=lambda _address: WRONG)
    try:
        status = DeskStatus(desk)
        qtbot.addWidget(status)
        assert status.text().startswith("Offline since")
        proxy.heal()
        with pytest.raises(PasswordRefused):
            desk.sync()
        qtbot.waitUntil(lambda: "refused the password" in status.text())
        assert "start the desk again" in status.toolTip()
        status.unwatch()
    finally:
        desk.close()
