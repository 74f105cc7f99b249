"""Merge a parsed attendee list into the store: the import operation.

The list changes the evening before, so an import is always a merge: people
are matched to who is already stored (by code, else e-mail, else name and
company), updated in place, new ones added, missing ones marked REMOVED, and
no check-in is ever lost. The whole plan is decided first and written in one
transaction, so a failure changes nothing.

Each matching rule is a named strategy (`MATCH_STRATEGIES`, in order) that records
why a row went where it went (`MatchReason`, in the plan and counted in the report);
`tests/core/test_plan_import_rules.py` has one row per rule.
"""

from __future__ import annotations

import difflib
import enum
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import Any

from checkin.core import codes, names
from checkin.core import search as folding
from checkin.core.bulk import collector_paused
from checkin.core.clock import Clock, system_clock
from checkin.core.event import KEYS as EVENT_KEYS
from checkin.core.event import load_event
from checkin.core.import_parts import apply_in_parts
from checkin.core.io import ListFileError, ParsedList, ParsedRow, Problem, ProblemReason, parse_list
from checkin.core.io.listmodel import CutOff, CutOffReason
from checkin.core.io.values import PARTICLES
from checkin.core.journal import edited_before
from checkin.core.model import (
    LIST_FIELDS,
    ORDER_CODES_META,
    REGISTRATION_ID_KEY,
    REGISTRATION_IDS_META,
    Attendee,
    LogEntry,
    LogKind,
    MatchReason,
    Status,
)
from checkin.core.notes import Note
from checkin.core.store.base import ImportPlan, PlannedFrom, RecordedCheckIn, Store


@dataclass(frozen=True, kw_only=True)
class ImportReport:
    source_file: str
    source_format: str = ""
    mapping: Mapping[str, str] = field(default_factory=dict)
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    #: Rows imported as cancelled (refunded, not attending, storniert).
    cancelled: int = 0
    #: Stored attendees missing from this list, now marked removed.
    removed: int = 0
    codes_generated: int = 0
    #: Check-ins the list itself recorded and that were taken over.
    recorded_checkins: int = 0
    #: Check-ins already made at the desk on people this import updated or removed (all kept).
    checkins_kept: int = 0
    #: Stored guests the list now gives another code (re-issued ticket, other case).
    codes_changed: int = 0
    #: Stored codes the list now gives to another person (a ticket passed on).
    holders_changed: int = 0
    problems: tuple[Problem, ...] = ()
    #: About the file as a whole (encoding, hidden columns, NULs removed).
    notes: tuple[str, ...] = ()
    #: Rows the list marks as not paid (pretix "pending"): refused at the door as such.
    unpaid: int = 0
    #: Rows awaiting the organiser's approval (Indico "Pending"): refused likewise.
    unapproved: int = 0
    #: Check-in lists the file names (pretix), and the one taken as this door's.
    checkin_lists: tuple[str, ...] = ()
    checkin_list: str = ""
    #: Guests a desk changed between planning this import and writing it: the desk's
    #: changes were kept (`checkin.core.store.meanwhile`).
    changed_meanwhile: int = 0
    #: The name the event took from the list (it had none), else "".
    event_named: str = ""
    #: (why, how many rows) of the list: which rule matched each row to a stored guest,
    #: or that it is new (`MatchReason`, in its order; only reasons that occur).
    matched_by: tuple[tuple[MatchReason, int], ...] = ()

    @property
    def rejected(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")


_NAME_FIELDS = ("first_name", "last_name", "company")
#: What belongs to the person, not the ticket: never handed on with a passed-on ticket.
_PERSON_FIELDS = (
    "title",
    "first_name",
    "last_name",
    "function",
    "email",
    "attention",
    "attention_note",
)


def desk_edits(entries: Iterable[LogEntry]) -> dict[int, dict[str, Any]]:
    """Per attendee, the fields the desk corrected and their values before (EDIT log)."""
    edits: dict[int, dict[str, Any]] = {}
    for entry in entries:
        if entry.kind is not LogKind.EDIT or entry.attendee_id is None:
            continue
        changed = edited_before(entry)
        if changed:
            slot = edits.setdefault(entry.attendee_id, {})
            for name, value in changed.items():
                slot.setdefault(name, value)  # the first edit knows the list's value
    return edits


def _name_key(a: Attendee, with_company: bool) -> tuple[str, str, str]:
    company = folding.fold(a.company) if with_company else ""
    return (folding.fold(a.first_name), folding.fold(a.last_name), company)


@dataclass(frozen=True)
class ListColumns:
    """Which attendee fields a list has columns for: a field it lacks keeps its stored value.

    A second list that only has code and names must not wipe the VIP note, category
    or title the first list (or the desk) gave a guest.
    """

    fields: frozenset[str]
    #: Headers of the columns kept as extra fields (Anrede, Essenswunsch ...).
    extra_columns: frozenset[str] = frozenset()

    @classmethod
    def everything(cls) -> ListColumns:
        return cls(frozenset(LIST_FIELDS))

    @classmethod
    def of(cls, parsed: ParsedList) -> ListColumns:
        mapped = {f for f in parsed.mapping.values() if f != "ignore"}
        if "name" in mapped:
            mapped |= {"first_name", "last_name"}
        if mapped & {"attention", "attention_note"}:  # a VIP word becomes the note
            mapped |= {"attention", "attention_note"}
        extra = frozenset(h for h in parsed.headers if h not in parsed.mapping)
        fields = {f for f in LIST_FIELDS if f in mapped} | {"source_file", "source_line"}
        if extra:
            fields.add("extra")
        return cls(frozenset(fields), extra)

    def has(self, field: str, incoming: Attendee) -> bool:
        if field in self.fields:
            return True
        if field == "title":  # split off the name ("Dr. Anna") without a title column
            return bool(incoming.title)
        return field == "status"  # see value(): a removed guest is back on the list

    def value(self, field: str, stored: Attendee, incoming: Attendee) -> Any:
        if field == "status" and field not in self.fields:
            return Status.ACTIVE if stored.status is Status.REMOVED else stored.status
        if field == "extra" and self.fields != frozenset(LIST_FIELDS):
            kept = {k: v for k, v in stored.extra.items() if k not in self.extra_columns}
            return MappingProxyType({**kept, **incoming.extra})
        return getattr(incoming, field)


def _name_words(name: str) -> set[str]:
    """The folded words of a name, without particles ("van", "von", "de") or degrees,
    unless they are all the name has (Vietnamese "Văn", "Lê")."""
    words = set(folding.words(name))
    return (words - _NOT_NAMES) or words


#: Words two different people's names share without meaning anything: particles, and
#: titles or degrees left in a name field.
_NOT_NAMES = PARTICLES | {"dr", "prof", "phd", "ph", "d", "mba", "msc", "ing"}


def _names_agree(words: set[str], known: set[str], name: str, known_name: str) -> bool:
    """Whether one part of a name (first or last) still names the same person."""
    if not words or not known or words & known:
        return True  # nothing to compare (a one-column list), or a word in common
    a, b = folding.fold(name), folding.fold(known_name)
    if min(len(a), len(b)) < 3:
        return False  # "Li" and "Lisa", "Ng" and "Nguyen": other people
    if a.startswith(b) or b.startswith(a):
        return True  # "Ben" -> "Benjamin"
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8  # "Jon" -> "John", "Ana" -> "Anna"


def _person_key(a: Attendee) -> tuple[str, str]:
    return (folding.fold(a.first_name), folding.fold(a.last_name))


#: Where a row came from: rewritten on every import, but no change to report.
_SOURCE_FIELDS = ("source_file", "source_line")


def _list_fields_equal(a: Attendee, b: Attendee) -> bool:
    return all(getattr(a, f) == getattr(b, f) for f in LIST_FIELDS if f not in _SOURCE_FIELDS)


class _Matcher:
    """What the matching knows about the stored guests: lookups by code, e-mail and name,
    who is taken (each stored guest goes to at most one row), and when two names are
    one person. The rules that use it are the strategies below (`MATCH_STRATEGIES`)."""

    def __init__(self, existing: Iterable[Attendee], *, with_company: bool = True) -> None:
        self.with_company = with_company
        self.by_code: dict[str, list[Attendee]] = defaultdict(list)
        self.by_code_fold: dict[str, list[Attendee]] = defaultdict(list)
        self.by_email: dict[str, list[Attendee]] = defaultdict(list)
        self.by_name: dict[tuple[str, str, str], list[Attendee]] = defaultdict(list)
        self.by_person: dict[tuple[str, str], list[Attendee]] = defaultdict(list)
        self.by_last: dict[str, list[Attendee]] = defaultdict(list)
        self.all: list[Attendee] = []
        self.taken: set[int] = set()
        #: The (first, last) name the list still uses for a guest the desk renamed.
        self.aliases: dict[int, tuple[str, str]] = {}
        for a in existing:
            self.all.append(a)
            self.by_code[a.code].append(a)
            self.by_code_fold[a.code.casefold()].append(a)
            if a.email:
                self.by_email[a.email.casefold()].append(a)
            self.by_name[self.key(a)].append(a)
            self.by_person[_person_key(a)].append(a)
            self.by_last[folding.fold(a.last_name)].append(a)

    def free(self, candidates: list[Attendee]) -> list[Attendee]:
        """The candidates not yet taken, each once."""
        free: dict[int | None, Attendee] = {}
        for c in candidates:
            if c.id not in self.taken:
                free.setdefault(c.id, c)
        return list(free.values())

    def take(self, found: Attendee | None) -> Attendee | None:
        if found is not None and found.id is not None:
            self.taken.add(found.id)
        return found

    def add_alias(self, attendee: Attendee, listed: Attendee) -> None:
        """The desk corrected `attendee`; the list may still name them as `listed`."""
        key = self.key(listed)
        if key != self.key(attendee):
            self.by_name[key].append(attendee)
        if _person_key(listed) != _person_key(attendee) and attendee.id is not None:
            self.aliases[attendee.id] = _person_key(listed)
            self.by_person[_person_key(listed)].append(attendee)

    def key(self, a: Attendee) -> tuple[str, str, str]:
        return _name_key(a, self.with_company)

    def same_person(self, stored: Attendee, row: Attendee) -> bool:
        key = _person_key(row)
        return key == _person_key(stored) or key == self.aliases.get(stored.id or -1)

    def claim(self, proposed: list[Attendee | None]) -> list[Attendee | None]:
        """Each proposed guest goes to its row if no other row wants them too."""
        wanted = Counter(p.id for p in proposed if p is not None)
        found: list[Attendee | None] = []
        for p in proposed:
            if p is not None and p.id is not None and wanted[p.id] == 1:
                self.taken.add(p.id)
                found.append(p)
            else:
                found.append(None)
        return found

    def different_person(self, stored: Attendee, row: Attendee) -> bool:
        """Whether a row with a stored guest's code names somebody else (a ticket passed on).

        A corrected first name, a new surname after a wedding, swapped name columns or
        the same e-mail all still mean the same person.
        """
        if row.last_name == stored.last_name and row.first_name == stored.first_name:
            return False  # (most rows of a re-import: no folding needed)
        if not (row.first_name or row.last_name) or self.same_person(stored, row):
            return False
        if row.email and row.email.casefold() == stored.email.casefold():
            return False
        # With another e-mail too, both names must still agree ("Jon" -> "John Smith",
        # a middle name dropped); the same company no longer makes up for one of them.
        return not self._names_match(stored, row, by_company=not (row.email and stored.email))

    def _names_match(self, stored: Attendee, row: Attendee, by_company: bool = True) -> bool:
        """Whether the names of `row` still name `stored`, allowing corrections."""
        if self.same_person(stored, row):
            return True
        first, last = _name_words(row.first_name), _name_words(row.last_name)
        known_first, known_last = _name_words(stored.first_name), _name_words(stored.last_name)
        if first | last == known_first | known_last:
            return True  # split or ordered otherwise: "José | García López", swapped columns
        # Both names must still agree, each by a word in common or a small correction
        # ("Anna" -> "Anne", "Ben" -> "Benjamin", "Klein" -> "Klein-Meier", "Novák, Ph.D."):
        # one shared family name (Nguyen) or particle (van) is not the same person. With
        # the same company, one agreeing name is enough (a first name corrected outright).
        first_agrees = _names_agree(first, known_first, row.first_name, stored.first_name)
        last_agrees = _names_agree(last, known_last, row.last_name, stored.last_name)
        if first_agrees and last_agrees:
            return True
        same_company = bool(row.company) and folding.fold(row.company) == folding.fold(
            stored.company
        )
        return by_company and same_company and (first_agrees or last_agrees)

    def namesake_elsewhere(self, match: Attendee, row: Attendee) -> bool:
        """Two guests of one name: the row's e-mail is the other one's (codes swapped)."""
        if not row.email or row.email.casefold() == match.email.casefold():
            return False
        others = [c for c in self.by_email.get(row.email.casefold(), []) if c.id != match.id]
        return len(others) == 1 and not self.different_person(others[0], row)

    def unmatched(self) -> list[Attendee]:
        return [a for a in self.all if a.id not in self.taken]


class _Matching:
    """The rows of one import and, per row, the stored guest found so far and why."""

    def __init__(self, rows: list[Attendee]) -> None:
        self.rows = rows
        self.matches: list[Attendee | None] = [None] * len(rows)
        self.reasons: list[MatchReason] = [MatchReason.NEW] * len(rows)

    def found(self, i: int, match: Attendee | None, reason: MatchReason) -> None:
        self.matches[i] = match
        self.reasons[i] = reason if match is not None else MatchReason.NEW

    def open_rows(self, *, coded: bool) -> list[int]:
        """Rows with (or without) a code that have no guest yet, in list order."""
        return [
            i
            for i, row in enumerate(self.rows)
            if bool(row.code) is coded and self.matches[i] is None
        ]


class MatchStrategy:
    """One rule of the re-import matching: which rows it looks at, how it finds their
    stored guest, and the `MatchReason` it records. The strategies run in the order of
    `MATCH_STRATEGIES`; each sees only rows the ones before it left without a guest
    (except `CodeFollowsPerson`, which corrects what the code rules found)."""

    #: The reasons this strategy records (for the table-driven tests and the docs).
    reasons: tuple[MatchReason, ...] = ()

    def run(self, matcher: _Matcher, matching: _Matching) -> None:
        raise NotImplementedError


class SameCodeSamePerson(MatchStrategy):
    """A coded row takes a holder of its code who is the person it names: first, so that
    in a shared or passed-on code each row finds its own person before anyone else. Of
    several (a group's shared code), the one of the same name and company, else name."""

    reasons = (MatchReason.SAME_CODE, MatchReason.SHARED_CODE)

    def run(self, matcher: _Matcher, matching: _Matching) -> None:
        for i, row in enumerate(matching.rows):
            if not row.code:
                continue
            candidates = [
                c
                for c in matcher.free(matcher.by_code.get(row.code, []))
                if not matcher.different_person(c, row)
            ]
            if len(candidates) == 1:
                matching.found(i, matcher.take(candidates[0]), MatchReason.SAME_CODE)
            elif candidates:
                matching.found(
                    i,
                    matcher.take(_of_shared_code(matcher, row, candidates)),
                    MatchReason.SHARED_CODE,
                )


def _of_shared_code(matcher: _Matcher, row: Attendee, candidates: list[Attendee]) -> Attendee:
    key, person = matcher.key(row), _person_key(row)
    return next(
        (c for c in candidates if matcher.key(c) == key),
        next((c for c in candidates if _person_key(c) == person), candidates[0]),
    )


class CodeHolder(MatchStrategy):
    """A coded row whose code's holders are all other people: the ticket was passed on
    (the holder left is somebody else; `plan_import` adds the new holder beside one who
    already came)."""

    reasons = (MatchReason.TICKET_PASSED_ON, MatchReason.SHARED_CODE)

    def run(self, matcher: _Matcher, matching: _Matching) -> None:
        for i in matching.open_rows(coded=True):
            row = matching.rows[i]
            candidates = matcher.free(matcher.by_code.get(row.code, []))
            if len(candidates) == 1:
                matching.found(i, matcher.take(candidates[0]), MatchReason.TICKET_PASSED_ON)
            elif candidates:
                matching.found(
                    i,
                    matcher.take(_of_shared_code(matcher, row, candidates)),
                    MatchReason.TICKET_PASSED_ON,
                )


class CodelessByEmail(MatchStrategy):
    """A row without a code whose e-mail is one stored guest's: before any name rule, so
    that whichever row comes first never takes a namesake another row names by e-mail."""

    reasons = (MatchReason.EMAIL,)

    def run(self, matcher: _Matcher, matching: _Matching) -> None:
        for i, row in enumerate(matching.rows):
            if not row.code and row.email:
                matching.found(i, _by_email(matcher, row), MatchReason.EMAIL)


def _by_email(matcher: _Matcher, row: Attendee) -> Attendee | None:
    candidates = matcher.free(matcher.by_email.get(row.email.casefold(), []))
    return matcher.take(candidates[0]) if len(candidates) == 1 else None


class CodelessByName(MatchStrategy):
    """A row without a code: the guest of its first name, last name and company (the
    name the desk corrected still finds them). Identical names (two "N.N." seats of one
    company) pair up in list order, a guest who came first: the one left over is then
    the one not here."""

    reasons = (MatchReason.EMAIL, MatchReason.NAME, MatchReason.DESK_CORRECTED_NAME)

    def run(self, matcher: _Matcher, matching: _Matching) -> None:
        for i in matching.open_rows(coded=False):
            row = matching.rows[i]
            if row.email:
                found = _by_email(matcher, row)
                if found is not None:
                    matching.found(i, found, MatchReason.EMAIL)
                    continue
            candidates = matcher.free(matcher.by_name.get(matcher.key(row), []))
            candidates.sort(key=lambda c: c.checked_in is None)
            if candidates:
                found = matcher.take(candidates[0])
                assert found is not None
                aliased = matcher.key(found) != matcher.key(row)
                matching.found(
                    i, found, MatchReason.DESK_CORRECTED_NAME if aliased else MatchReason.NAME
                )


class NewCode(MatchStrategy):
    """A coded row whose code is not stored, after every other coded row had its match:
    the stored guest with the same code in other case, or (a re-issued ticket) the guest
    with the same e-mail or name whose own code has left the list. The first and last
    name must agree either way, and a guest two rows could be goes to neither (a new
    registration then, not a guess)."""

    reasons = (MatchReason.CODE_CASE, MatchReason.CODE_REISSUED)

    def run(self, matcher: _Matcher, matching: _Matching) -> None:
        if not matcher.all:
            return
        listed_codes = {r.code.casefold() for r in matching.rows if r.code}
        unknown = matching.open_rows(coded=True)
        proposed = [self._propose(matcher, matching.rows[i], listed_codes) for i in unknown]
        claimed = matcher.claim([p[0] if p else None for p in proposed])
        for i, match, proposal in zip(unknown, claimed, proposed, strict=True):
            if match is not None and proposal is not None:
                matching.found(i, match, proposal[1])

    @staticmethod
    def _propose(
        matcher: _Matcher, row: Attendee, listed_codes: set[str]
    ) -> tuple[Attendee, MatchReason] | None:
        candidates = [
            c
            for c in matcher.free(matcher.by_code_fold.get(row.code.casefold(), []))
            if not matcher.different_person(c, row)
        ]
        if len(candidates) == 1:
            return candidates[0], MatchReason.CODE_CASE
        # A re-issued ticket: only a guest whose own code has left the list.
        orphaned = [
            c
            for c in matcher.free(
                [
                    *matcher.by_email.get(row.email.casefold(), []),
                    *matcher.by_name.get(matcher.key(row), []),
                ]
                if row.email
                else matcher.by_name.get(matcher.key(row), [])
            )
            if c.code.casefold() not in listed_codes and matcher.same_person(c, row)
        ]
        return (orphaned[0], MatchReason.CODE_REISSUED) if len(orphaned) == 1 else None


class SamePersonOtherwise(MatchStrategy):
    """A row without a code that found nobody by e-mail or by name and company, after
    every other row had its match: the one stored guest of that first and last name
    whose company changed ("Beta GmbH" -> "Beta AG"), whose name columns the list
    swapped, or whose first name was corrected ("Anna Maria" -> "Anna"). Only where the
    pairing is unique both ways and no two e-mails disagree; otherwise a new guest."""

    reasons = (
        MatchReason.COMPANY_CHANGED,
        MatchReason.NAME_COLUMNS_SWAPPED,
        MatchReason.FIRST_NAME_CORRECTED,
        MatchReason.DESK_CORRECTED_NAME,
    )

    def run(self, matcher: _Matcher, matching: _Matching) -> None:
        if not matcher.all or not matcher.with_company:
            return
        codeless = matching.open_rows(coded=False)
        proposed = [self._propose(matcher, matching.rows[i]) for i in codeless]
        for i, match in zip(codeless, matcher.claim(proposed), strict=True):
            if match is not None:
                matching.found(i, match, self._why(matcher, match, matching.rows[i]))

    @staticmethod
    def _propose(matcher: _Matcher, row: Attendee) -> Attendee | None:
        first, last = _person_key(row)
        people = [*matcher.by_person.get((first, last), [])]
        if first != last:  # the list swapped its name columns
            people += matcher.by_person.get((last, first), [])
        if not people:  # a corrected first name ("Anna Maria" -> "Anna")
            people = [
                c for c in matcher.by_last.get(last, []) if not matcher.different_person(c, row)
            ]
        candidates = [
            c
            for c in matcher.free(people)
            if not (c.email and row.email and c.email.casefold() != row.email.casefold())
        ]
        return candidates[0] if len(candidates) == 1 else None

    @staticmethod
    def _why(matcher: _Matcher, stored: Attendee, row: Attendee) -> MatchReason:
        first, last = _person_key(row)
        if _person_key(stored) == (first, last):
            return MatchReason.COMPANY_CHANGED
        if matcher.aliases.get(stored.id or -1) in ((first, last), (last, first)):
            return MatchReason.DESK_CORRECTED_NAME
        if _person_key(stored) == (last, first):
            return MatchReason.NAME_COLUMNS_SWAPPED
        return MatchReason.FIRST_NAME_CORRECTED


class CodeFollowsPerson(MatchStrategy):
    """Rows whose code belongs to somebody else while the person they name is a stored
    guest with another code (two codes swapped, a code re-assigned): each such row is
    that guest, who gets the new code; unique both ways. Last, because it corrects what
    the code rules found: a code's former holder whom no row names any more is free."""

    reasons = (MatchReason.CODE_MOVED,)

    def run(self, matcher: _Matcher, matching: _Matching) -> None:
        rows, matches = matching.rows, matching.matches
        owner = {
            i: match
            for i, (row, match) in enumerate(zip(rows, matches, strict=True))
            if match is not None
            and not (  # (most rows of a re-import: nothing to look into)
                row.first_name == match.first_name
                and row.last_name == match.last_name
                and row.email == match.email
            )
            and row.code.casefold() == match.code.casefold()
            and (matcher.different_person(match, row) or matcher.namesake_elsewhere(match, row))
        }
        if not owner:
            return
        flagged_ids = {m.id for m in owner.values()}
        held = {m.id for m in matches if m is not None}

        def propose(i: int) -> Attendee | None:
            row = rows[i]
            people = {c.id: c for c in matcher.by_person.get(_person_key(row), [])}
            if row.email:
                people.update((c.id, c) for c in matcher.by_email.get(row.email.casefold(), []))
            candidates = [
                c
                for c in people.values()
                if c.id != owner[i].id
                and (c.id not in held or c.id in flagged_ids)
                and not matcher.different_person(c, row)
            ]
            return candidates[0] if len(candidates) == 1 else None

        proposed = {i: propose(i) for i in owner}
        wanted = Counter(p.id for p in proposed.values() if p is not None)
        moved = {i: p for i, p in proposed.items() if p is not None and wanted[p.id] == 1}
        claimed = {p.id for p in moved.values()}
        for i in owner:
            if i in moved:
                matching.found(i, moved[i], MatchReason.CODE_MOVED)
            elif owner[i].id in claimed:
                # Its code's holder is listed in another row: a new guest.
                matching.found(i, None, MatchReason.NEW)
        still = {m.id for m in matches if m is not None}
        matcher.taken -= flagged_ids - still  # a code's former holder no row names any more
        matcher.taken |= {i for i in still if i is not None}


#: The re-import matching, in order. Rows with a code claim their guest first (a
#: hand-added row without one must not take a namesake whose own coded row comes later);
#: codeless rows by e-mail before names; the guesses (a code the store does not know, a
#: changed company) last, so they never take a guest another row is.
MATCH_STRATEGIES: tuple[MatchStrategy, ...] = (
    SameCodeSamePerson(),
    CodeHolder(),
    CodelessByEmail(),
    CodelessByName(),
    NewCode(),
    SamePersonOtherwise(),
    CodeFollowsPerson(),
)


def plan_import(
    existing: Iterable[Attendee],
    rows: Iterable[ParsedRow],
    *,
    keep_missing: bool = False,
    new_code: Callable[[], str] = codes.generate_code,
    source_file: str = "",
    desk_edits: Mapping[int, Mapping[str, Any]] | None = None,
    carried: ListColumns | None = None,
    rejected_codes: Collection[str] = (),
) -> tuple[ImportPlan, ImportReport]:
    """Decide what an import writes, without writing (pure, so it is easy to test).

    `desk_edits` maps an attendee id to the fields the desk corrected and their
    values before (from the EDIT log): those fields keep the desk's value, and the
    old values still find the guest in a list without codes. `carried` says which
    fields the list has columns for (None: all); a stored guest keeps the rest.
    `rejected_codes` are codes on rows the list could not import (no name): their
    guests are still on the list and are left as they are.
    """
    carried = carried or ListColumns.everything()
    edits = desk_edits or {}
    existing = list(existing)
    matcher = _Matcher(existing, with_company="company" in carried.fields)
    for a in existing:
        old = edits.get(a.id or -1)
        if old and {"first_name", "last_name", "company"} & old.keys():
            listed = replace(a, **{k: v for k, v in old.items() if k in _NAME_FIELDS})
            matcher.add_alias(a, listed)
    used_codes = set(matcher.by_code)
    inserts: list[Attendee] = []
    updates: list[Attendee] = []
    recorded: list[RecordedCheckIn] = []
    unchanged = cancelled = generated = kept = 0
    changed_codes: list[Problem] = []
    holder_changes: list[Problem] = []
    moved: list[Attendee] = []
    rows = list(rows)
    matching = _Matching([r.attendee for r in rows])
    if existing:  # (a first import into an empty event matches nobody: 0.1 s of 200,000 rows)
        for strategy in MATCH_STRATEGIES:
            strategy.run(matcher, matching)
    matches, reasons = matching.matches, matching.reasons
    for i, (row, match) in enumerate(zip(rows, matches, strict=True)):
        incoming = row.attendee
        if incoming.status is Status.CANCELLED:
            cancelled += 1
        passed_on = (
            match is not None
            and incoming.code.casefold() == match.code.casefold()
            and matcher.different_person(match, incoming)
        )
        if passed_on:
            assert match is not None
            holder_changes.append(_holder_changed(row.line, match, incoming))
            reasons[i] = MatchReason.TICKET_PASSED_ON
            if match.checked_in is not None:
                # The guest who came keeps their check-in (no longer on the list); the new
                # holder is added beside them, and the code asks a person at the door.
                matcher.taken.discard(match.id)
                match = None
                reasons[i] = MatchReason.ADDED_BESIDE_HOLDER
        if match is None:
            code = incoming.code
            if not code:
                code = new_code()
                while code in used_codes:
                    code = new_code()
                generated += 1
            used_codes.add(code)
            if code != incoming.code or incoming.id is not None or incoming.checked_in is not None:
                incoming = replace(incoming, id=None, code=code, checked_in=None)
            inserts.append(incoming)
            if row.checked_in_at is not None:
                recorded.append(RecordedCheckIn.of_new(len(inserts) - 1, row.checked_in_at))
            continue
        assert match.id is not None
        if incoming.code and incoming.code != match.code:
            both = incoming.code.casefold() == match.code.casefold()
            changed_codes.append(
                Problem(
                    row.line,
                    ProblemReason.CODE_CHANGED,
                    Note(
                        "code_case_changed" if both else "code_changed",
                        "{name}: the list now gives code {new} instead of {old}; "
                        + (
                            "both spellings admit."
                            if both
                            else "the new code admits, the old one no longer does."
                        ),
                        name=f"{match.first_name} {match.last_name}",
                        new=incoming.code,
                        old=match.code,
                    ),
                    "warning",
                )
            )
        if passed_on:
            # Somebody else now: nothing of the former holder (the desk's corrections,
            # a VIP note, a title the list has no column for) passes on with the ticket.
            merged = replace(
                match,
                code=incoming.code,
                **{
                    f: getattr(incoming, f)
                    if f in _PERSON_FIELDS
                    else carried.value(f, match, incoming)
                    for f in LIST_FIELDS
                    if f in _PERSON_FIELDS or carried.has(f, incoming)
                },
            )
        else:
            corrected = edits.get(match.id, {})
            merged = replace(
                match,
                code=incoming.code or match.code,
                **{
                    f: carried.value(f, match, incoming)
                    for f in LIST_FIELDS
                    if f not in corrected and carried.has(f, incoming)
                },
            )
        if _list_fields_equal(merged, match) and merged.code == match.code:
            unchanged += 1
            if merged.source_file != match.source_file:
                moved.append(merged)  # the same list under another file name
        else:
            updates.append(merged)
            if match.checked_in is not None:
                kept += 1
        if row.checked_in_at is not None and match.checked_in is None:
            recorded.append(RecordedCheckIn.of_stored(match.id, row.checked_in_at))
    removals: list[int] = []
    if not keep_missing:
        for a in matcher.unmatched():
            if a.walk_in or a.status is Status.REMOVED or a.id is None:
                continue
            if a.code in rejected_codes:
                continue  # on the list, in a row that could not be read
            removals.append(a.id)
            if a.checked_in is not None:
                kept += 1
    plan = ImportPlan(
        inserts=tuple(inserts),
        updates=tuple(updates),
        moved=tuple(moved),  # only the source file is new
        removals=tuple(removals),
        recorded_checkins=tuple(recorded),
        source_file=source_file,
        reasons=tuple(reasons),
    )
    report = ImportReport(
        source_file=source_file,
        inserted=len(inserts),
        updated=len(updates),
        unchanged=unchanged,
        cancelled=cancelled,
        removed=len(removals),
        codes_generated=generated,
        recorded_checkins=len(recorded),
        checkins_kept=kept,
        codes_changed=len(changed_codes),
        holders_changed=len(holder_changes),
        problems=(*changed_codes, *holder_changes),
        matched_by=_counted(reasons),
    )
    return plan, report


def _counted(reasons: list[MatchReason]) -> tuple[tuple[MatchReason, int], ...]:
    """(reason, rows) for every reason that occurs, in the order of `MatchReason`."""
    if not reasons:
        return ()
    if reasons[0] is MatchReason.NEW and reasons.count(MatchReason.NEW) == len(reasons):
        return ((MatchReason.NEW, len(reasons)),)  # (a first import: no Counter of 200,000)
    counts = Counter(reasons)
    return tuple((reason, counts[reason]) for reason in MatchReason if counts[reason])


def _holder_changed(line: int, stored: Attendee, incoming: Attendee) -> Problem:
    before = f"{stored.first_name} {stored.last_name}".strip()
    now = f"{incoming.first_name} {incoming.last_name}".strip()
    if stored.checked_in is not None:
        note = Note(
            "holder_added",
            "Code {code} was {before}'s; the list now names {now}: {before} is already checked "
            "in and keeps that check-in; {now} was added with the same code, so at the door "
            "the code asks a person to decide.",
            code=stored.code,
            before=before,
            now=now,
        )
    else:
        note = Note(
            "ticket_passed_on",
            "Code {code} was {before}'s; the list now names {now}: the ticket was passed on: "
            "the code now admits {now}, no longer {before}.",
            code=stored.code,
            before=before,
            now=now,
        )
    return Problem(line, ProblemReason.HOLDER_CHANGED, note, "warning")


#: A list that would mark more than half of the stored guests removed (and at least this
#: many) is more likely the wrong file or a file of late registrations: asked, not done.
MASS_REMOVAL_MIN = 20


class Question(enum.StrEnum):
    """What an import asks before it writes; a person confirms each one (CLI flag, dialog)."""

    #: The file ends inside a record: not the whole list (see `FileCutOff`).
    CUT_OFF = "cut_off"
    #: Most stored guests would be taken off the list (see `WouldRemoveMost`).
    REMOVE_MOST = "remove_most"
    #: Guests who came or have a badge would be taken off the list (`WouldRemoveAdmitted`).
    REMOVE_ADMITTED = "remove_admitted"
    #: Guests would be added whose approval and payment the file does not say (`StatesUnknown`).
    STATES_UNKNOWN = "states_unknown"


class ImportQuestion(ListFileError):
    """The import stopped before writing anything to ask a person; `question` says what."""

    question: Question


class FileCutOff(ImportQuestion):
    """The file ends inside a record (an interrupted download, a full USB stick)."""

    question = Question.CUT_OFF

    def __init__(self, cut_off: CutOff) -> None:
        self.cut_off = cut_off
        why = {
            CutOffReason.OPEN_QUOTE: "a quoted cell is still open at the end of the file",
            CutOffReason.SHORT_LAST_LINE: (
                "its last line has no line end and fewer cells than the line before it"
            ),
            CutOffReason.LAST_VALUE_CUT: (
                "its last line has no line end and a value on it is only the start of the "
                "stored one"
            ),
        }.get(cut_off.reason, "it ends inside a record")
        super().__init__(
            f"This file looks cut off at line {cut_off.line}: {why} ({cut_off.excerpt!r}). "
            "An interrupted download or a full USB stick ends a file like this, and the "
            "guests after the cut would be taken off the list. Nothing was imported. Get "
            "the complete file; if this file is complete after all, import it anyway."
        )


class WouldRemoveMost(ImportQuestion):
    """The import would take most stored guests off the list, or give their codes to other
    people (the wrong file, with the same numbered codes); nothing changed."""

    question = Question.REMOVE_MOST

    def __init__(
        self, removed: int, stored: int, passed_on: int = 0, admitted: tuple[str, ...] = ()
    ) -> None:
        self.removed, self.stored, self.passed_on = removed, stored, passed_on
        self.admitted = admitted
        also = f", and give the codes of {passed_on} to other people" if passed_on else ""
        came = f" ({_who(admitted)} already came or have a badge)" if admitted else ""
        super().__init__(
            f"This list would mark {removed} of the {stored} guests already imported as no "
            f"longer on the list{came}{also}. Nothing was imported. If the file only adds "
            "late registrations, add it to the current list; if it is the complete new "
            "list, confirm the removals."
        )


class WouldRemoveAdmitted(ImportQuestion):
    """The import would take guests off the list who were checked in or printed a badge."""

    question = Question.REMOVE_ADMITTED

    def __init__(self, admitted: tuple[str, ...]) -> None:
        self.admitted = admitted
        super().__init__(
            f"This list no longer names {len(admitted)} guest(s) who already came or have a "
            f"badge: {_who(admitted)}. They would be refused at the door from now on. "
            "Nothing was imported. If the file only adds late registrations, add it to the "
            "current list; if these guests really are no longer invited, confirm the removals."
        )


class StatesUnknown(ImportQuestion):
    """The file adds guests without saying whether they are approved and paid (Indico's
    registrants JSON): admitted like complete registrations, unless the list with the
    states was imported first."""

    question = Question.STATES_UNKNOWN

    def __init__(self, added: tuple[str, ...]) -> None:
        self.added = added
        super().__init__(
            f"This file adds {len(added)} registration(s) without saying whether they await "
            f"approval or payment: {_who(added)}. At the door they would be admitted like "
            "complete ones. Nothing was imported. Import the registration list with its "
            "states (Indico's CSV or Excel export) first, then this file; if every "
            "registration is complete, import it anyway."
        )


#: Names listed in a question before "and N more".
_WHO_SHOWN = 10


def _who(names: tuple[str, ...]) -> str:
    shown = ", ".join(names[:_WHO_SHOWN])
    more = len(names) - _WHO_SHOWN
    return f"{shown} and {more} more" if more > 0 else shown


def _removes_most(
    plan: ImportPlan, report: ImportReport, existing: list[Attendee], admitted: tuple[str, ...]
) -> WouldRemoveMost | None:
    removed, passed_on = len(plan.removals), report.holders_changed
    if removed + passed_on < MASS_REMOVAL_MIN:
        return None
    stored = sum(1 for a in existing if not a.walk_in and a.status is not Status.REMOVED)
    if (removed + passed_on) * 2 <= stored:
        return None
    return WouldRemoveMost(removed, stored, passed_on, admitted)


def _removed_who_came(
    store: Store, plan: ImportPlan, existing: list[Attendee], listed_codes: set[str]
) -> tuple[str, ...]:
    """The guests the plan takes off the list who were checked in or have a printed badge.

    A guest whose code the list still names (a ticket passed on to someone else) is
    not asked about: the list says who holds the ticket now.
    """
    if not plan.removals:
        return ()
    removed = set(plan.removals)
    printed = {
        e.attendee_id
        for e in store.iter_log()
        if e.kind is LogKind.BADGE_PRINTED and e.attendee_id in removed
    }
    return tuple(
        a.display_name or a.code
        for a in sorted(existing, key=names.attendee_key)
        if a.id in removed
        and (a.checked_in is not None or a.id in printed)
        and a.code.casefold() not in listed_codes
    )


#: Text fields a cut inside the last cell of a file shortens.
_CUT_FIELDS = (
    "title", "first_name", "last_name", "company", "function", "email", "category",
    "attention_note",
)  # fmt: skip


def _last_value_cut(existing: list[Attendee], parsed: ParsedList) -> CutOff | None:
    """A last line without its line end whose values are only the start of the stored ones.

    A cut inside the last cell leaves a row of the right width ("Pre" for "Presse",
    "anna@exa" for an address, "storn" for "storniert", a code's first characters):
    only the stored guests show that it is shorter.
    """
    if not parsed.last_line_open or not parsed.rows or not existing:
        return None
    last = parsed.rows[-1]
    incoming = last.attendee
    shown = f"{incoming.code} {incoming.first_name} {incoming.last_name}".strip()
    cut = CutOff(last.line, CutOffReason.LAST_VALUE_CUT, shown)
    holders = [a for a in existing if a.code == incoming.code] if incoming.code else []
    if incoming.code and not holders:
        longer = any(a.code.startswith(incoming.code) for a in existing)
        return cut if longer else None
    unreadable_status = any(
        p.line == last.line and p.column and p.reason is ProblemReason.UNREADABLE_VALUE
        for p in parsed.problems
    )
    for stored in holders:
        for name in _CUT_FIELDS:
            now, before = getattr(incoming, name), getattr(stored, name)
            if now != before and before.startswith(now):
                return cut
        if unreadable_status and incoming.status is not stored.status:
            return cut
        for key, before in stored.extra.items():
            now = incoming.extra.get(key, "")
            if now != before and before.startswith(now):
                return cut
    return None


def _keep_ticket_secrets(existing: list[Attendee], rows: list[ParsedRow]) -> list[ParsedRow]:
    """Indico's list imported again after its registrants JSON: a row's code is the
    registration ID, the stored guest's is the ticket secret the JSON gave. The secret
    stays the code (Indico's ticket QR codes hold it; else every ticket reads "unknown")."""
    secret_of = {
        a.extra[REGISTRATION_ID_KEY]: a.code
        for a in existing
        if a.extra.get(REGISTRATION_ID_KEY, a.code) != a.code
    }
    if not secret_of:
        return rows
    return [
        replace(r, attendee=replace(r.attendee, code=secret_of[r.attendee.code]))
        if r.attendee.code in secret_of
        and r.attendee.extra.get(REGISTRATION_ID_KEY) == r.attendee.code
        else r
        for r in rows
    ]


def _cut_at_a_line_end(
    parsed: ParsedList, plan: ImportPlan, existing: list[Attendee]
) -> list[Note]:
    """A CSV cut exactly where a line ends looks complete: nothing in it tells (an Excel
    workbook has its ZIP directory, a JSON file its closing brackets, both checked while
    reading). Where such a file took guests off the list, the notes say so, pointedly
    when those guests were the last lines of the list before."""
    if not plan.removals or parsed.format != "csv":
        return []
    gone = set(plan.removals)
    lines = [a.source_line or 0 for a in existing if a.id in gone]
    kept = [
        a.source_line or 0
        for a in existing
        if a.id not in gone and a.status is not Status.REMOVED and a.source_line
    ]
    if kept and min(lines) > max(kept):
        return [
            Note(
                "removed_last_lines",
                "The {count} guest(s) taken off the list were its last lines (from line "
                "{line} on): a file cut off at the end of a line looks complete. If the "
                "file was not meant to end there, get the complete file and import it again.",
                count=len(lines),
                line=min(lines),
            )
        ]
    return [
        Note(
            "removed_maybe_cut",
            "{count} guest(s) are not in this file and were taken off the list. A CSV file "
            "cut off at the end of a line cannot be told from a complete one: check that "
            "the file is whole.",
            count=len(lines),
        )
    ]


def planned_from(plan: ImportPlan, existing: Iterable[Attendee]) -> PlannedFrom:
    """The stored rows `plan` was made from, of the guests it writes (by id)."""
    wanted = {a.id for a in plan.updates}
    wanted.update(plan.removals)
    wanted.update(r.attendee_id for r in plan.recorded_checkins)
    return PlannedFrom({a.id: a for a in existing if a.id in wanted and a.id is not None})


def _changed_meanwhile(count: int) -> list[Note]:
    if not count:
        return []
    return [
        Note(
            "changed_meanwhile",
            "{count} guest(s) were changed at a desk while this list was being written (a "
            "correction, a check-in, an undo): the desk's changes were kept, and none of "
            "them was taken off the list.",
            count=count,
        )
    ]


def _name_the_event(store: Store, name: str) -> list[Note]:
    """An event without a name takes the one its export names; an organiser's is kept."""
    if not name or load_event(store).name:
        return []
    store.set_meta(EVENT_KEYS["name"], name.strip())
    return [
        Note(
            "event_named_by_list",
            "The event had no name; it is now called {name}, as the list names it.",
            name=name,
        )
    ]


def import_list(
    store: Store,
    path: str | Path,
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
    keep_missing: bool = False,
    allow_removals: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    clock: Clock = system_clock,
    delimiter: str | None = None,
    confirmed: Collection[Question] = (),
    checkin_list: str | None = None,
    timezone: tzinfo | None = None,
    apply: Callable[[ImportPlan, datetime], object] | None = None,
) -> ImportReport:
    """Read a list file and merge it; raises ListFileError (nothing changed) if unreadable.

    `apply` writes the plan. By default a first import into an empty event is one
    transaction (nobody can be admitted yet, and the bulk path is fastest); into an
    event that has guests, it is written in short parts
    (`checkin.core.import_parts.apply_in_parts`), so a scan at any desk, in this
    process or another, never waits long behind it. The desk window passes its own
    `apply` (parts that also take the desk's turn).

    Before anything is written, an `ImportQuestion` (nothing changed) asks a person
    unless its `Question` is in `confirmed`: a file cut off inside a record
    (`FileCutOff`), a list that would mark most stored guests removed
    (`WouldRemoveMost`: the wrong file must not empty the event), one that would take
    guests off it who came or have a badge (`WouldRemoveAdmitted`). `allow_removals`
    confirms both removal questions.
    """
    # Times the list writes without a zone are wall-clock times at the event.
    timezone = timezone or load_event(store).zone()
    confirmed = set(confirmed)
    if allow_removals:
        confirmed |= {Question.REMOVE_MOST, Question.REMOVE_ADMITTED}
    parsed: ParsedList = parse_list(
        path,
        sheet=sheet,
        mapping=dict(mapping) if mapping else None,
        progress=progress,
        cancelled=cancelled,
        delimiter=delimiter,
        checkin_list=checkin_list,
        # Times the list writes without a zone are the event's (pretix writes its own).
        timezone=timezone,
        clock=clock,
    )
    if parsed.cut_off is not None and Question.CUT_OFF not in confirmed:
        raise FileCutOff(parsed.cut_off)
    with collector_paused():
        existing = list(store.iter_attendees()) if store.count_attendees() else []
        kept = _keep_ticket_secrets(existing, parsed.rows)
        if any(a is not b for a, b in zip(kept, parsed.rows, strict=True)):
            # the secrets stay the codes: Indico's tickets do not read "unknown"
            warnings = [w for w in parsed.warnings if getattr(w, "code", "") != "indico_no_qr"]
            parsed = replace(parsed, rows=kept, warnings=warnings)
        if Question.CUT_OFF not in confirmed:
            cut = _last_value_cut(existing, parsed)
            if cut is not None:
                raise FileCutOff(cut)
        plan, report = plan_import(
            existing,
            parsed.rows,
            keep_missing=keep_missing,
            source_file=Path(path).name,
            desk_edits=desk_edits(store.iter_log()) if existing else None,
            carried=ListColumns.of(parsed),
            rejected_codes=parsed.rejected_codes,
        )
        if parsed.states_unknown and plan.inserts and Question.STATES_UNKNOWN not in confirmed:
            added = sorted(plan.inserts, key=names.attendee_key)
            raise StatesUnknown(tuple(a.display_name or a.code for a in added))
        if not {Question.REMOVE_MOST, Question.REMOVE_ADMITTED} <= confirmed:
            listed = {r.attendee.code.casefold() for r in parsed.rows if r.attendee.code}
            admitted = _removed_who_came(store, plan, existing, listed)
            if Question.REMOVE_MOST not in confirmed:
                refusal = _removes_most(plan, report, existing, admitted)
                if refusal is not None:
                    raise refusal
            if admitted and not {Question.REMOVE_MOST, Question.REMOVE_ADMITTED} & confirmed:
                raise WouldRemoveAdmitted(admitted)
        if cancelled is not None and cancelled():
            return replace(
                report,
                inserted=0,
                updated=0,
                removed=0,
                recorded_checkins=0,
                codes_changed=0,
                holders_changed=0,
                problems=tuple(parsed.problems),
            )
        if existing:
            # Each write finds the guests a desk changed since this planning (store/meanwhile.py).
            plan = replace(plan, planned_from=planned_from(plan, existing))
        if apply is None:
            apply = store.apply_import if not existing else partial(apply_in_parts, store)
        apply(plan, clock())
    changed_meanwhile = len(plan.planned_from.changed) if plan.planned_from else 0
    named = _name_the_event(store, parsed.event_name)
    if any(f == "order_code" for f in parsed.mapping.values()):
        store.set_meta(ORDER_CODES_META, "1")  # typed order codes list their tickets
    if parsed.rows and REGISTRATION_ID_KEY in parsed.rows[0].attendee.extra:
        store.set_meta(REGISTRATION_IDS_META, "1")  # typed registration IDs find guests
    return replace(
        report,
        source_format=parsed.source_format,
        mapping=dict(parsed.mapping),
        notes=(
            *parsed.warnings,
            *_cut_at_a_line_end(parsed, plan, existing),
            *_changed_meanwhile(changed_meanwhile),
            *named,
        ),
        changed_meanwhile=changed_meanwhile,
        event_named=named[0].args["name"] if named else "",
        problems=tuple(sorted((*parsed.problems, *report.problems), key=lambda p: p.line)),
        unpaid=sum(1 for r in parsed.rows if r.attendee.status is Status.UNPAID),
        unapproved=sum(1 for r in parsed.rows if r.attendee.status is Status.UNAPPROVED),
        checkin_lists=parsed.checkin_lists,
        checkin_list=parsed.checkin_list,
    )
