"""The real desk window under a real X server, German keyboard layout, driven by xdotool.

Each morning at the door from issue 10, as a person would try it: the app is started
as a process (`checkin gui --db`) on the demo event, the "scanner" is `xdotool type
--delay 5 CODE` (5 ms per key, Shift for capitals) and `xdotool key Return`, the staff
type at 120-150 ms per key. What happened is read back from the event database (the
log has every scan) and the desk settings; screenshots are taken with ImageMagick's
`import` where it is installed (kept in the test's folder, see CHECKIN_SHOTS).

Runs where Xvfb, xdotool and setxkbmap are installed (`scripts/setup --test`).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "xdotool", "setxkbmap")
pytestmark = [
    pytest.mark.skipif(
        not all(shutil.which(t) for t in TOOLS), reason="needs Xvfb, xdotool and setxkbmap"
    ),
    pytest.mark.xvfb,
]

#: Demo guests (registered): codes with capitals, one with a "J" for the "Ja" button.
FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH = (
    "MFGUYCYXBDKU5Q",
    "DG64VCGKRBAZJD",
    "XBHZJJHQXQV3JQ",
    "RYGDTV2K2RMBMT",
    "JTEB4NR665UNNU",
    "ZCPJPC8QS2S77N",
    "MJKKQQGPK859XS",
)
#: A registered guest whose code a person types from the ticket, in groups.
TYPED = "TKPBKFG3CGQT3H"


def _free_display() -> int:
    for number in range(91, 140):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


class RealDesk:
    """Xvfb + the desk process + xdotool, and read-back of what the desk did."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.shots = Path(os.environ.get("CHECKIN_SHOTS", folder / "shots"))
        self.shots.mkdir(parents=True, exist_ok=True)
        self.db = folder / "event.sqlite3"
        self.home = folder / "home"
        self.display = f":{_free_display()}"
        self.env = {
            **{k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_RUNTIME_DIR": str(folder),
            # A locale the machine has: under one it lacks, Qt's xcb keyboard dropped the
            # keys after a character xdotool types through a remapped key (ü).
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        }
        self.xvfb: subprocess.Popen[bytes] | None = None
        self.app: subprocess.Popen[bytes] | None = None
        self._app_log = None

    # -- lifecycle ----------------------------------------------------------------------
    def start(self, pin: str = "") -> None:
        from checkin.core.demo import create_demo_event
        from checkin.qt.settings import DeskSettings

        create_demo_event(self.db).close()
        config = self.home / ".config" / "checkin"
        config.mkdir(parents=True)
        locked = f"pin_hash={DeskSettings().with_pin(pin).pin_hash}\n" if pin else ""
        (config / "checkin.conf").write_text(
            "[desk]\nname=Tisch 1\noperator=Tom\nlanguage=de\nsound=false\nverdict_seconds=30\n"
            + locked,
            encoding="utf-8",
        )
        self.xvfb = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._until(lambda: subprocess.run(
            ["xdotool", "getmouselocation"], env=self.env, capture_output=True
        ).returncode == 0, "X server")  # fmt: skip
        subprocess.run(["setxkbmap", "-display", self.display, "de"], check=True, env=self.env)
        self._app_log = open(self.folder / "app.log", "wb")  # noqa: SIM115 - closed in stop()
        self.app = subprocess.Popen(
            [sys.executable, "-m", "checkin", "gui", "--db", str(self.db)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=self._app_log,
        )
        self.window = self._until(lambda: self.find("checkin"), "desk window")
        self.xdo("windowactivate", "--sync", self.window)
        self.xdo("windowfocus", "--sync", self.window)
        time.sleep(1.0)  # the list loads after the first paint; a person waits for it too

    def stop(self) -> None:
        for process in (self.app, self.xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(10)
        if self._app_log is not None:
            self._app_log.close()

    # -- acting -------------------------------------------------------------------------
    def xdo(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30
        )
        return done.stdout.strip()

    def find(self, name: str) -> str:
        """The id of a visible window whose title contains `name`, or ""."""
        found = self.xdo("search", "--onlyvisible", "--name", name)
        return found.splitlines()[-1] if found else ""

    def shown(self, name: str) -> bool:
        """Wait (a moment, at most) until a window titled `name` is on the screen."""
        self._until(lambda: self.find(name), f"window {name!r}")
        return True

    def gone(self, name: str) -> bool:
        self._until(lambda: not self.find(name), f"window {name!r} to close")
        return True

    def back_at_desk(self) -> None:
        """Wait until the desk window has the keyboard again (a dialog just closed)."""
        self._until(lambda: self.xdo("getwindowfocus") == self.window, "focus on the desk")
        time.sleep(0.2)

    def keys(self, *names: str) -> None:
        self.xdo("key", "--delay", "120", *names)
        time.sleep(0.3)  # a person between keys and looking

    def person_types(self, text: str) -> None:
        self.xdo("type", "--delay", "150", text)
        time.sleep(0.3)

    def scan(self, code: str, enter: bool = True) -> None:
        """What issue 10 calls the scanner: 5 ms per key, then Return (or no suffix)."""
        self.xdo("type", "--delay", "5", code)
        if enter:
            self.xdo("key", "Return")

    def shoot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        if shutil.which("import"):
            subprocess.run(
                ["import", "-display", self.display, "-window", "root", str(path)],
                check=True,
                env=self.env,
                timeout=30,
            )
        return path

    # -- reading back -------------------------------------------------------------------
    def query(self, sql: str, *args: object) -> list[tuple]:
        with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True) as db:
            return db.execute(sql, args).fetchall()

    def log(self) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self.query("SELECT kind, result, code FROM log ORDER BY id")]

    def judged(self, before: int, code: str, result: str = "admitted") -> None:
        """The scan after log entry `before` was judged: exactly one new entry, for `code`."""
        entries = self._until(lambda: self.log()[before:] or None, f"a verdict for {code}")
        time.sleep(0.4)  # nothing else may follow
        entries = self.log()[before:]
        assert [(e[1], e[2]) for e in entries] == [(result, code)], entries

    def checked_in(self, code: str) -> bool:
        return (
            self.query("SELECT checked_in_at FROM attendees WHERE code = ?", code)[0][0] is not None
        )

    def guests(self) -> int:
        return self.query("SELECT count(*) FROM attendees")[0][0]

    def desk_name(self) -> str:
        text = (self.home / ".config" / "checkin" / "checkin.conf").read_text(encoding="utf-8")
        return next(line.split("=", 1)[1] for line in text.splitlines() if line.startswith("name="))

    def _until(self, probe, what: str, timeout: float = 15.0):  # noqa: ANN001, ANN202
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            value = probe()
            if value:
                return value
            if self.app is not None and self.app.poll() is not None:
                log = (self.folder / "app.log").read_text(errors="replace")
                raise AssertionError(f"the desk exited while waiting for {what}:\n{log}")
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def real_desk(tmp_path):
    desk = RealDesk(tmp_path)
    try:
        desk.start()
        yield desk
    finally:
        desk.stop()


def test_every_morning_at_the_door(real_desk):
    d = real_desk
    guests = d.guests()

    # Walk-in dialog with a half-typed name, then a scan of a code with capitals.
    d.keys("ctrl+n")
    assert d.shown("Gast ohne Anmeldung")
    d.person_types("Jürgen")  # the dialog opens in the first name
    d.keys("Tab")
    d.person_types("Kowal")
    n = len(d.log())
    d.scan(FIRST)
    d.judged(n, FIRST)
    d.shoot("walk_in_then_scan")  # Jürgen Kowal as typed, no code in the surname
    assert d.shown("Gast ohne Anmeldung"), "the walk-in dialog stays open for the operator"
    d.keys("Return")  # the operator finishes the walk-in: exactly what was typed
    d.back_at_desk()
    assert d.guests() == guests + 1
    assert d.query("SELECT first_name, last_name FROM attendees WHERE walk_in = 1") == [
        ("Jürgen", "Kowal")
    ]
    guests += 1

    # Settings dialog open, then a scan: judged, the desk keeps its name.
    d.keys("ctrl+comma")
    assert d.shown("Einstellungen")
    n = len(d.log())
    d.scan(SECOND)
    d.judged(n, SECOND)
    d.keys("Return")  # the organiser saves the settings as they were
    d.back_at_desk()
    assert d.desk_name() == "Tisch 1", "the scan renamed the desk"

    # Undo confirmation open, then a scan with Enter: judged, nothing undone.
    d.keys("ctrl+z")
    assert d.shown("Check-in zurücknehmen")
    n = len(d.log())
    d.scan(THIRD)
    d.judged(n, THIRD)
    assert d.shown("Check-in zurücknehmen"), "the question is asked again after the verdict"
    d.shoot("undo_question_then_scan")
    d.keys("Escape")  # the operator answers it now: no
    assert d.gone("Check-in zurücknehmen")
    d.back_at_desk()
    assert d.checked_in(SECOND), "the previous guest's check-in was not undone"

    # ... and from a scanner without Enter, with a "J" (the "Ja" button) in the code.
    d.keys("ctrl+z")
    assert d.shown("Check-in zurücknehmen")
    n = len(d.log())
    d.scan(FIFTH, enter=False)
    d.judged(n, FIFTH)
    assert d.shown("Check-in zurücknehmen")
    d.keys("n")  # "Nein", by a person
    assert d.gone("Check-in zurücknehmen")
    d.back_at_desk()
    assert d.checked_in(THIRD), "a 'J' of the code did not answer 'Ja'"

    # Search text in the field, then a scan: the scan is judged, the search dropped.
    d.person_types("kühn")
    n = len(d.log())
    d.scan(FOURTH)
    d.judged(n, FOURTH)

    # The import's file dialog open, then a scan: judged, no "file not found".
    d.keys("ctrl+i")
    assert d.shown("Teilnehmerliste importieren")  # the file dialog
    n = len(d.log())
    d.scan(SIXTH)
    d.judged(n, SIXTH)
    d.shoot("file_dialog_then_scan")
    d.keys("Escape")
    d.keys("Escape")
    d.back_at_desk()

    # Two different unknown codes in a row: each is logged and the screen changes.
    n = len(d.log())
    d.scan("UNBEKANNT-404")
    d.judged(n, "UNBEKANNT-404", "unknown")
    first = d.shoot("unknown_first")
    d.scan("UNBEKANNT-405")
    d.judged(n + 1, "UNBEKANNT-405", "unknown")
    second = d.shoot("unknown_second")
    if shutil.which("import"):
        assert first.read_bytes() != second.read_bytes()

    # A scan of only spaces: nothing judged, nothing reset.
    n = len(d.log())
    d.scan(" " * 10)
    time.sleep(0.5)  # a verdict would be logged by now
    assert len(d.log()) == n

    # A code typed by hand in groups with spaces, as printed on a ticket: found.
    n = len(d.log())
    d.person_types(" ".join(TYPED[i : i + 4] for i in range(0, len(TYPED), 4)).lower())
    d.keys("Return")  # the field took "tkp" for a name: it searched, found nobody
    d.judged(n, TYPED)
    d.shoot("typed_with_spaces")

    # Ctrl+P at a desk without a printer: the badge is saved as a PDF (the status bar says
    # where), nothing is logged as printed.
    d.keys("ctrl+p")
    badge = d.home / "Documents" / "checkin badges" / f"badge-{TYPED}.pdf"
    d._until(lambda: badge.exists() and badge.stat().st_size > 0, "the badge PDF")
    d.shoot("badge_saved_as_pdf")
    assert badge.read_bytes().startswith(b"%PDF")
    assert not d.query("SELECT 1 FROM log WHERE kind = 'badge_printed'")

    # Full-screen verdicts from the View menu ("Ansicht", "Ergebnis im Vollbild"; "v" would
    # be "Vollbild", the window's full screen), then a scan.
    d.keys("alt+a")
    d.keys("e")
    n = len(d.log())
    d.scan(SEVENTH)
    d.judged(n, SEVENTH)
    assert d.shown("Ergebnis"), "the verdict fills the screen"
    d.shoot("verdict_fullscreen")
    assert d.guests() == guests


def test_a_pin_prompt_open_during_a_scan(tmp_path):
    """The organiser types the PIN, a guest scans: judged, then the PIN prompt is back."""
    d = RealDesk(tmp_path)
    try:
        d.start(pin="2468")
        d.keys("ctrl+comma")
        assert d.shown("Organisations-PIN")
        d.person_types("24")
        n = len(d.log())
        d.scan(FIRST)
        d.judged(n, FIRST)
        assert d.shown("Organisations-PIN"), "the PIN prompt is asked again"
        d.shoot("pin_prompt_then_scan")
        assert not d.find("Einstellungen"), "half a PIN opened nothing"
        d.person_types("2468")  # the prompt kept "24", selected: typing replaces it
        d.keys("Return")
        assert d.shown("Einstellungen")
        d.keys("Escape")
        d.back_at_desk()
        assert d.desk_name() == "Tisch 1"
        assert d.checked_in(FIRST)
    finally:
        d.stop()
