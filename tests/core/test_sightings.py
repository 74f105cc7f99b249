"""A code held in front of the camera is one scan; showing it again is a repeat scan."""

from __future__ import annotations

from checkin.core.sightings import GONE_AFTER, REPEAT_AFTER, Sightings

FRAME = 1 / 30


def _frames(sightings: Sightings, texts: list[str], start: float, seconds: float) -> list[str]:
    """Feed `seconds` of frames all showing `texts`; what was judged."""
    judged: list[str] = []
    n = round(seconds / FRAME)
    for i in range(n):
        judged += sightings.see(texts, start + i * FRAME).new
    return judged


def test_a_code_held_in_view_is_one_scan() -> None:
    assert _frames(Sightings(), ["A"], 0.0, 3.0) == ["A"]


def test_frames_that_miss_the_code_do_not_make_it_new() -> None:
    s = Sightings()
    assert s.see(["A"], 0.0).new == ("A",)
    assert s.see([], GONE_AFTER * 0.5).new == ()  # motion blur: the code is still there
    assert s.see(["A"], GONE_AFTER * 0.9).new == ()


def test_a_code_shown_again_after_leaving_the_view_is_a_repeat_scan() -> None:
    s = Sightings()
    assert s.see(["A"], 0.0).new == ("A",)
    s.see([], 0.2)
    assert s.see(["A"], 0.2 + GONE_AFTER + 0.1).new == ("A",)


def test_a_code_held_up_for_long_is_judged_again() -> None:
    s = Sightings()
    judged = _frames(s, ["A"], 0.0, REPEAT_AFTER + 1.0)
    assert judged == ["A", "A"]


def test_another_code_after_the_first_is_its_own_scan() -> None:
    s = Sightings()
    assert s.see(["A"], 0.0).new == ("A",)
    sighting = s.see(["B"], 0.1)
    assert sighting.new == ("B",) and not sighting.needs_choice


def test_two_codes_at_once_need_a_choice_and_the_choice_holds_them() -> None:
    s = Sightings()
    sighting = s.see(["A", "B", "A"], 0.0)
    assert sighting.in_view == ("A", "B") and sighting.needs_choice
    # A person chose (frames were not fed meanwhile); both count as judged while held up.
    s.hold(sighting.in_view, 12.0)
    assert not s.see(["A", "B"], 12.1).needs_choice
    # A third code joining the two: never judged silently either.
    joined = s.see(["A", "B", "C"], 12.2)
    assert joined.new == ("C",) and joined.needs_choice


def test_switching_the_view_off_forgets_what_was_held() -> None:
    s = Sightings()
    s.see(["A"], 0.0)
    s.clear()
    assert s.see(["A"], 0.1).new == ("A",)
