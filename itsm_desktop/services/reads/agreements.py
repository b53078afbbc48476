"""An agreement's own row, found by id or by its reference."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from itsm_desktop.documents.snapshot import AgreementTexts
from itsm_desktop.domain.checks import valid_id
from itsm_desktop.domain.enums import AgreementKind, AgreementStatus
from itsm_desktop.domain.errors import NotFoundError
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store.rows import Rows, as_date, as_enum

TEXT_SECTIONS = tuple(f.name for f in fields(AgreementTexts))
"""The agreement's text sections, as its documents print them (``domain.forms.AGREEMENT_TEXT_FIELDS``,
without loading the editors' forms)."""

_COLUMNS = ("id, reference, revision, title, kind, status, provider_id, valid_from, valid_to, "
            "review_interval_months, next_review, signed_on, not_applicable, priority_scheme, "
            "support_hours_name, support_hours, language, " + ", ".join(TEXT_SECTIONS))


@dataclass(frozen=True)
class AgreementRow:
    """One revision of an agreement as its documents read it (the model's names)."""

    id: int
    reference: str
    revision: int
    title: str
    kind: AgreementKind
    status: AgreementStatus
    provider_id: int | None
    valid_from: date | None
    valid_to: date | None
    review_interval_months: int | None
    next_review: date | None
    signed_on: date | None
    not_applicable: list[str] | None
    priority_scheme: list[dict[str, str]] | None
    support_hours_name: str
    support_hours: str
    language: str
    scope: str
    hours_text: str
    support_text: str
    limitations: str
    reporting: str
    escalation: str
    security: str
    charges: str


def _agreements(rows: Rows, where: str, **params: object) -> list[AgreementRow]:
    out = []
    for row in rows.rows(f"SELECT {_COLUMNS} FROM agreement {where}", **params):
        (aid, reference, revision, title, kind, status, provider, valid_from, valid_to, interval, next_review,
         signed_on, not_applicable, scheme, hours_name, hours, language, *texts) = row
        out.append(AgreementRow(
            aid, reference, revision, title, as_enum(AgreementKind, kind), as_enum(AgreementStatus, status),
            provider, as_date(valid_from), as_date(valid_to), interval, as_date(next_review), as_date(signed_on),
            rows.json(not_applicable), rows.json(scheme), hours_name, hours, language, *texts))
    return out


def agreement_row(rows: Rows, agreement_id: int) -> AgreementRow:
    """The agreement with ``agreement_id``; ``NotFoundError`` when there is none."""
    found = _agreements(rows, "WHERE id = :id", id=agreement_id) if valid_id(agreement_id) else []
    if not found:
        raise NotFoundError("The agreement no longer exists.")
    return found[0]


def find_agreement_row(rows: Rows, reference: str, revision: int | None = None) -> AgreementRow:
    """The agreement with ``reference``: the given revision, else the current one (the
    active one if there is one, else the newest)."""
    where = "WHERE upper(reference) = upper(:reference)" + (" AND revision = :revision" if revision is not None
                                                            else "")
    found = _agreements(rows, where + " ORDER BY revision DESC", reference=reference.strip(), revision=revision)
    if not found:
        raise NotFoundError(translatable("There is no agreement with the reference {reference}.", reference=reference)
                            if revision is None else
                            translatable("There is no agreement with the reference {reference} revision "
                                         "{revision}.", reference=reference, revision=revision))
    active = [a for a in found if a.status == AgreementStatus.ACTIVE]
    return active[0] if active else found[0]
