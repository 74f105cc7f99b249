"""Handing PDF bytes to CUPS (`lp`) and asking it about printers (`lpstat`), without Qt.

Every outcome a desk can meet (no CUPS, no such printer, printer paused or not
accepting jobs, spooler refused) is a `SpoolResult` with a kind, never an
exception, so a failed print can never take a check-in down with it.
"""

from __future__ import annotations

import enum
import os
import re
import shutil
import subprocess
from dataclasses import dataclass

TIMEOUT_S = 15


class SpoolError(enum.StrEnum):
    NO_CUPS = "no_cups"
    NOT_FOUND = "not_found"
    DISABLED = "disabled"
    NOT_ACCEPTING = "not_accepting"
    FAILED = "failed"
    TIMEOUT = "timeout"


@dataclass(frozen=True, slots=True)
class SpoolResult:
    printer: str
    job_id: str = ""
    error: SpoolError | None = None
    #: What CUPS said (English, for logs and the CLI; the GUI translates `error`).
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class PrinterInfo:
    name: str
    enabled: bool = True
    accepting: bool = True
    is_default: bool = False
    #: CUPS' state message, e.g. "media-empty" or "Paused".
    message: str = ""


def cups_available() -> bool:
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(args, input=stdin, capture_output=True, timeout=TIMEOUT_S, env=env)


def list_printers() -> list[PrinterInfo]:
    """Every CUPS queue with its state; empty when CUPS is absent or not running."""
    if not cups_available():
        return []
    try:
        status = _run(["lpstat", "-p"]).stdout.decode(errors="replace")
        accepting = _run(["lpstat", "-a"]).stdout.decode(errors="replace")
        default = _run(["lpstat", "-d"]).stdout.decode(errors="replace")
    except (OSError, subprocess.TimeoutExpired):
        return []
    not_accepting = set(re.findall(r"^(\S+) not accepting", accepting, re.M))
    default_name = m[1] if (m := re.search(r"system default destination: (\S+)", default)) else ""
    printers: list[PrinterInfo] = []
    blocks = re.split(r"^(?=printer )", status, flags=re.M)
    for block in blocks:
        lines = block.splitlines()
        if not lines or not lines[0].startswith("printer "):
            continue
        # "printer NAME is idle.  enabled since ..." / "printer NAME disabled since ... -"
        head = lines[0].split()
        name = head[1]
        reasons = " ".join(line.strip() for line in lines[1:] if line.strip())
        printers.append(
            PrinterInfo(
                name=name,
                enabled="disabled" not in head[2:4],
                accepting=name not in not_accepting,
                is_default=name == default_name,
                message=reasons,
            )
        )
    return printers


def printer_info(name: str) -> PrinterInfo | None:
    return next((p for p in list_printers() if p.name == name), None)


def check_printer(name: str) -> SpoolResult:
    """Whether a job sent to `name` now would be printed; ok=True when it would."""
    if not cups_available():
        return SpoolResult(name, error=SpoolError.NO_CUPS, message="CUPS (lp) is not installed")
    info = printer_info(name)
    if info is None:
        return SpoolResult(name, error=SpoolError.NOT_FOUND, message=f"no printer named {name!r}")
    if not info.enabled:
        return SpoolResult(
            name, error=SpoolError.DISABLED, message=info.message or "printer is paused"
        )
    if not info.accepting:
        return SpoolResult(
            name, error=SpoolError.NOT_ACCEPTING, message=info.message or "not accepting jobs"
        )
    return SpoolResult(name)


def spool(pdf: bytes, printer: str, *, title: str = "badge", copies: int = 1) -> SpoolResult:
    """Send PDF bytes to a CUPS queue; returns once CUPS has the job (not when it is printed)."""
    checked = check_printer(printer)
    if not checked.ok:
        return checked
    args = [
        "lp",
        "-d",
        printer,
        "-t",
        title,
        "-n",
        str(max(1, copies)),
        "-o",
        "print-scaling=none",
        "-",
    ]
    try:
        done = _run(args, stdin=pdf)
    except subprocess.TimeoutExpired:
        return SpoolResult(printer, error=SpoolError.TIMEOUT, message="CUPS did not answer")
    except OSError as exc:
        return SpoolResult(printer, error=SpoolError.FAILED, message=str(exc))
    out = done.stdout.decode(errors="replace")
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip() or f"lp exited {done.returncode}"
        return SpoolResult(printer, error=SpoolError.FAILED, message=message)
    job = m[1] if (m := re.search(r"request id is (\S+)", out)) else ""
    return SpoolResult(printer, job_id=job, message=out.strip())
