"""A TCP proxy that adds a fixed delay each way, standing for the network between a
workstation and the team server (5 ms of round trip: 2.5 ms each way).

Each connection gets two forwarding threads per direction: one reads and stamps each chunk
with the moment it may leave, the other sends it then, so that the delay does not add up
when many chunks are in flight (the link's latency, not a slower link).

It also counts the round trips clients make (``round_trips``): a client's message counts
when the server has answered since the client last sent, and the client waited for that
answer (it sends at least most of a round trip after its previous message): a pipeline's
batch, sent without waiting, is one round trip however many statements it holds.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from types import TracebackType


class _Turn:
    """Who spoke last on one connection (the client, waiting for an answer, or the server),
    and when the client last sent."""

    client_waiting = False
    client_sent = 0.0


class LatencyProxy:
    """Listens on 127.0.0.1 (``port``) and forwards to ``upstream`` with ``delay`` seconds each way."""

    def __init__(self, upstream: tuple[str, int], *, round_trip: float) -> None:
        self.upstream = upstream
        self.delay = round_trip / 2
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stopping = threading.Event()
        self.round_trips = 0
        self._counting = threading.Lock()
        threading.Thread(target=self._accept, name="latency-proxy", daemon=True).start()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            turn = _Turn()
            self._pipe(client, server, turn, asking=True)
            self._pipe(server, client, turn, asking=False)

    def _pipe(self, source: socket.socket, sink: socket.socket, turn: _Turn, *, asking: bool) -> None:
        chunks: queue.Queue[tuple[float, bytes]] = queue.Queue()

        def read() -> None:
            try:
                while data := source.recv(65536):
                    now = time.perf_counter()
                    with self._counting:
                        if asking and not turn.client_waiting and now - turn.client_sent > 1.6 * self.delay:
                            self.round_trips += 1
                        if asking:
                            turn.client_sent = now
                        turn.client_waiting = asking
                    chunks.put((time.perf_counter() + self.delay, data))
            except OSError:
                pass
            chunks.put((0.0, b""))

        def send() -> None:
            try:
                while True:
                    due, data = chunks.get()
                    if not data:
                        break
                    wait = due - time.perf_counter()
                    if wait > 0:
                        time.sleep(wait)
                    sink.sendall(data)
            except OSError:
                pass
            finally:
                for sock in (sink, source):
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)

        threading.Thread(target=read, daemon=True).start()
        threading.Thread(target=send, daemon=True).start()

    def close(self) -> None:
        self._stopping.set()
        self._listener.close()

    def __enter__(self) -> LatencyProxy:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
