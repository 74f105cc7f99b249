"""Two or more codes read at once: the desk shows them all and a person decides.

A camera that sees two tickets (a couple's phones, a print-out with a neighbour's
code on it) must not pick one by itself. Each code is listed with whom it names; a
person judges one, each in turn, or all, and sees every verdict in the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core.model import Attendee, Verdict
from checkin.qt.verdict_text import describe

# Codes longer than this are shown cut (a URL, an Indico JSON payload).
_SHOWN_CHARS = 48


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= _SHOWN_CHARS else one_line[: _SHOWN_CHARS - 1] + "…"


class CodesChoice(QDialog):
    def __init__(
        self,
        codes: Sequence[str],
        holders: Callable[[str], list[Attendee]],
        judge: Callable[[str], Verdict | None],
        from_picture: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.codes = tuple(codes)
        self._judge = judge
        self.verdicts: dict[str, Verdict | None] = {}
        self.setWindowTitle(
            self.tr("Several codes in the picture")
            if from_picture
            else self.tr("Several codes in view")
        )
        intro = QLabel(
            self.tr("{count} different codes were read at once. Which should be judged?").format(
                count=len(self.codes)
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: list[QPushButton] = []
        self.results: list[QLabel] = []
        for row, code in enumerate(self.codes):
            people = holders(code)
            who = (
                ", ".join(p.display_name or p.code for p in people)
                if people
                else self.tr("not on the guest list")
            )
            grid.addWidget(
                QLabel(f"<b>{_escape(who)}</b><br>{_escape(_short(code))}", self), row, 0
            )
            result = QLabel("", self)
            grid.addWidget(result, row, 1)
            button = QPushButton(self.tr("Judge"), self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, r=row: self.judge_row(r))
            grid.addWidget(button, row, 2)
            self.buttons.append(button)
            self.results.append(result)
        box = QDialogButtonBox(self)
        self.all_button = box.addButton(self.tr("Judge all"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.judge_all)
        self.close_button = box.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(box)

    def judge_row(self, row: int) -> None:
        code = self.codes[row]
        if code in self.verdicts:
            return
        verdict = self._judge(code)
        self.verdicts[code] = verdict
        self.buttons[row].setEnabled(False)
        self.results[row].setText(
            describe(verdict).title
            if verdict is not None
            else self.tr("not judged (see the banner)")
        )
        if len(self.verdicts) == len(self.codes):
            self.all_button.setEnabled(False)

    def judge_all(self) -> None:
        for row in range(len(self.codes)):
            self.judge_row(row)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
