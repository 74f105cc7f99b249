"""Whatever a scanner types, the desk answers with a verdict and never admits by accident."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.core.model import VerdictKind
from checkin.core.rules import CheckInService
from checkin.core.store.sqlite import SQLiteStore

KNOWN = {"WESTK1", "DULIG1", "MUELL1", "MUELL2", "DVORAK", "LUKASZ", "NGUYEN", "CANCEL", "TWIN"}

scanner_noise = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1F), max_size=50),
    st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=5), st.integers(1, 4000)),
    st.sampled_from(
        [
            "'; DROP TABLE attendees; --",
            '" OR 1=1 --',
            "<script>alert(1)</script>",
            "https://x.example/?code=",
            '{"checkin_secret": null}',
            "NEAR(a b)",
            'last : "a"*',
            "\x00",
            "\ud800",
        ]
    ),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=scanner_noise)
def test_random_scanner_input_never_raises_and_never_admits_a_stranger(
    filled_store: SQLiteStore, raw: str
) -> None:
    service = CheckInService(filled_store)
    verdict = service.scan(raw, "T1", "fuzz")
    assert isinstance(verdict.kind, VerdictKind)
    if verdict.kind is VerdictKind.ADMITTED:
        assert verdict.attendee is not None and verdict.attendee.code in KNOWN
    assert filled_store.count_attendees() == 10
    assert isinstance(filled_store.search(raw), list)
