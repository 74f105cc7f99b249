"""The organiser's day's end in the window: event details, exports, the report, a full disk."""

from __future__ import annotations

import csv
import os
import resource
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import Qt

from checkin.core.event import load_event
from checkin.core.io.export import restore
from checkin.core.model import Attendee
from checkin.core.store.base import ImportPlan
from checkin.qt.dialogs.event_dialog import EventDialog
from checkin.qt.dialogs.export_dialog import REPORT, ExportDialog, FolderOpener, SavePrompt
from checkin.qt.dialogs.questions import PinPrompt
from checkin.qt.operations import Changes


def open_export(qtbot, desk, what: str = "attended") -> ExportDialog:
    if what == REPORT:
        desk.event_actions.report.trigger()
    else:
        desk.event_actions.export.trigger()
    dialog = desk.open_dialog
    assert isinstance(dialog, ExportDialog)
    dialog.what.setCurrentIndex(dialog.what.findData(what))
    return dialog


def run(qtbot, dialog: ExportDialog, path: Path, fmt: str) -> None:
    dialog.fmt.setCurrentIndex(dialog.fmt.findData(fmt))
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [[restore(c) for c in row] for row in csv.reader(fh, delimiter=";")]


def test_heading_shows_the_event_and_the_details_dialog_changes_it(qtbot, desk):
    assert desk.heading.text() == "Strategiekonferenz"
    desk.event_actions.details.trigger()
    dialog = desk.open_dialog
    assert isinstance(dialog, EventDialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Tagung der Zukunft")
    dialog.date.setDate(dialog.date.date().fromString("2026-05-22", Qt.DateFormat.ISODate))
    dialog.venue.setText("Leipzig, Messe")
    dialog.zone.setCurrentIndex(dialog.zone.findData("Europe/Berlin"))
    dialog.save()
    qtbot.waitUntil(lambda: desk.open_dialog is None)
    stored = load_event(desk.store)
    assert (stored.name, stored.date, stored.venue, stored.timezone) == (
        "Tagung der Zukunft",
        "2026-05-22",
        "Leipzig, Messe",
        "Europe/Berlin",
    )
    assert desk.heading.text() == "Tagung der Zukunft · 22.05.2026 · Leipzig, Messe"
    assert desk.windowTitle().startswith("Tagung der Zukunft")
    qtbot.waitUntil(lambda: desk.scan_field.hasFocus())


def test_an_unknown_time_zone_is_refused_in_words(qtbot, desk):
    desk.event_actions.details.trigger()
    dialog = desk.open_dialog
    dialog.zone.setEditText("Europe/Leipzig")
    dialog.save()
    assert dialog.isVisible() and "Europe/Leipzig" in dialog.problem.text()
    assert load_event(desk.store).timezone == ""
    dialog.reject()


def test_an_event_without_a_name_does_not_say_no_event(qtbot, desk):
    desk.store.set_meta("event_name", "")
    desk.apply_changes(Changes(event=True))
    assert "No event" not in desk.heading.text()
    assert "Event details" in desk.heading.text()


@pytest.mark.parametrize("action", ["details", "export", "report"])
def test_day_end_actions_are_pin_locked(qtbot, desk, monkeypatch, action):
    desk.apply_settings(desk.settings.with_pin("2468"))
    monkeypatch.setattr(PinPrompt, "ask", classmethod(lambda cls, parent: "0000"))
    getattr(desk.event_actions, action).trigger()
    assert desk.open_dialog is None
    assert "PIN" in desk.statusBar().currentMessage()
    monkeypatch.setattr(PinPrompt, "ask", classmethod(lambda cls, parent: "2468"))
    getattr(desk.event_actions, action).trigger()
    assert desk.open_dialog is not None
    desk.open_dialog.reject()


def test_export_attended_csv_with_chosen_columns_and_open_folder(
    qtbot, desk, tmp_path, monkeypatch
):
    dialog = open_export(qtbot, desk)
    dialog.set_columns(["name", "company", "desk"])
    out = tmp_path / "in.csv"
    with qtbot.waitSignal(dialog.exported):
        run(qtbot, dialog, out, "csv")
    assert read_csv(out) == [["Name", "Firma", "Tisch"], ["Anna Nowak", "", "Desk 2"]]
    assert dialog.message.text() == f"Written to {out}; rows: 1."
    assert str(out) in desk.statusBar().currentMessage()
    opened = []
    monkeypatch.setattr(
        FolderOpener, "open", classmethod(lambda cls, folder: opened.append(folder))
    )
    assert dialog.open_folder.isVisible()
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path]


def test_export_noshows_xlsx_and_the_log(qtbot, desk, tmp_path):
    dialog = open_export(qtbot, desk, "noshow")
    run(qtbot, dialog, tmp_path / "away.xlsx", "xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "away.xlsx").active
    surnames = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "Nowak" not in surnames and "Westkämper" in surnames and "Storno" not in surnames
    dialog.what.setCurrentIndex(dialog.what.findData("log"))
    assert dialog.chosen_format != "pdf" and not dialog.columns.isVisible()
    run(qtbot, dialog, tmp_path / "log.csv", "csv")
    log = read_csv(tmp_path / "log.csv")
    assert log[0][:2] == ["Zeit", "Vorgang"] and log[1][1] == "Check-in"
    dialog.reject()


def test_export_pdf_list_and_report(qtbot, desk, tmp_path):
    dialog = open_export(qtbot, desk, "all")
    run(qtbot, dialog, tmp_path / "all.pdf", "pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "all.pdf").pages)
    assert "Westkämper" in text and "Strategiekonferenz" in text
    dialog.what.setCurrentIndex(dialog.what.findData(REPORT))
    assert dialog.chosen_format == "pdf"
    run(qtbot, dialog, tmp_path / "report.pdf", "pdf")
    report = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "report.pdf").pages)
    assert "Strategiekonferenz" in report
    assert "report.pdf" in dialog.message.text()
    dialog.reject()


def test_choose_file_adds_the_suffix(qtbot, desk, tmp_path, monkeypatch):
    dialog = open_export(qtbot, desk)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("xlsx"))
    monkeypatch.setattr(
        SavePrompt, "ask", classmethod(lambda cls, parent, title, start, f: str(tmp_path / "x"))
    )
    dialog.choose_file()
    assert dialog.path.text() == str(tmp_path / "x.xlsx")
    dialog.reject()


@pytest.fixture
def big_desk(desk, clock):
    guests = tuple(Attendee(code=f"G{i:06d}", last_name=f"Gast {i:06d}") for i in range(30_000))
    desk.store.apply_import(ImportPlan(inserts=guests), clock())
    return desk


def test_cancel_stops_the_export_and_writes_nothing(qtbot, big_desk, tmp_path):
    dialog = open_export(qtbot, big_desk, "all")
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("xlsx"))
    dialog.path.setText(str(tmp_path / "all.xlsx"))
    dialog.start_export()
    assert dialog.close_button.text() == "Cancel"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert dialog.message.text() == "Export cancelled; nothing was written."
    assert list(tmp_path.glob("*all.xlsx*")) == []
    assert dialog.isVisible()  # the person decides what next
    dialog.reject()


@contextmanager
def full_folder(tmp_path: Path, how: str) -> Iterator[Path]:
    """A folder on a really full file system.

    "tmpfs": a 64 KiB tmpfs mounted there (needs root). "limit": the kernel refuses to
    grow any file of this process past 64 KiB (RLIMIT_FSIZE, EFBIG): the export's own
    file and the XLSX writer's spool file in the temp folder alike.
    """
    mount = tmp_path / "stick"
    mount.mkdir()
    if how == "tmpfs":
        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root")
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], check=True)
        try:
            yield mount
        finally:
            subprocess.run(["umount", "-l", str(mount)], check=True)
        return
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, old_limit[1]))
    try:
        yield mount
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)


@pytest.mark.parametrize("how", ["tmpfs", "limit"])
@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf"])
def test_full_disk_is_said_once_without_a_traceback(qtbot, big_desk, tmp_path, capfd, fmt, how):
    dialog = open_export(qtbot, big_desk, "all")
    failures = []
    with full_folder(tmp_path, how) as folder:
        dialog.set_columns(["code", "name", "company", "email", "category"])
        target = folder / f"all.{fmt}"
        with qtbot.waitSignal(dialog._operations.failed, timeout=30000) as failed:
            run(qtbot, dialog, target, fmt)
        failures.append(failed.args[0])
        assert sorted(p.name for p in folder.iterdir()) == []  # no half file, no .part
    assert "disk is full" in dialog.message.text()
    assert len(failures) == 1 and failures[0].message == dialog.message.text()
    assert not dialog.open_folder.isVisible() and dialog.start.isEnabled()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Exception ignored" not in err
    dialog.reject()


# The offscreen platform cannot raise the picker's pop-up or grab the keyboard for it.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")
def test_the_date_picker_of_an_event_without_date_opens_on_this_month(qtbot, store):
    """Not on January 2000 (the "no date" value), hundreds of clicks from the event."""
    from PySide6.QtCore import QDate, QPoint

    from checkin.core.event import Event

    dialog = EventDialog(store, Event(name="Fachtagung"))
    qtbot.addWidget(dialog)
    dialog.open()
    arrow = QPoint(dialog.date.width() - 5, dialog.date.height() // 2)
    qtbot.mouseClick(dialog.date, Qt.MouseButton.LeftButton, pos=arrow)  # the drop-down arrow
    calendar = dialog.date.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert dialog.event_entered().date == ""  # opening the picker sets no date


def test_the_proposed_folder_exists_on_an_account_without_documents(
    qtbot, desk, tmp_path, monkeypatch
):
    """A fresh desk account has no ~/Documents: the export proposed it, then refused it."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    dialog = open_export(qtbot, desk)
    proposed = Path(dialog.path.text())
    assert proposed.parent.is_dir(), proposed
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert proposed.exists(), dialog.message.text()
