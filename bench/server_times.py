"""How long the PostgreSQL server itself took for each statement, seen two ways, so a
benchmark on a crowded host can tell the server's time from its clients' CPU contention.

* `WireCapture`: tcpdump on the loopback interface. A request's server time runs from
  the kernel's timestamp of its first packet to the server (the request is there to
  read) to that of the server's ReadyForQuery (its answer, commit included, has left).
  This is the whole server side: parse, execute, the commit's WAL flush and any lock the
  commit waits for (NOTIFY's), and the server process's own waits for a CPU. The
  client's scheduling is not in it.
* `statement_times`: the server log with `log_min_duration_statement = 0`: the parse,
  bind and execute phases of each statement, summed per request. In the extended query
  protocol (psycopg with parameters) an autocommit statement commits at the following
  Sync, after its execute phase was logged: these durations leave the commit out. A
  simple query (several statements in one string) is logged once, commits included.

Both classify a request by its SQL text (`classify`), so the same names come out of both.
"""

from __future__ import annotations

import re
import shutil
import signal
import struct
import subprocess
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

Classify = Callable[[str], "str | None"]


class WireCapture:
    """tcpdump of one server port on the loopback interface, into a pcap file."""

    def __init__(self, port: int, path: Path) -> None:
        self.port = port
        self.path = path
        self.dropped: str = ""
        self._proc: subprocess.Popen[bytes] | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("tcpdump") is not None

    def start(self) -> None:
        command = [
            "tcpdump", "-i", "lo", "-n", "-s", "4096", "-B", "65536", "-U",
            "-w", str(self.path), f"tcp port {self.port}",
        ]  # fmt: skip
        self._proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert self._proc.stderr is not None
        line = self._proc.stderr.readline()  # "listening on lo, ..." once it captures
        if b"listening" not in line:
            self._proc.wait(timeout=10)
            raise RuntimeError(f"tcpdump did not start: {line.decode(errors='replace')}")

    def stop(self) -> None:
        proc = self._proc
        if proc is None:
            return
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        self.dropped = " ".join(
            line for line in err.decode(errors="replace").splitlines() if "dropped" in line
        )
        self._proc = None

    def times(self, classify: Classify) -> dict[str, list[tuple[float, float]]]:
        """(wall-clock start, server time) of each classified request, per class."""
        return _wire_times(self.path, self.port, classify)


def _packets(path: Path) -> list[tuple[float, int, int, bytes, bool]]:
    """(time, source port, destination port, TCP payload, whole) of each captured packet."""
    data = path.read_bytes()
    magic = data[:4]
    if magic == b"\xd4\xc3\xb2\xa1":
        endian, scale = "<", 1e-6
    elif magic == b"\x4d\x3c\xb2\xa1":
        endian, scale = "<", 1e-9
    elif magic == b"\xa1\xb2\xc3\xd4":
        endian, scale = ">", 1e-6
    else:
        raise ValueError(f"not a pcap file: {path}")
    link = struct.unpack(endian + "I", data[20:24])[0]
    skip = {1: 14, 113: 16, 276: 20, 0: 4}[link]
    out = []
    at = 24
    while at + 16 <= len(data):
        sec, frac, caplen, origlen = struct.unpack(endian + "IIII", data[at : at + 16])
        frame = data[at + 16 : at + 16 + caplen]
        at += 16 + caplen
        ip = frame[skip:]
        if len(ip) < 20 or ip[0] >> 4 != 4 or ip[9] != 6:
            continue
        tcp = ip[(ip[0] & 0x0F) * 4 :]
        if len(tcp) < 20:
            continue
        sport, dport = struct.unpack(">HH", tcp[:4])
        payload = tcp[(tcp[12] >> 4) * 4 :]
        if payload:
            out.append((sec + frac * scale, sport, dport, payload, caplen == origlen))
    return out


def _statements(payload: bytes, names: dict[str, str]) -> str | None:
    """The SQL texts of every Query, Parse and Bind in a client's payload, one per line
    (names: the statement names this connection prepared, with their text; Parse adds to
    it). A pipeline (the check-in: BEGIN, the check-in, COMMIT, Flush, the announcement,
    Sync) is one request: it is classified by any of its statements, and timed to the
    ReadyForQuery of its Sync (the announcement included: an upper bound)."""
    texts: list[str] = []
    at = 0
    while at + 5 <= len(payload):
        kind = payload[at : at + 1]
        length = struct.unpack(">I", payload[at + 1 : at + 5])[0]
        body = payload[at + 5 : at + 1 + length]
        if kind == b"Q":
            texts.append(body.split(b"\0", 1)[0].decode(errors="replace"))
        elif kind == b"P":
            name, _, rest = body.partition(b"\0")
            text = rest.split(b"\0", 1)[0].decode(errors="replace")
            names[name.decode(errors="replace")] = text
            texts.append(text)
        elif kind == b"B":
            _, _, rest = body.partition(b"\0")
            texts.append(names.get(rest.split(b"\0", 1)[0].decode(errors="replace"), ""))
        at += 1 + length
    return "\n".join(texts) if texts else None


def _wire_times(path: Path, port: int, classify: Classify) -> dict[str, list[tuple[float, float]]]:
    names: dict[tuple[int, int], dict[str, str]] = defaultdict(dict)
    pending: dict[tuple[int, int], tuple[float, str | None]] = {}
    found: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for at, sport, dport, payload, whole in _packets(path):
        if dport == port:  # client -> server
            stream = (sport, dport)
            if stream in pending:  # the rest of a request already under way
                start, kind = pending[stream]
                if kind is None:  # a pipeline's BEGIN came in a packet of its own
                    text = _statements(payload, names[stream])
                    if text is not None:
                        pending[stream] = (start, classify(text))
                continue
            text = _statements(payload, names[stream])
            pending[stream] = (at, classify(text) if text is not None else None)
        elif sport == port:
            stream = (dport, sport)
            if stream not in pending:
                continue  # a notification, or a request that began before the capture
            if not whole:
                continue  # cut by the snap length (a big answer): its end is in a later one
            # The answer ends with ReadyForQuery: 'Z', length 5, the transaction status.
            if len(payload) >= 6 and payload[-6:-1] == b"Z\x00\x00\x00\x05":
                start, kind = pending.pop(stream)
                if kind is not None:
                    found[kind].append((start, at - start))
    return found


_DURATION = re.compile(
    r"^(\S+ \S+) \S+ \[(\d+)\] LOG:  duration: ([0-9.]+) ms  (parse|bind|execute|statement)[^:]*:(.*)$"
)


def statement_times(log: Path, start: int, end: int, classify: Classify) -> dict[str, list[float]]:
    """Per class, each request's parse + bind + execute time from the server log (its
    bytes from `start` to `end`): see the module's words for what is in it."""
    entries: list[tuple[str, str, float, str]] = []  # pid, phase, ms, text
    with log.open("rb") as f:
        f.seek(start)
        lines = f.read(end - start).decode(errors="replace").splitlines()
    for line in lines:
        if line.startswith("\t"):
            if entries:
                pid, phase, took, text = entries[-1]
                entries[-1] = (pid, phase, took, text + "\n" + line[1:])
            continue
        match = _DURATION.match(line)
        if match:
            entries.append((match[2], match[4], float(match[3]), match[5]))
        elif entries and entries[-1][0] != "":
            entries.append(("", "", 0.0, ""))  # another message: ends the text before
    found: dict[str, list[float]] = defaultdict(list)
    running: dict[str, float] = defaultdict(float)
    for pid, phase, took, text in entries:
        if not pid:
            continue
        running[pid] += took
        if phase in ("execute", "statement"):
            kind = classify(text)
            if kind is not None:
                found[kind].append(running[pid] / 1000)
            running[pid] = 0.0
    return found
