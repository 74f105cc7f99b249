"""Importing merges: re-importing the changed list never loses a check-in."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core import codes
from checkin.core.importing import Question, WouldRemoveAdmitted, import_list
from checkin.core.io import ListFileError
from checkin.core.model import Status, VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.sqlite import SQLiteStore

HEADER = "Code;Titel;Vorname;Nachname;Firma;E-Mail;Kategorie;Status\n"


def write(tmp_path: Path, name: str, body: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding=encoding)
    return path


def test_reimport_updates_adds_marks_removed_and_keeps_check_ins(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    first = write(
        tmp_path,
        "gaeste.csv",
        "A1;Prof.;Eberhard;Westkämper;Fraunhofer IPA;;Referent;\n"
        "A2;;Anna;Nowak;KGHM;anna@kghm.pl;Teilnehmer;\n"
        "A3;;Jan;Dvořák;Škoda;;Teilnehmer;\n"
        "A4;;Ida;Berg;IHK;;Teilnehmer;\n",
    )
    report = import_list(store, first, clock=clock)
    assert (report.inserted, report.updated, report.removed) == (4, 0, 0)
    service = CheckInService(store, clock)
    assert service.scan("A1", "T1", "Anna").admits
    assert service.scan("A3", "T1", "Anna").admits

    second = write(
        tmp_path,
        "gaeste-v2.csv",
        "A1;Prof. Dr.-Ing.;Engelbert;Westkämper;Fraunhofer IPA;;Referent;\n"  # corrected
        "A2;;Anna;Nowak;KGHM;anna@kghm.pl;Teilnehmer;storniert\n"  # cancelled
        "A4;;Ida;Berg;IHK;;Teilnehmer;\n"  # unchanged; A3 removed
        "A5;;Nguyễn Thị;Hương;VNTech;;Presse;\n",  # new
    )
    with pytest.raises(WouldRemoveAdmitted) as asked:  # Jan Dvořák came: asked, says who
        import_list(store, second, clock=clock)
    assert asked.value.admitted == ("Jan Dvořák",) and store.count_attendees() == 4
    report = import_list(store, second, clock=clock, confirmed=[Question.REMOVE_ADMITTED])
    assert report.inserted == 1
    assert report.updated == 2  # A1 corrected, A2 cancelled
    assert report.unchanged == 1  # A4: only the file it came from is new
    assert report.removed == 1
    assert report.checkins_kept == 2  # A1 (updated) and A3 (removed) keep their check-ins
    a1 = store.find_by_code("A1")[0]
    assert a1.first_name == "Engelbert" and a1.checked_in is not None
    assert store.find_by_code("A4")[0].source_file == "gaeste-v2.csv"  # still rewritten
    a3 = store.find_by_code("A3")[0]
    assert a3.status is Status.REMOVED and a3.checked_in is not None
    assert service.scan("A2", "T1", "Anna").kind is VerdictKind.CANCELLED
    assert service.scan("A3", "T1", "Anna").kind is VerdictKind.ALREADY_CHECKED_IN
    assert service.scan("A5", "T1", "Anna").admits
    assert store.count_attendees() == 5


def test_lists_without_codes_get_generated_codes_that_survive_reimport(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    body = ";;Anna;Nowak;KGHM;anna@kghm.pl;Teilnehmer;\n;;Jan;Dvořák;Škoda;;Teilnehmer;\n"
    report = import_list(store, write(tmp_path, "a.csv", body), clock=clock)
    assert report.codes_generated == 2
    before = {a.last_name: a.code for a in store.iter_attendees()}
    assert all(codes.check_ok(c) for c in before.values())
    report = import_list(store, write(tmp_path, "a.csv", body), clock=clock)
    assert report.inserted == 0 and report.unchanged == 2 and report.codes_generated == 0
    assert {a.last_name: a.code for a in store.iter_attendees()} == before


def test_duplicate_code_in_list_makes_the_code_ambiguous(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    body = "X1;;Karl;Weiß;A;;Teilnehmer;\nX1;;Karla;Weiss;B;;Teilnehmer;\n"
    import_list(store, write(tmp_path, "d.csv", body), clock=clock)
    verdict = CheckInService(store, clock).scan("X1", "T", "O")
    assert verdict.kind is VerdictKind.AMBIGUOUS
    assert store.stats().checked_in == 0


def test_unreadable_file_changes_nothing(store: SQLiteStore, tmp_path: Path, clock) -> None:
    import_list(store, write(tmp_path, "ok.csv", "A1;;Anna;Nowak;;;;\n"), clock=clock)
    png = tmp_path / "liste.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    with pytest.raises(ListFileError):
        import_list(store, png, clock=clock)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ListFileError):
        import_list(store, empty, clock=clock)
    assert [a.code for a in store.iter_attendees()] == ["A1"]
    assert store.find_by_code("A1")[0].status is Status.ACTIVE


def test_keep_missing_adds_a_second_list(store: SQLiteStore, tmp_path: Path, clock) -> None:
    import_list(store, write(tmp_path, "a.csv", "A1;;Anna;Nowak;;;;\n"), clock=clock)
    report = import_list(
        store,
        write(tmp_path, "presse.csv", "P1;;Ole;Hansen;MDR;;Presse;\n"),
        keep_missing=True,
        clock=clock,
    )
    assert report.removed == 0
    assert {a.status for a in store.iter_attendees()} == {Status.ACTIVE}


def test_demo_event_loads(tmp_path: Path) -> None:
    from checkin.core.demo import create_demo_event

    store = create_demo_event(tmp_path / "demo.sqlite3")
    try:
        assert store.count_attendees() >= 300
        assert store.get_meta("event_date") == "2017-03-07"
        names = {a.last_name for a in store.iter_attendees()}
        assert {"Westkämper", "Dulig", "Rost", "Jähne", "Kieselstein"} <= names
        categories = {a.category for a in store.iter_attendees()}
        assert {
            "Teilnehmer",
            "Referent",
            "Presse",
            "Ehrengast",
            "Organisation",
            "Aussteller",
        } <= categories
        assert store.stats().cancelled > 0
    finally:
        store.close()


def test_reimport_of_a_codeless_list_keeps_identical_placeholder_rows(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    """Two 'N.N., Sachsen AG' seats: re-importing the same file must not swap their codes."""
    path = write(
        tmp_path,
        "plaetze.csv",
        ";;N.N.;N.N.;Sachsen AG;;Teilnehmer;\n"
        ";;N.N.;N.N.;Sachsen AG;;Teilnehmer;\n"
        ";;Anna;Berg;IHK;;Teilnehmer;\n",
    )
    import_list(store, path, clock=clock)
    mailed = sorted(a.code for a in store.iter_attendees())
    report = import_list(store, path, clock=clock)
    assert (report.inserted, report.removed, report.unchanged) == (0, 0, 3)
    assert sorted(a.code for a in store.iter_attendees()) == mailed
    assert all(a.status is Status.ACTIVE for a in store.iter_attendees())


def test_a_late_registration_without_code_never_takes_a_coded_guest(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    """A hand-added row above an existing namesake must not steal their code (ambiguous scan)."""
    first = write(tmp_path, "aussteller.csv", "A1;;N.N.;N.N.;Sachsen AG;;Aussteller;\n")
    import_list(store, first, clock=clock)
    second = write(
        tmp_path,
        "aussteller.csv",
        ";;N.N.;N.N.;Sachsen AG;;Aussteller;\nA1;;N.N.;N.N.;Sachsen AG;;Aussteller;\n",
    )
    report = import_list(store, second, clock=clock)
    assert (report.inserted, report.unchanged, report.removed) == (1, 1, 0)
    assert len(store.find_by_code("A1")) == 1
    service = CheckInService(store, clock)
    assert service.scan("A1", "T1", "Anna").kind is VerdictKind.ADMITTED


def test_desk_corrections_survive_a_reimport(store: SQLiteStore, tmp_path: Path, clock) -> None:
    """The announcement's "Eberhard" Westkämper is corrected at the desk; the list is not."""
    from dataclasses import replace

    with_codes = "A1;Prof.;Eberhard;Westkämper;Fraunhofer IPA;;Referent;\n"
    without_codes = ";;Maik;Jahne;FabLab Dresden;;Referent;\n"
    import_list(store, write(tmp_path, "g.csv", with_codes + without_codes), clock=clock)
    service = CheckInService(store, clock)
    a1 = store.find_by_code("A1")[0]
    service.edit(replace(a1, first_name="Engelbert", title="Prof. Dr.-Ing."), "T1", "Anna")
    maik = store.search("jahne")[0]
    service.edit(replace(maik, last_name="Jähne"), "T1", "Anna")
    maik_code = maik.code

    report = import_list(store, write(tmp_path, "g.csv", with_codes + without_codes), clock=clock)
    assert report.inserted == 0 and report.removed == 0
    a1 = store.find_by_code("A1")[0]
    assert (a1.title, a1.first_name) == ("Prof. Dr.-Ing.", "Engelbert")
    maik = store.find_by_code(maik_code)[0]
    assert maik.last_name == "Jähne" and maik.status is Status.ACTIVE
    assert store.count_attendees() == 2
    # A field the desk did not touch still follows the list.
    changed = with_codes.replace("Fraunhofer IPA", "Fraunhofer-Institut IPA")
    import_list(store, write(tmp_path, "g.csv", changed + without_codes), clock=clock)
    a1 = store.find_by_code("A1")[0]
    assert (a1.first_name, a1.company) == ("Engelbert", "Fraunhofer-Institut IPA")


def test_a_reissued_ticket_updates_the_guest_and_retires_the_old_code(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    first = write(
        tmp_path,
        "v1.csv",
        "OLD1;;Anna;Nowak;KGHM;anna@kghm.pl;Teilnehmer;\n"
        "abc123;;Jan;Dvořák;Škoda;;Teilnehmer;\n"
        "K1;;Ida;Berg;IHK;;Teilnehmer;\n",
    )
    import_list(store, first, clock=clock)
    service = CheckInService(store, clock)
    assert service.scan("OLD1", "T1", "Tom").admits
    second = write(
        tmp_path,
        "v2.csv",
        "NEW1;;Anna;Nowak;KGHM;anna@kghm.pl;Teilnehmer;\n"  # re-issued, same e-mail
        "ABC123;;Jan;Dvořák;Škoda;;Teilnehmer;\n"  # the export changed the case
        "K2;;Ida;Berg;IHK;;Teilnehmer;\n",  # re-issued, no e-mail: name and company
    )
    report = import_list(store, second, clock=clock)
    assert (report.inserted, report.removed, report.codes_changed) == (0, 0, 3)
    assert store.count_attendees() == 3
    changed = [p for p in report.problems if p.reason == "code_changed"]
    assert [p.line for p in changed] == [2, 3, 4]
    assert "NEW1 instead of OLD1" in changed[0].detail
    again = service.scan("NEW1", "T2", "Ben")
    assert again.kind is VerdictKind.ALREADY_CHECKED_IN  # the check-in stayed with her
    assert again.previous is not None and again.previous.desk == "T1"
    assert service.scan("OLD1", "T2", "Ben").kind is VerdictKind.UNKNOWN
    assert service.scan("ABC123", "T2", "Ben").admits
    assert store.stats().checked_in == 2


def test_a_new_code_never_takes_a_namesake_who_is_still_on_the_list(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    import_list(
        store,
        write(
            tmp_path,
            "v1.csv",
            "N1;;Thomas;Müller;Siemens;;Teilnehmer;\n"
            "N2;;Thomas;Müller;Siemens;;Teilnehmer;\n"
            "N3;;Eva;Klein;Bosch;;Teilnehmer;\n"
            "N4;;Eva;Klein;Bosch;;Teilnehmer;\n",
        ),
        clock=clock,
    )
    report = import_list(
        store,
        write(
            tmp_path,
            "v2.csv",
            "N1;;Thomas;Müller;Siemens;;Teilnehmer;\n"
            "N2;;Thomas;Müller;Siemens;;Teilnehmer;\n"
            "N5;;Thomas;Müller;Siemens;;Teilnehmer;\n"  # a third colleague: new
            "N6;;Eva;Klein;Bosch;;Teilnehmer;\n",  # N3 or N4? no guessing
        ),
        clock=clock,
    )
    assert (report.inserted, report.removed, report.codes_changed) == (2, 2, 0)
    assert {a.code for a in store.iter_attendees() if a.status is Status.ACTIVE} == {
        "N1",
        "N2",
        "N5",
        "N6",
    }


def _reimport(store: SQLiteStore, tmp_path: Path, clock, before: str, after: str, desk=None):
    import_list(store, write(tmp_path, "v1.csv", before), clock=clock)
    service = CheckInService(store, clock)
    if desk is not None:
        desk(service)
    return service, import_list(store, write(tmp_path, "v2.csv", after), clock=clock)


def _rename_and_admit(code: str, first_name: str):
    """At the desk: correct the guest's first name, then scan them in at T1."""

    def desk(service: CheckInService) -> None:
        guest = service.store.find_by_code(code)[0]
        service.edit(replace(guest, first_name=first_name), "T1", "Tom")
        service.scan(code, "T1", "Tom")

    return desk


def _rows(store: SQLiteStore) -> list[tuple[str, str, str, str | None]]:
    return sorted(
        (a.code, a.first_name, a.last_name, a.checked_in.desk if a.checked_in else None)
        for a in store.iter_attendees()
        if a.status is Status.ACTIVE
    )


def test_a_new_code_never_takes_a_guest_that_another_row_still_names(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    def admit_anna(service: CheckInService) -> None:
        anna = next(a for a in store.iter_attendees() if a.first_name == "Anna")
        service.check_in(anna.id, "T1", "Tom")

    # Anna (no code in the list: a generated one) keeps her record; Bernd shares the
    # office e-mail but is somebody else.
    service, report = _reimport(
        store,
        tmp_path,
        clock,
        ";;Anna;Schmidt;ACME;office@acme.de;T;\n",
        ";;Anna;Schmidt;ACME;office@acme.de;T;\nT5;;Bernd;Meier;ACME;office@acme.de;T;\n",
        admit_anna,
    )
    assert (report.inserted, report.codes_changed) == (1, 0)
    by_first_name = {row[1]: row for row in _rows(store)}
    assert len(by_first_name) == 2
    assert by_first_name["Anna"][3] == "T1"
    assert by_first_name["Bernd"] == ("T5", "Bernd", "Meier", None)


def test_a_code_in_other_case_of_somebody_else_is_a_new_guest(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    service, report = _reimport(
        store,
        tmp_path,
        clock,
        "abc1;;Anna;Schmidt;ACME;;T;\n",
        "ABC1;;Bernd;Meier;Other;;T;\n",
        lambda s: s.scan("abc1", "T1", "Tom"),
    )
    assert (report.inserted, report.removed, report.codes_changed) == (1, 1, 0)
    assert _rows(store) == [("ABC1", "Bernd", "Meier", None)]


def test_a_reissued_ticket_goes_to_the_same_person_not_the_first_row_sharing_an_email(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    service, report = _reimport(
        store,
        tmp_path,
        clock,
        "O1;;Ana;Schmidt;ACME;office@acme.de;T;\n",
        "N1;;Bernd;Meier;ACME;office@acme.de;T;\nN2;;Ana;Schmidt;ACME;office@acme.de;T;\n",
        _rename_and_admit("O1", "Anna"),
    )
    assert report.codes_changed == 1
    # The desk's spelling stays, with her check-in, under her new code.
    assert _rows(store) == [("N1", "Bernd", "Meier", None), ("N2", "Anna", "Schmidt", "T1")]


def test_a_guest_the_desk_recapitalised_still_gets_a_reissued_ticket(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    service, report = _reimport(
        store,
        tmp_path,
        clock,
        "K1;;anna;Berg;IHK;;T;\n",
        "K2;;anna;Berg;IHK;;T;\n",
        _rename_and_admit("K1", "Anna"),
    )
    assert (report.inserted, report.removed, report.codes_changed) == (0, 0, 1)
    assert _rows(store) == [("K2", "Anna", "Berg", "T1")]
    assert service.scan("K2", "T2", "Ben").kind is VerdictKind.ALREADY_CHECKED_IN


def test_code_changes_are_worded_by_whether_the_old_code_still_admits(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    service, report = _reimport(
        store,
        tmp_path,
        clock,
        "abc123;;Jan;Dvořák;Škoda;;T;\nOLD1;;Ida;Berg;IHK;ida@ihk.de;T;\n",
        "ABC123;;Jan;Dvořák;Škoda;;T;\nNEW1;;Ida;Berg;IHK;ida@ihk.de;T;\n",
    )
    details = [p.detail for p in report.problems if p.reason == "code_changed"]
    assert details[0].endswith("both spellings admit.")
    assert details[1].endswith("the old one no longer does.")
    assert service.scan("abc123", "T1", "Tom").admits
    assert service.scan("OLD1", "T1", "Tom").kind is VerdictKind.UNKNOWN


def test_a_cancelled_reimport_reports_no_code_changes(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    import_list(store, write(tmp_path, "v1.csv", "OLD1;;Ida;Berg;IHK;ida@ihk.de;T;\n"))
    report = import_list(
        store,
        write(tmp_path, "v2.csv", "NEW1;;Ida;Berg;IHK;ida@ihk.de;T;\n"),
        cancelled=lambda: True,
    )
    assert (report.updated, report.codes_changed, report.problems) == (0, 0, ())
    assert store.find_by_code("OLD1")


def test_a_list_without_some_columns_keeps_what_the_guests_already_have(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    full = tmp_path / "full.csv"
    full.write_text(
        "Code;Anrede;Titel;Vorname;Nachname;Firma;Kategorie;Status;VIP;Hinweis\n"
        "VIP1;Frau;Prof. Dr.;Barbara;Klepsch;SMWA;Ehrengast;;ja;Begleitung durch das Protokoll\n"
        "C2;Herr;;Jan;Nowak;KGHM;Teilnehmer;storniert;;\n"
        "C3;Herr;;Ida;Berg;IHK;Presse;;;\n",
        encoding="utf-8",
    )
    import_list(store, full, clock=clock)
    import_list(store, write(tmp_path, "v2.csv", "C2;;Jan;Nowak;KGHM;;T;\n"), clock=clock)
    assert store.find_by_code("VIP1")[0].status is Status.REMOVED
    names_only = tmp_path / "names.csv"
    names_only.write_text(
        "Code;Vorname;Nachname\nVIP1;Barbara;Klepsch\nC2;Jan;Nowak\n", encoding="utf-8"
    )
    report = import_list(store, names_only, keep_missing=True, clock=clock)
    vip = store.find_by_code("VIP1")[0]
    assert (vip.title, vip.company, vip.category) == ("Prof. Dr.", "SMWA", "Ehrengast")
    assert vip.attention and vip.attention_note == "Begleitung durch das Protokoll"
    assert dict(vip.extra) == {"Anrede": "Frau"}
    assert vip.status is Status.ACTIVE  # back on the list
    jan = store.find_by_code("C2")[0]
    assert (jan.status, jan.company, jan.category) == (Status.ACTIVE, "KGHM", "T")
    assert (report.updated, report.unchanged) == (1, 1) and report.problems == ()


def test_a_codeless_list_without_companies_still_finds_its_guests(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    import_list(store, write(tmp_path, "v1.csv", ";;Anna;Nowak;KGHM;;T;\n;;Ida;Berg;IHK;;T;\n"))
    CheckInService(store, clock).check_in(store.search("Nowak")[0].id, "T1", "Tom")
    names = tmp_path / "names.csv"
    names.write_text("Vorname;Nachname\nAnna;Nowak\nIda;Berg\n", encoding="utf-8")
    report = import_list(store, names, clock=clock)
    assert (report.inserted, report.removed) == (0, 0)
    assert store.search("Nowak")[0].checked_in is not None


def test_the_same_list_under_another_file_name_changes_nothing_worth_reporting(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    body = "K1;;Anna;Nowak;KGHM;;T;\nK2;;Ida;Berg;IHK;;T;\n"
    import_list(store, write(tmp_path, "gaeste.csv", body), clock=clock)
    report = import_list(store, write(tmp_path, "gaeste (1).csv", body), clock=clock)
    assert (report.inserted, report.updated, report.unchanged) == (0, 0, 2)
    assert {a.source_file for a in store.iter_attendees()} == {"gaeste (1).csv"}


def test_a_ticket_passed_on_to_another_person_is_never_a_silent_merge(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    """X1 was Anna's and she came; the new list names Ben for X1. Anna keeps her
    check-in, Ben is added, and the code asks a person. X2 changed hands before anyone
    came: the ticket was passed on, so it now admits Cem, with a warning."""
    service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "X1;;Anna;Schmidt;ACME;anna@acme.example;;\nX2;;Dora;Vogel;Beta;;;\n"
        "X3;;Eva;Klein;Gamma;;;\n",
        "X1;;Ben;Meier;Gamma;ben@gamma.example;;\nX2;;Cem;Yıldız;Beta;;;\n"
        "X3;;Eva;Klein-Meier;Gamma;;;\n",  # a new surname: still Eva
        admit=("X1",),
    )
    assert report.holders_changed == 2 and report.inserted == 1 and report.updated == 2
    warned = {p.line: p.detail for p in report.problems if p.reason == "holder_changed"}
    assert "Anna Schmidt is already checked in" in warned[2] and "Ben Meier" in warned[2]
    assert "now admits Cem Yıldız" in warned[3]
    holders = {a.first_name: a for a in store.find_by_code("X1")}
    assert set(holders) == {"Anna", "Ben"}
    assert holders["Anna"].checked_in is not None and holders["Ben"].checked_in is None
    assert service.scan("X1", "T1", "O").kind is VerdictKind.AMBIGUOUS
    assert service.scan("X2", "T1", "O").attendee.first_name == "Cem"
    assert store.find_by_code("X3")[0].last_name == "Klein-Meier"


def test_a_row_rejected_for_its_missing_name_does_not_remove_its_guest(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    import_list(store, write(tmp_path, "v1.csv", "L1;;Anna;Schmidt;;;;\nL2;;Ben;Meier;;;;\n"))
    report = import_list(store, write(tmp_path, "v2.csv", "L1;;Anna;Schmidt;;;;\nL2;;;;Beta;;;\n"))
    assert report.rejected == 1 and report.removed == 0
    assert CheckInService(store, clock).scan("L2", "T1", "O").admits


def test_a_codeless_guest_whose_company_changed_is_still_the_same_guest(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    import_list(
        store,
        write(tmp_path, "v1.csv", ";;Carl;Otto;Beta GmbH;;;\n;;Ida;Berg;IHK;;;\n;;Jo;Lind;A;;;\n"),
        clock=clock,
    )
    service = CheckInService(store, clock)
    carl = store.search("Otto")[0]
    assert service.scan(carl.code, "T1", "O").admits
    report = import_list(
        store,
        write(
            tmp_path,
            "v2.csv",
            ";;Carl;Otto;Beta AG;;;\n;;Ida;Berg;IHK;;;\n"
            # two namesakes who could both be Jo Lind: neither is guessed
            ";;Jo;Lind;B;;;\n;;Jo;Lind;C;;;\n",
        ),
        clock=clock,
    )
    assert (report.updated, report.inserted, report.removed) == (1, 2, 1)
    again = store.find_by_code(carl.code)[0]
    assert again.company == "Beta AG" and again.checked_in is not None


def test_a_list_that_would_remove_most_guests_is_refused_unless_confirmed(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    from checkin.core.importing import WouldRemoveMost

    full = "".join(f"G{i};;Gast;Nummer{i};;;;\n" for i in range(40))
    import_list(store, write(tmp_path, "alle.csv", full), clock=clock)
    late = write(tmp_path, "nachmeldungen.csv", "N1;;Neu;Spät;;;;\nN2;;Noch;Später;;;;\n")
    with pytest.raises(WouldRemoveMost) as refused:
        import_list(store, late, clock=clock)
    assert (refused.value.removed, refused.value.stored) == (40, 40)
    assert store.count_attendees() == 40  # nothing changed
    assert import_list(store, late, keep_missing=True, clock=clock).inserted == 2
    # A few guests fewer is an ordinary update; most of them, once confirmed, too.
    fewer = write(tmp_path, "v2.csv", "".join(full.splitlines(True)[:35]))
    assert import_list(store, fewer, clock=clock).removed == 5 + 2
    report = import_list(store, late, allow_removals=True, clock=clock)
    assert report.removed == 35


def _two_lists(store, tmp_path, clock, first: str, second: str, admit=(), edit=None):
    import_list(store, write(tmp_path, "v1.csv", first), clock=clock)
    service = CheckInService(store, clock)
    for code in admit:
        assert service.scan(code, "T1", "O").admits
    if edit is not None:
        edit(service)
    return service, import_list(store, write(tmp_path, "v2.csv", second), clock=clock)


def test_a_name_split_differently_is_still_the_same_guest(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "C001;;José;García López;ACME;;;\nC002;Ing.;Jan;Novák;ČEZ;;;\n",
        "C001;;José García;López;ACME;;;\nC002;Ing.;Jan;Novák, Ph.D.;ČEZ;;;\n",
        admit=("C001", "C002"),
    )
    assert report.holders_changed == 0 and report.inserted == 0 and report.updated == 2
    assert len(store.find_by_code("C001")) == 1 and len(store.find_by_code("C002")) == 1
    assert service.scan("C001", "T1", "O").kind is VerdictKind.ALREADY_CHECKED_IN


def test_two_guests_whose_codes_were_swapped_stay_two_guests(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "K1;;Jon;Smith;ACME;;;\nK2;;Maria;Garcia;Beta;;;\n",
        "K1;;Maria;Garcia;Beta;;;\nK2;;Jon;Smith;ACME;;;\n",
        admit=("K1",),
    )
    assert (report.inserted, report.updated, report.removed, report.codes_changed) == (0, 2, 0, 2)
    assert [a.first_name for a in store.find_by_code("K2")] == ["Jon"]
    assert [a.first_name for a in store.find_by_code("K1")] == ["Maria"]
    assert service.scan("K2", "T1", "O").kind is VerdictKind.ALREADY_CHECKED_IN  # Jon came
    assert service.scan("K1", "T1", "O").admits
    assert store.stats().checked_in == 2 and store.stats().expected == 2


def test_a_passed_on_ticket_takes_nothing_of_the_former_holder(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    def correct(service: CheckInService) -> None:
        jon = store.find_by_code("T001")[0]
        service.edit(
            replace(jon, first_name="John", attention=True, attention_note="Rollstuhl"), "T1", "O"
        )

    _service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "T001;Prof.;Jon;Smith;ACME;jon@acme.example;;\n",
        "T001;;Maria;Garcia;ACME;maria@acme.example;;\n",
        edit=correct,
    )
    assert report.holders_changed == 1
    [maria] = store.find_by_code("T001")
    assert (maria.title, maria.first_name, maria.last_name) == ("", "Maria", "Garcia")
    assert (maria.attention, maria.attention_note) == (False, "")


def test_a_shared_group_code_follows_each_person_when_the_company_changed(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "GRP-1;;Anna;Berg;Beta GmbH;;;\nGRP-1;;Tom;Kraus;Beta GmbH;;;\n",
        "GRP-1;;Tom;Kraus;Beta AG;;;\nGRP-1;;Anna;Berg;Beta AG;;;\n",
    )
    assert (report.holders_changed, report.inserted, report.updated) == (0, 0, 2)
    assert sorted(a.first_name for a in store.find_by_code("GRP-1")) == ["Anna", "Tom"]


V1 = "A1;;Anna;Berg;;anna@a.example;;\nA2;;Ben;Cole;;;;\nA3;;Carl;Dahl;;;;\nA4;;Dora;Eck;;;;\n"


def _settled(store: SQLiteStore, tmp_path: Path, clock) -> None:
    """The same file once more changes nothing: the import reached a fixed point."""
    again = import_list(store, tmp_path / "v2.csv", clock=clock)
    assert (again.inserted, again.updated, again.removed, again.holders_changed) == (0, 0, 0, 0)


def test_a_passed_on_ticket_and_a_reissued_code_lose_nobody(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    """A1 goes to Zoe, and Anna (who held A1) is listed with A2, which was Ben's."""
    service, report = _two_lists(
        store, tmp_path, clock, V1, "A1;;Zoe;New;;;;\nA2;;Anna;Berg;;anna@a.example;;\n"
    )
    assert [a.first_name for a in store.find_by_code("A1")] == ["Zoe"]
    listed = [a for a in store.find_by_code("A2") if a.status is Status.ACTIVE]
    assert [a.first_name for a in listed] == ["Anna"]  # Ben, no longer listed, is removed
    assert (report.inserted, report.removed) == (1, 3)  # Ben, Carl, Dora
    assert service.scan("A1", "T1", "O").attendee.first_name == "Zoe"
    assert service.scan("A2", "T1", "O").attendee.first_name == "Anna"
    _settled(store, tmp_path, clock)


def test_a_swap_with_a_married_name_follows_the_e_mail(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    service, _report = _two_lists(
        store,
        tmp_path,
        clock,
        V1,
        "A2;;Anna;Berg-Lind;;anna@a.example;;\nA1;;Ben;Cole;;;;\n",
        admit=("A1",),
    )
    [anna] = store.find_by_code("A2")
    assert anna.last_name == "Berg-Lind" and anna.checked_in is not None
    assert [a.first_name for a in store.find_by_code("A1")] == ["Ben"]
    assert service.scan("A1", "T1", "O").admits
    _settled(store, tmp_path, clock)


def test_a_swap_after_a_desk_correction_keeps_the_corrected_guest(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    def correct(service: CheckInService) -> None:
        ben = store.find_by_code("A2")[0]
        service.edit(replace(ben, last_name="Cole-Smith"), "T1", "O")

    service, report = _two_lists(
        store,
        tmp_path,
        clock,
        V1,
        "A1;;Ben;Cole;;;;\nA2;;Anna;Berg;;anna@a.example;;\nA3;;Carl;Dahl;;;;\nA4;;Dora;Eck;;;;\n",
        admit=("A2",),
        edit=correct,
    )
    assert report.inserted == 0 and report.removed == 0
    [ben] = store.find_by_code("A1")
    assert ben.last_name == "Cole-Smith" and ben.checked_in is not None
    assert service.scan("A1", "T1", "O").kind is VerdictKind.ALREADY_CHECKED_IN
    assert service.scan("A2", "T1", "O").attendee.first_name == "Anna"
    _settled(store, tmp_path, clock)


def test_a_shared_family_name_or_particle_is_not_the_same_person(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "B1;;Jan;van Dijk;;;;\nB2;;Van An;Nguyen;;;;\n",
        "B1;;Pieter;van Berg;;p@x.example;;\nB2;;Thi Hoa;Nguyen;;h@x.example;;\n",
        admit=("B1", "B2"),
    )
    assert report.holders_changed == 2
    assert {a.first_name for a in store.find_by_code("B1")} == {"Jan", "Pieter"}
    jan = next(a for a in store.find_by_code("B1") if a.first_name == "Jan")
    assert jan.checked_in is not None  # the check-in stays with who came


def test_a_ticket_passed_on_and_listed_twice_keeps_its_holder(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    _service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "A1;;Anna;Berg;;;;\n",
        "A1;;Zoe;New;;;;\nA1;;Anna;Berg;;;;storniert\n",
        admit=("A1",),
    )
    holders = {a.first_name: a for a in store.find_by_code("A1")}
    assert set(holders) == {"Zoe", "Anna"} and report.inserted == 1
    assert holders["Anna"].checked_in is not None and holders["Anna"].status is Status.CANCELLED
    _settled(store, tmp_path, clock)


def test_a_wrong_list_with_the_same_numeric_codes_is_refused(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    from checkin.core.importing import WouldRemoveMost

    import_list(
        store,
        write(tmp_path, "v1.csv", "".join(f"{1000 + i};;Gast;Nummer{i};;;;\n" for i in range(30))),
        clock=clock,
    )
    wrong = write(
        tmp_path, "v2.csv", "".join(f"{1000 + i};;Andere;Person{i};;;;\n" for i in range(30))
    )
    with pytest.raises(WouldRemoveMost):
        import_list(store, wrong, clock=clock)
    assert store.find_by_code("1001")[0].last_name == "Nummer1"


def test_a_corrected_name_in_a_shared_group_code_settles_at_once(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    _service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "G1;;Anna;Berg;;;;\nG1;;Ben;Cole;;;;\nG1;;Carl;Dahl;;;;\n",
        "G1;;Benjamin;Colé;;;;\nG1;;Anna;Berg;;;;\nG1;;Carl;Dahl;;;;\n",
    )
    assert (report.updated, report.inserted, report.removed, report.holders_changed) == (
        1,
        0,
        0,
        0,
    )
    _settled(store, tmp_path, clock)


def test_a_codeless_list_with_its_name_columns_swapped_keeps_the_codes(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    _service, report = _two_lists(
        store,
        tmp_path,
        clock,
        ";;Anna;Berg;ACME;;;\n;;Ben;Cole;ACME;;;\n",
        ";;Berg;Anna;ACME;;;\n;;Cole;Ben;ACME;;;\n",
    )
    assert (report.inserted, report.removed) == (0, 0)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("V1;;Van;Le;;;;\n", "V1;;Thi Hoa;Nguyen;;hoa@x.example;;\n"),  # names that are particles
        ("V1;;Anna;Berg;ACME;anna@acme.example;;\n", "V1;;Tom;Berg;ACME;tom@acme.example;;\n"),
        ("V1;;Wei;Ng;;;;\n", "V1;;Wei;Nguyen;;;;\n"),  # a short name is no prefix of another
        ("V1;;Minh;Le;ACME;;;\n", "V1;;Hoa;Tran;ACME;;;\n"),
    ],
)
def test_another_person_on_a_code_is_never_merged_silently(
    store: SQLiteStore, tmp_path: Path, clock, before: str, after: str
) -> None:
    service, report = _two_lists(store, tmp_path, clock, before, after, admit=("V1",))
    assert report.holders_changed == 1
    came = [a for a in store.find_by_code("V1") if a.checked_in is not None]
    assert [a.last_name for a in came] == [before.split(";")[3]]  # the check-in stays put
    _settled(store, tmp_path, clock)


def test_namesakes_whose_codes_swap_follow_their_e_mails(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    _service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "N1;;Anna;Berg;;anna1@a.example;;\nN2;;Anna;Berg;;anna2@b.example;;\n",
        "N2;;Anna;Berg;;anna1@a.example;;\nN1;;Anna;Berg;;anna2@b.example;;\n",
        admit=("N1",),
    )
    assert report.inserted == 0 and report.holders_changed == 0
    [came] = [a for a in store.iter_attendees() if a.checked_in is not None]
    assert (came.email, came.code) == ("anna1@a.example", "N2")
    _settled(store, tmp_path, clock)


def test_codeless_namesakes_are_told_apart_by_e_mail_whatever_the_order(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    import_list(
        store,
        write(
            tmp_path, "v1.csv", ";;Anna;Berg;ACME;a1@x.example;;\n;;Anna;Berg;ACME;a2@x.example;;\n"
        ),
        clock=clock,
    )
    first = next(a for a in store.iter_attendees() if a.email == "a1@x.example")
    assert CheckInService(store, clock).scan(first.code, "T1", "O").admits
    import_list(
        store,
        write(
            tmp_path,
            "v2.csv",
            ";;Anna;Berg;ACME;a2.neu@x.example;;\n;;Anna;Berg;ACME;a1@x.example;;\n",
        ),
        clock=clock,
    )
    [came] = [a for a in store.iter_attendees() if a.checked_in is not None]
    assert came.email == "a1@x.example" and came.code == first.code


def test_a_passed_on_ticket_of_a_guest_who_came_settles_at_once(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    _service, report = _two_lists(
        store, tmp_path, clock, "A1;;Anna;Berg;ACME;;;\n", "A1;;Zoe;New;Gamma;;;\n", admit=("A1",)
    )
    assert (report.inserted, report.removed, report.holders_changed) == (1, 1, 1)
    anna = next(a for a in store.find_by_code("A1") if a.first_name == "Anna")
    assert anna.status is Status.REMOVED and anna.checked_in is not None
    _settled(store, tmp_path, clock)


def test_a_code_in_other_case_with_a_corrected_name_is_the_same_guest(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "ab12;;Ben;Cole;ACME;;;\n",
        "AB12;;Benjamin;Cole;ACME;;;\n",
        admit=("ab12",),
    )
    assert (report.inserted, report.updated, report.removed) == (0, 1, 0)
    assert service.scan("AB12", "T1", "O").kind is VerdictKind.ALREADY_CHECKED_IN
    _settled(store, tmp_path, clock)


def test_a_corrected_name_with_a_new_e_mail_is_an_update(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    """The evening-before export: typos fixed, a middle name dropped, work e-mails."""
    _service, report = _two_lists(
        store,
        tmp_path,
        clock,
        "A1;;Jon;Smith;Beta;jon@beta.example;;\nA2;;Anna Maria;Schmidt;Gamma;am@gamma.example;;\n",
        "A1;;John;Smith;Beta;john.smith@beta.example;;\n"
        "A2;;Anna;Schmidt;Gamma;anna.schmidt@gamma.example;;\n",
        admit=("A1",),
    )
    assert (report.updated, report.inserted, report.removed, report.holders_changed) == (
        2,
        0,
        0,
        0,
    )
    [john] = store.find_by_code("A1")
    assert john.first_name == "John" and john.checked_in is not None
    _settled(store, tmp_path, clock)


def test_a_codeless_guest_whose_middle_name_was_dropped_is_still_found(
    store: SQLiteStore, tmp_path: Path, clock
) -> None:
    _service, report = _two_lists(
        store,
        tmp_path,
        clock,
        ";;Anna Maria;Schmidt;Gamma;;;\n;;Peter;Jones;Delta;;;\n",
        ";;Anna;Schmidt;Gamma;;;\n;;Peter;Jones;Delta;;;\n",
    )
    assert (report.updated, report.inserted, report.removed) == (1, 0, 0)
