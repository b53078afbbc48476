"""Listening for the records other clients of a team server changed (``store.change_notices``).

A ``ChangeListener`` holds one connection of its own, in autocommit mode, listening on the
channel; ``wait`` blocks at most ``timeout`` seconds (on the socket, so another thread may
call it while the application works) and returns the notices that arrived. A lost connection
is opened again at the next call, which then says ``resync``: notices sent meanwhile were
missed, so everything shown should be read again.
"""

from __future__ import annotations

import select
import time
from dataclasses import dataclass, field

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import URL

from ..change_notices import CHANNEL


@dataclass
class Notices:
    """What ``wait`` brought: (table, id) pairs, and whether everything must be read again."""

    changed: list[tuple[str, int]] = field(default_factory=list)
    resync: bool = False


class ChangeListener:
    """The notices of changes committed on the server database ``url``, by other sessions."""

    def __init__(self, url: URL, *, connect_timeout: int = 10) -> None:
        params = {k: v for k, v in url.query.items() if isinstance(v, str)}
        self._conninfo = make_conninfo(host=url.host or "", port=str(url.port or ""), user=url.username or "",
                                       password=str(url.password or ""), dbname=url.database or "",
                                       connect_timeout=str(connect_timeout), application_name="itsm-desktop",
                                       **params)
        self._connection: psycopg.Connection | None = None
        self._lost = False

    @property
    def connected(self) -> bool:
        """Whether it listens now (notices committed from here on will arrive)."""
        return self._connection is not None and not self._connection.closed

    def _connect(self) -> psycopg.Connection:
        connection = psycopg.connect(self._conninfo, autocommit=True)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def wait(self, timeout: float) -> Notices:
        """The notices that arrive within ``timeout`` seconds (an empty list when none did)."""
        found = Notices()
        try:
            if self._connection is None or self._connection.closed:
                self._connection = self._connect()
                found.resync, self._lost = self._lost, False
            pgconn = self._connection.pgconn
            readable, _, _ = select.select([self._connection.fileno()], [], [], timeout)
            if readable:
                pgconn.consume_input()
                if pgconn.status != psycopg.pq.ConnStatus.OK:
                    raise psycopg.OperationalError("the connection to the server was lost")
            while (notice := pgconn.notifies()) is not None:
                table, _, record = notice.extra.decode().partition(" ")
                if record.isdigit():
                    found.changed.append((table, int(record)))
        except psycopg.Error:
            self.close()
            self._lost = True
            time.sleep(timeout)  # the server is away: try again after a while, not at once
        return found

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def listener_for(backend: object) -> ChangeListener | None:
    """A listener for the changes of ``backend``'s database; None where there are no notices
    (a local file: only this process writes it while a window shows it)."""
    from .postgresql import Backend

    return ChangeListener(backend.url) if isinstance(backend, Backend) else None
