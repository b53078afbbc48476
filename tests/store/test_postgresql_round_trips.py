"""A read of plain rows from a team server costs one round trip on the network, and leaves the
connection ready for the next unit of work to begin with its first statement."""

from __future__ import annotations

import sys
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL

from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.services import listing, stakeholders, team_server
from itsm_desktop.store import Database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "perf"))
from latency_proxy import LatencyProxy  # noqa: E402


def _through_proxy(url: URL, proxy: LatencyProxy) -> URL:
    return url.set(host="127.0.0.1", port=proxy.port)


def test_a_search_is_one_round_trip_and_later_units_of_work_begin_with_their_statement(
        postgresql_url: URL) -> None:
    team_server.upgrade_server(postgresql_url)
    proxy = LatencyProxy((postgresql_url.host or "127.0.0.1", postgresql_url.port or 5432), round_trip=0.0)
    try:
        with Database.open(_through_proxy(postgresql_url, proxy)) as db:
            stakeholders.create_organization(db, form=OrganizationForm(name="Mailroom"))

            def round_trips(action: object) -> int:
                before = proxy.round_trips
                action()  # type: ignore[operator]
                return proxy.round_trips - before

            search = lambda: listing.ORGANIZATIONS.ids(db, search="mail", limit=12)  # noqa: E731
            assert search() and round_trips(search) == 1  # no BEGIN before it, no ROLLBACK after it
            with db.read() as session:  # the connection the search used: BEGIN rides on the statement
                before = proxy.round_trips
                session.execute(sa.select(sa.literal(1))).scalar_one()
                assert proxy.round_trips - before == 1
    finally:
        proxy.close()
