"""The catalog report at any size: the live catalog read in batches while it prints.

The outline (families and how many services each has) is read first, for the cover and
the contents; the services then stream in print order, a few hundred per short read, so a
catalog of tens of thousands of services never sits in memory whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlmodel import Session, col, select

from itsm_desktop.documents.language import N_, speaking
from itsm_desktop.documents.language import _ as in_document_language
from itsm_desktop.documents.progress import CancelCheck, ProgressCallback, RenderCancelled
from itsm_desktop.documents.snapshot import (
    CatalogEntrySnapshot,
    CatalogFamilyHeading,
    CatalogOutline,
    CatalogStreamEntry,
    CoveringAgreementSnapshot,
    ServiceSnapshot,
    TargetSnapshot,
)
from itsm_desktop.documents.targets import describe_target
from itsm_desktop.domain.enums import AgreementStatus
from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.domain.models import (
    Agreement,
    AgreementCustomer,
    AgreementService,
    Organization,
    Service,
    ServiceFamily,
    ServiceLevelTarget,
)
from itsm_desktop.store import Database
from itsm_desktop.store.rows import rows_of

from .letterheads import catalog_letterhead, letterhead_paper
from .output_files import writing
from .snapshots import CATALOG_STATES, _Lookup, _service_snapshots

if TYPE_CHECKING:
    from itsm_desktop.documents.renderer import RenderedDocument

BATCH = 400
"""Services read per database round."""
OTHER_SERVICES = N_("Other services")
_CURRENT = (AgreementStatus.ACTIVE, AgreementStatus.IN_REVIEW, AgreementStatus.DRAFT)


@dataclass(frozen=True, slots=True)
class CatalogStream:
    """The outline of the catalog report and the ids of its services in print order."""

    outline: CatalogOutline
    order: tuple[tuple[int, int], ...]
    """(family index in the outline, service id), in print order."""


def catalog_stream(
    db: Database,
    *,
    title: str = "Service catalog",
    today: date | None = None,
    tick: Callable[[], None] | None = None,
    language: str = DocumentLanguage.ENGLISH,
) -> CatalogStream:
    """The outline of the live catalog (live and retiring services) and its print order.

    ``tick`` is called between the steps of the reading (each well under a second at 100,000
    services), so that a progress bar stays alive and a cancel is heard before the first page.
    """
    step = tick or (lambda: None)
    with db.read() as session:
        families = list(
            session.exec(
                select(ServiceFamily).order_by(col(ServiceFamily.position), col(ServiceFamily.name))
            )
        )
        step()
        rows = session.exec(
            select(Service.id, Service.family_id, Service.name, Service.provider_id).where(
                col(Service.status).in_(CATALOG_STATES)
            )
        ).all()
        step()
        organizations = {
            oid: (name, parent)
            for oid, name, parent in session.exec(
                select(Organization.id, Organization.name, Organization.parent_id)
            )
        }
        letterhead = catalog_letterhead(session, (p for *_, p in rows))
    step()
    providers = {_root(organizations, p) for *_, p in rows if p in organizations}
    members: dict[int | None, list[tuple[str, int]]] = defaultdict(list)
    known = {f.id for f in families}
    for sid, family_id, name, _ in rows:
        if sid is not None:
            members[family_id if family_id in known else None].append((name.casefold(), sid))
    headings: list[CatalogFamilyHeading] = []
    order: list[tuple[int, int]] = []
    step()
    groups = [(f.id, f.name, f.description) for f in families]
    with speaking(language):
        groups.append((None, in_document_language(OTHER_SERVICES), ""))
    for family_id, name, description in groups:
        ids = [sid for _, sid in sorted(members.get(family_id, []))]
        if not ids:
            continue
        index = len(headings)
        headings.append(CatalogFamilyHeading(name, description, len(ids)))
        order.extend((index, sid) for sid in ids)
    outline = CatalogOutline(
        title=title,
        # one provider is named; the cover of a catalog of several speaks of "each service"
        organization=next(iter(providers)) if len(providers) == 1 else "",
        families=tuple(headings),
        generated_on=today or date.today(),
        letterhead=letterhead,
        language=DocumentLanguage.parse(language),
    )
    return CatalogStream(outline, tuple(order))


def _root(organizations: dict[int | None, tuple[str, int | None]], org_id: int | None) -> str:
    """The name of the top-level organization ``org_id`` belongs to (a team's division)."""
    seen: set[int | None] = set()
    name = ""
    while org_id in organizations and org_id not in seen:
        seen.add(org_id)
        name, org_id = organizations[org_id]
    return name


def catalog_entries(
    db: Database, order: tuple[tuple[int, int], ...]
) -> Iterator[CatalogStreamEntry]:
    """The entries of the services in ``order``, read ``BATCH`` at a time."""
    for start in range(0, len(order), BATCH):
        batch = order[start : start + BATCH]
        ids = [sid for _, sid in batch]
        with db.read() as session:
            services = {
                s.id: s for s in session.exec(select(Service).where(col(Service.id).in_(ids)))
            }
            rows = rows_of(session)
            snaps = _service_snapshots(rows, _Lookup(rows), list(services.values()))
            covering, targets = _coverage(session, ids, snaps)
        for index, sid in batch:
            if sid in snaps:
                yield (
                    index,
                    CatalogEntrySnapshot(snaps[sid], tuple(covering[sid]), tuple(targets[sid])),
                )


def _coverage(
    session: Session, ids: list[int], snaps: dict[int, ServiceSnapshot]
) -> tuple[dict[int, list[CoveringAgreementSnapshot]], dict[int, list[str]]]:
    """The current agreements covering each service, and the targets of the active ones."""
    covering: dict[int, list[CoveringAgreementSnapshot]] = defaultdict(list)
    key_targets: dict[int, list[str]] = defaultdict(list)
    links = list(
        session.exec(
            select(AgreementService.service_id, Agreement)
            .join(Agreement, col(Agreement.id) == AgreementService.agreement_id)
            .where(col(AgreementService.service_id).in_(ids), col(Agreement.status).in_(_CURRENT))
            .order_by(col(Agreement.reference), col(Agreement.revision))
        )
    )
    agreement_ids = sorted({a.id for _, a in links if a.id is not None})
    customers: dict[int, list[str]] = defaultdict(list)
    for aid, name in session.exec(
        select(AgreementCustomer.agreement_id, Organization.name)
        .join(Organization, col(Organization.id) == AgreementCustomer.organization_id)
        .where(col(AgreementCustomer.agreement_id).in_(agreement_ids))
        .order_by(col(AgreementCustomer.position))
    ):
        customers[aid].append(name)
    services_of: dict[int, list[int]] = defaultdict(list)
    active: set[int] = set()
    for sid, a in links:
        assert a.id is not None
        covering[sid].append(
            CoveringAgreementSnapshot(
                a.reference, a.revision, a.kind, a.status, tuple(customers[a.id])
            )
        )
        services_of[a.id].append(sid)
        if a.status == AgreementStatus.ACTIVE:
            active.add(a.id)
    for t in session.exec(
        select(ServiceLevelTarget)
        .where(col(ServiceLevelTarget.agreement_id).in_(sorted(active)))
        .order_by(col(ServiceLevelTarget.position))
    ):
        text = describe_target(
            TargetSnapshot(
                metric=t.metric,
                value=t.value,
                unit=t.unit,
                metric_label=t.custom_metric,
                priority=t.priority,
                period=t.period,
            )
        )
        for sid in [t.service_id] if t.service_id is not None else services_of[t.agreement_id]:
            if sid in snaps and text not in key_targets[sid]:
                key_targets[sid].append(text)
    return covering, key_targets


def catalog_report(
    db: Database,
    *,
    title: str = "Service catalog",
    page_size: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    target: BinaryIO | None = None,
    today: date | None = None,
    language: str = DocumentLanguage.ENGLISH,
) -> RenderedDocument:
    """The catalog report in ``language``, streamed from the database as it prints (bounded
    memory at any size): in memory, or written to ``target`` when given (``pdf`` is then empty).

    ``progress`` hears the share done (0 to 1) a few times a second, reading the catalog's
    outline included; ``cancelled`` is asked as often and, once it returns True, the work stops
    with ``RenderCancelled`` and nothing is produced.
    """
    from itsm_desktop.collector import collector_paused
    from itsm_desktop.documents.catalog_pdf import render_catalog_stream
    from itsm_desktop.documents.layout import default_page_size


    def tick() -> None:
        if cancelled is not None and cancelled():
            raise RenderCancelled("The document was not made: it was cancelled.")
        if progress is not None:
            progress(0.0)

    tick()
    with collector_paused():  # tens of thousands of rows held: collecting would walk them again and again
        stream = catalog_stream(db, title=title, today=today, tick=tick, language=language)
    return render_catalog_stream(
        stream.outline,
        catalog_entries(db, stream.order),
        page_size=page_size or letterhead_paper(stream.outline.letterhead) or default_page_size(),
        progress=progress,
        cancelled=cancelled,
        target=target,
    )


def export_catalog_report(
    db: Database,
    *,
    output: Path,
    page_size: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    protect: Iterable[Path] = (),
    language: str = DocumentLanguage.ENGLISH,
) -> tuple[Path, tuple[str, ...]]:
    """Write the catalog report to ``output``, streaming the catalog as it prints.

    Progress and cancellation as in :func:`catalog_report`. The file is refused, and written,
    as ``output_files.writing`` says (``protect`` names databases to keep safe). Returns the
    file and the warnings of the rendering (characters no font has).
    """
    output = Path(output).expanduser()
    # Written straight to a file beside the target (a catalog of tens of thousands of
    # services is tens of megabytes), then moved into place whole.
    with writing(output, protect=protect) as handle:
        rendered = catalog_report(db, page_size=page_size, progress=progress, cancelled=cancelled,
                                  target=handle, language=language)
    return output, rendered.warnings
