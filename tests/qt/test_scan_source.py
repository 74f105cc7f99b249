"""The log says how a code came in: a scanner's burst, or typed by hand in the scan field.

The organiser's log export (Event menu, "Quelle" column) is how a disputed admission is
explained afterwards: "Scanner" means the guest's ticket was read, "Von Hand" that
someone at the desk typed a code (or picked the guest).
"""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from checkin.core.io.export.job import ExportRequest, run_export
from checkin.core.model import Attendee, ScanSource, VerdictKind
from tests.qt import scanner_sim as sim


def _log_sources(desk, tmp_path) -> dict[str, str]:
    """Code -> the source column of its last row in the log export the window writes."""
    path = tmp_path / "log.csv"
    run_export(desk.store, ExportRequest(what="log", fmt="csv", path=path), desk.clock())
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    return {row["Code"]: row["Quelle"] for row in rows if row["Code"]}


def _admitted(blocker, code: str) -> None:
    verdict = blocker.args[0]
    assert verdict.kind is VerdictKind.ADMITTED and verdict.attendee.code == code


def test_a_code_typed_by_hand_and_enter_is_logged_as_typed(qtbot, desk, tmp_path):
    sim.person_types("VIP0001", 120)
    qtbot.waitUntil(lambda: desk.scan_field.text() == "VIP0001")
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        sim.person_presses(Qt.Key.Key_Return, "\r")
    _admitted(blocker, "VIP0001")
    guest = desk.store.find_by_code("VIP0001")[0]
    assert desk.store.log_for(guest.id)[-1].source is ScanSource.MANUAL
    assert _log_sources(desk, tmp_path)["VIP0001"] == "Von Hand"


def test_a_code_typed_with_spaces_that_began_like_a_name_is_logged_as_typed(qtbot, desk, tmp_path):
    desk.store.add_attendee(Attendee(code="TKPB-KFG3-CGQT-3H", first_name="Ida", last_name="Z"))
    sim.person_types("tkpb kfg3 cgqt 3h", 120)  # the field searches, finds nobody
    qtbot.waitUntil(lambda: desk.scan_field.searching)
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        sim.person_presses(Qt.Key.Key_Return, "\r")
    _admitted(blocker, "TKPB-KFG3-CGQT-3H")
    assert _log_sources(desk, tmp_path)["TKPB-KFG3-CGQT-3H"] == "Von Hand"


def test_a_scanners_burst_is_logged_as_scanner(qtbot, desk, tmp_path):
    for kind in (sim.KINDS[0], sim.KINDS[2]):  # with Enter; without a suffix
        with qtbot.waitSignal(desk.verdictShown) as blocker:
            sim.scan("VIP0001" if kind is sim.KINDS[0] else "PLAIN007", kind)
        _admitted(blocker, "VIP0001" if kind is sim.KINDS[0] else "PLAIN007")
    sources = _log_sources(desk, tmp_path)
    assert sources["VIP0001"] == sources["PLAIN007"] == "Scanner"


def test_a_typed_code_after_a_scan_of_it_is_not_taken_for_a_double_fire(qtbot, desk, tmp_path):
    """The scanner's read and the operator's typing are two inputs, each with its verdict."""
    with qtbot.waitSignal(desk.verdictShown):
        sim.scan("VIP0001")
    sim.person_types("VIP0001", 120)
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        sim.person_presses(Qt.Key.Key_Return, "\r")
    assert blocker.args[0].kind is VerdictKind.ALREADY_CHECKED_IN
