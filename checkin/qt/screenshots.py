"""Render the desk window for the docs: the main view, one picture per verdict kind, the
full-screen verdict, the export dialog and the window at 1024x600.

Run `python -m checkin.qt.screenshots docs/screenshots [--language de]` (under Xvfb at
1366x768 for the docs: the full-screen verdict takes the screen's size). It drives
the real window on a throw-away copy of the demo event with real scans, so the
pictures show exactly what a desk sees.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path


def settle(app, seconds: float = 0.3) -> None:
    """Let deferred updates (list, details) land before the picture is taken."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checkin.qt.screenshots")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--language", default="de")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings

    from checkin.core import codes
    from checkin.core.model import Status
    from checkin.qt.app import DeskApp, application, save_screenshot
    from checkin.qt.settings import DeskSettings

    app = application()
    work = tempfile.TemporaryDirectory(prefix="checkin-shots-")
    qsettings = QSettings(str(Path(work.name) / "desk.ini"), QSettings.Format.IniFormat)
    DeskSettings(desk="Tisch 1", operator="Tom", language=args.language, sound=False).save(
        qsettings
    )
    desk = DeskApp.demo(qsettings)
    store = desk.store
    people = list(store.iter_attendees())
    vip = next(a for a in people if a.last_name == "Westkämper")
    if not vip.attention:  # show the prominent note in the picture
        vip = store.update_attendee(
            replace(vip, attention=True, attention_note="Keynote 10:00 – bitte zur Bühne begleiten")
        )
    cancelled = next(a for a in people if a.status is Status.CANCELLED)
    active = [a for a in people if a.status is Status.ACTIVE and a.id != vip.id]
    earlier = active[0]
    twin = active[1]
    store.add_attendee(replace(active[2], id=None, code=twin.code, first_name="Maria"))
    window = desk.build_window()
    window.resize(1280, 820)
    window.show()
    settle(app)
    args.folder.mkdir(parents=True, exist_ok=True)
    save_screenshot(window, args.folder / "main.png")

    desk_two = replace(window.settings, desk="Tisch 2", operator="Anna")
    window.apply_settings(desk_two)
    window.scan(earlier.code)
    window.apply_settings(replace(desk_two, desk="Tisch 1", operator="Tom"))
    typo = earlier.code[:-1] + ("A" if earlier.code[-1] != "A" else "B")
    if not codes.looks_like_typo(typo):
        typo = codes.generate_code()[:-1] + "0"
    shots = [
        ("admitted", vip.code),
        ("already_checked_in", earlier.code),
        ("unknown", "ZZ-404-UNBEKANNT"),
        ("typo", typo),
        ("cancelled", cancelled.code),
        ("ambiguous", twin.code),
        ("invalid", "https://tickets.example/"),
    ]
    for name, raw in shots:
        window.scan_field.stop_search()
        window.scan(raw)
        window.counters.refresh()  # normally a quarter second later
        settle(app)
        save_screenshot(window, args.folder / f"verdict_{name}.png")
        print(f"{name}: {window.last_verdict.kind.value if window.last_verdict else '?'}")
    full_screen_verdict(app, window, args.folder, active[3].code)
    day_end(app, window, args.folder, Path(work.name))
    desk.close()
    work.cleanup()
    return 0


def full_screen_verdict(app, window, folder: Path, code: str) -> None:  # noqa: ANN001
    """The verdict on the whole screen (View > Full-screen verdicts), as the guest sees it."""
    settings = window.settings
    window.apply_settings(replace(settings, verdict_fullscreen=True))
    window.scan_field.stop_search()
    window.scan(code)
    settle(app)
    if not window.verdict_screen.grab().save(str(folder / "verdict_fullscreen.png")):
        raise OSError("cannot write verdict_fullscreen.png")
    print(f"full screen: {window.last_verdict.kind.value if window.last_verdict else '?'}")
    window.apply_settings(settings)
    settle(app)


def day_end(app, window, folder: Path, work: Path) -> None:  # noqa: ANN001
    """The organiser's end of the day: the export dialog after an export, and the desk on
    a 1366x768 laptop and a 1024x600 netbook."""
    import time

    from checkin.core.model import Status
    from checkin.qt.dialogs.export_dialog import ExportDialog

    window.event_actions.export.trigger()
    dialog = window.open_dialog
    assert isinstance(dialog, ExportDialog)
    dialog.what.setCurrentIndex(dialog.what.findData("all"))
    dialog.set_columns(["last_name", "first_name", "company", "category", "checked_in_at"])
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("xlsx"))
    documents = work / "Dokumente"
    documents.mkdir(exist_ok=True)
    dialog.path.setText(str(documents / Path(dialog.path.text()).name))
    dialog.start_export()
    deadline = time.monotonic() + 30
    while dialog.busy and time.monotonic() < deadline:
        app.processEvents()
    settle(app)
    if not dialog.grab().save(str(folder / "export_dialog.png")):
        raise OSError("cannot write export_dialog.png")
    print(f"export: {dialog.message.text()}")
    dialog.reject()
    settle(app)

    from checkin.qt.app import save_screenshot

    store = window.store
    guests = (
        a
        for a in store.iter_attendees()
        if a.status is Status.ACTIVE
        and a.checked_in is None
        and len(store.find_by_code(a.code)) == 1
    )
    for width, height in ((1366, 768), (1024, 600)):
        window.showNormal()
        window.resize(width, height)
        window.scan_field.stop_search()
        window.end_search()  # the whole list again
        window.scan(next(guests).code)
        window.apply_settings(window.settings)  # the status bar shows desk and operator again
        window.counters.refresh()
        settle(app, 0.5)
        save_screenshot(window, folder / f"window_{width}x{height}.png")


if __name__ == "__main__":
    sys.exit(main())
