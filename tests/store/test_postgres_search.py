"""PostgreSQL name search answers exactly like SQLite's, and schema 1 events upgrade.

The desk must not show a different list because the event lives on a server:
the same guests, searched the same way, come back in the same order from both
backends, including when a small limit cuts a ranked group short.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from random import Random

import psycopg
import pytest

from checkin.core import search as folding
from checkin.core.model import Attendee
from checkin.core.store.base import ImportPlan, Store
from checkin.core.store.postgres import MIGRATIONS, SCHEMA_VERSION, PostgresStore
from checkin.core.store.rows import sort_key
from tests.conftest import FakeClock

pytestmark = pytest.mark.postgres

SURNAMES = (
    "Müller", "Mueller", "Müllner", "Mull", "Mulder", "Rost", "Rostock", "Rostami",
    "Adamek", "Adam", "Nowak", "Nowicki", "Nguyễn", "Weiß", "Weiss", "Weissmann",
    "Schmidt", "Schmitz", "Öztürk", "Özdemir", "Dvořák", "Wiśniewski", "O'Brien",
    "Meyer-Rost", "Berg", "Bergmann",
)  # fmt: skip
FIRST_NAMES = (
    "Anna", "Anne", "Jonas", "Jon", "Rostislav", "Martin", "Marta", "Petr", "Müge",
    "Łukasz", "Lukas", "Ida", "Berg", "Nguyen", "Mia", "Emil",
)  # fmt: skip
COMPANIES = ("Rost AG", "Müller GmbH", "Bergbau Sachsen", "Škoda Auto", "", "IG Metall", "Nowa")


def crowd() -> list[Attendee]:
    """Every surname with every first name once: many ties within a group, none in name."""
    rng = Random(11)
    guests = []
    for n, (last, first) in enumerate((s, f) for s in SURNAMES for f in FIRST_NAMES):
        email = f"{folding.fold(first)}.{folding.fold(last)}@{rng.choice(('mull.de', 'ex.org'))}"
        guests.append(
            Attendee(
                code=f"C{n:04d}",
                first_name=first,
                last_name=last,
                company=rng.choice(COMPANIES),
                email=email if rng.random() < 0.7 else "",
            )
        )
    rng.shuffle(guests)
    return guests


QUERIES = (
    "mül", "mull", "muller", "Mueller", "rost", "ros", "ro", "r", "adam", "now", "nguy",
    "weiss", "weiß", "schm", "öz", "oz", "dvo", "obrien", "o'b", "berg", "ber", "anna",
    "an", "luk", "łuk", "skoda", "ig", "gmbh", "mull.de", "ex", "mia", "xyzzy",
    "anna mül", "mül anna", "rost ida", "berg berg", "an ro", "jon m", "o brien", "ig met",
)  # fmt: skip


@pytest.mark.parametrize("limit", [50, 7, 1])
def test_search_orders_exactly_like_sqlite(
    pg_url: str,
    tmp_path: Path,
    open_target: Callable[[str], Store],
    clock: FakeClock,
    limit: int,
) -> None:
    plan = ImportPlan(inserts=tuple(crowd()))
    lite, pg = open_target(str(tmp_path / "event.sqlite3")), open_target(pg_url)
    lite.apply_import(plan, clock())
    pg.apply_import(plan, clock())
    for query in QUERIES:
        words = folding.query_words(query)
        if len(words) == 1:
            expected = [a.code for a in lite.search(query, limit)]
        else:
            # SQLite ranks its first limit*4 matches in index order; PostgreSQL ranks
            # them all. Both rank with folding.rank, so without a cut they agree.
            everyone = lite.search(query, 10_000)
            assert [a.code for a in pg.search(query, 10_000)] == [a.code for a in everyone]
            expected = [a.code for a in everyone[:limit]]
        assert [a.code for a in pg.search(query, limit)] == expected, query
    assert len(pg.search("mül", 50)) == 50  # the crowd really fills a page


def test_a_renamed_guest_moves_in_the_ranked_groups(
    pg_url: str, open_target: Callable[[str], Store], clock: FakeClock
) -> None:
    store = open_target(pg_url)
    store.apply_import(
        ImportPlan(
            inserts=(
                Attendee(code="1", first_name="Anna", last_name="Rostock"),
                Attendee(code="2", first_name="Berta", last_name="Rostock"),
                Attendee(code="3", first_name="Carl", last_name="Berg", company="Rost AG"),
            )
        ),
        clock(),
    )
    assert [a.code for a in store.search("rost")] == ["1", "2", "3"]
    berta = store.find_by_code("2")[0]
    store.update_attendee(replace(berta, first_name="Aaron"))
    carl = store.find_by_code("3")[0]
    store.update_attendee(replace(carl, last_name="Rost"))
    assert [a.code for a in store.search("rost")] == ["3", "2", "1"]


def _schema_1_event(url: str, people: list[Attendee]) -> None:
    """An event as checkin wrote it before schema 2: terms without sort keys."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE schema_version (version integer NOT NULL)")
        conn.execute(MIGRATIONS[0].encode())
        conn.execute("INSERT INTO schema_version (version) VALUES (1)")
        for a in people:
            row = conn.execute(
                "INSERT INTO attendees (code, code_fold, first_name, last_name, sort_key) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (a.code, a.code.casefold(), a.first_name, a.last_name, sort_key(a)),
            ).fetchone()
            assert row is not None
            for term, rank in folding.index_terms(a):
                conn.execute(
                    "INSERT INTO search_terms (term, attendee_id, rank) VALUES (%s, %s, %s)",
                    (term, row[0], rank),
                )


def test_a_schema_1_event_upgrades_and_searches_in_name_order(
    pg_url: str, open_target: Callable[[str], Store]
) -> None:
    _schema_1_event(
        pg_url,
        [
            Attendee(code="Z", first_name="Zoe", last_name="Müller"),
            Attendee(code="A", first_name="Anna", last_name="Müllner"),
            Attendee(code="M", first_name="Max", last_name="Mueller"),
        ],
    )
    store = open_target(pg_url)
    assert [a.code for a in store.search("mül")] == ["M", "Z", "A"]
    assert [a.code for a in store.search("muller")] == ["M", "Z"]
    with psycopg.connect(pg_url) as conn:
        version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        defs = dict(
            conn.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_terms'"
            ).fetchall()
        )
    assert version == (SCHEMA_VERSION,)
    assert defs["search_terms_pkey"].endswith("(rank, term, attendee_id)")
    assert defs["search_terms_attendee"].endswith("(attendee_id, term) INCLUDE (rank)")
    # 3: the log records where a scan came from; 4: the journal; 5: commit-order cursor;
    # 6: order-code indexes; 7: room on the guests' pages for HOT check-ins;
    # 8: guest row versions (a replica pulls what an import changed)
    assert SCHEMA_VERSION == 8


def test_search_with_a_huge_or_odd_limit_is_harmless(
    pg_url: str, open_target: Callable[[str], Store], clock: FakeClock
) -> None:
    store = open_target(pg_url)
    assert isinstance(store, PostgresStore)
    store.apply_import(ImportPlan(inserts=tuple(crowd()[:40])), clock())
    assert store.search("a", 0) == [] and store.search("a", -3) == []
    assert len(store.search("a", 10_000)) <= 40
    assert store.search("\udcff\x00", 5) == [] and store.search("\U0010ffff", 5) == []
