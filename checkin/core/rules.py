"""Who may enter: the one place that turns scanner input into a Verdict.

Every front end (desk window, CLI, tests) calls `CheckInService`; none of them
decides admission on its own. Expected outcomes are Verdicts, not exceptions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from checkin.core import codes, search
from checkin.core.clock import Clock, system_clock
from checkin.core.io.values import split_title
from checkin.core.journal import edit_detail, new_event_id
from checkin.core.model import (
    ORDER_CODES_META,
    REGISTRATION_IDS_META,
    Attendee,
    CheckInState,
    LogEntry,
    LogKind,
    Outcome,
    ScanSource,
    Status,
    Verdict,
    VerdictKind,
)
from checkin.core.store.base import Store, StoreError

#: What a desk may correct; the import keeps these corrections over the list's values.
EDITABLE_FIELDS = (
    "title",
    "first_name",
    "last_name",
    "company",
    "function",
    "email",
    "category",
    "attention",
    "attention_note",
)

#: What a pretix order code looks like (5 to 16 letters and digits), as typed from an
#: order confirmation; only such input is looked for among the orders.
_ORDER_CODE = re.compile(r"^[A-Za-z0-9]{5,16}$")

#: Registrations the door refuses but a person at the desk may still admit (logged as an
#: override with their name), and the refusal each gets.
OVERRIDABLE = {
    Status.UNPAID: (VerdictKind.NOT_PAID, "not paid"),
    Status.UNAPPROVED: (VerdictKind.NOT_APPROVED, "not approved"),
}

#: Raw input longer than this is stored cut in the audit log (a 10,000-character burst).
_LOG_INPUT_LIMIT = 256


def _loggable(raw: str) -> str:
    """What the audit log keeps of an input: cut when huge, lone surrogates spelt out."""
    text = raw if len(raw) <= _LOG_INPUT_LIMIT else raw[:_LOG_INPUT_LIMIT] + "…"
    if not text.isascii():
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


#: How often a scan is judged again when the store found the guest changed (each time a
#: re-import landed between the lookup and the check-in) before it says so.
_JUDGED_AGAIN_AT_MOST = 3

#: How long a check-in whose commit went unconfirmed is retried under its own event id.
UNCONFIRMED_FOR = timedelta(minutes=30)


#: The source a walk-in added at the desk is recorded with (no list, no line).
WALK_IN_SOURCE = "walk-in"


class CheckInService:
    def __init__(self, store: Store, clock: Clock = system_clock) -> None:
        self.store = store
        self.clock = clock
        #: Check-ins whose commit went unconfirmed (the store failed after sending it):
        #: attendee id -> (event id, when). Scanned again, the guest is checked in under
        #: the same event id, so a commit that did land is answered "admitted" again,
        #: never "already checked in" (an unknown outcome is never shown as a refusal).
        self._unconfirmed: dict[int, tuple[str, datetime]] = {}

    # -- scanning ------------------------------------------------------------------------
    def scan(
        self, raw: str, desk: str, operator: str, source: ScanSource = ScanSource.SCANNER
    ) -> Verdict:
        """Judge one input; `source` (scanner, camera, picture ...) goes into the log with it.

        Every store call of one scan shares one deadline (`Store.scan_deadline`)."""
        with self.store.scan_deadline():
            return self._scan(raw, desk, operator, source, self.clock())

    def _scan(
        self,
        raw: str,
        desk: str,
        operator: str,
        source: ScanSource,
        now: datetime,
        attempt: int = 0,
    ) -> Verdict:
        cleaned = codes.clean_scan(raw)
        if cleaned.invalid:
            return self._reject(
                Verdict(VerdictKind.INVALID, raw, at=now, detail=cleaned.invalid),
                desk,
                operator,
                source,
            )
        matches, code, how = self._match(cleaned)
        if (
            not matches
            and _ORDER_CODE.match(cleaned.code)
            and self.store.get_meta(ORDER_CODES_META) == "1"
        ):
            order = self.store.find_by_order_code(cleaned.code)
            if order:
                # An order code names the order, not a guest (the buyer may hold no ticket,
                # four colleagues may): never admits, a person picks the ticket.
                verdict = Verdict(
                    VerdictKind.AMBIGUOUS,
                    raw,
                    code=cleaned.code,
                    at=now,
                    candidates=tuple(order),
                    order_code=cleaned.code,
                    detail=f"order code of {len(order)} ticket(s)",
                )
                return self._reject(verdict, desk, operator, source)
        if (
            not matches
            and cleaned.code.isdigit()
            and self.store.get_meta(REGISTRATION_IDS_META) == "1"
        ):
            # A registration ID typed from a list (Indico's "ID") after its registrants
            # JSON made the ticket secret the code: one registration, one guest.
            matches = _valid_holder(self.store.find_by_registration_id(cleaned.code))
            code, how = cleaned.code, "registration_id"
        if not matches:
            verdict = Verdict(
                VerdictKind.UNKNOWN,
                raw,
                code=cleaned.code,
                at=now,
                typo_suspected=codes.looks_like_typo(cleaned.code),
            )
            return self._reject(verdict, desk, operator, source)
        if len(matches) > 1:
            verdict = Verdict(
                VerdictKind.AMBIGUOUS,
                raw,
                code=code,
                at=now,
                candidates=tuple(matches),
                repaired=how,
                detail=f"{len(matches)} attendees hold this code",
            )
            return self._reject(verdict, desk, operator, source)
        # The store found the guest changed (its copy was behind): the input is judged
        # again from the start, on what the store holds now (the code may be another's).
        return self._admit(
            matches[0],
            raw,
            desk,
            operator,
            now,
            how,
            source,
            again=lambda _fresh: self._scan(raw, desk, operator, source, now, attempt + 1),
            attempt=attempt,
        )

    def find(self, raw: str) -> list[Attendee]:
        """Who scanner or typed input means, matched exactly as scan() would (for undo)."""
        cleaned = codes.clean_scan(raw)
        return [] if cleaned.invalid else self._match(cleaned)[0]

    def _match(self, cleaned: codes.CleanInput) -> tuple[list[Attendee], str, str]:
        """Exact code first; repaired forms only when the code as given is unknown.

        Each spelling is looked up once by its case-folded form (one index serves both
        the exact and the case-insensitive pass), and the one valid holder of a code
        shared with cancelled registrations is the match.
        """
        holders: dict[str, list[Attendee]] = {}

        def folded(code: str) -> list[Attendee]:
            key = code.casefold()
            if key not in holders:
                holders[key] = self.store.find_by_code_casefold(code)
            return holders[key]

        # "iz17 t2wb" typed by hand may mean "IZ17-T2WB" or "IZ17T2WB": where the list
        # holds both, for different people, a person decides (never the first spelling).
        spaced = [c for c, how in cleaned.alternatives if how.startswith("spaces_")]

        def with_other_spelling(found: list[Attendee], candidate: str) -> list[Attendee]:
            if candidate not in spaced:
                return found
            ids = {a.id for a in found}
            for other in spaced:
                if other != candidate:
                    found = found + [a for a in _valid_holder(folded(other)) if a.id not in ids]
            return found

        for candidate, how in ((cleaned.code, cleaned.how), *cleaned.alternatives):
            if how.endswith("case"):
                continue  # a case variant counts only where it is unique (the pass below)
            found = [a for a in folded(candidate) if a.code == candidate]
            if found:
                return with_other_spelling(_valid_holder(found), candidate), candidate, how
        for candidate in (cleaned.code, *(c for c, _ in cleaned.alternatives)):
            found = with_other_spelling(_valid_holder(folded(candidate)), candidate)
            if found:
                # Several: "AB-12" when the list holds both "Ab-12" and "ab-12". A person
                # decides; a repaired spelling further down never settles it instead.
                return found, found[0].code if len(found) == 1 else candidate, "case"
        return [], cleaned.code, ""

    def _admit(
        self,
        attendee: Attendee,
        raw: str,
        desk: str,
        operator: str,
        now: datetime,
        how: str = "",
        source: ScanSource = ScanSource.NONE,
        overridden: bool = False,
        again: Callable[[Attendee], Verdict] | None = None,
        attempt: int = 0,
    ) -> Verdict:
        """Judge a guest; the store admits only while it holds them as judged here. When it
        does not (`CheckInResult.changed`: a desk's replica behind the server), `again`
        judges its row (default: this guest as the store holds them now)."""
        assert attendee.id is not None
        refusal = OVERRIDABLE.get(attendee.status)
        if refusal is not None and attendee.checked_in is None and not overridden:
            kind, words = refusal
            verdict = Verdict(
                kind,
                raw,
                code=attendee.code,
                attendee=attendee,
                at=now,
                repaired=how,
                detail=f"{words}: {attendee.full_name or attendee.code}",
            )
            return self._reject(verdict, desk, operator, source)
        # Someone already inside stays "already checked in" even if the list dropped them since.
        if (
            attendee.status is not Status.ACTIVE
            and not (refusal is not None and overridden)
            and attendee.checked_in is None
        ):
            verdict = Verdict(
                VerdictKind.CANCELLED,
                raw,
                code=attendee.code,
                attendee=attendee,
                at=now,
                repaired=how,
                detail=str(attendee.status),
            )
            return self._reject(verdict, desk, operator, source)
        pending = self._unconfirmed.get(attendee.id)
        if pending is not None and now - pending[1] > UNCONFIRMED_FOR:
            pending = None
        # A guest this copy shows in may have been undone at another desk since (a desk's
        # replica before its pull): the store decides (a desk online asks the server)
        # unless this guest, if free, would be refused anyway (cancelled, not paid).
        admissible = attendee.status is Status.ACTIVE or (refusal is not None and overridden)
        if attendee.checked_in is None or pending is not None or admissible:
            event_id = pending[0] if pending is not None else new_event_id()
            try:
                result = self.store.check_in(
                    attendee.id,
                    now,
                    desk,
                    operator,
                    _loggable(raw),
                    source=source,
                    event_id=event_id,
                    judged=attendee,
                )
            except StoreError:
                self._unconfirmed[attendee.id] = (event_id, pending[1] if pending else now)
                raise
            self._unconfirmed.pop(attendee.id, None)
            if result.changed is not None:
                if attempt >= _JUDGED_AGAIN_AT_MOST:
                    raise StoreError(
                        f"{attendee.full_name or attendee.code}: the registration changed "
                        "again while it was being judged; nothing was decided. Scan again."
                    )
                if again is None:
                    return self._admit(
                        result.changed, raw, desk, operator, now, how, source, attempt=attempt + 1
                    )
                return again(result.changed)
            # The guest as the store holds them (a desk online: as the server has them, a
            # ticket passed on naming its new holder), else as judged.
            holder = result.row or attendee
            if result.admitted:
                return Verdict(
                    VerdictKind.ADMITTED,
                    raw,
                    code=holder.code,
                    attendee=replace(holder, checked_in=result.state),
                    at=now,
                    repaired=how,
                    offline=result.offline,
                )
            attendee = holder
            previous = result.state  # in already (another desk may have been faster)
            offline = result.offline
        else:
            previous = attendee.checked_in
            offline = False
        verdict = Verdict(
            VerdictKind.ALREADY_CHECKED_IN,
            raw,
            code=attendee.code,
            attendee=attendee,
            previous=previous,
            at=now,
            repaired=how,
            offline=offline,
        )
        return self._reject(verdict, desk, operator, source)

    def _reject(
        self, verdict: Verdict, desk: str, operator: str, source: ScanSource = ScanSource.NONE
    ) -> Verdict:
        """Every refused scan is part of the audit trail too."""
        self.store.append_log(
            LogEntry(
                at=verdict.at or self.clock(),
                kind=LogKind.REJECTED,
                desk=desk,
                operator=operator,
                raw_input=_loggable(verdict.input),
                result=Outcome(str(verdict.kind)),
                attendee_id=verdict.attendee.id if verdict.attendee else None,
                code=_loggable(verdict.code),
                source=source,
            )
        )
        if self.store.offline and not verdict.offline:
            verdict = replace(verdict, offline=True)  # judged on the replica's knowledge
        return verdict

    # -- decisions by a person -------------------------------------------------------------
    def check_in(self, attendee_id: int, desk: str, operator: str, raw: str = "") -> Verdict:
        """Admit a guest a person picked (name search, or one holder of an ambiguous code)."""
        with self.store.scan_deadline():
            return self._check_in(attendee_id, desk, operator, raw)

    def _check_in(self, attendee_id: int, desk: str, operator: str, raw: str) -> Verdict:
        attendee = self.store.get_attendee(attendee_id)
        now = self.clock()
        if attendee is None:
            return self._reject(
                Verdict(VerdictKind.UNKNOWN, raw, at=now), desk, operator, ScanSource.MANUAL
            )
        return self._admit(
            attendee, raw or attendee.code, desk, operator, now, "manual", ScanSource.MANUAL
        )

    def admit_anyway(self, attendee_id: int, desk: str, operator: str, raw: str = "") -> Verdict:
        """A person at the desk admits a guest refused as not paid (they paid cash, the
        transfer is on its way) or not approved (the organiser says yes on the phone).
        Logged with that person's name as an override; a cancelled or removed
        registration is still refused."""
        with self.store.scan_deadline():
            return self._admit_anyway(attendee_id, desk, operator, raw)

    def _admit_anyway(self, attendee_id: int, desk: str, operator: str, raw: str) -> Verdict:
        attendee = self.store.get_attendee(attendee_id)
        now = self.clock()
        if attendee is None:
            return self._reject(
                Verdict(VerdictKind.UNKNOWN, raw, at=now), desk, operator, ScanSource.MANUAL
            )
        text = raw or attendee.code

        def again(fresh: Attendee) -> Verdict:
            # The store's row differs from the one the person saw: their override stands
            # only for the refusal they saw (not paid stays not paid); anything else is
            # judged afresh (paid meanwhile: admitted; cancelled: refused).
            return self._admit(
                fresh,
                text,
                desk,
                operator,
                now,
                "manual",
                ScanSource.MANUAL,
                overridden=fresh.status is attendee.status,
                attempt=1,
            )

        verdict = self._admit(
            attendee,
            text,
            desk,
            operator,
            now,
            "manual",
            ScanSource.MANUAL,
            overridden=True,
            again=again,
        )
        judged = verdict.attendee or attendee
        refusal = OVERRIDABLE.get(judged.status)
        if verdict.admits and refusal is not None:
            self.store.append_log(
                LogEntry(
                    at=now,
                    kind=LogKind.OVERRIDE,
                    desk=desk,
                    operator=operator,
                    raw_input=_loggable(raw or attendee.code),
                    result=Outcome(str(refusal[0])),
                    attendee_id=attendee_id,
                    code=attendee.code,
                    source=ScanSource.MANUAL,
                )
            )
        return verdict

    def undo(self, attendee_id: int, desk: str, operator: str) -> CheckInState | None:
        self._unconfirmed.pop(attendee_id, None)
        return self.store.undo_check_in(
            attendee_id, self.clock(), desk, operator, event_id=new_event_id()
        )

    def last_admitted(self, desk: str) -> Attendee | None:
        """The guest this desk admitted last and who is still checked in (for Ctrl+Z)."""
        entry = self.store.last_log_entry(LogKind.CHECKIN, desk=desk)
        walk_in = self.store.last_log_entry(LogKind.WALKIN, desk=desk)
        if walk_in is not None and (entry is None or (walk_in.id or 0) > (entry.id or 0)):
            entry = walk_in
        if entry is None or entry.attendee_id is None:
            return None
        attendee = self.store.get_attendee(entry.attendee_id)
        state = attendee.checked_in if attendee is not None else None
        # Still the check-in this desk made, not one made elsewhere after it was undone.
        if state is None or state.desk != entry.desk or state.at != entry.at:
            return None
        return attendee

    def registered_namesakes(self, attendee: Attendee, limit: int = 5) -> list[Attendee]:
        """Registered guests not yet arrived who carry a walk-in's name.

        A "walk-in" with a registered guest's name is most often that guest without
        their ticket: the desk offers the registered guest instead of adding a
        duplicate. Names match folded (Müller = Mueller); a first name given on both
        sides must agree, a missing one matches any.
        """
        last, first = (
            search.fold(attendee.last_name.strip()),
            search.fold(attendee.first_name.strip()),
        )
        if not last and not first:
            return []
        query = " ".join(p for p in (attendee.first_name, attendee.last_name) if p.strip())
        found = []
        for candidate in self.search(query, 50):
            if candidate.status is not Status.ACTIVE or candidate.checked_in is not None:
                continue
            c_last, c_first = search.fold(candidate.last_name), search.fold(candidate.first_name)
            if last and c_last != last:
                continue
            if first and c_first and c_first != first:
                continue
            if not last and c_first != first:
                continue
            found.append(candidate)
        return found[:limit]

    def walk_in(self, attendee: Attendee, desk: str, operator: str) -> Verdict:
        """Add a guest at the desk and admit them at once, with a fresh code (marked offline
        when a desk on a server decided it from its replica)."""
        with self.store.scan_deadline():
            return self._walk_in(attendee, desk, operator)

    def _walk_in(self, attendee: Attendee, desk: str, operator: str) -> Verdict:
        now = self.clock()
        code = attendee.code or self.new_code()
        stored = self.store.add_attendee(
            replace(
                attendee,
                id=None,
                code=code,
                walk_in=True,
                status=Status.ACTIVE,
                checked_in=None,
                source_file=attendee.source_file or WALK_IN_SOURCE,
            )
        )
        assert stored.id is not None
        result = self.store.check_in(
            stored.id, now, desk, operator, "", LogKind.WALKIN, event_id=new_event_id()
        )
        return Verdict(
            VerdictKind.ADMITTED,
            "",
            code=code,
            attendee=replace(stored, checked_in=result.state),
            at=now,
            repaired="walk_in",
            offline=result.offline or self.store.offline,
        )

    def edit(
        self, attendee: Attendee, desk: str, operator: str, opened: Attendee | None = None
    ) -> Attendee:
        """Correct a guest's data (a misspelt name before the badge prints); logged.

        `opened` is the row the correction started from (the edit dialog's); only the
        fields the operator changed against it are written, onto the guest as stored
        now: a re-import or another desk's correction while the dialog was open (the
        guest cancelled, the ticket passed on) is never undone by a save of the old row.
        Without `opened`, the stored row is the start. The log entry keeps the fields'
        values before the correction (JSON), so a later re-import of the list
        recognises the guest and keeps the correction.
        """
        before = self.store.get_attendee(attendee.id) if attendee.id is not None else None
        start = opened if opened is not None else before
        changed = {
            name: getattr(before, name)
            for name in EDITABLE_FIELDS
            if before is not None
            and start is not None
            and getattr(start, name) != getattr(attendee, name)
        }
        entry = LogEntry(
            at=self.clock(),
            kind=LogKind.EDIT,
            desk=desk,
            operator=operator,
            result=Outcome.EDITED,
            detail=edit_detail(changed, {n: getattr(attendee, n) for n in changed}),
            attendee_id=attendee.id,
            code=attendee.code,
        )
        return self.store.update_attendee(attendee, entry)  # the row and its entry: one commit

    def search(self, query: str, limit: int = 50) -> list[Attendee]:
        """Name search; titles typed in front ("Dr. Müller") are not part of the name.

        A code typed in full (in any case) finds its holders first: a ticket without a
        name has nothing else to be found by.
        """
        title, name = split_title(query)
        found = self.store.search(name if title and name else query, limit)
        code = query.strip()
        if limit > 0 and code and not any(c.isspace() for c in code):
            named = {a.id for a in found}
            holders = [a for a in self.store.find_by_code_casefold(code) if a.id not in named]
            if holders:
                return [*holders, *found][:limit]
        return found

    def new_code(self) -> str:
        """A generated code no attendee holds yet."""
        while True:
            code = codes.generate_code()
            if not self.store.find_by_code(code):
                return code


def _valid_holder(matches: list[Attendee]) -> list[Attendee]:
    """Beside a cancelled or removed registration, the one valid holder of a code is meant;
    when every holder is cancelled or removed, the code is simply not valid (the first
    holder stands for all of them)."""
    if len(matches) > 1:
        valid = [m for m in matches if m.status is Status.ACTIVE or m.checked_in is not None]
        if len(valid) == 1:
            return valid
        if not valid:
            return matches[:1]
    return matches
