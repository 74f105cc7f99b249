"""On a 1366×768 or 1024×600 laptop nothing of the guest table or the details is cut off.

The table had fixed column widths wider than its half of a 1024 px window: a sideways
scrollbar hid the status and the check-in column (time and desk), the one that says
whether a guest is in. The details pane showed name, company and function first; the
check-in was below the fold. Both at the client area of a maximised window under a
panel and a title bar, in German (the longer words) and English.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QFont, QFontMetrics

from checkin.core.model import Attendee, Status
from checkin.qt.models.attendee_table import AttendeeTableModel

SIZES = [QSize(1366, 768 - 60), QSize(1024, 600 - 60), QSize(1024, 600)]
LONG = Attendee(
    code="LONG0010",
    first_name="Maximiliane",
    last_name="Schmidt-Hohenlohe-Langenburg",
    company="Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr",
    category="Organisation",
    status=Status.UNAPPROVED,
)


@pytest.fixture(params=["de", "en"])
def small_desk(request, qtbot, store, tmp_path, clock):
    from checkin.qt.app import DeskApp
    from checkin.qt.settings import DeskSettings

    qsettings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    desk_name = "Tisch 12" if request.param == "de" else "Desk 12"
    DeskSettings(desk=desk_name, operator="Tom", language=request.param, sound=False).save(
        qsettings
    )
    store.add_attendee(LONG)
    app = DeskApp(store, qsettings, clock, translation_cache=tmp_path / "qm")
    window = app.build_window()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.listLoaded):
        window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    app.translators.install("en")


def _shown_whole(table, row: int, column: int, bold: bool = False) -> bool:
    """The cell's text fits its column (nothing elided), and the column is in view."""
    model = table.model()
    text = model.data(model.index(row, column))
    font = QFont(table.font())
    font.setBold(bold)
    need = QFontMetrics(font).horizontalAdvance(text)
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    right = left + header.sectionSize(column)
    return (
        0 <= left and right <= table.viewport().width() and need + 8 <= header.sectionSize(column)
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_column_and_the_check_in_fit_the_table(qtbot, small_desk, size):
    desk = small_desk
    desk.resize(size)
    qtbot.waitUntil(lambda: desk.size() == size)
    desk.scan("PLAIN007")  # checked in here: "09:30 · Tisch 12" in bold
    desk.scan_field.start_search("Schmidt-Hohenlohe")
    qtbot.waitUntil(lambda: getattr(desk.selected_attendee(), "code", "") == "LONG0010")
    desk.scan_field.start_search("Beispiel")
    qtbot.waitUntil(lambda: getattr(desk.selected_attendee(), "code", "") == "PLAIN007")
    table = desk.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert _shown_whole(table, 0, AttendeeTableModel.CHECKED_IN, bold=True)
    assert _shown_whole(table, 0, AttendeeTableModel.STATUS)
    assert _shown_whole(table, 0, AttendeeTableModel.NAME)
    for column in (AttendeeTableModel.NAME, AttendeeTableModel.COMPANY):
        assert header.sectionSize(column) >= 90  # elided, never squeezed to nothing
    desk.scan_field.start_search("Schmidt-Hohenlohe")
    qtbot.waitUntil(lambda: getattr(desk.selected_attendee(), "code", "") == "LONG0010")
    assert _shown_whole(table, 0, AttendeeTableModel.STATUS)  # "nicht freigegeben"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_details_show_status_and_check_in_without_scrolling(qtbot, small_desk, size):
    desk = small_desk
    desk.resize(size)
    qtbot.waitUntil(lambda: desk.size() == size)
    desk.scan("PLAIN007")
    details = desk.details
    qtbot.waitUntil(lambda: details.values["checked_in"].text().endswith("(Tom)"))
    scroll = details.parentWidget().parentWidget()  # the scroll area's viewport's parent
    viewport = scroll.viewport()
    for key in ("status", "checked_in"):
        label = details.values[key]
        inside = QRect(label.mapTo(viewport, QPoint(0, 0)), label.size())
        assert viewport.rect().contains(inside), f"{key} is cut off: {inside} in {viewport.rect()}"
        assert label.width() >= QFontMetrics(label.font()).horizontalAdvance(label.text())
    assert not details.values["attention_note"].isVisible()  # no empty "Note:" row
    assert details.heading.text() == "Berta Beispiel"


def test_a_long_company_is_cut_at_its_last_letter_not_after_its_first_word(small_desk):
    """Trial at 1366×768 (German): with Qt's word wrap a row of one line showed
    "Sächsisches …" for "Sächsisches Staatsministerium für …", the rest of the column
    empty. A row is one line, so the text elides where the column ends."""
    assert not small_desk.table.wordWrap()


@pytest.mark.parametrize("size", SIZES[:1], ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_import_preview_shows_each_german_header_whole(qtbot, small_desk, size):
    """Trial at 1366×768: every preview column was Qt's 100 px, so pretix's German headers
    ("Name Teilnehmer*in: Nachname") were cut on both sides and values wrapped into a
    second line the row had no room for."""
    from pathlib import Path

    from checkin.qt.dialogs.import_dialog import PREVIEW_COLUMN_MAX, ImportDialog

    small_desk.resize(size)
    real = Path(__file__).parents[1] / "fixtures/real/pretix"
    dialog = ImportDialog(
        small_desk.store,
        str(real / "fachtagung-de-orders-positions-default.csv"),
        small_desk,
        operations=small_desk.operations,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.proposal is not None)
    preview, header = dialog.preview, dialog.preview.horizontalHeader()
    assert preview.columnCount() > 30 and not preview.wordWrap()
    for column in range(preview.columnCount()):
        width = preview.columnWidth(column)
        name = preview.horizontalHeaderItem(column).text()
        assert width == PREVIEW_COLUMN_MAX or header.sectionSizeHint(column) <= width, name
    mapping = dialog.mapping
    widest = max(mapping.sizeHintForColumn(0), 0)
    assert mapping.columnWidth(0) >= min(widest, PREVIEW_COLUMN_MAX)
    dialog.reject()


def test_the_event_dialog_shows_the_start_of_a_long_address(qtbot, small_desk):
    from checkin.core.event import Event, load_event, save_event
    from checkin.qt.dialogs.event_dialog import EventDialog

    venue = "Kongresshalle am Zoo Leipzig, Pfaffendorfer Straße 31, 04105 Leipzig, Saal Leipzig"
    save_event(small_desk.store, Event(name="Strategiekonferenz", venue=venue))
    dialog = EventDialog(small_desk.store, load_event(small_desk.store), small_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.venue.text() == venue and dialog.venue.cursorPosition() == 0
    dialog.reject()
