"""The full-width answer to a scan, readable from two metres away.

Colour is never the only carrier: every verdict also has a symbol and words.
The palette pairs each background with a text colour of high contrast (WCAG AA
at least). Every verdict is visibly new: it arrives with a short flash (a light
tint of its colour easing into it) and names the code as read and the time of
the scan, so two unknown codes in a row never look the same. After a configurable time
it fades back to a neutral "ready" so the next guest does not mistake an old
verdict for theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from checkin.qt.verdict_text import BannerContent, Tone, ready_content

#: tone -> (background, text)
COLOURS: dict[Tone, tuple[str, str]] = {
    Tone.READY: ("#eceff1", "#263238"),
    Tone.GOOD: ("#1b5e20", "#ffffff"),
    Tone.WARN: ("#ffb300", "#000000"),
    Tone.STOP: ("#b71c1c", "#ffffff"),
}
ATTENTION_COLOURS = ("#fff176", "#000000")
FADE_MS = 600
#: The flash of a new verdict: a light tint of its colour easing into it.
FLASH_MS = 450
FLASH_TINT = 170
#: The banner's height on its own; in the desk window `window_fit.DeskFit` sets it.
HEIGHT = 270


#: (label, points, bold) of the banner's words at full size.
_TEXT_FONTS = (
    ("title", 30, True),
    ("subtitle", 20, False),
    ("attention", 22, True),
    ("stamp", 13, False),
)
#: Sizes tried, largest first, until the words fit the banner's fixed height.
_SCALES = (1.0, 0.87, 0.75, 0.65, 0.55, 0.45)


class VerdictBanner(QFrame):
    #: Emitted once the banner is back in its neutral state.
    becameReady = Signal()

    def __init__(self, parent: QWidget | None = None, display_seconds: float = 6.0) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A fixed height: a verdict never shifts the table below it (and never costs a relayout).
        self.setFixedHeight(HEIGHT)
        self.setAccessibleName(self.tr("Verdict"))

        self.symbol = QLabel(self)
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.symbol.setMinimumWidth(110)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.attention = QLabel(self)
        self.attention.setWordWrap(True)
        self.attention.setAccessibleName(self.tr("Attention note"))
        self.attention.setAutoFillBackground(True)
        self.attention.setContentsMargins(12, 6, 12, 6)
        self.stamp = QLabel(self)
        self.stamp.setAccessibleName(self.tr("Code read and time of the scan"))
        self.stamp.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._set_font(self.symbol, 64, bold=True)
        self._scale = 1.0
        self._set_text_fonts(1.0)
        pal = self.attention.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(ATTENTION_COLOURS[0]))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(ATTENTION_COLOURS[1]))
        self.attention.setPalette(pal)

        text_column = QVBoxLayout()
        text_column.setSpacing(6)
        text_column.addWidget(self.title)
        text_column.addWidget(self.subtitle)
        text_column.addWidget(self.attention)
        text_column.addStretch(1)
        text_column.addWidget(self.stamp)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 24, 12)
        row.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text_column, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fade)
        self.set_display_seconds(display_seconds)
        self._fade_anim = QVariantAnimation(self)
        self._fade_anim.setDuration(FADE_MS)
        self._fade_anim.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._fade_anim.valueChanged.connect(self._paint_background)
        self._fade_anim.finished.connect(self.show_ready)
        self._flash_anim = QVariantAnimation(self)
        self._flash_anim.setDuration(FLASH_MS)
        self._flash_anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._flash_anim.valueChanged.connect(self._paint_background)
        self.content = ready_content()
        #: What the banner goes back to after a verdict: "ready", unless the desk cannot
        #: take a scan (no event loaded: it was erased), which it then says all along.
        self._idle: BannerContent | None = None
        #: How many contents were shown (not the fade back to "ready"): what the desk
        #: answered last is still the answer while this number has not moved.
        self.shown = 0
        self.show_ready()

    @staticmethod
    def _set_font(label: QLabel, points: int, bold: bool = False) -> None:
        font = QFont(label.font())
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)

    def _set_text_fonts(self, scale: float) -> None:
        self._scale = scale
        for label, points, bold in _TEXT_FONTS:
            self._set_font(getattr(self, label), max(9, round(points * scale)), bold)

    def _fit(self) -> None:
        """Shrink the words until they fit the fixed height (a long name with a title and
        a VIP note must be read whole, not cut at the top or bottom)."""
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        layout.activate()  # the text column's width does not depend on the font sizes
        width = self.title.width()
        if width <= 0 or not self.isVisible():
            width = self.width() - margins.left() - margins.right() - self.symbol.sizeHint().width()
            width -= layout.spacing()
        room = (self.height() - margins.top() - margins.bottom()) * 0.95
        shown = [
            label
            for label in (self.title, self.subtitle, self.attention, self.stamp)
            if label.text()
        ]
        for scale in _SCALES:
            if scale != self._scale:
                self._set_text_fonts(scale)
            needed = sum(label.heightForWidth(max(width, 100)) for label in shown)
            if needed + 6 * (len(shown) - 1) <= room:
                break
        layout.activate()  # laid out now: the banner is repainted at once after a scan

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def set_display_seconds(self, seconds: float) -> None:
        self._timer.setInterval(max(100, int(seconds * 1000)))

    @property
    def tone(self) -> Tone:
        return self.content.tone

    def show_content(self, content: BannerContent) -> None:
        """Show a verdict now (with its flash) and start the countdown back to "ready"."""
        self.shown += 1
        self._fade_anim.stop()
        self._flash_anim.stop()
        if content.tone is Tone.READY:
            self._apply(content)
            return
        background = QColor(COLOURS[content.tone][0])
        flash = background.lighter(FLASH_TINT)
        self._apply(content, flash)  # painted once, in the flash's first colour
        self._timer.start()
        self._flash_anim.setStartValue(flash)
        self._flash_anim.setEndValue(background)
        self._flash_anim.start()

    @property
    def flashing(self) -> bool:
        return self._flash_anim.state() == QVariantAnimation.State.Running

    def stop(self) -> None:
        """Stop the countdown and any fade (the window is closing)."""
        self._timer.stop()
        self._fade_anim.stop()
        self._flash_anim.stop()

    def set_idle(self, content: BannerContent | None) -> None:
        """What to show between verdicts instead of "ready" (None: "ready" again)."""
        self._idle = content

    def show_ready(self) -> None:
        self._timer.stop()
        self._apply(self._idle or ready_content())
        self.becameReady.emit()

    def _apply(self, content: BannerContent, background: QColor | None = None) -> None:
        self.content = content
        self.symbol.setText(content.symbol)
        self.title.setText(content.title)
        self.subtitle.setText(content.subtitle)
        self.subtitle.setVisible(bool(content.subtitle))
        self.attention.setText("⚠ " + content.attention if content.attention else "")
        self.attention.setVisible(bool(content.attention))
        self.stamp.setText(content.stamp)
        self.stamp.setVisible(bool(content.stamp))
        self._fit()
        tone_background, text = COLOURS[content.tone]
        self._paint_background(background or QColor(tone_background), QColor(text))
        self.setAccessibleDescription(
            f"{content.title}. {content.subtitle} {content.attention} {content.stamp}".strip()
        )

    def _paint_background(self, background: QColor, text: QColor | None = None) -> None:
        # Only the banner's own palette: the labels inherit it (the attention note keeps
        # its own yellow), and an unchanged colour costs nothing.
        pal = self.palette()
        same = pal.color(QPalette.ColorRole.Window) == background
        if same and (text is None or pal.color(QPalette.ColorRole.WindowText) == text):
            return
        pal.setColor(QPalette.ColorRole.Window, background)
        if text is not None:
            pal.setColor(QPalette.ColorRole.WindowText, text)
        self.setPalette(pal)

    def _fade(self) -> None:
        self._fade_anim.setStartValue(QColor(COLOURS[self.content.tone][0]))
        self._fade_anim.setEndValue(QColor(COLOURS[Tone.READY][0]))
        self._fade_anim.start()
