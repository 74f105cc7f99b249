"""The XLSX writer's spool file (in the temp folder) on a full disk: an ExportError, in words."""

from __future__ import annotations

import resource
import signal
from pathlib import Path

import pytest

from checkin.core.io.export import ExportError, ExportProblem, export_attendance
from checkin.core.model import Attendee


def test_xlsx_spool_on_a_full_disk_is_a_disk_full_error(tmp_path: Path) -> None:
    guests = [
        Attendee(code=f"G{i:05d}", last_name=f"Gast {i}", company="x" * 40) for i in range(20_000)
    ]
    out = tmp_path / "all.xlsx"
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, old_limit[1]))  # no file past 64 KiB
    try:
        with pytest.raises(ExportError) as caught:
            export_attendance(guests, out, fmt="xlsx", columns=["code", "last_name", "company"])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert caught.value.problem is ExportProblem.DISK_FULL
    assert list(tmp_path.iterdir()) == []
