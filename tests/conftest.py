"""Fixtures shared by every test folder: a real SQLite event store on disk."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkin.core.model import Attendee, Status  # noqa: E402
from checkin.core.store.base import ImportPlan  # noqa: E402
from checkin.core.store.sqlite import SQLiteStore  # noqa: E402

BERLIN = timezone(timedelta(hours=1))


class FakeClock:
    """An injected clock: tests move time explicitly instead of sleeping or patching."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2017, 3, 7, 8, 30, tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(scope="session", autouse=True)
def desk_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A desk's replicas of shared events go here, never into the real per-user folder
    (the CLI's subprocesses inherit it)."""
    folder = tmp_path_factory.mktemp("desk-data")
    os.environ["CHECKIN_DATA_DIR"] = str(folder)
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "event.sqlite3"


@pytest.fixture
def store(db_file: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore.open(db_file)
    yield s
    s.close()


def people() -> list[Attendee]:
    return [
        Attendee(
            code="WESTK1",
            title="Prof. Dr.-Ing.",
            first_name="Eberhard",
            last_name="Westkämper",
            company="Fraunhofer IPA",
            category="Referent",
        ),
        Attendee(
            code="DULIG1",
            first_name="Martin",
            last_name="Dulig",
            company="SMWA",
            category="Ehrengast",
            attention=True,
            attention_note="Protokoll: Begleitung durch Büroleitung",
        ),
        Attendee(
            code="MUELL1",
            first_name="Anna",
            last_name="Müller",
            company="Sächsische Maschinenbau GmbH",
            email="anna.mueller@example.de",
            category="Teilnehmer",
        ),
        Attendee(
            code="MUELL2",
            first_name="Jonas",
            last_name="Mueller",
            company="IG Metall",
            category="Teilnehmer",
        ),
        Attendee(
            code="DVORAK",
            first_name="Petr",
            last_name="Dvořák",
            company="Škoda Auto",
            category="Teilnehmer",
        ),
        Attendee(
            code="LUKASZ",
            first_name="Łukasz",
            last_name="Wiśniewski",
            company="Politechnika Wrocławska",
            category="Teilnehmer",
        ),
        Attendee(
            code="NGUYEN",
            first_name="Thị Thu Hương",
            last_name="Nguyễn",
            company="Vietnam Tech Leipzig",
            category="Presse",
        ),
        Attendee(
            code="CANCEL",
            first_name="Gülşen",
            last_name="Öztürk",
            company="Handwerkskammer Leipzig",
            category="Teilnehmer",
            status=Status.CANCELLED,
        ),
        Attendee(code="TWIN", first_name="Karl", last_name="Weiß", category="Teilnehmer"),
        Attendee(code="TWIN", first_name="Karla", last_name="Weiss", category="Teilnehmer"),
    ]


@pytest.fixture
def filled_store(store: SQLiteStore, clock: FakeClock) -> SQLiteStore:
    store.apply_import(ImportPlan(inserts=tuple(people())), clock())
    return store


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Callable[..., SQLiteStore]]:
    opened: list[SQLiteStore] = []

    def make(name: str = "other.sqlite3") -> SQLiteStore:
        s = SQLiteStore.open(tmp_path / name)
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()
