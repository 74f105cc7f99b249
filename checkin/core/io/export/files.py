"""Write-then-rename, so an export is either complete or absent, never half a file.

A crash, a full USB stick or a cancelled export leaves at most a hidden
temporary file that is removed on the way out; an older export under the same
name stays intact until the new one is complete. The file keeps mkstemp's
owner-only permissions: an attendance list is personal data. So is a folder of
QR codes (its file names are ticket codes), made with `owner_only_folder`.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from checkin.core.io.export.common import ExportError, ExportProblem

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS}


def translate(exc: OSError, path: Path) -> ExportError:
    """Turn an OS error into the words a person at the desk can act on."""
    if exc.errno in _DISK_FULL:
        return ExportError(ExportProblem.DISK_FULL, path)
    if exc.errno in _NOT_ALLOWED:
        return ExportError(ExportProblem.NOT_ALLOWED, path)
    if exc.errno == errno.ENOENT and not path.parent.is_dir():
        return ExportError(ExportProblem.MISSING_FOLDER, path)
    return ExportError(ExportProblem.FAILED, path, exc.strerror or str(exc))


@contextmanager
def guarded(path: Path) -> Iterator[None]:
    """Re-raise OS errors from writing `path` as ExportError."""
    try:
        yield
    except OSError as exc:
        raise translate(exc, path) from exc


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` only once the block completed."""
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(ExportProblem.MISSING_FOLDER, target)
    tmp_name = ""
    with guarded(target):
        try:
            fd, tmp_name = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".part", dir=target.parent
            )
            with os.fdopen(fd, "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_name, target)
            tmp_name = ""
        finally:
            if tmp_name:
                try:
                    os.unlink(tmp_name)
                except OSError:
                    pass


#: Owner-only modes for whatever holds personal data (names, e-mails, ticket codes).
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def owner_only_folder(path: str | os.PathLike[str], ours: Callable[[Path], bool]) -> Path:
    """A folder only its owner can open: made so, or an earlier one of ours tightened.

    `ours(entry)` says whether a file in an existing folder is one this export
    writes (then the folder can be tightened without surprising anyone). A
    folder others can read that holds other files is refused rather than
    changed: its file names would show ticket codes to every user of the machine.
    """
    folder = Path(path)
    with guarded(folder):
        try:
            folder.mkdir(parents=True, mode=FOLDER_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise ExportError(ExportProblem.FAILED, folder, "not a folder") from None
            mode = stat.S_IMODE(folder.stat().st_mode)
            if mode & 0o077:
                if not all(ours(entry) for entry in folder.iterdir()):
                    raise ExportError(ExportProblem.NOT_PRIVATE, folder) from None
                folder.chmod(FOLDER_MODE)
            return folder
        folder.chmod(FOLDER_MODE)  # mkdir's mode passes through the umask
    return folder


def write_owner_only(path: Path, data: bytes) -> None:
    """Write a small file owner-only (also when an earlier run left it readable)."""
    with guarded(path):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), FILE_MODE)
            fh.write(data)
