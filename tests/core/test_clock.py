"""One clock: every "now" comes from `checkin.core.clock`, handed in by the roots."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

import checkin
from checkin.cli import main
from checkin.core.clock import system_clock
from checkin.core.io.values import parse_datetime
from checkin.core.model import DEFAULT_TIMEZONE
from checkin.core.store.sqlite import SQLiteStore

PACKAGE = Path(checkin.__file__).parent
#: Calls that read the machine's clock.
NOW_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("time", "time")}


def _now_calls(tree: ast.AST) -> list[int]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if (name, node.func.attr) in NOW_CALLS:
                found.append(node.lineno)
    return found


def test_only_the_clock_module_reads_the_system_time():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "core" / "clock.py":
            continue
        lines = _now_calls(ast.parse(path.read_text(encoding="utf-8")))
        offenders += [f"{path.relative_to(PACKAGE)}:{line}" for line in lines]
    assert offenders == []
    assert _now_calls(ast.parse((PACKAGE / "core" / "clock.py").read_text())) != []


def test_system_clock_is_aware():
    now = system_clock()
    assert now.tzinfo is not None
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)


def test_zoneless_times_are_the_events_not_the_machines():
    at = parse_datetime("2026-03-05 09:15")
    assert at is not None and at.tzinfo is DEFAULT_TIMEZONE
    assert at.utcoffset() == timedelta(hours=1)  # Leipzig in March, whatever the machine


def test_the_command_line_hands_its_clock_to_the_commands(tmp_path, capsys):
    """`main(clock=...)` is every "now" of a command: an import and a scan record it."""
    listed = tmp_path / "list.csv"
    listed.write_text("Code,Vorname,Nachname\nA1,Anna,Nowak\n", encoding="utf-8")
    db = tmp_path / "event.sqlite3"
    when = datetime(2026, 3, 5, 8, 30, tzinfo=DEFAULT_TIMEZONE)
    assert main(["import", str(listed), "--db", str(db)], clock=lambda: when) == 0
    assert main(["scan", "A1", "--db", str(db)], clock=lambda: when + timedelta(minutes=5)) == 0
    store = SQLiteStore.open(db)
    try:
        log = list(store.iter_log())
        guest = store.find_by_code("A1")[0]
    finally:
        store.close()
    assert [entry.at for entry in log] == [when, when + timedelta(minutes=5)]
    assert guest.checked_in is not None and guest.checked_in.at == when + timedelta(minutes=5)
