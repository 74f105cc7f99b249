"""At the desk: a registration awaiting approval is refused with who it is; a person
admits anyway with Ctrl+Shift+Return, and the log keeps their name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from checkin.core.model import Attendee, LogKind, Status, VerdictKind
from checkin.qt.verdict_text import Tone


def test_not_approved_is_refused_then_admitted_anyway_with_the_operators_name(qtbot, desk):
    from dataclasses import replace

    pending = desk.store.add_attendee(
        Attendee(code="IND-4", first_name="Ole", last_name="Brückner", status=Status.UNAPPROVED)
    )
    desk.apply_settings(replace(desk.settings, operator="Anna"))
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        desk.scan("IND-4")
    refused = blocker.args[0]
    assert refused.kind is VerdictKind.NOT_APPROVED and not refused.admits
    assert desk.banner.tone is Tone.STOP
    assert desk.banner.title.text() == "Not approved"
    assert "Ole Brückner" in desk.banner.subtitle.text()
    assert desk.store.get_attendee(pending.id).checked_in is None
    qtbot.waitUntil(lambda: desk.selected_attendee() is not None)
    assert desk.selected_attendee().id == pending.id  # the refused guest is selected
    with qtbot.waitSignal(desk.verdictShown) as blocker:
        qtbot.keyClick(
            desk,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier),
        )
    assert blocker.args[0].admits
    override = desk.store.last_log_entry(LogKind.OVERRIDE)
    assert override is not None
    assert (override.operator, override.result) == ("Anna", "not_approved")
