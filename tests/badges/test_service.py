"""The desk's print path against a real SQLite store and real PDF output."""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin.core.badges import get_stock, load_layout, parse_layout
from checkin.core.badges.cups import SpoolError, SpoolResult
from checkin.core.badges.service import (
    last_printed,
    print_badge,
    select_batch,
)
from checkin.core.journal import printer_of
from checkin.core.model import LogKind, Outcome

from .helpers import pdf_text


@dataclass
class PdfFolderPrinter:
    """A printer that keeps what it is given, like cups-pdf without the daemon."""

    name: str = "desk-printer"
    jobs: list[bytes] = field(default_factory=list)
    error: SpoolError | None = None

    def submit(self, pdf: bytes, title: str) -> SpoolResult:
        if self.error:
            return SpoolResult(self.name, error=self.error, message="media-empty")
        self.jobs.append(pdf)
        return SpoolResult(self.name, job_id=f"{self.name}-{len(self.jobs)}")


def _anna(store):  # noqa: ANN001, ANN202
    return next(a for a in store.iter_attendees() if a.first_name == "Anna")


def test_print_logs_and_reprint_knows_the_first_print(filled_store, clock) -> None:  # noqa: ANN001
    store = filled_store
    store.set_meta("event_name", "Strategiekonferenz")
    anna = _anna(store)
    printer = PdfFolderPrinter()
    layout, stock = load_layout("strategiekonferenz"), get_stock("a6")
    first = print_badge(store, anna, printer, layout, stock, "Desk 1", "Eva", clock)
    assert first.ok and first.previous is None
    assert "Anna Müller" in pdf_text(printer.jobs[0])
    assert "Strategiekonferenz" in pdf_text(printer.jobs[0])
    entry = last_printed(store, anna)
    assert entry is not None and entry.kind is LogKind.BADGE_PRINTED
    assert (entry.desk, entry.operator, entry.result, entry.code) == (
        "Desk 1",
        "Eva",
        Outcome.PRINTED,
        anna.code,
    )
    assert printer_of(entry) == "desk-printer"
    assert entry.at == clock()
    clock.advance(minutes=5)
    again = print_badge(store, anna, printer, layout, stock, "Desk 2", "Tom", clock)
    assert again.ok and again.previous is not None and again.previous.at == entry.at


def test_printer_out_of_paper_is_an_outcome_and_nothing_is_logged(filled_store, clock) -> None:  # noqa: ANN001
    store = filled_store
    anna = _anna(store)
    outcome = print_badge(
        store,
        anna,
        PdfFolderPrinter(error=SpoolError.DISABLED),
        load_layout("default"),
        get_stock("a6"),
        "Desk 1",
        "Eva",
        clock,
    )
    assert not outcome.ok and outcome.spool.error is SpoolError.DISABLED
    assert last_printed(store, anna) is None


def test_printer_that_raises_does_not_escape(filled_store, clock) -> None:  # noqa: ANN001
    class Broken:
        name = "broken"

        def submit(self, pdf: bytes, title: str) -> SpoolResult:
            raise OSError("device unplugged")

    outcome = print_badge(
        filled_store,
        _anna(filled_store),
        Broken(),
        load_layout("default"),
        get_stock("a6"),
        "Desk 1",
        "Eva",
        clock,
    )
    assert not outcome.ok and "unplugged" in outcome.spool.message


def test_no_badge_category_sends_nothing(filled_store, clock) -> None:  # noqa: ANN001
    layout = parse_layout(
        {
            "width": 90,
            "height": 55,
            "elements": [{"type": "qr", "id": "qr", "x": 2, "y": 2, "size": 30}],
            "categories": {"Teilnehmer": "no badge"},
        }
    )
    printer = PdfFolderPrinter()
    outcome = print_badge(
        filled_store, _anna(filled_store), printer, layout, get_stock("a6"), "D", "E", clock
    )
    assert outcome.no_badge and not outcome.ok and printer.jobs == []


def test_batch_selection_by_category_not_printed_and_sort(filled_store, clock) -> None:  # noqa: ANN001
    store = filled_store
    everyone = select_batch(store)
    assert "Öztürk" not in [a.last_name for a in everyone]  # cancelled
    # German order: Müller and Mueller together, by first name; Dvořák beside Dulig.
    assert [a.last_name for a in everyone] == [
        "Dulig", "Dvořák", "Müller", "Mueller", "Nguyễn", "Weiß", "Weiss", "Westkämper",
        "Wiśniewski",
    ]  # fmt: skip
    teilnehmer = select_batch(store, category="teilnehmer")
    assert {a.category for a in teilnehmer} == {"Teilnehmer"}
    by_company = select_batch(store, sort="company")
    assert [a.company for a in by_company][2:] == [
        "Fraunhofer IPA", "IG Metall", "Politechnika Wrocławska", "Sächsische Maschinenbau GmbH",
        "Škoda Auto", "SMWA", "Vietnam Tech Leipzig",
    ]  # fmt: skip
    print_badge(
        store,
        _anna(store),
        PdfFolderPrinter(),
        load_layout("default"),
        get_stock("a6"),
        "D",
        "E",
        clock,
    )
    remaining = select_batch(store, not_printed=True)
    assert len(remaining) == len(everyone) - 1
    assert "Anna" not in [a.first_name for a in remaining]
