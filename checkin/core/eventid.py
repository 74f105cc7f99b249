"""Time-ordered event ids (UUIDv7, RFC 9562), made where an event happens.

Python 3.11's `uuid` has no uuid7. An id is 48 bits of Unix milliseconds, the
version, 12 bits of a counter that keeps ids made in the same millisecond (or
after the clock stepped back) in order, the variant, and 62 random bits: two
desks never make the same id, and sorting ids sorts events by when they were
made. Nothing else here: `checkin.core.model` uses it, so it depends on nothing.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import datetime

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def _compose(ms: int, counter: int, tail: int) -> str:
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76
    value |= (counter & 0xFFF) << 64
    value |= 0b10 << 62
    value |= tail & 0x3FFF_FFFF_FFFF_FFFF
    return str(uuid.UUID(int=value))


def new_event_id() -> str:
    """A fresh id, later than every id this process made before (same millisecond too)."""
    global _last_ms, _counter
    tail = int.from_bytes(os.urandom(8), "big")
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms = ms
            _counter = tail >> 53  # a random start below half the range: room to count
        else:
            _counter += 1
            if _counter > 0xFFF:  # 4,096 ids in one millisecond: borrow the next one
                _last_ms += 1
                _counter = 0
        return _compose(_last_ms, _counter, tail)


def event_id_at(at: datetime, sequence: int = 0) -> str:
    """An id for an event that happened at `at` (a migration giving old entries ids)."""
    ms = int(at.timestamp() * 1000)
    return _compose(ms, sequence, int.from_bytes(os.urandom(8), "big"))


def event_id_time(event_id: str) -> datetime:
    """When an id was made (to the millisecond, UTC)."""
    from datetime import UTC

    ms = uuid.UUID(event_id).int >> 80
    return datetime.fromtimestamp(ms / 1000, UTC)
