"""A TCP proxy between a desk and the real PostgreSQL server that misbehaves on demand.

It behaves as a venue's network does: passes traffic, delays it (a slow link),
blackholes it (a dead link or a frozen host: bytes vanish, nothing answers,
nothing is closed), resets every connection (a cut cable, a rebooting
router) - also in the middle of a commit - or refuses every connection until
healed (a server host that is down: each try is reset at once). Real sockets, real server; only the
link in between is made to fail.
"""

from __future__ import annotations

import contextlib
import queue
import select
import socket
import struct
import threading
import time


class FaultProxy:
    """`with FaultProxy(server_port) as proxy:` then connect to 127.0.0.1:proxy.port."""

    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = int(self._listener.getsockname()[1])
        self.delay = 0.0
        self._blackhole = threading.Event()
        self._refuse = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._threads: list[threading.Thread] = []
        #: Bytes sent from the desk to the server so far (to cut a commit mid-way).
        self.upstream_bytes = 0
        self._cut_after: bytes | None = None
        self._cut_skips = 0
        #: Cut the server's answer right after this (`reset_when_answered`).
        self._cut_answer: bytes | None = None
        #: Each read from a desk, in order, while `record_reads` is set (what went out in
        #: one write arrives in one read: a few hundred bytes on loopback are one segment).
        self.upstream_reads: list[bytes] = []
        self.record_reads = False

    # -- control -------------------------------------------------------------------------
    def blackhole(self) -> None:
        """From now on every byte in either direction is swallowed; nothing is closed."""
        self._blackhole.set()

    def refuse(self) -> None:
        """Reset every connection now, and every new one at once, until `heal()`."""
        self._refuse.set()
        self.reset_all()

    def heal(self) -> None:
        """Traffic flows again. Connections that lost bytes are dead for the protocol, so
        they are reset (as a router's restart would), and new ones work."""
        was_black = self._blackhole.is_set()
        self._blackhole.clear()
        self._refuse.clear()
        if was_black:
            self.reset_all()

    def reset_all(self) -> None:
        """Close every connection with a TCP reset, at once."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for sock in pair:
                _reset(sock)

    def reset_when_sent(self, marker: bytes, nth: int = 1) -> None:
        """Reset everything right after the desk has sent `marker` (e.g. b"COMMIT") upstream
        for the `nth` time: the server may or may not have received it."""
        self._cut_after = marker
        self._cut_skips = nth - 1

    def reset_when_answered(self, marker: bytes) -> None:
        """Deliver the server's answer up to and including the first `marker` in it (e.g.
        the COMMIT's CommandComplete, b"C\\x00\\x00\\x00\\x0bCOMMIT\\x00"), nothing after it,
        then reset everything: the desk knows its commit is done, and nothing more."""
        self._cut_answer = marker

    # -- lifecycle -----------------------------------------------------------------------
    def __enter__(self) -> FaultProxy:
        thread = threading.Thread(target=self._accept_loop, name="faultproxy", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self.reset_all()
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=2)

    # -- the pumps -----------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            if self._refuse.is_set():
                _reset(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _reset(client)
                continue
            for sock in (client, upstream):
                # As the server and libpq do: a small answer right after another is sent at
                # once, not held for the first one's ACK (Nagle beside a delayed ACK is 40 ms
                # of the proxy's own, which neither end has on a real link).
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                if self._stop.is_set():  # closed while this one was being connected: its
                    _reset(client)  # reset_all came before it was listed
                    _reset(upstream)
                    continue
                self._pairs.append((client, upstream))
            if self._refuse.is_set():  # refused while this one was being connected
                self.reset_all()
                continue
            for src, dst, up in ((client, upstream, True), (upstream, client, False)):
                thread = threading.Thread(target=self._pump, args=(src, dst, up), daemon=True)
                thread.start()
                self._threads.append(thread)

    def _pump(self, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        """Bytes from `src` to `dst`. With a `delay`, each read is sent `delay` after it
        arrived, as a link's latency does: a second segment a moment after the first (a
        server's answer in two writes) follows it a moment later, not `delay` after the
        first was delivered (a pump that slept per read charged each one half a round
        trip more, docs/PERFORMANCE.md)."""
        line: queue.SimpleQueue[tuple[float, bytes, bytes | None] | None] = queue.SimpleQueue()
        sender = threading.Thread(target=self._deliver, args=(line, src, dst, upstream))
        sender.daemon = True
        sender.start()
        try:
            while not self._stop.is_set():
                try:
                    ready, _, _ = select.select([src], [], [], 0.1)
                except (OSError, ValueError):
                    return
                if not ready:
                    continue
                try:
                    data = src.recv(65536)
                    # Whether to cut after these bytes is decided now: a marker set later
                    # (for the next command) must not cut after bytes read before it was set.
                    marker = self._cut_after if upstream else None
                except OSError:
                    _reset(dst)
                    return
                if not data:
                    line.put((time.monotonic() + self.delay, b"", None))
                    return
                if self._blackhole.is_set():
                    continue  # swallowed
                if upstream and self.record_reads:
                    self.upstream_reads.append(data)
                line.put((time.monotonic() + self.delay, data, marker))
        finally:
            line.put(None)

    def _deliver(
        self,
        line: queue.SimpleQueue[tuple[float, bytes, bytes | None] | None],
        src: socket.socket,
        dst: socket.socket,
        upstream: bool,
    ) -> None:
        """The far end of one direction: each read sent when it is due."""
        while True:
            item = line.get()
            if item is None:
                return
            due, data, marker = item
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)  # the link's latency
            if not data:
                with contextlib.suppress(OSError):
                    dst.shutdown(socket.SHUT_WR)
                return
            if self._blackhole.is_set():
                continue  # swallowed in flight
            answer = self._cut_answer if not upstream else None
            if answer is not None and answer in data:
                self._cut_answer = None
                with contextlib.suppress(OSError):
                    dst.sendall(data[: data.index(answer) + len(answer)])
                self.reset_all()
                return
            try:
                dst.sendall(data)
            except OSError:
                _reset(src)
                return
            if upstream:
                self.upstream_bytes += len(data)
                if marker is not None and marker in data:
                    if self._cut_skips > 0:
                        self._cut_skips -= 1
                        continue
                    self._cut_after = None
                    self.reset_all()
                    return


def _reset(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()
