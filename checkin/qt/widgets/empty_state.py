"""What a desk sees before any list is loaded: two big ways forward, nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        text = QLabel(
            self.tr(
                "No attendee list yet.\nImport the list of this event, start a new event, "
                "or try the demo."
            ),
            self,
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Wrapped: at 18 pt the German sentence alone is wider than a 1366 px screen, and
        # the page's width is the window's least (a window built again after an erase
        # ran off the screen).
        text.setWordWrap(True)
        font = QFont(text.font())
        font.setPointSize(18)
        text.setFont(font)
        layout.addWidget(text)
        for action in actions:
            button = QPushButton(action.text().replace("&", "").replace("…", ""), self)
            button.setMinimumSize(360, 56)
            button.setFont(font)
            button.setToolTip(action.toolTip())
            button.setAccessibleName(button.text())
            button.clicked.connect(action.trigger)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
