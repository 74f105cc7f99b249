"""Every file the app writes with personal data is owner-only, whatever the user's umask.

Run as real processes under the common umask 022, which would leave a plain
open() or mkdir() readable by every user of the machine.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.test_cli import db, run  # noqa: F401 (db is a fixture)

# (what, command after the database, the files and folders it writes)
WRITERS = [
    ("attendance csv", ["export", "-o", "{out}/a.csv"], ["a.csv"]),
    ("attendance xlsx", ["export", "-o", "{out}/a.xlsx"], ["a.xlsx"]),
    ("attendance pdf", ["export", "-o", "{out}/a.pdf"], ["a.pdf"]),
    ("check-in log csv", ["export", "--what", "log", "-o", "{out}/log.csv"], ["log.csv"]),
    ("check-in log xlsx", ["export", "--what", "log", "-o", "{out}/log.xlsx"], ["log.xlsx"]),
    ("organisers' report", ["report", "-o", "{out}/r.pdf"], ["r.pdf"]),
    ("badge batch", ["badges", "-o", "{out}/b.pdf"], ["b.pdf"]),
    ("calibration page", ["badges", "--calibration", "-o", "{out}/cal.pdf"], ["cal.pdf"]),
    ("QR code folder", ["codes", "--out", "{out}/qr"], ["qr", "qr/codes.csv", "qr/*.png"]),
]


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("what", "command", "written"), WRITERS, ids=[w[0] for w in WRITERS])
def test_written_owner_only(
    what: str,
    command: list[str],
    written: list[str],
    db: Path,  # noqa: F811
    tmp_path: Path,
    umask_022: None,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    run(db, *(part.format(out=out) for part in command))
    for pattern in written:
        paths = sorted(out.glob(pattern))
        assert paths, f"{what}: nothing matches {pattern}"
        for path in paths:
            want = 0o700 if path.is_dir() else 0o600
            assert _mode(path) == want, f"{what}: {path.name} is {oct(_mode(path))}"


def test_a_second_run_tightens_its_own_readable_folder(
    db: Path,  # noqa: F811
    tmp_path: Path,
    umask_022: None,
) -> None:
    folder = tmp_path / "qr"
    run(db, "codes", "--out", str(folder))
    folder.chmod(0o755)
    for png in folder.glob("*.png"):
        png.chmod(0o644)
    run(db, "codes", "--out", str(folder))
    assert _mode(folder) == 0o700
    assert {_mode(p) for p in folder.iterdir()} == {0o600}


def test_a_shared_folder_with_other_files_is_refused_and_left_alone(
    db: Path,  # noqa: F811
    tmp_path: Path,
    umask_022: None,
) -> None:
    shared = tmp_path / "Desktop"
    shared.mkdir(mode=0o755)
    (shared / "notes.txt").write_text("mine")
    result = run(db, "codes", "--out", str(shared), ok=False)
    assert result.returncode != 0
    assert "other users" in result.stderr and "new folder" in result.stderr
    assert [p.name for p in shared.iterdir()] == ["notes.txt"]
    assert _mode(shared) == 0o755
