"""Several clients saving at the same moment: no save is lost, no code or reference is handed
out twice. Each client is a database opened on its own (as on another workstation), saving
from its own thread; on a server they run side by side under PostgreSQL's default isolation.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import replace
from typing import Any, TypeVar

import pytest

from itsm_desktop.domain.errors import ConflictError, ValidationError
from itsm_desktop.domain.forms import ServiceForm
from itsm_desktop.services import agreements, catalog, listing
from itsm_desktop.store import Database

CLIENTS = 6
T = TypeVar("T")


@pytest.fixture
def clients(db: Database) -> Iterator[list[Database]]:
    """Databases opened apart from ``db``, on the same file or server database."""
    with ExitStack() as stack:
        yield [stack.enter_context(Database.open(db.backend.url)) for _ in range(CLIENTS)]


def _all_at_once(calls: list[Callable[[], T]]) -> list[T | Exception]:
    """Run each call on a thread of its own, released together; what each returned or raised."""
    start = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = calls[i]()
        except Exception as exc:  # the outcome under test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_a_stale_save_is_a_conflict_never_a_lost_update(db: Database, make: Any, clients: list[Database],
                                                         sql: Any) -> None:
    service = make.service("MAIL", name="Mail")
    form = catalog.load_service(db, service.id).form

    def rename(client: Database, n: int) -> Callable[[], object]:
        return lambda: catalog.update_service(client, service_id=service.id, version=service.version,
                                              form=replace(form, name=f"Mail by client {n}"))

    results = _all_at_once([rename(client, n) for n, client in enumerate(clients)])
    saved = [r for r in results if not isinstance(r, Exception)]
    conflicts = [r for r in results if isinstance(r, ConflictError)]
    assert len(saved) == 1 and len(conflicts) == CLIENTS - 1, results
    (name, version), = sql("SELECT name, version FROM service WHERE id = ?", service.id)
    assert (name, version) == (saved[0].name, service.version + 1)  # type: ignore[attr-defined]
    assert sql("SELECT count(*) FROM history_entry WHERE entity = 'service' AND action = 'updated'") == [(1,)]


def test_one_code_is_given_to_one_service_however_many_clients_ask(clients: list[Database], sql: Any) -> None:
    def create(client: Database, n: int) -> Callable[[], object]:
        return lambda: catalog.create_service(client, form=ServiceForm(code="EMAIL", name=f"E-mail {n}"))

    results = _all_at_once([create(client, n) for n, client in enumerate(clients)])
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert len(refused) == CLIENTS - 1, results
    assert all("code" in r.fields for r in refused)
    assert sql("SELECT count(*) FROM service WHERE code = 'EMAIL'") == [(1,)]


def test_agreements_created_at_once_get_references_of_their_own(db: Database, make: Any,
                                                                 clients: list[Database], sql: Any) -> None:
    form = replace(make.agreement_form(), reference="")

    def create(client: Database) -> Callable[[], object]:
        return lambda: agreements.create_agreement(client, form=form)

    results = _all_at_once([create(client) for client in clients])
    assert not [r for r in results if isinstance(r, Exception)], results
    references = [r for (r,) in sql("SELECT reference FROM agreement")]
    assert len(references) == CLIENTS == len(set(references))
    assert all(re.fullmatch(r"SLA-\d{4}-\d{3}", r) for r in references), references
    for reference in references:  # found by the reference handed out, and named by it in the history
        assert len(listing.AGREEMENTS.ids(db, search=reference)) == 1
    summaries = [s for (s,) in sql("SELECT summary FROM history_entry WHERE entity = 'agreement'")]
    assert sorted(ref for ref in references if any(ref in s for s in summaries)) == sorted(references)


def test_agreements_duplicated_at_once_get_references_of_their_own(db: Database, make: Any,
                                                                    clients: list[Database], sql: Any) -> None:
    source = make.agreement()

    def duplicate(client: Database) -> Callable[[], object]:
        return lambda: agreements.duplicate_agreement(client, agreement_id=source.id)

    results = _all_at_once([duplicate(client) for client in clients])
    assert not [r for r in results if isinstance(r, Exception)], results
    references = [r for (r,) in sql("SELECT reference FROM agreement")]
    assert len(references) == CLIENTS + 1 == len(set(references))


def test_a_typed_reference_is_taken_by_one_client_only(db: Database, make: Any, clients: list[Database],
                                                       sql: Any) -> None:
    form = replace(make.agreement_form(), reference="SLA-TEAM-001")

    def create(client: Database, n: int) -> Callable[[], object]:
        # the same reference, written differently: references are unique whatever their case
        return lambda: agreements.create_agreement(client, form=replace(
            form, reference="SLA-TEAM-001" if n % 2 else "sla-team-001"))

    results = _all_at_once([create(client, n) for n, client in enumerate(clients)])
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert len(refused) == CLIENTS - 1, results
    assert sql("SELECT count(*) FROM agreement WHERE upper(reference) = 'SLA-TEAM-001'") == [(1,)]
