"""Decoding camera frames off the GUI thread, one at a time, dropping the rest.

Each frame is an operation on the window's `Operations` runner, in a lane of its own
(one worker thread). The GUI thread only hands a frame over (a reference, no copy)
when no frame is in work; a frame that arrives meanwhile is dropped, never queued,
so a slow machine reads fewer frames instead of falling behind what the camera
shows. zxing-cpp releases the GIL while it works, so the window stays responsive.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtMultimedia import QVideoFrame

from checkin.core.pictures import FoundCode
from checkin.qt.camera.frames import decode_frame
from checkin.qt.messages import OperationError
from checkin.qt.operations import OperationContext, Operations

# The lane camera frames are decoded in (one thread, apart from imports and badges).
LANE = "camera"


@dataclass(frozen=True, slots=True)
class DecodedFrame:
    codes: tuple[FoundCode, ...]
    # The frame's size, for drawing where the codes were found.
    size: QSize
    # Seconds the decoder spent on this frame.
    seconds: float
    # time.monotonic() when the frame was handed over.
    offered_at: float


class FrameDecoder(QObject):
    """Offer frames; `decoded` reports each one that was decoded (on the GUI thread)."""

    decoded = Signal(object)

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._busy = False
        self._attempt = 0
        self.offered = 0
        self.dropped = 0

    @property
    def busy(self) -> bool:
        return self._busy

    def offer(self, frame: QVideoFrame) -> bool:
        """Decode `frame` if idle; False (frame dropped) while the last one is in work."""
        self.offered += 1
        if self._busy or self._operations.closed:
            self.dropped += 1
            return False
        self._busy = True
        self._attempt += 1
        attempt, offered_at = self._attempt, time.monotonic()

        def work(_context: OperationContext) -> DecodedFrame:
            start = time.perf_counter()
            codes = tuple(decode_frame(frame, attempt))
            return DecodedFrame(codes, frame.size(), time.perf_counter() - start, offered_at)

        self._operations.run(
            work, label="camera frame", lane=LANE, on_success=self._done, on_failure=self._failed
        )
        return True

    def _done(self, result: DecodedFrame) -> None:
        self._busy = False
        self.decoded.emit(result)

    def _failed(self, _error: OperationError) -> None:
        self._busy = False  # a torn frame: the next one is the next chance
