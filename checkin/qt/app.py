"""Composition root: builds the QApplication, translator, store, service and window.

Nothing else in the desk creates these; tests and the benchmark use `DeskApp`
with their own settings file, database and clock.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from checkin.core.clock import Clock, system_clock
from checkin.core.resources import resource
from checkin.core.rules import CheckInService
from checkin.core.store.base import DeskLink, Store, StoreError
from checkin.core.store.open import PasswordPrompt
from checkin.qt import i18n
from checkin.qt.main_window import MainWindow
from checkin.qt.settings import DeskSettings
from checkin.qt.sound import VerdictSounds
from checkin.qt.window_fit import place_window


def application(argv: list[str] | None = None) -> QApplication:
    from checkin.core import forking

    # Qt keeps threads of its own that Python does not see: never fork under them.
    # A big import then reads and folds in one process (slower, always safe).
    forking.ENABLED = False
    from checkin.qt.window_fit import install_wheel_guard

    # Qt's own file dialogs, not the desktop's (another process): the scanner guard
    # must see the keys of every window, or a scan is typed in as a file name.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_wheel_guard(app)
        return app
    app = QApplication(argv or ["checkin"])
    install_wheel_guard(app)
    app.setApplicationName("checkin")
    app.setOrganizationName("checkin")
    app.setWindowIcon(QIcon(str(resource("icons", "checkin.svg"))))
    return app


def open_event(
    target: str | Path,
    ask_password: PasswordPrompt | None = None,
    folder: Path | None = None,
    clock: Clock = system_clock,
) -> Store:
    """An event file, or a postgresql:// URL shared by several desks.

    With `folder` (the desk's data folder), a server's event opens as a desk
    (`DeskStore`): its replica there decides when the server does not answer, and a
    write that needs the server never holds the window longer than WRITE_DEADLINE_S.
    """
    from checkin.core.store.open import is_server_url, open_store

    if folder is not None and is_server_url(target):
        from checkin.core.store.replica import WRITE_DEADLINE_S, DeskStore

        return DeskStore.open(
            str(target),
            folder,
            ask_password=ask_password,
            clock=clock,
            write_deadline_s=WRITE_DEADLINE_S,
        )
    return open_store(target, ask_password)


class DeskApp:
    """One desk: a store, the service deciding on it, and the window showing it."""

    def __init__(
        self,
        store: Store,
        qsettings: QSettings | None = None,
        clock: Clock = system_clock,
        translation_cache: Path | None = None,
    ) -> None:
        self.app = application()
        self.qsettings = qsettings or QSettings()
        self.clock = clock
        self.translation_cache = translation_cache
        self.translators = i18n.Translators()
        self.settings = DeskSettings.load(self.qsettings)
        self.sounds = VerdictSounds(self.settings.sound)
        self._demo_dir: tempfile.TemporaryDirectory[str] | None = None
        self.store = store
        self.window: MainWindow | None = None
        self.set_language(self.settings.language)

    def set_language(self, language: str) -> None:
        wanted = language or i18n.system_language()
        try:
            self.translators.install(wanted, self.translation_cache)
        except (OSError, FileNotFoundError):  # lrelease missing: stay in English, keep working
            self.translators.install(i18n.SOURCE_LANGUAGE)
        if self.window is not None:
            self.build_window()

    def build_window(self) -> MainWindow:
        """(Re)build the window on the current store; a language switch rebuilds it too."""
        old = self.window
        geometry = old.saveGeometry() if old is not None else None
        self.settings = DeskSettings.load(self.qsettings)
        # A desk on a server stamps its events (and says "now") on the server's clock.
        clock = self.store.now if isinstance(self.store, DeskLink) else self.clock
        service = CheckInService(self.store, clock)
        window = MainWindow(
            self.store,
            service,
            self.settings,
            self.qsettings,
            clock,
            i18n.available_languages(),
            self.sounds,
        )
        window.demoRequested.connect(self.open_demo)
        window.eraseRequested.connect(self.erase_event)
        window.eventChanged.connect(self.event_changed)
        window.newEventRequested.connect(self.open_new_event)
        window.languageChangeRequested.connect(self.set_language)
        if geometry is not None:
            window.restoreGeometry(geometry)
        else:
            place_window(window, self.qsettings)
        self.window = window
        if old is not None:
            # The new window first: closing the only visible window would quit the app.
            if old.isVisible():
                window.show()
            old.close()
            old.deleteLater()
        return window

    def switch_store(self, store: Store) -> None:
        old, self.store = self.store, store
        self.build_window().show()
        old.close()

    def open_new_event(self, store: Store) -> None:
        """The new event the organiser made in the window: the desk on it, its import next."""
        self.switch_store(store)
        assert self.window is not None
        self.window.import_list()

    def event_changed(self, _state: object) -> None:
        """The desk found its event erased or replaced on the server: the window again on
        what the desk holds now (its counters and list on fresh copies), saying what
        happened. Later states reach the new window's own status."""
        self.build_window()  # shown before the old one closes; it says what happened

    def erase_event(self) -> None:
        """Wipe the event database (GDPR) and start again on an empty one at the same place."""
        app = QApplication.instance()
        quit_on_close = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # the desk goes on, on an empty event
        try:
            self._erase_and_reopen()
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quit_on_close)

    def _erase_and_reopen(self) -> None:
        if self.window is not None:
            self.window.close()
        # A file is wiped and started anew; a shared server's tables are emptied.
        try:
            self.store.erase()
        except StoreError as exc:  # a desk whose server does not answer: nothing erased
            window = self.build_window()
            window.show()
            window.show_store_error(exc)
            return
        self.build_window().show()

    def open_demo(self) -> None:
        from checkin.core.demo import create_demo_event

        self._demo_dir = tempfile.TemporaryDirectory(prefix="checkin-demo-")
        self.switch_store(create_demo_event(Path(self._demo_dir.name) / "demo.sqlite3"))

    @classmethod
    def demo(cls, qsettings: QSettings | None = None) -> DeskApp:
        from checkin.core.demo import create_demo_event

        folder = tempfile.TemporaryDirectory(prefix="checkin-demo-")
        desk = cls(create_demo_event(Path(folder.name) / "demo.sqlite3"), qsettings)
        desk._demo_dir = folder
        return desk

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        self.store.close()
        if self._demo_dir is not None:
            self._demo_dir.cleanup()


def save_screenshot(window: MainWindow, path: str | Path) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        raise OSError(f"cannot write {path}")


def _type_into(widget: QWidget, text: str) -> None:
    """Key events for `text` and Enter, as a keyboard sends them (the probe's scan)."""
    for char in [*text, "\r"]:
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


#: How long the start-up time stays in the status bar before the desk and operator are
#: back in its place (a message covers the status bar's left part while it is shown).
READY_MESSAGE_MS = 8_000


def show_ready(window: MainWindow, seconds: float) -> None:
    """The start-up time as a message that goes away by itself: shown for good, it hid
    who works at the desk for the whole day (found in the German two-window trial)."""
    bar = window.statusBar()
    ready = QCoreApplication.translate("MainWindow", "ready in %1 s").replace(
        "%1", f"{seconds:.2f}"
    )
    before = bar.currentMessage()
    bar.showMessage(f"{before}  ·  {ready}" if before else ready, READY_MESSAGE_MS)


def run(desk: DeskApp, screenshot: str | None = None, ready_then_quit: bool | str = False) -> int:
    """The desk until it is closed. `ready_then_quit` is the benchmark's start-up probe:
    at the first turn of the event loop the window is painted, the scan field has the
    keyboard, and (given a code) that code is typed into it with Enter and judged;
    it prints "ready" (and the verdict's kind) and quits."""
    started = time.perf_counter()
    window = desk.build_window()
    window.show()
    if ready_then_quit:

        def ready() -> None:
            window.repaint()
            focused = window.focusWidget() is window.scan_field  # the window manager activates
            said = "ready" if focused else "not focused"
            if isinstance(ready_then_quit, str):
                verdicts: list[object] = []
                window.verdictShown.connect(verdicts.append)
                _type_into(window.scan_field, ready_then_quit)
                kind = getattr(getattr(verdicts[0], "kind", None), "value", "?") if verdicts else ""
                said += f" {kind or 'no verdict'}"
            print(said, flush=True)
            desk.app.quit()

        QTimer.singleShot(0, ready)
    if screenshot:

        def shoot() -> None:
            save_screenshot(window, screenshot)
            desk.app.quit()

        QTimer.singleShot(200, shoot)
    QTimer.singleShot(0, lambda: show_ready(window, time.perf_counter() - started))
    code = desk.app.exec()
    desk.close()
    return code
