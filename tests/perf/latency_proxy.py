"""A TCP proxy that adds a fixed delay each way, standing for the network between a
workstation and the team server (5 ms of round trip: 2.5 ms each way).

Each connection gets two forwarding threads per direction: one reads and stamps each chunk
with the moment it may leave, the other sends it then, so that the delay does not add up
when many chunks are in flight (the link's latency, not a slower link).
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from types import TracebackType


class LatencyProxy:
    """Listens on 127.0.0.1 (``port``) and forwards to ``upstream`` with ``delay`` seconds each way."""

    def __init__(self, upstream: tuple[str, int], *, round_trip: float) -> None:
        self.upstream = upstream
        self.delay = round_trip / 2
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stopping = threading.Event()
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
            self._pipe(client, server)
            self._pipe(server, client)

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        chunks: queue.Queue[tuple[float, bytes]] = queue.Queue()

        def read() -> None:
            try:
                while data := source.recv(65536):
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
