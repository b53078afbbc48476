"""The clause versions an agreement carries, as its editor lists them and its print shows them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from itsm_desktop.documents.snapshot import ClauseSnapshot
from itsm_desktop.domain.clauses import ClauseWording, CreditRow, read_translations
from itsm_desktop.domain.enums import ClauseTopic
from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.store.rows import Rows, as_datetime, as_enum


@dataclass(frozen=True)
class VersionSummary:
    """One version of a clause, as its history and the agreement's choice show it."""

    id: int
    clause_id: int
    number: int
    text: str
    created_at: datetime
    who: str
    topic: ClauseTopic
    title: str
    latest: int
    credits: tuple[CreditRow, ...] = ()
    credit_cap_percent: Decimal | None = None
    translations: dict[str, ClauseWording] = field(default_factory=dict)
    """Its wording in the other languages (those written)."""

    @property
    def label(self) -> str:
        """``Liability, version 2``: how the agreement names the clause it carries."""
        return f"{self.title}, version {self.number}"

    def speaks(self, language: str) -> bool:
        """Whether this version has a text in ``language`` (English always)."""
        return language == DocumentLanguage.ENGLISH or (
            language in self.translations and self.translations[language].is_written())


def credit_rows(stored: list[dict[str, str]] | None) -> list[CreditRow]:
    """The service-credit steps of a stored version."""
    return [CreditRow(r.get("shortfall", ""), Decimal(r["credit_percent"]) if r.get("credit_percent") else None)
            for r in (stored or [])]


def credit_cap(stored: str) -> Decimal | None:
    """The credit cap of a stored version (``""``: none)."""
    return Decimal(stored) if stored else None


def version_summary(*, version_id: int, clause_id: int, number: int, text: str, created_at: datetime, who: str,
                    topic: ClauseTopic, title: str, latest: int, credits: list[dict[str, str]] | None,
                    cap: str, translations: dict[str, dict[str, Any]] | None) -> VersionSummary:
    """A clause version from its stored values."""
    return VersionSummary(version_id, clause_id, number, text, created_at, who, topic, title, latest,
                          tuple(credit_rows(credits)), credit_cap(cap), read_translations(translations))


def latest_numbers(rows: Rows) -> dict[int, int]:
    """Each clause's newest version number."""
    return {clause_id: int(number) for clause_id, number in rows.rows(
        "SELECT clause_id, max(number) FROM clause_version GROUP BY clause_id")}


def carried_clauses(rows: Rows, agreement_id: int) -> list[VersionSummary]:
    """The clause versions an agreement carries, in print order."""
    latest = latest_numbers(rows)
    found = rows.rows(
        "SELECT v.id, v.clause_id, v.number, v.text, v.created_at, v.who, c.topic, c.title, v.credits, "
        "v.credit_cap, v.translations FROM clause_version AS v "
        "JOIN agreement_clause AS a ON a.clause_version_id = v.id JOIN clause AS c ON c.id = v.clause_id "
        "WHERE a.agreement_id = :agreement ORDER BY a.position, a.id", agreement=agreement_id)
    return [version_summary(version_id=vid, clause_id=cid, number=number, text=text,
                            created_at=as_datetime(created), who=who, topic=as_enum(ClauseTopic, topic),
                            title=title, latest=latest.get(cid, 0), credits=rows.json(credits), cap=cap,
                            translations=rows.json(translations))
            for vid, cid, number, text, created, who, topic, title, credits, cap, translations in found]


def clause_snapshot(version: VersionSummary, language: str = DocumentLanguage.ENGLISH) -> ClauseSnapshot:
    """A carried clause version as the printed agreement shows it, in ``language`` where the
    version has it (else in English: see ``untranslated_clauses``)."""
    wording = version.translations.get(language) if version.speaks(language) else None
    title, text = version.title, version.text
    conditions = [r.shortfall for r in version.credits]
    if wording is not None:
        title, text = wording.title.strip() or title, wording.text
        conditions = [(wording.shortfalls[i].strip() if i < len(wording.shortfalls) else "") or english
                      for i, english in enumerate(conditions)]
    return ClauseSnapshot(version.topic, title, version.number, text,
                          tuple((condition, _percent(r.credit_percent))
                                for condition, r in zip(conditions, version.credits, strict=True)),
                          _percent(version.credit_cap_percent) if version.credit_cap_percent is not None else "")


def untranslated(rows: Rows, agreement_id: int, language: str) -> list[str]:
    """The titles of the clauses the agreement carries that have no text in ``language``."""
    return [v.title for v in carried_clauses(rows, agreement_id) if not v.speaks(language)]


def _percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f} %"
