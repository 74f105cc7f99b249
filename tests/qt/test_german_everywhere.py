"""Every window and dialog in German: no English word reaches the German desk.

Each window is opened for real (in German) and every text a person can see is
collected: labels, buttons, menus and their actions, tooltips, placeholders,
combo items, list and table entries and headers, window titles, the status bar.
A text fails when it is an English source message the German catalogue
translates differently, or when it holds an English word no German text has
(the, of, sheet, row, ...). Data typed by people (names, companies, codes) is
not the desk's words and is left out.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from checkin.qt import i18n

#: Words of English the German UI never uses (German shares "Name", "Code", "Status" ...).
ENGLISH_WORDS = frozenset(
    """
    the and of to is are were with for from this that not no none too read row rows sheet
    single desk guest guests printed cancel close yes open file hidden columns column has have
    been will which who checked settings search undo edit time zone place date set operator
    ready type press nothing selected cannot could would should line lines
    printer printing badges badge save saved written choose folder full disk
    walk-in walk-ins list event events register registered cancelled arrived shown show
    """.split()
)
WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\w\-]*")


def catalogue() -> dict[str, str]:
    """English source -> German, for messages whose German differs (and is no German text)."""
    root = ET.parse(i18n.translations_dir() / "checkin_de.ts").getroot()
    found, german_texts = {}, set()
    for message in root.iter("message"):
        source, german = message.findtext("source") or "", message.findtext("translation") or ""
        german_texts.add(_plain(german))
        if german and german != source:
            found[_plain(source)] = german
    return {source: german for source, german in found.items() if source not in german_texts}


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip(" .:…")


def visible_texts(widget: QWidget) -> Iterable[tuple[str, str]]:
    """(where, text) for every text of `widget` and its children a person can read."""
    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__}:{w.objectName() or w.accessibleName()}"
        if w.isWindow():
            yield where, w.windowTitle()
        if not w.isVisibleTo(widget) and w is not widget and not isinstance(w, QMenu):
            continue
        yield where, w.toolTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield where, w.text()
        if isinstance(w, QLineEdit):
            yield where, w.placeholderText()
        if isinstance(w, QGroupBox):
            yield where, w.title()
        if isinstance(w, QComboBox):
            yield from ((where, w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QTabWidget):
            yield from ((where, w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QMenu):
            for action in w.actions():
                yield where, action.text()
                yield where, action.toolTip()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model, root = w.model(), w.rootIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            for column in range(columns):
                yield where, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(root), 40)):
                for column in range(columns):
                    value = model.data(model.index(row, column, root))
                    yield where, value if isinstance(value, str) else ""
    for action in widget.actions():
        yield "action", action.text()
        yield "action", action.toolTip()


class German:
    """Collects the English found in every window it is shown."""

    def __init__(self, data: Iterable[str]) -> None:
        self.sources = catalogue()
        self.data = sorted({d for d in data if d}, key=len, reverse=True)
        self.found: list[tuple[str, str, str]] = []

    def check(self, name: str, widget: QWidget) -> None:
        for where, text in visible_texts(widget):
            self.check_text(f"{name}/{where}", text)

    def check_text(self, where: str, text: str) -> None:
        if not text or not text.strip():
            return
        for line in text.splitlines():
            if _plain(line) in self.sources:
                self.found.append((where, line, "untranslated message"))
                continue
            rest = line
            for datum in self.data:  # people's data is not the desk's words
                rest = rest.replace(datum, " ")
            english = [w for w in WORD.findall(rest) if w.casefold() in ENGLISH_WORDS]
            if english:
                self.found.append((where, line, f"English: {', '.join(english)}"))


@pytest.fixture
def german_desk(qtbot, store, tmp_path, clock):
    from checkin.qt.app import DeskApp

    qsettings = QSettings(str(tmp_path / "desk-de.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("desk/language", "de")  # a desk set up in German, name not chosen
    qsettings.setValue("desk/sound", False)
    app = DeskApp(store, qsettings, clock, translation_cache=tmp_path / "qm")
    window = app.build_window()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.listLoaded):
        window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    app.translators.install("en")


@pytest.fixture
def checker(store):
    data = []
    for a in store.iter_attendees():
        data += [a.display_name, a.first_name, a.last_name, a.company, a.code, a.category]
        data += [a.title, a.attention_note, a.function, a.email]
    data += ["Strategiekonferenz", "Desk 2", "Anna", "Tom"]  # the fixture's event and desks
    return German(data)


def hidden_and_nameless_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nachname", "Vorname", "Firma", "Intern"])
    sheet.append(["Abendroth", "Ida", "Stadtwerke", "x"])
    sheet.append(["", "", "Ohne Namen GmbH", "y"])
    sheet.column_dimensions["D"].hidden = True
    book.save(path)
    return path


def test_every_window_and_dialog_speaks_german(qtbot, german_desk, checker, tmp_path, monkeypatch):
    desk = german_desk
    shown = []

    def look(name: str, widget: QWidget) -> None:
        qtbot.waitUntil(widget.isVisible)
        checker.check(name, widget)
        shown.append(name)

    # The desk, its menus, a verdict of every tone, a guest's details.
    look("desk", desk)
    for menu in desk.menuBar().findChildren(QMenu):
        checker.check(f"menu {menu.title()}", menu)
    for code in ("VIP0001", "ANNA0002", "GONE0003", "DUP0004", "NOPE9999"):
        desk.scan_field.stop_search()
        desk.scan(code)
        checker.check(f"verdict {code}", desk.banner)
        checker.check_text("status bar", desk.statusBar().currentMessage())
    desk.start_search()
    qtbot.keyClicks(desk.scan_field, "Nowak")
    qtbot.waitUntil(lambda: desk.details.attendee is not None)
    checker.check("details", desk.details)
    desk.scan_field.stop_search()

    # Every dialog the desk opens.
    def dialog(name: str, open_it) -> QDialog:
        open_it()
        opened = desk.open_dialog
        assert isinstance(opened, QDialog), name
        look(name, opened)
        return opened

    for name, opener in (
        ("settings", desk.open_settings),
        ("walk-in", desk.walk_in),
        ("event details", desk.event_actions.details.trigger),
        ("export", desk.event_actions.export.trigger),
        ("report", desk.event_actions.report.trigger),
    ):
        opened = dialog(name, opener)
        if name == "export":
            for index in range(opened.what.count()):
                opened.what.setCurrentIndex(index)
                checker.check(f"export {index}", opened)
        opened.reject()
        qtbot.waitUntil(lambda: desk.open_dialog is None)
    desk.start_search()
    qtbot.keyClicks(desk.scan_field, "Beispiel")
    qtbot.waitUntil(lambda: desk.selected_attendee() is not None)
    dialog("edit", desk.edit_selected).reject()
    qtbot.waitUntil(lambda: desk.open_dialog is None)

    # The import with a file whose notes and row problems come from the core.
    from checkin.qt.dialogs.import_dialog import ImportDialog

    importer = ImportDialog(desk.store, str(hidden_and_nameless_xlsx(tmp_path / "g.xlsx")), desk)
    qtbot.addWidget(importer)
    importer.open()
    look("import preview", importer)
    importer.keep_missing.setChecked(True)  # late registrations: nobody leaves the list
    with qtbot.waitSignal(importer.imported, timeout=10000):
        importer.import_button.click()
    look("import done", importer)
    importer.reject()

    # Badge dialogs.
    from checkin.qt.badge_dialogs import PrintSettingsDialog
    from checkin.qt.printing import BadgeSettings

    printer_dialog = PrintSettingsDialog(BadgeSettings(), desk)
    qtbot.addWidget(printer_dialog)
    printer_dialog.open()
    look("badge printer", printer_dialog)
    printer_dialog.reject()
    desk.print_batch()
    batch = next(w for w in desk.findChildren(QDialog) if w.isVisible())
    look("badge batch", batch)
    batch.reject()

    # The dashboard.
    desk.act_dashboard.trigger()
    qtbot.waitUntil(lambda: desk.dashboard is not None)
    look("dashboard", desk.dashboard)
    desk.act_desk_view.trigger()

    # Every question, opened for real as the desk asks it (the buttons too: Qt's own
    # "Yes", "No", "Cancel" are English unless its translations are loaded).
    from checkin.core.model import Attendee

    def question(name: str, ask, kind: type = QMessageBox) -> None:  # noqa: ANN001
        seen: list[str] = []

        def answer(tries: int = 0) -> None:
            modal = QApplication.activeModalWidget()
            if not (isinstance(modal, kind) and modal.isVisible()):
                if tries < 500:
                    QTimer.singleShot(10, lambda: answer(tries + 1))
                return
            checker.check(name, modal)
            seen.append(modal.windowTitle())
            modal.reject()  # "no": nothing is undone, erased, printed or opened

        QTimer.singleShot(0, answer)
        ask()
        assert seen, f"no {name} question was asked"
        shown.append(name)

    question("undo confirm", desk.undo_last)
    question("erase confirm", desk.erase_event)
    desk.store.add_attendee(
        Attendee(code="LANG0010", first_name="Maximiliane", last_name="Lang" + "-Lang" * 1000)
    )
    desk.scan_field.stop_search()
    desk.start_search()
    qtbot.keyClicks(desk.scan_field, "Maximiliane")
    qtbot.waitUntil(lambda: (desk.selected_attendee() or Attendee("")).code == "LANG0010")
    question("badge check confirm", desk.print_selected)
    desk.scan_field.stop_search()
    walk_in = dialog("walk-in namesake", desk.walk_in)
    walk_in.first_name.setText("Berta")
    walk_in.last_name.setText("Beispiel")
    question("namesake", walk_in.accept)
    # Cancelled: the walk-in form is back as typed (nothing lost); the operator closes it.
    qtbot.waitUntil(lambda: isinstance(desk.open_dialog, type(walk_in)))
    look("walk-in form again", desk.open_dialog)
    desk.open_dialog.reject()
    qtbot.waitUntil(lambda: desk.open_dialog is None)
    desk.apply_settings(desk.settings.with_pin("2468"))
    for name, locked in (("settings", desk.open_settings), ("import", desk.import_list)):
        question(f"PIN prompt ({name})", locked, QInputDialog)
    assert desk.open_dialog is None
    assert desk.store.get_attendee(desk.store.find_by_code("VIP0001")[0].id).is_checked_in

    assert checker.found == [], "\n".join(f"{w}: {t!r} ({why})" for w, t, why in checker.found)
    assert len(shown) >= 19


def test_the_checker_finds_english(qtbot, checker):
    """The check itself: English is found, German and people's data pass."""
    label = QLabel("Hidden columns were read too: Intern")
    qtbot.addWidget(label)
    label.show()
    checker.check("probe", label)
    checker.check_text("probe", "A6 single sheet (105 x 148 mm)")
    checker.check_text("probe", "Bereit")
    checker.check_text("probe", "Anna Nowak")
    checker.check_text("probe", "Desk 1")
    assert [why for _w, _t, why in checker.found] == [
        "English: Hidden, columns, were, read, too",
        "untranslated message",  # a catalogue message shown in English
        "untranslated message",
    ]
    checker.found.clear()
    checker.check_text("probe", "Ein single sheet für den Desk")  # not in the catalogue
    assert [why for _w, _t, why in checker.found] == ["English: single, sheet, Desk"]
    assert QMessageBox  # used by the namesake question above


def test_every_core_note_and_stock_has_words_in_the_qt_layer(qapp):
    """A new core message or stock fails here until the desk can say it in its language."""
    from checkin.core.badges.stock import STOCKS
    from checkin.qt.core_words import _templates, stock_names

    core = Path(__file__).resolve().parents[2] / "checkin" / "core"
    codes = set()
    for source in core.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        codes |= set(re.findall(r'Note\(\s*"(\w+)"', text))
        for first, second in re.findall(r'Note\(\s*"(\w+)" if \w+ else "(\w+)"', text):
            codes |= {first, second}
    assert len(codes) >= 20
    assert codes <= set(_templates()), codes - set(_templates())
    assert set(STOCKS) <= set(stock_names())


def test_a_core_note_is_said_in_german(qapp, tmp_path):
    from checkin.core.notes import Note
    from checkin.qt.core_words import say

    translators = i18n.Translators()
    note = Note("no_name", "The row has no name; it was not imported.")
    try:
        assert translators.install("de", tmp_path)
        assert say(note) == "Die Zeile enthält keinen Namen; sie wurde nicht übernommen."
        assert say("plain text") == "plain text"
        assert say(Note("brand_new", "Something {x}", x=1)) == "Something 1"  # falls back
    finally:
        translators.install("en")


@pytest.mark.parametrize(
    "name",
    [
        "fachtagung-de-orders-positions-default.csv",
        "fachtagung-de-checkin-haupteingang-nosecret.csv",
    ],
)
def test_the_import_of_a_real_pretix_export_is_said_in_german(qtbot, tmp_path, name):
    """The format, the chosen check-in list and the nameless tickets: no English, no CLI flag."""
    from checkin.core.store.sqlite import SQLiteStore
    from checkin.qt.dialogs.import_dialog import ImportDialog

    source = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "pretix" / name
    translators = i18n.Translators()
    store = SQLiteStore.open(tmp_path / "event.db")
    try:
        assert translators.install("de", tmp_path / "qm")
        dialog = ImportDialog(store, str(source))
        qtbot.addWidget(dialog)
        dialog.open()
        assert "(deutsch)" in dialog.summary.text()  # "Format: pretix-Bestelldaten (deutsch)"
        if "orders" in name:
            dialog.set_checkin_list("Haupteingang")  # two lists: the person says which
        with qtbot.waitSignal(dialog.imported, timeout=20000):
            dialog.import_button.click()
        names = [a.display_name for a in store.iter_attendees()]
        with source.open(encoding="utf-8-sig", newline="") as f:
            headers = next(csv.reader(f))  # the file's own column names are its data
        checker = German([*names, *headers, "Haupteingang", "Vorabendempfang"])
        checker.check("import", dialog)
        found = [f for f in checker.found if f[1] not in headers]  # "Position" is pretix's
        assert found == [], "\n".join(f"{w}: {t!r} ({why})" for w, t, why in found)
        notes = "\n".join(dialog.problems.item(i).text() for i in range(dialog.problems.count()))
        assert ("ohne Namen" in notes) == ("orders" in name)
        assert "--" not in notes  # a command-line option means nothing in the window
        assert "1 Anmeldungen" not in dialog.summary.text()  # "1 Anmeldung ist nicht bezahlt"
    finally:
        store.close()
        translators.install("en")


def test_a_check_in_the_imported_list_carries_is_said_as_such_in_german(qtbot, tmp_path):
    """Not "Bereits eingecheckt um 22:29 an list (import)": the desk "list" is no desk."""
    from checkin.core.importing import import_list
    from checkin.core.rules import CheckInService
    from checkin.core.store.sqlite import SQLiteStore
    from checkin.qt.models.attendee_table import AttendeeTableModel
    from checkin.qt.verdict_text import describe
    from tests.conftest import FakeClock

    source = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "pretix"
    translators = i18n.Translators()
    store = SQLiteStore.open(tmp_path / "event.db")
    try:
        assert translators.install("de", tmp_path / "qm")
        import_list(
            store,
            source / "fachtagung-de-orders-positions-default.csv",
            clock=FakeClock(),
            checkin_list="Vorabendempfang",  # where Anna Nowak was checked in
        )
        verdict = CheckInService(store, FakeClock()).scan(
            "8b97xe2kmx3umadbdjppjah28j6y42e2", "Tisch 1", "Tom"
        )  # Anna Nowak, checked in on the list
        title = describe(verdict).title
        assert title.startswith("Laut importierter Liste bereits eingecheckt ("), title
        model = AttendeeTableModel(store)
        model.show_all()
        shown = [
            model.data(model.index(row, AttendeeTableModel.CHECKED_IN)) or ""
            for row in range(model.rowCount())
        ]
        assert any(s.endswith(" · importierte Liste") for s in shown), shown
        assert not any(s.endswith(" · list") for s in shown)
    finally:
        store.close()
        translators.install("en")


def test_the_imported_list_is_no_desk_on_the_dashboard_the_details_and_the_doubles(qtbot, tmp_path):
    """Not "list" in the dashboard's desks, nor "list (import)" in the guest's details,
    nor "zuerst an list" in a double's notice (found at a German desk on a pretix export)."""
    import json
    from datetime import datetime, timedelta

    from checkin.core.importing import import_list
    from checkin.core.model import LogEntry, LogKind
    from checkin.core.store.sqlite import SQLiteStore
    from checkin.qt.widgets.dashboard import DashboardWidget
    from checkin.qt.widgets.desk_status import DoublesNotice
    from checkin.qt.widgets.guest_details import GuestDetails
    from tests.conftest import BERLIN, FakeClock

    source = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "pretix"
    translators = i18n.Translators()
    store = SQLiteStore.open(tmp_path / "event.db")
    try:
        assert translators.install("de", tmp_path / "qm")
        clock = FakeClock(datetime(2026, 12, 3, 9, 0, tzinfo=BERLIN))  # after the check-ins
        import_list(
            store,
            source / "fachtagung-de-orders-positions-default.csv",
            clock=clock,
            checkin_list="Vorabendempfang",  # where Anna Nowak was checked in
        )
        anna = store.find_by_code("8b97xe2kmx3umadbdjppjah28j6y42e2")[0]
        assert anna.checked_in is not None and anna.checked_in.desk == "list"

        dashboard = DashboardWidget(store, clock)
        qtbot.addWidget(dashboard)
        qtbot.waitUntil(lambda: dashboard.stats is not None)
        desks = [dashboard.desks.item(r, 0).text() for r in range(dashboard.desks.rowCount())]
        assert desks == ["importierte Liste"], desks

        details = GuestDetails([])
        qtbot.addWidget(details)
        details.show_attendee(anna, [])
        shown = details.values["checked_in"].text()
        assert shown.endswith(", importierte Liste"), shown

        at = anna.checked_in.at
        entry = LogEntry(
            at + timedelta(minutes=5),
            LogKind.DOUBLE_ADMISSION,
            "Tisch 2",
            "Tom",
            attendee_id=anna.id,
            code=anna.code,
            detail=json.dumps(
                {
                    "admission": {"desk": "list", "at": at.isoformat()},
                    "double": {"desk": "Tisch 2", "at": (at + timedelta(minutes=5)).isoformat()},
                }
            ),
        )
        notice = DoublesNotice(store)
        qtbot.addWidget(notice)
        said = notice.describe(entry)
        assert "zuerst an importierte Liste" in said and " list " not in said, said
    finally:
        store.close()
        translators.install("en")


def test_a_walk_in_s_details_say_where_they_came_from_in_german(qtbot, tmp_path):
    """Not "Quelle: walk-in" nor "angemeldet (ohne Anmeldung)" at a German desk (the
    details of a walk-in added offline at a desk on a server, found under Xvfb)."""
    from checkin.core.model import Attendee
    from checkin.core.rules import CheckInService
    from checkin.core.store.sqlite import SQLiteStore
    from checkin.qt.models.attendee_table import AttendeeTableModel
    from checkin.qt.widgets.guest_details import GuestDetails
    from tests.conftest import FakeClock

    translators = i18n.Translators()
    store = SQLiteStore.open(tmp_path / "event.db")
    try:
        assert translators.install("de", tmp_path / "qm")
        verdict = CheckInService(store, FakeClock()).walk_in(
            Attendee(code="", first_name="Björn", last_name="Eßlinger"), "Tisch 2", "Tom"
        )
        assert verdict.attendee is not None
        details = GuestDetails([])
        qtbot.addWidget(details)
        details.show_attendee(store.get_attendee(verdict.attendee.id), [])
        assert details.values["source"].text() == "am Tisch nachgemeldet"
        status = details.values["status"].text()
        assert status == "angemeldet (Nachmeldung am Tisch)", status
        model = AttendeeTableModel(store)
        model.show_all()
        shown = model.data(model.index(0, AttendeeTableModel.STATUS))
        assert shown == "angemeldet · Nachmeldung", shown  # not "· ohne Anmeldung"
    finally:
        store.close()
        translators.install("en")
