"""The import dialog's summary says why the rows of a re-import found their guests,
in the desk's language."""

from __future__ import annotations

from datetime import datetime

import pytest

from checkin.core.importing import import_list
from checkin.core.model import DEFAULT_TIMEZONE
from checkin.core.store.sqlite import SQLiteStore
from checkin.qt import i18n
from checkin.qt.dialogs.import_dialog import ImportDialog

FIRST = "Code;Vorname;Nachname;Firma\nA1;Anna;Nowak;Beta GmbH\nB1;Jan;Kowal;Gamma\n"
AGAIN = "Code;Vorname;Nachname;Firma\nA1;Anna;Nowak;Beta GmbH\n;Jan;Kowal;Gamma AG\nC1;Ole;Brand;\n"


@pytest.fixture
def event(tmp_path, clock):
    first = tmp_path / "first.csv"
    first.write_text(FIRST, encoding="utf-8")
    opened = SQLiteStore.open(tmp_path / "event.sqlite3")
    import_list(opened, first, clock=clock)
    yield opened
    opened.close()


def _import_again(qtbot, event, tmp_path, clock) -> str:
    again = tmp_path / "again.csv"
    again.write_text(AGAIN, encoding="utf-8")
    dialog = ImportDialog(event, str(again), clock=clock)
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    return dialog.summary.text()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Rows matched: 1 new, 1 by the same code, 1 by name, company changed."),
        (
            "de",
            "Zugeordnete Zeilen: 1 neu, 1 über denselben Code, 1 über den Namen, Firma geändert.",
        ),
    ],
)
def test_the_summary_counts_the_rows_per_reason(
    qtbot, qapp, event, tmp_path, clock, language, said
):
    evening = datetime(2026, 3, 4, 18, 0, tzinfo=DEFAULT_TIMEZONE)  # the list changed
    translators = i18n.Translators()
    try:
        assert translators.install(language, tmp_path / "qm")
        assert said in _import_again(qtbot, event, tmp_path, lambda: evening)
    finally:
        translators.install("en")
    # The import's journal entry carries the clock the dialog was given.
    assert list(event.iter_log())[-1].at == evening
