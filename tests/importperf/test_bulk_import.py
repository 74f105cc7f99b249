"""The big-import path (search words folded in a forked child) writes exactly what the plain path writes."""

from __future__ import annotations

import csv
import gc
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

import checkin.core.store.sqlite as sqlite_store
from checkin.core import forking
from checkin.core.importing import import_list
from checkin.core.model import Attendee
from checkin.core.store.base import ImportPlan
from checkin.core.store.sqlite import SQLiteStore

FIRST = ("Jürgen", "Łukasz", "Thị Mai", "Zoë", "Ayşe", "Anne-Marie", "Ignác")
LAST = ("Müller", "Mueller", "Weiß", "Dvořák", "O'Brien", "Nguyễn", "Müller-Lüdenscheidt", "Öztürk")
COMPANY = ("Deutsch-Tschechisches Forum e.V.", "Ärzte & Söhne GmbH", "", "Fraunhofer IWU")


@pytest.fixture(autouse=True)
def small_bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """A few hundred rows take the big-import path, in several chunks."""
    monkeypatch.setattr(sqlite_store, "_BULK_INDEX_THRESHOLD", 100)
    monkeypatch.setattr(sqlite_store, "_CHUNK", 64)
    # Whatever ran before in this process (the desk app switches it off), fork here.
    monkeypatch.setattr(forking, "ENABLED", hasattr(os, "fork"))


def _write_list(path: Path, n: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Code", "Vorname", "Nachname", "Firma", "E-Mail"])
        for i in range(n):
            first, last = FIRST[i % len(FIRST)], LAST[(i * 3) % len(LAST)]
            out.writerow(
                [f"C{i:06d}", first, last, COMPANY[i % len(COMPANY)], f"{first[:3]}.x{i}@ex.org"]
            )
    return path


def _import(tmp_path: Path, name: str, listing: Path) -> SQLiteStore:
    store = SQLiteStore.open(tmp_path / name)
    import_list(store, listing)
    return store


def _content(store: SQLiteStore) -> tuple[list[tuple[object, ...]], ...]:
    return (
        store._read("SELECT * FROM attendees ORDER BY id"),
        store._read("SELECT * FROM search_index_data ORDER BY id"),
        store._read("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"),
    )


def _no_child_left() -> bool:
    try:
        return os.waitpid(-1, os.WNOHANG) == (0, 0)
    except ChildProcessError:
        return True


def test_forked_and_in_process_imports_are_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = _write_list(tmp_path / "list.csv", 700)
    forks: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted_fork)
    forked = _import(tmp_path, "forked.sqlite3", listing)
    assert len(forks) == 1  # the words really were folded in a child
    monkeypatch.setattr(forking, "ENABLED", False)
    plain = _import(tmp_path, "plain.sqlite3", listing)
    assert _content(forked) == _content(plain)
    assert forked.count_attendees() == 700
    for query in ("muller", "Mül", "weiss", "dvorak", "obrien", "nguyen", "lukasz", "ex.org"):
        assert [a.id for a in forked.search(query)] == [a.id for a in plain.search(query)]
    found = {a.last_name for a in forked.search("Mueller", limit=700)}
    assert found == {"Müller", "Mueller", "Müller-Lüdenscheidt"}
    assert _no_child_left()


def test_a_child_that_dies_midway_is_made_up_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = _write_list(tmp_path / "list.csv", 500)
    plain_row = sqlite_store._index_row
    parent = os.getpid()

    def dies_in_child(attendee_id: int, a: Attendee) -> tuple[int, str, str, str, str]:
        if os.getpid() != parent and attendee_id > 200:
            os._exit(3)
        return plain_row(attendee_id, a)

    monkeypatch.setattr(sqlite_store, "_index_row", dies_in_child)
    store = _import(tmp_path, "dying.sqlite3", listing)
    monkeypatch.setattr(sqlite_store, "_index_row", plain_row)
    monkeypatch.setattr(forking, "ENABLED", False)
    assert _content(store) == _content(_import(tmp_path, "plain.sqlite3", listing))
    assert _no_child_left()


def test_a_failing_big_import_changes_nothing_and_leaves_no_child(tmp_path: Path) -> None:
    good = [Attendee(code=f"K{i}", first_name="Anna", last_name=f"Zett{i}") for i in range(400)]
    broken = Attendee(code="K-x", first_name="Anna", last_name="Zett", source_line=-1)
    object.__setattr__(broken, "code", None)  # not encodable: the insert fails midway
    store = SQLiteStore.open(tmp_path / "event.sqlite3")
    with pytest.raises(AttributeError):
        store.apply_import(ImportPlan(inserts=(*good, broken)), datetime(2026, 3, 7, 9, 0))
    assert store.count_attendees() == 0
    assert store.search("Zett") == []
    empty = SQLiteStore.open(tmp_path / "empty.sqlite3")
    data = "SELECT * FROM search_index_data ORDER BY id"
    assert store._read(data) == empty._read(data)
    assert store._read("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'")[0][0] >= 4
    assert _no_child_left()
    with sqlite3.connect(tmp_path / "event.sqlite3") as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_import_without_a_child_to_fork_still_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = _write_list(tmp_path / "list.csv", 300)
    gc.collect()  # stores of earlier tests still waiting to be closed
    fds_before = len(os.listdir("/proc/self/fd"))

    def no_fork() -> int:
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(os, "fork", no_fork)
    store = _import(tmp_path, "nofork.sqlite3", listing)
    monkeypatch.setattr(forking, "ENABLED", False)
    plain = _import(tmp_path, "plain.sqlite3", listing)
    assert _content(store) == _content(plain)
    store.close()
    plain.close()
    assert len(os.listdir("/proc/self/fd")) <= fds_before  # no spool file left open
