"""The verdict on the whole screen, for a desk where the guest reads it from 3 m away.

A frameless window over everything on the desk window's screen, shown with each
verdict and gone when the banner is back to "ready" (or at a click). It never
takes the keyboard focus: the scanner's next code still goes to the desk.
Text sizes follow the screen: the title is an eleventh of its height.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from checkin.qt.verdict_text import BannerContent, Tone
from checkin.qt.widgets.verdict_banner import ATTENTION_COLOURS, COLOURS

#: Label -> share of the screen height its font is given (pixels), and bold.
_SIZES = (("symbol", 0.22, True), ("title", 0.09, True), ("subtitle", 0.05, False),
          ("attention", 0.055, True), ("stamp", 0.03, False))  # fmt: skip


class VerdictScreen(QWidget):
    #: The operator clicked it away.
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Verdict"))
        self.setWindowTitle(self.accessibleName())  # frameless; named for task lists and tests
        self.content: BannerContent | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        self.labels: dict[str, QLabel] = {}
        for name, _share, _bold in _SIZES:
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.labels[name] = label
            layout.addWidget(label)
        layout.addStretch(1)
        attention = self.labels["attention"]
        attention.setAutoFillBackground(True)
        pal = attention.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(ATTENTION_COLOURS[0]))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(ATTENTION_COLOURS[1]))
        attention.setPalette(pal)

    def show_content(self, content: BannerContent, over: QWidget | None = None) -> None:
        """Show `content` full screen on the screen of `over` (the desk window)."""
        self.content = content
        if content.tone is Tone.READY:
            self.hide()
            return
        screen = over.screen() if over is not None else self.screen()
        geometry = screen.geometry()
        height = geometry.height()
        for name, share, bold in _SIZES:
            font = QFont(self.font())
            font.setPixelSize(max(12, int(height * share)))
            font.setBold(bold)
            self.labels[name].setFont(font)
        texts = {
            "symbol": content.symbol,
            "title": content.title,
            "subtitle": content.subtitle,
            "attention": "⚠ " + content.attention if content.attention else "",
            "stamp": content.stamp,
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.labels[name].setVisible(bool(text))
        background, text_colour = COLOURS[content.tone]
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(background))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(text_colour))
        self.setPalette(pal)
        for name in ("symbol", "title", "subtitle", "stamp"):
            lp = self.labels[name].palette()
            lp.setColor(QPalette.ColorRole.WindowText, QColor(text_colour))
            self.labels[name].setPalette(lp)
        self.setGeometry(geometry)
        if not self.isVisible():
            # Not showFullScreen(): it would also ask for the focus this window never takes.
            self.setWindowState(Qt.WindowState.WindowFullScreen)
            self.show()
        self.repaint()  # on top already: a window that stays on top

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        self.dismissed.emit()
        event.accept()
