"""Never a half-written file; a clear, typed message when the target cannot take it."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.core.io.export import ExportError, ExportProblem, export_attendance
from checkin.core.io.export.common import PROGRESS_EVERY
from checkin.core.io.export.files import atomic_output, guarded
from checkin.core.model import Attendee


def many(n: int) -> Iterator[Attendee]:
    for i in range(n):
        yield Attendee(
            f"C{i}", first_name="Vorname" * 5, last_name=f"Nachname{i:06d}", company="Firma " * 10
        )


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "list.csv"
    with pytest.raises(ExportError) as info:
        export_attendance(many(3), target)
    assert info.value.problem is ExportProblem.MISSING_FOLDER
    assert "does not exist" in str(info.value) and str(target.parent) in str(info.value)
    assert not target.parent.exists()


def test_failure_midway_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_text("previous export")

    def exploding() -> Iterator[Attendee]:
        yield from many(10)
        raise RuntimeError("store went away")

    with pytest.raises(RuntimeError):
        export_attendance(exploding(), target)
    assert target.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]


def test_export_file_is_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    export_attendance(many(1), target)
    assert target.stat().st_mode & 0o077 == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB tmpfs, so the disk really runs full (needs root)."""
    mount = tmp_path / "stick"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_full_disk(tiny_disk: Path, fmt: str) -> None:
    target = tiny_disk / f"list.{fmt}"
    with pytest.raises(ExportError) as info:
        export_attendance(many(5000), target, fmt=fmt)
    assert info.value.problem is ExportProblem.DISK_FULL
    assert "full" in str(info.value)
    assert list(tiny_disk.iterdir()) == []


def test_dev_full_goes_through_the_same_translation(tmp_path: Path) -> None:
    target = Path("/dev/full")
    if not target.exists():
        pytest.skip("no /dev/full")
    with pytest.raises(ExportError) as info, guarded(target), open(target, "wb") as fh:
        fh.write(b"x" * 100_000)
        fh.flush()
    assert info.value.problem is ExportProblem.DISK_FULL


def test_read_only_folder(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(ExportError) as info, atomic_output(tmp_path / "x.csv"):
            pass
        assert info.value.problem is ExportProblem.NOT_ALLOWED
    finally:
        tmp_path.chmod(0o700)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_progress_and_cancel(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"list.{fmt}"
    target.write_text("previous export")
    seen: list[int] = []
    with pytest.raises(ExportError) as info:
        export_attendance(
            many(5000), target, fmt=fmt, progress=seen.append, cancelled=lambda: len(seen) >= 2
        )
    assert info.value.problem is ExportProblem.CANCELLED
    assert seen == [PROGRESS_EVERY, 2 * PROGRESS_EVERY]
    assert target.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_progress_reaches_the_total(tmp_path: Path) -> None:
    seen: list[int] = []
    result = export_attendance(many(1234), tmp_path / "x.csv", progress=seen.append)
    assert seen == [*range(PROGRESS_EVERY, 1234, PROGRESS_EVERY), 1234] and result.rows == 1234
